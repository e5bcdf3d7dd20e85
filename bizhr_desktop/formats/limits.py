"""Limits that every imported file must respect, so a hostile file fails fast and clearly."""

from __future__ import annotations

from typing import Final

# A real participant spreadsheet is a few megabytes at most; 50 MB leaves room for
# 1 000 000 rows of a dozen short columns while bounding memory and parse time.
MAX_FILE_BYTES: Final = 50 * 1024 * 1024

# Longest legitimate cell is a note of a few pages; anything larger is a payload, not data.
# Kept below Excel's own cap of 32 767 characters because openpyxl silently cuts longer
# cells to that length: a cell read back at the cap may have lost text, so it is refused.
MAX_CELL_CHARS: Final = 32_000

# The people format has about twenty columns; 200 is generous and keeps per-row work small.
MAX_COLUMNS: Final = 200

# A hard ceiling well above any network's size, so a generated file cannot exhaust memory.
MAX_ROWS: Final = 1_000_000

# XLSX is a zip: these stop decompression bombs before openpyxl inflates anything.
MAX_ZIP_ENTRIES: Final = 10_000
MAX_UNCOMPRESSED_BYTES: Final = 500 * 1024 * 1024
MAX_COMPRESSION_RATIO: Final = 100

# How many bad rows an error message lists before it says "and N more".
MAX_PROBLEMS_LISTED: Final = 20
