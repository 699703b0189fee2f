"""``bots``: the command line (Typer + Rich), one module per topic; heavy modules are
imported inside the commands, so ``bots --help`` stays fast.

- ``app``: the Typer app, its sub-command groups, shared output helpers;
- ``bots``: ``list``, ``new`` (``scaffold``), ``doctor``;
- ``runs``: ``run``, ``runs``, ``show``, ``logs``, ``report``;
- ``workers``: ``worker``, ``run --queue``;
- ``schedules``: ``schedule ...``, ``scheduler ...``, ``digest``;
- ``console``: ``web`` (the web console), ``user ...``, ``audit``;
- ``secrets``: ``secret ...`` (the vault);
- ``reviews``: ``review ...`` (the review queue), ``retry RUN --failed``, ``items forget``;
- ``demo``: ``portal``, ``demo``, ``demo data``.

The CLI is a thin layer: it parses, calls the runtime and scheduling, and prints. Nothing
below it imports ``robot_lib.cli`` (``tests/test_layout.py`` checks this).
"""

from __future__ import annotations

from robot_lib.cli.app import app

# importing a module registers its commands: this order is the order of `bots --help`
# isort: off
from robot_lib.cli import runs
from robot_lib.cli import bots
from robot_lib.cli import workers
from robot_lib.cli import schedules
from robot_lib.cli import console
from robot_lib.cli import secrets
from robot_lib.cli import reviews
from robot_lib.cli import demo

# isort: on

__all__ = [
    "app",
    "bots",
    "console",
    "demo",
    "main",
    "reviews",
    "runs",
    "schedules",
    "secrets",
    "workers",
]


def main() -> None:
    app()
