"""Fixtures for the e-invoice tests: a small cooperative with a handful of issued invoices."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from app.domain.enums import Role
from app.services.uow import Actor

from .invoices import Invoices, add_invoices

DATA = Path(__file__).parents[2] / "data"
TREASURER = Actor("Katja Lindroos", Role.TREASURER)
FACILITATOR = Actor("Olli Ohjaaja", Role.FACILITATOR)


@pytest.fixture
def invoices(coop_db) -> Invoices:
    return add_invoices(coop_db)


@pytest.fixture(scope="session")
def finvoice_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DATA / "finvoice" / "Finvoice3.0.xsd")))
