"""The interface's language: which one, its translations, its direction.

The language is the one given with ``--lang``, else the one chosen in Settings on this
computer, else the system's if the program has it, else English. Changing it in Settings
applies at once what Qt can change in place (the translators, the reading direction, the
locale of dates and numbers, every window and dialog opened from then on); the main window
then retranslates its frame and rebuilds its pages (``MainWindow.changeEvent``), or, while a
page holds typed changes not yet saved, rebuilds them at the next lock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from bizhr_desktop.ui.common.resources import translations_dir

LANGUAGES = ("en", "fr", "es", "ar", "my")
RIGHT_TO_LEFT = ("ar",)
# Each language named in itself, as a language menu shows them (not translated).
NATIVE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "my": "မြန်မာ",
}


def choose_language(requested: str | None, system_locale: QLocale | None = None) -> str:
    """The requested language, else the system's if supported, else English."""
    if requested and requested in LANGUAGES:
        return requested
    name = (system_locale or QLocale.system()).name()  # e.g. "fr_FR"
    language = name.split("_")[0].lower()
    return language if language in LANGUAGES else "en"


TRANSLATOR_NAME = "bizhr-translator"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and our translations for *language*, if the .qm files exist.

    Translators from an earlier call are removed first, so configuring the application again
    (tests, the screenshot script) switches the language instead of stacking translations.
    """
    for earlier in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(earlier)
        earlier.deleteLater()
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    candidates = [
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"bizhr_{language}", str(translations_dir())),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translators, locale and reading direction for *language*, now."""
    QLocale.setDefault(QLocale(language))
    translators = install_translators(app, language)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    return translators
