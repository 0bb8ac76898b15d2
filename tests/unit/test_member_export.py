"""Member export: CSV for Finnish Excel, a real XLSX, never the identity code, and a file
the import reads back column for column."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.cli import main
from app.domain import Member
from app.domain.enums import MemberStatus
from app.services import member_export
from app.services.errors import ServiceError, ValidationError
from app.services.member_export import export_members
from app.services.member_form import MemberForm
from app.services.member_import import map_columns, preview_import, read_table
from app.services.members import create_member, list_members
from app.services.uow import UnitOfWork
from tests.conftest import DEMO_TODAY

FI_HEADER = (
    "Jäsennumero;Sukunimi;Etunimi;Jäsenlaji;Tila;Liittymispäivä;Eroamispäivä;Lähiosoite;"
    "Postinumero;Postitoimipaikka;Kotikunta;Puhelin;Sähköposti;Kieli;Osuudet;Maksettu;Maksamatta"
)


def export(db, path: Path, lang: str = "fi") -> int:
    with UnitOfWork(db) as uow:
        return export_members(uow, path, lang=lang)


def members(db) -> list[Member]:
    with db.sessions() as session:
        found = session.scalars(select(Member).order_by(Member.id)).all()
        session.expunge_all()
    return list(found)


def personal_ids(db) -> list[str]:
    codes = [m.personal_id for m in members(db) if m.personal_id]
    assert len(codes) > 5
    return codes


def test_csv_follows_finnish_excel_conventions(demo_db, tmp_path):
    out = tmp_path / "jasenet.csv"
    assert export(demo_db, out) == len(members(demo_db)) == 40
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == FI_HEADER
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == 41
    with UnitOfWork(demo_db) as uow:
        listed = {m.member_number: m for m in list_members(uow) if m.member_number}
    first = rows[1]
    member = listed[int(first[0])]
    joined = member.joined_on
    assert first[5] == f"{joined.day}.{joined.month}.{joined.year}"
    assert first[15] == f"{member.paid:.2f}".replace(".", ",")
    assert first[16] == f"{member.open_fee:.2f}".replace(".", ",")
    assert all("." not in row[15] and "," in row[15] for row in rows[1:])
    # Member number order; applicants (no number) last.
    numbers = [int(r[0]) for r in rows[1:] if r[0]]
    assert numbers == sorted(numbers)
    assert [r[4] for r in rows[1:]][-3:] == ["hakija"] * 3


def test_xlsx_has_real_cells_and_a_readable_layout(demo_db, tmp_path):
    out = tmp_path / "jasenet.xlsx"
    export(demo_db, out)
    sheet = load_workbook(out).active
    assert sheet.title == "Jäsenet"
    assert [c.value for c in sheet[1]] == FI_HEADER.split(";")
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width > 8
    row = sheet[2]
    assert isinstance(row[0].value, int)
    assert isinstance(row[5].value, datetime)
    assert row[5].number_format == "d.m.yyyy"
    assert isinstance(row[14].value, int)
    assert isinstance(row[15].value, (int, float))
    assert row[15].number_format == "#,##0.00"
    assert [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[6] is not None]


@pytest.mark.parametrize(("suffix", "lang"), [(".csv", "fi"), (".xlsx", "sv"), (".csv", "en")])
def test_the_identity_code_is_never_exported(demo_db, tmp_path, suffix, lang):
    out = tmp_path / f"members{suffix}"
    export(demo_db, out, lang)
    if suffix == ".csv":
        content = out.read_text(encoding="utf-8-sig")
    else:
        with zipfile.ZipFile(out) as book:
            content = "".join(book.read(name).decode("utf-8") for name in book.namelist())
    assert members(demo_db)[-1].last_name in content
    for code in personal_ids(demo_db):
        assert code not in content
        assert code.replace("-", "") not in content


@pytest.mark.parametrize(
    ("lang", "first", "kind", "status"),
    [
        ("fi", "Jäsennumero", "työjäsen", "jäsen"),
        ("sv", "Medlemsnummer", "arbetande medlem", "medlem"),
        ("en", "Member number", "working member", "member"),
    ],
)
def test_headers_and_words_in_each_language(demo_db, tmp_path, lang, first, kind, status):
    out = tmp_path / "m.csv"
    export(demo_db, out, lang)
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert rows[0][0] == first
    assert kind in {r[3] for r in rows[1:]}
    assert status in {r[4] for r in rows[1:]}


@pytest.mark.parametrize(("suffix", "lang"), [(".csv", "fi"), (".xlsx", "sv"), (".xlsx", "en")])
def test_an_export_imports_again(demo_db, coop_db, tmp_path, suffix, lang):
    out = tmp_path / f"members{suffix}"
    export(demo_db, out, lang)
    table = read_table(out)
    assert len(map_columns(table.headers)) == len(table.headers) == 17
    with UnitOfWork(coop_db) as uow:
        result = preview_import(uow, table, DEMO_TODAY)
    assert result.ignored_columns == []
    with UnitOfWork(demo_db) as uow:
        shares = {m.id: (m.shares, m.paid) for m in list_members(uow)}
    originals = sorted(
        members(demo_db),
        key=lambda m: (m.member_number is None, m.member_number or 0, m.last_name, m.first_name),
    )
    assert len(result.rows) == len(originals) == 40
    for row, member in zip(result.rows, originals, strict=True):
        if member.status == MemberStatus.FORMER:
            assert row.problems == {"status": "unsupported", "left_on": "unsupported"}
            continue
        assert row.ok, (row.row_number, row.problems)
        got = row.form
        assert (got.first_name, got.last_name, got.street, got.postal_code, got.city) == (
            member.first_name,
            member.last_name,
            member.street,
            member.postal_code,
            member.city,
        )
        assert (got.municipality, got.phone, got.email, got.language, got.kind) == (
            member.municipality,
            member.phone,
            member.email,
            member.language,
            member.kind,
        )
        assert (row.accepted_on, row.member_number) == (member.accepted_on, member.member_number)
        count, paid = shares[member.id]
        assert (row.share_count or 0, row.paid or Decimal("0.00")) == (count, paid)


def test_formula_like_text_stays_text(coop_db, tmp_path):
    with UnitOfWork(coop_db) as uow:
        create_member(
            uow,
            MemberForm("=1+2", "@Mäkinen", date(2025, 1, 2), phone="+358 40 123 4567"),
            today=DEMO_TODAY,
        )
    export(coop_db, tmp_path / "m.csv")
    text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert ";'@Mäkinen;'=1+2;" in text
    assert ";+358 40 123 4567;" in text
    export(coop_db, tmp_path / "m.xlsx")
    cell = load_workbook(tmp_path / "m.xlsx").active["C2"]
    assert (cell.value, cell.data_type) == ("=1+2", "s")
    for name in ("m.csv", "m.xlsx"):
        with UnitOfWork(coop_db) as uow:
            form = preview_import(uow, read_table(tmp_path / name), DEMO_TODAY).rows[0].form
        assert (form.first_name, form.last_name, form.phone) == (
            "=1+2",
            "@Mäkinen",
            "+358 40 123 4567",
        )


def test_bad_requests_and_failed_writes(coop_db, tmp_path, monkeypatch):
    with pytest.raises(ValidationError):
        export(coop_db, tmp_path / "m.ods")
    with pytest.raises(ValidationError):
        export(coop_db, tmp_path / "m.csv", lang="de")
    out = tmp_path / "m.csv"
    out.write_text("the treasurer's own notes")

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(member_export, "_write_csv", disk_full)
    with pytest.raises(ServiceError):
        export(coop_db, out)
    assert out.read_text() == "the treasurer's own notes"
    assert [p.name for p in tmp_path.iterdir() if "sqlite" not in p.name] == ["m.csv"]


def test_cli_export(demo_db, tmp_path, capsys, cli_user):
    db = ["--db", str(tmp_path / "demo.sqlite")]
    out = tmp_path / "jasenet.xlsx"
    assert main(["export", "members", "--out", str(out), "--lang", "sv", *db]) == 0
    assert f"40 members written to {out}" in capsys.readouterr().out
    assert load_workbook(out).active["A1"].value == "Medlemsnummer"
    assert main(["export", "members", "--out", str(out), *db]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["export", "members", "--out", str(out), "--force", *db]) == 0
    assert load_workbook(out).active["A1"].value == "Jäsennumero"
    capsys.readouterr()
    assert main(["export", "members", "--out", str(tmp_path / "m.ods"), *db]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
