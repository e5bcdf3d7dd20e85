"""The export feature: the Export page of the main window (``page.py``) and the wizard it
opens (``wizard.py``), which composes one page per step (scope, audience, format, preview,
destination, passphrase, write, receipt), each in its own module. ``words.py`` holds the
translatable wording the pages and the bundle import dialog share, ``preview_model.py`` the
table of exactly what the file will hold."""
