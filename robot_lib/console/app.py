"""The console's Starlette application: sign-in, the guard every page goes through (session,
role, CSRF), security headers, files served from inside a run folder only, and the server.

    bots web [--host 127.0.0.1] [--port 8780]
"""

from __future__ import annotations

import ipaddress
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from robot_lib.console.auth import Throttle, check_password, end_session, new_session
from robot_lib.console.auth import session_user as _session_user
from robot_lib.credentials import mask
from robot_lib.runtime import audit
from robot_lib.runtime.store import Store

HERE = Path(__file__).parent
COOKIE = "bots_session"
LOGIN_COOKIE = "bots_login_csrf"
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _finalize(value: Any) -> Any:
    """Every value a template prints passes through the secret mask."""
    return mask(value) if isinstance(value, str) else value


class Console:
    """State shared by the handlers: the store, templates, the sign-in throttle."""

    def __init__(self, store: Store, host: str = "127.0.0.1", tls: bool = False) -> None:
        self.store = store
        self.throttle = Throttle()
        self.insecure = not tls and not _loopback(host)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            finalize=_finalize,
            undefined=jinja2.StrictUndefined,
        )
        from robot_lib.console import filters

        self.env.filters.update(filters.ALL)

    def render(self, request: Request, name: str, status: int = 200, **ctx: Any) -> Response:
        html = self.env.get_template(name).render(
            request=request,
            user=getattr(request.state, "user", None),
            csrf=getattr(request.state, "csrf", ""),
            insecure=self.insecure,
            path=request.url.path,
            **ctx,
        )
        return HTMLResponse(html, status_code=status, headers=HEADERS)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


Handler = Callable[[Request, Any], Response]


def guarded(console: Console, role: str, fn: Handler) -> Callable[[Request], Any]:
    """The gate of every page and action: a signed-in user with *role*, and for anything
    that changes state, the session's CSRF token. Handlers run in a thread (the store is
    synchronous)."""

    async def endpoint(request: Request) -> Response:
        form = await request.form() if request.method == "POST" else None
        return await run_in_threadpool(_check, request, form)

    def _check(request: Request, form: Any) -> Response:
        found = _session_user(console.store, request.cookies.get(COOKIE))
        if found is None:
            if request.url.path.startswith("/api/"):
                return Response("sign in first", 401, headers=HEADERS)
            return RedirectResponse(f"/login?next={request.url.path}", 303)
        user, csrf = found
        request.state.user, request.state.csrf = user, csrf
        if request.method == "POST":
            sent = (form or {}).get("csrf") or request.headers.get("x-csrf-token", "")
            if not secrets.compare_digest(str(sent), csrf):
                return console.render(
                    request,
                    "error.html",
                    403,
                    message="CSRF token missing or wrong: reload the page and try again.",
                )
        if not user.can(role):
            return console.render(
                request,
                "error.html",
                403,
                message=f"This needs the {role} role; you are {user.role}.",
            )
        return fn(request, form)

    return endpoint


def create_app(store: Store | None = None, host: str = "127.0.0.1", tls: bool = False) -> Starlette:
    from robot_lib.console import pages

    console = Console(store or Store(), host, tls)

    async def login(request: Request) -> Response:
        form = await request.form() if request.method == "POST" else None
        return await run_in_threadpool(_login, request, form)

    def _login(request: Request, form: Any) -> Response:
        nxt = request.query_params.get("next", "/")
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/"
        if form is None:
            token = secrets.token_urlsafe(16)
            resp = console.render(request, "login.html", login_csrf=token, error="", next=nxt)
            resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", max_age=900)
            return resp
        token = request.cookies.get(LOGIN_COOKIE, "")
        if not token or not secrets.compare_digest(str(form.get("csrf", "")), token):
            return console.render(
                request, "error.html", 403, message="The sign-in form expired: reload it."
            )
        name, password = str(form.get("name", "")), str(form.get("password", ""))
        address = request.client.host if request.client else "?"
        wait = console.throttle.blocked(name, address)
        if wait:
            return console.render(
                request,
                "login.html",
                429,
                login_csrf=token,
                next=nxt,
                error=f"Too many failed sign-ins: wait {wait:.0f} s and try again.",
            )
        user = check_password(console.store, name, password)
        if user is None:
            console.throttle.failed(name, address)
            audit.record(console.store, name or "?", "sign-in failed", address)
            return console.render(
                request,
                "login.html",
                401,
                login_csrf=token,
                next=nxt,
                error="Wrong name or password.",
            )
        console.throttle.succeeded(name, address)
        session, _ = new_session(console.store, user)
        audit.record(console.store, user.name, "signed in", address)
        resp = RedirectResponse(nxt, 303)
        resp.set_cookie(
            COOKIE, session, httponly=True, samesite="lax", secure=tls, max_age=12 * 3600
        )
        resp.delete_cookie(LOGIN_COOKIE)
        return resp

    def _logout(request: Request, form: Any) -> Response:
        end_session(console.store, request.cookies.get(COOKIE))
        resp = RedirectResponse("/login", 303)
        resp.delete_cookie(COOKIE)
        return resp

    def _file(request: Request, form: Any) -> Response:
        """A file of a run's folder: resolved inside it or not served (no '..', no
        absolute paths, no symlinks leading out)."""
        run = console.store.get_run(request.path_params["run_id"])
        rel = request.path_params["path"]
        if run is None or not run.run_dir or rel.startswith("/") or "\\" in rel:
            return console.render(request, "error.html", 404, message="No such file.")
        root = Path(run.run_dir).resolve()
        target = (root / rel).resolve()
        if not target.is_relative_to(root) or not target.is_file() or ".." in Path(rel).parts:
            return console.render(request, "error.html", 404, message="No such file.")
        inline = target.suffix.lower() in (".png", ".html", ".log", ".txt", ".jsonl", ".csv")
        return FileResponse(
            target,
            headers={
                **HEADERS,
                "Content-Disposition": ("inline" if inline else "attachment")
                + f'; filename="{target.name}"',
            },
        )

    def g(role: str, fn: Handler) -> Callable[[Request], Any]:
        return guarded(console, role, fn)

    from robot_lib.console import api, reviews

    routes = [
        *api.routes(console),
        Route("/api", g("viewer", lambda request, form: api.page(console, request))),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", g("viewer", _logout), methods=["POST"]),
        Route("/runs/{run_id}/files/{path:path}", g("viewer", _file)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        *pages.routes(console, g),
        *reviews.routes(console, g),
    ]
    app = Starlette(routes=routes)
    app.state.console = console
    return app


def serve(host: str = "127.0.0.1", port: int = 8780, tls: bool = False) -> None:
    import uvicorn

    uvicorn.run(create_app(host=host, tls=tls), host=host, port=port, log_level="warning")
