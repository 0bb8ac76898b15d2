"""The tab models obey Qt's model contract and give native values for sorting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

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
from ui.widgets.table_model import SORT_ROLE
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


def test_sort_role_gives_native_values(demo_db, language):
    language("fi")
    model = InvoiceTableModel()
    with UnitOfWork(demo_db) as uow:
        model.set_rows(list_invoices(uow, today=DEMO_TODAY))
    issued = next(r for r in range(model.rowCount()) if model.row_at(r).issue_date)
    assert isinstance(model.index(issued, model.TOTAL).data(SORT_ROLE), Decimal)
    assert isinstance(model.index(issued, model.ISSUED).data(SORT_ROLE), date)


def test_names_sort_in_the_nordic_order(qapp, language):
    from dataclasses import dataclass

    from PySide6.QtCore import Qt

    from ui.widgets.sort_proxy import SortFilterProxy
    from ui.widgets.table_model import Column, RowTableModel

    @dataclass
    class Row:
        name: str

    class Names(RowTableModel):
        COLUMNS = (Column("Name", lambda r, lang: r.name, lambda r: r.name),)

    language("sv")
    model = Names()
    model.set_rows([Row(n) for n in ("Östman", "Ahola", "Åberg", "Zetterberg", "Ängel", "")])
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == ["Ahola", "Zetterberg", "Åberg", "Ängel", "Östman", ""]
