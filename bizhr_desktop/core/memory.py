"""Give memory the program has freed back to the operating system.

After a large job (reading a 100 000-row file, writing a PDF, locking a vault with a full page
cache) glibc keeps the freed memory for later allocations, so the process stays as large as
its peak: ~70 MB after a 10 000-person PDF export, measured. ``malloc_trim`` returns the free
pages. They held plaintext records while in use; once returned, the kernel zeroes them before
any other process can have them, and they no longer sit in this process's heap.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Final

__all__ = ["harden_process", "release_free_memory"]

_PR_SET_DUMPABLE: Final = 4  # <linux/prctl.h>
_PT_DENY_ATTACH: Final = 31  # <sys/ptrace.h> on macOS


def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None  # macOS and Windows allocators return memory on their own
    try:
        trim = ctypes.CDLL(None).malloc_trim  # glibc; musl has none
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_TRIM: Final = _malloc_trim()


def release_free_memory() -> bool:
    """Return free heap pages to the system; True if the C library could do it."""
    if _TRIM is None:
        return False
    return bool(_TRIM(0))


def harden_process() -> list[str]:
    """Keep other programs of the same user out of this process's memory, and records out of
    core dumps. Called first thing by both entry points, so it holds while a vault is open.

    * Linux: ``prctl(PR_SET_DUMPABLE, 0)``: /proc/PID/mem, ptrace (debuggers, memory
      scrapers running as the same user) are refused, and no core file is written.
    * every POSIX system: ``RLIMIT_CORE`` 0, so a crash leaves no core file with records.
    * macOS: ``ptrace(PT_DENY_ATTACH)``, which refuses debuggers attaching later.
    * Windows: nothing here; docs/security.md says what the platform offers instead.

    Returns what could not be done (empty when everything held); never raises, as a program
    that cannot harden itself must still let a person reach their records.
    """
    problems: list[str] = []
    if sys.platform == "win32":
        return problems
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        problems.append("could not turn core dumps off")
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if sys.platform.startswith("linux"):
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                problems.append("could not make the process non-dumpable")
        elif sys.platform == "darwin" and libc.ptrace(_PT_DENY_ATTACH, 0, None, 0) != 0:
            problems.append("could not refuse debuggers")
    except (OSError, AttributeError):
        problems.append("the C library offers no process protection")
    return problems
