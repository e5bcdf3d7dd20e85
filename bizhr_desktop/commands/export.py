"""``bizhr export`` and ``bizhr import-bundle``: contact-safe lists and encrypted bundles.

``export`` always goes through the audience policy; ``--preview`` prints exactly the rows the
file would hold, with the summary of who is named, pseudonymised or only counted, and writes
nothing. A bundle's generated passphrase is printed once, on standard output, and never
stored: pass it to the recipient by another channel than the file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bizhr_desktop.commands._common import (
    SEARCH_PRIVACY,
    Command,
    UsageError,
    add_force_option,
    add_search_file_option,
    open_session,
    print_json,
    prompt_secret,
    read_secret_file,
    search_text,
)
from bizhr_desktop.core.errors import ExitCode
from bizhr_desktop.core.models import Audience, Participation, RiskLevel, StakeholderGroup
from bizhr_desktop.core.policy import DEFAULT_K
from bizhr_desktop.core.text import excerpt, shown_visibly
from bizhr_desktop.services import bundles, exporting
from bizhr_desktop.services.exporting import (
    ExportFormat,
    ExportPreview,
    ExportRequest,
    ExportScope,
    MeetingList,
)
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import STANDARD_OUTPUT

EXPORT_EPILOG = """\
audiences (shared/DATA.md):
  public        report, website: named only with consent_public and low risk; disclaimer line
  venue         badge / entry list: consent_coorganisers, risk up to medium; no contact fields
  coorganisers  partner NGO: as venue, plus email (never for high/critical risk)
  internal      another coordinator's vault: every field, only as an encrypted bundle
Everyone not named appears under a pseudonym with group and region, or only in a count line
where fewer than K share that group and region. A CSV/XLSX list ends with its count lines
(text in the first column) and, for the public, the disclaimer row.

A meeting list (--meeting) of a meeting whose safety review is not signed off is refused
unless --override-reason says why it must leave now; the reason is stored in the vault.
"""

IMPORT_BUNDLE_EPILOG = """\
Records are matched by id. New ones are added; identical ones left alone; for records that
differ the vault's version is kept unless --prefer bundle (the bundle's) or --prefer newer
(the more recently edited). Everything is written in one transaction, or nothing.
"""


def _scope(args: argparse.Namespace, session: Any) -> ExportScope:
    if args.meeting:
        record = session.meetings.find(args.meeting)
        return ExportScope.meeting(record.id, MeetingList(args.list))
    filters: dict[str, Any] = {}
    if args.group:
        filters["groups"] = frozenset(StakeholderGroup(g) for g in args.group)
    if args.country:
        filters["countries"] = frozenset(c.strip().upper() for c in args.country)
    if args.region:
        filters["regions"] = frozenset(args.region)
    if args.risk:
        filters["risk_levels"] = frozenset(RiskLevel(r) for r in args.risk)
    if args.participation:
        filters["participation"] = frozenset(Participation(p) for p in args.participation)
    if args.tag:
        filters["tags"] = frozenset(args.tag)
    text = search_text(args, args.search, ask=False)
    if text:
        filters["text"] = text
    if not filters:
        return ExportScope.everyone()
    return ExportScope.filtered(PeopleQuery(**filters))


def _request(args: argparse.Namespace, scope: ExportScope) -> ExportRequest:
    if not args.meeting:
        for flag, value in (
            ("--list", args.list != MeetingList.ACCEPTED.value),
            ("--attendance-record", args.attendance_record),
            ("--override-reason", args.override_reason),
        ):
            if value:
                raise UsageError(f"{flag} applies to a meeting's list: add --meeting ID.")
    elif any(
        (args.group, args.country, args.region, args.risk, args.search, args.search_file, args.tag)
    ):
        raise UsageError("A meeting's list cannot be filtered further; drop the filters.")
    return ExportRequest(
        scope=scope,
        audience=Audience(args.audience),
        format=ExportFormat(args.format),
        k=args.k,
        attendance_record_for_host=args.attendance_record,
        override_reason=args.override_reason,
        include_disclaimer=not args.no_disclaimer,
        disclaimer=args.disclaimer,
        include_contact_log=args.contact_log,
        title=args.title or "",
        series=args.series or "",
    )


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    # Whole cells, as the file holds them; a tab or a direction mark shows as ⟨U+0009⟩.
    cells = [[shown_visibly(c) for c in headers]] + [[shown_visibly(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))


def _show_preview(shown: ExportPreview, as_json: bool) -> None:
    headers, body = shown.file_table()  # the cells exactly as the file will hold them
    width = len(shown.rows)
    if as_json:
        print_json(
            {
                "audience": shown.request.audience.value,
                "format": shown.request.format.value,
                "columns": list(headers),
                "rows": [list(row) for row in body[:width]],
                "count_lines": list(shown.count_lines),
                "disclaimer": shown.disclaimer,
                "summary": {
                    "total": shown.summary.total,
                    "named": shown.summary.named,
                    "pseudonymised": shown.summary.pseudonymised,
                    "counted": shown.summary.counted,
                    "full": shown.summary.full,
                    "reasons": [
                        {"outcome": g.outcome.value, "reason": g.reason, "count": g.count}
                        for g in shown.summary.groups
                    ],
                },
                "labels": shown.labels_note,
                "safety_review_pending": shown.safety_review_pending,
                "warnings": list(shown.warnings),
                "missing_characters": list(shown.missing_characters),
                "renewal_would_name": shown.renewal_names(),
            }
        )
        return
    if shown.meeting_title:
        print(f"Meeting: {shown.meeting_title}")
    _print_table(headers, body)
    print()
    for line in shown.summary.lines():
        print(line)
    if shown.request.format is not ExportFormat.BUNDLE:
        print(shown.labels_note)
    for warning in shown.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if names := shown.renewal_names():
        print(
            f"Renewing consent would name {len(names)} more (consent undated or older than "
            f"the renewal period): {', '.join(names)}"
        )


def cmd_export(args: argparse.Namespace) -> int:
    if not args.preview and not args.output:
        raise UsageError("Say where to write the list with -o OUT, or add --preview.")
    if args.bundle_passphrase_file and args.format != ExportFormat.BUNDLE.value:
        raise UsageError("--bundle-passphrase-file applies to --format bundle only.")
    passphrase: str | None = None
    if args.bundle_passphrase_file:
        secret = read_secret_file(args.bundle_passphrase_file, "bundle passphrase")
        passphrase = secret.decode("utf-8", "replace")
        secret[:] = b"\0" * len(secret)
    with open_session(args) as session:
        request = _request(args, _scope(args, session))
        shown = exporting.preview(session, request)
        if args.preview:
            _show_preview(shown, args.json)
            return ExitCode.OK
        if args.output == STANDARD_OUTPUT:
            receipt = exporting.write_to_stream(
                session, shown, sys.stdout.buffer, bundle_passphrase=passphrase
            )
        else:
            receipt = exporting.write(
                session,
                shown,
                Path(args.output),
                bundle_passphrase=passphrase,
                overwrite=args.force,
            )
    for warning in shown.warnings:
        if "safety review" not in warning:
            print(f"warning: {warning}", file=sys.stderr)
    # With -o - the list itself is on standard output: everything else goes to stderr.
    report = sys.stderr if args.output == STANDARD_OUTPUT else sys.stdout
    where = "standard output" if args.output == STANDARD_OUTPUT else receipt.path
    print(
        f"Wrote {where} ({receipt.format}, {receipt.audience}): {receipt.rows} rows, "
        f"{receipt.counted} people only counted. SHA-256 {receipt.sha256}.",
        file=report,
    )
    if receipt.passphrase is not None:
        show_bundle_passphrase(receipt.passphrase)
    return ExitCode.OK


def show_bundle_passphrase(passphrase: str) -> None:
    """A generated bundle passphrase goes to the terminal (standard error), never to standard
    output: output that is piped or redirected into a file must not carry the key to it."""
    for line in (
        "Bundle passphrase (shown this once; give it to the recipient by another",
        "channel than the file, e.g. read it out on a call):",
        "",
        f"    {passphrase}",
        "",
    ):
        print(line, file=sys.stderr)


def _bundle_passphrase(args: argparse.Namespace) -> str:
    if args.bundle_passphrase_file:
        secret = read_secret_file(args.bundle_passphrase_file, "bundle passphrase")
    else:
        secret = prompt_secret("Bundle passphrase: ", flag="--bundle-passphrase-file")
    try:
        return secret.decode("utf-8", "replace")
    finally:
        secret[:] = b"\0" * len(secret)


def cmd_import_bundle(args: argparse.Namespace) -> int:
    path = Path(args.bundle)
    if not bundles.is_bundle(path) and not path.exists():
        raise UsageError(f"There is no file {path}.")
    passphrase = _bundle_passphrase(args)
    contents = bundles.read_bundle(path, passphrase)
    with open_session(args) as session:
        plan = bundles.plan_merge(session, contents)
        prefer = bundles.Prefer(args.prefer)
        summary: dict[str, Any] = {
            "new_people": len(plan.new_people),
            "identical": len(plan.identical),
            "conflicts": [
                {
                    "id": c.person_id,
                    "label": c.label,
                    "newer": c.newer.value if c.newer else None,
                    "fields": [
                        {"field": f.field, "vault": f.vault_value, "bundle": f.bundle_value}
                        for f in c.changes
                    ],
                }
                for c in plan.conflicts
            ],
            "new_organisations": len(plan.new_organisations),
            "new_contact_log": len(plan.new_contact_log),
            "cleaned_values": plan.cleaned,
            "prefer": prefer.value,
        }
        if args.preview:
            if args.json:
                print_json(summary)
            else:
                _print_plan(plan, prefer)
            return ExitCode.OK
        result = bundles.apply_merge(session, plan, bundles.MergeChoices(default=prefer))
    if args.json:
        summary["result"] = {
            "added": result.added,
            "updated": result.updated,
            "kept": result.kept,
            "identical": result.identical,
            "organisations_added": result.organisations_added,
            "contact_log_added": result.contact_log_added,
        }
        print_json(summary)
        return ExitCode.OK
    print(
        f"Merged {path.name}: {result.added} people added, {result.updated} updated from the "
        f"bundle, {result.kept} kept as in the vault, {result.identical} identical; "
        f"{result.organisations_added} organisations and {result.contact_log_added} "
        "contact-log entries added."
    )
    if plan.cleaned:
        print(
            f"Invisible characters (bidi controls, zero-width spaces) were taken out of "
            f"{plan.cleaned} value(s)."
        )
    return ExitCode.OK


def _print_plan(plan: bundles.MergePlan, prefer: bundles.Prefer) -> None:
    print(
        f"{len(plan.new_people)} new people, {len(plan.identical)} identical, "
        f"{len(plan.conflicts)} that differ; {len(plan.new_organisations)} new organisations, "
        f"{len(plan.new_contact_log)} new contact-log entries."
    )
    if plan.cleaned:
        print(
            f"Invisible characters (bidi controls, zero-width spaces) are taken out of "
            f"{plan.cleaned} value(s)."
        )
    for conflict in plan.conflicts:
        if prefer is bundles.Prefer.BUNDLE or (
            prefer is bundles.Prefer.NEWER and conflict.newer is bundles.Prefer.BUNDLE
        ):
            outcome = "the bundle's version would be taken"
        else:
            outcome = "the vault's version would be kept"
        print(f"- {excerpt(conflict.label, 60)} ({conflict.person_id}): {outcome}")
        for change in conflict.changes:
            print(
                f"    {change.field}: vault “{excerpt(change.vault_value, 50)}” / "
                f"bundle “{excerpt(change.bundle_value, 50)}”"
            )
    print("Nothing was written (preview).")


def register(sub: Any, command: Command) -> None:
    p = command("export", cmd_export, "write a contact-safe list, or an encrypted bundle")
    p.epilog = EXPORT_EPILOG + "\n" + (p.epilog or "")
    p.add_argument(
        "--audience", required=True, choices=[a.value for a in Audience], help="who gets it"
    )
    p.add_argument(
        "--format", required=True, choices=[f.value for f in ExportFormat], help="file format"
    )
    p.add_argument("-o", "--output", metavar="OUT", help="file to write (- for standard output)")
    add_force_option(p)
    p.add_argument(
        "--preview",
        action="store_true",
        help="print the rows and summary; write nothing (each list has labels of its own, so "
        "the labels match a written list only within one --series)",
    )
    p.add_argument("--json", action="store_true", help="with --preview: machine-readable")
    p.add_argument("--meeting", metavar="ID", help="a meeting's list (id or its first 4+ chars)")
    p.add_argument(
        "--list",
        choices=[m.value for m in MeetingList],
        default=MeetingList.ACCEPTED.value,
        help="invited (everyone), accepted (accepted or attended; default), attended",
    )
    p.add_argument(
        "--attendance-record",
        action="store_true",
        help="this list is the attendance record the host asked for (Chatham House Rule)",
    )
    p.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="why a meeting list may leave before its safety review is signed off",
    )
    p.add_argument("--group", action="append", choices=[g.value for g in StakeholderGroup])
    p.add_argument("--country", action="append", metavar="CC", help="ISO alpha-2; repeatable")
    p.add_argument("--region", action="append", metavar="REGION", help="UN M49 region name")
    p.add_argument("--risk", action="append", choices=[r.value for r in RiskLevel])
    p.add_argument("--participation", action="append", choices=[v.value for v in Participation])
    p.add_argument("--tag", action="append", metavar="TAG")
    p.add_argument(
        "--search",
        metavar="TEXT",
        help=f"people whose name etc. matches TEXT ({SEARCH_PRIVACY})",
    )
    add_search_file_option(p)
    p.add_argument(
        "--k",
        type=int,
        default=DEFAULT_K,
        metavar="N",
        help=f"smallest group shown under pseudonyms (default {DEFAULT_K}; can only be raised)",
    )
    p.add_argument("--no-disclaimer", action="store_true", help="leave out the disclaimer line")
    p.add_argument("--disclaimer", metavar="TEXT", help="replace the standard disclaimer text")
    p.add_argument("--title", metavar="TEXT", help="title printed on a PDF list")
    p.add_argument(
        "--series",
        metavar="NAME",
        help="give everyone the same label in every list of series NAME (badges for one "
        "co-host); by default a list's labels match no other list",
    )
    p.add_argument(
        "--contact-log", action="store_true", help="bundle only: include the contact log"
    )
    p.add_argument(
        "--bundle-passphrase-file",
        metavar="PATH",
        help="bundle only: use this passphrase (checked for strength) instead of a generated one",
    )

    p = command(
        "import-bundle", cmd_import_bundle, "merge an encrypted bundle from another coordinator"
    )
    p.epilog = IMPORT_BUNDLE_EPILOG + "\n" + (p.epilog or "")
    p.add_argument("bundle", metavar="BUNDLE", help="the .age bundle file")
    p.add_argument(
        "--bundle-passphrase-file",
        metavar="PATH",
        help="read the bundle's passphrase from PATH (- for stdin); else asked at the terminal",
    )
    p.add_argument(
        "--prefer",
        choices=[v.value for v in bundles.Prefer],
        default=bundles.Prefer.VAULT.value,
        help="for records that differ: keep the vault's (default), take the bundle's, or newer",
    )
    p.add_argument("--preview", action="store_true", help="show what would change; write nothing")
    p.add_argument("--json", action="store_true", help="machine-readable output")
