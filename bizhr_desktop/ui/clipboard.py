"""Copy a secret to the clipboard, marked as one, and take it back after a short while."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard

DEFAULT_CLEAR_MS = 15_000
# Clipboard managers (Klipper, KeePassXC's and others) skip entries carrying this hint.
PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class SecretClipboard(QObject):
    """Puts secrets on the clipboard and clears them after *clear_after_ms* if unchanged.

    Only a digest of the copied text is kept, to recognise it later.
    """

    def __init__(
        self,
        clipboard: QClipboard,
        clear_after_ms: int = DEFAULT_CLEAR_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    def set_clear_after_ms(self, clear_after_ms: int) -> None:
        """How long a copied secret stays (the vault's setting); applies to the next copy."""
        self._timer.setInterval(max(1, clear_after_ms))

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(PASSWORD_MANAGER_HINT, QByteArray(b"secret"))
        self._clipboard.setMimeData(mime)
        self._digest = _digest(text)
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds what we put there (never someone else's)."""
        self._timer.stop()
        if self._digest is not None and _digest(self._clipboard.text()) == self._digest:
            self._clipboard.clear()
        self._digest = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
