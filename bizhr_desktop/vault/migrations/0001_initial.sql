-- BizHR Desktop vault schema, version 1. Applied inside one transaction.
-- Fields and their sensitivity: shared/DATA.md. Every id is a UUID in text form.
-- Dates are ISO 8601 text; instants are UTC ("2026-11-25T09:00:00Z").
-- Enumerations are checked as `col = 'a' OR col = 'b'`, not `col IN ('a', 'b')`: the same
-- rule, but IN builds a temporary table for every row written, which with SQLCipher's memory
-- security (every allocation locked and wiped) made inserts ~20x slower (measured).

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organisation (
    pk                INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'other'
                      CHECK (kind = 'company' OR kind = 'investor' OR kind = 'ngo' OR kind = 'grassroots' OR kind = 'government' OR kind = 'un_agency' OR kind = 'academic' OR kind = 'other'),
    sector            TEXT NOT NULL DEFAULT '',
    country           TEXT NOT NULL DEFAULT '',
    website           TEXT NOT NULL DEFAULT '',
    public_commitment INTEGER NOT NULL DEFAULT 0 CHECK (public_commitment = 0 OR public_commitment = 1),
    commitment_date   TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX organisation_name ON organisation (name COLLATE NOCASE);

CREATE TABLE person (
    pk                         INTEGER PRIMARY KEY,
    id                         TEXT NOT NULL UNIQUE,
    full_name                  TEXT NOT NULL,
    sort_name                  TEXT NOT NULL DEFAULT '',  -- case- and accent-folded, for sorting
    pseudonym                  TEXT NOT NULL DEFAULT '',
    stakeholder_group          TEXT NOT NULL
                               CHECK (stakeholder_group = 'business' OR stakeholder_group = 'investor' OR stakeholder_group = 'civil_society' OR stakeholder_group = 'hrd' OR stakeholder_group = 'government' OR stakeholder_group = 'intergovernmental' OR stakeholder_group = 'other'),
    organisation_pk            INTEGER REFERENCES organisation (pk) ON DELETE SET NULL,
    role                       TEXT NOT NULL DEFAULT '',
    country                    TEXT NOT NULL DEFAULT '',
    email                      TEXT NOT NULL DEFAULT '',
    phone                      TEXT NOT NULL DEFAULT '',
    secure_channel             TEXT NOT NULL DEFAULT '',
    languages                  TEXT NOT NULL DEFAULT '',  -- ';'-separated ISO 639-1 codes
    risk_level                 TEXT NOT NULL DEFAULT 'low'
                               CHECK (risk_level = 'low' OR risk_level = 'medium' OR risk_level = 'high' OR risk_level = 'critical'),
    consent_network            INTEGER NOT NULL DEFAULT 0 CHECK (consent_network = 0 OR consent_network = 1),
    consent_coorganisers       INTEGER NOT NULL DEFAULT 0 CHECK (consent_coorganisers = 0 OR consent_coorganisers = 1),
    consent_public             INTEGER NOT NULL DEFAULT 0 CHECK (consent_public = 0 OR consent_public = 1),
    consent_date               TEXT,
    consent_method             TEXT NOT NULL DEFAULT '',
    notes                      TEXT NOT NULL DEFAULT '',
    participation              TEXT NOT NULL DEFAULT 'active'
                               CHECK (participation = 'active' OR participation = 'paused' OR participation = 'left'),
    joined_on                  TEXT,
    commitment_acknowledged_on TEXT,
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
);
CREATE INDEX person_sort_name ON person (sort_name);
CREATE INDEX person_group ON person (stakeholder_group, sort_name);
CREATE INDEX person_country ON person (country, sort_name);
CREATE INDEX person_risk ON person (risk_level, sort_name);
CREATE INDEX person_organisation ON person (organisation_pk);
CREATE INDEX person_participation ON person (participation);

CREATE TABLE person_tag (
    person_pk INTEGER NOT NULL REFERENCES person (pk) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (person_pk, tag)
) WITHOUT ROWID;
CREATE INDEX person_tag_tag ON person_tag (tag);

CREATE TABLE contact_log (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    person_pk   INTEGER NOT NULL REFERENCES person (pk) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    channel     TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX contact_log_person ON contact_log (person_pk, occurred_on);

-- Search index over people. Contentless: the text lives only in person/organisation/person_tag;
-- the service layer keeps it in step (rowid = person.pk).
CREATE VIRTUAL TABLE person_fts USING fts5 (
    full_name, pseudonym, organisation, role, country, tags, languages,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE programme (
    year  INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE meeting (
    pk                  INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    title               TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind = 'trends_and_insights' OR kind = 'deep_dive' OR kind = 'other'),
    topic               TEXT NOT NULL DEFAULT '',
    focus_countries     TEXT NOT NULL DEFAULT '',  -- ';'-separated ISO 3166-1 alpha-2
    starts_at           TEXT NOT NULL,             -- UTC instant
    ends_at             TEXT NOT NULL,             -- UTC instant
    time_zone           TEXT NOT NULL,             -- IANA name of the venue's zone
    format              TEXT NOT NULL CHECK (format = 'in_person' OR format = 'virtual' OR format = 'hybrid'),
    venue               TEXT NOT NULL DEFAULT '',
    margin_of           TEXT NOT NULL DEFAULT ''
                        CHECK (margin_of = '' OR margin_of = 'unga' OR margin_of = 'un_forum_bhr' OR margin_of = 'wef_davos' OR margin_of = 'other'),
    chatham_house       INTEGER NOT NULL DEFAULT 1 CHECK (chatham_house = 0 OR chatham_house = 1),
    agenda              TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'planned'
                        CHECK (status = 'planned' OR status = 'invitations_sent' OR status = 'held' OR status = 'cancelled'),
    outcome_notes       TEXT NOT NULL DEFAULT '',
    risk_assessment     TEXT NOT NULL DEFAULT '',
    risk_signed_off_at  TEXT,
    risk_signed_off_by  TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX meeting_starts ON meeting (starts_at);

CREATE TABLE invitation (
    meeting_pk   INTEGER NOT NULL REFERENCES meeting (pk) ON DELETE CASCADE,
    person_pk    INTEGER NOT NULL REFERENCES person (pk) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'invited'
                 CHECK (status = 'invited' OR status = 'accepted' OR status = 'declined' OR status = 'tentative' OR status = 'attended' OR status = 'no_show'),
    role         TEXT NOT NULL DEFAULT 'participant'
                 CHECK (role = 'participant' OR role = 'speaker' OR role = 'organiser'),
    responded_at TEXT,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (meeting_pk, person_pk)
) WITHOUT ROWID;
CREATE INDEX invitation_person ON invitation (person_pk);

CREATE TABLE follow_up (
    pk              INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    meeting_pk      INTEGER NOT NULL REFERENCES meeting (pk) ON DELETE CASCADE,
    organisation_pk INTEGER REFERENCES organisation (pk) ON DELETE SET NULL,
    text            TEXT NOT NULL,
    owner           TEXT NOT NULL DEFAULT '',
    due_on          TEXT,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'in_progress' OR status = 'done' OR status = 'dropped'),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX follow_up_meeting ON follow_up (meeting_pk);

-- Remembered column mappings for imports, keyed by a hash of the file's header row.
CREATE TABLE import_mapping (
    header_hash TEXT PRIMARY KEY,
    mapping     TEXT NOT NULL  -- JSON object: file column -> canonical field
) WITHOUT ROWID;

-- Tamper-evident log: hash = SHA-256(prev_hash || seq || at || kind || detail).
CREATE TABLE audit_event (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    kind      TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '{}',  -- JSON, never personal data
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);
