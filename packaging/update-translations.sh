#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them for the program.
#
#   packaging/update-translations.sh          # or: make translations
#
# 1. pyside6-lupdate reads every translatable string in bizhr_desktop/ui, __main__.py and the
#    settings declaration, and merges them into resources/translations/bizhr_<lang>.ts:
#    existing translations are kept, new strings arrive marked "unfinished", strings no longer
#    in the code are dropped (git history keeps them).
# 2. pyside6-lrelease compiles each .ts into the bizhr_<lang>.qm that app.py loads. Only
#    finished translations are compiled; an unfinished one shows the English text.
#
# lupdate only recognises tr(), translate() and QT_TRANSLATE_NOOP(). Some modules translate
# vocabularies through a small helper of their own, e.g. in models/labels.py
#     def _t(text): return QCoreApplication.translate(_CONTEXT, text)
# so before lupdate runs, a few lines of Python find such helpers and write, for every call
# with a literal string, a stand-in file where that line reads
#     QCoreApplication.translate("Labels", "Business")
# at the same line number; the stand-in paths are then replaced by the real ones in the .ts.
#
# The sentences of errors raised below the window (core, vault, formats, services) are
# English templates given to an error class of core/errors.py, e.g.
#     raise ImportRejected("{file}: only .csv …", file=path.name)
# core/message_sources.py finds every such literal template, and the same kind of stand-in
# file puts it in the "Messages" context, where the window translates it. An error given
# anything else (an f-string, a variable) cannot be translated: it is listed as a warning
# here, and tests/unit/core/test_messages.py fails on it.
#
# Environment: BIN (folder holding python, pyside6-lupdate, pyside6-lrelease; default
# .venv/bin), BIZHR_TRANSLATIONS_DIR (where the .ts/.qm live; default resources/translations),
# BIZHR_LANGUAGES (default "fr es ar my").
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${BIN:-$ROOT/.venv/bin}
OUT=${BIZHR_TRANSLATIONS_DIR:-$ROOT/resources/translations}
read -r -a LANGUAGES <<<"${BIZHR_LANGUAGES:-fr es ar my}"

for tool in python pyside6-lupdate pyside6-lrelease; do
    if [[ ! -x $BIN/$tool ]]; then
        echo "Missing $BIN/$tool: run 'make run' or 'pip install -e .' in .venv first." >&2
        exit 1
    fi
done

STUBS=$(mktemp -d)
trap 'rm -rf "$STUBS"' EXIT
mkdir -p "$OUT"
cd "$ROOT"

SOURCES=()
while IFS= read -r file; do SOURCES+=("$file"); done < <(
    find bizhr_desktop/ui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort
)
SOURCES+=(bizhr_desktop/__main__.py bizhr_desktop/services/settings.py)

# Stand-ins for calls to module-local translation helpers (see the header).
STUB_FILES=()
while IFS= read -r file; do STUB_FILES+=("$file"); done < <(
    "$BIN/python" - "$STUBS" "${SOURCES[@]}" <<'PYTHON'
import ast
import json
import sys
from pathlib import Path

stubs, sources = Path(sys.argv[1]), sys.argv[2:]


def literal(node, constants):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


for source in sources:
    tree = ast.parse(Path(source).read_text(encoding="utf-8"), source)
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    helpers = {}  # helper name -> (context, plural)
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "translate"
                and len(inner.args) >= 2
                and not isinstance(inner.args[1], ast.Constant)
            ):
                context = literal(inner.args[0], constants)
                if context is not None:
                    helpers[node.name] = (context, len(inner.args) >= 4)
    if not helpers:
        continue
    lines = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in helpers
            and node.args
        ):
            text = literal(node.args[0], {})
            if text is None:
                continue
            context, plural = helpers[node.func.id]
            arguments = [json.dumps(context), json.dumps(text, ensure_ascii=False)]
            if plural:
                arguments += ['""', "0"]
            call = f"QCoreApplication.translate({', '.join(arguments)})"
            lines.setdefault(node.lineno, []).append(call)
    if lines:
        stub = stubs / source
        stub.parent.mkdir(parents=True, exist_ok=True)
        text = ["; ".join(lines.get(n, [])) for n in range(1, max(lines) + 1)]
        stub.write_text("\n".join(text) + "\n", encoding="utf-8")
        print(stub)
PYTHON
)

# Stand-ins for the templates of errors raised below the window (see the header).
while IFS= read -r file; do STUB_FILES+=("$file"); done < <(
    "$BIN/python" - "$STUBS" <<'PYTHON'
import json
import sys
from pathlib import Path

from bizhr_desktop.core.message_sources import SCANNED_PACKAGES, scan
from bizhr_desktop.core.messages import CONTEXT

stubs = Path(sys.argv[1])
sources = {
    str(path): path.read_text(encoding="utf-8")
    for package in SCANNED_PACKAGES
    for path in sorted(Path("bizhr_desktop", package).rglob("*.py"))
}
templates, unmarked = scan(sources)
for problem in unmarked:
    print(f"warning: {problem}; it is not extracted for translation", file=sys.stderr)
by_file = {}
for template in templates:
    call = f"QCoreApplication.translate({json.dumps(CONTEXT)}, "
    call += f"{json.dumps(template.text, ensure_ascii=False)})"
    by_file.setdefault(template.path, {}).setdefault(template.line, []).append(call)
for source, lines in by_file.items():
    stub = stubs / source
    known = stub.exists()  # a stand-in for a translation helper's calls is already there
    if known:
        for number, text in enumerate(stub.read_text(encoding="utf-8").splitlines(), start=1):
            if text:
                lines.setdefault(number, []).insert(0, text)
    stub.parent.mkdir(parents=True, exist_ok=True)
    text = ["; ".join(lines.get(n, [])) for n in range(1, max(lines) + 1)]
    stub.write_text("\n".join(text) + "\n", encoding="utf-8")
    if not known:
        print(stub)
print(f"{len(templates)} error templates found", file=sys.stderr)
PYTHON
)

for language in "${LANGUAGES[@]}"; do
    ts=$OUT/bizhr_$language.ts
    "$BIN/pyside6-lupdate" -silent -extensions py -locations absolute -no-obsolete \
        -source-language en -target-language "$language" \
        "${SOURCES[@]}" "${STUB_FILES[@]}" -ts "$ts"
    # Point the stand-ins' locations at the real files, relative to the .ts as lupdate does.
    "$BIN/python" - "$ts" "$STUBS" "$ROOT" <<'PYTHON'
import os
import re
import sys
from pathlib import Path

ts, stubs, root = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
stub_prefix = os.path.relpath(stubs.resolve(), ts.parent.resolve())
real_prefix = os.path.relpath(root.resolve(), ts.parent.resolve())
text = ts.read_text(encoding="utf-8")
pattern = re.compile(r'filename="' + re.escape(stub_prefix) + "/")
ts.write_text(pattern.sub(f'filename="{real_prefix}/', text), encoding="utf-8")
PYTHON
    "$BIN/pyside6-lrelease" -silent -nounfinished "$ts" -qm "$OUT/bizhr_$language.qm"
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "bizhr_$language.ts: $(grep -c '<message' "$ts") messages, $unfinished unfinished"
done
