"""``bots secret set|list|rm|rotate-key``: the vault (credentials encrypted at rest)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from robot_lib.cli.app import JSON_HELP, app, fail, fmt_time, print_json, print_table

secret_app = typer.Typer(
    help="The vault: credentials encrypted in the run database (never shown again).",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(secret_app, name="secret")


def _vault() -> Any:
    from robot_lib.runtime.vault import Vault

    return Vault()


@secret_app.command("set")
def secret_set(
    name: str,
    stdin: Annotated[
        bool, typer.Option("--stdin", help="read the value from stdin (one line)")
    ] = False,
) -> None:
    """Store (or change) a secret; the value is asked for without echo, or read from stdin."""
    import getpass

    from robot_lib.errors import ConfigError
    from robot_lib.runtime import audit, vault

    if stdin or not sys.stdin.isatty():
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = getpass.getpass(f"value of {name}: ")
        if getpass.getpass("again: ") != value:
            fail("the values differ", 1)
    try:
        had_key = bool(vault.load_keys()[0])
    except ConfigError:
        had_key = True  # set() says what is wrong with it
    try:
        new = _vault().set(name, value, audit.os_user())
    except ConfigError as exc:
        fail(str(exc), 1)
        return
    if not had_key:
        print(
            f"created the vault key {vault.key_file()} (mode 0600): back it up; without it "
            f"the secrets cannot be read",
            file=sys.stderr,
        )
    print(f"secret {name} {'stored' if new else 'changed'}")


@secret_app.command("list")
def secret_list(as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False) -> None:
    """Names, the bots that declare them, when and by whom they were changed; never values."""
    from robot_lib.runtime.vault import declared_by

    users = declared_by()
    rows = [{**e, "bots": users.get(e["name"], [])} for e in _vault().entries()]
    if as_json:
        print_json(rows)
        return
    if not rows:
        print("the vault is empty: `bots secret set NAME` stores one")
        return
    print_table(
        ["name", "used by", "changed", "by", "key"],
        [
            [
                r["name"],
                ", ".join(r["bots"]) or "(no bot declares it)",
                fmt_time(r["changed_at"]),
                r["changed_by"],
                r["key_id"],
            ]
            for r in rows
        ],
    )


@secret_app.command("rm")
def secret_rm(
    name: str,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="do not ask")] = False,
) -> None:
    """Remove a secret from the vault."""
    from robot_lib.runtime import audit

    if not yes and sys.stdin.isatty() and not typer.confirm(f"remove secret {name}?"):
        raise typer.Exit(1)
    if not _vault().remove(name, audit.os_user()):
        fail(f"no secret {name!r} in the vault", 1)
    print(f"secret {name} removed")


@secret_app.command("rotate-key")
def secret_rotate_key() -> None:
    """Re-encrypt every secret with a new key. With a key file the file is replaced; with
    BOTS_VAULT_KEY the new key is printed once for you to set."""
    from robot_lib.errors import ConfigError
    from robot_lib.runtime import audit
    from robot_lib.runtime.vault import key_file

    try:
        kid, shown = _vault().rotate(audit.os_user())
    except ConfigError as exc:
        fail(str(exc), 1)
        return
    if shown is None:
        print(f"vault re-encrypted with key {kid}, written to {key_file()}")
    else:
        print(
            f"vault re-encrypted with key {kid}. Set it now (shown once):\n"
            f"BOTS_VAULT_KEY={shown}\n"
            f"Processes still holding the old key: BOTS_VAULT_KEY=NEW,OLD until they restart."
        )
