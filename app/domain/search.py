"""Search keys: casefolded copies of names kept beside them, so SQL can search with an index.

SQLite's lower() folds only ASCII, so "ÅBERG" would never match "åberg" in SQL. The model
stores the casefolded text in a `search_*` column on every insert and update instead.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from sqlalchemy import event


def search_key(*parts: str | None) -> str:
    """Casefolded words: ("Åberg ", "Matti") → "åberg matti".

    Composed (NFC) so an "ä" typed on a keyboard matches an "ä" pasted from a file. Code-point
    order of the casefolded key puts å < ä < ö after z, as Finnish and Swedish sort them.
    """
    text = " ".join(p for p in parts if p)
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def keyed(*sources: str) -> Callable[[Any], str]:
    """A column default computing the key from other columns of the same insert (bulk too)."""

    def default(context: Any) -> str:
        params = context.get_current_parameters()
        return search_key(*(params.get(name) for name in sources))

    return default


def keep_search_keys(model: type, keys: dict[str, tuple[str, ...]]) -> None:
    """Recompute each `search_*` column from its sources whenever the ORM writes the row."""

    def fill(_mapper: Any, _connection: Any, target: Any) -> None:
        for column, sources in keys.items():
            setattr(target, column, search_key(*(getattr(target, s) for s in sources)))

    event.listen(model, "before_insert", fill)
    event.listen(model, "before_update", fill)
