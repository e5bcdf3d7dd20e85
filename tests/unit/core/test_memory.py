"""Freed memory goes back to the operating system after a large job (glibc Linux)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bizhr_desktop.core.memory import release_free_memory


def resident_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_freed_inside_the_heap_is_returned() -> None:
    # 60 000 blocks of 1 KiB (malloc, not Python's small-object arenas), every tenth kept so
    # that the freed space sits between live blocks, where glibc does not give it back alone.
    blocks = [bytes(1024) + i.to_bytes(4, "little") for i in range(60_000)]
    kept = blocks[::10]
    del blocks
    before = resident_mib()
    assert release_free_memory() is True
    after = resident_mib()
    assert before - after > 20, (before, after)
    assert len(kept) == 6000
