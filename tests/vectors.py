"""Load the public Finnish-format test vectors shipped in tests/data/vectors.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

VECTORS_PATH = Path(__file__).parent / "data" / "vectors.json"


def load_vectors() -> dict[str, Any]:
    """Return the parsed vectors file (a fresh copy on each call)."""
    return json.loads(VECTORS_PATH.read_text(encoding="utf-8"))
