"""Where Osuva keeps its files (platformdirs), overridable with --data-dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Osuva"
DB_FILENAME = "osuva.sqlite"


def data_dir(override: str | Path | None = None) -> Path:
    """The user data directory; OSUVA_DATA_DIR or an explicit override wins."""
    chosen = override or os.environ.get("OSUVA_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database(override: str | Path | None = None) -> Path:
    return data_dir(override) / DB_FILENAME


def backup_dir(override: str | Path | None = None) -> Path:
    return data_dir(override) / "backups"
