"""``bizhr meetings`` end to end, through real processes: plan a Sudan deep dive, invite,
answer, check in, review and sign off, write the programme and the invitation drafts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from icalendar import Calendar

from bizhr_desktop.core.errors import ExitCode
from bizhr_desktop.core.text import fold
from bizhr_desktop.services import vaults

REPO = Path(__file__).parents[2]
PASSPHRASE = "correct horse battery staple"
DEFENDER = "Nadia Canary-Defender"


def bizhr(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
        timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"bizhr {' '.join(args)} failed: {result.stderr}")
    return result


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, Path]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    path = tmp_path / "network.bizhr"
    bizhr("init", str(path), "--passphrase-file", str(secret), "--unlock", "passphrase",
          "--kdf-time", "0.1")  # fmt: skip
    # No import command yet: a few people straight into the vault, in this process.
    session = vaults.unlock(path, passphrase=bytearray(PASSPHRASE.encode()))
    try:
        db = session.vault.db
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        people = [
            (DEFENDER, "hrd", "SD", "critical", "nadia@example.org"),
            ("Alice Business", "business", "GB", "low", "alice@example.org"),
            ("Bruno Investor", "investor", "FR", "low", "bruno@example.net"),
            ("Chidi Civil", "civil_society", "NG", "medium", ""),
        ]
        for name, group, country, risk, email in people:
            db.execute(
                "INSERT INTO person (id, full_name, sort_name, name_key, stakeholder_group, "
                "country, risk_level, email, consent_coorganisers, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                (str(uuid.uuid4()), name, fold(name), fold(name), group, country, risk, email,
                 stamp, stamp),
            )  # fmt: skip
    finally:
        session.lock()
    return path, secret


def test_a_deep_dive_from_planning_to_drafts(vault: tuple[Path, Path], tmp_path: Path) -> None:
    path, secret = vault
    unlock = ["--passphrase-file", str(secret)]
    v = str(path)

    added = bizhr("meetings", v, "add", "--title", "Deep Dive: Sudan", "--kind", "deep_dive",
                  "--starts", "2026-11-25 10:00", "--ends", "2026-11-25 13:00",
                  "--tz", "Europe/Zurich", "--format", "in_person", "--venue", "Palais",
                  "--margin-of", "un_forum_bhr", "--focus", "SD", *unlock)  # fmt: skip
    assert "Added meeting" in added.stdout
    listed = json.loads(bizhr("meetings", v, *unlock, "list", "--year", "2026", "--json").stdout)
    (meeting,) = listed
    mid = meeting["id"]
    assert meeting["starts_at"] == "2026-11-25T09:00:00Z"
    assert meeting["local_start"] == "2026-11-25T10:00:00+01:00"
    assert meeting["focus_countries"] == ["SD"] and meeting["chatham_house"] is True

    invited = bizhr("meetings", v, "invite", mid[:8], "--all", *unlock)
    assert "Invited 4 people; 0 were already invited." in invited.stdout
    again = bizhr("meetings", v, "invite", mid, "--filter", "group=hrd,country=SD", *unlock)
    assert "Invited 0 people; 1 were already invited." in again.stdout

    bizhr("meetings", v, "rsvp", mid, "alice", "accepted", *unlock)
    assert (
        "Checked in: Bruno Investor."
        in bizhr("meetings", v, "checkin", mid, "bruno", *unlock).stdout
    )
    shown = json.loads(bizhr("meetings", v, "show", mid, "--json", *unlock).stdout)
    assert shown["invitations"]["accepted"] == 1 and shown["invitations"]["attended"] == 1
    assert shown["stakeholder_mix"]["hrd"]["invited"] == 1
    assert shown["safety"]["pending"] is True

    invitees = json.loads(bizhr("meetings", v, "invitees", mid, "--json", *unlock).stdout)
    hidden = [r for r in invitees if r["hidden"]]
    assert len(hidden) == 1 and hidden[0]["display_name"].startswith("Defender-")
    assert DEFENDER not in json.dumps(invitees)

    review = json.loads(bizhr("meetings", v, "review", mid, "--json", *unlock).stdout)
    assert review["flags"][0]["kind"] == "at_risk_from_focus_country"
    assert review["flags"][0]["severity"] == "critical"
    assert DEFENDER not in json.dumps(review)

    drafts = tmp_path / "drafts"
    refused = bizhr("meetings", v, "drafts", mid, "-o", str(drafts), "--sender", "c@ngo.org",
                    *unlock, check=False)  # fmt: skip
    assert refused.returncode == ExitCode.ERROR
    assert "safety review is not signed off" in refused.stderr
    assert not drafts.exists()

    assessment = tmp_path / "assessment.txt"
    assessment.write_text("Defender travels via Nairobi; never on the venue list.\n")
    bizhr("meetings", v, "assess", mid, "--file", str(assessment), *unlock)
    # A critical flag nobody looked at holds the sign-off back, and the refusal names it.
    early = bizhr("meetings", v, "signoff", mid, "--by", "Coordinator A", *unlock, check=False)
    assert early.returncode == ExitCode.ERROR
    assert "1 critical flag(s) are not checked yet: Defender-" in early.stderr
    assert review["unchecked_critical"] == [review["flags"][0]["key"]]
    reason = tmp_path / "reason.txt"
    reason.write_text("Talked with her on Signal: she travels via Nairobi.\n")
    checked = bizhr("meetings", v, "check", mid, review["flags"][0]["key"],
                    "--reason-file", str(reason), *unlock)  # fmt: skip
    assert "Flag marked checked" in checked.stdout
    again = json.loads(bizhr("meetings", v, "review", mid, "--json", *unlock).stdout)
    assert again["flags"][0]["checked"] is True and again["unchecked_critical"] == []
    assert "Signal" not in json.dumps(again)  # the reason stays in the vault
    signed = bizhr("meetings", v, "signoff", mid, "--by", "Coordinator A", *unlock)
    assert "signed off" in signed.stdout

    written = bizhr("meetings", v, "drafts", mid, "-o", str(drafts), "--sender",
                    "Coordinator <c@ngo.org>", *unlock)  # fmt: skip
    # Bruno already came (checked in): drafts go to those still invited or answering.
    assert "Wrote 1 unsent draft(s)" in written.stdout
    assert "No e-mail address (1): Chidi Civil" in written.stdout
    assert "secure channel (1): Defender-" in written.stdout
    files = sorted(drafts.iterdir())
    assert len(files) == 1
    for file in files:
        message = message_from_bytes(file.read_bytes(), policy=policy.default)
        assert len(message.get_all("To")) == 1 and message["Bcc"] is None
        assert b"nadia@example.org" not in file.read_bytes()
        assert "Chatham House Rule" in message.get_body().get_content()

    bcc = tmp_path / "bcc"
    bizhr("meetings", v, "drafts", mid, "-o", str(bcc), "--bcc", "--sender", "c@ngo.org", *unlock)
    (draft,) = bcc.iterdir()
    message = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert str(message["To"]) == "c@ngo.org"
    assert "alice@example.org" in str(message["Bcc"]) and "Alice" not in draft.read_text()

    ics = tmp_path / "programme.ics"
    bizhr("meetings", v, "programme", "2026", "--format", "ics", "-o", str(ics), *unlock)
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert event["dtstart"].params["TZID"] == "Europe/Zurich" and "ATTENDEE" not in event
    pdf = tmp_path / "programme.pdf"
    bizhr("meetings", v, "programme", "2026", "--format", "pdf", "-o", str(pdf), *unlock)
    assert pdf.read_bytes().startswith(b"%PDF")
    for output in (ics, pdf):
        assert DEFENDER.encode() not in output.read_bytes()

    bizhr("meetings", v, "followup", mid, "--text", "Publish a policy", "--due", "2000-01-31",
          *unlock)  # fmt: skip
    followups = json.loads(bizhr("followups", v, "--json", *unlock).stdout)
    assert [(f["text"], f["overdue"]) for f in followups] == [("Publish a policy", True)]
    assert "OVERDUE" in bizhr("meetings", v, "followups", *unlock).stdout

    bizhr("meetings", v, "cancel", mid, *unlock)
    cancelled = json.loads(
        bizhr("meetings", v, "list", "--status", "cancelled", "--json", *unlock).stdout
    )
    assert [m["id"] for m in cancelled] == [mid]


def test_errors_are_one_sentence_with_an_exit_code(vault: tuple[Path, Path]) -> None:
    path, secret = vault
    unlock = ["--passphrase-file", str(secret)]
    missing = bizhr("meetings", str(path), "show", "0000abcd", *unlock, check=False)
    assert missing.returncode == ExitCode.NOT_FOUND
    assert missing.stderr.startswith("bizhr: error: There is no meeting")
    assert "Traceback" not in missing.stderr
    gap = bizhr("meetings", str(path), "add", "--title", "T", "--kind", "other",
                "--starts", "2026-03-29 02:30", "--ends", "2026-03-29 04:00",
                "--tz", "Europe/Zurich", "--format", "virtual", *unlock, check=False)  # fmt: skip
    assert gap.returncode == ExitCode.ERROR and "does not exist in Europe/Zurich" in gap.stderr
    bad = bizhr("meetings", str(path), "add", "--title", "T", "--kind", "other",
                "--starts", "tomorrow", "--ends", "2026-03-29 04:00",
                "--tz", "Europe/Zurich", "--format", "virtual", *unlock, check=False)  # fmt: skip
    assert bad.returncode == ExitCode.USAGE and "--starts must look like" in bad.stderr
    help_text = bizhr("meetings", "--help").stdout
    assert "--json output" in help_text and "followups" in help_text
