"""Reading a spreadsheet (CSV or XLSX) into raw rows, whatever Excel or LibreOffice wrote."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ServiceError

MAX_ROWS = 20_000
# A member list of 20 000 rows is a few megabytes; anything far larger is not one.
MAX_BYTES = 50 * 1024 * 1024
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = ";,\t"
_SAMPLE = 64 * 1024
_TEXT_CONTROLS = frozenset("\t\n\r")


class ImportFileError(ServiceError):
    """The file is not a member table: code is empty, no_header, unreadable, too_many_rows,
    too_large, unsupported_type, missing_columns or duplicate_columns."""

    def __init__(self, code: str, *, columns: list[str] | None = None) -> None:
        detail = f" ({', '.join(columns)})" if columns else ""
        super().__init__(f"cannot import the file: {code}{detail}", code=code)
        self.columns = list(columns or [])


@dataclass(frozen=True)
class RawRow:
    """One data row: its number as the spreadsheet shows it (header = row 1) and its cells."""

    number: int
    cells: tuple[object, ...]


@dataclass
class RawTable:
    """The header and the non-empty rows below it, cells as read (text, dates, numbers)."""

    source: str
    headers: list[str]
    header_row: int = 1
    rows: list[RawRow] = field(default_factory=list)


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _table(source: str, records: Iterable[Sequence[object]]) -> RawTable:
    """The first non-empty record is the header; blank records keep their row numbers."""
    table: RawTable | None = None
    for number, record in enumerate(records, start=1):
        cells = tuple(record)
        while cells and _blank(cells[-1]):
            cells = cells[:-1]
        if not cells:
            continue
        if table is None:
            headers = ["" if c is None else str(c).strip() for c in cells]
            table = RawTable(source=source, headers=headers, header_row=number)
            continue
        if len(table.rows) >= MAX_ROWS:
            raise ImportFileError("too_many_rows")
        table.rows.append(RawRow(number, cells))
    if table is None:
        raise ImportFileError("empty")
    return table


def decode_text(data: bytes) -> str:
    """UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), else
    Windows-1252 (Excel's "CSV (semicolon)" on a Finnish Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    elif b"\x00" in data:
        # NUL bytes never occur in a text table: an image, a zip or some other binary file.
        raise ImportFileError("unreadable")
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE]
        controls = sum(1 for ch in sample if ch < " " and ch not in _TEXT_CONTROLS)
        if controls > len(sample) // 100 or "\x00" in sample:
            raise ImportFileError("unreadable")
        return text
    raise ImportFileError("unreadable")


def detect_delimiter(text: str) -> str:
    """Semicolon, comma or tab: csv.Sniffer first, then whichever splits the header most."""
    lines = [line for line in text[:_SAMPLE].splitlines() if line.strip()][:50]
    if not lines:
        raise ImportFileError("empty")

    def header_width(delimiter: str) -> int:
        return len(next(csv.reader([lines[0]], delimiter=delimiter), []))

    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    best = max(DELIMITERS, key=header_width)
    # The sniffer can be fooled by decimal commas; a header it cannot split is a wrong guess.
    if sniffed and header_width(sniffed) >= header_width(best):
        return sniffed
    return best


def read_csv_text(text: str, source: str = "") -> RawTable:
    """Parse CSV text with its delimiter detected."""
    if not text.strip():
        raise ImportFileError("empty")
    delimiter = detect_delimiter(text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return _table(source, reader)
    except csv.Error as exc:
        raise ImportFileError("unreadable") from exc


def _read_csv(path: Path) -> RawTable:
    data = path.read_bytes()
    if not data.strip():
        raise ImportFileError("empty")
    return read_csv_text(decode_text(data), path.name)


def _read_xlsx(path: Path) -> RawTable:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        # openpyxl raises many kinds (zip, XML, key) for a file that is not a workbook.
        raise ImportFileError("unreadable") from exc
    try:
        if not book.worksheets:
            raise ImportFileError("empty")
        sheet = book.worksheets[0]
        try:
            return _table(path.name, sheet.iter_rows(values_only=True))
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError("unreadable") from exc
    finally:
        book.close()


def read_table(path: str | Path) -> RawTable:
    """Read a .csv (also .txt/.tsv) or .xlsx file; ImportFileError if it is not a table."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise ImportFileError("unsupported_type")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError("unreadable") from exc
    if size == 0:
        raise ImportFileError("empty")
    if size > MAX_BYTES:
        raise ImportFileError("too_large")
    try:
        return _read_csv(path) if suffix in CSV_SUFFIXES else _read_xlsx(path)
    except OSError as exc:
        raise ImportFileError("unreadable") from exc
