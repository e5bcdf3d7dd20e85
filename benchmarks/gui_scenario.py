"""The GUI half of the benchmark, run in its own process (so its peak RSS is the GUI's).

    python benchmarks/gui_scenario.py MODE VAULT CSV SCRATCH_DIR --queries N

Prints one JSON object: open→painted, search latencies, scroll, sorts, the longest time the
GUI thread was blocked while an import and an export ran the way the GUI runs them, and the
peak RSS. QT_QPA_PLATFORM=offscreen is set here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import harness
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from bizhr_desktop.core.countries import country_name
from bizhr_desktop.core.memory import release_free_memory
from bizhr_desktop.core.models import Audience
from bizhr_desktop.services import exporting, importing
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.ui.common.worker import BackgroundTask, ProgressTask
from bizhr_desktop.ui.meetings.page import MeetingsPage
from bizhr_desktop.ui.people.models import PeopleTableModel
from bizhr_desktop.ui.shell.app import freeze_startup_objects

PAGE_TIMEOUT_S = 30.0


def peak_rss_mb() -> float:
    """This process's peak resident set, in MiB.

    VmHWM rather than getrusage's ru_maxrss: Linux carries ru_maxrss over fork and exec, so in
    a child of the (large) benchmark runner it reports the runner's peak, not the GUI's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class PaintWatcher(QObject):
    """Notes when the table's viewport has been painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class Watchdog(QObject):
    """A 10 ms timer on the GUI thread; lateness of each tick = how long the thread was busy."""

    INTERVAL_MS = 10

    def __init__(self) -> None:
        super().__init__()
        self.worst_ms = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last) * 1000 - self.INTERVAL_MS
        self.worst_ms = max(self.worst_ms, late)
        self._last = now


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the GUI scenario did not finish in time")
        app.processEvents()
        time.sleep(0.0005)


def search_queries(service: PeopleService, count: int, seed: int) -> list[str]:
    """What people type: prefixes of names, family names, organisations and countries."""
    rng = random.Random(seed)
    rows = service.page(PeopleQuery(sort="updated"), 0, 2000)
    names = [r.full_name for r in rows if not r.masked]
    orgs = sorted({r.organisation for r in rows if r.organisation})
    countries = sorted({country_name(r.country) for r in rows if r.country})
    terms: list[str] = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.5 and names:
            name = rng.choice(names)
            parts = name.split()
            terms.append(rng.choice(parts) if len(parts) > 1 and rng.random() < 0.5 else name)
        elif kind < 0.8 and orgs:
            terms.append(rng.choice(orgs).split(" (")[0])
        else:
            terms.append(rng.choice(countries))
    return [term[:12] for term in terms]


def run(args: argparse.Namespace) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    freeze_startup_objects()  # as the app does before its first window (ui/app.run)
    out: dict[str, Any] = {}
    path = Path(args.vault)

    # ---- open -> first page painted (Argon2id excluded)
    watcher = PaintWatcher()
    # unlock_timed runs Argon2id first and returns the seconds after it: the clock starts
    # that long before now, so the row counts everything from the derived key on.
    session, unlock_s = harness.unlock_timed(args.mode, path)
    start = time.perf_counter() - unlock_s
    service = PeopleService(session.vault.db, session.vault.audit)
    model = PeopleTableModel(service)
    view = QTableView()
    view.resize(1100, 700)
    view.setModel(model)
    view.setSortingEnabled(False)
    view.viewport().installEventFilter(watcher)
    view.show()
    wait_until(app, lambda: watcher.painted and model.rowCount() > 0, PAGE_TIMEOUT_S)
    out["open_painted_s"] = time.perf_counter() - start
    out["open_excluding_unlock_note"] = "Argon2id done before the clock starts"

    # ---- search as you type: keystroke -> model updated (the page's debounce not counted)
    queries = search_queries(service, args.queries, args.seed)
    latencies: list[float] = []
    for term in queries:
        for end in range(1, len(term) + 1):
            t0 = time.perf_counter()
            model.set_query(PeopleQuery(text=term[:end]))
            latencies.append(time.perf_counter() - t0)
        app.processEvents()
    model.set_query(PeopleQuery())
    latencies.sort()
    out["search_samples"] = len(latencies)
    out["search_p50_s"] = latencies[len(latencies) // 2]
    out["search_p95_s"] = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    out["search_max_s"] = latencies[-1]

    # ---- sort by each column (ascending and descending; the slower is kept)
    sorts: dict[str, float] = {}
    for column, key in PeopleTableModel.SORT_KEYS.items():
        worst = 0.0
        # Descending first: the model starts ascending by name, and would skip that sort.
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            t0 = time.perf_counter()
            model.sort(column, order)
            app.processEvents()
            worst = max(worst, time.perf_counter() - t0)
        sorts[key] = worst
    out["sort_s"] = sorts
    model.sort(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)

    # ---- scroll top to bottom
    t0 = time.perf_counter()
    while model.canFetchMore():
        model.fetchMore()
        view.scrollToBottom()
        app.processEvents()
    out["scroll_s"] = time.perf_counter() - t0
    out["scroll_rows"] = model.rowCount()
    out["rss_after_browse_mb"] = peak_rss_mb()
    model.set_query(PeopleQuery())  # back to one page, as after a new search

    pool = QThreadPool.globalInstance()
    watchdog = Watchdog()

    # ---- export on the worker thread (the export page is not in the GUI yet: BackgroundTask,
    # the app's worker, as the page will use it)
    request = exporting.ExportRequest(
        scope=exporting.ExportScope.everyone()
        if args.export_query is None
        else exporting.ExportScope.filtered(PeopleQuery(countries=frozenset(args.export_query))),
        audience=Audience.VENUE,
        format=exporting.ExportFormat.PDF,
    )
    destination = Path(args.scratch) / f"gui-export-{args.mode}.pdf"
    done: list[Any] = []

    def export_job() -> Any:
        preview = exporting.preview(session, request)
        return exporting.write(session, preview, destination)

    task = BackgroundTask(export_job)
    task.signals.succeeded.connect(done.append)
    task.signals.failed.connect(done.append)
    watchdog.start()
    t0 = time.perf_counter()
    task.start(pool)
    wait_until(app, lambda: bool(done), 600)
    watchdog.stop()
    if isinstance(done[0], BaseException):
        raise done[0]
    out["gui_export_s"] = time.perf_counter() - t0
    out["gui_blocked_export_ms"] = watchdog.worst_ms

    # ---- select the meeting with the most invitations (the service scenarios invited
    # everyone active to one) on the Meetings page, its safety review tab open: the review,
    # the stakeholder mix and the counts are read on workers while the GUI thread waits.
    meeting = session.vault.db.execute(
        "SELECT m.id, substr(m.starts_at, 1, 4) FROM meeting m "
        "JOIN invitation i ON i.meeting_pk = m.pk GROUP BY m.pk ORDER BY count(*) DESC LIMIT 1"
    )
    if meeting:
        meeting_id, year = str(meeting[0][0]), int(meeting[0][1])
        page = MeetingsPage(pool=pool)
        page.resize(1280, 880)
        page.set_session(session)
        page.set_year(year)
        page.show()
        wait_until(app, lambda: not page.attendance_busy and not page.safety.busy, 120)
        app.processEvents()
        watchdog.start()
        app.processEvents()
        t0 = time.perf_counter()
        page.select_meeting(meeting_id)
        page.tabs.setCurrentIndex(page.safety_index)
        wait_until(app, lambda: not page.attendance_busy and not page.safety.busy, 120)
        app.processEvents()  # the flags painted
        out["meeting_review_s"] = time.perf_counter() - t0
        watchdog.stop()
        out["gui_blocked_meeting_ms"] = watchdog.worst_ms
        out["meeting_flags"] = page.safety.flags_model.rowCount()
        page.set_session(None)
        page.close()
    session.lock()
    # What the window's lock does after closing the vault (ui/shell/controller.py): give the freed
    # page cache and rows back to the system before another vault is created.
    release_free_memory()

    # ---- import into an empty vault the way the import wizard does it: read_file and
    # plan_import in a BackgroundTask on the pool (FilePage.load, ReviewPage), run_import in
    # a ProgressTask (ImportWizard.start_import); the wizard drops the file's Table when the
    # import starts.
    scratch_vault = Path(args.scratch) / f"gui-import-{args.mode}-{Path(args.csv).stem}.bizhr"
    for leftover in harness.side_files(scratch_vault):
        leftover.unlink(missing_ok=True)
    target = harness.create(args.mode, scratch_vault)
    db, audit = target.vault.db, target.vault.audit
    csv_path = Path(args.csv)
    finished: list[Any] = []
    watchdog.start()
    t0 = time.perf_counter()

    def read_and_plan() -> importing.ImportPlan:
        table = importing.read_file(csv_path)
        mapping = importing.suggest_mapping(db, importing.ImportKind.PEOPLE, table.headers)
        return importing.plan_import(db, importing.ImportKind.PEOPLE, table, mapping)

    planning = BackgroundTask(read_and_plan)
    planned_outcome: list[Any] = []
    planning.signals.succeeded.connect(planned_outcome.append)
    planning.signals.failed.connect(planned_outcome.append)
    planning.start(pool)
    wait_until(app, lambda: bool(planned_outcome), 1200)
    if isinstance(planned_outcome[0], BaseException):
        raise planned_outcome[0]
    plan = planned_outcome[0]
    planned = time.perf_counter()
    blocked_planning = watchdog.worst_ms
    watchdog.stop()
    watchdog.start()

    def run_import(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        return importing.run_import(db, audit, plan, progress=progress, cancelled=cancelled)

    job = ProgressTask(run_import)
    job.signals.succeeded.connect(finished.append)
    job.signals.failed.connect(finished.append)
    job.start(pool)
    wait_until(app, lambda: bool(finished), 1200)
    watchdog.stop()
    if isinstance(finished[0], BaseException):
        raise finished[0]
    out["import_rows"] = finished[0].added
    out["import_s"] = time.perf_counter() - t0
    out["import_plan_s"] = planned - t0
    out["import_write_s"] = time.perf_counter() - planned
    out["gui_blocked_import_plan_ms"] = blocked_planning
    out["gui_blocked_import_write_ms"] = watchdog.worst_ms
    target.lock()
    out["peak_rss_mb"] = peak_rss_mb()
    view.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=harness.MODES)
    parser.add_argument("vault")
    parser.add_argument("csv")
    parser.add_argument("scratch")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--export-country", dest="export_query", action="append")
    args = parser.parse_args()
    json.dump(run(args), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
