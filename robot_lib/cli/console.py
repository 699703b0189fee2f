"""``bots web`` (the web console), ``bots user ...`` (its users) and ``bots audit``."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from robot_lib.cli.app import JSON_HELP, app, fail, fmt_time, print_json, print_table

user_app = typer.Typer(help="Users of the web console and their roles.", no_args_is_help=True)
app.add_typer(user_app, name="user")
token_app = typer.Typer(
    help="API tokens for systems that start bots over HTTP (POST /api/bots/NAME/runs).",
    no_args_is_help=True,
)
app.add_typer(token_app, name="token")


@app.command()
def web(
    host: Annotated[
        str, typer.Option(help="address to bind (not 127.0.0.1: use TLS in front)")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port")] = 8780,
    tls: Annotated[
        bool, typer.Option(help="served behind HTTPS (a proxy): secure cookies, no banner")
    ] = False,
) -> None:
    """Start the web console (overview, runs, bots, schedules, value, audit)."""
    from robot_lib.console.app import serve
    from robot_lib.console.auth import list_users
    from robot_lib.runtime.store import Store

    if not list_users(Store()):
        fail("no console users yet: add one with `bots user add NAME --role admin`", 1)
    print(f"web console on http://{host}:{port}/ (Ctrl-C stops it)", flush=True)
    serve(host, port, tls)


@user_app.command("add")
def user_add(
    name: str,
    role: Annotated[str, typer.Option(help="viewer, operator or admin")] = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the password from stdin")
    ] = False,
) -> None:
    """Add a console user (or set a new password and role); the password is asked for
    without echo, or read from stdin."""
    import getpass

    from robot_lib.console.auth import ROLES, add_user
    from robot_lib.errors import ConfigError
    from robot_lib.runtime import audit
    from robot_lib.runtime.store import Store

    if role not in ROLES:
        fail(f"--role {role!r} is not one of: {', '.join(ROLES)}")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {name}: ")
        if getpass.getpass("again: ") != password:
            fail("the passwords differ", 1)
    store = Store()
    try:
        add_user(store, name, password, role)
    except ConfigError as exc:
        fail(str(exc))
    audit.record(store, audit.os_user(), "add user", name, role)
    print(f"user {name} ({role}) saved")


@user_app.command("list")
def user_list(as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False) -> None:
    """Console users and their roles."""
    from robot_lib.console.auth import list_users
    from robot_lib.runtime.store import Store

    found = list_users(Store())
    if as_json:
        print_json(found)
        return
    print_table(
        ["user", "role", "since", "disabled"],
        [
            [u["name"], u["role"], fmt_time(u["created_at"]), "yes" if u["disabled"] else "no"]
            for u in found
        ],
    )


@user_app.command("disable")
def user_disable(name: str) -> None:
    """Disable a user and end their sessions."""
    from robot_lib.console.auth import disable_user
    from robot_lib.runtime import audit
    from robot_lib.runtime.store import Store

    store = Store()
    if not disable_user(store, name):
        fail(f"no user {name!r}", 1)
    audit.record(store, audit.os_user(), "disable user", name)
    print(f"user {name} disabled")


@app.command("audit")
def audit_cmd(
    limit: Annotated[int, typer.Option(min=1, max=100_000, help="how many")] = 50,
    user: Annotated[str | None, typer.Option(help="only this user")] = None,
    action: Annotated[str | None, typer.Option(help="only this action")] = None,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Who did what and when (console and CLI), newest first."""
    from robot_lib.runtime import audit
    from robot_lib.runtime.store import Store

    rows = audit.entries(Store(), limit, user, action)
    if as_json:
        print_json(rows)
        return
    print_table(
        ["when", "who", "what", "on", "detail"],
        [[fmt_time(r["at"]), r["user"], r["action"], r["target"], r["detail"]] for r in rows],
        keep=(0, 1),
    )


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Option(help="who uses it (a system, a script)")],
    bot: Annotated[
        list[str] | None, typer.Option(help="a bot it may touch (repeat); none: every bot")
    ] = None,
    role: Annotated[str, typer.Option(help="viewer (reads) or operator (also starts runs)")] = (
        "operator"
    ),
) -> None:
    """Make an API token; it is printed once (only its hash is kept)."""
    from robot_lib.console.tokens import create
    from robot_lib.errors import ConfigError
    from robot_lib.runtime import audit
    from robot_lib.runtime.registry import get_spec
    from robot_lib.runtime.store import Store

    store = Store()
    try:
        for b in bot or []:
            get_spec(b)
        token_id, token = create(store, name, role, list(bot or []), audit.os_user())
    except ConfigError as exc:
        fail(str(exc))
        return
    scope = ", ".join(bot or []) or "every bot"
    audit.record(store, audit.os_user(), "create token", f"{token_id} {name}", f"{role}: {scope}")
    print(f"token {token_id} ({name}, {role}, {scope}); shown this once:", file=sys.stderr)
    print(token)


@token_app.command("list")
def token_list(as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False) -> None:
    """API tokens: name, role, scope, last use (never the token)."""
    from robot_lib.console.tokens import listing
    from robot_lib.runtime.store import Store

    rows = listing(Store())
    if as_json:
        print_json(rows)
        return
    print_table(
        ["id", "name", "role", "bots", "created", "by", "last used", "revoked"],
        [
            [
                str(r["id"]),
                r["name"],
                r["role"],
                ", ".join(r["bots"]) or "every bot",
                fmt_time(r["created_at"]),
                r["created_by"],
                fmt_time(r["last_used_at"]) if r["last_used_at"] else "never",
                fmt_time(r["revoked_at"]) if r["revoked_at"] else "",
            ]
            for r in rows
        ],
    )


@token_app.command("revoke")
def token_revoke(token_id: int) -> None:
    """Revoke a token at once (its calls get 401)."""
    from robot_lib.console.tokens import revoke
    from robot_lib.runtime import audit
    from robot_lib.runtime.store import Store

    store = Store()
    if not revoke(store, token_id):
        fail(f"no live token {token_id}", 1)
    audit.record(store, audit.os_user(), "revoke token", str(token_id))
    print(f"token {token_id} revoked")
