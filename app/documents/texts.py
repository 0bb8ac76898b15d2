"""Translated strings of the documents: TEXTS[document][key][lang] for fi, sv and en.

Strings are Paragraph markup templates: values are escaped before they are put in.
"""

from __future__ import annotations

LANGS = ("fi", "sv", "en")

# key: (Finnish, Finland-Swedish, English)
_RAW: dict[str, dict[str, tuple[str, str, str]]] = {
    "common": {
        "page": ("Sivu {page} / {pages}", "Sida {page} / {pages}", "Page {page} / {pages}"),
        "business_id": ("Y-tunnus", "FO-nummer", "Business ID"),
        "date": ("Päiväys", "Datum", "Date"),
        "member_number": ("Jäsennumero", "Medlemsnummer", "Member number"),
        "reference": ("Viitenumero", "Referensnummer", "Payment reference"),
        "due_date": ("Eräpäivä", "Förfallodag", "Due date"),
        "kind_working": ("Työjäsen", "Arbetande medlem", "Working member"),
        "kind_supporting": ("Kannatusjäsen", "Stödmedlem", "Supporting member"),
        "share_one": ("{n} osuus", "{n} andel", "{n} share"),
        "share_many": ("{n} osuutta", "{n} andelar", "{n} shares"),
        "method_cash": ("Käteinen", "Kontant", "Cash"),
        "method_bank": ("Tilisiirto", "Kontoöverföring", "Bank transfer"),
        "method_wage_deduction": ("Palkasta vähennetty", "Löneavdrag", "Wage deduction"),
        "place_date": ("{place} {date}", "{place} {date}", "{place}, {date}"),
    },
    "member_register": {
        "title": (
            "Jäsen- ja osuusluettelo",
            "Medlems- och andelsförteckning",
            "Register of members and shares",
        ),
        "public": (
            "Julkinen osa (osuuskuntalaki 3 luku 14 §)",
            "Offentlig del (lagen om andelslag 3 kap. 14 §)",
            "Public part (Co-operatives Act, chapter 3, section 14)",
        ),
        "full": (
            "Hallituksen kappale – sisältää henkilötietoja, ei julkinen",
            "Styrelsens exemplar – innehåller personuppgifter, inte offentlig",
            "Board copy – contains personal data, not public",
        ),
        "as_of": ("Tilanne {date}", "Situationen {date}", "As of {date}"),
        "col_number": ("Nro", "Nr", "No."),
        "col_name": ("Nimi", "Namn", "Name"),
        "col_address": ("Osoite", "Adress", "Address"),
        "col_municipality": ("Kotikunta", "Hemkommun", "Municipality"),
        "col_kind": ("Jäsenlaji", "Medlemstyp", "Member type"),
        "col_joined": ("Liittynyt", "Anslöt", "Joined"),
        "col_left": ("Eronnut", "Utträdde", "Left"),
        "col_shares": ("Osuuksia", "Andelar", "Shares"),
        "col_paid": ("Maksettu", "Betalt", "Paid"),
        "refund_due": ("palautus {date}", "återbetalas {date}", "refund due {date}"),
        "summary": ("Yhteenveto", "Sammandrag", "Summary"),
        "members": ("Jäseniä", "Medlemmar", "Members"),
        "former": (
            "Eronneita, osuusmaksu palauttamatta",
            "Utträdda, andelsavgiften inte återbetald",
            "Former members awaiting refund",
        ),
        "total_shares": ("Osuuksia yhteensä", "Andelar sammanlagt", "Shares in total"),
        "total_paid": ("Maksettu osuuspääoma", "Inbetalt andelskapital", "Paid share capital"),
        "share_price": ("Osuuden hinta", "Andelens pris", "Share price"),
        "former_note": (
            "* Jäsenyys on päättynyt. Jäsen on luettelossa, kunnes osuusmaksu on palautettu.",
            "* Medlemskapet har upphört. Medlemmen står i förteckningen tills andelsavgiften "
            "har återbetalats.",
            "* Membership has ended. The member is listed until the share fee has been refunded.",
        ),
        "empty": (
            "Luettelossa ei ole jäseniä.",
            "Förteckningen har inga medlemmar.",
            "The register has no members.",
        ),
    },
    "membership_certificate": {
        "title": (
            "Jäsentodistus ja osuustodistus",
            "Medlems- och andelsintyg",
            "Membership and share certificate",
        ),
        "body_current": (
            "{coop} ({bid_label} {bid}) todistaa, että <b>{name}</b> on osuuskunnan jäsen "
            "{since} alkaen. Jäsennumero on {number}.",
            "{coop} ({bid_label} {bid}) intygar att <b>{name}</b> är medlem i andelslaget "
            "sedan {since}. Medlemsnumret är {number}.",
            "{coop} ({bid_label} {bid}) certifies that <b>{name}</b> has been a member of the "
            "cooperative since {since}, with member number {number}.",
        ),
        "body_former": (
            "{coop} ({bid_label} {bid}) todistaa, että <b>{name}</b> oli osuuskunnan jäsen "
            "{since}–{until}. Jäsennumero oli {number}.",
            "{coop} ({bid_label} {bid}) intygar att <b>{name}</b> var medlem i andelslaget "
            "{since}–{until}. Medlemsnumret var {number}.",
            "{coop} ({bid_label} {bid}) certifies that <b>{name}</b> was a member of the "
            "cooperative from {since} to {until}, with member number {number}.",
        ),
        "holds": (
            "Jäsenellä on osuuskunnassa {shares}. Osuuden hinta on {price}, ja osuusmaksuja "
            "on maksettu yhteensä {paid}.",
            "Medlemmen har {shares} i andelslaget. En andel kostar {price}, och sammanlagt "
            "{paid} har betalats i andelsavgifter.",
            "The member holds {shares} in the cooperative. One share costs {price}, and "
            "{paid} has been paid in share fees in total.",
        ),
        "held": (
            "Jäsenellä oli osuuskunnassa {shares}. Osuuden hinta on {price}, ja osuusmaksuja "
            "maksettiin yhteensä {paid}.",
            "Medlemmen hade {shares} i andelslaget. En andel kostar {price}, och sammanlagt "
            "{paid} betalades i andelsavgifter.",
            "The member held {shares} in the cooperative. One share costs {price}, and "
            "{paid} was paid in share fees in total.",
        ),
        "unpaid": (
            "Osuusmaksusta on maksamatta {open}.",
            "Av andelsavgiften är {open} obetalt.",
            "The unpaid share fee is {open}.",
        ),
        "refund_due": (
            "Osuusmaksu {amount} palautetaan viimeistään {date}.",
            "Andelsavgiften {amount} återbetalas senast {date}.",
            "The share fee of {amount} will be refunded by {date}.",
        ),
        "refunded": (
            "Osuusmaksu {amount} on palautettu.",
            "Andelsavgiften {amount} har återbetalats.",
            "The share fee of {amount} has been refunded.",
        ),
        "member": ("Jäsen", "Medlem", "Member"),
        "kind": ("Jäsenlaji", "Medlemstyp", "Member type"),
        "since": ("Jäsen alkaen", "Medlem sedan", "Member since"),
        "period": ("Jäsenyys", "Medlemskap", "Membership"),
        "shares": ("Osuuksia", "Andelar", "Shares"),
        "share_price": ("Osuuden hinta", "Andelens pris", "Share price"),
        "paid": ("Maksettu osuusmaksu", "Betald andelsavgift", "Share fee paid"),
        "on_behalf": ("Osuuskunnan puolesta", "För andelslaget", "On behalf of the cooperative"),
    },
    "wage_deductions": {
        "title": (
            "Palkasta vähennettävät osuusmaksut",
            "Andelsavgifter som dras av från lönen",
            "Share fees deducted from wages",
        ),
        "month": ("Palkkakausi {month}", "Löneperiod {month}", "Pay period {month}"),
        "intro": (
            "Jäsenet ovat antaneet kirjallisen suostumuksen osuusmaksun perimiseen palkasta.",
            "Medlemmarna har skriftligen samtyckt till att andelsavgiften dras av från lönen.",
            "The members have given written consent to pay share fees by deduction from wages.",
        ),
        "col_number": ("Nro", "Nr", "No."),
        "col_name": ("Jäsen", "Medlem", "Member"),
        "col_amount": ("Vähennetään", "Dras av", "To deduct"),
        "col_recorded": ("Jo vähennetty", "Redan avdraget", "Already deducted"),
        "total": ("Yhteensä", "Totalt", "Total"),
        "empty": (
            "Tässä kuussa ei ole vähennettäviä osuusmaksuja.",
            "Inga andelsavgifter att dra av denna månad.",
            "No share fees to deduct this month.",
        ),
    },
    "share_statement": {
        "title": ("Osuusmaksuerittely", "Specifikation av andelsavgift", "Share fee statement"),
        "subscribed": ("Merkitty", "Tecknat", "Subscribed"),
        "paid": ("Maksettu", "Betalt", "Paid"),
        "open": ("Avoinna", "Obetalt", "Outstanding"),
        "subscriptions": ("Osuusmerkinnät", "Andelsteckningar", "Share subscriptions"),
        "payments": ("Maksut", "Betalningar", "Payments"),
        "installments": ("Maksuerät", "Rater", "Installments"),
        "col_date": ("Päivä", "Datum", "Date"),
        "col_shares": ("Osuuksia", "Andelar", "Shares"),
        "col_price": ("Osuuden hinta", "Andelens pris", "Share price"),
        "col_amount": ("Summa", "Belopp", "Amount"),
        "col_method": ("Maksutapa", "Betalningssätt", "Method"),
        "col_paid": ("Maksettu", "Betalt", "Paid"),
        "col_status": ("Tila", "Status", "Status"),
        "refund": ("Osuusmaksun palautus", "Återbetalning av andelsavgift", "Share fee refund"),
        "st_paid": ("Maksettu", "Betald", "Paid"),
        "st_partly": ("Osittain maksettu", "Delvis betald", "Partly paid"),
        "st_overdue": ("Erääntynyt", "Förfallen", "Overdue"),
        "st_open": ("Avoinna", "Obetald", "Open"),
        "no_payments": ("Ei maksuja.", "Inga betalningar.", "No payments."),
        "no_subscriptions": (
            "Jäsenellä ei ole osuusmerkintöjä.",
            "Medlemmen har inga andelsteckningar.",
            "The member has no share subscriptions.",
        ),
        "how_to_pay": ("Maksuohjeet", "Betalningsanvisningar", "How to pay"),
        "payee": ("Saaja", "Mottagare", "Payee"),
        "iban": ("Tilinumero (IBAN)", "Kontonummer (IBAN)", "Account (IBAN)"),
        "bic": ("BIC", "BIC", "BIC"),
        "amount": ("Maksettava", "Att betala", "Amount to pay"),
        "next_installment": ("Seuraava erä", "Nästa rat", "Next installment"),
        "overdue_amount": ("Erääntynyt", "Förfallet", "Overdue"),
        "overdue": ("erääntynyt", "förfallen", "overdue"),
        "use_reference": (
            "Käytä maksaessasi aina viitenumeroa.",
            "Använd alltid referensnumret när du betalar.",
            "Always use the payment reference when you pay.",
        ),
        "in_installments": (
            "Voit maksaa avoimen summan kerralla tai erissä eräpäiviin mennessä.",
            "Du kan betala det obetalda beloppet på en gång eller i rater senast på "
            "förfallodagarna.",
            "You can pay the outstanding amount at once or in installments by their due dates.",
        ),
        "qr_caption": (
            "Lue QR-koodi pankkisovelluksella.",
            "Läs QR-koden med bankappen.",
            "Scan the QR code with your banking app.",
        ),
        "fully_paid": (
            "Osuusmaksu on maksettu kokonaan. Kiitos!",
            "Andelsavgiften är helt betald. Tack!",
            "The share fee has been paid in full. Thank you!",
        ),
        "refund_due": (
            "Osuusmaksun palautus {amount} maksetaan viimeistään {date}.",
            "Återbetalningen av andelsavgiften, {amount}, betalas senast {date}.",
            "The share fee refund of {amount} will be paid by {date}.",
        ),
    },
}

# Common titles of the board's signer, entered in any of the languages.
_TITLES: tuple[tuple[str, str, str], ...] = (
    ("Toimitusjohtaja", "Verkställande direktör", "Managing director"),
    ("Hallituksen puheenjohtaja", "Styrelseordförande", "Chair of the board"),
    ("Puheenjohtaja", "Ordförande", "Chair"),
    ("Hallituksen varapuheenjohtaja", "Styrelsens vice ordförande", "Vice chair of the board"),
    ("Hallituksen jäsen", "Styrelseledamot", "Board member"),
    ("Rahastonhoitaja", "Kassör", "Treasurer"),
    ("Sihteeri", "Sekreterare", "Secretary"),
)

TEXTS: dict[str, dict[str, dict[str, str]]] = {
    document: {key: dict(zip(LANGS, values, strict=True)) for key, values in keys.items()}
    for document, keys in _RAW.items()
}


def text(document: str, key: str, lang: str) -> str:
    """One translated string; a missing key is a programming error and raises KeyError."""
    return TEXTS[document][key][lang]


def signer_title(title: str, lang: str) -> str:
    """A known title in ``lang`` (e.g. toimitusjohtaja → Managing director); else as entered."""
    wanted = " ".join(title.split()).casefold()
    for names in _TITLES:
        if wanted in (name.casefold() for name in names):
            return names[LANGS.index(lang)]
    return title.strip()[:1].upper() + title.strip()[1:]
