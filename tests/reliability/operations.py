"""The commands the crash and disk-full suites run, and what must hold after each."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bizhr_desktop.core.errors import WrongSecret
from bizhr_desktop.services import demo, vaults
from bizhr_desktop.vault import vault as vault_files
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.harness import bizhr

NEW_PASSPHRASE = "a brand new and rather long passphrase 2026"
BUNDLE_PASSPHRASE = "bundle passphrase with plenty of words in it"
BASE_PEOPLE = 120
IMPORTED = 400
DEMO_PEOPLE = 200


def _count(
    path: Path, passphrase: str = PASSPHRASE, sql: str = "SELECT count(*) FROM person"
) -> int:
    session = vaults.unlock(path, passphrase=bytearray(passphrase.encode()))
    try:
        return int(session.vault.db.scalar(sql))
    finally:
        session.lock()


def _verified(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    session = vaults.unlock(path, passphrase=bytearray(passphrase.encode()))
    try:
        return vaults.verify(session)
    finally:
        session.lock()


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        vaults.unlock(path, passphrase=bytearray(passphrase.encode())).lock()
    except WrongSecret:
        return False
    return True


def _people_csv(path: Path, rows: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["full_name", "stakeholder_group", "country", "email", "risk_level",
                      "consent_network", "consent_date"])  # fmt: skip
        for n in range(rows):
            out.writerow([f"Imported Person {n:05d}", "business", "Kenya",
                          f"p{n}@example.org", "low", "yes", "2026-01-01"])  # fmt: skip


@dataclass
class Operation:
    """A command to kill, the files it starts from and what must hold afterwards."""

    argv: Callable[[Path], list[str]]
    check: Callable[[Path], str]  # returns which state the vault is in ("before", "after")
    allowed: Callable[[Path], set[str]]
    base: str = "filled"


VAULT = "v.bizhr"
BASE_FILES = {VAULT, VAULT + ".key", "pass.txt", "new-pass.txt", "bundle-pass.txt"}


def _secret_args(work: Path) -> list[str]:
    return ["--passphrase-file", str(work / "pass.txt")]


def _all_or_nothing(
    work: Path, before: int, after: int, sql: str = "SELECT count(*) FROM person"
) -> str:
    count = _count(work / VAULT, sql=sql)
    assert count in (before, after), f"{count} rows: neither {before} nor {after}"
    assert _verified(work / VAULT) == []
    return "after" if count == after and before != after else "before"


def _check_output_file(path: Path, complete: Callable[[Path], bool]) -> str:
    if not path.exists():
        return "before"
    assert complete(path), f"{path.name} exists but is not complete"
    return "after"


def _backup_is_whole(path: Path) -> bool:
    vault_files.read_backup(path)  # raises if damaged or truncated
    return True


def _csv_is_whole(path: Path) -> bool:
    text = path.read_text("utf-8-sig")
    return text.endswith("\n") and len(text.splitlines()) > 1


def _check_import(work: Path) -> str:
    return _all_or_nothing(work, BASE_PEOPLE, BASE_PEOPLE + IMPORTED)


def _check_demo(work: Path) -> str:
    people = _all_or_nothing(work, 0, DEMO_PEOPLE)
    organisations = _count(work / VAULT, sql="SELECT count(*) FROM organisation")
    assert (organisations == 0) == (people == "before"), "organisations without people"
    return people


def _check_backup(work: Path) -> str:
    assert _verified(work / VAULT) == []
    return _check_output_file(work / "out.bizhr-backup", _backup_is_whole)


def _check_export(work: Path) -> str:
    assert _verified(work / VAULT) == []
    return _check_output_file(work / "out.csv", _csv_is_whole)


def _check_restore(work: Path) -> str:
    target = work / "restored.bizhr"
    if not target.exists() and not vaults.header_path(target).exists():
        return "before"
    if not vaults.header_path(target).exists():
        # Killed between the pages and the key file: restoring again finishes the job.
        done = bizhr("restore", str(work / "base.bizhr-backup"), str(target))
        assert done.returncode == 0, done.stderr
    assert _verified(target) == []
    assert _count(target) == BASE_PEOPLE
    return "after"


def _check_same_secret(work: Path) -> str:
    assert _count(work / VAULT) == BASE_PEOPLE
    assert _verified(work / VAULT) == []
    return "n/a"


def _check_passwd(work: Path) -> str:
    old, new = _opens_with(work / VAULT, PASSPHRASE), _opens_with(work / VAULT, NEW_PASSPHRASE)
    assert old != new, "exactly one of the old and new passphrases must open the vault"
    passphrase = PASSPHRASE if old else NEW_PASSPHRASE
    assert _verified(work / VAULT, passphrase) == []
    assert _count(work / VAULT, passphrase) == BASE_PEOPLE
    return "before" if old else "after"


def _check_init(work: Path) -> str:
    target = work / "new.bizhr"
    if not any(p.exists() for p in vaults.vault_files_of(target)):
        return "before"
    if vaults.half_created(target) or not vaults.header_path(target).exists():
        # Stopped before it wrote anything: init again takes the name back.
        done = bizhr("init", str(target), "--passphrase-file", str(work / "pass.txt"),
                     "--unlock", "passphrase", "--kdf-time", "0.1")  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert _verified(target) == []
    return "after"


def _away(work: Path) -> int:
    return _count(work / VAULT, sql="SELECT count(*) FROM person WHERE travel_batch_pk IS NOT NULL")


def _check_travel_out(work: Path) -> str:
    away = _away(work)  # this open also removes a bundle whose move never finished
    bundle = work / "travel.age"
    assert (away > 0) == bundle.exists(), f"{away} away, bundle there: {bundle.exists()}"
    assert _verified(work / VAULT) == []
    return "after" if away else "before"


def _check_travel_back(work: Path) -> str:
    away = _away(work)
    assert _verified(work / VAULT) == []
    assert _count(work / VAULT) == BASE_PEOPLE
    return "before" if away else "after"


def _check_bundle_import(work: Path) -> str:
    return _all_or_nothing(work, 0, BASE_PEOPLE)


OPERATIONS: dict[str, Operation] = {
    "import": Operation(
        lambda w: ["import", str(w / VAULT), str(w / "people.csv"), *_secret_args(w)],
        _check_import,
        lambda w: BASE_FILES | {"people.csv"},
    ),
    "export": Operation(
        lambda w: [
            "export",
            str(w / VAULT),
            "--audience",
            "venue",
            "--format",
            "csv",
            "-o",
            str(w / "out.csv"),
            *_secret_args(w),
        ],
        _check_export,
        lambda w: BASE_FILES | ({"out.csv"} if (w / "out.csv").exists() else set()),
    ),
    "backup": Operation(
        lambda w: ["backup", str(w / VAULT), str(w / "out.bizhr-backup"), *_secret_args(w)],
        _check_backup,
        lambda w: (
            BASE_FILES | ({"out.bizhr-backup"} if (w / "out.bizhr-backup").exists() else set())
        ),
    ),
    "restore": Operation(
        lambda w: ["restore", str(w / "base.bizhr-backup"), str(w / "restored.bizhr")],
        _check_restore,
        lambda w: (
            BASE_FILES
            | {"base.bizhr-backup"}
            | (
                {"restored.bizhr", "restored.bizhr.key"}
                if (w / "restored.bizhr").exists()
                else set()
            )
        ),
    ),
    "rekey": Operation(
        lambda w: ["rekey", str(w / VAULT), *_secret_args(w)],
        _check_same_secret,
        lambda w: BASE_FILES,
    ),
    "revoke": Operation(
        lambda w: ["rekey", str(w / VAULT), "--revoke", *_secret_args(w)],
        _check_same_secret,
        lambda w: BASE_FILES,
    ),
    "passwd": Operation(
        lambda w: [
            "passwd",
            str(w / VAULT),
            *_secret_args(w),
            "--new-passphrase-file",
            str(w / "new-pass.txt"),
        ],
        _check_passwd,
        lambda w: BASE_FILES,
    ),
    "demo": Operation(
        lambda w: [
            "demo",
            str(w / VAULT),
            "--people",
            str(DEMO_PEOPLE),
            "--quiet",
            *_secret_args(w),
        ],
        _check_demo,
        lambda w: BASE_FILES,
        base="empty",
    ),
    "init": Operation(
        lambda w: [
            "init",
            str(w / "new.bizhr"),
            "--passphrase-file",
            str(w / "pass.txt"),
            "--unlock",
            "passphrase",
            "--kdf-time",
            "0.1",
        ],
        _check_init,
        lambda w: (
            BASE_FILES | ({"new.bizhr", "new.bizhr.key"} if (w / "new.bizhr").exists() else set())
        ),
    ),
    "travel-out": Operation(
        lambda w: [
            "travel",
            str(w / VAULT),
            "out",
            "-o",
            str(w / "travel.age"),
            "--yes",
            "--bundle-passphrase-file",
            str(w / "bundle-pass.txt"),
            *_secret_args(w),
        ],
        _check_travel_out,
        lambda w: BASE_FILES | ({"travel.age"} if (w / "travel.age").exists() else set()),
    ),
    "travel-back": Operation(
        lambda w: [
            "travel",
            str(w / VAULT),
            "back",
            str(w / "travel.age"),
            "--bundle-passphrase-file",
            str(w / "bundle-pass.txt"),
            *_secret_args(w),
        ],
        _check_travel_back,
        lambda w: BASE_FILES | {"travel.age"},
        base="travelled",
    ),
    "import-bundle": Operation(
        lambda w: [
            "import-bundle",
            str(w / VAULT),
            str(w / "network.age"),
            "--bundle-passphrase-file",
            str(w / "bundle-pass.txt"),
            *_secret_args(w),
        ],
        _check_bundle_import,
        lambda w: BASE_FILES | {"network.age"},
        base="empty-with-bundle",
    ),
}


def _new_vault(folder: Path, people: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("pass.txt", PASSPHRASE), ("new-pass.txt", NEW_PASSPHRASE),
                       ("bundle-pass.txt", BUNDLE_PASSPHRASE)):  # fmt: skip
        (folder / name).write_text(text + "\n")
    created = vaults.create(folder / VAULT, bytearray(PASSPHRASE.encode()), kdf=FAST_KDF)
    session = vaults.VaultSession(created.vault)
    if people:
        demo.populate(session, people, 15, 4)
    session.lock()
    return folder / VAULT


def build_bases(root: Path) -> dict[str, Path]:
    """The folders the commands start from: a filled vault (with a CSV to import and a
    backup to restore), an empty one, one after travel out, an empty one with a bundle."""
    filled = _new_vault(root / "filled", BASE_PEOPLE).parent
    _people_csv(filled / "people.csv", IMPORTED)
    assert bizhr("backup", str(filled / VAULT), str(filled / "base.bizhr-backup"),
                 *_secret_args(filled)).returncode == 0  # fmt: skip
    empty = _new_vault(root / "empty", 0).parent
    travelled = root / "travelled"
    shutil.copytree(filled, travelled)
    done = bizhr(*OPERATIONS["travel-out"].argv(travelled))
    assert done.returncode == 0, done.stderr
    with_bundle = root / "empty-with-bundle"
    shutil.copytree(empty, with_bundle)
    done = bizhr("export", str(filled / VAULT), "--audience", "internal", "--format", "bundle",
                 "-o", str(with_bundle / "network.age"), "--bundle-passphrase-file",
                 str(filled / "bundle-pass.txt"), *_secret_args(filled))  # fmt: skip
    assert done.returncode == 0, done.stderr
    for folder in (filled, travelled):  # files the operations write must not be there yet
        for name in ("out.csv", "out.bizhr-backup"):
            (folder / name).unlink(missing_ok=True)
    return {"filled": filled, "empty": empty, "travelled": travelled,
            "empty-with-bundle": with_bundle}  # fmt: skip
