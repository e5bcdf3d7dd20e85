"""Style rules of the export page, the export wizard and the bundle import dialog.

Set on those widgets themselves, on top of the app's style sheet and ``RECORDS_QSS``: cards
for the audiences, the summary panel of the preview, and the large, left-to-right passphrase.
"""

from __future__ import annotations

from typing import Final

EXPORT_QSS: Final = """
QFrame[role="card"] {
    background: #ffffff;
    border: 1px solid #d9e2ec;
    border-radius: 6px;
}
QFrame[role="summary"] {
    background: #f0f4f8;
    border: 1px solid #bcccdc;
    border-radius: 6px;
}
QLabel[role="headline"] {
    font-size: 13pt;
    font-weight: 600;
    color: #102a43;
}
QLabel[role="passphrase"] {
    font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace;
    font-size: 17pt;
    font-weight: 600;
    color: #102a43;
    background: #ffffff;
    border: 1px solid #bcccdc;
    border-radius: 6px;
    padding: 12px 16px;
}
QLabel[role="reason"] { color: #243b53; }
"""
