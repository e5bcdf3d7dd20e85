"""The People page (``page.PeoplePage``): list, filters, detail editor, consent, contact log,
reveal. Modules are imported by their full name, so the import wizard can share the style."""
