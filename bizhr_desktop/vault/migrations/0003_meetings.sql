-- Meetings, version 3: where a meeting is held, calendar revisions, safety sign-off and overrides.
-- Fields and their sensitivity: shared/DATA.md (Meeting). Applied inside one transaction.

-- ISO 3166-1 alpha-2 of the venue ('' = unknown or virtual). The safety review compares it
-- with the focus countries and their UN M49 regions.
ALTER TABLE meeting ADD COLUMN venue_country TEXT NOT NULL DEFAULT '';

-- RFC 5545 SEQUENCE: calendar programs apply an update or a cancellation only if it went up.
ALTER TABLE meeting ADD COLUMN ics_sequence INTEGER NOT NULL DEFAULT 0;

-- What the safety review flagged when it was signed off (SHA-256 of the sorted flag keys).
-- A sign-off holds only while the review still raises exactly those flags: a critical-risk
-- invitee added afterwards, or a venue moved next to the focus country, reopens the review.
ALTER TABLE meeting ADD COLUMN risk_signed_off_flags TEXT NOT NULL DEFAULT '';

-- A plaintext list released before sign-off, with the coordinator's reason. The reason is
-- secret (it may name people), so it lives here, encrypted, and the audit log only points here.
CREATE TABLE meeting_override (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    meeting_pk INTEGER NOT NULL REFERENCES meeting (pk) ON DELETE CASCADE,
    purpose    TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX meeting_override_meeting ON meeting_override (meeting_pk);

-- Invitee lists by status (RSVP counts, check-in) and attendance by person.
CREATE INDEX invitation_meeting_status ON invitation (meeting_pk, status);
CREATE INDEX follow_up_open ON follow_up (status, due_on);
CREATE INDEX follow_up_organisation ON follow_up (organisation_pk);
