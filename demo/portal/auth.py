"""Signing in and out; the guard of every page for signed-in users."""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from demo.portal.state import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    Portal,
)


def logged_in(
    portal: Portal,
) -> Callable[
    [Callable[[Request, sqlite3.Row], Awaitable[Response]]],
    Callable[[Request], Awaitable[Response]],
]:
    """A decorator for pages of signed-in users: others are sent to the login page (and back)."""

    def wrap(
        handler: Callable[[Request, sqlite3.Row], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def page(request: Request) -> Response:
            sess = portal.session(request)
            if sess is None:
                return portal.to_login(request)
            return await handler(request, sess)

        return page

    return wrap


def routes(portal: Portal) -> list[Route]:
    """Sign in (CSRF cookie, lockout after repeated failures) and sign out."""
    s = portal.s

    async def login(request: Request) -> Response:
        nxt = request.query_params.get("next", "/")
        if request.method == "GET":
            csrf = secrets.token_urlsafe(16)
            msg = (
                "Your session has expired. Please sign in again."
                if request.query_params.get("expired")
                else None
            )
            resp = portal.page("login.html", csrf=csrf, next=nxt, message=msg)
            resp.set_cookie(LOGIN_COOKIE, csrf, httponly=True, samesite="lax")
            return resp
        form = await request.form()
        nxt = str(form.get("next") or "/")
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/"
        csrf = secrets.token_urlsafe(16)

        def again(msg: str, status: int) -> Response:
            resp = portal.page("login.html", status, csrf=csrf, next=nxt, message=msg)
            resp.set_cookie(LOGIN_COOKIE, csrf, httponly=True, samesite="lax")
            return resp

        if not form.get("csrf_token") or form.get("csrf_token") != request.cookies.get(
            LOGIN_COOKIE
        ):
            return again("The sign-in form expired. Please try again.", 400)
        user = str(form.get("username", ""))
        now = time.time()
        recent = [t for t in portal.failures.get(user, []) if now - t < s.lockout_seconds]
        portal.failures[user] = recent
        if len(recent) >= s.lockout_after:
            wait = int(s.lockout_seconds - (now - recent[0])) + 1
            return again(f"Too many failed sign-in attempts. Try again in {wait} seconds.", 429)
        if user != s.username or form.get("password") != s.password:
            recent.append(now)
            return again("Invalid username or password.", 401)
        portal.failures.pop(user, None)
        token = secrets.token_urlsafe(24)
        portal.q(
            "INSERT INTO sessions VALUES(?,?,?,?)",
            token,
            user,
            secrets.token_urlsafe(16),
            now + s.session_ttl,
        )
        ok = RedirectResponse(nxt, status_code=303)
        ok.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax")
        return ok

    async def logout(request: Request) -> Response:
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            portal.q("DELETE FROM sessions WHERE token=?", token)
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(SESSION_COOKIE)
        return resp

    return [
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout),
    ]
