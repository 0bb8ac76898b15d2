"""Which spreadsheet column is which customer field, and the words a file uses for kinds."""

from __future__ import annotations

import re

from app.domain.enums import CustomerKind, Language

from .member_import_columns import normalize

# Headers in Finnish, Swedish and English, compared ignoring case, spaces and punctuation.
COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("nimi", "asiakas", "asiakkaan nimi", "namn", "kund", "name", "customer"),
    "kind": ("laji", "tyyppi", "asiakaslaji", "typ", "kundtyp", "kind", "type"),
    "business_id": ("y-tunnus", "ytunnus", "fo-nummer", "business id", "business_id"),
    "address": ("osoite", "adress", "address"),
    "street": ("katuosoite", "lähiosoite", "gatuadress", "street", "street address"),
    "postal_code": ("postinumero", "postnummer", "postal code", "postcode", "zip"),
    "city": ("postitoimipaikka", "paikkakunta", "kaupunki", "postanstalt", "ort", "town", "city"),
    "country": ("maa", "land", "country"),
    "language": ("kieli", "asiointikieli", "språk", "language"),
    "contact_person": ("yhteyshenkilö", "kontaktperson", "contact", "contact person"),
    "email": ("sähköposti", "email", "e-mail", "e-post", "epost"),
    "phone": ("puhelin", "puhelinnumero", "telefon", "phone"),
    "einvoice_address": (
        "verkkolaskuosoite",
        "e-fakturaadress",
        "e-invoice address",
        "einvoice address",
        "ovt",
    ),
    "einvoice_operator": (
        "välittäjä",
        "välittäjätunnus",
        "välittäjän tunnus",
        "operaattori",
        "förmedlare",
        "förmedlarkod",
        "operator",
        "operator id",
    ),
    "payment_term_days": (
        "maksuehto",
        "maksuaika",
        "betalningsvillkor",
        "betalningstid",
        "payment term",
    ),
    "notes": ("lisätietoja", "huom", "anteckningar", "notes"),
}
HEADER_INDEX = {
    normalize(name): field for field, names in COLUMN_SYNONYMS.items() for name in names
}

KIND_WORDS: dict[str, CustomerKind] = {
    normalize(word): kind
    for kind, words in {
        CustomerKind.MUNICIPALITY: (
            "kunta",
            "kaupunki",
            "julkinen",
            "hyvinvointialue",
            "municipality",
            "public",
            "kommun",
            "stad",
            "offentlig",
            "välfärdsområde",
        ),
        CustomerKind.COMPANY: ("yritys", "company", "företag", "firma"),
        CustomerKind.ASSOCIATION: (
            "yhdistys",
            "seurakunta",
            "säätiö",
            "association",
            "parish",
            "förening",
            "församling",
            "stiftelse",
        ),
        CustomerKind.HOUSEHOLD: (
            "kotitalous",
            "yksityinen",
            "household",
            "private",
            "hushåll",
            "privat",
        ),
    }.items()
    for word in (*words, kind.value)
}

LANGUAGE_WORDS: dict[str, Language] = {
    normalize(word): lang
    for lang, words in {
        Language.FI: ("fi", "suomi", "finska", "finnish"),
        Language.SV: ("sv", "ruotsi", "svenska", "swedish"),
        Language.EN: ("en", "englanti", "engelska", "english"),
    }.items()
    for word in words
}

# "Rauhankatu 22 B, 06100 Porvoo": one address cell split into its three parts.
ONE_LINE_ADDRESS = re.compile(r"^(?P<street>.+?),?\s+(?P<postal_code>\d{5})\s+(?P<city>.+)$")


def field_for_header(header: object) -> str | None:
    """The customer field a column header names, or None for a column the import ignores."""
    return HEADER_INDEX.get(normalize(header or ""))


def kind_for(text: str) -> CustomerKind | None:
    return KIND_WORDS.get(normalize(text))


def language_for(text: str) -> Language | None:
    return LANGUAGE_WORDS.get(normalize(text))
