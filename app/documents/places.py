"""Municipality names in the document's language: Borgå, not Porvoo, on a Swedish page."""

from __future__ import annotations

import csv
from functools import cache

from .fonts import resources_dir


@cache
def _swedish_names() -> dict[str, str]:
    """Finnish (and Swedish) name, case-folded → the Swedish name."""
    path = resources_dir() / "municipalities" / "municipalities_sv.csv"
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file, delimiter=";"):
            swedish = row["sv"]
            finnish = row["fi"]
            for name in (finnish, finnish.split(" - ")[0], finnish.removesuffix(" kunta"), swedish):
                names[name.casefold()] = swedish
    return names


def place_name(name: str, lang: str) -> str:
    """A municipality or town as written in `lang`; unknown names are printed as entered."""
    if lang != "sv" or not name:
        return name
    return _swedish_names().get(" ".join(name.split()).casefold(), name)
