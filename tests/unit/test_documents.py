"""PDF documents: register (full and public), certificate and share statement in fi/sv/en."""

from __future__ import annotations

import re
import string
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import segno
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.db import open_database
from app.documents import render_document
from app.documents.base import Letterhead
from app.documents.fonts import register_fonts, resources_dir
from app.documents.member_register import MemberRegisterRenderer
from app.documents.membership_certificate import certificate_data
from app.documents.places import place_name
from app.documents.share_statement import ShareStatementRenderer, statement_data
from app.documents.texts import LANGS, TEXTS, signer_title
from app.domain import Cooperative, Member
from app.domain.enums import Language, MemberKind, MemberStatus, SharePaymentMethod
from app.fi.epc_qr import epc_qr_payload
from app.fi.ids import format_iban
from app.fi.reference import format_fi_reference
from app.locale import format_date, format_money
from app.services.errors import ServiceError
from app.services.member_form import MemberForm
from app.services.members import create_member
from app.services.membership import accept_member
from app.services.register import Register, RegisterEntry, member_register
from app.services.share_ledger import share_ledger
from app.services.shares import record_share_payment, subscribe_shares
from app.services.uow import UnitOfWork
from tests.conftest import DEMO_TODAY
from tests.pdf_codes import decoded_qr

T = TEXTS


def plain(value: str) -> str:
    """No-break and thin spaces as ordinary spaces, for comparing extracted text."""
    return value.replace("\u00a0", " ").replace("\u202f", " ")


def pdf_pages(path: Path) -> list[str]:
    return [plain(page.extract_text()) for page in PdfReader(path).pages]


def money(amount: Decimal, lang: str) -> str:
    return plain(format_money(amount, lang))


def render(db, tmp_path: Path, kind: str, key=None, lang=None, **kw) -> tuple[Path, list[str]]:
    out = tmp_path / f"{kind}-{key}-{lang}-{kw.get('public', False)}.pdf"
    assert render_document(db, kind, key, out, lang, today=DEMO_TODAY, **kw) == out
    assert out.read_bytes().startswith(b"%PDF")
    return out, pdf_pages(out)


def demo_register(db) -> Register:
    with UnitOfWork(db) as uow:
        return member_register(uow)


def members_where(db, *conditions) -> list[Member]:
    with UnitOfWork(db) as uow:
        rows = uow.session.scalars(select(Member).where(*conditions).order_by(Member.id)).all()
        uow.session.expunge_all()
        return list(rows)


def check_page_numbers(pages: list[str], lang: str) -> None:
    label = T["common"]["page"][lang]
    for number, page in enumerate(pages, start=1):
        assert label.format(page=number, pages=len(pages)) in page, (number, page[-200:])


# --- texts and fonts --------------------------------------------------------------------


def test_every_text_has_all_three_languages_with_the_same_placeholders():
    for document, keys in TEXTS.items():
        for key, by_lang in keys.items():
            assert set(by_lang) == set(LANGS), (document, key)
            fields = {
                lang: {f for _, f, _, _ in string.Formatter().parse(value) if f}
                for lang, value in by_lang.items()
            }
            assert all(by_lang.values()), (document, key)
            assert fields["fi"] == fields["sv"] == fields["en"], (document, key)


def test_signer_titles_translate_when_known_and_stay_as_entered_otherwise():
    assert signer_title("toimitusjohtaja", "sv") == "Verkställande direktör"
    assert signer_title("Styrelseordförande", "en") == "Chair of the board"
    assert signer_title("vastaava ohjaaja", "en") == "Vastaava ohjaaja"
    assert signer_title("", "fi") == ""


def test_fonts_come_from_resources_and_register_once(monkeypatch, tmp_path):
    assert (resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources_dir() / "fonts" / "LICENSE-DejaVu.txt").is_file()
    register_fonts()
    register_fonts()
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


# --- the register -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_full_register_has_every_mandatory_field(demo_db, tmp_path, lang):
    register = demo_register(demo_db)
    _, pages = render(demo_db, tmp_path, "member-register", lang=lang)
    text = "\n".join(pages)
    texts = T["member_register"]
    for key in ("title", "full", "col_name", "col_address", "col_joined", "col_shares"):
        assert texts[key][lang] in text, key
    assert f"{T['common']['business_id'][lang]} {register.business_id}" in text
    for entry in register.entries:
        assert f"{entry.last_name}, {entry.first_name}" in text
        assert re.search(rf"(?m)^\s*{entry.member_number}\s*$", text), entry.member_number
        assert format_date(entry.joined_on, lang) in text
        assert entry.street in text
        assert entry.municipality in text
        if entry.left_on is not None:
            assert format_date(entry.left_on, lang) in text
            assert format_date(entry.refund_due_on, lang) in text
    assert money(register.total_paid, lang) in text
    summary = text[text.index(texts["summary"][lang]) :]
    assert str(register.total_shares) in summary
    members = sum(1 for e in register.entries if e.left_on is None)
    assert re.search(rf"{texts['members'][lang]}\s*{members}\b", summary)
    check_page_numbers(pages, lang)


def test_register_dates_are_finnish_and_nordic_letters_survive(demo_db, tmp_path):
    _, pages = render(demo_db, tmp_path, "member-register", lang="fi")
    text = "\n".join(pages)
    ebba = members_where(demo_db, Member.last_name == "Lindroos", Member.first_name == "Ebba")[0]
    assert f"{ebba.accepted_on.day}.{ebba.accepted_on.month}.{ebba.accepted_on.year}" in text
    assert "12.7.2021" in text
    nordic = members_where(
        demo_db,
        Member.status == MemberStatus.MEMBER,
        Member.last_name.contains("ä") | Member.last_name.contains("ö"),
    )
    assert {"ä", "ö"} <= set("".join(m.last_name for m in nordic))
    for member in nordic:
        assert f"{member.last_name}, {member.first_name}" in text
    assert "Borgå" in text  # Swedish-speaking members' postal town
    assert "Jäsen- ja osuusluettelo" in text


@pytest.mark.parametrize("lang", LANGS)
def test_public_register_has_no_address_and_no_money(demo_db, tmp_path, lang):
    register = demo_register(demo_db)
    _, pages = render(demo_db, tmp_path, "member-register", lang=lang, public=True)
    text = "\n".join(pages)
    assert T["member_register"]["public"][lang] in text
    assert "€" not in text and "EUR" not in text
    for entry in register.entries:
        assert entry.street not in text
        assert f"{entry.last_name}, {entry.first_name}" in text
        assert format_date(entry.joined_on, lang) in text
        assert place_name(entry.municipality, lang) in text
    assert T["member_register"]["former_note"][lang] in text
    assert str(register.total_shares) in text
    check_page_numbers(pages, lang)


def test_swedish_register_has_swedish_headings(demo_db, tmp_path):
    _, pages = render(demo_db, tmp_path, "member-register", lang="sv", public=True)
    text = "\n".join(pages)
    for heading in ("Medlems- och andelsförteckning", "Namn", "Hemkommun", "Anslöt"):
        assert heading in text
    assert "Andelar" in text and "Sammandrag" in text and "FO-nummer" in text
    assert "Nimi" not in text and "Kotikunta" not in text


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    from app.demo import generate_demo

    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    database = open_database(path, create=True)
    generate_demo(database, scale=3, today=DEMO_TODAY)
    yield database
    database.dispose()


@pytest.mark.parametrize("public", [False, True])
def test_long_register_flows_over_pages_with_header_and_numbers(big_db, tmp_path, public):
    register = demo_register(big_db)
    assert len(register.entries) > 90
    _, pages = render(big_db, tmp_path, "member-register", lang="fi", public=public)
    assert len(pages) >= 3
    check_page_numbers(pages, "fi")
    for page in pages[:-1]:
        # The table header repeats on every page the table reaches.
        assert "Nimi" in page and "Liittynyt" in page
    text = "\n".join(pages)
    for entry in register.entries:
        assert f"{entry.last_name}, {entry.first_name}" in text
    assert "Osuuskunta Työkaari" in pages[-1]


def test_user_text_is_escaped_not_read_as_markup(tmp_path):
    entry = RegisterEntry(
        member_number=1,
        first_name="<b>Åke</b>",
        last_name="Öst & Co",
        street="Storgatan 1 <br/>",
        postal_code="00100",
        city="Helsingfors",
        municipality="Helsinki",
        kind=MemberKind.WORKING,
        joined_on=date(2026, 7, 6),
        left_on=None,
        shares=1,
        paid=Decimal("50.00"),
        refund_due_on=None,
    )
    register = Register("Osuuskunta <Testi>", "2077474-0", "Helsinki", Decimal("50.00"), [entry])
    out = tmp_path / "escaped.pdf"
    head = Letterhead("Osuuskunta <Testi>", "2077474-0", logo_png=b"not a png")
    renderer = MemberRegisterRenderer(
        register, "fi", public=False, printed_on=DEMO_TODAY, letterhead=head
    )
    renderer.render(out)
    text = pdf_pages(out)[0]
    assert "Öst & Co, <b>Åke</b>" in text
    assert "Storgatan 1 <br/>" in text
    assert "Osuuskunta <Testi>" in text
    assert "6.7.2026" in text


def test_a_logo_is_drawn_in_the_letterhead(tmp_path):
    logo = tmp_path / "logo.png"
    segno.make("Osuva").save(logo, scale=4)
    head = Letterhead("Osuuskunta Testi", "2077474-0", logo_png=logo.read_bytes())
    register = Register(head.name, head.business_id, "Helsinki", Decimal("50.00"), [])
    out = tmp_path / "logo.pdf"
    MemberRegisterRenderer(
        register, "en", public=True, printed_on=DEMO_TODAY, letterhead=head
    ).render(out)
    page = PdfReader(out).pages[0]
    assert len(page.images) == 1
    assert "The register has no members." in plain(page.extract_text())


# --- the certificate --------------------------------------------------------------------


def nordic_member(db) -> Member:
    return members_where(db, Member.status == MemberStatus.MEMBER, Member.last_name.contains("ä"))[
        0
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_certificate_names_member_number_date_shares_and_signer(demo_db, tmp_path, lang):
    member = nordic_member(demo_db)
    with UnitOfWork(demo_db) as uow:
        shares = share_ledger(uow, member.id).shares
        coop = uow.session.scalar(select(Cooperative))
        signer, title = coop.board_representative, coop.board_representative_title
        bid = coop.business_id
    key = str(member.member_number)
    _, pages = render(demo_db, tmp_path, "membership-certificate", key, lang)
    assert len(pages) == 1
    text = pages[0]
    texts = T["membership_certificate"]
    assert texts["title"][lang] in text
    assert f"{member.first_name} {member.last_name}" in text
    assert re.search(rf"{T['common']['member_number'][lang]}\s*{member.member_number}\b", text)
    assert format_date(member.accepted_on, lang) in text
    assert re.search(rf"{texts['shares'][lang]}\s*{shares}\b", text)
    assert signer and signer in text
    assert signer_title(title, lang) in text
    assert f"{T['common']['business_id'][lang]} {bid}" in text
    town = "Borgå" if lang == "sv" else "Porvoo"
    assert f"Rauhankatu 22 B, 06100 {town}" in text
    assert T["common"]["page"][lang].format(page=1, pages=1) in text


def test_certificate_is_in_the_members_own_language_by_default(demo_db, tmp_path):
    swede = members_where(
        demo_db, Member.status == MemberStatus.MEMBER, Member.language == Language.SV
    )[0]
    _, pages = render(demo_db, tmp_path, "membership-certificate", str(swede.member_number))
    assert "Medlems- och andelsintyg" in pages[0]
    assert "Verkställande direktör" in pages[0]


def test_former_members_certificate_states_the_membership_period(demo_db, tmp_path):
    former = members_where(demo_db, Member.status == MemberStatus.FORMER)[0]
    _, pages = render(demo_db, tmp_path, "membership-certificate", str(former.member_number), "fi")
    period = f"{format_date(former.accepted_on, 'fi')}–{format_date(former.left_on, 'fi')}"
    assert period in pages[0]
    assert "oli osuuskunnan jäsen" in pages[0]


def test_an_applicant_has_no_certificate(demo_db):
    applicant = members_where(demo_db, Member.status == MemberStatus.APPLICANT)[0]
    with UnitOfWork(demo_db) as uow, pytest.raises(ServiceError) as caught:
        certificate_data(uow, applicant.id, DEMO_TODAY)
    assert caught.value.code == "not_member"


# --- the share statement ----------------------------------------------------------------


def open_member_without_plan(db) -> Member:
    with UnitOfWork(db) as uow:
        for member in uow.session.scalars(
            select(Member).where(Member.status == MemberStatus.MEMBER).order_by(Member.id)
        ):
            ledger = share_ledger(uow, member.id)
            if ledger.open > 0 and not ledger.installments:
                uow.session.expunge(member)
                return member
    raise AssertionError("the demo has no member with an open share fee")


@pytest.mark.parametrize("lang", LANGS)
def test_statement_shows_reference_iban_and_a_qr_code_that_decodes(demo_db, tmp_path, lang):
    member = open_member_without_plan(demo_db)
    with UnitOfWork(demo_db) as uow:
        ledger = share_ledger(uow, member.id)
        coop = uow.session.scalar(select(Cooperative))
        iban, bic, name, term = coop.iban, coop.bic, coop.name, coop.payment_term_days
    pdf, pages = render(demo_db, tmp_path, "share-statement", str(member.member_number), lang)
    text = "\n".join(pages)
    assert T["share_statement"]["title"][lang] in text
    assert format_fi_reference(ledger.reference) in text
    assert format_iban(iban) in text and bic in text
    assert money(ledger.open, lang) in text
    due = DEMO_TODAY + timedelta(days=term)
    assert format_date(due, lang) in text
    expected = epc_qr_payload(
        bic=bic, name=name, iban=iban, amount=ledger.open, reference=ledger.reference, due=due
    )
    with UnitOfWork(demo_db) as uow:
        renderer = ShareStatementRenderer(statement_data(uow, member.id, DEMO_TODAY), lang)
    assert renderer.qr_payload == expected
    assert decoded_qr(pdf) == expected
    # The Finnish practice: version 001 with the BIC, the Finnish reference in the structured
    # creditor-reference line and the free-text line empty.
    lines = expected.split("\n")
    assert (lines[1], lines[4]) == ("001", bic)
    assert (lines[9], lines[10]) == (ledger.reference, "")


def add_member_paying_in_installments(db, first_due: date) -> tuple[int, int]:
    with UnitOfWork(db) as uow:
        member_id = create_member(
            uow,
            MemberForm(
                first_name="Åsa",
                last_name="Öhman",
                applied_on=date(2026, 6, 1),
                street="Strandvägen 5 A 1",
                postal_code="06100",
                city="Borgå",
                municipality="Porvoo",
                language=Language.SV,
            ),
            today=date(2026, 6, 1),
        )
        number = accept_member(uow, member_id, date(2026, 7, 6))
        subscribe_shares(
            uow,
            member_id,
            1,
            date(2026, 7, 6),
            installment=Decimal("10.00"),
            first_due_on=first_due,
        )
        record_share_payment(
            uow, member_id, Decimal("10.00"), date(2026, 8, 1), SharePaymentMethod.CASH
        )
    return member_id, number


def test_statement_with_installments_points_to_the_next_due_date(coop_db, tmp_path):
    member_id, number = add_member_paying_in_installments(coop_db, date(2026, 8, 1))
    pdf, pages = render(coop_db, tmp_path, "share-statement", str(number))
    text = "\n".join(pages)
    assert "Specifikation av andelsavgift" in text
    assert "Åsa Öhman" in text and "Strandvägen 5 A 1" in text and "06100 Borgå" in text
    assert "Betald" in text and "Förfallen" in text and "Obetald" in text
    with UnitOfWork(coop_db) as uow:
        data = statement_data(uow, member_id, DEMO_TODAY)
        coop = uow.session.scalar(select(Cooperative))
        bic, name, iban = coop.bic, coop.name, coop.iban
    # Paid 10 of 50: the September-November installments are overdue, December is next.
    assert data.open == Decimal("40.00")
    assert data.overdue == Decimal("30.00")
    assert data.due_on == date(2026, 9, 1)
    assert format_date(date(2026, 9, 1), "sv") in text
    expected = epc_qr_payload(
        bic=bic,
        name=name,
        iban=iban,
        amount=Decimal("40.00"),
        reference=data.reference,
    )
    assert data.qr_payload() == expected
    assert decoded_qr(pdf) == expected

    # Before the first overdue date the QR code asks the bank for that date.
    early = statement_data_on(coop_db, member_id, date(2026, 8, 15))
    assert early.due_on == date(2026, 9, 1)
    assert early.overdue == 0
    assert "ReqdExctnDt/2026-09-01" in early.qr_payload()


def statement_data_on(db, member_id: int, today: date):
    with UnitOfWork(db) as uow:
        return statement_data(uow, member_id, today)


def test_a_paid_up_statement_thanks_and_has_no_qr_code(demo_db, tmp_path):
    with UnitOfWork(demo_db) as uow:
        paid_up = next(
            m
            for m in uow.session.scalars(
                select(Member).where(Member.status == MemberStatus.MEMBER).order_by(Member.id)
            )
            if share_ledger(uow, m.id).installments and share_ledger(uow, m.id).open == 0
        )
        number, member_id = paid_up.member_number, paid_up.id
        assert statement_data(uow, member_id, DEMO_TODAY).qr_payload() is None
    _, pages = render(demo_db, tmp_path, "share-statement", str(number), "fi")
    assert "Osuusmaksu on maksettu kokonaan. Kiitos!" in pages[0]
    assert "Maksuohjeet" not in pages[0]


# --- the command line -------------------------------------------------------------------


def test_cli_renders_a_register_and_names_an_unknown_member_number(
    demo_db, tmp_path, capsys, cli_user
):
    path = demo_db.path
    pdf = tmp_path / "register.pdf"
    assert main(["render", "member-register", "--db", str(path), "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Jäsen- ja osuusluettelo" in pdf_pages(pdf)[0]
    capsys.readouterr()

    missing = tmp_path / "missing.pdf"
    args = ["render", "share-statement", "999", "--db", str(path), "--out", str(missing)]
    assert main(args) == 2
    assert "member number 999" in capsys.readouterr().err
    assert not missing.exists()

    public = tmp_path / "public.pdf"
    args = ["render", "member-register", "--public", "--lang", "sv", "--db", str(path)]
    assert main([*args, "--out", str(public)]) == 0
    assert "Offentlig del" in pdf_pages(public)[0]
    args = ["render", "membership-certificate", "--db", str(path), "--out", str(missing)]
    assert main(args) == 2
    assert "needs a member number" in capsys.readouterr().err


def test_an_applicant_gets_a_share_statement_by_member_id(coop_db, tmp_path):
    from app.documents.render import render_document
    from app.services.member_form import MemberForm
    from app.services.members import create_member
    from app.services.uow import UnitOfWork

    with UnitOfWork(coop_db) as uow:
        member_id = create_member(
            uow, MemberForm("Aino", "Äijälä", date(2026, 11, 1)), today=date(2026, 11, 1)
        )
    with UnitOfWork(coop_db) as uow:
        subscribe_shares(uow, member_id, 1, date(2026, 11, 2))
    pdf = render_document(
        coop_db,
        "share-statement",
        None,
        tmp_path / "s.pdf",
        "fi",
        member_id=member_id,
        today=date(2026, 11, 22),
    )
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Aino Äijälä" in text
    assert "50,00" in text


def test_wage_deduction_list_renders_from_the_command_line(demo_db, tmp_path, cli_user):
    from app.cli import main

    out = tmp_path / "deductions.pdf"
    code = main(
        [
            "render",
            "wage-deductions",
            "2026-11",
            "--db",
            str(demo_db.path),
            "--out",
            str(out),
            "--lang",
            "fi",
        ]
    )
    assert code == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Palkasta vähennettävät osuusmaksut" in text
    assert "11/2026" in text
    assert (
        main(
            ["render", "wage-deductions", "marraskuu", "--db", str(demo_db.path), "--out", str(out)]
        )
        == 2
    )
