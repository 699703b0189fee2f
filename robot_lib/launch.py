"""The ``bots`` command's entry point. ``bots run`` starts its attempt's process before
anything else (a warm child, :class:`~robot_lib.runtime.process.WarmChildren`): the child's
interpreter start and imports overlap the command's own, and it gets its job once the
command has checked the bot and its parameters (or ends unused when they are refused)."""

from __future__ import annotations

import sys


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["run"] and not {"--queue", "--help", "-h"} & set(args):
        from robot_lib.runtime import process

        process.PRESPAWNED = process.spawn_attempt(None, None, wait_for_record=False)
        process.FAST_EXIT = True
    from robot_lib.cli import main as cli_main

    cli_main()
