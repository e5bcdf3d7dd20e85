"""Write invitations as unsent .eml drafts: one per invitee, or one with all addresses in Bcc."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from email import policy
from email.errors import HeaderParseError, MessageError
from email.headerregistry import Address
from email.message import EmailMessage

from bizhr_desktop.core.errors import ExportRefused, InvalidInput

__all__ = ["Sender", "write_bcc_draft", "write_invitation_drafts"]

# (display name, address) or a bare address.
Sender = tuple[str, str] | str

_LINE_BREAKS = ("\r", "\n")


def _address(name: str, email: str, what: str) -> Address:
    """An Address, refusing line breaks (header injection) and malformed addresses.

    Messages name only ``what`` (e.g. "invitee 3"), never the address itself.
    """
    if any(mark in name or mark in email for mark in _LINE_BREAKS):
        raise InvalidInput("The name or address of {what} contains a line break.", what=what)
    try:
        address = Address(display_name=name.strip(), addr_spec=email.strip())
    except (HeaderParseError, ValueError, IndexError):
        raise InvalidInput("The e-mail address of {what} is not valid.", what=what) from None
    if not address.username or not address.domain or "." not in address.domain:
        raise InvalidInput("The e-mail address of {what} is not valid.", what=what)
    return address


def _sender_address(sender: Sender) -> Address:
    name, email = ("", sender) if isinstance(sender, str) else sender
    return _address(name, email, "the sender")


def _draft(
    subject: str, body: str, sender: Address, to: Address, bcc: Sequence[Address] = ()
) -> EmailMessage:
    if any(mark in subject for mark in _LINE_BREAKS):
        raise InvalidInput("The subject must fit on one line.")
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = to
    if bcc:
        message["Bcc"] = list(bcc)
    message["Subject"] = subject
    # Thunderbird, Outlook and Apple Mail open a message with this header as a draft to send.
    message["X-Unsent"] = "1"
    # No Date or Message-ID: the mail program adds them when sending; a Message-ID made here
    # would carry this computer's host name.
    message.set_content(body, charset="utf-8")
    return message


def _serialise(message: EmailMessage) -> bytes:
    try:
        return message.as_bytes()
    except (MessageError, UnicodeError, ValueError):
        # e.g. an address with non-ASCII characters, which plain SMTP drafts cannot carry
        raise ExportRefused(
            "An e-mail draft could not be written: an address cannot be encoded."
        ) from None


def write_invitation_drafts(
    subject: str,
    body: str,
    recipients: Sequence[tuple[str, str]],
    *,
    sender: Sender,
) -> list[tuple[str, bytes]]:
    """One draft per invitee, addressed to that invitee alone, as ``(file name, bytes)``.

    File names hold an index and a hash of the message, never a name or an address, since
    a folder listing is often seen by more people than the files' contents.
    """
    from_address = _sender_address(sender)
    drafts: list[tuple[str, bytes]] = []
    width = max(4, len(str(len(recipients))))
    for index, (name, email) in enumerate(recipients, start=1):
        to = _address(name, email, f"invitee {index}")
        message = _draft(subject, body, from_address, to)
        data = _serialise(message)
        digest = hashlib.sha256(data).hexdigest()[:8]
        drafts.append((f"invitation-{index:0{width}d}-{digest}.eml", data))
    return drafts


def write_bcc_draft(subject: str, body: str, emails: Sequence[str], *, sender: Sender) -> bytes:
    """One draft to the sender, every invitee in Bcc, so no invitee sees another's address."""
    from_address = _sender_address(sender)
    if not emails:
        raise InvalidInput("There is nobody to invite.")
    bcc = [_address("", email, f"invitee {index}") for index, email in enumerate(emails, start=1)]
    message = _draft(subject, body, from_address, from_address, bcc)
    return _serialise(message)
