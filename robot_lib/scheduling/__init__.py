"""When and where runs happen: schedule files, the scheduler service, executors.

- ``schedules``: ``schedules/*.toml`` read and validated (file and line in every error);
- ``service``: the APScheduler 3 service fed from the schedule files (one per database);
- ``executors``: where a run executes: a local child process, or a Celery worker.

May import: the core, the library and ``robot_lib.runtime``. Never ``robot_lib.cli``
(``tests/test_layout.py`` checks this).
"""
