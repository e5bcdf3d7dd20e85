"""A separate process that works on a vault, for kill -9 and two-writer tests.

Run as ``python -m tests.helpers.vault_worker MODE VAULT`` with the passphrase on stdin.
It prints one line per acknowledged step, flushed, so the parent knows what was committed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.services import vaults


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    secret = bytearray(sys.stdin.buffer.readline().rstrip(b"\n"))
    try:
        session = vaults.unlock(path, passphrase=secret)
    except BizHRError as exc:
        print(f"error {type(exc).__name__}: {exc.message}", flush=True)
        return exc.exit_code
    db = session.vault.db
    print("open", flush=True)
    if mode == "writes":
        start = int(db.scalar("SELECT count(*) FROM setting"))
        i = start
        while True:
            with db.transaction():
                db.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{i:06d}", "x" * 300)
                )
            print(f"ack {i}", flush=True)
            i += 1
    elif mode == "rekey":
        n = 0
        while True:
            vaults.rekey(session)
            n += 1
            print(f"rekeyed {n}", flush=True)
    elif mode == "hold":
        time.sleep(60)
    session.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
