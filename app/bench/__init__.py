"""`osuva-admin bench`: how fast Osuva is at scale, each figure next to a floor measured alike.

The window is measured in child processes (offscreen Qt; see ui.bench.probe); the register
PDF in this process. Nothing here asserts speed: it prints what it measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

WORDS = ("ko", "ma", "ni")
TABS = ("Members", "Work", "Coaching", "Invoicing")
QUICK = {"scale": 2, "many": 600}
FULL = {"scale": 250, "many": 100_000}


def add_bench_command(sub) -> None:
    """Register `bench` on osuva-admin's subcommands."""
    bench = sub.add_parser(
        "bench", help="measure start-up, lists, memory and the register PDF against floors"
    )
    bench.add_argument(
        "--out", help="folder for the databases it builds and reuses (default: DATA/bench)"
    )
    bench.add_argument("--data-dir", help="folder for Osuva's files")
    bench.add_argument("--runs", type=int, default=3, help="runs of each figure (default 3)")
    bench.add_argument("--quick", action="store_true", help="tiny databases, for tests")
    bench.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    from app.paths import data_dir

    out = Path(args.out) if args.out else data_dir(args.data_dir) / "bench"
    if args.runs < 1:
        print("osuva-admin: --runs must be 1 or more.")
        return 2
    started = time.perf_counter()
    print(machine())
    figures = run(out.resolve(), runs=args.runs, quick=args.quick)
    from .figures import table

    print()
    print(table(figures))
    print()
    print(FLOORS)
    print(f"\nMeasured in {time.perf_counter() - started:.0f} s.")
    return 0


FLOORS = """Floors: start-up and memory, a bare PySide6 QMainWindow with four empty tabs started the
same way; tab open, QStandardItemModel + QTableView of as many rows; keystroke, scroll and
sort, QStandardItemModel + QSortFilterProxyModel of the same members; register PDF, one plain
ReportLab Table of the same rows; GUI stall, the same 10 ms ticker in an idle event loop."""


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        memory = f", {total / 2**30:.0f} GB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    return (
        f"Machine: {os.cpu_count()} cores ({cpu}){memory}; "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}"
    )


def run(out: Path, *, runs: int, quick: bool, log=print) -> list:
    """Build or reuse the databases, measure every figure ``runs`` times, return the figures."""
    from . import children
    from .databases import build, member_rows
    from .figures import Figure

    sizes = QUICK if quick else FULL
    dbs = build(out, scale=sizes["scale"], many_members=sizes["many"], log=log)
    scaled, many = thousands(dbs.scaled_members), thousands(dbs.many_members)
    floor_files = {}
    for name, path in (("scaled", dbs.scaled), ("many", dbs.many)):
        floor_files[name] = out / f"floor-rows-{path.stem}.tsv"
        if not floor_files[name].exists():
            text = "\n".join("\t".join(row) for row in member_rows(path))
            floor_files[name].write_text(text, encoding="utf-8")

    scale = sizes["scale"]
    start_demo = Figure("start-up to a visible window, demo database", "s", "≤ 0.8 s, ≤ 3×", 0.8, 3)
    start_scaled = Figure(f"start-up, scale-{scale} database", "s", "≤ 1.2 s", 1.2)
    keystroke = Figure(
        f"one keystroke in the Members search, {scaled} members", "s", "≤ 30 ms", 0.03
    )
    keystroke_many = Figure(f"one keystroke, {many} members", "s", "≤ 30 ms", 0.03)
    scroll = Figure(f"scroll to the end of the members list, {many} members", "s")
    sort = Figure(f"sort the members list by name, {many} members", "s")
    rss = Figure(f"whole-program peak RSS, {many} members", "MB", "≤ 300 MB", 300)
    pdf = Figure("member register PDF", "s", "≤ 2× floor", max_ratio=2)
    stall_pdf = Figure("longest GUI stall, register PDF from the UI", "ms", "≤ 100 ms", 100)
    stall_backup = Figure("longest GUI stall, backup from the UI", "ms", "≤ 100 ms", 100)
    tabs: dict[str, Figure] = {}
    refresh = Figure(f"refresh every list (View > Refresh), scale {scale}", "s")

    def attempt(figures: list[Figure], what: str, action) -> None:
        try:
            action()
        except Exception as exc:  # a failed figure is reported, the others still run
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            log(f"  {what} failed: {exc}")
            for figure in figures:
                figure.errors.append(message)

    # Before any measured start, so that none of them includes compiling the sources.
    children.compile_sources(out)
    for number in range(1, runs + 1):
        log(f"run {number} of {runs}: start-up…")

        def startups() -> None:
            seconds, peak = children.bare_window(out)
            for figure in (start_demo, start_scaled):
                figure.floor.append(seconds)
            rss.floor.append(peak)
            start_demo.samples.append(children.startup_seconds(dbs.demo, out))
            start_scaled.samples.append(children.startup_seconds(dbs.scaled, out))

        attempt([start_demo, start_scaled], "start-up", startups)

        log(f"run {number} of {runs}: tabs, search and long jobs at scale {scale}…")

        def scaled_window() -> None:
            result = children.probe(
                dbs.scaled,
                out,
                floor_files["scaled"],
                "--tabs",
                "--stall",
                "--searches",
                ",".join(WORDS),
            )
            for tab in result.get("tabs", []):
                name = f"open the {tab['tab']} tab ({tab['rows']} rows), scale {scale}"
                figure = tabs.setdefault(tab["tab"], Figure(name, "s", "≤ 300 ms", 0.3))
                figure.samples.append(tab["seconds"])
                figure.floor.append(tab["floor"])
            if "refresh" in result:
                collect(refresh, [result["refresh"]])
            collect(keystroke, result.get("search", []))
            for figure, key in ((stall_pdf, "stall_pdf"), (stall_backup, "stall_backup")):
                if key in result:
                    figure.samples.append(result[key]["ms"])
                    figure.floor.append(result["stall_floor_ms"])
            if result["errors"]:
                log("  " + "; ".join(result["errors"]))

        attempt([refresh, keystroke, stall_pdf, stall_backup], "the window", scaled_window)

        log(f"run {number} of {runs}: search, scroll, sort and memory at {many} members…")

        def many_window() -> None:
            result = children.probe(
                dbs.many,
                out,
                floor_files["many"],
                "--scroll",
                "--searches",
                ",".join(WORDS),
            )
            collect(keystroke_many, result.get("search", []))
            collect(scroll, result.get("scroll", []))
            collect(sort, result.get("sort", []))
            rss.samples.append(result["peak_rss_mb"])
            if result["errors"]:
                log("  " + "; ".join(result["errors"]))

        attempt([keystroke_many, scroll, sort, rss], "the window", many_window)

        log(f"run {number} of {runs}: member register PDF…")
        attempt([pdf], "the register PDF", lambda: measure_pdf(pdf, dbs.scaled, out))

    tab_figures = [
        tabs[name] for name in ("Members", "Work", "Coaching", "Invoicing") if name in tabs
    ]
    return [
        start_demo,
        start_scaled,
        *tab_figures,
        refresh,
        keystroke,
        keystroke_many,
        scroll,
        sort,
        rss,
        pdf,
        stall_pdf,
        stall_backup,
    ]


def thousands(count: int) -> str:
    return f"{count:,}".replace(",", " ")


def collect(figure, entries: list[dict]) -> None:
    for entry in entries:
        figure.samples.append(entry["seconds"])
        if entry.get("floor") is not None:
            figure.floor.append(entry["floor"])


def measure_pdf(figure, db: Path, out: Path) -> None:
    from .pdf import floor_seconds, register_rows, register_seconds

    rows = register_rows(db)
    figure.name = f"member register PDF, {len(rows)} entries"
    figure.floor.append(floor_seconds(rows))
    figure.samples.append(register_seconds(db, out / "member-register.pdf"))
