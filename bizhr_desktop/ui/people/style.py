"""Style rules of the people, organisations and import views, on top of the app's style sheet.

Set on the page widgets themselves so that the shared ``resources/styles/app.qss`` stays
the shell's; the colours are the same palette.
"""

from __future__ import annotations

RECORDS_QSS = """
QPushButton[role="chip"], QToolButton[role="chip"] {
    background: #ffffff;
    border: 1px solid #bcccdc;
    border-radius: 12px;
    padding: 3px 12px;
    min-height: 18px;
    color: #243b53;
}
QPushButton[role="chip"]:hover, QToolButton[role="chip"]:hover {
    background: #f0f4f8;
}
QPushButton[role="chip"]:checked, QToolButton[role="chip"]:checked {
    background: #1d5a85;
    border-color: #1d5a85;
    color: #ffffff;
}
QPushButton[role="chip"]:focus, QToolButton[role="chip"]:focus {
    border: 2px solid #0b2e47;
}
QToolButton[role="chip"]::menu-indicator { image: none; width: 0; }
QToolButton[role="tag"] {
    background: #e4ecf4;
    border: 1px solid #c3d3e3;
    border-radius: 10px;
    padding: 2px 8px;
    color: #243b53;
}
QToolButton[role="tag"]:hover { background: #d3e0ec; }
QPushButton[role="danger"] {
    color: #b42318;
    border-color: #e8b4ae;
}
QPushButton[role="danger"]:hover { background: #fdecea; }
QPushButton[role="danger"][primary="true"] {
    background: #b42318;
    border-color: #b42318;
    color: #ffffff;
}
QPushButton[role="danger"][primary="true"]:disabled {
    background: #e5b5b0;
    border-color: #e5b5b0;
    color: #fdf2f1;
}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {
    border: 1px solid #b42318;
    background: #fff6f5;
}
QLineEdit:read-only {
    background: #f0f4f8;
    color: #3e4c59;
}
QFrame#revealBar {
    background: #fff7e0;
    border: 1px solid #f0d28a;
    border-radius: 6px;
}
QFrame#revealBar[revealed="true"] {
    background: #fdecea;
    border: 1px solid #e8b4ae;
}
QFrame#revealBar QLabel { background: transparent; }
QFrame#awayBar {
    background: #eef4fa;
    border: 1px solid #9fb8d3;
    border-radius: 6px;
}
QFrame#awayBar QLabel { background: transparent; color: #0b2e47; }
QLabel#awayBadge {
    background: #dbe7f3;
    border: 1px solid #9fb8d3;
    border-radius: 4px;
    padding: 3px 8px;
    font-weight: 600;
    color: #0b2e47;
}
QTableView {
    background: #ffffff;
    alternate-background-color: #f7f9fb;
    border: 1px solid #d9e2ec;
    gridline-color: #e4e7eb;
    selection-background-color: #cfe0ef;
    selection-color: #102a43;
}
QHeaderView::section {
    background: #eef2f6;
    border: none;
    border-bottom: 1px solid #d9e2ec;
    border-right: 1px solid #e4e7eb;
    padding: 5px 6px;
    font-weight: 600;
    color: #243b53;
}
QGroupBox {
    background: #ffffff;
    border: 1px solid #d9e2ec;
    border-radius: 6px;
    margin-top: 14px;
    padding: 8px 6px 6px 6px;
    font-weight: 600;
}
QGroupBox::title {
    subcontrol-origin: margin;
    subcontrol-position: top left;
    left: 10px;
    padding: 0 4px;
    color: #243b53;
}
QGroupBox QLabel, QGroupBox QCheckBox { font-weight: normal; background: transparent; }
QScrollArea, QWidget#personEditorBody { background: transparent; }
QLabel[role="count"] { color: #3e4c59; }
"""
