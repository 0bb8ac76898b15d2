"""One entry point for the CLI and the UI: render a document of a kind to a PDF file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.db import Database
from app.domain import Cooperative, Member
from app.services.errors import NotFoundError
from app.services.policy import SYSTEM, Actor, Permission, requires
from app.services.register import member_register
from app.services.uow import UnitOfWork
from app.services.wage_deductions import wage_deduction_list

from .base import DocumentRenderer, Progress, letterhead
from .member_register import MemberRegisterRenderer
from .membership_certificate import MembershipCertificateRenderer, certificate_data
from .share_statement import ShareStatementRenderer, statement_data
from .wage_deductions import WageDeductionListRenderer

DOCUMENT_KINDS = (
    "member-register",
    "membership-certificate",
    "share-statement",
    "wage-deductions",
)
PER_MEMBER = ("membership-certificate", "share-statement")


@requires(Permission.MEMBER_DIRECTORY)
def member_id_by_number(uow: UnitOfWork, key: str | int) -> int:
    """The member's id for a member number; NotFoundError("member number", key) if none."""
    try:
        number = int(str(key).strip())
    except ValueError as exc:
        raise ValueError(f"{key!r} is not a member number.") from exc
    member_id = uow.session.scalar(select(Member.id).where(Member.member_number == number))
    if member_id is None:
        raise NotFoundError("member number", number)
    return member_id


def _month(key: str | None) -> date:
    """YYYY-MM (or YYYY-MM-DD); the current month without a key."""
    if key is None:
        return date.today().replace(day=1)
    try:
        year, month = (int(part) for part in str(key).split("-")[:2])
        return date(year, month, 1)
    except ValueError as exc:
        raise ValueError(f"{key!r} is not a month; write it as YYYY-MM.") from exc


# The data services it calls check each document's own permission.
@requires(Permission.SIGNED_IN)
def build_renderer(
    uow: UnitOfWork,
    kind: str,
    key: str | None,
    lang: str | None,
    *,
    public: bool = False,
    today: date,
    member_id: int | None = None,
) -> DocumentRenderer:
    """Gather the data of one document and return its renderer, ready to render.

    A per-member document is found by member number (`key`), or by `member_id` for
    someone who has no number yet (an applicant's share statement).
    """
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"Unknown document {kind!r}; choose one of {', '.join(DOCUMENT_KINDS)}.")
    if kind in PER_MEMBER:
        if key is None and member_id is None:
            raise ValueError(f"The {kind.replace('-', ' ')} needs a member number.")
        if public:
            raise ValueError("Only the member register has a public version.")
        if member_id is None:
            member_id = member_id_by_number(uow, key)
        if kind == "membership-certificate":
            return MembershipCertificateRenderer(certificate_data(uow, member_id, today), lang)
        return ShareStatementRenderer(statement_data(uow, member_id, today), lang)
    if kind == "wage-deductions":
        month = _month(key)
        rows = wage_deduction_list(uow, month)
        coop = uow.session.scalar(select(Cooperative).limit(1))
        return WageDeductionListRenderer(
            rows, month, lang or str(coop.default_language), letterhead(uow)
        )
    if key is not None:
        raise ValueError("The member register is for all members; leave out the member number.")
    coop = uow.session.scalar(select(Cooperative).limit(1))
    if coop is None:
        raise NotFoundError("cooperative", 1)
    return MemberRegisterRenderer(
        member_register(uow),
        lang or str(coop.default_language),
        public=public,
        printed_on=today,
        letterhead=letterhead(uow),
    )


def render_document(
    db: Database,
    kind: str,
    key: str | None,
    out: Path,
    lang: str | None,
    *,
    actor: Actor = SYSTEM,
    public: bool = False,
    today: date | None = None,
    member_id: int | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the document to ``out`` and return the path; a failure leaves no partial file.

    Kinds: "member-register" (no key; ``public`` for the OKL 3:14 public part),
    "membership-certificate" and "share-statement" (key = member number). Without ``lang``
    a member's document is in the member's language, the register in the cooperative's.
    ``progress(done, total)`` follows a long list; returning True raises ``Cancelled``.
    """
    today = today or date.today()
    out = Path(out)
    # Rendered as the person asking: the services refuse what they may not see.
    with UnitOfWork(db, actor, write=False) as uow:
        renderer = build_renderer(
            uow, kind, key, lang, public=public, today=today, member_id=member_id
        )
    pdf = renderer.render_bytes(progress)
    out.write_bytes(pdf)
    return out
