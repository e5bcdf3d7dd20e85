"""``bizhr import`` and ``bizhr people`` / ``bizhr orgs`` end to end, through real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ExitCode

REPO = Path(__file__).parents[2]
DATA = REPO / "tests" / "data"
PASSPHRASE = "correct horse battery staple"


def bizhr(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
        input=stdin,
        timeout=120,
    )


@pytest.fixture
def vault(tmp_path: Path) -> tuple[str, list[str]]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    path = tmp_path / "network.bizhr"
    init = bizhr("init", str(path), "--passphrase-file", str(secret), "--unlock", "passphrase",
                 "--kdf-time", "0.1")  # fmt: skip
    assert init.returncode == 0, init.stderr
    return str(path), ["--passphrase-file", str(secret)]


def people_json(vault: str, unlock: list[str], *extra: str) -> dict:  # type: ignore[type-arg]
    result = bizhr("people", vault, "list", "--json", *extra, *unlock)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_import_list_search_show_erase(vault: tuple[str, list[str]]) -> None:
    path, unlock = vault
    imported = bizhr("import", path, str(DATA / "people_good.csv"), *unlock)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 30 people" in imported.stdout

    listing = people_json(path, unlock)
    assert listing["total"] == 30 and listing["count"] == 30
    rows = listing["people"]
    assert set(rows[0]) >= {"id", "label", "masked", "full_name", "risk_level", "tags"}
    masked = [r for r in rows if r["masked"]]
    assert masked and all(r["full_name"] is None for r in masked)
    assert all(r["label"] == r["pseudonym"] for r in masked)
    hrds = people_json(path, unlock, "--group", "hrd", "--risk", "critical")
    assert hrds["total"] == 4
    assert people_json(path, unlock, "--country", "MM")["total"] == 3
    in_region = people_json(path, unlock, "--region", "South-eastern Asia")["total"]
    assert in_region >= 3  # Myanmar is in South-eastern Asia, with any neighbours in the file

    search = bizhr("people", path, "search", "jose", "--json", *unlock)
    found = json.loads(search.stdout)["people"]
    assert {r["full_name"] for r in found} == {"José Fictício Pérez", "María José Ejemplo"}
    plain = bizhr("people", path, "search", "jose", *unlock)
    assert "José Fictício Pérez" in plain.stdout

    # A defender outside "Example Myanmar Network", whose head count is checked below.
    amira = json.loads(bizhr("people", path, "search", "Amira", "--json", *unlock).stdout)
    defender = next(r for r in amira["people"] if r["risk_level"] == "critical")
    shown = bizhr("people", path, "show", defender["id"], *unlock)
    assert shown.returncode == 0 and defender["pseudonym"] in shown.stdout
    assert "hidden" in shown.stdout
    hidden = json.loads(bizhr("people", path, "show", defender["id"], "--json", *unlock).stdout)
    assert hidden["full_name"] is None and hidden["notes"] is None
    revealed = json.loads(
        bizhr("people", path, "show", defender["id"], "--json", "--reveal", *unlock).stdout
    )
    assert revealed["full_name"] and revealed["revealed"] is True

    refused = bizhr("people", path, "erase", defender["id"], *unlock, stdin="")
    assert refused.returncode == ExitCode.USAGE
    assert "--yes" in refused.stderr
    assert people_json(path, unlock)["total"] == 30
    erased = bizhr("people", path, "erase", defender["id"], "--yes", *unlock)
    assert erased.returncode == 0, erased.stderr
    assert people_json(path, unlock)["total"] == 29
    gone = bizhr("people", path, "show", defender["id"], *unlock)
    assert gone.returncode == ExitCode.NOT_FOUND

    orgs = json.loads(bizhr("orgs", path, "list", "--json", *unlock).stdout)["organisations"]
    assert any(o["name"] == "Example Myanmar Network" and o["people_count"] == 2 for o in orgs)
    dupes = bizhr("people", path, "duplicates", "--json", *unlock)
    assert json.loads(dupes.stdout) == {"pairs": []}


def test_bad_file_reports_rows_and_changes_nothing(vault: tuple[str, list[str]]) -> None:
    path, unlock = vault
    assert bizhr("import", path, str(DATA / "people_good.csv"), *unlock).returncode == 0
    bad = bizhr("import", path, str(DATA / "people_bad.csv"), *unlock)
    assert bad.returncode == ExitCode.ERROR
    assert (
        "row 4, Stakeholder group: “pirates” is not one of: Business, Investor, Civil society, "
        "Human rights defender, Government, UN / intergovernmental, Other." in bad.stderr
    )
    assert "row 5, Email: “not-an-email” must contain exactly one @." in bad.stderr
    assert "9 of 10 rows have 9 problem(s); nothing was imported" in bad.stderr
    assert people_json(path, unlock)["total"] == 30
    skipped = bizhr("import", path, str(DATA / "people_bad.csv"), "--skip-bad-rows", *unlock)
    assert skipped.returncode == 0
    assert "skipped 9 bad row(s)" in skipped.stdout
    assert people_json(path, unlock)["total"] == 31


def test_every_problem_of_a_row_is_printed_in_plain_english(
    vault: tuple[str, list[str]], tmp_path: Path
) -> None:
    path, unlock = vault
    csv = tmp_path / "three.csv"
    csv.write_text(
        "Name,Group,E-mail,Country\nAna Example,,not-an-email,ZZ\nBo Example,hrd,,KE\n",
        encoding="utf-8",
    )
    refused = bizhr("import", path, str(csv), *unlock)
    assert refused.returncode == ExitCode.ERROR
    lines = [line for line in refused.stderr.splitlines() if line.startswith("row ")]
    assert lines == [
        "row 2, Stakeholder group (column “Group”): This cell is empty; write one of: Business, "
        "Investor, Civil society, Human rights defender, Government, UN / intergovernmental, "
        "Other.",
        "row 2, Country: Country “ZZ” is not one we know: use its English name (such as "
        "“Kenya”) or its two-letter code (such as “KE”).",
        "row 2, Email (column “E-mail”): “not-an-email” must contain exactly one @.",
    ]
    assert "civil_society" not in refused.stderr
    assert "1 of 2 rows have 3 problem(s); nothing was imported" in refused.stderr
    assert people_json(path, unlock)["total"] == 0
    skipped = bizhr("import", path, str(csv), "--skip-bad-rows", *unlock)
    assert skipped.returncode == 0, skipped.stderr
    assert "Imported 1 people; skipped 1 bad row(s)." in skipped.stdout
    assert [p["full_name"] for p in people_json(path, unlock)["people"]] == ["Bo Example"]


def test_map_option_and_unknown_columns(vault: tuple[str, list[str]], tmp_path: Path) -> None:
    path, unlock = vault
    csv = tmp_path / "odd.csv"
    csv.write_text("Who,Kind of stakeholder,Shoe size\nAna Example,hrd,42\n", encoding="utf-8")
    refused = bizhr("import", path, str(csv), *unlock)
    assert refused.returncode == ExitCode.ERROR
    assert "row 1, column “Shoe size”: This column is not one BizHR knows" in refused.stderr
    maps = ["--map", "Who=full_name", "--map", "Kind of stakeholder=stakeholder_group"]
    ok = bizhr("import", path, str(csv), *maps, "--map", "Shoe size=", *unlock)
    assert ok.returncode == 0, ok.stderr
    # The mapping is remembered for this header row.
    again = bizhr("import", path, str(csv), *unlock)
    assert again.returncode == 0, again.stderr
    assert people_json(path, unlock)["total"] == 2
    dupes = json.loads(bizhr("people", path, "duplicates", "--json", *unlock).stdout)["pairs"]
    assert dupes and dupes[0]["reasons"] == ["same name"]
    first, second = dupes[0]["first"]["id"], dupes[0]["second"]["id"]
    merged = bizhr("people", path, "merge", first, second, "--yes", *unlock)
    assert merged.returncode == 0, merged.stderr
    assert people_json(path, unlock)["total"] == 1


def test_a_search_text_can_stay_out_of_the_process_list(
    vault: tuple[str, list[str]], tmp_path: Path
) -> None:
    path, unlock = vault
    assert bizhr("import", path, str(DATA / "people_good.csv"), *unlock).returncode == 0
    term = tmp_path / "term.txt"
    term.write_text("jose\n")
    from_file = bizhr("people", path, "search", "--search-file", str(term), "--json", *unlock)
    assert from_file.returncode == 0, from_file.stderr
    names = {r["full_name"] for r in json.loads(from_file.stdout)["people"]}
    assert names == {"José Fictício Pérez", "María José Ejemplo"}
    from_stdin = bizhr("people", path, "search", "--search-file", "-", "--json", *unlock,
                       stdin="jose\n")  # fmt: skip
    assert json.loads(from_stdin.stdout)["people"] == json.loads(from_file.stdout)["people"]

    no_terminal = bizhr("people", path, "search", *unlock, stdin="")
    assert no_terminal.returncode == ExitCode.USAGE and "--search-file" in no_terminal.stderr
    both = bizhr("people", path, "search", "--search-file", "-", "--passphrase-file", "-",
                 stdin="jose\n")  # fmt: skip
    assert both.returncode == ExitCode.USAGE and "both" in both.stderr

    exported = bizhr("export", path, "--audience", "venue", "--format", "csv", "--preview",
                     "--json", "--search-file", str(term), *unlock)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["summary"]["total"] == 2
    for command in (("people", path, "search", "--help"), ("export", path, "--help")):
        shown = bizhr(*command).stdout
        assert "process list" in shown and "--search-file" in shown


def test_the_command_line_masks_what_the_window_masks(vault: tuple[str, list[str]]) -> None:
    path, unlock = vault
    assert bizhr("import", path, str(DATA / "people_good.csv"), *unlock).returncode == 0
    rows = people_json(path, unlock)["people"]
    masked = [r for r in rows if r["masked"]]
    assert masked
    with open(DATA / "people_good.csv", encoding="utf-8-sig") as handle:
        import csv

        records = {r["full_name"]: r for r in csv.DictReader(handle)}
    at_risk = [r for r in records.values() if r["risk_level"] in ("high", "critical")]
    for row in masked:
        assert row["full_name"] is None and row["organisation"] is None and row["role"] is None
        assert row["country"] is None and row["tags"] is None
    plain = bizhr("people", path, "list", "--limit", "100", *unlock).stdout
    searched = bizhr("people", path, "search", "a", "--limit", "100", *unlock).stdout
    for record in at_risk:
        for text in (plain, searched):
            assert record["full_name"] not in text
            if record["organisation"]:
                assert record["organisation"] not in text, record["organisation"]
    one = masked[0]
    shown = bizhr("people", path, "show", one["id"], *unlock).stdout
    source = next(r for r in at_risk if r["full_name"] and one["pseudonym"])
    assert "(hidden" in shown
    for row in at_risk:
        if row["role"] and row["role"] in shown:
            raise AssertionError(f"role of a masked person shown: {row['role']}")
    revealed = json.loads(bizhr("people", path, "show", one["id"], "--reveal", "--json",
                                *unlock).stdout)  # fmt: skip
    assert revealed["full_name"] and revealed["organisation"] is not None
    assert source  # the data file holds at-risk people with pseudonyms


def test_duplicates_never_print_a_name_beside_a_pseudonym(
    vault: tuple[str, list[str]], tmp_path: Path
) -> None:
    path, unlock = vault
    twins = tmp_path / "twins.csv"
    twins.write_text(
        "full_name,stakeholder_group,risk_level,organisation\n"
        "Jonas Martin,hrd,critical,Grassroots Qorg003\n"
        "Jonas Martin,business,low,Acme\n",
        encoding="utf-8",
    )
    assert bizhr("import", path, str(twins), *unlock).returncode == 0
    text = bizhr("people", path, "duplicates", *unlock).stdout
    assert "same name" in text and "Jonas Martin" not in text and "Qorg003" not in text
    data = json.loads(bizhr("people", path, "duplicates", "--json", *unlock).stdout)
    for pair in data["pairs"]:
        for side in ("first", "second"):
            assert pair[side]["full_name"] is None and pair[side]["organisation"] is None


def test_import_says_which_invisible_characters_it_takes_out(
    vault: tuple[str, list[str]], tmp_path: Path
) -> None:
    path, unlock = vault
    csv = tmp_path / "lying.csv"
    csv.write_text(
        "Name,Group\nPeter\u202e olleh\u202c Mwangi,civil_society\nAna Example,business\n",
        encoding="utf-8",
    )
    imported = bizhr("import", path, str(csv), *unlock)
    assert imported.returncode == 0, imported.stderr
    assert (
        "row 2, Full name (column “Name”): invisible characters removed: RIGHT-TO-LEFT "
        "OVERRIDE (U+202E), POP DIRECTIONAL FORMATTING (U+202C)"
    ) in imported.stderr
    assert "row 3" not in imported.stderr
    assert "Imported 2 people" in imported.stdout
