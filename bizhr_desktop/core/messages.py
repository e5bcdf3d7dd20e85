"""Messages a person reads: English templates with named fields, translated where shown.

A sentence built below the window is an English *template* with ``{name}`` fields and a
dict of *parameters* (plain strings and numbers), never a finished sentence: the template is
the message's code, as a gettext msgid is. The command line prints the English text; the
window looks the template up in its translations in the :data:`CONTEXT` context and fills in
the same parameters. ``packaging/update-translations.sh`` extracts every template given to
an error of ``core/errors.py``, and texts marked with :func:`QT_TRANSLATE_NOOP`.

Pure Python on purpose: only ``ui/`` imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

CONTEXT = "Messages"

MessageParam = str | int | float  # what a template's field may be filled with

# What a translation with fields that do not match its template raises when filled in:
# an unknown or misspelt field, a positional field, a broken brace, a wrong format spec.
_BROKEN = (KeyError, IndexError, ValueError, AttributeError, TypeError)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark *text* for translation in *context*; the window translates it when shown."""
    return text


def marked(template: str) -> str:
    """Mark a sentence below the window that is not an error (a passphrase's advice, say) as
    a template of this context: ``core/message_sources`` extracts it like an error's."""
    return template


def fill(template: str, params: Mapping[str, object]) -> str:
    """The English sentence: *template* with its fields filled in.

    Without parameters the template is the sentence as it stands, so a template that has
    no fields may hold literal braces."""
    return template.format(**params) if params else template


def render(template: str, params: Mapping[str, object], translate: Callable[[str], str]) -> str:
    """*template* translated by *translate*, with *params* filled in.

    A missing translation (an empty string) and one whose fields do not match the
    template's fall back to the English sentence: a person sees English rather than a
    crash or a sentence with holes."""
    translated = translate(template) or template
    try:
        return fill(translated, params)
    except _BROKEN:
        return fill(template, params)
