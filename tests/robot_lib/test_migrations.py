"""The run history's schema: Alembic migrations under a lock, from nothing or from the
previous release, on SQLite and PostgreSQL, with many processes starting at once.

``tests/data/db/release-0.1.*.sql`` are databases written by release 0.1's own code (the
commit before migrations), dumped as SQL: a run with a done and a review item."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from tests.conftest import ROOT

OLD = ROOT / "tests" / "data" / "db"
OLD_RUN = "20261101-080000-aaaaaa"


def _differences(url: str) -> list[object]:
    """What the migrated database lacks or has beyond ``schema.py`` (APScheduler's own job
    table aside)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from robot_lib.runtime.schema import metadata

    engine = sa.create_engine(url)
    with engine.connect() as c:
        ctx = MigrationContext.configure(
            c,
            opts={
                "include_object": lambda o, name, type_, *_: (
                    not (type_ == "table" and name in ("alembic_version", "scheduler_jobs"))
                ),
            },
        )
        diffs = compare_metadata(ctx, metadata)
    engine.dispose()
    # SQLite reports a type affinity for some columns: only structural differences count
    return [d for d in diffs if not (isinstance(d, list) and d and d[0][0] == "modify_type")]


def _load(url: str, sql: Path) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as c:
        raw = c.connection.driver_connection
        if url.startswith("sqlite"):
            raw.executescript(sql.read_text())
        else:
            with raw.cursor() as cur:
                cur.execute(sql.read_text())
    engine.dispose()


def _release_01(url: str) -> None:
    from robot_lib.runtime.schema import HEAD
    from robot_lib.runtime.store import Store

    Store._engines.pop(url, None)
    store = Store(url)  # opening it upgrades it
    with store.engine.connect() as c:
        assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    run = store.get_run(OLD_RUN)
    assert run is not None and (run.status, run.items_done, run.items_review) == ("partial", 1, 1)
    assert [i["status"] for i in store.get_items(OLD_RUN)] == ["done", "review"]
    assert store.is_done("invoice_processing", "3f5a9c")  # idempotency survives the upgrade
    assert store.reviews_waiting() == {"invoice_processing": 1}  # the old review is a task
    item = store.start_item(OLD_RUN, "invoice_processing", "new-key", 2, title="acme-0043.pdf")
    assert item > 2  # ids go on after the old rows
    assert _differences(url) == []


def test_a_fresh_sqlite_database_matches_the_schema(home: Path) -> None:
    from robot_lib.runtime.store import Store

    store = Store()
    assert store.list_runs() == []
    assert _differences(store.url) == []


def test_a_release_01_sqlite_database_is_upgraded_keeping_its_history(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bots.db'}"
    _load(url, OLD / "release-0.1.sqlite.sql")
    _release_01(url)


def test_a_release_01_postgresql_database_is_upgraded_keeping_its_history(
    postgres_url: str,
) -> None:
    from tests.servers import new_database

    url = new_database(postgres_url)
    _load(url, OLD / "release-0.1.postgresql.sql")
    _release_01(url)


def test_a_database_older_than_migrations_gets_the_columns_it_lacks(tmp_path: Path) -> None:
    """Early 0.1 databases lack columns added later in 0.1 (queue_options, heartbeat_at):
    the first migration adds them instead of failing on the existing tables."""
    url = f"sqlite:///{tmp_path / 'bots.db'}"
    sql = (OLD / "release-0.1.sqlite.sql").read_text()
    sql = sql.replace("\tqueue_options TEXT, \n", "").replace(",NULL,NULL,NULL);", ",NULL,NULL);")
    assert "queue_options" not in sql
    (tmp_path / "old.sql").write_text(sql)
    _load(url, tmp_path / "old.sql")
    _release_01(url)


def _ten_bots_run_at_once(env: dict[str, str]) -> list[str]:
    """Ten `bots run noop --wait` processes released at one instant on the same database."""
    start = time.time() + 4
    code = (
        "import sys, time\n"
        f"while time.time() < {start}: time.sleep(0.001)\n"
        "from robot_lib.cli import main\n"
        "sys.argv = ['bots', 'run', 'noop', '--wait']\n"
        "main()\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        for _ in range(10)
    ]
    outs = []
    for p in procs:
        out = p.communicate(timeout=300)[0]
        outs.append(f"exit {p.returncode}: {out}")
    return outs


def test_ten_bots_run_at_once_on_a_fresh_sqlite(test_bots: Path, home: Path) -> None:
    outs = _ten_bots_run_at_once(dict(os.environ))
    assert all(o.startswith("exit 0") for o in outs), "\n".join(outs)
    assert not any("Traceback" in o or "already exists" in o for o in outs)
    from robot_lib.runtime.store import Store

    runs = [r for r in Store().list_runs(limit=50) if r.bot == "noop"]
    assert [r.status for r in runs] == ["succeeded"] * 10


def test_ten_bots_run_at_once_on_a_release_01_postgresql(
    test_bots: Path, postgres_url: str
) -> None:
    from tests.servers import new_database

    url = new_database(postgres_url)
    _load(url, OLD / "release-0.1.postgresql.sql")
    outs = _ten_bots_run_at_once(dict(os.environ, BOTS_DATABASE_URL=url))
    assert all(o.startswith("exit 0") for o in outs), "\n".join(outs)
    from robot_lib.runtime.store import Store

    runs = [r for r in Store(url).list_runs(limit=50) if r.bot == "noop"]
    assert [r.status for r in runs] == ["succeeded"] * 10
