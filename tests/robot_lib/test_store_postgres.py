"""The run history on a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.runtime.runner import Runner
from robot_lib.runtime.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture
def pg(postgres_url: str, test_bots: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    from tests.servers import new_database

    url = new_database(postgres_url)
    monkeypatch.setenv("BOTS_DATABASE_URL", url)
    return Store(url)


def test_runs_attempts_items_and_locks_on_postgres(pg: Store, tmp_path: Path) -> None:
    lines: list[str] = []
    run = Runner(pg, on_line=lines.append).run(
        "items_bot", {"keys": "a,b,c", "review": "b", "marker_dir": str(tmp_path)}
    )
    assert run.status == "succeeded", "".join(lines)
    assert (run.items_done, run.items_review) == (2, 1)
    assert pg.get_run(run.id) is not None and pg.get_attempts(run.id)[0]["status"] == "succeeded"
    again = Runner(pg, on_line=lines.append).run(
        "items_bot", {"keys": "a,b,c", "marker_dir": str(tmp_path)}
    )
    assert (again.items_done, again.items_skipped) == (1, 2)
    assert pg.acquire_lock("x", "one") is None
    holder = pg.acquire_lock("x", "two")
    assert holder is not None and holder["owner"] == "one"
    pg.release_lock("x", "one")
    assert pg.acquire_lock("x", "two") is None


def test_cli_on_postgres(pg: Store) -> None:
    from tests.conftest import run_cli

    code, out = run_cli("run", "noop")
    assert code == 0, out
    assert [r.bot for r in pg.list_runs(limit=5)] == ["noop"]
