"""Starting Osuva: first start, the demo, bad files, switching language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from ui.controller import DEMO_FILENAME, Controller
from ui.welcome.dialog import Choice, WelcomeDialog


def choose(monkeypatch, choice: Choice | None) -> list[bool]:
    shown: list[bool] = []

    def fake_exec(self):
        shown.append(True)
        self.choice = choice
        return 1 if choice else 0

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    return shown


def test_first_start_offers_the_demo_and_opens_it(
    qtbot, monkeypatch, isolated_data_dir, language, sign_in_as
):
    language("fi")
    shown = choose(monkeypatch, Choice.DEMO)
    controller = Controller()
    assert controller.start(None)
    qtbot.addWidget(controller.window)
    assert shown == [True]
    assert controller.context.db.path == isolated_data_dir / DEMO_FILENAME
    assert controller.window.members_tab.list.model.rowCount() > 0
    # The empty default database made for the welcome screen is not left behind.
    assert not (isolated_data_dir / "osuva.sqlite").exists()
    assert QSettings().value("last_database") == str(isolated_data_dir / DEMO_FILENAME)


def test_cancelling_the_welcome_opens_nothing_and_leaves_no_file(
    qtbot, monkeypatch, language, isolated_data_dir
):
    language("en")
    choose(monkeypatch, None)
    controller = Controller()
    assert not controller.start(None)
    assert controller.window is None
    assert not (isolated_data_dir / "osuva.sqlite").exists()


def test_cancelling_the_new_cooperative_form_goes_back_to_the_choices(
    qtbot, monkeypatch, language, isolated_data_dir
):
    from ui.welcome.new_cooperative import NewCooperativeDialog

    language("en")
    answers = iter([Choice.NEW, None])

    def fake_exec(self):
        self.choice = next(answers)
        return 1 if self.choice else 0

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    forms: list[bool] = []
    monkeypatch.setattr(NewCooperativeDialog, "exec", lambda self: forms.append(True) or 0)
    controller = Controller()
    assert not controller.start(None)
    # The form was cancelled, the choices came back, and cancelling those ended it cleanly.
    assert forms == [True]
    assert next(answers, "used up") == "used up"
    assert not (isolated_data_dir / "osuva.sqlite").exists()


def test_garbage_file_is_refused_with_a_message_and_left_alone(
    qtbot, monkeypatch, tmp_path, language
):
    language("fi")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"these are my shopping notes, not a database")
    controller = Controller()
    assert not controller.open(str(bad))
    assert bad.read_bytes() == b"these are my shopping notes, not a database"
    assert len(messages) == 1
    assert "ei ole Osuvan tietokanta" in messages[0]
    assert str(bad) in messages[0]


def test_language_switch_rebuilds_the_window_and_is_remembered(
    qtbot, monkeypatch, demo_db, language, sign_in_as
):
    language("fi")
    controller = Controller()
    assert controller.open(str(demo_db.path))
    qtbot.addWidget(controller.window)
    controller.window.tabs.setCurrentIndex(3)
    controller.set_language("sv")
    window = controller.window
    qtbot.addWidget(window)
    assert window.tabs.tabText(0).replace("&", "") == "Medlemmar"
    assert window.tabs.currentIndex() == 3
    assert QSettings().value("language") == "sv"


def test_demo_file_is_reused_not_regenerated(
    qtbot, monkeypatch, isolated_data_dir, language, sign_in_as
):
    import app.demo

    language("en")
    choose(monkeypatch, Choice.DEMO)
    first = Controller()
    assert first.start(None)
    qtbot.addWidget(first.window)
    demo = Path(first.context.db.path)
    rows = first.window.members_tab.list.model.rowCount()
    first.context.db.dispose()

    def must_not_run(*args, **kwargs):
        raise AssertionError("the demo was generated again")

    monkeypatch.setattr(app.demo, "generate_demo", must_not_run)
    second = Controller()
    assert second.open_demo()
    qtbot.addWidget(second.window)
    assert second.context.db.path == demo
    assert second.window.members_tab.list.model.rowCount() == rows


def test_a_chosen_data_folder_wins_over_the_remembered_database(
    qtbot, monkeypatch, tmp_path, demo_db, language
):
    language("en")
    QSettings().setValue("last_database", str(demo_db.path))
    chosen = tmp_path / "elsewhere"
    shown = choose(monkeypatch, None)
    controller = Controller(str(chosen))
    assert not controller.start(None)
    # The welcome screen of the chosen folder's new database, not the remembered demo.
    assert shown == [True]
    assert controller.window is None
    # With no folder chosen, the remembered database opens again.
    monkeypatch.delenv("OSUVA_DATA_DIR")
    again = Controller()
    assert again.start(None)
    qtbot.addWidget(again.window)
    assert again.context.db.path == demo_db.path


def test_the_self_test_does_not_become_the_next_database(qtbot, demo_db, language):
    language("en")
    QSettings().setValue("last_database", "/somewhere/else.sqlite")
    controller = Controller(auto_demo=True)
    assert controller.start(str(demo_db.path))
    qtbot.addWidget(controller.window)
    assert QSettings().value("last_database") == "/somewhere/else.sqlite"
