"""Search files for a planted plaintext canary, in UTF-8 and UTF-16."""

from __future__ import annotations

from pathlib import Path


def canary_files(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(p for p in root.rglob("*") if p.is_file())
    return found


def find_canary(canary: str, *roots: Path) -> list[Path]:
    """Every file under *roots* holding *canary* in UTF-8 or UTF-16 (either byte order)."""
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]
    hits = []
    for path in canary_files(*roots):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(n in data for n in needles):
            hits.append(path)
    return hits
