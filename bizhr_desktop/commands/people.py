"""``bizhr import``, ``bizhr people`` and ``bizhr orgs``: people and organisations from a terminal.

People at high or critical risk are shown by pseudonym unless ``--reveal`` is given, as in the
window. ``--json`` output is stable; its schema is in each command's help and docs/cli-json.md.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from bizhr_desktop.commands._common import (
    SEARCH_PRIVACY,
    Command,
    UsageError,
    add_search_file_option,
    open_session,
    print_json,
    search_text,
)
from bizhr_desktop.core.countries import region_of
from bizhr_desktop.core.errors import BizHRError, ExitCode, ImportRejected
from bizhr_desktop.core.m49 import M49_REGION
from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup
from bizhr_desktop.core.text import excerpt
from bizhr_desktop.services import importing
from bizhr_desktop.services.organisations import OrganisationRow
from bizhr_desktop.services.people import PeopleQuery, PersonRow

PERSON_ROW_SCHEMA = """\
A person row (list, search, duplicates) is an object:
  id                    string   record id (UUID)
  label                 string   what to call them: the pseudonym when masked, else the name
  masked                boolean  true for high/critical risk
  full_name             string or null (null when masked)
  pseudonym             string   ("" when none is needed)
  stakeholder_group     string   business|investor|civil_society|hrd|government|
                                 intergovernmental|other
  organisation          string or null (null when masked)
  role                  string or null (null when masked)
  country               string or null: ISO 3166-1 alpha-2, or ""; null when masked
  region                string   UN M49 sub-region of the country, or ""
  risk_level            string   low|medium|high|critical
  consent_network       boolean
  consent_coorganisers  boolean
  consent_public        boolean
  consent_date          string (yyyy-mm-dd) or null
  participation         string   active|paused|left
  tags                  array of strings, or null when masked
A masked person (high or critical risk; in duplicates, anyone paired with one) is shown as
the People page shows them: pseudonym, group, region, risk and consent; nothing that
singles them out. "people show --reveal" shows everything.
"""

LIST_EPILOG = (
    '--json prints {"total": int (matching people), "count": int (rows printed), '
    '"people": [person row, ...]}.\n\n' + PERSON_ROW_SCHEMA
)
SHOW_EPILOG = """\
--json prints one object with every field of the person row plus:
  email, phone, secure_channel, notes   string, or null when masked and not --reveal
  languages                             array of ISO 639-1 codes
  consent_method                        string
  joined_on, commitment_acknowledged_on string (yyyy-mm-dd) or null
  revealed                              boolean  (true when --reveal was given)
With --reveal, full_name is given for a masked person too.
"""
DUPLICATES_EPILOG = (
    '--json prints {"pairs": [{"first": person row, "second": person row, '
    '"reasons": ["same name"|"same email"|"same phone", ...]}, ...]}.\n\n' + PERSON_ROW_SCHEMA
)
ORGS_EPILOG = """\
--json prints {"organisations": [object, ...]}, each object:
  id                 string   record id (UUID)
  name               string
  kind               string   company|investor|ngo|grassroots|government|un_agency|academic|other
  sector             string
  country            string   ISO 3166-1 alpha-2, or ""
  public_commitment  boolean
  commitment_date    string (yyyy-mm-dd) or null
  people_count       integer
"""
IMPORT_EPILOG = """\
Each problem is printed on standard error as "row N, column C: reason" (the header is row 1).
When any row is bad, nothing is written and the exit code is 1, unless --skip-bad-rows is given.
Columns are matched by name (exact field names, a remembered mapping, common synonyms);
--map "File column=field" maps one more, and --map "File column=" ignores it.
"""


# ---------------------------------------------------------------- output helpers


HIDDEN = "(hidden)"


def _region(code: str) -> str:
    try:
        return region_of(code) if code else ""
    except BizHRError:
        return ""


def person_row_json(row: PersonRow, *, hide: bool | None = None) -> dict[str, Any]:
    """A person row as the People page shows it: for a masked person (high or critical
    risk, or *hide*) no name, organisation, role, exact country or tags, only the region."""
    hidden = row.masked if hide is None else hide
    return {
        "id": row.id,
        "label": (row.pseudonym or HIDDEN) if hidden else row.label,
        "masked": hidden,
        "full_name": None if hidden else row.full_name,
        "pseudonym": row.pseudonym,
        "stakeholder_group": row.stakeholder_group.value,
        "organisation": None if hidden else row.organisation,
        "role": None if hidden else row.role,
        "country": None if hidden else row.country,
        "region": _region(row.country),
        "risk_level": row.risk_level.value,
        "consent_network": row.consent_network,
        "consent_coorganisers": row.consent_coorganisers,
        "consent_public": row.consent_public,
        "consent_date": row.consent_date.isoformat() if row.consent_date else None,
        "participation": row.participation.value,
        "tags": None if hidden else list(row.tags),
    }


def person_json(row: PersonRow, person: Person, *, reveal: bool) -> dict[str, Any]:
    hidden = row.masked and not reveal
    data = person_row_json(row, hide=hidden)

    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    data.update(
        {
            "email": None if hidden else person.email,
            "phone": None if hidden else person.phone,
            "secure_channel": None if hidden else person.secure_channel,
            "notes": None if hidden else person.notes,
            "languages": list(person.languages),
            "consent_method": person.consent_method,
            "joined_on": day(person.joined_on),
            "commitment_acknowledged_on": day(person.commitment_acknowledged_on),
            "revealed": reveal,
        }
    )
    return data


def org_json(row: OrganisationRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind.value,
        "sector": row.sector,
        "country": row.country,
        "public_commitment": row.public_commitment,
        "commitment_date": row.commitment_date.isoformat() if row.commitment_date else None,
        "people_count": row.people_count,
    }


def _pair_hidden(pair: Any) -> bool:
    return bool(pair.first.masked or pair.second.masked)


def _cell(text: str, width: int) -> str:
    text = excerpt(text, width - 1) if len(text) >= width else text
    return text.ljust(width)


def print_rows(rows: list[PersonRow], total: int) -> None:
    if not rows:
        print("No people match.")
        return
    print(
        _cell("NAME", 32) + _cell("GROUP", 18) + _cell("ORGANISATION", 26)
        + _cell("WHERE", 20) + _cell("RISK", 10) + "ID"
    )  # fmt: skip
    for row in rows:
        # As on the People page: a masked person shows the pseudonym and the region only.
        shown = person_row_json(row)
        where = shown["country"] if shown["country"] is not None else shown["region"]
        print(
            _cell(shown["label"], 32) + _cell(row.stakeholder_group.value, 18)
            + _cell(shown["organisation"] if shown["organisation"] is not None else HIDDEN, 26)
            + _cell(where or "", 20) + _cell(row.risk_level.value, 10) + row.id
        )  # fmt: skip
    if total > len(rows):
        print(f"({len(rows)} of {total} shown; use --limit and --offset for more)")


def confirm(args: argparse.Namespace, question: str) -> None:
    """Ask a person to type "erase"/"merge" at a terminal; refuse without one and without --yes."""
    if args.yes:
        return
    word = args.action
    if not sys.stdin.isatty():
        raise UsageError(
            "This cannot be undone, so it needs a confirmation: run it at a terminal, "
            "or add --yes. Nothing was changed."
        )
    print(question)
    answer = input(f"Type {word} to go ahead: ").strip()
    if answer != word:
        raise UsageError("Not confirmed; nothing was changed.")


# ---------------------------------------------------------------- handlers


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    kind = importing.ImportKind(args.kind)
    table = importing.read_file(path)
    overrides: dict[str, str] = {}
    for item in args.map or []:
        column, sep, target = item.rpartition("=")
        if not sep or not column:
            raise UsageError(f"--map takes FILECOL=FIELD (or FILECOL= to ignore), not {item!r}.")
        if column not in table.headers:
            raise UsageError(f"--map: the file has no column called {column!r}.")
        overrides[column] = target.strip()
    with open_session(args) as session:
        mapping = session.importing.suggest_mapping(kind, table.headers)
        mapping.update(overrides)
        plan = session.importing.plan(kind, table, mapping)
        # Every problem of every row, in English: "row 5, Email: “x” must contain exactly one @."
        for problem in plan.problems:
            print(problem, file=sys.stderr)
        for value in plan.cleaned:  # stored without them: said before anything is written
            print(value, file=sys.stderr)
        if plan.header_problems:
            raise ImportRejected(
                "The file's columns have {count} problem(s); nothing was imported.",
                count=len(plan.header_problems),
            )
        if plan.problems and not args.skip_bad_rows:
            raise ImportRejected(
                "{bad_rows} of {total_rows} rows have {count} problem(s); nothing was "
                "imported. Fix them, or add --skip-bad-rows to import the other rows.",
                bad_rows=plan.bad_rows,
                total_rows=plan.total_rows,
                count=len(plan.problems),
            )
        result = session.importing.run(plan, skip_bad_rows=args.skip_bad_rows)
    noun = "people" if kind is importing.ImportKind.PEOPLE else "organisations"
    line = f"Imported {result.added} {noun}"
    if result.skipped:
        line += f"; skipped {result.skipped} bad row(s)"
    if kind is importing.ImportKind.PEOPLE and result.organisations_created:
        line += f"; created {result.organisations_created} organisation(s)"
    if result.updated:
        line += f"; updated {result.updated} existing organisation(s)"
    print(line + ".")
    return ExitCode.OK


def _query(args: argparse.Namespace, text: str = "") -> PeopleQuery:
    return PeopleQuery(
        text=text,
        groups=frozenset(StakeholderGroup(g) for g in getattr(args, "group", None) or []),
        countries=frozenset(c.upper() for c in getattr(args, "country", None) or []),
        regions=frozenset(getattr(args, "region", None) or []),
        risk_levels=frozenset(RiskLevel(r) for r in getattr(args, "risk", None) or []),
        tags=frozenset(getattr(args, "tag", None) or []),
        consent_due=bool(getattr(args, "consent_due", False)),
        retention_due=bool(getattr(args, "retention_due", False)),
    )


def _list(args: argparse.Namespace, query: PeopleQuery) -> int:
    with open_session(args) as session:
        people = session.people
        total = people.count(query)
        rows = people.page(query, args.offset, args.limit)
    if args.json:
        print_json(
            {"total": total, "count": len(rows), "people": [person_row_json(r) for r in rows]}
        )
    else:
        print_rows(rows, total)
    return ExitCode.OK


def cmd_people(args: argparse.Namespace) -> int:
    action = args.action
    if action == "list":
        return _list(args, _query(args))
    if action == "search":
        return _list(args, _query(args, search_text(args, args.text, ask=True)))
    with open_session(args) as session:
        people = session.people
        if action == "show":
            row = people.row(args.id)
            person = people.get(args.id)
            return _show(args, row, person)
        if action == "erase":
            preview = people.erasure_preview(args.id)
            confirm(
                args,
                f"Erase {preview.person.label} for good: the record, {preview.tags} tag(s), "
                f"{preview.contact_log_entries} contact-log entr(ies) and "
                f"{preview.invitations} invitation(s). This cannot be undone.",
            )
            report = people.erase(args.id)
            print(
                f"Erased. Removed {report.invitations} invitation(s), "
                f"{report.contact_log_entries} contact-log entr(ies) and {report.tags} tag(s)."
            )
            if report.mentions:
                print(f"{len(report.mentions)} place(s) still mention them; review these by hand:")
                for mention in report.mentions:
                    print(
                        f"  {mention.kind} {mention.record_id} ({mention.label}): {mention.field}"
                    )
            return ExitCode.OK
        if action == "duplicates":
            pairs = people.duplicate_candidates(args.limit)
            if args.json:
                # A pair with anyone masked hides both records, as the window does: beside
                # "same name", the other record's name would give the masked one away.
                print_json(
                    {
                        "pairs": [
                            {
                                "first": person_row_json(p.first, hide=_pair_hidden(p)),
                                "second": person_row_json(p.second, hide=_pair_hidden(p)),
                                "reasons": list(p.reasons),
                            }
                            for p in pairs
                        ]
                    }
                )
            elif not pairs:
                print("No likely duplicates found.")
            else:
                for pair in pairs:
                    first = person_row_json(pair.first, hide=_pair_hidden(pair))
                    second = person_row_json(pair.second, hide=_pair_hidden(pair))
                    print(
                        f"{first['label']} ({pair.first.id})  <->  "
                        f"{second['label']} ({pair.second.id}): {pair.reason}"
                    )
            return ExitCode.OK
        if action == "merge":
            merge = people.merge_preview(args.keep, args.drop)
            changed = ", ".join(d.field for d in merge.differences) or "none"
            confirm(
                args,
                f"Merge {merge.drop.label} into {merge.keep.label}: fields that differ: "
                f"{changed}; {merge.invitations_moved} invitation(s) and "
                f"{merge.contact_log_moved} contact-log entr(ies) move over, "
                f"{merge.invitations_combined} shared invitation(s) are combined. "
                f"{merge.drop.label} is then removed.",
            )
            people.merge(args.keep, args.drop)
            print(f"Merged into {args.keep}.")
            return ExitCode.OK
    raise UsageError(f"Unknown action {action!r}.")  # argparse's choices make this unreachable


def _show(args: argparse.Namespace, row: PersonRow, person: Person) -> int:
    data = person_json(row, person, reveal=args.reveal)
    if args.json:
        print_json(data)
        return ExitCode.OK
    hidden = "(hidden: high or critical risk; use --reveal)"
    name = person.full_name if (args.reveal or not row.masked) else hidden

    def shown(value: str | None) -> str:
        return value if value is not None else hidden

    lines = [
        ("Name", name),
        ("Pseudonym", row.pseudonym),
        ("Group", row.stakeholder_group.value),
        ("Organisation", shown(data["organisation"])),
        ("Role", shown(data["role"])),
        ("Country", data["country"] if data["country"] is not None else data["region"]),
        ("Risk", row.risk_level.value),
        ("Email", shown(data["email"])),
        ("Phone", shown(data["phone"])),
        ("Secure channel", shown(data["secure_channel"])),
        ("Languages", ", ".join(person.languages)),
        ("Consent", ", ".join(
            n for n, v in (("network", row.consent_network),
                           ("co-organisers", row.consent_coorganisers),
                           ("public", row.consent_public)) if v) or "none"),
        ("Consent date", data["consent_date"] or ""),
        ("Participation", row.participation.value),
        ("Tags", ", ".join(data["tags"]) if data["tags"] is not None else hidden),
        ("Notes", shown(data["notes"])),
        ("Id", row.id),
    ]  # fmt: skip
    for label, value in lines:
        print(f"{label + ':':<16}{value}")
    return ExitCode.OK


def cmd_orgs(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        rows = session.organisations.list(args.text or "")
    if args.json:
        print_json({"organisations": [org_json(r) for r in rows]})
        return ExitCode.OK
    if not rows:
        print("No organisations.")
    for row in rows:
        print(f"{_cell(row.name, 40)}{_cell(row.kind.value, 12)}{_cell(row.country, 4)}"
              f"{row.people_count:>6}  {row.id}")  # fmt: skip
    return ExitCode.OK


# ---------------------------------------------------------------- parser


def _unlock_options_again(parser: argparse.ArgumentParser) -> None:
    """Let the unlock options also follow the action (``bizhr people V list --passphrase-file
    F``). SUPPRESS keeps an absent option from overwriting one given before the action."""
    group = parser.add_argument_group("unlocking (also accepted before the action)")
    group.add_argument("--passphrase-file", metavar="PATH", default=argparse.SUPPRESS)
    group.add_argument("--recovery-key-file", metavar="PATH", default=argparse.SUPPRESS)
    group.add_argument("--keyring-only", action="store_true", default=argparse.SUPPRESS)


def _action(actions: Any, name: str, help_text: str, epilog: str = "") -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=epilog or None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _unlock_options_again(parser)
    return parser


def _list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--limit", type=int, default=100, metavar="N", help="rows (default 100)")
    parser.add_argument("--offset", type=int, default=0, metavar="N", help="rows to skip first")


def register(sub: Any, command: Command) -> None:
    p = command("import", cmd_import, "import people or organisations from a .csv or .xlsx file")
    p.epilog = IMPORT_EPILOG + "\n" + (p.epilog or "")
    p.add_argument("file", metavar="FILE", help="the .csv (UTF-8) or .xlsx file")
    p.add_argument(
        "--kind",
        choices=[k.value for k in importing.ImportKind],
        default=importing.ImportKind.PEOPLE.value,
        help="what the file holds (default people)",
    )
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and leave out the bad ones (listed) instead of refusing",
    )
    p.add_argument(
        "--map",
        action="append",
        metavar="FILECOL=FIELD",
        help="map a file column to a field (FIELD empty: ignore the column); repeatable",
    )

    p = command("people", cmd_people, "list, search, show, erase and merge people")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = _action(actions, "list", "list people, filtered", LIST_EPILOG)
    _list_options(a)
    a.add_argument("--group", action="append", choices=[g.value for g in StakeholderGroup])
    a.add_argument("--country", action="append", metavar="CC", help="ISO alpha-2; repeatable")
    a.add_argument(
        "--region",
        action="append",
        metavar="NAME",
        choices=sorted(set(M49_REGION.values())),
        help='UN M49 sub-region, e.g. "Eastern Africa"; repeatable',
    )
    a.add_argument("--risk", action="append", choices=[r.value for r in RiskLevel])
    a.add_argument("--tag", action="append", metavar="TAG", help="repeatable (any of them)")
    a.add_argument(
        "--consent-due",
        action="store_true",
        help="consent missing, or older than the vault's renewal period (24 months unless "
        "changed in Settings)",
    )
    a.add_argument(
        "--retention-due", action="store_true", help="no activity for the retention period"
    )
    a = _action(actions, "search", "search names, organisations, roles, countries, tags",
                LIST_EPILOG + "\nTEXT: " + SEARCH_PRIVACY + ".\n")  # fmt: skip
    a.add_argument(
        "text", metavar="TEXT", nargs="?", help="what to look for (asked for when left out)"
    )
    add_search_file_option(a)
    _list_options(a)
    a = _action(actions, "show", "show one person", SHOW_EPILOG)
    a.add_argument("id", metavar="ID")
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a.add_argument(
        "--reveal", action="store_true", help="show name and contact of a high/critical person"
    )
    a = _action(actions, "erase", "erase a person and every trace of them (right to erasure)")
    a.add_argument("id", metavar="ID")
    a.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    a = _action(actions, "duplicates", "list likely duplicates (same name, email or phone)",
                DUPLICATES_EPILOG)  # fmt: skip
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a.add_argument("--limit", type=int, default=100, metavar="N", help="pairs (default 100)")
    a = _action(actions, "merge", "merge DROP into KEEP (invitations and contact log move)")
    a.add_argument("keep", metavar="KEEP", help="id of the record that stays")
    a.add_argument("drop", metavar="DROP", help="id of the record folded into it")
    a.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = command("orgs", cmd_orgs, "list organisations")
    p.epilog = ORGS_EPILOG + "\n" + (p.epilog or "")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = _action(actions, "list", "list organisations with their number of people", ORGS_EPILOG)
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a.add_argument("--text", default="", help="only names containing this")
