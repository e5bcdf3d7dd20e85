"""Errors a person can meet, each with a sentence for that person.

Every class here carries a message fit to show in a dialog or on one line of a terminal,
and an exit code for the ``bizhr`` command line. Anything that is *not* one of these is a
bug and is allowed to crash loudly (in tests above all).

Messages never contain secrets, record contents or file contents: only paths the person
chose, counts and names of things (columns, methods, backends).

Each error is raised with an English *template* and its *parameters*, e.g.
``ImportRejected("{file}: only .csv …", file=path.name)`` (see ``core/messages.py``): the
command line shows :attr:`BizHRError.message`, the window translates :attr:`~BizHRError.template`
and fills in :attr:`~BizHRError.params`. Keep the template one literal string, so that
``packaging/update-translations.sh`` can extract it; a test refuses any other.
"""

from __future__ import annotations

from collections.abc import Callable

from bizhr_desktop.core import messages
from bizhr_desktop.core.messages import MessageParam


class ExitCode:
    """Documented exit codes of the ``bizhr`` command line."""

    OK = 0
    ERROR = 1  # any other known error (bad input file, disk full, ...)
    USAGE = 2  # argparse's own code for a malformed command line
    WRONG_SECRET = 3
    DAMAGED = 4
    IN_USE = 5
    KEYRING = 6
    NOT_FOUND = 7
    CANCELLED = 8


class BizHRError(Exception):
    """Base class: an error with a sentence for a person.

    ``template`` is the English sentence with ``{name}`` fields, ``params`` what fills
    them (strings and numbers only: convert a path to ``str`` where it is raised), and
    ``message`` the English sentence they make."""

    exit_code: int = ExitCode.ERROR

    def __init__(self, template: str, /, **params: MessageParam) -> None:
        self.template = template
        self.params: dict[str, MessageParam] = params
        self.message = messages.fill(template, params)
        super().__init__(self.message)

    def render(self, translate: Callable[[str], str]) -> str:
        """The sentence in the language of *translate* (template -> translated template)."""
        return messages.render(self.template, self.params, translate)

    def __str__(self) -> str:
        return self.message


class WrongSecret(BizHRError):
    """The passphrase, recovery key or PIN does not open this vault."""

    exit_code = ExitCode.WRONG_SECRET


class VaultDamaged(BizHRError):
    """The key opened the header but the database fails its cipher or integrity check."""

    exit_code = ExitCode.DAMAGED


class ChangesMissing(VaultDamaged):
    """The vault file holds fewer saved changes than its key file records (a lost -wal)."""


class KeyHeaderDamaged(BizHRError):
    """The key header file is missing, truncated or altered."""

    exit_code = ExitCode.DAMAGED


class VaultInUse(BizHRError):
    """Another window or command has this vault open."""

    exit_code = ExitCode.IN_USE


class KeyringUnavailable(BizHRError):
    """No secure OS keyring, the keyring item is missing, or the backend changed."""

    exit_code = ExitCode.KEYRING


class InsecureKeyring(KeyringUnavailable):
    """The keyring backend in use would store secrets unsafely; it is refused by name."""


class DiskFull(BizHRError):
    """The disk has no room left; nothing was changed."""


class NewerSchema(BizHRError):
    """The vault was written by a newer BizHR Desktop."""

    exit_code = ExitCode.DAMAGED


class VaultNotFound(BizHRError):
    """No vault at the path given."""

    exit_code = ExitCode.NOT_FOUND


class VaultExists(BizHRError):
    """Refusing to overwrite an existing vault."""


class OutputRefused(BizHRError):
    """A file may not be written where asked: it is the vault's own, its key or a backup,
    or not a regular file."""


class OutputExists(OutputRefused):
    """The file to write exists already; replacing it needs the person's say-so."""


class VaultLocked(BizHRError):
    """An operation needed an unlocked vault."""


class WeakPassphrase(BizHRError):
    """A passphrase too short or too guessable to protect a vault."""


class InvalidInput(BizHRError):
    """A value a person typed or a file held is not acceptable."""


class RecordNotFound(BizHRError):
    """No record with that id."""

    exit_code = ExitCode.NOT_FOUND


class Cancelled(BizHRError):
    """The person cancelled a long operation; nothing was changed."""

    exit_code = ExitCode.CANCELLED


class ImportRejected(BizHRError):
    """An import file has bad rows or cannot be read; nothing was written."""


class ExportRefused(BizHRError):
    """An export was refused by policy or could not be written; no file was left."""


class BundleError(BizHRError):
    """An encrypted bundle could not be opened: wrong passphrase, truncated or altered."""


class BundleUnreadable(BundleError):
    """The file is not a BizHR bundle: not an age file, or its header is damaged."""

    exit_code = ExitCode.DAMAGED


class BundleWrongPassphrase(BundleError):
    """The passphrase does not open this bundle."""

    exit_code = ExitCode.WRONG_SECRET


class BundleTruncated(BundleError):
    """The bundle ends before its last block: the copy was cut short."""

    exit_code = ExitCode.DAMAGED


class BundleTampered(BundleError):
    """The bundle was altered after it was written (changed, reordered or added bytes)."""

    exit_code = ExitCode.DAMAGED


class SafetyReviewPending(BizHRError):
    """A meeting's safety review is not signed off, so no plaintext list may leave the vault."""
