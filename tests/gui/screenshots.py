"""Grab every screen as PNG, in English and in Arabic (right to left), for a person to look at.

Run by hand (not collected by pytest)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.screenshots [OUTPUT_FOLDER]

The default folder is ``screenshots/`` at the top of the checkout (ignored by git). Every
vault is made in a throwaway folder with a cheap KDF; no keyring is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def _isolate() -> Path:
    scratch = Path(tempfile.mkdtemp(prefix="bizhr-shots-"))
    for name in ("home", "config", "data", "cache"):
        (scratch / name).mkdir()
    os.environ["HOME"] = str(scratch / "home")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    os.environ["XDG_CACHE_HOME"] = str(scratch / "cache")
    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return scratch


def main(argv: list[str]) -> int:
    scratch = _isolate()
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    import keyring
    import keyring.backends.fail
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from bizhr_desktop.services import vaults
    from bizhr_desktop.services.vaults import KdfParams, KeyringStatus
    from bizhr_desktop.ui.common.clipboard import SecretClipboard
    from bizhr_desktop.ui.shell.app import configure_application
    from bizhr_desktop.ui.shell.main_window import MainWindow
    from bizhr_desktop.ui.shell.pages import default_pages
    from bizhr_desktop.ui.vault.create_vault_dialog import CreateVaultDialog
    from bizhr_desktop.ui.vault.unlock_dialog import UnlockDialog

    keyring.set_keyring(keyring.backends.fail.Keyring())
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    kdf = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=4)
    clipboard = SecretClipboard(QGuiApplication.clipboard())
    with_keyring = KeyringStatus(
        True,
        "Secret Service",
        "This computer's keyring (Secret Service) can hold a second secret for the vault.",
    )
    saved: list[Path] = []

    def settle(widget: QWidget) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()

    def grab(widget: QWidget, name: str) -> None:
        settle(widget)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    def wait(condition: object) -> None:
        while not condition():  # type: ignore[operator]
            QTest.qWait(20)

    for language in ("en", "ar"):
        configure_application(app, language)
        folder = scratch / f"vaults-{language}"
        vault_path = folder / "network.bizhr"

        create = CreateVaultDialog(vault_path, clipboard, kdf=kdf, keyring_state=with_keyring)
        grab(create, f"{language}-create-empty")
        create.passphrase_field.edit.setText("password123")
        create.repeat_field.edit.setText("password123")
        grab(create, f"{language}-create-weak")
        create.passphrase_field.edit.setText(PASSPHRASE)
        create.repeat_field.edit.setText(PASSPHRASE)
        grab(create, f"{language}-create-filled")
        create.close()
        create.deleteLater()

        create = CreateVaultDialog(vault_path, clipboard, kdf=kdf)  # no keyring here
        create.passphrase_field.edit.setText(PASSPHRASE)
        create.repeat_field.edit.setText(PASSPHRASE)
        grab(create, f"{language}-create-no-keyring")
        sessions: list[vaults.VaultSession] = []
        create.vault_created.connect(sessions.append)
        create.create_button.click()
        grab(create, f"{language}-create-working")
        wait(lambda c=create: not c.busy)
        grab(create, f"{language}-recovery-key")
        create.stored_checkbox.setChecked(True)
        create.copy_button.click()
        grab(create, f"{language}-recovery-key-confirmed")
        create.continue_button.click()
        session = sessions[0]
        clipboard.clear_if_ours()

        settings = QSettings(str(scratch / f"window-{language}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(default_pages(), settings)
        window.resize(1000, 640)
        session.notices.append(
            "Opened with the recovery key. Re-link this computer's keyring to open it with "
            "your passphrase again."
        )
        window.set_session(session)
        grab(window, f"{language}-main-notice")
        window.banner.clear()
        for row, page in enumerate(window.pages):
            window.show_page(row)
            grab(window, f"{language}-main-{page.icon_name()}")
        window.show_page(0)
        window.set_session(None)
        session.lock()
        grab(window, f"{language}-main-locked")

        unlock = UnlockDialog(vault_path, parent=window)
        grab(unlock, f"{language}-unlock")
        unlock.passphrase_field.edit.setText("not my passphrase")
        unlock.try_unlock()
        grab(unlock, f"{language}-unlock-busy")
        wait(lambda u=unlock: not u.busy)
        grab(unlock, f"{language}-unlock-wrong")
        unlock.recovery_switch.setChecked(True)
        grab(unlock, f"{language}-unlock-recovery")
        unlock.reject()
        window.close()
        window.deleteLater()
        app.processEvents()

    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
