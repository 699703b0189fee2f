"""The portal's settings and state: its SQLite data, sessions, sign-in failures, forms
handed out, and the seeded sample records."""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

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
    ("charges", "Other Charges"),  # after the tax: shipping, rounding (optional)
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
    down: bool = False  # every page answers 503 (a proxy in front of a stopped server)
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
                    charges TEXT,
                    created_at TEXT, UNIQUE(vendor, invoice_number));
                CREATE TABLE IF NOT EXISTS jobs(id TEXT PRIMARY KEY, report TEXT, name TEXT,
                    date_from TEXT, date_to TEXT, format TEXT, created REAL, ready_at REAL,
                    filename TEXT, downloads INTEGER DEFAULT 0);
                """
            )
            # a portal database made before invoices had other charges gets the column
            columns = {r["name"] for r in self.db.execute("PRAGMA table_info(invoices)")}
            if "charges" not in columns:
                self.db.execute("ALTER TABLE invoices ADD COLUMN charges TEXT")
                self.db.commit()

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
                    "charges": "",
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
