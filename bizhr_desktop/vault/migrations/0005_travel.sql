-- Travel mode, version 5: which records are away in a travel bundle, and nothing about them.
-- A batch is one "travel out": the bundle holds the records, the vault keeps placeholders
-- (services/travel.py). No name, path or file name of a bundle is kept here: only a random
-- id (also inside the bundle), when it left, counts, and the SHA-256 of the bundle file.
-- Applied inside one transaction (see vault/database.py).

CREATE TABLE travel_batch (
    pk            INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,       -- UUID, written into the bundle
    created_at    TEXT NOT NULL,              -- UTC instant; also each placeholder's updated_at
    people        INTEGER NOT NULL DEFAULT 0,
    meetings      INTEGER NOT NULL DEFAULT 0,
    bundle_sha256 TEXT NOT NULL DEFAULT '',   -- of the encrypted file: which copy is the one
    returned_at   TEXT                        -- NULL while the records are away
);

-- Set on a placeholder (a person whose record is away); NULL for everyone else.
ALTER TABLE person ADD COLUMN travel_batch_pk INTEGER REFERENCES travel_batch (pk);
CREATE INDEX person_travel_batch ON person (travel_batch_pk) WHERE travel_batch_pk IS NOT NULL;

-- Meetings whose outcome notes and risk assessment are away with a batch.
CREATE TABLE travel_meeting (
    batch_pk   INTEGER NOT NULL REFERENCES travel_batch (pk) ON DELETE CASCADE,
    meeting_pk INTEGER NOT NULL REFERENCES meeting (pk) ON DELETE CASCADE,
    PRIMARY KEY (batch_pk, meeting_pk)
) WITHOUT ROWID;
CREATE INDEX travel_meeting_meeting ON travel_meeting (meeting_pk);
