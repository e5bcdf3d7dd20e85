"""One mode's vault built and its service scenarios run, in a process of its own.

    python benchmarks/service_scenario.py MODE FOLDER SIZE [--seed S] [--meetings K] [--quick]

Prints one JSON line. Each mode runs here alone (a process-wide SQLCipher state such as
``cipher_memory_security`` would otherwise leak from one mode into the other); the line says
whether memory security was on (``memory_security``) for run.py to check that it was not:
the product runs without it (issue 17).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import harness
import scenarios
import sqlcipher3


def memory_security_on() -> bool:
    probe = sqlcipher3.connect(":memory:")
    try:
        return str(probe.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"
    finally:
        probe.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=harness.MODES)
    parser.add_argument("folder")
    parser.add_argument("size", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--meetings", type=int, default=10)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    folder = Path(args.folder)
    path, build_s, _summary = harness.build(args.mode, folder, args.size, args.seed, args.meetings)
    data: dict[str, Any] = {"vault": str(path), "build_s": build_s}
    data.update(scenarios.run(args.mode, path, folder, quick=args.quick))
    data["memory_security"] = memory_security_on()
    json.dump(data, sys.stdout, default=str)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
