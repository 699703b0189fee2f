"""Alembic environment: migrate the connection handed in by ``ensure_schema`` (or, from the
``alembic`` command line, the database of ``BOTS_DATABASE_URL`` / ``BOTS_HOME``)."""

from __future__ import annotations

from alembic import context

from robot_lib.runtime.schema import metadata


def run() -> None:
    conn = context.config.attributes.get("connection")
    if conn is None:  # the alembic command line (developers: `alembic revision`)
        import sqlalchemy as sa

        from robot_lib import config

        with sa.create_engine(config.database_url()).begin() as c:
            context.configure(connection=c, target_metadata=metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
