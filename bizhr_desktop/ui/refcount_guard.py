"""Guard against a PySide6 reference-count bug that would abort a long GUI session.

PySide6 6.12 on Python 3.11 drops one reference to ``None`` each time a Qt method that
returns nothing (``setText``, ``processEvents``, ...) is called from Python, and it does the
same to ``True``/``False`` in places. From Python 3.12 these objects are immortal and the
bug is harmless; on 3.11 the interpreter aborts ("none_dealloc") after a few thousand such
calls — minutes of use. Until the binding is fixed (or Python 3.11 is dropped), the leak is
detected at start-up and those three singletons are made practically immortal, the way
Python 3.12 does it: their reference count is raised by 2**40 and never lowered.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_PROBE_CALLS = 64
_HEADROOM = 1 << 40
_protected = False


def leaks_none() -> bool:
    """True if a void Qt call loses a reference to ``None`` in this interpreter."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    _raise_refcount(None, max(lost, 0))  # give back what the probe itself took
    return lost >= _PROBE_CALLS // 2


def _raise_refcount(singleton: object, amount: int) -> None:
    # ob_refcnt is the first field of every CPython object (Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(singleton)).value += amount


def protect_none() -> bool:
    """Make None, True and False immortal if the leak is present; returns whether it was."""
    global _protected  # noqa: PLW0603 - once per process, by design
    if _protected:
        return True
    if not leaks_none():
        return False
    for singleton in (None, True, False):
        _raise_refcount(singleton, _HEADROOM)
    _protected = True
    return True
