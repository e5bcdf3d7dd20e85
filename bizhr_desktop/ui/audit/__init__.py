"""The Audit page: the vault's hash-chained log and its check."""
