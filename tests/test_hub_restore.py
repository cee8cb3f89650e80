"""Restoring a backup on the shared hub made as the README says: it is the owner's act (it
replaces the tables), a coordinator is told so in plain Dutch, and after the owner's restore
the coordinators have the rights they had before (only SELECT on alembic_version)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text

from ido_desk.backup import list_backups
from ido_desk.config import resolve_paths
from ido_desk.desk import open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.location import LocationInput, set_location
from ido_desk.visits import record_visit
from tests.conftest import cli_environment, run_in_process

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)
RIGHTS = (
    "SELECT privilege_type FROM information_schema.role_table_grants "
    "WHERE grantee = :app AND table_name = 'alembic_version' ORDER BY 1"
)


def _as_admin(hub: dict[str, str], *statements: str) -> list[Any]:
    engine = create_engine(hub["admin_db"], isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            found: list[Any] = []
            for statement in statements:
                result = connection.execute(text(statement), {"app": _app(hub)})
                found = list(result) if result.returns_rows else []
            return found
    finally:
        engine.dispose()


def _app(hub: dict[str, str]) -> str:
    return make_url(hub["app"]).username or ""


@pytest.mark.postgres_only
def test_a_restore_is_the_owners_and_keeps_the_coordinators_rights(
    hub: dict[str, str], tmp_path: Path
) -> None:
    owner = resolve_paths(tmp_path / "beheer", hub["owner"], environ={})
    coordinator = resolve_paths(tmp_path / "pc1", hub["app"], environ={})
    open_desk(owner).close()  # the owner's first start migrates
    owner_role = make_url(hub["owner"]).username
    _as_admin(hub, hub["revoke"], f"ALTER ROLE {owner_role} CREATEDB",
              f"ALTER ROLE {_app(hub)} CREATEDB")  # fmt: skip
    desk = open_desk(coordinator)
    set_location(desk, LocationInput("Regio", "Rijswijk", "GM0603"))
    record_visit(desk, DIGID)
    desk.close()
    assert run_in_process(("backup",), cli_environment(coordinator)).returncode == 0
    backup = list_backups(coordinator)[0]  # the newest: the manual one

    refused = run_in_process(("restore", "--yes", str(backup.path)), cli_environment(coordinator))
    line = refused.stderr.strip()
    assert refused.returncode != 0 and "\n" not in line
    assert "eigenaar" in line and owner_role in line, line
    assert "must be" not in line and "owner of" not in line, line

    done = run_in_process(("restore", "--yes", str(backup.path)), cli_environment(owner))
    assert done.returncode == 0, done.stderr
    assert [r[0] for r in _as_admin(hub, RIGHTS)] == ["SELECT"]  # as before the restore
    desk = open_desk(coordinator)  # and the coordinators go on working
    record_visit(desk, DIGID)
    desk.close()


def test_a_restore_is_in_the_audit_log_of_the_restored_database(
    paths: Any, desk: Any, cli: Any
) -> None:
    """Who restored which backup, and how many visits went and came back: on both backends."""
    from ido_desk.audit_log import read_audit

    record_visit(desk, DIGID)
    assert cli("backup").returncode == 0
    backup = list_backups(paths)[0].path
    record_visit(desk, DIGID)
    record_visit(desk, DIGID)
    desk.close()
    done = cli("--name", "Anna", "restore", "--yes", str(backup))
    assert done.returncode == 0, done.stderr
    again = open_desk(paths)
    try:
        newest = read_audit(again)[0]
        assert newest.action == "restore" and "Anna" in newest.who
        assert newest.description == (
            f"Back-up {backup.name} teruggezet (2 bezoeken verdwenen, 0 bezoeken erbij)"
        )
    finally:
        again.close()
