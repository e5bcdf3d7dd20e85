"""The vault commands of ``bizhr``: init, info, verify, passwd, rekey, relink, backup,
restore, wipe, duress and audit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bizhr_desktop.commands._common import (
    Command,
    UsageError,
    add_force_option,
    open_session,
    passphrase_from,
    print_json,
    prompt_secret,
    read_secret_file,
    unlock_secret,
)
from bizhr_desktop.core.errors import (
    DiskFull,
    ExitCode,
    VaultExists,
    VaultNotFound,
)
from bizhr_desktop.services import vaults


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.vault)
    if any(p.exists() for p in vaults.vault_files_of(path)) and not vaults.half_created(path):
        raise VaultExists(f"A vault already exists at {path}; choose another name.")
    status = vaults.keyring_status()
    method = args.unlock
    if method is None:
        method = (
            vaults.UnlockMethod.KEYRING_PASSPHRASE
            if status.secure
            else vaults.UnlockMethod.PASSPHRASE
        )
        if not status.secure:
            print(
                "note: no secure OS keyring is available here, so this vault is protected "
                "by the passphrase alone (plus the recovery key).",
                file=sys.stderr,
            )
    secret = passphrase_from(args, confirm=True)
    try:
        created = vaults.create(
            path, secret, method=method, kdf_seconds=args.kdf_time, recovery_key_pending=True
        )
    finally:
        secret[:] = b"\0" * len(secret)
    session = vaults.VaultSession(created.vault)
    try:
        print(f"Created {path} (unlock: {method}).")
        print("Recovery key. Write it down now and keep it away from this computer;")
        print(
            "it opens the vault if the passphrase or the keyring is lost, and is never shown again:"
        )
        print()
        print(f"    {created.recovery_code}", flush=True)
        print()
        vaults.recovery_key_shown(session)
    finally:
        session.lock()
    return ExitCode.OK


def cmd_info(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        info = vaults.info(session)
    data = {
        "path": str(info.path),
        "unlock_methods": info.methods,
        "keyring_backend": info.keyring_backend,
        "schema_version": info.schema_version,
        "kdf": {
            "algorithm": "argon2id",
            "memory_kib": info.kdf.memory_kib,
            "iterations": info.kdf.iterations,
            "lanes": info.kdf.lanes,
        },
        "counts": info.counts,
    }
    if args.json:
        print_json(data)
        return ExitCode.OK
    print(f"Vault:           {info.path}")
    print(f"Unlock methods:  {', '.join(info.methods)}")
    if info.keyring_backend:
        print(f"Keyring:         {info.keyring_backend}")
    print(f"Schema version:  {info.schema_version}")
    print(
        f"Key derivation:  Argon2id, {info.kdf.memory_kib // 1024} MiB, "
        f"{info.kdf.iterations} passes, {info.kdf.lanes} lanes"
    )
    for name, count in info.counts.items():
        print(f"{name.replace('_', ' ').capitalize() + ':':<17}{count}")
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace) -> int:
    path = Path(args.vault)
    if vaults.is_backup(path):
        what = "backup"
        with unlock_secret(args) as secret:
            problems, has_checksum = vaults.verify_backup(path, **secret)
        if not has_checksum:
            print(
                "note: this backup was made by an earlier BizHR Desktop and carries no "
                "checksum of the whole file; its pages were checked.",
                file=sys.stderr,
            )
    else:
        what = "page HMACs, integrity check, audit chain and key file"
        try:
            with open_session(args, accept_missing_changes=args.accept_missing_changes) as session:
                problems = vaults.verify(session)
        except DiskFull:
            raise DiskFull(
                "The disk is full, so the vault could not be checked: SQLite needs a little "
                "free space beside a vault to open it, even only to read it. This says "
                "nothing about the vault itself. Free some space, then verify again."
            ) from None
    if problems:
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        print(f"{args.vault}: {len(problems)} problem(s) found.", file=sys.stderr)
        return ExitCode.DAMAGED
    if what == "backup":
        print(
            f"{args.vault}: OK (backup checksum, page HMACs, integrity check and audit chain "
            "verified)."
        )
    else:
        print(f"{args.vault}: OK ({what} verified).")
    return ExitCode.OK


AFTER_CHANGE_MESSAGE = (
    "Passphrase changed. This vault's key file now opens with the new passphrase only. "
    "A copy of the key file made before now (a backup, a copied or synced folder) still "
    "opens with the old passphrase and still reaches today's records: if the old passphrase "
    "may be known to someone, revoke everything with: bizhr rekey {vault} --revoke"
)

REVOKE_HELP = (
    "revoke everything: a new data key and a new header key, every unlock method sealed "
    "again and a new recovery key (shown once). No earlier copy of the key file, with any "
    "earlier passphrase or recovery key, opens the vault as it is now; backups made before "
    "keep opening with the secrets of their day"
)


def _wipe(secret: bytearray | None) -> None:
    if secret is not None:
        secret[:] = b"\0" * len(secret)


def _duress_again(args: argparse.Namespace) -> bytearray | None:
    path = getattr(args, "duress_passphrase_file", None)
    return read_secret_file(path, "duress passphrase") if path else None


def _print_revoked(revoked: vaults.Revoked) -> None:
    print("Revoked: every page was re-encrypted under a new data key, the key file was")
    print("sealed again under a new header key, and the old recovery key opens nothing.")
    print("Earlier copies of the key file and earlier secrets open nothing of this vault now;")
    print("backups made before keep opening with the secrets of their day.")
    if revoked.duress_dropped:
        print(
            "The duress passphrase was removed (it was not given again with "
            "--duress-passphrase-file); set it again with: bizhr duress VAULT set"
        )
    print()
    print("New recovery key. Write it down now and keep it away from this computer;")
    print("it is never shown again:")
    print()
    print(f"    {revoked.recovery_code}")
    print()


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.new_passphrase_file:
            new = read_secret_file(args.new_passphrase_file, "new passphrase")
        else:
            new = prompt_secret("New passphrase: ", confirm=True, flag="--new-passphrase-file")
        duress = _duress_again(args) if args.revoke else None
        try:
            if args.revoke:
                revoked = vaults.revoke(session, new, new_passphrase=True, duress_passphrase=duress)
            else:
                vaults.change_passphrase(session, new)
        finally:
            _wipe(new)
            _wipe(duress)
    if args.revoke:
        print("Passphrase changed, and everything revoked.")
        _print_revoked(revoked)
    else:
        print(AFTER_CHANGE_MESSAGE.format(vault=args.vault))
    return ExitCode.OK


def cmd_rekey(args: argparse.Namespace) -> int:
    if not args.revoke:
        if args.duress_passphrase_file:
            raise UsageError("--duress-passphrase-file applies to --revoke only.")
        with open_session(args) as session:
            vaults.rekey(session)
        print("Data key replaced: every page was re-encrypted under a new key.")
        print("The header key stays: to make earlier copies of the key file useless, --revoke.")
        return ExitCode.OK
    opened_with_passphrase = not (args.recovery_key_file or args.keyring_only)
    secret = passphrase_from(args) if opened_with_passphrase else None
    duress: bytearray | None = None
    try:
        with open_session(args, passphrase=secret) as session:
            new = False
            if secret is None and vaults.needs_passphrase_to_revoke(session):
                secret = prompt_secret(
                    "Passphrase to open the vault from now on: ",
                    confirm=True,
                    flag="--passphrase-file with the passphrase",
                )
                new = True
            duress = _duress_again(args)
            revoked = vaults.revoke(session, secret, new_passphrase=new, duress_passphrase=duress)
    finally:
        _wipe(secret)
        _wipe(duress)
    _print_revoked(revoked)
    return ExitCode.OK


def cmd_relink(args: argparse.Namespace) -> int:
    if not args.recovery_key_file:
        raise UsageError("Re-linking needs --recovery-key-file (the keyring's key is missing).")
    with open_session(args) as session:
        if args.passphrase_file:
            secret = read_secret_file(args.passphrase_file, "passphrase")
        else:
            secret = prompt_secret("Passphrase to use with this computer's keyring: ", confirm=True)
        try:
            vaults.relink_keyring(session, secret)
        finally:
            secret[:] = b"\0" * len(secret)
    print("This computer's keyring is linked: the passphrase opens the vault again here.")
    return ExitCode.OK


def cmd_backup(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        vaults.backup(session, Path(args.destination), overwrite=args.force)
    print(f"Backup written to {args.destination} (encrypted; opens with the same secrets).")
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace) -> int:
    checked = vaults.restore(Path(args.backup), Path(args.vault))
    if not checked:
        print(
            "note: this backup was made by an earlier BizHR Desktop and carries no checksum; "
            "only its form could be checked before restoring.",
            file=sys.stderr,
        )
    print(f"Restored to {args.vault}. Check its pages with: bizhr verify {args.vault}")
    return ExitCode.OK


def cmd_wipe(args: argparse.Namespace) -> int:
    path = Path(args.vault)
    if not path.exists() and not vaults.header_path(path).exists():
        raise VaultNotFound(f"There is no vault at {path}.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Refusing to wipe without confirmation: add --yes (scripts only).")
        print(
            f"This destroys every key of {path} and removes its files. No passphrase, "
            "recovery key or backup key header made before now will open it again."
        )
        typed = input(f"Type the vault's file name ({path.name}) to confirm: ")
        if typed.strip() != path.name:
            print("Not confirmed; nothing was changed.")
            return ExitCode.CANCELLED
    problems = vaults.crypto_erase(path)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    print(f"Wiped {path}: its keys are destroyed and its files removed.")
    return ExitCode.OK


def cmd_duress(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.action == "clear":
            vaults.clear_duress(session)
            print("The duress passphrase was removed.")
            return ExitCode.OK
        if args.duress_passphrase_file:
            secret = read_secret_file(args.duress_passphrase_file, "duress passphrase")
        else:
            secret = prompt_secret(
                "Duress passphrase: ", confirm=True, flag="--duress-passphrase-file"
            )
        try:
            vaults.set_duress(session, secret, args.mode)
        finally:
            secret[:] = b"\0" * len(secret)
    what = (
        "opens an empty decoy vault"
        if args.mode == "decoy"
        else "destroys the vault's keys and then shows an empty vault"
    )
    print(f"Duress passphrase set: it {what}.")
    return ExitCode.OK


def cmd_audit(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        broken = session.audit.verify() if args.verify else None
        events = session.audit.events(limit=args.limit, newest_first=False)
    if args.json:
        print_json(
            {
                "verified": None if not args.verify else broken is None,
                "broken_at": broken,
                "events": [
                    {"seq": e.seq, "at": e.at, "kind": e.kind, "detail": e.detail} for e in events
                ],
            }
        )
    else:
        for event in events:
            detail = ", ".join(f"{k}={v}" for k, v in sorted(event.detail.items()))
            print(f"{event.seq:6d}  {event.at}  {event.kind:<24} {detail}")
        if args.verify:
            print(
                "Audit chain: intact."
                if broken is None
                else f"Audit chain: BROKEN at entry {broken} (edited, removed or reordered)."
            )
    if args.verify and broken is not None:
        return ExitCode.DAMAGED
    return ExitCode.OK


def register(sub: Any, command: Command) -> None:
    p = command("init", cmd_init, "create a new vault", unlock=False)
    p.add_argument(
        "--unlock",
        choices=[vaults.UnlockMethod.KEYRING_PASSPHRASE, vaults.UnlockMethod.PASSPHRASE],
        help="keyring+passphrase (default where a secure keyring exists) or passphrase",
    )
    p.add_argument(
        "--passphrase-file", metavar="PATH", help="read the new passphrase from PATH (- for stdin)"
    )
    p.add_argument(
        "--kdf-time",
        type=float,
        default=None,
        metavar="SECONDS",
        help="how long unlocking should take on this computer (default 0.6)",
    )

    p = command("info", cmd_info, "show unlock methods, schema version and record counts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = command(
        "verify",
        cmd_verify,
        "check page HMACs, database integrity and the audit chain (of a vault or a backup)",
    )
    p.add_argument(
        "--accept-missing-changes",
        action="store_true",
        help="open a vault whose file lacks changes its key file records (a lost -wal file) "
        "as it is: those changes are lost for good, and the audit log says so",
    )
    p = command(
        "passwd",
        cmd_passwd,
        "change the passphrase; a key file copied before still opens with the old one "
        "unless --revoke",
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="PATH",
        help="read the new passphrase from PATH (- for stdin)",
    )
    p.add_argument("--revoke", action="store_true", help="also " + REVOKE_HELP)
    p.add_argument(
        "--duress-passphrase-file",
        metavar="PATH",
        help="with --revoke: the duress passphrase, to keep it (else it is removed)",
    )
    p = command("rekey", cmd_rekey, "replace the data key; --revoke: revoke everything")
    p.add_argument("--revoke", action="store_true", help=REVOKE_HELP)
    p.add_argument(
        "--duress-passphrase-file",
        metavar="PATH",
        help="with --revoke: the duress passphrase, to keep it (else it is removed)",
    )
    command(
        "relink",
        cmd_relink,
        "after opening with the recovery key, link this computer's keyring again",
    )
    p = command("backup", cmd_backup, "write an encrypted backup while the vault stays usable")
    p.add_argument("destination", metavar="DEST", help="backup file to write")
    add_force_option(p, "replace DEST if it exists (never the vault or its key file)")
    p = command(
        "restore", cmd_restore, "turn a backup file back into a vault", unlock=False, vault=False
    )
    p.add_argument("backup", metavar="BACKUP", help="backup file")
    p.add_argument("vault", metavar="VAULT", help="where to restore (must not exist)")

    p = command(
        "wipe", cmd_wipe, "crypto-erase: destroy every key, then remove the files", unlock=False
    )
    p.add_argument("--yes", action="store_true", help="skip the typed confirmation (scripts)")
    p = command("duress", cmd_duress, "set or clear a duress passphrase")
    p.add_argument("action", choices=["set", "clear"])
    p.add_argument(
        "--mode",
        choices=["decoy", "erase"],
        default="decoy",
        help="decoy: open an empty vault; erase: destroy the keys first",
    )
    p.add_argument(
        "--duress-passphrase-file",
        metavar="PATH",
        help="read the duress passphrase from PATH (- for stdin)",
    )
    p = command("audit", cmd_audit, "show the audit log; --verify checks its hash chain")
    p.add_argument("--verify", action="store_true", help="check the chain (exit 4 if broken)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit", type=int, default=None, help="at most N events")
