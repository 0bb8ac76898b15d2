"""Configure SQLAlchemy's mappers ahead of the first ORM query, when nobody waits for it.

The first query on a mapped class configures every mapper (relationships of all the tables),
which takes a noticeable moment; the sign-in window does it while the user starts typing.
"""

from __future__ import annotations


def configure_mappers() -> None:
    from sqlalchemy.orm import configure_mappers as configure

    import app.domain  # noqa: F401  every mapped class, so that each relationship resolves

    configure()
