"""The run history's tables (SQLAlchemy Core), the statuses they hold, and bringing any
database to them: Alembic migrations (``migrations/``) run under a cross-process lock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Engine

metadata = sa.MetaData()

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("bot", sa.String(200), nullable=False, index=True),
    sa.Column("status", sa.String(20), nullable=False, index=True),
    sa.Column("trigger", sa.String(40), nullable=False, default="cli"),
    sa.Column("schedule_id", sa.String(200)),
    sa.Column("params", sa.Text, nullable=False, default="{}"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True)),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("host", sa.String(200)),
    sa.Column("pid", sa.Integer),
    sa.Column("error", sa.Text),
    sa.Column("items_total", sa.Integer),
    sa.Column("items_done", sa.Integer, nullable=False, default=0),
    sa.Column("items_failed", sa.Integer, nullable=False, default=0),
    sa.Column("items_review", sa.Integer, nullable=False, default=0),
    sa.Column("items_skipped", sa.Integer, nullable=False, default=0),
    sa.Column("run_dir", sa.Text),
    sa.Column("claimed_by", sa.String(200)),
    sa.Column("heartbeat_at", sa.DateTime(timezone=True)),
    # how a queued run is to be sent again if its worker dies: {"retries", "timeout", "queue"}
    sa.Column("queue_options", sa.Text),
    # who is told about this run and when: {"on": [...], "email": [...], "webhook": [...]}
    sa.Column("notify", sa.Text),
    # a cancel asked for from another process: the runner's heartbeat sees it
    sa.Column("cancel_requested_at", sa.DateTime(timezone=True)),
    sa.Column("cancel_requested_by", sa.String(200)),
    sa.Index("ix_runs_created_at", "created_at"),
    sa.Index("ix_runs_bot_created_at", "bot", "created_at"),
)

attempts = sa.Table(
    "attempts",
    metadata,
    sa.Column("run_id", sa.String(40), primary_key=True),
    sa.Column("number", sa.Integer, primary_key=True),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("pid", sa.Integer),
    sa.Column("error_kind", sa.String(20)),
    sa.Column("error_type", sa.String(200)),
    sa.Column("error", sa.Text),
    sa.Column("traceback", sa.Text),
    sa.Column("retry_in", sa.Float),
)

items = sa.Table(
    "items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.String(40), nullable=False, index=True),
    sa.Column("bot", sa.String(200), nullable=False),
    sa.Column("key", sa.String(500), nullable=False),
    sa.Column("title", sa.String(500)),  # for people: file name, row and key, report name
    sa.Column("source", sa.String(600)),  # handed over by: "BOT run RUN_ID item KEY"
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("message", sa.Text),
    sa.Column("data", sa.Text),
    sa.Column("attempt", sa.Integer),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_items_bot_key", "bot", "key"),
    sa.Index("ix_items_status", "status"),
    sa.Index("ix_items_bot_key_status", "bot", "key", "status"),
    sa.Index("ix_items_status_bot", "status", "bot"),
)

locks = sa.Table(
    "locks",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("owner", sa.String(200), nullable=False),
    sa.Column("host", sa.String(200), nullable=False),
    sa.Column("pid", sa.Integer, nullable=False),
    sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("heartbeat_at", sa.DateTime(timezone=True)),
)

notifications = sa.Table(  # every alert and digest sent (or that failed to go out)
    "notifications",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.String(40), index=True),
    sa.Column("kind", sa.String(20), nullable=False),  # run | digest
    sa.Column("channel", sa.String(20), nullable=False),  # mail | webhook
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),  # sent | failed
    sa.Column("error", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

schedule_state = sa.Table(  # an operator's pause of a schedule (the files stay as they are)
    "schedule_state",
    metadata,
    sa.Column("schedule_id", sa.String(200), primary_key=True),
    sa.Column("paused", sa.Boolean, nullable=False),
    sa.Column("changed_by", sa.String(200)),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
)

users = sa.Table(  # people of the web console (passwords hashed with argon2)
    "users",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("role", sa.String(20), nullable=False),  # viewer | operator | admin
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False),
)

web_sessions = sa.Table(  # a signed-in browser: only the token's hash is stored
    "web_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user", sa.String(100), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)

audit = sa.Table(  # who did what, when: runs started, cancelled, schedules paused, users
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("user", sa.String(100), nullable=False),
    sa.Column("action", sa.String(50), nullable=False),
    sa.Column("target", sa.String(300)),
    sa.Column("detail", sa.Text),
    sa.Index("ix_audit_at", "at"),
)

bot_settings = sa.Table(  # what an admin set for a bot on the console
    "bot_settings",
    metadata,
    sa.Column("bot", sa.String(200), primary_key=True),
    sa.Column("manual_minutes", sa.Float),  # overrides @bot(manual_minutes=...)
    sa.Column("changed_by", sa.String(200)),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
)

reviews = sa.Table(  # one task per (bot, key) a person must look at: open until resolved
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("bot", sa.String(200), nullable=False),
    sa.Column("key", sa.String(500), nullable=False),
    sa.Column("run_id", sa.String(40), nullable=False),  # the run that sent it (latest)
    sa.Column("item_id", sa.Integer, nullable=False),  # that run's item row
    sa.Column("title", sa.String(500)),
    sa.Column("reason", sa.Text),
    sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("resolved_at", sa.DateTime(timezone=True)),  # NULL: waiting for a person
    sa.Column("resolution", sa.String(20)),  # done | approved | rejected | retried
    sa.Column("resolved_by", sa.String(200)),  # a user, or "run RUN_ID"
    sa.Column("note", sa.Text),
    sa.UniqueConstraint("bot", "key", name="uq_reviews_bot_key"),
    sa.Index("ix_reviews_open", "resolved_at", "bot"),
)

vault_secrets = sa.Table(  # credentials encrypted at rest (robot_lib.runtime.vault)
    "vault_secrets",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("token", sa.Text, nullable=False),  # Fernet token of {"n": name, "v": value}
    sa.Column("key_id", sa.String(16), nullable=False),  # which key wrote it (not the key)
    sa.Column("changed_by", sa.String(200), nullable=False),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
)

api_tokens = sa.Table(  # tokens of systems calling the HTTP API: only a hash is kept
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(20), nullable=False),  # viewer | operator
    sa.Column("bots", sa.Text, nullable=False),  # JSON list of bot names; [] = every bot
    sa.Column("created_by", sa.String(200), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
    sa.Column("last_used_at", sa.DateTime(timezone=True)),
)

trigger_files = sa.Table(  # files an on_file trigger started a run for (kept across restarts)
    "trigger_files",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("schedule_id", sa.String(200), nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("mtime_ns", sa.BigInteger, nullable=False),
    sa.Column("run_id", sa.String(40), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_trigger_files_schedule", "schedule_id", "run_id"),
)

work_queue = sa.Table(  # items one bot hands to another (ctx.hand_over), until consumed
    "work_queue",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("bot", sa.String(200), nullable=False),  # the consumer
    sa.Column("key", sa.String(500), nullable=False),
    sa.Column("title", sa.String(500)),
    sa.Column("payload", sa.Text, nullable=False),  # JSON
    sa.Column("files", sa.Text, nullable=False),  # JSON list of paths in the queue folder
    sa.Column("source_bot", sa.String(200), nullable=False),
    sa.Column("source_run", sa.String(40), nullable=False),
    sa.Column("source_item", sa.String(500)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("taken_by", sa.String(40)),  # the consumer's run that holds it
    sa.Column("taken_at", sa.DateTime(timezone=True)),
    sa.Column("done_at", sa.DateTime(timezone=True)),  # done, or in review with a person
    sa.UniqueConstraint("bot", "key", name="uq_work_queue_bot_key"),
    sa.Index("ix_work_queue_waiting", "bot", "done_at"),
)

bot_memory = sa.Table(  # what a bot learned (the invoice bot: vendor profiles), per key
    "bot_memory",
    metadata,
    sa.Column("bot", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(50), primary_key=True),
    sa.Column("key", sa.String(300), primary_key=True),
    sa.Column("doc", sa.Text, nullable=False),  # JSON
    sa.Column("updated_by", sa.String(200)),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("times", sa.Integer, nullable=False),  # how often it was taught
)

# the newest migration in migrations/versions: a database at it needs no Alembic import
HEAD = "0011"

FINAL = (
    "succeeded",
    "partial",
    "failed",
    "timed_out",
    "interrupted",
    "cancelled",
    "missed",
    "skipped",
)
ACTIVE = ("queued", "running", "retrying")
RUN_STATUSES = (*ACTIVE, *FINAL)
ITEM_STATUSES = ("running", "done", "failed", "review", "skipped", "forgotten")
TRIGGERS = ("cli", "schedule", "web", "api", "file", "mail", "queue", "review")


# one key for every process of this project that creates or upgrades the schema
_SCHEMA_LOCK_KEY = 7_274_126_001


@contextmanager
def schema_lock(engine: Engine, url: str) -> Iterator[None]:
    """Serialize schema creation and upgrades across processes: a file lock beside a SQLite
    database, an advisory lock on PostgreSQL. Without it two processes starting on a fresh
    database (the CLI and the attempt it pre-started, two workers) both try CREATE TABLE."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if not path or path == ":memory:":
            yield
            return
        import fcntl

        with open(path + ".schema-lock", "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)
        return
    if engine.dialect.name == "postgresql":
        with engine.connect() as c:
            c.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _SCHEMA_LOCK_KEY})
            try:
                yield
            finally:
                c.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _SCHEMA_LOCK_KEY})
                c.commit()
        return
    yield


def schema_version(engine: Engine) -> str | None:
    """The database's Alembic revision (None: no run history yet, or one made before
    migrations existed)."""
    try:
        with engine.connect() as c:
            return c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    except sa.exc.DBAPIError:
        return None


def ensure_schema(engine: Engine, url: str) -> None:
    """Bring the database to :data:`HEAD` with the Alembic migrations, under the lock: any
    number of processes may open a fresh or older database at the same moment. A database
    already at HEAD costs one query (Alembic is not even imported)."""
    if schema_version(engine) == HEAD:
        return
    with schema_lock(engine, url):
        if schema_version(engine) == HEAD:  # another process did it while we waited
            return
        from pathlib import Path

        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
