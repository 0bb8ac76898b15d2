"""Shared fixtures: headless Qt, isolated settings and data folder, fresh databases."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db import Database, open_database
from app.services.cooperative import NewCooperative, create_cooperative
from app.services.uow import UnitOfWork

# The demo is generated relative to this day so tests never depend on the calendar.
DEMO_TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch) -> Path:
    """No test reads or writes the real user's data folder or settings."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("OSUVA_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db(tmp_path) -> Database:
    database = open_database(tmp_path / "test.sqlite", create=True)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def coop_template(tmp_path_factory) -> Path:
    """An empty cooperative (share price 50,00 €), built once and copied for each test."""
    path = tmp_path_factory.mktemp("coop") / "coop.sqlite"
    database = open_database(path, create=True)
    with UnitOfWork(database) as uow:
        create_cooperative(
            uow,
            NewCooperative(
                name="Osuuskunta Testi",
                business_id="2077474-0",
                iban="FI3715903000000776",
                admin_password="salasana-1",
            ),
        )
    database.dispose()
    return path


@pytest.fixture
def coop_db(coop_template, tmp_path) -> Database:
    path = tmp_path / "coop.sqlite"
    shutil.copy(coop_template, path)
    database = open_database(path)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo cooperative, generated once per test process and copied for each test."""
    from app.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path, create=True)
    generate_demo(database, today=DEMO_TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Database:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = open_database(path)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def no_signed_in_user(monkeypatch):
    """osuva-admin signs in only where a test says so."""
    monkeypatch.delenv("OSUVA_USER", raising=False)
    monkeypatch.delenv("OSUVA_PASSWORD", raising=False)


@pytest.fixture
def cli_user(monkeypatch):
    """Sign osuva-admin in as this user (the demo's admin at first)."""

    def sign_in(user: str = "admin", password: str = "demo") -> None:
        monkeypatch.setenv("OSUVA_USER", user)
        monkeypatch.setenv("OSUVA_PASSWORD", password)

    sign_in()
    return sign_in
