#!/usr/bin/env python3
"""Smoke test of a built bundle (dist/bizhr): both commands start and do real work, offline.

    python3 packaging/smoke_test.py [dist/bizhr]       # packaging/build.sh runs it

Each step runs the frozen executables with every home, config, data and temp folder sent to
a throwaway directory and no D-Bus session (so no keyring is touched): ``bizhr --help``;
``init`` refused without a secure keyring; ``init`` of a passphrase-only vault from a
passphrase file; ``import`` of the test CSV; ``people list``; a venue PDF (fonts from the
bundle's resources/); ``verify``; then the window started offscreen for a few seconds,
which must still be running when it is stopped.
It also checks that the bundle holds its resources and no keyrings.alt.
Needs only the standard library.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery staple for the smoke test\n"  # noqa: S105 - throwaway
GUI_SECONDS = 6.0


class SmokeFailed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailed(message)


def check_contents(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in ("bizhr", "bizhr-desktop"):
        check(os.access(bundle / name, os.X_OK), f"{bundle / name} is missing or not executable")
    for relative in (
        "resources/fonts/NotoSans-Regular.ttf",
        "resources/fonts/NotoSansArabic-Regular.ttf",
        "resources/fonts/NotoSansArabicUI-Regular.ttf",
        "resources/styles/app.qss",
        "resources/icons/bizhr-desktop.svg",
        "resources/translations/bizhr_fr.qm",
        "resources/translations/bizhr_ar.qm",
        "bizhr_desktop/formats/wordlists/eff_large_wordlist.txt",
    ):
        check((internal / relative).is_file(), f"the bundle lacks {relative}")
    check(
        any((internal / "bizhr_desktop/vault/migrations").glob("*.sql")),
        "the bundle lacks the vault's migrations",
    )
    alt = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if "keyrings" in p.name.lower()]
    check(not alt, f"keyrings.alt (a plain-file keyring) is in the bundle: {alt}")
    plugins = internal / "PySide6/Qt/plugins"
    check((plugins / "platforms/libqxcb.so").is_file(), "the bundle lacks Qt's X11 platform")
    networked = [*plugins.glob("platforms/libqvnc*"), *plugins.glob("networkinformation/*")]
    networked += plugins.glob("tls/*")
    check(not networked, f"networked Qt plugins in the bundle: {networked}")


def isolated_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "QT_"))}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    for name in ("config", "data", "cache", "state", "tmp"):
        (home / name).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        TMPDIR=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(command: list[str], env: dict[str, str], expect: int = 0) -> tuple[str, str]:
    print("$", " ".join(Path(command[0]).name if i == 0 else a for i, a in enumerate(command)))
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    check(
        result.returncode == expect,
        f"exit {result.returncode} (expected {expect})\n{result.stdout}\n{result.stderr}",
    )
    check("Traceback" not in result.stderr, result.stderr)
    return result.stdout, result.stderr


def check_cli(bizhr: Path, work: Path, env: dict[str, str]) -> None:
    help_text, _ = run([str(bizhr), "--help"], env)
    check("exit codes:" in help_text and "init" in help_text, help_text)
    vault = work / "smoke.bizhr"
    secret = work / "passphrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    unlock = ["--passphrase-file", str(secret)]
    # No D-Bus session here: keyring loads, finds no secure backend, and says so (exit 6);
    # a bundled keyrings.alt would have offered its plain file instead.
    _, refusal = run(
        [str(bizhr), "init", str(vault), "--unlock", "keyring+passphrase", *unlock], env, expect=6
    )
    check("No secure OS keyring" in refusal and "keyrings.alt" not in refusal, refusal)
    check(not vault.exists(), "a refused init left a vault behind")
    run(
        [str(bizhr), "init", str(vault), "--unlock", "passphrase", *unlock, "--kdf-time", "0.1"],
        env,
    )
    check(vault.is_file(), "init wrote no vault")
    csv = ROOT / "tests/data/people_good.csv"
    run([str(bizhr), "import", str(vault), str(csv), *unlock], env)
    listing, _ = run([str(bizhr), "people", str(vault), *unlock, "list"], env)
    check("José Fictício Pérez" in listing, f"people list lacks an imported person:\n{listing}")
    pdf = work / "venue.pdf"
    run(
        [str(bizhr), "export", str(vault), *unlock, "--audience", "venue", "--format", "pdf",
         "-o", str(pdf)],
        env,
    )  # fmt: skip
    check(pdf.read_bytes().startswith(b"%PDF"), "the venue list is not a PDF")
    run([str(bizhr), "verify", str(vault), *unlock], env)


def check_gui(gui: Path, work: Path, env: dict[str, str]) -> None:
    print(f"$ {gui.name} --vault ...  (offscreen, {GUI_SECONDS:.0f} s)")
    log = work / "gui.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(gui), "--vault", str(work / "gui.bizhr")], stdout=output, stderr=output, env=env
        )
        try:
            time.sleep(GUI_SECONDS)
            code = process.poll()
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    text = log.read_text(encoding="utf-8", errors="replace")
    check(code is None, f"the window exited by itself (code {code}):\n{text}")
    check("Traceback" not in text, f"the window printed a traceback:\n{text}")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "bizhr").resolve()
    try:
        check_contents(bundle)
        with tempfile.TemporaryDirectory(prefix="bizhr-smoke-") as folder:
            work = Path(folder)
            env = isolated_env(work / "home")
            check_cli(bundle / "bizhr", work, env)
            check_gui(bundle / "bizhr-desktop", work, env)
    except SmokeFailed as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"Smoke test passed: {bundle}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
