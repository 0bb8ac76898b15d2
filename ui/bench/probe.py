"""Measure Osuva's real window in this process and print the figures as JSON (for app.bench).

`python -m ui.bench.probe bare-window` shows the start-up floor and reports its memory;
`python -m ui.bench.probe gui --db FILE --data-dir DIR [...]` opens Osuva's window on FILE
and times tab opening, search keystrokes, scrolling, sorting and GUI stalls during long jobs,
each next to its bare-Qt floor. Run with QT_QPA_PLATFORM=offscreen. A result line is
printed after each step, so a crash later still leaves what was measured; the last is whole.

The window is driven only through MainWindow.tabs, the tabs' `.list` (RecordList: `.search`,
`.table`, `.model`, `rows_loaded`), MainWindow.refresh(), backup_requested and the members'
DocumentDialog, so that lists loading synchronously (today) and in the background (paged
lists) are measured alike.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.bench import floors
from ui.bench.events import keep_none_alive, pump, wait_until

RESULT = "BENCH-RESULT "
# How long a list may take to answer before a measurement is given up.
TIMEOUT = 120.0
# A keystroke or sort that has not emitted rows_loaded by then is applied synchronously.
ASYNC_GRACE = 2.0


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def report(result: dict) -> None:
    print(RESULT + json.dumps(result), flush=True)


class Loads:
    """Counts a list's rows_loaded signals and waits for the next one."""

    def __init__(self, record_list) -> None:
        self.list = record_list
        self.count = 0
        self.async_mode: bool | None = None
        record_list.rows_loaded.connect(self._loaded)

    def _loaded(self) -> None:
        self.count += 1

    def wait_beyond(self, count: int, timeout: float) -> bool:
        return wait_until(lambda: self.count > count, timeout)

    def timed(self, action: Callable[[], object]) -> float:
        """Seconds until the action's rows are in the model (signal, or synchronous return)."""
        before = self.count
        started = time.perf_counter()
        action()
        if self.count == before:
            if self.async_mode is None:
                # The first action tells whether this list answers in the background.
                self.async_mode = self.wait_beyond(before, ASYNC_GRACE)
            elif self.async_mode and not self.wait_beyond(before, TIMEOUT):
                raise TimeoutError("the list did not load its rows")
        pump()
        return time.perf_counter() - started


def open_window(db: str, data_dir: str):
    """Osuva's window on ``db``, as ui.main starts it."""
    from ui import appearance, i18n
    from ui.controller import Controller

    i18n.install("fi")
    appearance.apply()
    controller = Controller(data_dir, auto_demo=True)
    if not controller.start(db) or controller.window is None:
        raise RuntimeError(f"Osuva did not open {db}")
    pump()
    return controller


TAB_ATTRIBUTES = {
    "Members": "members_tab",
    "Work": "work_tab",
    "Coaching": "coaching_tab",
    "Invoicing": "invoicing_tab",
}


def tab_lists(window) -> list[tuple[str, object, object]]:
    tabs = [(name, getattr(window, attribute)) for name, attribute in TAB_ATTRIBUTES.items()]
    return [(name, tab, tab.list) for name, tab in tabs]


def measure_tabs(window, result: dict) -> None:
    """Switch to each tab (Members last, it is open at start) until its first rows show.

    The clock starts before the tab is asked for: a tab is built when first opened.
    """
    names = list(TAB_ATTRIBUTES)
    for name in names[1:] + names[:1]:
        started = time.perf_counter()
        tab = getattr(window, TAB_ATTRIBUTES[name])
        record_list = tab.list
        loads = Loads(record_list)
        before = loads.count
        window.tabs.setCurrentWidget(tab)
        pump()
        if record_list.model.rowCount() == 0 and not loads.wait_beyond(before, TIMEOUT):
            raise TimeoutError(f"the {name} tab showed no rows")
        pump()
        elapsed = time.perf_counter() - started
        rows = record_list.model.rowCount()
        columns = record_list.model.columnCount()
        floor = floors.tab_open(rows, columns)
        result.setdefault("tabs", []).append(
            {"tab": name, "seconds": elapsed, "rows": rows, "floor": floor}
        )


def measure_refresh(window, result: dict) -> None:
    """View > Refresh: until every list that reloads has its rows (or refresh() returns).

    The floor is rebuilding plain models of the same rows: the tab floors added up.
    """
    fired: dict[int, float] = {}
    lists = [record_list for _, _, record_list in tab_lists(window)]
    slots = []
    for number, record_list in enumerate(lists):

        def slot(number: int = number) -> None:
            fired.setdefault(number, time.perf_counter())

        record_list.rows_loaded.connect(slot)
        slots.append((record_list, slot))
    started = time.perf_counter()
    window.refresh()
    returned = time.perf_counter()
    # Lists that reload in the background get a moment to report.
    wait_until(lambda: len(fired) == len(lists), ASYNC_GRACE)
    pump()
    elapsed = max([returned, *fired.values()]) - started
    for record_list, slot in slots:
        record_list.rows_loaded.disconnect(slot)
    floor = sum(tab["floor"] for tab in result.get("tabs", []))
    result["refresh"] = {"seconds": elapsed, "floor": floor or None}


def keystroke(record_list, text: str) -> None:
    """Type into the search box and let the search run now, not after the typing pause.

    The list waits SEARCH_DELAY_MS after the last key so fast typing queries once; the figure
    is the work one keystroke costs, so the pause itself is not counted.
    """
    record_list.search.setText(text)
    timer = getattr(record_list, "search_timer", None)
    if timer is not None and timer.isActive():
        timer.stop()
        record_list._search_now()


def measure_searches(window, words: list[str], result: dict) -> None:
    """Type the first letter (not timed), then time the second: one keystroke each."""
    window.tabs.setCurrentWidget(window.members_tab)
    record_list = window.members_tab.list
    loads = Loads(record_list)
    loads.timed(lambda: keystroke(record_list, words[0][:1]))
    for word in words:
        # Setting the same text changes nothing, and a paged list would wait for no rows.
        if record_list.search.displayText() != word[:1]:
            loads.timed(lambda word=word: keystroke(record_list, word[:1]))
        elapsed = loads.timed(lambda word=word: keystroke(record_list, word))
        result.setdefault("search", []).append({"seconds": elapsed, "text": word})
    loads.timed(lambda: keystroke(record_list, ""))


def scroll_to_end(window) -> float:
    """Scroll the members list to its last row, fetching more rows as a lazy list must."""
    table = window.members_tab.list.table
    table.scrollToTop()
    pump()
    started = time.perf_counter()
    rows = -1
    while time.perf_counter() - started < TIMEOUT:
        keep_none_alive(4)
        table.scrollToBottom()
        pump()
        model = table.model()
        bar = table.verticalScrollBar()
        if model.canFetchMore(QModelIndex()):
            # A lazy list loads its next rows (now, or in the background and then signals).
            model.fetchMore(QModelIndex())
            wait_until(lambda: False, 0.005)
            continue
        if bar.value() == bar.maximum() and model.rowCount() == rows:
            break
        rows = model.rowCount()
    return time.perf_counter() - started


def measure_scroll_and_sort(window, runs: int, result: dict) -> None:
    window.tabs.setCurrentWidget(window.members_tab)
    record_list = window.members_tab.list
    result["list_rows"] = record_list.model.rowCount()
    for _ in range(runs):
        result.setdefault("scroll", []).append({"seconds": scroll_to_end(window)})
    loads = Loads(record_list)
    table = record_list.table
    name_column = 1
    order = Qt.SortOrder.DescendingOrder
    loads.timed(lambda: table.sortByColumn(name_column, order))
    for _ in range(runs):
        order = (
            Qt.SortOrder.AscendingOrder
            if order == Qt.SortOrder.DescendingOrder
            else Qt.SortOrder.DescendingOrder
        )
        elapsed = loads.timed(
            lambda order=order: record_list.table.sortByColumn(name_column, order)
        )
        result.setdefault("sort", []).append({"seconds": elapsed})


def longest_stall(job: Callable[[], object], done: Callable[[], bool]) -> tuple[float, float]:
    """(longest gap between 10 ms timer ticks in ms, job seconds) while ``job`` runs."""
    ticks = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    failed: list[BaseException] = []

    def run() -> None:
        try:
            job()
        except Exception as exc:
            failed.append(exc)

    QTimer.singleShot(0, run)
    started = time.perf_counter()
    wait_until(lambda: bool(failed) or done(), TIMEOUT)
    finished = time.perf_counter()
    # Let the ticker show that the loop is free again.
    wait_until(_after(0.05), 1)
    timer.stop()
    ticks.append(time.perf_counter())
    if failed:
        raise failed[0]
    if not done():
        raise TimeoutError("the job did not finish")
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return max(gaps) * 1000, finished - started


def measure_stalls(controller, data_dir: Path, result: dict) -> None:
    """The register PDF from the Members tab's document dialog, and File > Back up now.

    Both run in a background job; each is measured until its job has finished and delivered
    its result on the GUI thread.
    """
    from ui.members.documents import DocumentDialog
    from ui.operations.jobs import busy

    window = controller.window
    # The floor: the same ticker in an idle event loop for half a second.
    result["stall_floor_ms"], _ = longest_stall(lambda: None, _after(0.5))

    out = data_dir / "bench-register.pdf"
    out.unlink(missing_ok=True)
    dialog = DocumentDialog(window.context, "member-register", parent=window)
    started: list[bool] = []

    def render() -> None:
        if not dialog.render_in_background(out):
            raise RuntimeError("the document dialog was busy")
        started.append(True)

    gap, seconds = longest_stall(render, lambda: bool(started) and not busy(dialog))
    if not out.exists():
        raise RuntimeError("the register PDF was not written")
    result["stall_pdf"] = {"ms": gap, "seconds": seconds}

    backups = data_dir / "backups"
    before = set(backups.glob("*")) if backups.exists() else set()
    requested: list[bool] = []

    def back_up() -> None:
        window.backup_requested.emit()
        requested.append(True)

    gap, seconds = longest_stall(back_up, lambda: bool(requested) and not busy(window))
    if not (backups.exists() and set(backups.glob("*")) - before):
        raise RuntimeError("no backup was written")
    result["stall_backup"] = {"ms": gap, "seconds": seconds}
    # A backup of a large database is large: keep only the measurement.
    for path in set(backups.glob("*")) - before:
        path.unlink()


def _after(delay: float) -> Callable[[], bool]:
    started = time.perf_counter()
    return lambda: time.perf_counter() - started >= delay


def read_rows(path: str | None) -> list[list[str]] | None:
    if not path:
        return None
    text = Path(path).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


def run_gui(args: argparse.Namespace) -> dict:
    result: dict = {"errors": []}
    data_dir = Path(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    # Message boxes would wait for a click that never comes.
    for name in ("information", "warning", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    started = time.perf_counter()
    controller = open_window(args.db, str(data_dir))
    result["window_seconds"] = time.perf_counter() - started
    window = controller.window
    steps: list[tuple[str, Callable[[], object]]] = []
    if args.tabs:
        steps.append(("tabs", lambda: measure_tabs(window, result)))
        steps.append(("refresh", lambda: measure_refresh(window, result)))
    words = [w for w in (args.searches or "").split(",") if w]
    rows = read_rows(args.floor_rows)
    if words or args.scroll:
        window.tabs.setCurrentWidget(window.members_tab)
        loads = Loads(window.members_tab.list)
        if window.members_tab.list.model.rowCount() == 0:
            loads.wait_beyond(0, TIMEOUT)
    if words:
        steps.append(("search", lambda: measure_searches(window, words, result)))
    if args.scroll:
        steps.append(("scroll", lambda: measure_scroll_and_sort(window, args.runs, result)))
    if args.stall:
        steps.append(("stall", lambda: measure_stalls(controller, data_dir, result)))
    for name, step in steps:
        try:
            step()
        except Exception as exc:  # one failed figure must not hide the others
            result["errors"].append(f"{name}: {exc!r}")
            traceback.print_exc()
        # What is measured so far, in case a later step takes the process down.
        report(result)
    # The program's own peak, before the floors below build their models.
    result["peak_rss_mb"] = peak_rss_mb()
    report(result)
    if rows:
        try:
            measure_floors(floors.PlainList(rows), words, result)
        except Exception as exc:
            result["errors"].append(f"floors: {exc!r}")
            traceback.print_exc()
    return result


def measure_floors(plain: floors.PlainList, words: list[str], result: dict) -> None:
    """The bare-Qt floors of the search, scroll and sort figures, on the same rows."""
    for entry, word in zip(result.get("search", []), words, strict=False):
        entry["floor"] = floors.search(plain, word[:1], word)
    for entry in result.get("scroll", []):
        entry["floor"] = floors.scroll_to_end(plain)
    order = Qt.SortOrder.DescendingOrder
    floors.sort(plain, 1, order)
    for entry in result.get("sort", []):
        order = (
            Qt.SortOrder.AscendingOrder
            if order == Qt.SortOrder.DescendingOrder
            else Qt.SortOrder.DescendingOrder
        )
        entry["floor"] = floors.sort(plain, 1, order)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.bench.probe")
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("bare-window", help="the start-up floor")
    gui = sub.add_parser("gui", help="measure Osuva's window")
    gui.add_argument("--db", required=True)
    gui.add_argument("--data-dir", required=True)
    gui.add_argument("--floor-rows", help="tab-separated rows of the members list, for floors")
    gui.add_argument("--tabs", action="store_true")
    gui.add_argument("--searches", help="comma-separated words typed in the Members search")
    gui.add_argument("--scroll", action="store_true", help="scroll to the end and sort")
    gui.add_argument("--stall", action="store_true", help="register PDF and backup from the UI")
    gui.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # For the odd calls below that lose a reference to None (see ui.bench.events).
    keep_none_alive(100_000)
    # The bench's own settings: it must not change which database the user opens next.
    app.setOrganizationName("OsuvaBench")
    app.setApplicationName("OsuvaBench")
    if args.mode == "bare-window":
        window = floors.bare_window()
        print("shown", flush=True)
        report({"peak_rss_mb": peak_rss_mb()})
        window.close()
        return 0
    report(run_gui(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
