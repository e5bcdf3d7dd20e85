"""Domain types, errors and export rules: pure Python, no SQL, no files, no Qt."""
