"""Start Osuva: `osuva [--db PATH_OR_URL] [--lang fi|sv|en] [--data-dir DIR] [--self-test]`."""

from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import i18n, refcount_guard
from ui.i18n import resource_path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="osuva", description="Osuva")
    parser.add_argument("--db", help="database file or URL (e.g. postgresql://host/osuva)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of the interface")
    parser.add_argument("--data-dir", help="folder for the database, backups and the demo")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the database and the window, report, and quit (for installers and CI)",
    )
    return parser.parse_args(argv)


def self_test_report(controller) -> int:
    """Print what the window shows; 0 when the five tabs are there and filled in."""
    window = controller.window
    if window is None or not window.isVisible():
        print("self-test failed: no window")
        return 1
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    from app.services.listing import ListQuery
    from app.services.members import list_members
    from ui.operations import read

    members = read(window.context, list_members, ListQuery(limit=0)).total
    print(f"self-test ok: {' | '.join(tabs)}; {members} members; {window.context.db.label}")
    return 0 if len(tabs) == 5 else 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    refcount_guard.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Start-up makes long-lived objects only (modules, classes, mappers, widgets): the cycle
    # collector would walk them again and again for nothing, a sixth of the start-up. It is
    # back on as soon as an event loop runs (the sign-in window) or the window is shown.
    gc.disable()
    QTimer.singleShot(0, _resume_collector)
    try:
        return _start(app, args)
    finally:
        _resume_collector()


def _resume_collector() -> None:
    """The cycle collector back on, for the objects made from now on.

    What start-up made lives as long as Osuva (its garbage is a few hundred objects): frozen,
    it is left out of every later collection instead of being walked by each one.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _start(app: QApplication, args: argparse.Namespace) -> int:
    app.setOrganizationName("Osuva")
    app.setApplicationName("Osuva")
    app.setApplicationDisplayName("Osuva")
    app.setWindowIcon(QIcon(str(resource_path("osuva.svg"))))
    lang = args.lang or i18n.saved_language() or i18n.system_language()
    i18n.install(lang)
    from ui import appearance

    appearance.apply()

    from ui.controller import Controller
    from ui.widgets import unexpected

    unexpected.install(args.data_dir)

    controller = Controller(args.data_dir, auto_demo=args.self_test)
    started = controller.start(args.db)
    _resume_collector()
    if not started:
        return 1
    if args.self_test:
        return self_test_report(controller)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
