"""Who may do what: every service declares a permission, and each role gets only its own."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

import app.documents
import app.services
from app.domain import AuditEntry, AuditPersonal, Member
from app.domain.enums import Role
from app.services.coaching import list_sessions
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.invoicing import list_invoices
from app.services.member_form import MemberForm
from app.services.member_import import ImportFileError, preview_import, read_table
from app.services.members import create_member, get_member, list_members
from app.services.policy import ROLE_PERMISSIONS, Actor, Permission
from app.services.share_ledger import share_ledger
from app.services.uow import UnitOfWork
from app.services.users import SignInError, SignInThrottle, sign_in
from app.services.work import list_assignments

ADMIN = Actor("admin", Role.ADMIN, user_id=1)
TREASURER = Actor("treasurer", Role.TREASURER, user_id=2)
FACILITATOR = Actor("facilitator", Role.FACILITATOR, user_id=3)
HETU = "131052-308T"


def service_functions():
    """Every public function in app/services and app/documents that takes a unit of work."""
    for package in (app.services, app.documents):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, fn in inspect.getmembers(module, inspect.isfunction):
                if name.startswith("_") or fn.__module__ != module.__name__:
                    continue
                params = list(inspect.signature(fn).parameters)
                if params and params[0] == "uow":
                    yield f"{module.__name__}.{name}", fn


def test_the_finder_sees_the_services():
    names = {name for name, _ in service_functions()}
    assert "app.services.members.create_member" in names
    assert "app.documents.share_statement.statement_data" in names
    assert len(names) > 40


SERVICES = dict(service_functions())


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_every_service_declares_its_permission(name):
    fn = SERVICES[name]
    assert hasattr(fn, "permission"), f"{name} declares no permission (use @requires)"


def test_the_map_gives_each_role_only_its_own():
    treasurer, facilitator = ROLE_PERMISSIONS[Role.TREASURER], ROLE_PERMISSIONS[Role.FACILITATOR]
    assert {Permission.COACHING, Permission.SENSITIVE, Permission.PERSONAL_ID} & treasurer == set()
    assert {
        Permission.INVOICING,
        Permission.SHARES,
        Permission.WORK_ENTRIES,
        Permission.MEMBER_REGISTER,
        Permission.PERSONAL_ID,
    } & facilitator == set()
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
    assert Actor("both", frozenset({Role.TREASURER, Role.FACILITATOR})).permissions == (
        treasurer | facilitator
    )


def run(db, actor, fn, *args, **kwargs):
    with UnitOfWork(db, actor, write=False) as uow:
        return fn(uow, *args, **kwargs)


@pytest.mark.parametrize(
    ("actor", "fn", "allowed"),
    [
        (TREASURER, list_invoices, True),
        (FACILITATOR, list_invoices, False),
        (TREASURER, list_sessions, False),
        (FACILITATOR, list_sessions, True),
        (FACILITATOR, list_assignments, True),
        (TREASURER, list_members, True),
        (FACILITATOR, list_members, True),
    ],
    ids=lambda v: v.name if isinstance(v, Actor) else getattr(v, "__name__", str(v)),
)
def test_each_role_reads_only_its_lists(demo_db, actor, fn, allowed):
    if allowed:
        assert len(run(demo_db, actor, fn)) > 0
    else:
        with pytest.raises(PermissionDeniedError):
            run(demo_db, actor, fn)


def test_a_facilitator_sees_names_but_no_money(demo_db):
    rows = run(demo_db, FACILITATOR, list_members)
    assert any(r.name for r in rows)
    assert all(r.shares == 0 and not r.paid and not r.subscribed for r in rows)
    assert any(r.shares for r in run(demo_db, TREASURER, list_members))
    member_id = next(r.id for r in run(demo_db, TREASURER, list_members) if r.shares)
    for fn in (share_ledger, get_member):
        with pytest.raises(PermissionDeniedError):
            run(demo_db, FACILITATOR, fn, member_id)


def _member_with_code(db) -> int:
    form = MemberForm(first_name="Maija", last_name="Meikäläinen", applied_on=date(2026, 1, 5))
    with UnitOfWork(db, ADMIN) as uow:
        return create_member(uow, MemberForm(**{**vars(form), "personal_id": HETU}))


def test_only_an_admin_sees_or_enters_an_identity_code(coop_db):
    member_id = _member_with_code(coop_db)
    assert run(coop_db, ADMIN, get_member, member_id).form.personal_id == HETU
    masked = run(coop_db, TREASURER, get_member, member_id)
    assert masked.form.personal_id == "131052-****" and masked.personal_id_masked
    # Entering a code would answer "duplicate" to a guess: refused before any check.
    guess = MemberForm(
        first_name="Arvaus", last_name="Koe", applied_on=date(2026, 1, 5), personal_id=HETU
    )
    with pytest.raises(ValidationError) as info, UnitOfWork(coop_db, TREASURER) as uow:
        create_member(uow, guess)
    assert info.value.problems == {"personal_id": "admin_only"}


def test_the_import_preview_confirms_no_identity_code_to_a_treasurer(coop_db, tmp_path):
    _member_with_code(coop_db)
    path = tmp_path / "arvaukset.csv"
    path.write_text(f"Etunimi;Sukunimi;Henkilötunnus\nA;B;{HETU}\nC;D;010101-123N\n")
    table = read_table(path)
    with pytest.raises(ImportFileError) as info:
        run(coop_db, TREASURER, preview_import, table)
    assert info.value.code == "personal_id_admin_only"
    assert HETU not in str(info.value)
    # The administrator gets the duplicate, as before.
    preview = run(coop_db, ADMIN, preview_import, table)
    assert preview.rows[0].problems == {"personal_id": "duplicate"}


def test_the_database_refuses_to_change_the_audit_log(coop_db):
    _member_with_code(coop_db)
    with coop_db.engine.connect() as con:
        for statement in (
            "UPDATE audit_log SET actor = 'someone else'",
            "DELETE FROM audit_log",
            "UPDATE audit_personal SET after = 'x'",
        ):
            with pytest.raises(DatabaseError, match="audit log cannot be changed"):
                con.execute(text(statement))
            con.rollback()
        # Erasing a person's values is the one thing allowed, for the privacy erasure.
        con.execute(text("DELETE FROM audit_personal WHERE subject_member_id IS NOT NULL"))
        con.commit()
    with coop_db.sessions() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.entity == "member"))
        assert session.scalars(select(AuditPersonal)).all() == []


def test_every_change_names_the_signed_in_user(demo_db):
    member_id = run(demo_db, TREASURER, list_members)[0].id
    with UnitOfWork(demo_db, TREASURER) as uow:
        uow.session.get(Member, member_id).municipality = "Sipoo"
    with demo_db.sessions() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.actor, entry.user_id, entry.action) == ("treasurer", 2, "update")


def test_sign_in_never_says_whether_the_user_exists(demo_db):
    throttle = SignInThrottle()
    with UnitOfWork(demo_db, Actor("", frozenset())) as uow:
        actor = sign_in(uow, "treasurer", "demo", throttle=throttle)
        assert actor.roles == {Role.TREASURER} and actor.user_id is not None
        messages = set()
        for name in ("treasurer", "nobody"):
            with pytest.raises(SignInError) as info:
                sign_in(uow, name, "wrong", throttle=throttle)
            messages.add(str(info.value))
        assert messages == {"wrong user name or password"}


def test_repeated_failures_slow_down():
    now = [100.0]
    throttle = SignInThrottle(clock=lambda: now[0])
    for _ in range(3):
        assert throttle.wait_seconds("Admin") == 0
        throttle.failed("admin")
    throttle.failed("admin")
    assert throttle.wait_seconds("ADMIN") == 2.0
    now[0] += 2.5
    assert throttle.wait_seconds("admin") == 0
    throttle.succeeded("admin")
    assert throttle.wait_seconds("admin") == 0


def test_a_stale_settings_save_is_refused(coop_db):
    from dataclasses import replace

    from app.services.errors import StaleError
    from app.services.settings import get_settings, update_settings

    with UnitOfWork(coop_db, ADMIN, write=False) as uow:
        loaded = get_settings(uow)
    with UnitOfWork(coop_db, ADMIN) as uow:
        update_settings(uow, replace(loaded, phone="040 123 4567"))
    with pytest.raises(StaleError), UnitOfWork(coop_db, ADMIN) as uow:
        update_settings(uow, replace(loaded, email="toimisto@esimerkki.fi"))
    with UnitOfWork(coop_db, ADMIN, write=False) as uow:
        now = get_settings(uow)
    assert (now.phone, now.email) == ("040 123 4567", "")
