"""The demo back-office portal: login, customers, invoices, reports, a JSON API, chaos.

``create_app(PortalSettings(...))`` builds the Starlette app (tests start it on a free
port); ``bots portal`` serves it with uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import re
import secrets
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from demo.portal import reports as report_files
from demo.portal.templates import TEMPLATES

SESSION_COOKIE = "portal_session"
LOGIN_COOKIE = "portal_login"
CURRENCIES = ("EUR", "USD", "GBP", "CHF")
CUSTOMER_FIELDS = [
    ("first_name", "First Name"),
    ("last_name", "Last Name"),
    ("company", "Company Name"),
    ("role", "Role in Company"),
    ("address", "Address"),
    ("email", "Email"),
    ("phone", "Phone Number"),
]
INVOICE_FIELDS = [
    ("vendor", "Vendor"),
    ("invoice_number", "Invoice Number"),
    ("issue_date", "Issue Date"),
    ("due_date", "Due Date"),
    ("currency", "Currency"),
    ("net", "Net Amount"),
    ("tax", "Tax Amount"),
    ("gross", "Gross Amount"),
    ("po_number", "PO Number"),
]
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
PAGE_SIZE = 20


@dataclass(frozen=True)
class EntryForm:
    """One data-entry form of the portal: fields, labels of its pages, and how to save."""

    path: str
    fields: list[tuple[str, str]]
    kinds: dict[str, str]
    title: str
    submit: str
    saved_title: str
    label: str
    again_text: str
    save: Callable[[dict[str, str]], str | tuple[dict[str, str], str, int]]


@dataclass
class PortalSettings:
    """Everything tunable about the portal; chaos switches can change at run time."""

    db_path: Path | None = None
    username: str = "demo"
    password: str = "demo-password-123"
    api_token: str = "demo-api-token"
    latency_ms: int = 0
    error_rate: float = 0.0
    report_delay: float = 3.0
    session_ttl: float = 600.0
    hostile_filenames: bool = False
    lockout_after: int = 5
    lockout_seconds: float = 60.0
    seed_data: bool = True
    seed: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


class Portal:
    """State of one portal instance: its database, sessions, pending forms and jobs."""

    def __init__(self, settings: PortalSettings) -> None:
        self.s = settings
        if settings.db_path is None:
            from robot_lib.config import bots_home

            settings.db_path = bots_home() / "portal" / "portal.db"
        settings.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(settings.db_path, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.lock = threading.RLock()
        self.forms: dict[str, dict[str, str]] = {}
        self.failures: dict[str, list[float]] = {}
        self.rng = random.Random()
        self.env = jinja2.Environment(
            loader=jinja2.DictLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
        )
        self._schema()
        if settings.seed_data:
            self._seed()

    # ------------------------------------------------------------ database
    def _schema(self) -> None:
        with self.lock:
            self.db.executescript(
                """
                PRAGMA journal_mode=WAL;
                PRAGMA synchronous=NORMAL;
                CREATE TABLE IF NOT EXISTS sessions(token TEXT PRIMARY KEY, user TEXT,
                    csrf TEXT, expires REAL);
                CREATE TABLE IF NOT EXISTS customers(id INTEGER PRIMARY KEY AUTOINCREMENT,
                    confirmation TEXT UNIQUE, first_name TEXT, last_name TEXT, company TEXT,
                    role TEXT, address TEXT, email TEXT UNIQUE, phone TEXT, created_at TEXT);
                CREATE TABLE IF NOT EXISTS invoices(id INTEGER PRIMARY KEY AUTOINCREMENT,
                    record_id TEXT UNIQUE, vendor TEXT, invoice_number TEXT, issue_date TEXT,
                    due_date TEXT, currency TEXT, net TEXT, tax TEXT, gross TEXT, po_number TEXT,
                    created_at TEXT, UNIQUE(vendor, invoice_number));
                CREATE TABLE IF NOT EXISTS jobs(id TEXT PRIMARY KEY, report TEXT, name TEXT,
                    date_from TEXT, date_to TEXT, format TEXT, created REAL, ready_at REAL,
                    filename TEXT, downloads INTEGER DEFAULT 0);
                """
            )

    def q(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        with self.lock:
            cur = self.db.execute(sql, args)
            rows = cur.fetchall()
            self.db.commit()
            return rows

    def _seed(self) -> None:
        if self.q("SELECT COUNT(*) AS n FROM invoices")[0]["n"]:
            return
        rng = random.Random(self.s.seed)
        today = dt.date.today()
        vendors = ["Northwind Traders", "Contoso Supplies", "Fabrikam GmbH", "Globex SARL"]
        for n in range(30):
            issue = today - dt.timedelta(days=rng.randint(1, 90))
            net = Decimal(rng.randint(1000, 500000)) / 100
            tax = (net * Decimal("0.19")).quantize(Decimal("0.01"))
            self._insert_invoice(
                {
                    "vendor": rng.choice(vendors),
                    "invoice_number": f"S-{1000 + n}",
                    "issue_date": issue.isoformat(),
                    "due_date": (issue + dt.timedelta(days=30)).isoformat(),
                    "currency": rng.choice(CURRENCIES),
                    "net": f"{net:.2f}",
                    "tax": f"{tax:.2f}",
                    "gross": f"{net + tax:.2f}",
                    "po_number": "",
                },
                created=dt.datetime.combine(issue, dt.time(9)),
            )
        firsts = ["Ann", "Ben", "Cara", "Dev", "Eva", "Finn", "Gina", "Hugo"]
        for n in range(12):
            created = dt.datetime.combine(
                today - dt.timedelta(days=rng.randint(1, 60)), dt.time(10)
            )
            first = firsts[n % len(firsts)]
            self._insert_customer(
                {
                    "first_name": first,
                    "last_name": f"Seed{n}",
                    "company": "Seed Corp",
                    "role": "Buyer",
                    "address": f"{n} Main St",
                    "phone": "+1 555 0100",
                    "email": f"{first.lower()}.seed{n}@example.com",
                },
                created=created,
            )

    def _insert(
        self,
        table: str,
        row: dict[str, str],
        prefix: str,
        number_column: str,
        created: dt.datetime | None,
    ) -> str:
        """Insert *row*, then give it its number (``CN-000012``, ``INV-000034``)."""
        row = {**row, "created_at": (created or dt.datetime.now()).isoformat()}
        with self.lock:
            cur = self.db.execute(
                f"INSERT INTO {table}({','.join(row)}) VALUES({','.join('?' * len(row))})",
                tuple(row.values()),
            )
            number = f"{prefix}-{cur.lastrowid:06d}"
            self.db.execute(
                f"UPDATE {table} SET {number_column}=? WHERE id=?", (number, cur.lastrowid)
            )
            self.db.commit()
            return number

    def _insert_customer(self, v: dict[str, str], created: dt.datetime | None = None) -> str:
        row = {k: v[k] for k, _label in CUSTOMER_FIELDS} | {"email": v["email"].lower()}
        return self._insert("customers", row, "CN", "confirmation", created)

    def _insert_invoice(self, v: dict[str, str], created: dt.datetime | None = None) -> str:
        row = {k: v[k] for k, _label in INVOICE_FIELDS}
        return self._insert("invoices", row, "INV", "record_id", created)

    # ------------------------------------------------------------ rendering
    def page(self, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx.setdefault("user", None)
        return HTMLResponse(self.env.get_template(name).render(**ctx), status_code=status)

    # ------------------------------------------------------------ sessions
    def session(self, request: Request) -> sqlite3.Row | None:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            return None
        rows = self.q("SELECT * FROM sessions WHERE token=?", token)
        if not rows or rows[0]["expires"] < time.time():
            return None
        return rows[0]

    def expired(self, request: Request) -> bool:
        return bool(request.cookies.get(SESSION_COOKIE)) and self.session(request) is None

    def to_login(self, request: Request) -> Response:
        nxt = urllib.parse.quote(
            request.url.path + ("?" + request.url.query if request.url.query else "")
        )
        reason = "&expired=1" if self.expired(request) else ""
        return RedirectResponse(f"/login?next={nxt}{reason}", status_code=303)


def _form_control(
    kind: str,
    name: str,
    fid: str,
    label: str,
    value: str,
    style: str,
    options: tuple[str, ...] = (),
) -> str:
    from html import escape

    aria = f' aria-label="{escape(label)}"' if style == "aria" else ""
    if kind == "select":
        opts = "".join(
            f'<option value="{o}"{" selected" if o == value else ""}>{o}</option>' for o in options
        )
        first = '<option value="">Choose…</option>'
        return f'<select id="{fid}" name="{name}"{aria}>{first}{opts}</select>'
    return f'<input id="{fid}" name="{name}" type="{kind}" value="{escape(value)}"{aria}>'


def create_app(settings: PortalSettings | None = None) -> Starlette:
    """Build the portal application (its state is on ``app.state.portal``)."""
    portal = Portal(settings or PortalSettings())
    s = portal.s

    def require(request: Request) -> sqlite3.Row | Response:
        sess = portal.session(request)
        if sess is None:
            return portal.to_login(request)
        return sess

    def logged_in(
        handler: Callable[[Request, sqlite3.Row], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        """A page for signed-in users: others are sent to the login page (and back)."""

        async def page(request: Request) -> Response:
            sess = require(request)
            if isinstance(sess, Response):
                return sess
            return await handler(request, sess)

        return page

    def form_fields(
        spec: list[tuple[str, str]],
        values: dict[str, str],
        errors: dict[str, str],
        stable: bool,
        kinds: dict[str, str],
    ) -> tuple[str, list[dict[str, Any]]]:
        token = secrets.token_urlsafe(12)
        mapping: dict[str, str] = {}
        fields = []
        order = list(spec)
        rng = portal.rng
        if not stable:
            rng.shuffle(order)
        for key, label in order:
            name = key if stable else "f_" + secrets.token_hex(5)
            fid = "id_" + key if stable else "i" + secrets.token_hex(5)
            style = "for" if stable else rng.choice(["for", "for", "wrap", "aria", "near"])
            mapping[name] = key
            kind = kinds.get(key, "text")
            fields.append(
                {
                    "label": label,
                    "id": fid,
                    "style": style,
                    "error": errors.get(key),
                    "control": _form_control(
                        kind,
                        name,
                        fid,
                        label,
                        values.get(key, ""),
                        style,
                        CURRENCIES if kind == "select" else (),
                    ),
                }
            )
        with portal.lock:
            portal.forms[token] = mapping
            if len(portal.forms) > 5000:
                for k in list(portal.forms)[:2500]:
                    portal.forms.pop(k, None)
        return token, fields

    async def read_form(request: Request, sess: sqlite3.Row) -> dict[str, str] | Response:
        form = await request.form()
        if form.get("csrf_token") != sess["csrf"]:
            return portal.page(
                "error.html",
                403,
                user=sess["user"],
                title="Forbidden",
                message="The security token of this form is invalid. Reload the page.",
            )
        mapping = portal.forms.get(str(form.get("form_token", "")))
        if mapping is None:
            return portal.page(
                "error.html",
                400,
                user=sess["user"],
                title="Form expired",
                message="This form has expired. Please reload the page and try again.",
            )
        return {key: str(form.get(name, "")).strip() for name, key in mapping.items()}

    # ------------------------------------------------------------ routes
    def entry_pages(spec: EntryForm) -> tuple[Any, Any]:
        """The 'new' page (form, validation, save) and the 'saved' page of one entry form."""

        @logged_in
        async def new(request: Request, sess: sqlite3.Row) -> Response:
            stable = request.query_params.get("stable") == "1"
            values: dict[str, str] = {}
            errors: dict[str, str] = {}
            message, status = None, 200
            if request.method == "POST":
                got = await read_form(request, sess)
                if isinstance(got, Response):
                    return got
                values = got
                outcome = spec.save(values)
                if isinstance(outcome, str):
                    return RedirectResponse(f"{spec.path}/saved/{outcome}", status_code=303)
                errors, message, status = outcome
            token, fields = form_fields(spec.fields, values, errors, stable, spec.kinds)
            return portal.page(
                "form.html",
                status,
                user=sess["user"],
                title=spec.title,
                action=str(request.url.path) + ("?stable=1" if stable else ""),
                csrf=sess["csrf"],
                form_token=token,
                fields=fields,
                message=message,
                submit=spec.submit,
            )

        @logged_in
        async def saved(request: Request, sess: sqlite3.Row) -> Response:
            return portal.page(
                "saved.html",
                user=sess["user"],
                title=spec.saved_title,
                label=spec.label,
                number=request.path_params["number"],
                again=f"{spec.path}/new",
                again_text=spec.again_text,
            )

        return new, saved

    @logged_in
    async def home(request: Request, sess: sqlite3.Row) -> Response:
        return portal.page(
            "home.html",
            user=sess["user"],
            n_customers=portal.q("SELECT COUNT(*) n FROM customers")[0]["n"],
            n_invoices=portal.q("SELECT COUNT(*) n FROM invoices")[0]["n"],
        )

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

    def validate_customer(v: dict[str, str]) -> dict[str, str]:
        errors = {}
        for key, label in CUSTOMER_FIELDS:
            if key in ("first_name", "last_name", "company", "email") and not v.get(key):
                errors[key] = f"{label} is required."
        if v.get("email") and not EMAIL_RE.match(v["email"]):
            errors["email"] = "Enter a valid email address."
        phone = v.get("phone", "")
        digits = re.sub(r"\D", "", phone)
        if phone and (not re.fullmatch(r"[0-9+()\-. /]+", phone) or not 6 <= len(digits) <= 15):
            errors["phone"] = (
                "Phone Number may contain only digits, spaces and + - ( ) (6-15 digits)."
            )
        return errors

    def save_customer(values: dict[str, str]) -> str | tuple[dict[str, str], str, int]:
        errors = validate_customer(values)
        if not errors:
            dup = portal.q(
                "SELECT confirmation FROM customers WHERE email=?", values["email"].lower()
            )
            if dup:
                errors["email"] = (
                    f"A customer with this email already exists ({dup[0]['confirmation']})."
                )
        if errors:
            return errors, "Please correct the errors below.", 422
        return portal._insert_customer(values)

    customer_new, customer_saved = entry_pages(
        EntryForm(
            "/customers",
            CUSTOMER_FIELDS,
            {"email": "email", "phone": "tel"},
            "New customer",
            "Save customer",
            "Customer saved",
            "Confirmation number",
            "Add another customer",
            save_customer,
        )
    )

    def listing(
        request: Request,
        sess: sqlite3.Row,
        table: str,
        cols: list[str],
        headers: list[str],
        search: list[str],
        title: str,
    ) -> Response:
        qtext = request.query_params.get("q", "").strip()
        try:
            page = max(1, int(request.query_params.get("page", "1")))
        except ValueError:
            page = 1
        where, args = "", []
        if qtext:
            where = "WHERE " + " OR ".join(f"lower({c}) LIKE ?" for c in search)
            args = [f"%{qtext.lower()}%"] * len(search)
        total = portal.q(f"SELECT COUNT(*) n FROM {table} {where}", *args)[0]["n"]
        rows = portal.q(
            f"SELECT {','.join(cols)} FROM {table} {where} ORDER BY id DESC "
            f"LIMIT {PAGE_SIZE} OFFSET {(page - 1) * PAGE_SIZE}",
            *args,
        )
        return portal.page(
            "list.html",
            user=sess["user"],
            title=title,
            q=qtext,
            total=total,
            headers=headers,
            rows=[list(r) for r in rows],
            page=page,
            pages=max(1, -(-total // PAGE_SIZE)),
        )

    @logged_in
    async def customers(request: Request, sess: sqlite3.Row) -> Response:
        return listing(
            request,
            sess,
            "customers",
            ["confirmation", "first_name", "last_name", "company", "email", "phone"],
            ["Confirmation", "First Name", "Last Name", "Company Name", "Email", "Phone Number"],
            ["first_name", "last_name", "company", "email", "confirmation"],
            "Customers",
        )

    def validate_invoice(v: dict[str, str]) -> dict[str, str]:
        errors = {}
        for key, label in INVOICE_FIELDS:
            if key != "po_number" and not v.get(key):
                errors[key] = f"{label} is required."
        dates = {}
        for key in ("issue_date", "due_date"):
            if v.get(key):
                try:
                    dates[key] = dt.date.fromisoformat(v[key])
                except ValueError:
                    errors[key] = "Enter a date as YYYY-MM-DD."
        if len(dates) == 2 and dates["due_date"] < dates["issue_date"]:
            errors["due_date"] = "Due Date must not be before Issue Date."
        if v.get("currency") and v["currency"] not in CURRENCIES:
            errors["currency"] = "Choose a currency."
        amounts = {}
        for key in ("net", "tax", "gross"):
            if v.get(key):
                try:
                    amounts[key] = Decimal(v[key].replace(",", ""))
                    v[key] = f"{amounts[key]:.2f}"
                except InvalidOperation:
                    errors[key] = "Enter an amount like 1234.56."
        if len(amounts) == 3 and amounts["net"] + amounts["tax"] != amounts["gross"]:
            errors["gross"] = "Gross Amount must equal Net Amount + Tax Amount."
        return errors

    def save_invoice(values: dict[str, str]) -> str | tuple[dict[str, str], str, int]:
        errors = validate_invoice(values)
        if errors:
            return errors, "Please correct the errors below.", 422
        dup = portal.q(
            "SELECT record_id FROM invoices WHERE vendor=? AND invoice_number=?",
            values["vendor"],
            values["invoice_number"],
        )
        if dup:
            return (
                {},
                (
                    f"Invoice {values['invoice_number']} from {values['vendor']} is "
                    f"already recorded ({dup[0]['record_id']})."
                ),
                409,
            )
        return portal._insert_invoice(values)

    invoice_new, invoice_saved = entry_pages(
        EntryForm(
            "/invoices",
            INVOICE_FIELDS,
            {"issue_date": "date", "due_date": "date", "currency": "select"},
            "New invoice",
            "Record invoice",
            "Invoice recorded",
            "Record ID",
            "Record another invoice",
            save_invoice,
        )
    )

    @logged_in
    async def invoices(request: Request, sess: sqlite3.Row) -> Response:
        return listing(
            request,
            sess,
            "invoices",
            [
                "record_id",
                "vendor",
                "invoice_number",
                "issue_date",
                "due_date",
                "currency",
                "gross",
            ],
            [
                "Record ID",
                "Vendor",
                "Invoice Number",
                "Issue Date",
                "Due Date",
                "Currency",
                "Gross",
            ],
            ["vendor", "invoice_number", "record_id"],
            "Invoices",
        )

    def job_json(j: sqlite3.Row) -> dict[str, Any]:
        return {
            "id": j["id"],
            "report": j["report"],
            "name": j["name"],
            "date_from": j["date_from"],
            "date_to": j["date_to"],
            "format": j["format"],
            "status": "ready" if time.time() >= j["ready_at"] else "running",
            "filename": j["filename"],
        }

    @logged_in
    async def reports_page(request: Request, sess: sqlite3.Row) -> Response:
        if request.method == "POST":
            form = await request.form()
            if form.get("csrf_token") != sess["csrf"]:
                return JSONResponse({"error": "invalid security token; reload the page"}, 403)
            report = str(form.get("report", ""))
            fmt = str(form.get("format", ""))
            try:
                start = dt.date.fromisoformat(str(form.get("date_from")))
                end = dt.date.fromisoformat(str(form.get("date_to")))
            except ValueError:
                return JSONResponse({"error": "From and To must be dates"}, 422)
            if report not in report_files.REPORTS or fmt not in ("xlsx", "csv", "pdf"):
                return JSONResponse({"error": "unknown report or format"}, 422)
            if end < start:
                return JSONResponse({"error": "To must not be before From"}, 422)
            jid = secrets.token_hex(4)
            name = report_files.REPORTS[report]
            filename = f"{name} {start.isoformat()}..{end.isoformat()}.{fmt}"
            if s.hostile_filenames:
                filename = "../../etc/x\x01\x1f" + ("A" * 300) + f".{fmt}"
            portal.q(
                "INSERT INTO jobs(id,report,name,date_from,date_to,format,created,ready_at,"
                "filename) VALUES(?,?,?,?,?,?,?,?,?)",
                jid,
                report,
                name,
                start.isoformat(),
                end.isoformat(),
                fmt,
                time.time(),
                time.time() + s.report_delay,
                filename,
            )
            return JSONResponse(job_json(portal.q("SELECT * FROM jobs WHERE id=?", jid)[0]))
        jobs = portal.q("SELECT * FROM jobs ORDER BY created DESC LIMIT 20")
        today = dt.date.today()
        return portal.page(
            "reports.html",
            user=sess["user"],
            csrf=sess["csrf"],
            reports=list(report_files.REPORTS.items()),
            jobs=[job_json(j) for j in jobs],
            default_from=(today - dt.timedelta(days=30)).isoformat(),
            default_to=today.isoformat(),
        )

    async def job_status(request: Request) -> Response:
        sess = portal.session(request)
        if sess is None:
            return JSONResponse({"error": "session expired"}, 401)
        rows = portal.q("SELECT * FROM jobs WHERE id=?", request.path_params["jid"])
        if not rows:
            return JSONResponse({"error": "no such job"}, 404)
        return JSONResponse(job_json(rows[0]))

    def data_snapshot() -> dict[str, list[dict[str, Any]]]:
        return {
            "invoices": [dict(r) for r in portal.q("SELECT * FROM invoices ORDER BY id")],
            "customers": [dict(r) for r in portal.q("SELECT * FROM customers ORDER BY id")],
        }

    @logged_in
    async def job_download(request: Request, sess: sqlite3.Row) -> Response:
        rows = portal.q("SELECT * FROM jobs WHERE id=?", request.path_params["jid"])
        if not rows:
            return portal.page(
                "error.html",
                404,
                user=sess["user"],
                title="Not found",
                message="No such report job.",
            )
        j = rows[0]
        if time.time() < j["ready_at"]:
            return portal.page(
                "error.html",
                409,
                user=sess["user"],
                title="Not ready",
                message="This report is still being generated.",
            )
        start, end = dt.date.fromisoformat(j["date_from"]), dt.date.fromisoformat(j["date_to"])
        body = report_files.render(
            j["report"],
            j["format"],
            report_files.rows_for(j["report"], data_snapshot(), start, end),
            start,
            end,
        )
        portal.q("UPDATE jobs SET downloads=downloads+1 WHERE id=?", j["id"])
        media = {
            "csv": "text/csv",
            "pdf": "application/pdf",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
        quoted = urllib.parse.quote(j["filename"], safe="")
        return Response(
            body,
            media_type=media[j["format"]],
            headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quoted}"},
        )

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

    routes = [
        Route("/", home),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout),
        Route("/customers", customers),
        Route("/customers/new", customer_new, methods=["GET", "POST"]),
        Route("/customers/saved/{number}", customer_saved),
        Route("/invoices", invoices),
        Route("/invoices/new", invoice_new, methods=["GET", "POST"]),
        Route("/invoices/saved/{number}", invoice_saved),
        Route("/reports", reports_page, methods=["GET", "POST"]),
        Route("/reports/jobs/{jid}", job_status),
        Route("/reports/jobs/{jid}/download", job_download),
        Route("/api/{what}", api),
        Route("/__admin/{action}", admin, methods=["GET", "POST"]),
    ]

    async def chaos(request: Request, call_next: Any) -> Response:
        path = request.url.path
        exempt = path.startswith(("/api/", "/__admin/", "/login", "/logout"))
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

    app = Starlette(routes=routes, middleware=[Middleware(BaseHTTPMiddleware, dispatch=chaos)])
    app.state.portal = portal
    return app


def _server_error(portal: Portal) -> Response:
    return portal.page(
        "error.html",
        500,
        title="Internal Server Error",
        message="The server encountered an internal error. Please try again later.",
    )


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
