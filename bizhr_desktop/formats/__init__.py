"""File formats: bytes in, rows out (and back). Never touches the vault."""
