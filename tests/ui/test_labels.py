"""Every vocabulary value has its own translated name, even where enums share values."""

from __future__ import annotations

from app.domain.enums import BenefitKind, Gender, InvoiceKind, LeavingReason, ReferralSource
from app.services.invoicing import InvoiceStatus
from ui.labels import label


def test_shared_values_keep_their_own_labels(language):
    language("fi")
    assert label(BenefitKind.OTHER) == "Muu etuus"
    assert label(LeavingReason.OTHER) == "Muu syy"
    assert label(ReferralSource.OTHER) == "Muu"
    assert label(Gender.OTHER) == "Muu"
    assert label(InvoiceKind.CREDIT_NOTE) == "Hyvityslasku"
    assert label(InvoiceStatus.CREDIT_NOTE) == "Hyvityslasku"
    assert label(None) == ""


def test_every_value_of_the_form_vocabularies_is_labelled(language):
    language("sv")
    for enum in (BenefitKind, Gender, LeavingReason, ReferralSource):
        texts = [label(value) for value in enum]
        assert all(text and text != value.value for text, value in zip(texts, enum, strict=True))
        assert len(set(texts)) == len(texts), enum
