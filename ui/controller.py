"""Which database is open, and the window showing it; replaced whole on switching."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.db import Database, DatabaseOpenError, open_database
from app.db.mappers import configure_mappers
from app.paths import backup_dir, data_dir, default_database
from app.services.backup import backup_database
from app.services.cooperative import get_cooperative, is_set_up
from app.services.errors import ServiceError
from app.services.policy import Actor, Permission
from app.services.users import SignInError, sign_in, sign_in_info
from ui import i18n
from ui.i18n import fill
from ui.main_window import MainWindow
from ui.operations import Context, read
from ui.welcome.dialog import Choice, WelcomeDialog
from ui.welcome.new_cooperative import NewCooperativeDialog
from ui.widgets.errors import backup_error_text, show_database_error
from ui.widgets.fields import typed

DEMO_FILENAME = "osuva-demo.sqlite"
FILE_FILTER = "Osuva (*.sqlite *.db);;* (*)"


# Before anyone signs in: may only ask whether the database is set up, and sign in.
NOBODY = Actor(name="", roles=frozenset())


def _local_context(db: Database) -> Context:
    return Context(db, NOBODY)


def _remove_unused(db: Database) -> None:
    """Delete a database this start created and nobody set up (the welcome was cancelled)."""
    db.dispose()
    if db.path is None:
        return
    for suffix in ("", "-wal", "-shm"):
        db.path.with_name(db.path.name + suffix).unlink(missing_ok=True)


class Controller(QObject):
    def __init__(self, data_dir_override: str | None = None, *, auto_demo: bool = False) -> None:
        super().__init__()
        self.data_dir_override = data_dir_override
        # Unattended runs (the self-test) take the demo instead of asking.
        self.auto_demo = auto_demo
        self.context: Context | None = None
        self.window: MainWindow | None = None

    # -- choosing a database -------------------------------------------------
    def start(self, target: str | None) -> bool:
        """Open what was asked, else the last database used, else the default one."""
        last = QSettings().value("last_database")
        # A chosen data folder (--data-dir, OSUVA_DATA_DIR) wins over the remembered database.
        chosen_folder = self.data_dir_override or os.environ.get("OSUVA_DATA_DIR")
        if target is None and last and not chosen_folder and ("://" in last or Path(last).exists()):
            target = last
        if target is None:
            # Only the default database is made on first start; a named file must exist.
            return self.open(str(default_database(self.data_dir_override)), create=True)
        return self.open(target)

    def open(self, target: str, *, create: bool = False) -> bool:
        existed = "://" in target or Path(target).exists()
        db = self._open_database(target, create=create)
        if db is None:
            return False
        context = _local_context(db)
        if read(context, is_set_up):
            return self._sign_in_and_show(db)
        opened = self._set_up(context)
        # Made just now and not the one set up (cancelled, or the demo or another file chosen).
        if not existed and (self.context is None or self.context.db is not db):
            _remove_unused(db)
        return opened

    def _sign_in_and_show(self, db: Database, username: str = "") -> bool:
        actor = self._sign_in(db, username)
        if actor is None:
            db.dispose()
            return False
        self._show(Context(db, actor))
        return True

    def _sign_in(self, db: Database, username: str = "") -> Actor | None:
        from ui.signin.dialog import SignInDialog

        context = _local_context(db)
        info = read(context, sign_in_info)
        if self.auto_demo:
            # Unattended runs sign in as the demo's admin, or as OSUVA_USER.
            name = os.environ.get("OSUVA_USER") or ("admin" if info.is_demo else "")
            password = os.environ.get("OSUVA_PASSWORD") or ("demo" if info.is_demo else "")
            try:
                return read(context, sign_in, name, password)
            except SignInError:
                return None
        dialog = SignInDialog(context, info, self.window)
        dialog.username.setText(username or str(QSettings().value("last_user", "") or ""))
        if typed(dialog.username):
            dialog.password.setFocus()
        # The window shows first (sign_in_info reads tables); the ORM is set up once it has
        # painted, while the user types, so that signing in does not wait for it.
        QTimer.singleShot(100, dialog, configure_mappers)
        if not dialog.exec() or dialog.actor is None:
            return None
        QSettings().setValue("last_user", dialog.actor.name)
        return dialog.actor

    def sign_out(self) -> None:
        """Hide the window and ask who signs in next; cancelling closes Osuva."""
        assert self.context is not None and self.window is not None
        db = self.context.db
        self.window.hide()
        actor = self._sign_in(db)
        if actor is None:
            self.window.close()
            return
        self.context = Context(db, actor)
        self._rebuild_window()

    def _open_database(self, target: str, *, create: bool = False) -> Database | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return open_database(target, create=create)
        except DatabaseOpenError as error:
            QGuiApplication.restoreOverrideCursor()
            if self.auto_demo:
                # Unattended (installers, CI): nobody would answer a message box.
                print(f"self-test failed: {error}", file=sys.stderr)
                return None
            show_database_error(self.window, error)
            return None
        finally:
            if QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()

    def _set_up(self, context: Context) -> bool:
        """An empty database: ask whether to create a cooperative, try the demo or open a file."""
        if self.auto_demo:
            context.db.dispose()
            return self.open_demo()
        while True:
            welcome = WelcomeDialog(self.window)
            if not welcome.exec() or welcome.choice is None:
                context.db.dispose()
                return False
            if welcome.choice is not Choice.NEW:
                break
            dialog = NewCooperativeDialog(context, self.window)
            if dialog.exec():
                return self._sign_in_and_show(context.db, dialog.admin_username())
            # Cancelling the form goes back to the three choices, not out of Osuva.
        context.db.dispose()
        if welcome.choice is Choice.DEMO:
            return self.open_demo()
        return self.choose_and_open()

    def open_demo(self) -> bool:
        path = data_dir(self.data_dir_override) / DEMO_FILENAME
        if not path.exists():
            from app.demo import generate_demo

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                db = open_database(path, create=True)
                generate_demo(db)
                db.dispose()
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self.open(str(path))

    def choose_and_open(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open an Osuva database"),
            str(data_dir(self.data_dir_override)),
            FILE_FILTER,
        )
        return self.open(path) if path else False

    def new_cooperative(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New cooperative: choose where to save it"),
            str(data_dir(self.data_dir_override)),
            FILE_FILTER,
        )
        if not path:
            return
        db = self._open_database(path, create=True)
        if db is None:
            return
        context = _local_context(db)
        if read(context, is_set_up):
            db.dispose()
            QMessageBox.warning(
                self.window,
                self.tr("New cooperative"),
                self.tr("That file already holds a cooperative. Choose another file name."),
            )
            return
        dialog = NewCooperativeDialog(context, self.window)
        if dialog.exec():
            self._sign_in_and_show(db, dialog.admin_username())
        else:
            db.dispose()

    def backup(self) -> None:
        """File > Back up now: copied in the background; Cancel leaves no backup file."""
        from ui.operations.jobs import FileJob

        assert self.context is not None
        if not self.context.actor.may(Permission.BACKUP):
            return
        window = self.window

        def saved(path) -> None:
            QMessageBox.information(
                window, self.tr("Back up"), fill(self.tr("Backup saved to %1"), path)
            )

        def failed(error: BaseException) -> bool:
            if not isinstance(error, ServiceError):
                return False
            QMessageBox.warning(window, self.tr("Back up"), backup_error_text(error))
            return True

        job = FileJob(
            window,
            self.tr("Backing up the database…"),
            backup_database,
            self.context.db,
            backup_dir(self.data_dir_override),
        )
        # A backup that finished just as the user pressed Cancel is not kept either.
        job.discard(lambda path: path.unlink(missing_ok=True))
        job.success(saved).failure(failed).run()

    def edit_settings(self) -> None:
        from ui.settings.dialog import SettingsDialog

        assert self.context is not None
        if SettingsDialog(self.context, self.window).exec():
            self._rebuild_window()

    # -- the window ----------------------------------------------------------
    def _show(self, context: Context) -> None:
        old_context, self.context = self.context, context
        if old_context is not None and old_context.db is not context.db:
            old_context.db.dispose()
        # The self-test checks a database; it does not make it the user's next one.
        if not self.auto_demo and (context.db.path is not None or "://" in context.db.url):
            QSettings().setValue("last_database", str(context.db.path or context.db.url))
        self._rebuild_window()

    def _rebuild_window(self) -> None:
        assert self.context is not None
        name = read(self.context, get_cooperative).name
        window = MainWindow(self.context, name)
        window.new_requested.connect(self.new_cooperative)
        window.open_requested.connect(self.choose_and_open)
        window.backup_requested.connect(self.backup)
        window.settings_requested.connect(self.edit_settings)
        window.language_requested.connect(self.set_language)
        window.sign_out_requested.connect(self.sign_out)
        old, self.window = self.window, window
        if old is not None:
            window.restoreGeometry(old.saveGeometry())
            window.tabs.setCurrentIndex(old.tabs.currentIndex())
            old.close()
            old.deleteLater()
        else:
            geometry = QSettings().value("window_geometry")
            if geometry is None or not window.restoreGeometry(geometry):
                window.resize(1100, 700)
        window.refresh()
        window.show()

    def set_language(self, lang: str) -> None:
        i18n.install(lang)
        i18n.save_language(lang)
        self._rebuild_window()
