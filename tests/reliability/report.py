"""Print the reliability suite's outcomes (the JSON lines of BIZHR_RELIABILITY_LOG) as the
Markdown table docs/reliability.md shows: ``python -m tests.reliability.report LOG``."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path


def table(lines: list[dict[str, object]]) -> str:
    runs: Counter[tuple[str, str]] = Counter()
    failed: Counter[tuple[str, str]] = Counter()
    states: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for line in lines:
        what = str(line.get("operation") or line.get("case") or line.get("target") or "")
        key = (str(line["suite"]), what)
        runs[key] += 1
        if not line.get("ok", line.get("outcome") in ("refused", "opened-correct")):
            failed[key] += 1
        state = line.get("state") or line.get("outcome") or line.get("exit")
        if state is not None:
            states[key][str(state)] += 1
    out = [
        "| suite | case | runs | failures | outcomes |",
        "|---|---|---:|---:|---|",
    ]
    for key in sorted(runs):
        seen = ", ".join(f"{name} {count}" for name, count in sorted(states[key].items()))
        out.append(f"| {key[0]} | {key[1]} | {runs[key]} | {failed[key]} | {seen} |")
    total = sum(runs.values())
    out.append(f"| **all** | | **{total}** | **{sum(failed.values())}** | |")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    path = Path(argv[1] if len(argv) > 1 else ".reliability.jsonl")
    lines = [json.loads(text) for text in path.read_text("utf-8").splitlines() if text.strip()]
    print(table(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
