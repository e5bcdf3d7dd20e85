"""The benchmarks (`make bench`) import what they drive from the product: a rename there must
fail here, not leave `n/a` rows in the next published table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_every_benchmark_module_imports_and_answers_help() -> None:
    for script in ("run.py", "service_scenario.py", "gui_scenario.py"):
        done = subprocess.run(
            [sys.executable, str(BENCHMARKS / script), "--help"],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        )
        assert done.returncode == 0, (script, done.stderr[-2000:])
        assert "usage" in done.stdout, script
