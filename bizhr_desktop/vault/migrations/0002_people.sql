-- People and organisations, schema version 2: duplicate detection and faster filters/sorts.
-- Applied inside one transaction (see vault/database.py).

-- fold(full_name), kept by services/people.py. sort_name cannot serve here: for a person
-- shown under a pseudonym (high/critical risk) it holds the folded pseudonym, so that a sorted
-- list never reveals where the real name would fall alphabetically.
ALTER TABLE person ADD COLUMN name_key TEXT NOT NULL DEFAULT '';

CREATE INDEX person_name_key ON person (name_key) WHERE name_key != '';
CREATE INDEX person_email_key ON person (lower(email)) WHERE email != '';
CREATE INDEX person_phone ON person (phone) WHERE phone != '';
CREATE INDEX person_consent_date ON person (consent_date, sort_name);
CREATE INDEX person_updated ON person (updated_at);
CREATE INDEX person_organisation_sort ON person (organisation_pk, sort_name);
CREATE INDEX contact_log_person_created ON contact_log (person_pk, created_at);
-- Generated pseudonyms are kept unique within a vault (4 hex digits collide in large networks).
CREATE INDEX person_pseudonym ON person (pseudonym) WHERE pseudonym != '';
