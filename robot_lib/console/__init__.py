"""The web console (``bots web``): the operators' view of bots, runs, schedules and what
automation saves, served from the same install and run history, working offline.

- ``app``: the Starlette application, its middleware (sign-in, CSRF, security headers) and
  the server;
- ``auth``: users (argon2 hashes, roles viewer < operator < admin), sessions, sign-in
  throttling;
- ``pages``: one handler per page; ``queries``: what the pages show, read from the store;
- ``templates/`` and ``static/``: HTML, CSS and a small script, all shipped (no CDN).

A way in, like the CLI: it may import everything below it (runtime, scheduling, the
library) and nothing imports it (``tests/test_layout.py`` checks this).
"""
