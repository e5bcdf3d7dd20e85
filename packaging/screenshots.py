"""Regenerate docs/screenshots/{en,ar}/*.png from the GUI journeys (`make screenshots`).

The pictures come from the tests that walk the real window, so what the README and the user
guide show is what those tests check:

- ``tests/gui/test_layout_at_scale.py::test_every_page_in_place``: a 2 000-person demo vault
  at 1366×768, every page, a deep dive on each of its tabs, the export wizard up to its
  preview, the unlock and create dialogs;
- ``tests/gui/test_meetings_screenshots.py``: the meeting editor, invitation drafts and the
  open follow-ups (the other meetings screens are the journey's).

Both run under pytest (offscreen, every path in a throwaway folder, no keyring) and write into
a temporary folder named by BIZHR_SCREENSHOTS; only once both passed are the pictures reduced
to a 256-colour palette and written here, and pictures no journey made any more removed.

    .venv/bin/python packaging/screenshots.py [--check]

``--check`` only lists what would change.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "ar")
JOURNEYS = (
    "tests/gui/test_layout_at_scale.py::test_every_page_in_place",
    "tests/gui/test_meetings_screenshots.py::test_screens",
)
# Of the meetings screens, the ones the journey does not show (not check-in: its search
# there finds the hostile test names of tests/data, which are no picture for a guide).
MEETINGS_KEPT = ("editor", "drafts", "open-followups")


def _kept(name: str) -> bool:
    if not name.startswith("meetings-"):
        return True
    return name.removeprefix("meetings-") in MEETINGS_KEPT


def _run_journeys(folder: Path) -> int:
    env = dict(os.environ, BIZHR_SCREENSHOTS=str(folder), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *JOURNEYS]
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def _write_small(source: Path, target: Path) -> None:
    """A 256-colour copy of *source* (a third of the size; window pictures have few colours)."""
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with fpdf2; without it the picture is copied as is
        target.write_bytes(source.read_bytes())
        return
    with Image.open(source) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        small.save(target, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list the changes, write nothing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bizhr-screenshots-") as scratch:
        shots = Path(scratch)
        status = _run_journeys(shots)
        if status != 0:
            print("The journeys failed: docs/screenshots left as it was.", file=sys.stderr)
            return status
        for language in LANGUAGES:
            made = {p.stem: p for p in sorted((shots / language).glob("*.png")) if _kept(p.stem)}
            if not made:
                print(f"No picture was made in {language}.", file=sys.stderr)
                return 1
            folder = TARGET / language
            stale = sorted(set(p.stem for p in folder.glob("*.png")) - set(made))
            for name in stale:
                print(f"remove {folder / name}.png")
                if not args.check:
                    (folder / f"{name}.png").unlink()
            for name, source in made.items():
                target = folder / f"{name}.png"
                print(f"{'check' if args.check else 'write'} {target.relative_to(ROOT)}")
                if not args.check:
                    folder.mkdir(parents=True, exist_ok=True)
                    _write_small(source, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
