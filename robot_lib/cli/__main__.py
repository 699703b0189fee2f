"""``python -m robot_lib.cli``: the ``bots`` command."""

from robot_lib.cli import main

main()
