"""Line icons drawn from small inline SVGs, so the program needs no icon theme or network."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

# 24x24 outlines, stroke-only, drawn for this program.
_PATHS: dict[str, str] = {
    "people": (
        '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5"/>'
        '<circle cx="17" cy="9" r="2.5"/><path d="M16.5 13.6c2.9.2 5 2.6 5 5.4"/>'
    ),
    "organisations": (
        '<rect x="4" y="3" width="11" height="18" rx="1"/><path d="M15 9h5v12h-5"/>'
        '<path d="M7.5 7h4M7.5 11h4M7.5 15h4M10 21v-3"/>'
    ),
    "meetings": (
        '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>'
        '<path d="M7.5 14h3M13.5 14h3M7.5 17.5h3"/>'
    ),
    "export": (
        '<path d="M12 15V3M7.5 7.5 12 3l4.5 4.5"/>'
        '<path d="M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7"/>'
    ),
    "audit": (
        '<path d="M12 2.5 4 5.5v6c0 4.7 3.4 8.8 8 10 4.6-1.2 8-5.3 8-10v-6z"/>'
        '<path d="m8.5 12 2.5 2.5 4.5-5"/>'
    ),
    "lock": (
        '<rect x="5" y="10.5" width="14" height="10.5" rx="2"/>'
        '<path d="M8 10.5V7a4 4 0 0 1 8 0v3.5"/><circle cx="12" cy="15.5" r="1.2"/>'
    ),
    "warning": (
        '<path d="M12 3.5 2.5 20h19z"/><path d="M12 10v4.5"/><circle cx="12" cy="17.3" r=".6"/>'
    ),
    "checked": '<circle cx="12" cy="12" r="9"/><path d="m7.8 12.3 2.9 2.9 5.5-6"/>',
    "folder": (
        '<path d="M3 6.5a1.5 1.5 0 0 1 1.5-1.5H9l2 2.5h8.5A1.5 1.5 0 0 1 21 9v9.5a1.5 '
        '1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5z"/>'
    ),
}

_SIZES = (16, 20, 24, 32, 48)


def _svg(name: str, color: str) -> bytes:
    body = _PATHS[name]
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{color}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">'
        f"{body}</svg>"
    ).encode()


def icon(name: str, color: str = "#3e4c59", selected_color: str | None = None) -> QIcon:
    """An icon by name; *selected_color* is used when a list item is selected."""
    result = QIcon()
    for mode_color, mode in ((color, QIcon.Mode.Normal), (selected_color, QIcon.Mode.Selected)):
        if mode_color is None:
            continue
        renderer = QSvgRenderer(QByteArray(_svg(name, mode_color)))
        for size in _SIZES:
            for ratio in (1, 2):
                pixmap = QPixmap(size * ratio, size * ratio)
                pixmap.fill(QColor(Qt.GlobalColor.transparent))
                painter = QPainter(pixmap)
                renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
                painter.end()
                pixmap.setDevicePixelRatio(ratio)
                result.addPixmap(pixmap, mode)
    return result


def names() -> list[str]:
    return sorted(_PATHS)
