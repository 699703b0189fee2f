"""The JSON API, the admin controls (chaos settings, session expiry, reset) and chaos."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from demo.portal.report_jobs import job_json
from demo.portal.state import (
    Portal,
)


def routes(portal: Portal) -> list[Route]:
    """The JSON API and the admin controls, both behind the API token."""
    s = portal.s

    def api_auth(request: Request) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {s.api_token}":
            return JSONResponse({"error": "missing or wrong API token"}, 401)
        return None

    async def api(request: Request) -> Response:
        denied = api_auth(request)
        if denied:
            return denied
        what = request.path_params["what"]
        if what == "customers":
            return JSONResponse([dict(r) for r in portal.q("SELECT * FROM customers ORDER BY id")])
        if what == "invoices":
            return JSONResponse([dict(r) for r in portal.q("SELECT * FROM invoices ORDER BY id")])
        if what == "reports":
            return JSONResponse(
                [dict(r) | job_json(r) for r in portal.q("SELECT * FROM jobs ORDER BY created")]
            )
        return JSONResponse({"error": "unknown collection"}, 404)

    async def admin(request: Request) -> Response:
        """Test and demo controls: chaos settings, session expiry, data reset."""
        denied = api_auth(request)
        if denied:
            return denied
        action = request.path_params["action"]
        if action == "settings":
            if request.method == "POST":
                changes = await request.json()
                for k, v in changes.items():
                    if k not in (
                        "latency_ms",
                        "error_rate",
                        "down",
                        "report_delay",
                        "session_ttl",
                        "hostile_filenames",
                    ):
                        return JSONResponse({"error": f"unknown setting {k}"}, 400)
                    setattr(s, k, v)
            return JSONResponse(
                {k: v for k, v in asdict(s).items() if k != "db_path"},
                headers={"cache-control": "no-store"},
            )
        if action == "expire-sessions":
            portal.q("UPDATE sessions SET expires=0")
            return JSONResponse({"expired": True})
        if action == "reset":
            portal.q("DELETE FROM customers")
            portal.q("DELETE FROM invoices")
            portal.q("DELETE FROM jobs")
            return JSONResponse({"reset": True})
        return JSONResponse({"error": "unknown action"}, 404)

    return [
        Route("/api/{what}", api),
        Route("/__admin/{action}", admin, methods=["GET", "POST"]),
    ]


def chaos(portal: Portal) -> Callable[[Request, Any], Awaitable[Response]]:
    """Middleware: latency and server errors at the configured rate, also after a save."""
    s = portal.s

    async def chaos(request: Request, call_next: Any) -> Response:
        path = request.url.path
        exempt = path.startswith(("/api/", "/__admin/", "/login", "/logout"))
        if s.down and not path.startswith(("/__admin/", "/api/")):
            return portal.page(
                "error.html",
                503,
                title="Service Unavailable",
                message="The portal is down for maintenance. Please try again later.",
            )
        if s.latency_ms and not path.startswith("/__admin/"):
            await asyncio.sleep(s.latency_ms / 1000)
        roll = portal.rng.random() if not exempt else 1.0
        if request.method == "GET" and roll < s.error_rate:
            return _server_error(portal)
        if request.method == "POST" and roll < s.error_rate / 2:
            return _server_error(portal)  # failed before anything was saved
        response: Response = await call_next(request)
        if request.method == "POST" and roll < s.error_rate:
            return _server_error(portal)  # saved, but the answer is lost: did my submit land?
        return response

    return chaos


def _server_error(portal: Portal) -> Response:
    return portal.page(
        "error.html",
        500,
        title="Internal Server Error",
        message="The server encountered an internal error. Please try again later.",
    )
