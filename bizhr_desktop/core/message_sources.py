"""Where the message templates are in the code: every literal given to an error a person meets.

``packaging/update-translations.sh`` hands the templates found here to lupdate, and a test
refuses any error raised with something else than a literal template (an f-string, a name,
a sum of strings), which no translator would ever see. Works on source text, so that the
program itself never reads its own files.

An *error class* is ``BizHRError`` and every class below it defined in the scanned code.
A call of one is checked unless the class has its own ``__init__`` (``WrongPin(tries)``,
``MalformedRows(problems)``): then that ``__init__``'s ``super().__init__(...)`` is. Passing
an error's own template on (``ImportRejected(exc.template, **exc.params)``) is allowed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

ROOT_CLASS = "BizHRError"
MARKER = "marked"  # core.messages.marked(template): a template that is not an error's
SCANNED_PACKAGES = ("core", "vault", "formats", "services")  # below the window and the CLI


@dataclass(frozen=True)
class Template:
    """One literal template, where it is given to an error."""

    path: str
    line: int
    text: str


@dataclass(frozen=True)
class Unmarked:
    """An error given something that is not a literal template."""

    path: str
    line: int
    what: str  # the kind of expression, e.g. "JoinedStr" for an f-string

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: an error's message is a {self.what}, not a literal"


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):  # bundles.BundleError, errors.InvalidInput
        return node.attr
    return None


def _classes(trees: Mapping[str, ast.Module]) -> tuple[set[str], set[str]]:
    """(every error class, those with their own ``__init__``), by name."""
    errors, own_init = {ROOT_CLASS}, set()
    definitions = [
        node for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
    ]
    grown = True
    while grown:  # a subclass may be defined before its base is known
        grown = False
        for node in definitions:
            if node.name not in errors and any(_name(b) in errors for b in node.bases):
                errors.add(node.name)
                grown = True
    for node in definitions:
        if node.name in errors and any(
            isinstance(item, ast.FunctionDef) and item.name == "__init__" for item in node.body
        ):
            own_init.add(node.name)
    own_init.discard(ROOT_CLASS)
    return errors, own_init


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _name(func.value.func) == "super"
    )


def _calls(tree: ast.Module, errors: set[str], own_init: set[str]) -> Iterator[ast.Call]:
    """The calls whose first argument is an error's template."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if (name in errors and name not in own_init) or name == MARKER:
                yield node
        elif isinstance(node, ast.ClassDef) and node.name in own_init:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    for inner in ast.walk(item):
                        if isinstance(inner, ast.Call) and _is_super_init(inner):
                            yield inner


def scan(sources: Mapping[str, str]) -> tuple[list[Template], list[Unmarked]]:
    """The templates in *sources* (path -> Python source), and every error not given one."""
    trees = {path: ast.parse(text, path) for path, text in sources.items()}
    errors, own_init = _classes(trees)
    templates: list[Template] = []
    unmarked: list[Unmarked] = []
    for path, tree in trees.items():
        for call in _calls(tree, errors, own_init):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                templates.append(Template(path, first.lineno, first.value))
            elif isinstance(first, ast.Attribute) and first.attr == "template":
                continue  # another error's template, passed on with its parameters
            else:
                what = "missing argument" if first is None else type(first).__name__
                unmarked.append(Unmarked(path, call.lineno, what))
    templates.sort(key=lambda t: (t.path, t.line))
    unmarked.sort(key=lambda u: (u.path, u.line))
    return templates, unmarked
