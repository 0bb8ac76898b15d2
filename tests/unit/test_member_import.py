"""Member import: any spreadsheet in, row-by-row problems out, nothing saved until commit,
and a commit saves every good row or none."""

from __future__ import annotations

import csv
import json
import random
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.domain import AuditEntry, Cooperative, Member, SharePayment, ShareSubscription
from app.domain.enums import Language, MemberKind, MemberStatus, SharePaymentMethod
from app.services import member_import, member_import_read
from app.services.errors import ServiceError
from app.services.member_form import MemberForm
from app.services.member_import import (
    ImportFileError,
    commit_import,
    map_columns,
    preview_import,
    read_table,
)
from app.services.member_import_columns import (
    COLUMN_SYNONYMS,
    EXPORT_HEADERS,
    field_for_header,
    normalize,
)
from app.services.members import create_member
from app.services.membership import accept_member
from app.services.shares import member_reference
from app.services.uow import UnitOfWork
from tests.conftest import DEMO_TODAY

DATA = Path(__file__).resolve().parents[1] / "data"
FI_EXCEL = DATA / "members_fi_excel.csv"
XLSX = DATA / "members.xlsx"
TODAY = DEMO_TODAY
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
# The deliberate errors in members_fi_excel.csv (see tests/data/README.md).
FI_EXCEL_PROBLEMS = {
    14: {"personal_id": "checksum"},
    33: {"email": "format"},
    47: {"postal_code": "length"},
    58: {"accepted_on": "future"},
    71: {"personal_id": "duplicate"},
    88: {"personal_id": "checksum"},
    102: {"email": "format"},
    119: {"postal_code": "length"},
    135: {"accepted_on": "date"},
    150: {"name": "duplicate"},
    166: {"paid": "number"},
    181: {"paid": "overpayment"},
}


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def preview(db, source, today: date = TODAY):
    table = source if isinstance(source, member_import_read.RawTable) else read_table(source)
    with UnitOfWork(db) as uow:
        return preview_import(uow, table, today)


def commit(db, result, **options) -> int:
    with UnitOfWork(db) as uow:
        return commit_import(uow, result, **options)


def count(db, model) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def problems(result) -> dict[int, dict[str, str]]:
    return {r.row_number: r.problems for r in result.rows if r.problems}


def add_member(db, first: str, last: str, accepted: date | None = None, **fields) -> int:
    with UnitOfWork(db) as uow:
        member_id = create_member(
            uow, MemberForm(first, last, date(2024, 1, 2), **fields), today=TODAY
        )
        if accepted:
            accept_member(uow, member_id, accepted)
    return member_id


# --- reading files ----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    path = write(tmp_path / "m.csv", "Sukunimi;Etunimi;Kotikunta\nMäkinen;Åsa;Närpiö\n", encoding)
    table = read_table(path)
    assert table.headers == ["Sukunimi", "Etunimi", "Kotikunta"]
    assert table.rows[0].cells == ("Mäkinen", "Åsa", "Närpiö")


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiters_are_detected(tmp_path, coop_db, delimiter):
    rows = [["Sukunimi", "Etunimi", "Liittymispäivä", "Osuudet", "Maksettu"]]
    rows += [["Mäkinen", "Aino", "1.2.2020", "1", "25,50"], ["Ek", "Esa", "", "", ""]]
    with (tmp_path / "m.csv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    table = read_table(tmp_path / "m.csv")
    assert table.rows[0].cells == ("Mäkinen", "Aino", "1.2.2020", "1", "25,50")
    row = preview(coop_db, table).rows[0]
    assert (row.accepted_on, row.share_count, row.paid) == (date(2020, 2, 1), 1, Decimal("25.50"))


@pytest.mark.parametrize(
    "headers",
    [
        ["Etunimi", "Sukunimi", "Hetu", "Katuosoite", "Postinumero", "Kaupunki", "Kotikunta",
         "Puhelin", "Sähköposti", "Kieli", "Jäsenlaji", "Jäsen alkaen", "Hakemuspäivä",
         "Jäsennumero", "Osuudet", "Maksettu", "Syntymäaika"],
        ["Förnamn", "Efternamn", "Personbeteckning", "Gatuadress", "Postnummer", "Postanstalt",
         "Hemkommun", "Telefon", "E-post", "Språk", "Medlemstyp", "Inträde", "Ansökningsdatum",
         "Medlemsnummer", "Andelar", "Betalt", "Födelsedatum"],
        ["FIRST NAME", "last-name", "Identity code", "Address", "Postal code", "City",
         "Municipality", "Phone", "E-mail", "Language", "Kind", "Joined", "Applied",
         "Member no.", "Shares", "Paid", "Date of birth"],
    ],
    ids=["fi", "sv", "en"],
)  # fmt: skip
def test_header_synonyms_in_three_languages(headers):
    fields = list(map_columns(headers).values())
    assert fields == [
        "first_name", "last_name", "personal_id", "street", "postal_code", "city",
        "municipality", "phone", "email", "language", "kind", "accepted_on", "applied_on",
        "member_number", "share_count", "paid", "birth_date",
    ]  # fmt: skip


def test_every_synonym_names_one_field_and_exports_read_back():
    names = [normalize(n) for synonyms in COLUMN_SYNONYMS.values() for n in synonyms]
    assert len(names) == len(set(names))
    for headers in EXPORT_HEADERS.values():
        assert all(field_for_header(label) == name for name, label in headers.items())


@pytest.mark.parametrize(
    ("headers", "code", "columns"),
    [
        (["Etunimi", "Osoite"], "missing_columns", ["last_name"]),
        (["Aino", "Mäkinen", "040 123 4567"], "no_header", []),
        (["Etunimi", "Sukunimi", "Förnamn"], "duplicate_columns", ["Förnamn"]),
    ],
)
def test_tables_without_the_needed_columns(headers, code, columns):
    with pytest.raises(ImportFileError) as caught:
        map_columns(headers)
    assert (caught.value.code, caught.value.columns) == (code, columns)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\r\n  \r\n;;\r\n", "empty"),
        ("image.csv", PNG + bytes(range(256)) * 4, "unreadable"),
        ("image.xlsx", PNG, "unreadable"),
        ("noise.csv", random.Random(7).randbytes(4096), "unreadable"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "unsupported_type"),
    ],
)
def test_files_that_are_not_tables(tmp_path, name, content, code):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / name)
    assert caught.value.code == code


def test_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(member_import_read, "MAX_ROWS", 5)
    path = write(tmp_path / "m.csv", "Etunimi;Sukunimi\n" + "Aino;Mäkinen\n" * 6)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert caught.value.code == "too_many_rows"


def test_row_numbers_are_the_spreadsheets(tmp_path, coop_db):
    path = write(tmp_path / "m.csv", "\nEtunimi;Sukunimi;Sähköposti\nAino;Mäkinen;\n\nEsa;Ek;x@\n")
    result = preview(coop_db, path)
    assert [r.row_number for r in result.rows] == [3, 5]
    assert result.problem_lines() == ["row 5: email: format"]


def test_xlsx_with_date_and_number_cells(coop_db):
    result = preview(coop_db, XLSX)
    assert (len(result.rows), result.ok, result.ignored_columns) == (20, 20, [])
    first = result.rows[0]
    assert (first.form.first_name, first.form.last_name) == ("Åsa", "Östman")
    assert first.form.language in (Language.SV, Language.FI)
    assert isinstance(first.accepted_on, date)
    assert [r.member_number for r in result.rows[:19]] == list(range(101, 120))
    last = result.rows[-1]
    assert (last.accepted_on, last.member_number, last.share_count) == (None, None, None)
    # The numeric postal code cell 6450 regains its leading zero.
    assert result.rows[3].form.postal_code == "06450"
    assert {type(r.paid) for r in result.rows[:19]} == {Decimal}
    assert result.rows[0].form.kind == MemberKind.SUPPORTING


# --- the preview ---------------------------------------------------------------------------


def test_fi_excel_file_reports_every_problem_row(coop_db):
    result = preview(coop_db, FI_EXCEL)
    assert len(result.rows) == 200
    assert (result.ok, result.with_problems, result.duplicates) == (188, 12, 2)
    assert problems(result) == FI_EXCEL_PROBLEMS
    assert result.ignored_columns == ["Lisätiedot"]
    assert result.rows[0].form.last_name == "Mäkinen"
    by_row = {r.row_number: r for r in result.rows}
    assert (by_row[71].duplicate_of, by_row[150].duplicate_of) == ("row 20", "row 40")
    assert "row 71: personal_id: duplicate (row 20)" in result.problem_lines()
    assert "row 33: email: format" in result.problem_lines()
    # Problem rows get no member number; the others are numbered in file order.
    numbers = [r.member_number for r in result.rows if r.ok and r.accepted_on]
    assert numbers == list(range(1, len(numbers) + 1))


HEAD = "Etunimi;Sukunimi;Liittymispäivä;Hakemuspäivä;Osuudet;Maksettu;Jäsenlaji;Kieli;Tila"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ("Aino;Mäkinen;32.13.2020;;;;;;", {"accepted_on": "date"}),
        ("Aino;Mäkinen;1.2.2020;;kaksi;;;;", {"share_count": "number"}),
        ("Aino;Mäkinen;1.2.2020;;1,5;;;;", {"share_count": "number"}),
        ("Aino;Mäkinen;1.2.2020;;-1;;;;", {"share_count": "positive"}),
        ("Aino;Mäkinen;1.2.2020;;1;12,345;;;", {"paid": "number"}),
        ("Aino;Mäkinen;1.2.2020;;;50,00;;;", {"paid": "no_shares"}),
        ("Aino;Mäkinen;1.2.2020;;;;hallitus;;", {"kind": "unknown"}),
        ("Aino;Mäkinen;1.2.2020;;;;;klingon;", {"language": "unknown"}),
        ("Aino;Mäkinen;1.2.2020;3.4.2020;;;;;", {"accepted_on": "before_application"}),
        ("Aino;Mäkinen;;1.1.2030;;;;;", {"applied_on": "future"}),
        ("Aino;Mäkinen;1.2.2020;;;;;;entinen jäsen", {"status": "unsupported"}),
        ("Aino;Mäkinen;;;;;;;jäsen", {"accepted_on": "required"}),
        (";Mäkinen;1.2.2020;;;;;;", {"first_name": "required"}),
        ("Aino;Mäkinen;1.2.2020;;;;;;;extra", {"columns": "too_many"}),
        ("Aino;" + "M" * 101 + ";;;;;;;", {"last_name": "too_long"}),
    ],
)
def test_cell_problems_name_the_field(tmp_path, coop_db, cells, expected):
    result = preview(coop_db, write(tmp_path / "m.csv", f"{HEAD}\n{cells}\n"))
    assert problems(result) == {2: expected}
    assert result.rows[0].member_number is None


def test_good_cells_in_finnish_formats(tmp_path, coop_db):
    cells = "Aino;Mäkinen;1.2.2020;15.1.2020;2;75,50;Kannatusjäsen;svenska;jäsen"
    row = preview(coop_db, write(tmp_path / "m.csv", f"{HEAD}\n{cells}\n")).rows[0]
    assert row.ok
    assert (row.accepted_on, row.form.applied_on) == (date(2020, 2, 1), date(2020, 1, 15))
    assert (row.share_count, row.paid) == (2, Decimal("75.50"))
    assert (row.form.kind, row.form.language) == (MemberKind.SUPPORTING, Language.SV)


def test_excel_number_and_date_cells(tmp_path, coop_db):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Etunimi", "Sukunimi", "Liittymispäivä", "Osuudet", "Maksettu"])
    book.active.append(["Aino", "Mäkinen", "2020-02-01T00:00:00", 2.0, 0.1 + 0.2])
    book.active.append(["Esa", "Ek", datetime(2021, 3, 4), 1, 45.5])
    book.active.append(["Eva", "Ek", 43900, 1.5, 1e20])
    book.save(tmp_path / "m.xlsx")
    rows = preview(coop_db, tmp_path / "m.xlsx").rows
    assert [(r.accepted_on, r.share_count, r.paid) for r in rows[:2]] == [
        (date(2020, 2, 1), 2, Decimal("0.30")),
        (date(2021, 3, 4), 1, Decimal("45.50")),
    ]
    assert rows[2].problems == {"accepted_on": "date", "share_count": "number", "paid": "too_large"}


def test_duplicates_against_the_register(tmp_path, coop_db):
    add_member(coop_db, "Aino", "Mäkinen", date(2024, 2, 1), personal_id="010190-900P")
    add_member(coop_db, "Esa", "Ek", birth_date=date(1970, 5, 6))
    path = write(
        tmp_path / "m.csv",
        "Etunimi;Sukunimi;Hetu;Syntymäaika\n"
        "Aino;Mäkinen-Virta;010190-900P;\n"
        "ESA;ek;;6.5.1970\n"
        "Esa;Ek;;7.5.1970\n",
    )
    result = preview(coop_db, path)
    assert problems(result) == {2: {"personal_id": "duplicate"}, 3: {"name": "duplicate"}}
    assert [r.duplicate_of for r in result.rows] == ["member 1", "applicant Esa Ek", None]
    assert "010190-900P" not in "\n".join(result.problem_lines())


def test_preview_saves_nothing(coop_db):
    before = (count(coop_db, Member), count(coop_db, AuditEntry))
    preview(coop_db, FI_EXCEL)
    assert (count(coop_db, Member), count(coop_db, AuditEntry)) == before == (0, before[1])


def test_junk_rows_are_each_reported(tmp_path, coop_db):
    """10 000 rows of junk: each reported, none lost (its speed is measured by the bench)."""
    rng = random.Random(10_000)
    alphabet = "abcåäöXYZ0123456789 .,;:-+/@'\"\t€"
    headers = ["Etunimi", "Sukunimi", "Hetu", "Liittymispäivä", "Postinumero", "Sähköposti",
               "Osuudet", "Maksettu", "Kieli", "Jäsenlaji", "Jäsennumero"]  # fmt: skip

    def junk(low: int = 0) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, 14)))

    with (tmp_path / "junk.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(headers)
        writer.writerows([junk(1) if i == 2 else junk() for i in range(len(headers))]
                         for _ in range(10_000))  # fmt: skip
    result = preview(coop_db, tmp_path / "junk.csv")
    assert [r.row_number for r in result.rows] == list(range(2, 10_002))
    assert result.with_problems == 10_000


# --- the commit ----------------------------------------------------------------------------


def test_commit_refuses_problem_rows_unless_skipped(coop_db):
    result = preview(coop_db, FI_EXCEL)
    with pytest.raises(ServiceError) as caught:
        commit(coop_db, result)
    assert caught.value.code == "import_problems"
    assert count(coop_db, Member) == 0
    assert commit(coop_db, result, skip_problem_rows=True) == 188
    assert count(coop_db, Member) == 188
    with coop_db.sessions() as session:
        names = set(session.execute(select(Member.first_name, Member.last_name)))
    skipped = {r.row_number for r in result.problem_rows}
    assert skipped == set(FI_EXCEL_PROBLEMS)
    assert all((r.form.first_name, r.form.last_name) in names for r in result.ok_rows)


def test_commit_is_all_or_nothing(coop_db, monkeypatch):
    result = preview(coop_db, FI_EXCEL)
    audits = count(coop_db, AuditEntry)
    real_add = member_import._add_member
    calls = []

    def failing_add(uow, row, coop):
        calls.append(row.row_number)
        if len(calls) == 150:
            raise RuntimeError("disk full")
        return real_add(uow, row, coop)

    monkeypatch.setattr(member_import, "_add_member", failing_add)
    with pytest.raises(RuntimeError):
        commit(coop_db, result, skip_problem_rows=True)
    assert len(calls) == 150
    for model in (Member, ShareSubscription, SharePayment):
        assert count(coop_db, model) == 0
    assert count(coop_db, AuditEntry) == audits


def test_a_database_error_mid_way_saves_nothing(coop_db):
    result = preview(coop_db, FI_EXCEL)
    good = result.ok_rows
    # Two rows with the same number: the database refuses the 150th row.
    good[149].member_number = good[0].member_number
    with pytest.raises(ServiceError) as caught:
        commit(coop_db, result, skip_problem_rows=True)
    assert caught.value.code == "conflict"
    assert count(coop_db, Member) == count(coop_db, ShareSubscription) == 0


def test_stale_preview_is_refused(coop_db):
    result = preview(coop_db, XLSX)
    add_member(coop_db, "Uusi", "Hakija")
    with pytest.raises(ServiceError) as caught:
        commit(coop_db, result)
    assert caught.value.code == "register_changed"
    assert count(coop_db, Member) == 1


def test_member_numbers_follow_the_register_and_are_never_reused(tmp_path, coop_db):
    for first in ("Yksi", "Kaksi", "Kolme"):
        add_member(coop_db, first, "Vanha", date(2024, 3, 1))
    path = write(
        tmp_path / "m.csv",
        "Etunimi;Sukunimi;Liittymispäivä;Jäsennumero\n"
        "A;Uusi;1.5.2024;\n"
        "B;Hakija;;\n"
        "C;Uusi;1.5.2024;10\n"
        "D;Uusi;1.5.2024;\n",
    )
    result = preview(coop_db, path)
    assert [r.member_number for r in result.rows] == [11, None, 10, 12]
    commit(coop_db, result)
    with coop_db.sessions() as session:
        rows = session.execute(select(Member.first_name, Member.member_number, Member.status))
        got = {first: (number, status) for first, number, status in rows}
    assert got["A"] == (11, MemberStatus.MEMBER)
    assert got["B"] == (None, MemberStatus.APPLICANT)
    assert (got["C"][0], got["D"][0]) == (10, 12)

    again = write(
        tmp_path / "n.csv",
        "Etunimi;Sukunimi;Liittymispäivä;Jäsennumero\nE;F;1.5.2024;2\nG;H;1.5.2024;20\n"
        "I;J;1.5.2024;20\n",
    )
    assert problems(preview(coop_db, again)) == {
        2: {"member_number": "taken"},
        4: {"member_number": "duplicate"},
    }


def test_shares_and_payments_are_recorded(coop_db):
    result = preview(coop_db, XLSX)
    assert commit(coop_db, result) == 20
    with coop_db.sessions() as session:
        for row in result.rows:
            member = session.scalar(select(Member).where(Member.email == row.form.email))
            assert member.personal_id == row.form.personal_id
            assert member.birth_date == row.form.birth_date
            if row.share_count is None:
                assert member.status == MemberStatus.APPLICANT
                assert member.subscriptions == []
                continue
            assert (member.status, member.member_number) == (MemberStatus.MEMBER, row.member_number)
            (subscription,) = member.subscriptions
            assert subscription.share_count == row.share_count
            assert subscription.unit_price == Decimal("50.00")
            assert subscription.subscribed_on == row.accepted_on
            assert subscription.reference == member_reference(member.id)
            (payment,) = subscription.payments
            assert (payment.amount, payment.paid_on) == (row.paid, row.accepted_on)
            assert payment.method == SharePaymentMethod.BANK
        audits = session.scalars(
            select(AuditEntry).where(AuditEntry.summary.startswith("commit_import"))
        ).all()
    assert [a.entity for a in audits].count("member") == 20
    assert [a.entity for a in audits].count("share_payment") == 19
    assert {a.action for a in audits} == {"insert"}
    logged = json.dumps([(a.summary, a.before, a.after) for a in audits], ensure_ascii=False)
    assert all(r.form.personal_id not in logged for r in result.rows)


def test_overpayment_and_share_limit(tmp_path, coop_db):
    with coop_db.sessions() as session:
        session.scalar(select(Cooperative)).max_shares_per_member = 3
        session.commit()
    path = write(
        tmp_path / "m.csv",
        "Etunimi;Sukunimi;Liittymispäivä;Osuudet;Maksettu\n"
        "A;B;1.2.2020;4;\nC;D;1.2.2020;2;100,01\nE;F;1.2.2020;2;100\n",
    )
    assert problems(preview(coop_db, path)) == {
        2: {"share_count": "over_limit"},
        3: {"paid": "overpayment"},
    }


def test_importing_the_same_file_again_finds_the_members(coop_db):
    commit(coop_db, preview(coop_db, XLSX))
    again = preview(coop_db, XLSX)
    assert again.duplicates == 20
    assert again.rows[0].duplicate_of == "member 101"


# --- osuva-admin import members ----------------------------------------------------------


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_reports_rows_and_commits_only_when_asked(coop_db, tmp_path, capsys, cli_user):
    cli_user("admin", "salasana-1")
    db = ["--db", str(coop_db.path), "--today", TODAY.isoformat()]
    code, out, err = run(capsys, "import", "members", str(FI_EXCEL), *db)
    assert code == 1, err
    assert "200 rows: 188 ok, 12 with problems (2 duplicates)" in out
    assert "row 33: email: format" in out.splitlines()
    assert "row 71: personal_id: duplicate (row 20)" in out.splitlines()
    assert "Would import 188 members" in out
    assert "Columns not imported: Lisätiedot" in out
    assert count(coop_db, Member) == 0

    code, out, _ = run(capsys, "import", "members", str(FI_EXCEL), "--commit", *db)
    assert code == 1
    assert "Nothing was imported" in out
    assert count(coop_db, Member) == 0

    code, out, _ = run(capsys, "import", "members", str(FI_EXCEL), "--commit", "--skip-errors", *db)
    assert code == 0
    assert out.splitlines()[-1] == "Imported 188 members."
    assert count(coop_db, Member) == 188


def test_cli_clean_file(coop_db, tmp_path, capsys, cli_user):
    cli_user("admin", "salasana-1")
    db = ["--db", str(coop_db.path)]
    code, out, _ = run(capsys, "import", "members", str(XLSX), *db)
    assert code == 0
    assert "Would import 20 members. Accepted: 19 (member numbers 101-119); applicants: 1;" in out
    assert run(capsys, "import", "members", str(XLSX), "--commit", *db)[0] == 0
    assert count(coop_db, Member) == 20


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "does not exist"),
        ("old.xls", b"x", "is not a .csv or .xlsx file"),
        ("picture.csv", PNG, "is not a CSV file or Excel workbook"),
        ("names.csv", b"Etunimi;Osoite\nAino;Kuja 1\n", "no column for last name"),
    ],
)
def test_cli_file_problems_are_plain_messages(coop_db, tmp_path, capsys, name, content, message):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    code, out, err = run(
        capsys, "import", "members", str(tmp_path / name), "--db", str(coop_db.path)
    )
    assert code == 2
    assert message in err
    assert "Traceback" not in out + err
