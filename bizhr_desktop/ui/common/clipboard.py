"""Copy a secret to the clipboard, marked as one, and take it back after a short while."""

from __future__ import annotations

import hashlib
from typing import Final

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard

DEFAULT_CLEAR_MS = 15_000
# Clipboard managers (Klipper, KeePassXC's and others) skip entries carrying this hint.
PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name


def windows_format(name: str) -> str:
    """The MIME type Qt puts on the Windows clipboard as the registered format *name*.

    Qt 6 (qwindowsmimeregistry.cpp, ``registerMimeType``) strips this wrapper and calls
    ``RegisterClipboardFormat(name)``; a bare *name* would register the very same format,
    so one spelling is enough (both would list the format twice).
    """
    return f'application/x-qt-windows-mime;value="{name}"'


_DWORD_ZERO: Final = b"\x00\x00\x00\x00"  # a 4-byte little-endian 0: "no"

# Every "do not keep this" mark we can give a copied value, as (MIME type, bytes).
SECRET_HINTS: Final[tuple[tuple[str, bytes], ...]] = (
    # KDE Klipper, CopyQ, GPaste and most Linux clipboard managers.
    (PASSWORD_MANAGER_HINT, b"secret"),
    # Windows: monitors skip the entry; Win+V history and the cloud clipboard do not keep it
    # (learn.microsoft.com: "Cloud clipboard and clipboard history formats").
    (windows_format("ExcludeClipboardContentFromMonitorProcessing"), b"1"),
    (windows_format("CanIncludeInClipboardHistory"), _DWORD_ZERO),
    (windows_format("CanUploadToCloudClipboard"), _DWORD_ZERO),
    # macOS pasteboard managers (nspasteboard.org) look for the UTI
    # org.nspasteboard.ConcealedType. Qt writes a MIME type it has no converter for under
    # "com.trolltech.anymime.<type>", and PySide6 does not bind QUtiMimeConverter, so on
    # macOS these two are a best effort that the automatic clearing backs up. The second
    # spelling is the one KeePassXC uses and that Linux managers (CopyQ, GPaste) also read.
    ("org.nspasteboard.ConcealedType", b"1"),
    ("application/x-nspasteboard-concealed-type", b"1"),
)


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
        for mime_type, value in SECRET_HINTS:
            mime.setData(mime_type, QByteArray(value))
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
