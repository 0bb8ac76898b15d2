"""The participation questionnaire: answers per person in, results only per group out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain import ParticipationAnswer, QuestionnaireItem
from app.domain.enums import MeasurementPhase, Role
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.questionnaire import (
    AnswerSheet,
    group_result,
    record_answers,
    save_wording,
    scale,
    statements,
)
from app.services.uow import Actor, UnitOfWork

from .impact_data import build

FACILITATOR = Actor("valmentaja", Role.FACILITATOR)
TREASURER = Actor("rahastonhoitaja", Role.TREASURER)
START_DAY = date(2027, 1, 12)
END_DAY = date(2027, 6, 14)
# Statement 1, per person P1–P5: start and end answers (None: skipped).
FIRST_ITEM = {1: (1, 2), 2: (2, 3), 3: (3, 4), 4: (4, 5), 5: (5, None)}


@pytest.fixture
def data(coop_db):
    return build(coop_db)


def answer(db, data, n, phase, first, group="A", day=None, consent=START_DAY):
    with UnitOfWork(db, FACILITATOR) as uow:
        items = statements(uow)
        answers = {s.id: 3 for s in items}
        answers[items[0].id] = first
        return record_answers(
            uow,
            AnswerSheet(
                data.people[n], data.groups[group], phase,
                day or (START_DAY if phase == MeasurementPhase.START else END_DAY),
                consent, answers,
            ),
        )  # fmt: skip


def result(db, data, group="A"):
    with UnitOfWork(db, FACILITATOR, write=False) as uow:
        return group_result(uow, data.groups[group])


def fill(db, data):
    for n, (start, end) in FIRST_ITEM.items():
        answer(db, data, n, MeasurementPhase.START, start)
        answer(db, data, n, MeasurementPhase.END, end)
    # P6 answered only at the start: left out of every average.
    answer(db, data, 6, MeasurementPhase.START, 1)


def test_placeholder_statements_are_marked_and_never_thl_wording(coop_db):
    with UnitOfWork(coop_db, FACILITATOR) as uow:
        items = statements(uow)
        labels = scale(uow)
    assert len(items) == 10 and len(labels) == 5
    assert all(s.placeholder for s in items)
    assert items[0].text("en") == "[Placeholder — enter THL's official statement 1]"
    assert items[0].text("fi").startswith("[Paikkamerkki")
    assert labels[4].label("sv").startswith("[Platshållare")


def test_entered_wording_is_kept_as_typed(coop_db):
    with UnitOfWork(coop_db, FACILITATOR) as uow:
        first = statements(uow)[0]
        save_wording(uow, {first.id: ("  Oma teksti.  ", "Egen text.", "")}, {})
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        item = uow.session.get(QuestionnaireItem, first.id)
        assert (item.text_fi, item.text_sv, item.placeholder) == (
            "Oma teksti.",
            "Egen text.",
            False,
        )
    with UnitOfWork(coop_db, FACILITATOR) as uow, pytest.raises(ValidationError) as caught:
        save_wording(uow, {first.id: ("", "x", "y")}, {})
    assert caught.value.problems == {f"item_{first.id}": "required"}


def test_item_averages_over_people_with_both_answers(coop_db, data):
    fill(coop_db, data)
    r = result(coop_db, data)
    assert r.shown and r.respondents == 5
    first = r.items[0]
    # Start 1..5 → 3.00; end 2, 3, 4, 5 and one skipped → 3.50 over four answers.
    assert (first.start_count, first.start_average) == (5, Decimal("3.00"))
    assert (first.end_count, first.end_average) == (4, Decimal("3.50"))
    assert first.change == Decimal("0.50")
    assert first.start_distribution == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}
    assert first.end_distribution == {1: 0, 2: 1, 3: 1, 4: 1, 5: 1}
    assert r.items[1].start_average == Decimal("3.00")


def test_fewer_than_five_with_both_answers_shows_nothing(coop_db, data):
    for n in (1, 2, 3, 4):
        answer(coop_db, data, n, MeasurementPhase.START, 2)
        answer(coop_db, data, n, MeasurementPhase.END, 4)
    answer(coop_db, data, 5, MeasurementPhase.START, 2)
    r = result(coop_db, data)
    assert r.respondents == 4
    assert not r.shown and r.items == []


def test_a_skipped_answer_is_stored_as_missing(coop_db, data):
    measurement = answer(coop_db, data, 5, MeasurementPhase.END, None)
    with UnitOfWork(coop_db, FACILITATOR, write=False) as uow:
        values = [a.value for a in uow.session.query(ParticipationAnswer).filter_by(
            measurement_id=measurement)]  # fmt: skip
    assert len(values) == 10 and values.count(None) == 1


def test_answers_need_consent_and_the_person_in_the_group(coop_db, data):
    with pytest.raises(ValidationError) as caught:
        answer(coop_db, data, 1, MeasurementPhase.START, 2, consent=None)
    assert caught.value.problems == {"consent_on": "required"}
    with pytest.raises(ValidationError) as caught:
        answer(coop_db, data, 1, MeasurementPhase.START, 2, group="B")
    assert caught.value.problems == {"group_id": "not_in_group"}
    assert result(coop_db, data).respondents == 0


def test_treasurer_can_neither_enter_nor_read(coop_db, data):
    with UnitOfWork(coop_db, TREASURER) as uow, pytest.raises(PermissionDeniedError):
        statements(uow)
    with UnitOfWork(coop_db, TREASURER, write=False) as uow, pytest.raises(PermissionDeniedError):
        group_result(uow, data.groups["A"])
