"""Search keys: casefolded copies of names kept beside them, so SQL can search with an index.

SQLite's lower() folds only ASCII, so "ÅBERG" would never match "åberg" in SQL. The model
stores the casefolded text in a `search_*` column on every insert and update instead.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from sqlalchemy import event

# Code points put ä (E4) before å (E5); Finnish and Swedish want z < å < ä < ö. A casefolded
# key never holds a capital, so å is stored as Å (C5): after z, before ä, and still an å to
# a database collation that knows the language.
_NORDIC_ORDER = str.maketrans({"å": "Å"})


def search_key(*parts: str | None) -> str:
    """Casefolded words for searching and sorting: ("Öberg ", "Matti") → "öberg matti".

    Composed (NFC) so an "ä" typed on a keyboard matches an "ä" pasted from a file. Apply it
    to the search text too: the stored key and the typed prefix must be made the same way.
    """
    text = " ".join(p for p in parts if p)
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return folded.translate(_NORDIC_ORDER)


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
