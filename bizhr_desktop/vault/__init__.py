"""The encrypted vault: SQLCipher database, key header, OS keyring, migrations, backups."""
