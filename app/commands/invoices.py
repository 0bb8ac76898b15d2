"""osuva-admin commands for invoices and credit notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli import Parsers


def register(parsers: Parsers) -> None:
    """Add this area's subcommands (none yet)."""
