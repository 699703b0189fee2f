"""The runtime: what runs a bot and remembers what happened.

- ``registry``: the ``@bot`` decorator, bot specs and typed parameters, discovery of ``bots/``;
- ``runner``: one run: attempts, backoff, hard timeouts, the run's record;
- ``process`` / ``child``: the child process each attempt runs in;
- ``store``: run history, work items and locks (SQLAlchemy Core; SQLite or PostgreSQL),
  its tables in ``schema`` and a run's record in ``records``;
- ``logs``: console, ``run.log`` and ``events.jsonl`` sinks, secrets masked;
- ``report``: the self-contained ``report.html`` of a run.

May import: the core (``robot_lib.errors``, ``config``, ``credentials``, ``context``,
``files``) and the library (``browser``, ``pdf``, ``excel``, ``mail``, ``forms``,
``invoices``). Never ``robot_lib.scheduling`` or ``robot_lib.cli``
(``tests/test_layout.py`` checks this).
"""
