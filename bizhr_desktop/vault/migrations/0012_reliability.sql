-- Schema version 12: what lets a vault tell that it is not whole.
--
-- commit_count: every transaction that changes a row adds one, inside the same transaction,
-- and the key file records the count after the commit (vault/database.py, vault/vault.py). A
-- database file that holds fewer commits than its key file says (its -wal file lost or damaged
-- before it was folded in, or an older copy of the file beside a newer key file) is found at
-- open instead of being read as complete.
--
-- vault_flag: facts about the vault itself. 'recovery_key_unseen' is set when a vault is made
-- and cleared once its recovery key was shown: a creation stopped in between is told at the
-- next unlock. Vaults made before this version have no flag, as they showed their key.
CREATE TABLE commit_count (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    commits INTEGER NOT NULL
);
INSERT INTO commit_count (id, commits) VALUES (1, 0);
CREATE TABLE vault_flag (
    name TEXT PRIMARY KEY
) WITHOUT ROWID;

-- unfinished_output: a file an operation is about to write that must not outlive it (a travel
-- bundle holds the records it moves out). Recorded, with the SHA-256 of its bytes, before the
-- file is written, and deleted in the transaction that completes the operation; a row found
-- at open means the operation was stopped in between, and the file is removed if it is still
-- the one written then.
CREATE TABLE unfinished_output (
    path TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    what TEXT NOT NULL
) WITHOUT ROWID;
