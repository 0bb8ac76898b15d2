"""Code lists: units, OVT codes and the Peppol addresses derived from them."""

from __future__ import annotations

import pytest

from app.einvoice.codes import is_iban_address, is_ovt, ovt_code, unit_code
from app.einvoice.peppol import PeppolAddressMissing, buyer_endpoint, seller_endpoint
from app.einvoice.source import Party, seller_vat_id


@pytest.mark.parametrize(
    ("unit", "code"),
    [("h", "HUR"), (" H ", "HUR"), ("km", "KMT"), ("kpl", "H87"), ("pv", "DAY"), ("🧹", "C62")],
)
def test_units_map_to_un_ece_codes(unit, code):
    assert unit_code(unit) == code


def test_ovt_codes():
    assert ovt_code("2077474-0") == "003720774740"
    assert is_ovt("003720774740") and is_ovt("003720774740001")
    assert not is_ovt("FI3715903000000776") and is_iban_address("FI37 1590 3000 0007 76")


def test_peppol_addresses_prefer_the_e_invoice_address_then_the_business_id():
    assert buyer_endpoint(Party("A", einvoice_address="003710615121001")).value == (
        "003710615121001"
    )
    derived = buyer_endpoint(Party("B", business_id="2619197-6", einvoice_address="FI37159"))
    assert (derived.scheme, derived.value) == ("0216", "003726191976")
    vat = buyer_endpoint(Party("C", vat_id="FI26191976"))
    assert (vat.scheme, vat.value) == ("0213", "FI26191976")
    with pytest.raises(PeppolAddressMissing):
        buyer_endpoint(Party("Maija"))
    assert seller_endpoint(Party("Osuuskunta", business_id="2077474-0")).value == "003720774740"


def test_seller_vat_id_is_kept_or_derived():
    assert seller_vat_id({"vat_id": "fi 2077 4740"}) == "FI20774740"
    assert seller_vat_id({"business_id": "2077474-0"}) == "FI20774740"
    assert seller_vat_id({}) == ""
