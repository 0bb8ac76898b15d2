"""Column names and cell vocabularies of member spreadsheets in Finnish, Swedish and English.

Shared by the import (which accepts every synonym) and the export (which writes the first
label of each language), so an exported file always imports again.
"""

from __future__ import annotations

from app.domain.enums import Language, MemberKind, MemberStatus

# Field → synonyms; the export writes EXPORT_HEADERS, which must all be listed here too.
COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "member_number": (
        "Jäsennumero", "Jäsen nro", "Medlemsnummer", "Medlemsnr",
        "Member number", "Member no", "Membership number",
    ),
    "last_name": ("Sukunimi", "Efternamn", "Släktnamn", "Last name", "Surname", "Family name"),
    "first_name": ("Etunimi", "Etunimet", "Förnamn", "First name", "First names", "Given name"),
    "personal_id": (
        "Henkilötunnus", "Hetu", "Henkilötunnus hetu", "Personbeteckning", "Personnummer",
        "Personal identity code", "Identity code", "Personal ID",
    ),
    "birth_date": (
        "Syntymäaika", "Syntymäpäivä", "Födelsedatum", "Födelsedag", "Birth date",
        "Date of birth", "Birthday",
    ),
    "kind": ("Jäsenlaji", "Jäsentyyppi", "Medlemstyp", "Medlemskategori", "Kind", "Member type"),
    "status": ("Tila", "Jäsenyyden tila", "Status", "Medlemsstatus", "Membership status"),
    "accepted_on": (
        "Liittymispäivä", "Liittynyt", "Hyväksytty", "Hyväksymispäivä", "Jäsen alkaen",
        "Jäsenyys alkanut", "Inträde", "Inträdesdatum", "Medlem sedan", "Antagen",
        "Joined", "Joined on", "Accepted", "Member since",
    ),
    "left_on": (
        "Eroamispäivä", "Eronnut", "Jäsenyys päättynyt", "Päättymispäivä", "Utträde",
        "Utträdesdatum", "Left", "Left on",
    ),
    "applied_on": (
        "Hakemuspäivä", "Hakenut", "Hakemus jätetty", "Ansökningsdatum", "Ansökan",
        "Applied", "Applied on", "Application date",
    ),
    "street": (
        "Lähiosoite", "Katuosoite", "Osoite", "Jakeluosoite", "Gatuadress", "Adress",
        "Postadress", "Address", "Street", "Street address",
    ),
    "postal_code": (
        "Postinumero", "Postinro", "Postnummer", "Postal code", "Postcode", "Zip", "Zip code",
    ),
    "city": (
        "Postitoimipaikka", "Kaupunki", "Paikkakunta", "Postanstalt", "Postort", "Ort", "Stad",
        "City", "Town", "Post office",
    ),
    "municipality": (
        "Kotikunta", "Kunta", "Hemkommun", "Kommun", "Municipality", "Home municipality",
    ),
    "phone": (
        "Puhelin", "Puhelinnumero", "Puh", "Matkapuhelin", "Gsm", "Telefon", "Telefonnummer",
        "Mobil", "Phone", "Phone number", "Mobile", "Telephone",
    ),
    "email": (
        "Sähköposti", "Sähköpostiosoite", "Sposti", "E-post", "E-postadress", "E-mail",
        "Email address",
    ),
    "language": ("Kieli", "Asiointikieli", "Språk", "Kontaktspråk", "Language"),
    "share_count": (
        "Osuudet", "Osuuksia", "Osuusmäärä", "Osuuksien määrä", "Andelar", "Antal andelar",
        "Shares", "Share count", "Number of shares",
    ),
    "paid": (
        "Maksettu", "Maksettu osuusmaksu", "Osuusmaksu maksettu", "Betalt",
        "Betald andelsavgift", "Paid", "Share fee paid",
    ),
    "open_fee": (
        "Maksamatta", "Avoin osuusmaksu", "Maksamaton osuusmaksu", "Obetalt",
        "Obetald andelsavgift", "Open share fee", "Unpaid share fee", "Unpaid",
    ),
}  # fmt: skip

REQUIRED_FIELDS = ("first_name", "last_name")
# Mapped so an export imports cleanly, but not imported: computed, or a life-cycle step.
INFORMATIONAL_FIELDS = ("open_fee",)

EXPORT_FIELDS = (
    "member_number", "last_name", "first_name", "kind", "status", "accepted_on", "left_on",
    "street", "postal_code", "city", "municipality", "phone", "email", "language",
    "share_count", "paid", "open_fee",
)  # fmt: skip

_EXPORT_LABELS = {
    "fi": (
        "Jäsennumero", "Sukunimi", "Etunimi", "Jäsenlaji", "Tila", "Liittymispäivä",
        "Eroamispäivä", "Lähiosoite", "Postinumero", "Postitoimipaikka", "Kotikunta",
        "Puhelin", "Sähköposti", "Kieli", "Osuudet", "Maksettu", "Maksamatta",
    ),
    "sv": (
        "Medlemsnummer", "Efternamn", "Förnamn", "Medlemstyp", "Status", "Inträde", "Utträde",
        "Gatuadress", "Postnummer", "Postanstalt", "Hemkommun", "Telefon", "E-post", "Språk",
        "Andelar", "Betalt", "Obetalt",
    ),
    "en": (
        "Member number", "Last name", "First name", "Kind", "Status", "Joined", "Left",
        "Address", "Postal code", "City", "Municipality", "Phone", "Email", "Language",
        "Shares", "Paid", "Open share fee",
    ),
}  # fmt: skip
EXPORT_HEADERS = {
    lang: dict(zip(EXPORT_FIELDS, labels, strict=True)) for lang, labels in _EXPORT_LABELS.items()
}

KIND_LABELS = {
    "fi": {MemberKind.WORKING: "työjäsen", MemberKind.SUPPORTING: "kannatusjäsen"},
    "sv": {MemberKind.WORKING: "arbetande medlem", MemberKind.SUPPORTING: "stödmedlem"},
    "en": {MemberKind.WORKING: "working member", MemberKind.SUPPORTING: "supporting member"},
}
STATUS_LABELS = {
    "fi": {
        MemberStatus.APPLICANT: "hakija",
        MemberStatus.MEMBER: "jäsen",
        MemberStatus.FORMER: "entinen jäsen",
        MemberStatus.REJECTED: "hylätty",
    },
    "sv": {
        MemberStatus.APPLICANT: "sökande",
        MemberStatus.MEMBER: "medlem",
        MemberStatus.FORMER: "före detta medlem",
        MemberStatus.REJECTED: "avslagen",
    },
    "en": {
        MemberStatus.APPLICANT: "applicant",
        MemberStatus.MEMBER: "member",
        MemberStatus.FORMER: "former member",
        MemberStatus.REJECTED: "rejected",
    },
}
LANGUAGE_LABELS = {
    "fi": {Language.FI: "suomi", Language.SV: "ruotsi", Language.EN: "englanti"},
    "sv": {Language.FI: "finska", Language.SV: "svenska", Language.EN: "engelska"},
    "en": {Language.FI: "Finnish", Language.SV: "Swedish", Language.EN: "English"},
}


def normalize(text: object) -> str:
    """Compare names ignoring case, spaces and punctuation: "E-post" == "epost"."""
    return "".join(ch for ch in str(text).casefold() if ch.isalnum())


HEADER_INDEX: dict[str, str] = {
    normalize(name): field for field, names in COLUMN_SYNONYMS.items() for name in names
}


def field_for_header(header: object) -> str | None:
    """The member field a column header names, or None for a column the import ignores."""
    return HEADER_INDEX.get(normalize(header or ""))


def _value_index(labels: dict[str, dict], extra: dict[str, object]) -> dict[str, object]:
    index = {
        normalize(label): value for by_lang in labels.values() for value, label in by_lang.items()
    }
    index.update({normalize(word): value for word, value in extra.items()})
    return index


LANGUAGE_VALUES = _value_index(
    LANGUAGE_LABELS,
    {
        "fi": Language.FI, "fin": Language.FI, "suomeksi": Language.FI,
        "sv": Language.SV, "swe": Language.SV, "svenska": Language.SV, "ruotsiksi": Language.SV,
        "en": Language.EN, "eng": Language.EN, "englanniksi": Language.EN,
    },
)  # fmt: skip
STATUS_VALUES = _value_index(
    STATUS_LABELS,
    {
        "hakemus": MemberStatus.APPLICANT, "nykyinen": MemberStatus.MEMBER,
        "entinen": MemberStatus.FORMER, "eronnut": MemberStatus.FORMER,
        "erotettu": MemberStatus.FORMER, "former": MemberStatus.FORMER,
        "utträdd": MemberStatus.FORMER,
    },
)  # fmt: skip
# Prefixes, so "työ", "työjäsen", "Arbetande medlem" and "supporting" all read.
KIND_PREFIXES = (
    ("työ", MemberKind.WORKING), ("tyo", MemberKind.WORKING), ("arbet", MemberKind.WORKING),
    ("work", MemberKind.WORKING), ("kannat", MemberKind.SUPPORTING),
    ("stöd", MemberKind.SUPPORTING), ("stod", MemberKind.SUPPORTING),
    ("support", MemberKind.SUPPORTING),
)  # fmt: skip


def kind_for(text: str) -> MemberKind | None:
    """The member kind a cell names, None if it names none."""
    key = normalize(text)
    return next((kind for prefix, kind in KIND_PREFIXES if key.startswith(prefix)), None)
