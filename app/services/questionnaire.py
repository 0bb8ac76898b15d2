"""The participation questionnaire (THL osallisuusindikaattori): statements, answers, results.

THL permits only its official, unaltered statements, so their wording is data the
cooperative enters; Osuva ships clearly marked placeholders and never words a statement
itself. THL does not recommend the indicator for assessing individuals: results exist only
for a group, start against end, counting only people who answered both times, and only when
at least five did. No function here returns one person's answers or score.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from app.domain import (
    CoachingGroup,
    GroupMembership,
    Participant,
    ParticipationAnswer,
    ParticipationMeasurement,
    QuestionnaireItem,
    QuestionnaireScale,
)
from app.domain.enums import MeasurementPhase

from .errors import NotFoundError, ValidationError
from .policy import Permission, requires
from .small_cells import SMALL
from .uow import UnitOfWork

QUESTIONNAIRE = "participation"
PLACEHOLDER_ITEMS = 10
SCALE = range(1, 6)
LANGS = ("fi", "sv", "en")


@dataclass(frozen=True)
class Statement:
    id: int
    position: int
    text_fi: str
    text_sv: str
    text_en: str
    placeholder: bool

    def text(self, lang: str) -> str:
        return getattr(self, f"text_{lang}") or self.text_fi


@dataclass(frozen=True)
class ScaleLabel:
    value: int
    label_fi: str
    label_sv: str
    label_en: str
    placeholder: bool

    def label(self, lang: str) -> str:
        return getattr(self, f"label_{lang}") or self.label_fi


def placeholder_statement(position: int) -> tuple[str, str, str]:
    """Stand-in wording that cannot be mistaken for THL's."""
    return (
        f"[Paikkamerkki — syötä THL:n virallinen väittämä {position}]",
        f"[Platshållare — ange THL:s officiella påstående {position}]",
        f"[Placeholder — enter THL's official statement {position}]",
    )


def placeholder_label(value: int) -> tuple[str, str, str]:
    return (
        f"[Paikkamerkki — syötä THL:n vastausvaihtoehto {value}]",
        f"[Platshållare — ange THL:s svarsalternativ {value}]",
        f"[Placeholder — enter THL's answer option {value}]",
    )


@requires(Permission.COACHING)
def statements(uow: UnitOfWork) -> list[Statement]:
    """The statements in order; the placeholder set is created on first use."""
    _ensure_placeholders(uow)
    rows = uow.session.scalars(
        select(QuestionnaireItem)
        .where(QuestionnaireItem.questionnaire == QUESTIONNAIRE)
        .order_by(QuestionnaireItem.position)
    )
    return [
        Statement(r.id, r.position, r.text_fi, r.text_sv, r.text_en, r.placeholder) for r in rows
    ]


@requires(Permission.COACHING)
def scale(uow: UnitOfWork) -> list[ScaleLabel]:
    _ensure_placeholders(uow)
    rows = uow.session.scalars(
        select(QuestionnaireScale)
        .where(QuestionnaireScale.questionnaire == QUESTIONNAIRE)
        .order_by(QuestionnaireScale.value)
    )
    return [ScaleLabel(r.value, r.label_fi, r.label_sv, r.label_en, r.placeholder) for r in rows]


def _ensure_placeholders(uow: UnitOfWork) -> None:
    session = uow.session
    if not uow.write:
        return
    has_items = session.scalar(
        select(QuestionnaireItem.id).where(QuestionnaireItem.questionnaire == QUESTIONNAIRE)
    )
    if has_items is None:
        for position in range(1, PLACEHOLDER_ITEMS + 1):
            fi, sv, en = placeholder_statement(position)
            session.add(
                QuestionnaireItem(
                    questionnaire=QUESTIONNAIRE,
                    position=position,
                    text_fi=fi,
                    text_sv=sv,
                    text_en=en,
                    placeholder=True,
                )
            )
    has_scale = session.scalar(
        select(QuestionnaireScale.id).where(QuestionnaireScale.questionnaire == QUESTIONNAIRE)
    )
    if has_scale is None:
        for value in SCALE:
            fi, sv, en = placeholder_label(value)
            session.add(
                QuestionnaireScale(
                    questionnaire=QUESTIONNAIRE,
                    value=value,
                    label_fi=fi,
                    label_sv=sv,
                    label_en=en,
                    placeholder=True,
                )
            )
    session.flush()


@requires(Permission.COACHING)
def save_wording(
    uow: UnitOfWork,
    items: dict[int, tuple[str, str, str]],
    labels: dict[int, tuple[str, str, str]],
) -> None:
    """Store THL's official wording as entered: {item id: (fi, sv, en)}, {value: (fi, sv, en)}.

    Entered text is kept exactly as typed apart from surrounding spaces; Finnish is required.
    """
    problems: dict[str, str] = {}
    for item_id, texts in items.items():
        if not texts[0].strip():
            problems[f"item_{item_id}"] = "required"
    for value, texts in labels.items():
        if not texts[0].strip():
            problems[f"scale_{value}"] = "required"
    if problems:
        raise ValidationError(problems)
    for item_id, texts in items.items():
        item = uow.session.get(QuestionnaireItem, item_id)
        if item is None:
            raise NotFoundError("questionnaire item", item_id)
        new = tuple(t.strip() for t in texts)
        if new != (item.text_fi, item.text_sv, item.text_en):
            item.text_fi, item.text_sv, item.text_en = new
            item.placeholder = False
    for value, texts in labels.items():
        label = uow.session.scalar(
            select(QuestionnaireScale).where(
                QuestionnaireScale.questionnaire == QUESTIONNAIRE, QuestionnaireScale.value == value
            )
        )
        if label is None:
            raise NotFoundError("scale value", value)
        new = tuple(t.strip() for t in texts)
        if new != (label.label_fi, label.label_sv, label.label_en):
            label.label_fi, label.label_sv, label.label_en = new
            label.placeholder = False


@dataclass(frozen=True)
class AnswerSheet:
    """One filled-in questionnaire to record; `answers` maps item id to 1–5 or None (skipped)."""

    participant_id: int
    group_id: int
    phase: MeasurementPhase
    answered_on: date | None
    consent_on: date | None
    answers: dict[int, int | None]


@requires(Permission.COACHING)
def record_answers(uow: UnitOfWork, sheet: AnswerSheet) -> int:
    """Store the answers; the person must have agreed and be in the group on that day.

    A skipped statement is stored as missing. Answering again for the same group and phase
    replaces the earlier answers. Returns the measurement id.
    """
    session = uow.session
    problems: dict[str, str] = {}
    if sheet.answered_on is None:
        problems["answered_on"] = "required"
    if sheet.consent_on is None:
        problems["consent_on"] = "required"
    elif sheet.answered_on is not None and sheet.consent_on > sheet.answered_on:
        problems["consent_on"] = "after_answers"
    known = {s.id for s in statements(uow)}
    for item_id, value in sheet.answers.items():
        if item_id not in known:
            raise NotFoundError("questionnaire item", item_id)
        if value is not None and value not in SCALE:
            problems[f"item_{item_id}"] = "scale"
    person = session.get(Participant, sheet.participant_id)
    if person is None:
        raise NotFoundError("participant", sheet.participant_id)
    if session.get(CoachingGroup, sheet.group_id) is None:
        raise NotFoundError("group", sheet.group_id)
    if sheet.answered_on is not None and not _in_group(
        uow, sheet.participant_id, sheet.group_id, sheet.answered_on
    ):
        problems["group_id"] = "not_in_group"
    if not any(v is not None for v in sheet.answers.values()):
        problems["answers"] = "empty"
    if problems:
        raise ValidationError(problems)
    measurement = session.scalar(
        select(ParticipationMeasurement).where(
            ParticipationMeasurement.participant_id == sheet.participant_id,
            ParticipationMeasurement.group_id == sheet.group_id,
            ParticipationMeasurement.phase == sheet.phase,
        )
    )
    if measurement is None:
        measurement = ParticipationMeasurement(
            participant_id=sheet.participant_id, group_id=sheet.group_id, phase=sheet.phase
        )
        session.add(measurement)
    measurement.answered_on = sheet.answered_on
    measurement.consent_on = sheet.consent_on
    if person.consent_questionnaire_on is None:
        person.consent_questionnaire_on = sheet.consent_on
    measurement.answers = [
        ParticipationAnswer(item_id=item_id, value=sheet.answers.get(item_id)) for item_id in known
    ]
    session.flush()
    return measurement.id


def _in_group(uow: UnitOfWork, participant_id: int, group_id: int, day: date) -> bool:
    return (
        uow.session.scalar(
            select(GroupMembership.id).where(
                GroupMembership.participant_id == participant_id,
                GroupMembership.group_id == group_id,
                GroupMembership.joined_on <= day,
                (GroupMembership.left_on.is_(None)) | (GroupMembership.left_on >= day),
            )
        )
        is not None
    )


@dataclass(frozen=True)
class ItemResult:
    """One statement, start against end, over the people who answered both times.

    A missing answer leaves that person out of this statement's average only.
    """

    statement: Statement
    start_count: int
    start_average: Decimal | None
    end_count: int
    end_average: Decimal | None
    # {scale value: how many}, start and end
    start_distribution: dict[int, int]
    end_distribution: dict[int, int]

    @property
    def change(self) -> Decimal | None:
        if self.start_average is None or self.end_average is None:
            return None
        return self.end_average - self.start_average


@dataclass(frozen=True)
class GroupResult:
    group_id: int
    group_name: str
    # People with both a start and an end answer sheet in this group.
    respondents: int
    # Empty when fewer than five answered both times: nothing is shown then.
    items: list[ItemResult]

    @property
    def shown(self) -> bool:
        return self.respondents >= SMALL


def _average(values: list[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.01"), ROUND_HALF_UP)


@requires(Permission.COACHING)
def group_result(uow: UnitOfWork, group_id: int, until: date | None = None) -> GroupResult:
    """The group's start and end per statement; `until` leaves out later answer sheets."""
    session = uow.session
    group = session.get(CoachingGroup, group_id)
    if group is None:
        raise NotFoundError("group", group_id)
    query = select(
        ParticipationMeasurement.participant_id,
        ParticipationMeasurement.phase,
        ParticipationAnswer.item_id,
        ParticipationAnswer.value,
    ).join(ParticipationAnswer)
    query = query.where(ParticipationMeasurement.group_id == group_id)
    if until is not None:
        query = query.where(ParticipationMeasurement.answered_on <= until)
    answers: dict[tuple[int, MeasurementPhase], dict[int, int | None]] = {}
    for participant_id, phase, item_id, value in session.execute(query):
        answers.setdefault((participant_id, MeasurementPhase(phase)), {})[item_id] = value
    both = sorted(
        p
        for p, phase in answers
        if phase == MeasurementPhase.START and (p, MeasurementPhase.END) in answers
    )
    if len(both) < SMALL:
        return GroupResult(group.id, group.name, len(both), [])
    items = []
    for statement in statements(uow):
        start = [
            v
            for p in both
            if (v := answers[(p, MeasurementPhase.START)].get(statement.id)) is not None
        ]
        end = [
            v
            for p in both
            if (v := answers[(p, MeasurementPhase.END)].get(statement.id)) is not None
        ]
        start_counts, end_counts = Counter(start), Counter(end)
        items.append(
            ItemResult(
                statement,
                len(start),
                _average(start),
                len(end),
                _average(end),
                {v: start_counts[v] for v in SCALE},
                {v: end_counts[v] for v in SCALE},
            )
        )
    return GroupResult(group.id, group.name, len(both), items)


@dataclass(frozen=True)
class GroupChoice:
    id: int
    name: str
    project_code: str


@requires(Permission.COACHING)
def groups(uow: UnitOfWork) -> list[GroupChoice]:
    """Every coaching group, to pick whose questionnaire is entered or shown."""
    from app.domain import Project

    rows = uow.session.execute(
        select(CoachingGroup.id, CoachingGroup.name, Project.code)
        .join(Project)
        .order_by(Project.code, CoachingGroup.name)
    )
    return [GroupChoice(*row) for row in rows]


@dataclass(frozen=True)
class GroupPerson:
    participant_id: int
    name: str
    consent_on: date | None


@requires(Permission.COACHING)
def group_people(uow: UnitOfWork, group_id: int, day: date) -> list[GroupPerson]:
    """Who is in the group on `day`, to choose whose answers are entered."""
    rows = uow.session.execute(
        select(
            Participant.id,
            Participant.first_name,
            Participant.last_name,
            Participant.consent_questionnaire_on,
        )
        .join(GroupMembership, GroupMembership.participant_id == Participant.id)
        .where(
            GroupMembership.group_id == group_id,
            GroupMembership.joined_on <= day,
            (GroupMembership.left_on.is_(None)) | (GroupMembership.left_on >= day),
        )
        .order_by(Participant.search_name, Participant.id)
        .distinct()
    )
    return [GroupPerson(pid, f"{first} {last}", consent) for pid, first, last, consent in rows]
