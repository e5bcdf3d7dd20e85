-- Schema version 11: the search index forgets old words for good.
--
-- person_fts was contentless with contentless_delete = 1: a deleted or replaced row was only
-- marked as deleted, and its words stayed in the index's pages until a merge, so renaming a
-- person or clearing their organisation left the old words in person_fts_data (readable with
-- the key, copied into every backup). FTS5's secure-delete option removes a row's words at
-- once, but only when it is told which words they were: a plain contentless table, where a
-- row is removed with the 'delete' command and the words as indexed (services/people_query.py,
-- forget). secure_delete (on at open) then zeroes the freed bytes.
--
-- The index is rebuilt from the records with the same folding and country names as the
-- services write (bizhr_fold, bizhr_country_text: vault/database.py). Applied inside one
-- transaction (see vault/database.py).
DROP TABLE person_fts;
CREATE VIRTUAL TABLE person_fts USING fts5 (
    full_name, pseudonym, organisation, role, country, tags, languages,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO person_fts (person_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO person_fts (rowid, full_name, pseudonym, organisation, role, country, tags, languages)
SELECT p.pk,
       bizhr_fold(p.full_name),
       bizhr_fold(p.pseudonym),
       bizhr_fold(coalesce(o.name, '')),
       bizhr_fold(p.role),
       bizhr_fold(bizhr_country_text(p.country)),
       bizhr_fold(coalesce((SELECT group_concat(tag, ' ') FROM
           (SELECT tag FROM person_tag t WHERE t.person_pk = p.pk ORDER BY tag)), '')),
       replace(p.languages, ';', ' ')
FROM person p LEFT JOIN organisation o ON o.pk = p.organisation_pk;
