"""The tab models obey Qt's model contract, sort through their service and format once."""

from __future__ import annotations

import pytest

from app.services.coaching import list_sessions
from app.services.invoicing import list_invoices
from app.services.members import list_members
from app.services.uow import UnitOfWork
from app.services.work import list_assignments
from tests.conftest import DEMO_TODAY
from ui.coaching.model import SessionTableModel
from ui.invoicing.model import InvoiceTableModel
from ui.members.model import MemberTableModel
from ui.work.model import AssignmentTableModel

CASES = [
    (MemberTableModel, list_members),
    (AssignmentTableModel, list_assignments),
    (SessionTableModel, list_sessions),
    (InvoiceTableModel, lambda uow: list_invoices(uow, today=DEMO_TODAY)),
]


@pytest.mark.parametrize(("model_class", "loader"), CASES)
def test_model_contract(qtmodeltester, demo_db, language, model_class, loader):
    language("fi")
    model = model_class()
    with UnitOfWork(demo_db) as uow:
        model.set_rows(loader(uow))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_every_sortable_column_names_a_sort_the_service_knows(demo_db):
    from app.services.coaching import SESSION_LIST
    from app.services.invoicing import invoice_list
    from app.services.members import MEMBER_LIST
    from app.services.work import ASSIGNMENT_LIST

    for model_class, spec in (
        (MemberTableModel, MEMBER_LIST),
        (AssignmentTableModel, ASSIGNMENT_LIST),
        (SessionTableModel, SESSION_LIST),
        (InvoiceTableModel, invoice_list()),
    ):
        keys = {c.sort for c in model_class.COLUMNS if c.sort is not None}
        assert keys and keys <= set(spec.sorts), model_class.__name__
        default_column, _order = model_class.DEFAULT_SORT
        assert model_class.COLUMNS[default_column].sort == spec.default_sort


def test_cells_are_formatted_once_per_row(demo_db, language, monkeypatch):
    import ui.invoicing.model as invoice_model

    language("fi")
    calls = []
    real = invoice_model.format_money
    monkeypatch.setattr(invoice_model, "format_money", lambda *a: calls.append(a) or real(*a))
    model = InvoiceTableModel()
    with UnitOfWork(demo_db) as uow:
        model.set_rows(list_invoices(uow, today=DEMO_TODAY))
    for _ in range(3):
        assert model.index(0, model.TOTAL).data().endswith("€")
        model.index(0, model.OPEN).data()
    assert len(calls) == 2
