"""Invitation drafts: one recipient each, or everyone in Bcc; nobody sees another's address."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.formats.eml_io import write_bcc_draft, write_invitation_drafts

SENDER = ("Network Coordinator", "coordinator@example.org")
RECIPIENTS = [
    ("أحمد محمد", "ahmed@example.org"),
    ('Zoé "Z" Müller, PhD', "zoe@example.net"),
    ("မောင်မောင်", "maung@example.com"),
]
SUBJECT = "Invitation: Deep Dive — Sudan"
BODY = "Dear colleague,\n\nYou are invited to the Deep Dive on Sudan.\n"


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _addresses(message: EmailMessage, header: str) -> list[str]:
    value = message[header]
    return [] if value is None else [address.addr_spec for address in value.addresses]


def test_one_draft_per_invitee_each_with_only_that_address() -> None:
    drafts = write_invitation_drafts(SUBJECT, BODY, RECIPIENTS, sender=SENDER)
    assert len(drafts) == len(RECIPIENTS)
    for (name, address), (_file_name, data) in zip(RECIPIENTS, drafts, strict=True):
        message = _parse(data)
        assert _addresses(message, "To") == [address]
        assert message["To"].addresses[0].display_name == name
        assert message["Cc"] is None and message["Bcc"] is None
        assert message["X-Unsent"] == "1"
        assert message["Subject"] == SUBJECT
        assert message.get_content().replace("\r\n", "\n") == BODY
        others = [other for _, other in RECIPIENTS if other != address]
        for other in others:
            assert other.encode() not in data


def test_file_names_are_safe_and_identify_nobody() -> None:
    drafts = write_invitation_drafts(SUBJECT, BODY, RECIPIENTS, sender=SENDER)
    names = [name for name, _ in drafts]
    assert len(set(names)) == len(names)
    for index, name in enumerate(names, start=1):
        assert name.startswith(f"invitation-{index:04d}-") and name.endswith(".eml")
        assert "/" not in name and "\\" not in name and ".." not in name
        for person, address in RECIPIENTS:
            assert person not in name and address.split("@")[0] not in name


def test_bcc_draft_hides_everyone_from_everyone() -> None:
    emails = [address for _, address in RECIPIENTS]
    message = _parse(write_bcc_draft(SUBJECT, BODY, emails, sender=SENDER))
    assert _addresses(message, "To") == [SENDER[1]]
    assert _addresses(message, "Bcc") == emails
    assert message["Cc"] is None
    assert message["X-Unsent"] == "1"


def test_no_message_id_or_date_that_would_reveal_this_computer() -> None:
    _, data = write_invitation_drafts(SUBJECT, BODY, RECIPIENTS[:1], sender=SENDER)[0]
    message = _parse(data)
    assert message["Message-ID"] is None and message["Date"] is None
    assert b"\r\n" in data


def test_header_injection_and_bad_addresses_are_refused() -> None:
    with pytest.raises(InvalidInput, match="invitee 1 contains a line break"):
        write_invitation_drafts(
            SUBJECT, BODY, [("Evil\r\nBcc: spy@example.org", "a@example.org")], sender=SENDER
        )
    with pytest.raises(InvalidInput, match="subject must fit on one line"):
        write_bcc_draft("Hi\nBcc: spy@example.org", BODY, ["a@example.org"], sender=SENDER)
    for bad in ("no-at-sign", "a@localhost", "two words@example.org", ""):
        with pytest.raises(InvalidInput, match="invitee 2 is not valid"):
            write_bcc_draft(SUBJECT, BODY, ["ok@example.org", bad], sender=SENDER)
    with pytest.raises(InvalidInput, match="nobody"):
        write_bcc_draft(SUBJECT, BODY, [], sender=SENDER)


def test_error_messages_do_not_repeat_the_address() -> None:
    with pytest.raises(InvalidInput) as caught:
        write_bcc_draft(SUBJECT, BODY, ["secret-person@@example.org"], sender=SENDER)
    assert "secret-person" not in str(caught.value)
