"""Alembic migrations of the run history (SQLite and PostgreSQL).

``versions/`` holds one script per schema change, oldest first; each is frozen once
released (it never imports today's ``schema.py``). ``robot_lib.runtime.schema.ensure_schema``
runs them under a cross-process lock. To add a change: edit ``schema.py``, then
``alembic -c robot_lib/runtime/migrations/alembic.ini revision -m "what"`` (see the README's
"Schema changes"), write the upgrade by hand, and check it with ``make test``
(``tests/robot_lib/test_migrations.py`` compares the migrated database with ``schema.py``).
"""
