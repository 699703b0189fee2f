"""The HTTP API, served by the console's server: another system starts a bot and follows its
run. ``Authorization: Bearer <token>`` (``bots token create``), or a signed-in console
session (then a state-changing call needs the ``X-CSRF-Token`` header).

- ``POST /api/bots/{name}/runs`` ``{"params": {...}}`` -> 201 ``{"run_id": ...}``; the
  parameters are checked like ``bots run`` before anything is recorded (422 with the reason);
- ``GET /api/runs/{id}`` -> status and counts (the JSON of ``bots show --json``);
- ``GET /api/runs/{id}/items`` -> its items (``?status=failed``);
- ``GET /api/openapi.json`` and the page ``/api`` describe them.

401: no token, an unknown or revoked one. 403: the token's role or scope does not allow it.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from robot_lib.console import tokens
from robot_lib.console.auth import session_user
from robot_lib.errors import ConfigError
from robot_lib.runtime.records import item_doc, run_doc
from robot_lib.runtime.schema import ITEM_STATUSES

if TYPE_CHECKING:
    from robot_lib.console.app import Console

Principal = Any  # a console User or an API Token: .user, .role, .can(), .may_touch()
ApiHandler = Callable[[Request, Principal, bytes], Response]


def reply(doc: Any, status: int = 200) -> Response:
    from robot_lib.console.app import HEADERS

    def default(v: Any) -> Any:
        return v.isoformat() if hasattr(v, "isoformat") else str(v)

    body = json.dumps(doc, default=default, indent=1)
    return Response(body, status, media_type="application/json", headers=HEADERS)


def _error(status: int, message: str) -> Response:
    resp = reply({"error": message}, status)
    if status == 401:
        resp.headers["WWW-Authenticate"] = 'Bearer realm="bots"'
    return resp


def api_guard(c: Console, role: str, fn: ApiHandler) -> Callable[[Request], Any]:
    """A bearer token, else a console session (with CSRF on POST); then the role."""
    from robot_lib.console.app import COOKIE

    async def endpoint(request: Request) -> Response:
        body = await request.body() if request.method == "POST" else b""
        return await run_in_threadpool(check, request, body)

    def check(request: Request, body: bytes) -> Response:
        auth = request.headers.get("authorization", "")
        who: Principal
        if auth[:7].lower() == "bearer ":
            who = tokens.check(c.store, auth[7:].strip())
            if who is None:
                return _error(401, "unknown or revoked token")
        else:
            found = session_user(c.store, request.cookies.get(COOKIE))
            if found is None:
                return _error(401, "send Authorization: Bearer <token> (bots token create)")
            who, csrf = found
            sent = request.headers.get("x-csrf-token", "")
            if request.method == "POST" and not secrets.compare_digest(sent, csrf):
                return _error(403, "X-CSRF-Token header missing or wrong")
        if not who.can(role):
            return _error(403, f"this needs the {role} role; the caller is {who.role}")
        return fn(request, who, body)

    return endpoint


def _param_text(value: Any) -> str:
    """A JSON value as the text ``bots run -p`` would get."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_param_text(v) for v in value)
    return str(value)


def routes(c: Console) -> list[Route]:
    from robot_lib.console.pages import start_run

    def start(request: Request, who: Principal, body: bytes) -> Response:
        from robot_lib.runtime.registry import discover

        name = request.path_params["name"]
        spec = discover().bots.get(name)
        if spec is None:
            return _error(404, f"no bot {name!r}")
        if not who.may_touch(name):
            return _error(403, f"the token is not scoped to bot {name}")
        try:
            doc = json.loads(body or b"{}")
        except ValueError:
            return _error(400, 'the body is not JSON: send {"params": {"name": "value"}}')
        params = doc.get("params", {}) if isinstance(doc, dict) else None
        if not isinstance(params, dict):
            return _error(400, 'params must be an object: {"params": {"name": "value"}}')
        try:
            run_id = start_run(
                c, name, {k: _param_text(v) for k, v in params.items()}, who.user, "api"
            )
        except ConfigError as exc:
            return _error(422, str(exc))
        return reply(
            {
                "run_id": run_id,
                "links": {
                    "run": f"/api/runs/{run_id}",
                    "items": f"/api/runs/{run_id}/items",
                    "page": f"/runs/{run_id}",
                },
            },
            201,
        )

    def _run(request: Request, who: Principal) -> Any:
        run = c.store.get_run(request.path_params["run_id"])
        if run is None or not who.may_touch(run.bot):
            return None
        return run

    def run_status(request: Request, who: Principal, body: bytes) -> Response:
        run = _run(request, who)
        if run is None:
            return _error(404, "no such run (or not in the token's scope)")
        doc = run_doc(run)
        doc.pop("folder", None), doc.pop("report", None)
        return reply(doc)

    def run_items(request: Request, who: Principal, body: bytes) -> Response:
        run = _run(request, who)
        if run is None:
            return _error(404, "no such run (or not in the token's scope)")
        status = request.query_params.get("status")
        if status and status not in ITEM_STATUSES:
            return _error(400, f"status {status!r} is not one of {', '.join(ITEM_STATUSES)}")
        found = [item_doc(i) for i in c.store.get_items(run.id)]
        return reply([i for i in found if not status or i["status"] == status])

    def openapi(request: Request, who: Principal, body: bytes) -> Response:
        return reply(SPEC)

    return [
        Route("/api/bots/{name}/runs", api_guard(c, "operator", start), methods=["POST"]),
        Route("/api/runs/{run_id}", api_guard(c, "viewer", run_status)),
        Route("/api/runs/{run_id}/items", api_guard(c, "viewer", run_items)),
        Route("/api/openapi.json", api_guard(c, "viewer", openapi)),
    ]


def page(c: Console, request: Request) -> Response:
    """``/api``: the endpoints, for people (from the same description as openapi.json)."""
    return c.render(request, "api.html", spec=SPEC)


_RUN_ID = {"name": "run_id", "in": "path", "required": True, "schema": {"type": "string"}}
_ERR = {"description": "error", "content": {"application/json": {"example": {"error": "..."}}}}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "backoffice-bots API",
        "version": "1",
        "description": "Start bots and follow their runs. Authenticate with "
        "`Authorization: Bearer <token>` (`bots token create --name NAME --bot BOT --role "
        "operator`). 401: no, unknown or revoked token; 403: role or scope.",
    },
    "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
    "security": [{"token": []}],
    "paths": {
        "/api/bots/{name}/runs": {
            "post": {
                "summary": "Start a run of a bot (operator)",
                "description": "Parameters are checked like `bots run` before anything is "
                "recorded; the run goes through the same runner or worker queue as the CLI and "
                "is recorded with trigger `api`.",
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "example": {"params": {"inbox": "var/inbox/invoices", "workers": 2}}
                        }
                    }
                },
                "responses": {
                    "201": {
                        "description": "started",
                        "content": {"application/json": {"example": {"run_id": "20261129-..."}}},
                    },
                    "404": _ERR,
                    "422": {"description": "a parameter was refused (the reason is given)"},
                },
            }
        },
        "/api/runs/{run_id}": {
            "get": {
                "summary": "A run: status, attempts, counts of items (viewer)",
                "parameters": [_RUN_ID],
                "responses": {
                    "200": {
                        "description": "the run",
                        "content": {
                            "application/json": {
                                "example": {
                                    "id": "20261129-...",
                                    "bot": "invoice_processing",
                                    "status": "succeeded",
                                    "trigger": "api",
                                    "items": {"total": 3, "done": 2, "review": 1},
                                }
                            }
                        },
                    },
                    "404": _ERR,
                },
            }
        },
        "/api/runs/{run_id}/items": {
            "get": {
                "summary": "The run's items, with title, status and message (viewer)",
                "parameters": [
                    _RUN_ID,
                    {"name": "status", "in": "query", "schema": {"enum": list(ITEM_STATUSES)}},
                ],
                "responses": {"200": {"description": "the items"}, "404": _ERR},
            }
        },
    },
}
