"""The sentences of errors raised below the window, in the interface's language.

An error of ``core/errors.py`` carries an English template and its parameters
(``core/messages.py``); here the template is looked up in the "Messages" context of the
translations and filled in. A template without a translation shows in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.messages import CONTEXT


def translate_message(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def error_text(error: BizHRError) -> str:
    """What *error* says, in the interface's language."""
    return error.render(translate_message)
