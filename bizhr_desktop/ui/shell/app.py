"""Start the GUI: the QApplication, language and direction, fonts, style, then the controller."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from bizhr_desktop import __version__
from bizhr_desktop.services import paths
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.computer import ComputerSettings
from bizhr_desktop.ui.common.resources import app_icon_path, fonts_dir, styles_dir
from bizhr_desktop.ui.shell.controller import AppController, LockReason
from bizhr_desktop.ui.shell.crash import FaultGuard
from bizhr_desktop.ui.shell.language import LANGUAGES, apply_language, choose_language
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages
from bizhr_desktop.ui.shell.session_watch import SessionWatch

APPLICATION_NAME = "BizHR Desktop"
ORGANISATION_NAME = "BizHR"
UI_FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic UI", "Noto Sans Myanmar"]


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bizhr-desktop", description="BizHR Desktop: offline, encrypted network records."
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the interface (default: the system's, else English)",
    )
    parser.add_argument(
        "--vault",
        type=Path,
        help="open this vault file instead of the default one (not remembered)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_known_args(list(argv))[0]


def load_fonts() -> None:
    """The bundled Noto fonts, so Latin and Arabic text look the same on every computer."""
    folder = fonts_dir()
    if folder.is_dir():
        for font_file in sorted(folder.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font_file))


def load_stylesheet() -> str:
    path = styles_dir() / "app.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def configure_application(app: QApplication, language: str) -> list[QTranslator]:
    """Names, language, direction, fonts and style: everything but the windows."""
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("bizhr-desktop")
    if app_icon_path().is_file():  # every window's icon (title bar, task switcher)
        app.setWindowIcon(QIcon(str(app_icon_path())))
    translators = apply_language(app, language)
    load_fonts()
    font = QFont(app.font())
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSizeF(10.5)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(load_stylesheet())
    # The program decides when to quit: a dialog closing is not the end of it.
    app.setQuitOnLastWindowClosed(False)
    return translators


def window_settings() -> QSettings:
    """Where the window geometry goes. Nothing else may be stored there."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION_NAME, APPLICATION_NAME
    )


def freeze_startup_objects() -> None:
    """Move everything made so far (modules, Qt wrappers, the window: alive as long as the
    program) out of the garbage collector's sight. Full collections otherwise scan those
    few hundred thousand objects wherever they happen to fall — one landing in the first
    page of a large vault cost ~40 ms (docs/performance.md)."""
    gc.collect()
    gc.freeze()


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    arguments = parse_arguments(argv[1:])
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv)
    # --lang, else the language chosen in Settings on this computer, else the system's.
    language = choose_language(arguments.lang or ComputerSettings(window_settings()).language())
    configure_application(app, language)  # translators are owned by the app
    clipboard = SecretClipboard(QGuiApplication.clipboard(), parent=app)
    window = MainWindow(
        default_pages(clipboard),
        window_settings(),
        page_factory=lambda: default_pages(clipboard),
    )
    controller = AppController(
        window,
        clipboard,
        vault_path=arguments.vault or paths.default_vault_path(),
        session_watch=SessionWatch.for_this_computer(app),
    )
    app.installEventFilter(controller.autolock)  # any key or mouse use postpones the lock
    controller.finished.connect(app.quit)
    guard = FaultGuard(lambda: controller.lock(reason=LockReason.FAULT), app)
    guard.install()
    freeze_startup_objects()
    controller.start()
    code = app.exec()
    guard.uninstall()
    controller.shutdown()
    clipboard.clear_if_ours()
    return code
