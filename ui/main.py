"""Start Osuva: `osuva [--db PATH_OR_URL] [--lang fi|sv|en] [--data-dir DIR]`."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.i18n import resource_path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="osuva", description="Osuva")
    parser.add_argument("--db", help="database file or URL (e.g. postgresql://host/osuva)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of the interface")
    parser.add_argument("--data-dir", help="folder for the database, backups and the demo")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
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

    controller = Controller(args.data_dir)
    if not controller.start(args.db):
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
