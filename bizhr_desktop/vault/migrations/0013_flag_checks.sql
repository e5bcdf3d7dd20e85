-- Schema version 13: a safety flag looked at, with the coordinator's reason.
--
-- A review's flags are worked out anew each time (services/safety_review.py); a check is
-- stored against the flag's key (its kind and, for a flag about one invitee, that person)
-- and a digest of what the flag said when it was checked: a flag that says something new
-- (another risk level, country or venue) is unchecked again. The reason is secret (it may
-- name people), so it lives here, encrypted; the audit log records the meeting and the
-- flag's kind only. A person's checks go with their erasure (person_pk cascades); a
-- meeting's with the meeting.
CREATE TABLE safety_check (
    pk          INTEGER PRIMARY KEY,
    meeting_pk  INTEGER NOT NULL REFERENCES meeting (pk) ON DELETE CASCADE,
    flag_key    TEXT NOT NULL,
    person_pk   INTEGER REFERENCES person (pk) ON DELETE CASCADE,
    flag_digest TEXT NOT NULL,
    reason      TEXT NOT NULL,
    checked_at  TEXT NOT NULL,
    UNIQUE (meeting_pk, flag_key)
);
CREATE INDEX safety_check_person ON safety_check (person_pk) WHERE person_pk IS NOT NULL;
