"""Paged lists: one query type for every list, one page type back, search keys and sorting.

A list service takes a `ListQuery` (search text, a named filter, a sort key and order, an
offset and a limit) and returns a `Page`: the rows of that slice and how many rows match in
all. Searching, filtering and sorting happen in SQL over indexed columns, so a page costs
the same for 100 members as for 100 000.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.domain.search import search_key

R = TypeVar("R")
__all__ = [
    "PAGE_SIZE",
    "ListQuery",
    "ListSpec",
    "Page",
    "fetch_page",
    "likely",
    "position_in",
    "search_key",
    "starts_with",
]

PAGE_SIZE = 200
# Above every character: `key >= p AND key < p || TOP` is a prefix match any index can serve.
TOP = "\U0010ffff"


@dataclass(frozen=True)
class ListQuery:
    """What the user asks of a list. `sort=None` means the list's own default order."""

    search: str = ""
    filter: str | None = None
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    # None: every matching row (exports, tests); the UI always asks for a page.
    limit: int | None = PAGE_SIZE

    def at(self, offset: int) -> ListQuery:
        return replace(self, offset=offset)


@dataclass(frozen=True)
class Page(Generic[R]):
    """One slice of a list and the number of rows matching the query in all.

    A page also reads as a sequence of its rows, so `for row in list_members(uow)` works.
    """

    rows: list[R]
    total: int
    offset: int = 0

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.rows) < self.total

    def __iter__(self) -> Iterator[R]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> R:
        return self.rows[index]


def starts_with(column: Any, prefix: str) -> ColumnElement[bool]:
    """A prefix match written as a range, which SQLite and PostgreSQL serve from an index."""
    return and_(column >= prefix, column < prefix + TOP)


class likely(FunctionElement):
    """A condition most rows meet, as a hint to SQLite's query planner (elsewhere: as is).

    SQLite without statistics takes `status = 'member'` for the most selective term and walks
    every current member to find the few a search matches; told the filter keeps most rows,
    it looks the search up in its indexes instead.
    """

    # No Boolean type: SQLAlchemy would compare it to 1 on SQLite and hide the index.
    inherit_cache = True
    name = "likely"


@compiles(likely)
def _likely_plain(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


@compiles(likely, "sqlite")
def _likely_sqlite(element, compiler, **kw):
    return f"likelihood({compiler.process(element.clauses, **kw)}, 0.9)"


@dataclass(frozen=True)
class ListSpec:
    """How one list sorts: each sort key is one or more SQL expressions, the id breaks ties."""

    sorts: dict[str, tuple[Any, ...]]
    default_sort: str
    default_descending: bool
    id_column: Any

    def order_by(self, query: ListQuery) -> list[Any]:
        key = query.sort if query.sort in self.sorts else self.default_sort
        descending = query.descending if query.sort in self.sorts else self.default_descending
        columns = (*self.sorts[key], self.id_column)
        return [c.desc() if descending else c.asc() for c in columns]


def fetch_page(
    session, spec: ListSpec, base: Select, query: ListQuery, count: Select | None = None
) -> tuple[list, int]:
    """The rows of `base` (already filtered) for this page, and the count of all matches.

    `count` counts the matches without the joins that only add columns, so the count can
    come from the smallest index of the main table.
    """
    if count is None:
        count = base.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)
    total = session.scalar(count)
    stmt = base.order_by(*spec.order_by(query)).offset(query.offset)
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    return list(session.execute(stmt)), int(total or 0)


def position_in(session, spec: ListSpec, base: Select, query: ListQuery, row_id: int) -> int | None:
    """Where the row `row_id` stands in the whole sorted list, or None if it does not match."""
    numbered = base.with_only_columns(
        spec.id_column.label("row_id"),
        (func.row_number().over(order_by=spec.order_by(query)) - 1).label("position"),
        maintain_column_froms=True,
    ).subquery()
    return session.scalar(select(numbered.c.position).where(numbered.c.row_id == row_id))
