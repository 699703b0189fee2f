"""The demo back-office portal: login, customers, invoices, reports, a JSON API, chaos.

- ``state``: settings, the SQLite data, sessions; ``auth``: sign in and out;
- ``records``: customer and invoice forms and listings; ``report_jobs``: report pages;
- ``api``: the JSON API, admin controls and the chaos middleware; ``reports``: report files.

``create_app(PortalSettings(...))`` builds the Starlette app (tests start it on a free
port); ``bots portal`` serves it with uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from demo.portal import api, auth, records, report_jobs
from demo.portal.state import (
    Portal,
    PortalSettings,
)

__all__ = ["Portal", "PortalServer", "PortalSettings", "create_app", "serve"]


def create_app(settings: PortalSettings | None = None) -> Starlette:
    """Build the portal application (its state is on ``app.state.portal``)."""
    portal = Portal(settings or PortalSettings())

    @auth.logged_in(portal)
    async def home(request: Request, sess: sqlite3.Row) -> Response:
        return portal.page(
            "home.html",
            user=sess["user"],
            n_customers=portal.q("SELECT COUNT(*) n FROM customers")[0]["n"],
            n_invoices=portal.q("SELECT COUNT(*) n FROM invoices")[0]["n"],
        )

    routes = [
        Route("/", home),
        *auth.routes(portal),
        *records.routes(portal),
        *report_jobs.routes(portal),
        *api.routes(portal),
    ]
    app = Starlette(
        routes=routes, middleware=[Middleware(BaseHTTPMiddleware, dispatch=api.chaos(portal))]
    )
    app.state.portal = portal
    return app


def serve(settings: PortalSettings, port: int = 8765, host: str = "127.0.0.1") -> None:
    """Serve the portal in the foreground (``bots portal``)."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


class PortalServer:
    """The portal on a free port in a background thread (tests, ``bots demo``).

    Example::

        with PortalServer(PortalSettings(db_path=tmp / "p.db")) as srv:
            print(srv.url)
    """

    def __init__(self, settings: PortalSettings | None = None, port: int = 0) -> None:
        import socket

        self.settings = settings or PortalSettings()
        if not port:
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                port = sock.getsockname()[1]
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.app = create_app(self.settings)
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def portal(self) -> Portal:
        return self.app.state.portal  # type: ignore[no-any-return]

    def start(self) -> PortalServer:
        import uvicorn

        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the demo portal did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> PortalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def admin(self, action: str, **changes: Any) -> dict[str, Any]:
        """Call an admin action (``settings``, ``expire-sessions``, ``reset``)."""
        import urllib.request

        data = json.dumps(changes).encode() if changes else None
        req = urllib.request.Request(
            f"{self.url}/__admin/{action}",
            data=data,
            method="POST" if data or action != "settings" else "GET",
            headers={
                "Authorization": f"Bearer {self.settings.api_token}",
                "Content-Type": "application/json",
            },
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())  # type: ignore[no-any-return]

    def api(self, what: str) -> list[dict[str, Any]]:
        import urllib.request

        req = urllib.request.Request(
            f"{self.url}/api/{what}",
            headers={"Authorization": f"Bearer {self.settings.api_token}"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())  # type: ignore[no-any-return]
