#!/usr/bin/env bash
# Build the one-folder app bundle dist/bizhr/ (bizhr-desktop and bizhr) with PyInstaller,
# then smoke-test it.
#
#   packaging/build.sh          # or: make dist
#
# PyInstaller and the program's run-time dependencies go into their own venv, .venv-build
# (never .venv, and never the test extras: nothing from [test] may end up in the bundle).
# The bundle is for the machine's own OS and architecture, against its glibc: build on the
# oldest Linux you want to support. See docs/packaging.md.
#
# Environment: PYTHON (default python3), BUILD_VENV (default .venv-build),
# BIZHR_SKIP_SMOKE=1 to skip the smoke test.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
BUILD_VENV=${BUILD_VENV:-.venv-build}
DIST=dist/bizhr

if [[ ! -x $BUILD_VENV/bin/python ]]; then
    "$PYTHON" -m venv "$BUILD_VENV"
    "$BUILD_VENV/bin/python" -m pip install --quiet --upgrade pip
fi
"$BUILD_VENV/bin/python" -m pip install --quiet -e . -r packaging/build-requirements.txt

# keyrings.alt gives keyring a plain-file backend; the spec excludes it, and it must not even
# be importable where the bundle is built.
if "$BUILD_VENV/bin/python" -c 'import importlib.util as u, sys; sys.exit(u.find_spec("keyrings") is None)'; then
    echo "keyrings.alt is installed in $BUILD_VENV: remove it (or the venv) and build again." >&2
    exit 1
fi

"$BUILD_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/bizhr.spec

if [[ ${BIZHR_SKIP_SMOKE:-0} != 1 ]]; then
    "$PYTHON" packaging/smoke_test.py "$DIST"
fi
echo "Built $DIST ($(du -sh "$DIST" | cut -f1)). Install on Linux: packaging/linux/install.sh"
