"""Customers and invoices: entry forms with server-side validation, and listings."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import sqlite3
from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from demo.portal import auth
from demo.portal.state import (
    CURRENCIES,
    CUSTOMER_FIELDS,
    EMAIL_RE,
    INVOICE_FIELDS,
    PAGE_SIZE,
    EntryForm,
    Portal,
)


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


def routes(portal: Portal) -> list[Route]:
    """The customer and invoice entry forms (reshuffled on every load unless ``?stable=1``)
    and their listings."""
    logged_in = auth.logged_in(portal)

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
            # an invoice paid on the spot (a receipt, a shop's order) has no due date
            if key not in ("po_number", "charges", "due_date") and not v.get(key):
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
        for key in ("net", "tax", "charges", "gross"):
            if v.get(key):
                try:
                    amounts[key] = Decimal(v[key].replace(",", ""))
                    v[key] = f"{amounts[key]:.2f}"
                except InvalidOperation:
                    errors[key] = "Enter an amount like 1234.56."
        if {"net", "tax", "gross"} <= amounts.keys() and "charges" not in errors:
            net, tax, gross = amounts["net"], amounts["tax"], amounts["gross"]
            if net + tax + amounts.get("charges", Decimal(0)) != gross:
                errors["gross"] = "Gross Amount must equal Net Amount + Tax Amount + Other Charges."
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

    return [
        Route("/customers", customers),
        Route("/customers/new", customer_new, methods=["GET", "POST"]),
        Route("/customers/saved/{number}", customer_saved),
        Route("/invoices", invoices),
        Route("/invoices/new", invoice_new, methods=["GET", "POST"]),
        Route("/invoices/saved/{number}", invoice_saved),
    ]
