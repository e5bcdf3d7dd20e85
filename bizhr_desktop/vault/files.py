"""Private, atomic file writes and the one-writer lock on a vault."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from bizhr_desktop.core.errors import (
    BizHRError,
    DiskFull,
    InvalidInput,
    OutputExists,
    OutputRefused,
    VaultInUse,
)
from bizhr_desktop.vault.keys import MAGIC as KEY_FILE_MAGIC

PRIVATE_MODE = 0o600
BACKUP_MAGIC = b"BIZHRBK\x02"  # version 2 ends in a SHA-256 checksum of the whole file
BACKUP_MAGIC_V1 = b"BIZHRBK\x01"
STANDARD_OUTPUT = "-"
VAULT_SIDE_SUFFIXES = (".key", "-wal", "-shm", "-journal")


def _fsync_dir(folder: Path) -> None:
    # A rename is only durable once the directory entry is on disk (POSIX only).
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def translate_os_error(exc: OSError, what: str) -> BizHRError:
    """Turn an environment failure into an error with a sentence for a person."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull("The disk is full: could not write {what}. Nothing was changed.", what=what)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BizHRError(
            "Permission denied: could not write {what}. Nothing was changed.", what=what
        )
    return BizHRError(
        "Could not write {what}: {reason}. Nothing was changed.",
        what=what,
        reason=str(exc.strerror or exc),
    )


def _unnamed_file(folder: Path) -> int | None:
    """A file in *folder* with no name yet (Linux ``O_TMPFILE``), or None where the system or
    the file system has none. Killed before it is given a name, it simply vanishes."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):  # naming it later goes through /proc
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, PRIVATE_MODE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None  # not supported here: the named temporary file is used instead
        raise


TEMP_SUFFIX = ".bizhr-tmp"


def _temp_name(path: Path) -> Path:
    """A fresh temporary name beside *path* that says whose it is: ``.NAME.RANDOM.bizhr-tmp``."""
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}{TEMP_SUFFIX}")


def leftover_temp_files(path: Path) -> list[Path]:
    """Temporary files of an earlier write of *path* that was killed between naming its
    complete file and renaming it over *path* (or, where files cannot be made without a
    name, while writing it)."""
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [
        path.parent / name
        for name in names
        if name.startswith(prefix)
        and name.endswith(TEMP_SUFFIX)
        and len(name) == len(prefix) + 12 + len(TEMP_SUFFIX)
    ]


def sweep_leftovers(path: Path) -> None:
    """Remove what a killed write of *path* left (the caller is the one writer of *path*)."""
    for leftover in leftover_temp_files(path):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _named_temp(path: Path) -> tuple[int, Path]:
    for _ in range(16):
        name = _temp_name(path)
        try:
            return os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name")


@contextlib.contextmanager
def atomic_writer(path: Path, what: str | None = None) -> Iterator[BinaryIO]:
    """Write to a private temporary file beside *path*, fsync it, then rename it over *path*.

    A crash or an error at any point leaves either the old file or the new one, never a mix.
    Where the system allows (Linux), the temporary file has no name until it is complete: a
    process killed while writing leaves nothing at all; it is then linked under a temporary
    name and renamed over *path* at once. A process killed in that instant leaves a complete
    temporary file named after *path*, which the next write of *path* removes
    (``sweep_leftovers``; a vault's own files are swept when it is opened).
    """
    path = Path(path)
    label = what or str(path)
    folder = path.parent
    sweep_leftovers(path)
    try:
        unnamed = _unnamed_file(folder)
        if unnamed is not None:
            fd, tmp = unnamed, None
        else:
            fd, tmp = _named_temp(path)
    except OSError as exc:
        raise translate_os_error(exc, label) from None
    linked: Path | None = tmp
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if tmp is None:
                linked = _give_a_name(handle.fileno(), path)
        assert linked is not None
        os.replace(linked, path)
        linked = None
        _fsync_dir(folder)
    except OSError as exc:
        if linked is not None:
            linked.unlink(missing_ok=True)
        raise translate_os_error(exc, label) from None
    except BaseException:
        if linked is not None:
            linked.unlink(missing_ok=True)
        raise


def _give_a_name(fd: int, path: Path) -> Path:
    """Link a complete unnamed file under a fresh temporary name beside *path*. Where the
    kernel refuses the link (some file systems), the finished bytes are copied into a named
    private file instead: only a complete file ever gets a name."""
    # os.link("/proc/self/fd/N", …) calls link(2), which links the /proc entry itself and
    # fails with EXDEV; linkat(2) relative to /proc/self/fd with AT_SYMLINK_FOLLOW links the
    # open file, as the O_TMPFILE manual page describes.
    proc = os.open("/proc/self/fd", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for _ in range(16):
            name = _temp_name(path)
            try:
                os.link(str(fd), name, src_dir_fd=proc, follow_symlinks=True)
            except FileExistsError:
                continue
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.EPERM, errno.ENOENT, errno.EOPNOTSUPP):
                    raise
                return _copy_into_named(fd, path)
            return name
    finally:
        os.close(proc)
    raise FileExistsError(errno.EEXIST, "no free temporary name")


def _copy_into_named(fd: int, path: Path) -> Path:
    out_fd, name = _named_temp(path)
    try:
        with open(f"/proc/self/fd/{fd}", "rb") as source, os.fdopen(out_fd, "wb") as out:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        name.unlink(missing_ok=True)
        raise
    return name


def write_atomic(path: Path, data: bytes, what: str | None = None) -> None:
    """Replace *path* with *data* atomically, readable by the owner only."""
    with atomic_writer(path, what) as handle:
        handle.write(data)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def starts_with_magic(path: str | Path, magics: Iterable[bytes]) -> bool:
    """True if the file at *path* starts with one of *magics* (all of one length)."""
    wanted = tuple(magics)
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(wanted[0]))
    except OSError:
        return False
    return head in wanted


def _is_a_vaults_file(real: str) -> bool:
    """True if *real* is a vault database, its key file or one of SQLite's files beside it,
    judged by the key file that sits next to every vault (a vault's pages look random)."""
    if os.path.exists(real + ".key"):
        return True
    return any(
        real.endswith(suffix) and os.path.exists(real[: -len(suffix)] + ".key")
        for suffix in VAULT_SIDE_SUFFIXES
    )


def check_output_target(
    path: Path | str, *, protected: Iterable[Path] = (), overwrite: bool = False
) -> Path:
    """Where a file a person asked for may be written, or a sentence saying why not.

    The one rule for every command and dialog that writes a file (lists, bundles, backups,
    programmes, drafts): never onto a vault, its key file, SQLite's -wal/-shm/-journal
    beside it, or a BizHR backup or key file anywhere (symbolic and hard links are
    followed: the same file under another name is the same file); never onto a device,
    pipe or socket (standard output is asked for with ``-``); and an existing file only
    with *overwrite*. *protected* names the open vault's files. Returns the real path,
    where the caller writes atomically, so a symbolic link keeps pointing at the new file.
    """
    given = Path(path)
    if str(path) == STANDARD_OUTPUT:
        raise OutputRefused("'-' (standard output) cannot be used here; give a file name.")
    real = os.path.realpath(given)
    shown = given.name or str(given)
    guarded = [os.fspath(p) for p in protected]
    guarded_real = {os.path.realpath(p) for p in guarded}
    guarded_ids = {i for i in map(_identity, guarded) if i is not None}
    refuse_vault = OutputRefused(
        "{shown} is a file of a vault (the vault itself, its key file or a file SQLite "
        "keeps beside it); writing there would destroy records. Choose another name.",
        shown=shown,
    )
    if real in guarded_real or _is_a_vaults_file(real):
        raise refuse_vault
    try:
        st = os.stat(real)
    except (FileNotFoundError, NotADirectoryError):
        return Path(real)  # a new file; the writer says if its folder cannot hold it
    except OSError as exc:
        raise BizHRError(
            "Cannot check {shown}: {reason}. Nothing was written.",
            shown=shown,
            reason=str(exc.strerror),
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputRefused("{shown} is a folder; give a file name to write to.", shown=shown)
    if not stat.S_ISREG(st.st_mode):
        raise OutputRefused(
            "{shown} is not an ordinary file (a device, pipe or socket); nothing was "
            "written. To write to standard output, give - as the file name.",
            shown=shown,
        )
    if (st.st_dev, st.st_ino) in guarded_ids:
        raise refuse_vault
    if starts_with_magic(real, (BACKUP_MAGIC, BACKUP_MAGIC_V1, KEY_FILE_MAGIC)):
        raise OutputRefused(
            "{shown} is a BizHR backup or key file; writing there would destroy it. "
            "Choose another name.",
            shown=shown,
        )
    if not overwrite:
        raise OutputExists("{shown} already exists; nothing was written.", shown=shown)
    return Path(real)


def read_input_file(path: Path, what: str, *, limit: int) -> bytes:
    """The bytes of a file a person gave to read (an import, a bundle), refusing what would
    hang or exhaust the program: a FIFO, a device or a socket (read without ever ending), a
    folder, or a file larger than *limit*. The size is checked on the open descriptor, so a
    file swapped for another between the check and the read changes nothing."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise InvalidInput("{file} is a folder, not a file.", file=path.name) from None
    except FileNotFoundError:
        raise BizHRError("There is no file {path}.", path=str(path)) from None
    except OSError as exc:
        raise BizHRError(
            "Cannot read {path}: {reason}.", path=str(path), reason=exc.strerror or "unreadable"
        ) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InvalidInput("{file} is a folder, not a file.", file=path.name)
        if not stat.S_ISREG(st.st_mode):
            raise InvalidInput(
                "{file} is not an ordinary file (a pipe, device or socket); save "
                "{what} to a file first.",
                file=path.name,
                what=what,
            )
        if st.st_size > limit:
            raise InvalidInput(
                "{file} is {size} MB; {what} over {limit} MB is not read.",
                file=path.name,
                size=st.st_size // (1024 * 1024),
                what=what,
                limit=limit // (1024 * 1024),
            )
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InvalidInput("{file} grew while it was read; nothing was read.", file=path.name)
    return data


def ensure_private_dir(folder: Path) -> None:
    """Create *folder* (and parents) readable by the owner only."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError:
        raise BizHRError(
            "{folder} is a file, not a folder; choose another location.", folder=str(folder)
        ) from None
    except OSError as exc:
        raise translate_os_error(exc, f"the folder {folder}") from None


class VaultLock:
    """An exclusive, advisory lock held on the vault file while it is open.

    The operating system drops it when the process dies (even with kill -9), so a crash never
    leaves a vault that claims to be in use.
    """

    # Paths this process holds. Checked before opening a second descriptor, because closing
    # any descriptor of a file drops every POSIX lock the process has on it, SQLite's included.
    _held_here: set[str] = set()  # noqa: RUF012 - process-wide on purpose

    def __init__(self, vault_path: Path) -> None:
        self._path = vault_path
        self._key = os.path.realpath(vault_path)
        self._handle: BinaryIO | None = None

    def acquire(self) -> None:
        if self._key in VaultLock._held_here:
            raise VaultInUse(
                "This vault is already open in another BizHR window or command. "
                "Close it there first."
            )
        handle = open(self._path, "rb")  # noqa: SIM115 - held until release()
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise VaultInUse(
                "This vault is already open in another BizHR window or command. "
                "Close it there first."
            ) from None
        self._handle = handle
        VaultLock._held_here.add(self._key)

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the descriptor releases the lock
            self._handle = None
            VaultLock._held_here.discard(self._key)

    def fileno(self) -> int:
        """The held descriptor of the vault file (read it through this: closing any other
        descriptor of the file would drop SQLite's POSIX locks on it)."""
        if self._handle is None:
            raise VaultInUse("The vault's lock is not held.")
        return self._handle.fileno()

    @property
    def held(self) -> bool:
        return self._handle is not None
