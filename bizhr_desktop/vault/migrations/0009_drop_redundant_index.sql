-- Schema version 9: person_organisation (organisation_pk) is a prefix of
-- person_organisation_sort (organisation_pk, sort_name), which serves every look-up by
-- organisation as well; one index fewer to keep in step on every write and to rebuild after
-- a large import (docs/performance.md). Applied inside one transaction (vault/database.py).
DROP INDEX IF EXISTS person_organisation;
