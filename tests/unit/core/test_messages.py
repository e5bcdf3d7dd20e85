"""Messages as templates with parameters: rendering, fallback, and that each can be translated."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bizhr_desktop.core import messages
from bizhr_desktop.core.errors import BizHRError, ImportRejected, InvalidInput
from bizhr_desktop.core.message_sources import SCANNED_PACKAGES, Template, scan
from bizhr_desktop.services.importing import read_file
from bizhr_desktop.services.quick_unlock import WrongPin

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "bizhr_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
COMPLETE_LANGUAGES = ("fr", "es", "ar")

TEMPLATE = "{file}: only {count:,} rows can be read."
FRENCH = {TEMPLATE: "{file} : seules {count:,} lignes peuvent être lues."}


def french(text: str) -> str:
    return FRENCH.get(text, text)


def fields(template: str) -> list[str]:
    """The fields of a template with their format specs, e.g. ["count:,", "file"]."""
    return sorted(
        f"{name}:{spec}" if spec else name
        for _literal, name, spec, _conversion in string.Formatter().parse(template)
        if name is not None
    )


def source_templates() -> list[Template]:
    sources = {
        str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
        for package in SCANNED_PACKAGES
        for path in sorted((PACKAGE / package).rglob("*.py"))
    }
    templates, unmarked = scan(sources)
    assert not unmarked, "errors not given a literal template:\n" + "\n".join(map(str, unmarked))
    return templates


# ---------------------------------------------------------------- rendering


def test_render_translates_the_template_and_fills_in_the_parameters() -> None:
    params = {"file": "people.csv", "count": 12000}
    assert messages.render(TEMPLATE, params, french) == (
        "people.csv : seules 12,000 lignes peuvent être lues."
    )
    assert messages.render(TEMPLATE, params, lambda text: text) == (
        "people.csv: only 12,000 rows can be read."
    )


@pytest.mark.parametrize(
    "broken",
    [
        "{fichier} : seules {count:,} lignes.",  # a field renamed
        "{0} : seules {count:,} lignes.",  # a positional field
        "{file : seules {count:,} lignes.",  # a brace left open
        "{file} : seules {count:x,} lignes.",  # a format spec that does not apply
        "{file.name} : seules {count:,} lignes.",  # an attribute of a parameter
        "",  # no translation at all
    ],
)
def test_a_broken_translation_falls_back_to_english(broken: str) -> None:
    params = {"file": "people.csv", "count": 12000}
    assert messages.render(TEMPLATE, params, lambda _text: broken) == (
        "people.csv: only 12,000 rows can be read."
    )


def test_a_template_without_parameters_keeps_its_braces() -> None:
    error = InvalidInput("Write {name} for the field; nothing else.")
    assert error.message == "Write {name} for the field; nothing else."
    assert error.render(lambda text: text.upper()) == "WRITE {NAME} FOR THE FIELD; NOTHING ELSE."


def test_an_error_keeps_its_parameters_out_of_its_template() -> None:
    with pytest.raises(ImportRejected) as caught:
        read_file(Path("people.txt"))
    error = caught.value
    assert "people.txt" not in error.template
    assert error.template.startswith("{file}: only .csv")
    assert error.params == {"file": "people.txt"}
    assert str(error) == error.message == error.template.format(file="people.txt")
    assert error.args == (error.message,)


def test_an_error_with_its_own_init_passes_template_and_parameters_on() -> None:
    error = WrongPin(2)
    assert error.template == "Wrong PIN. {tries} more tries, then the passphrase is needed."
    assert error.params == {"tries": 2}
    assert error.message == "Wrong PIN. 2 more tries, then the passphrase is needed."


def test_an_error_passed_on_keeps_the_first_ones_template() -> None:
    first = BizHRError("Could not write {what}: {reason}.", what="the list", reason="no room")
    second = ImportRejected(first.template, **first.params)
    assert (second.template, second.params, second.message) == (
        first.template,
        first.params,
        first.message,
    )


# ---------------------------------------------------------------- the templates in the code


def test_scan_refuses_a_message_no_translator_would_see() -> None:
    source = (
        "from bizhr_desktop.core.errors import InvalidInput\n"
        "class Mine(InvalidInput):\n"
        "    pass\n"
        "def f(name, message):\n"
        "    InvalidInput('The {name} is kept.', name=name)\n"
        "    InvalidInput(f'The {name} is lost.')\n"
        "    Mine(message)\n"
        "    Mine('A ' + name)\n"
    )
    errors = (
        "class InvalidInput(BizHRError):\n"
        "    pass\n"
        "class Counted(InvalidInput):\n"
        "    def __init__(self, n):\n"
        "        super().__init__(f'{n} found')\n"
    )
    templates, unmarked = scan({"mine.py": source, "errors.py": errors})
    assert [t.text for t in templates] == ["The {name} is kept."]
    assert [(u.path, u.line, u.what) for u in unmarked] == [
        ("errors.py", 5, "JoinedStr"),
        ("mine.py", 6, "JoinedStr"),
        ("mine.py", 7, "Name"),
        ("mine.py", 8, "BinOp"),
    ]


def test_every_error_below_the_window_is_given_a_literal_template() -> None:
    templates = source_templates()
    assert len(templates) > 250  # the scan still finds the errors
    for template in templates:
        fields(template.text)  # raises ValueError on a broken brace


def test_no_template_puts_its_parameters_in_a_positional_field() -> None:
    positional = [
        f"{t.path}:{t.line}"
        for t in source_templates()
        if any(name.split(":")[0].isdigit() or name == "" for name in fields(t.text))
    ]
    assert positional == []


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_every_template_is_translated_with_the_same_fields(language: str) -> None:
    translated: dict[str, ET.Element] = {}
    root = ET.parse(TRANSLATIONS / f"bizhr_{language}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == messages.CONTEXT:
            for message in context.iter("message"):
                translated[message.findtext("source") or ""] = message
    problems = []
    for template in sorted({t.text for t in source_templates()}):
        message = translated.get(template)
        translation = None if message is None else message.find("translation")
        if translation is None:
            problems.append(f"  missing: {template!r}")
        elif translation.get("type") is not None or not (translation.text or "").strip():
            problems.append(f"  unfinished: {template!r}")
        elif fields(translation.text or "") != fields(template):
            problems.append(f"  fields differ: {template!r} -> {translation.text!r}")
    assert not problems, f"bizhr_{language}.ts, context {messages.CONTEXT}:\n" + "\n".join(
        problems[:40]
    )
