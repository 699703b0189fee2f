"""The console's review queue and validation station.

- ``/reviews``: what waits for a person, oldest first, by bot, reason and age;
- ``/reviews/{id}``: one item. For a bot with a ``@review_document`` (the invoice bot) the
  document's pages are drawn beside the fields, each field's words boxed on the page;
  clicking a word (or dragging over several) fills the field in focus; the arithmetic checks
  follow every keystroke. Enter approves, Esc goes back. Approve, reject and retry are
  carried out by the bot in a run of its own (``runtime.review_tasks.decide``).
- ``/reviews/{id}/page/{n}.png``: a page of that document, drawn from the file the bot names
  for this task only (no path ever comes from the request).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from robot_lib.credentials import mask
from robot_lib.errors import ConfigError, RobotError
from robot_lib.runtime import review_tasks

if TYPE_CHECKING:
    from robot_lib.console.app import Console

DPI = 110
INVOICE_FIELDS = (
    "seller",
    "invoice_number",
    "issue_date",
    "due_date",
    "currency",
    "net_total",
    "tax_total",
    "charges",  # between the tax and the gross: shipping, rounding
    "gross_total",
    "po_number",
)


def _document(task: dict[str, Any]) -> Path | None:
    from robot_lib.runtime.registry import discover

    spec = discover().bots.get(task["bot"])
    hook = spec.hooks.get("document") if spec is not None else None
    if hook is None:
        return None
    try:
        path = hook(task["params"], task["key"])
    except Exception:  # the station still works without the picture
        return None
    return Path(path) if path is not None and Path(path).is_file() else None


def _station(path: Path, fields: dict[str, Any], recorded: dict[str, Any]) -> dict[str, Any]:
    """Page sizes, every word with its box (for clicking), each field's box (as the
    extractor recorded it, else located now)."""
    from robot_lib.invoices.locate import locate
    from robot_lib.pdf import open_pdf

    doc = open_pdf(path, require_text=False)
    try:
        # as the text stands upright (the words and boxes are in that frame, /Rotate or not)
        shown = range(min(5, doc.page_count))
        pages = [{"width": doc.page_width(i), "height": doc.page_height(i)} for i in shown]
        words = [
            [w.page, round(w.x0, 1), round(w.top, 1), round(w.x1, 1), round(w.bottom, 1), w.text]
            for w in doc.words()
            if w.page < len(pages)
        ]
        found = recorded or {k: list(v) for k, v in locate(doc, fields).items()}
        boxes = {k: v for k, v in found.items() if k in fields and int(v[0]) < len(pages)}
    finally:
        doc.close()
    return {"pages": pages, "words": words, "boxes": boxes}


def routes(c: Console, g: Callable[..., Any]) -> list[Route]:
    store = c.store

    def queue(request: Request, form: Any) -> Response:
        q = request.query_params
        days = q.get("days") or ""
        try:
            older = float(days) * 86400 if days else None
        except ValueError:
            older = None
        found = review_tasks.open_tasks(store, q.get("bot") or None, q.get("reason") or None, older)
        bots = sorted(store.reviews_waiting())  # the bots with a task open
        return c.render(request, "reviews.html", tasks=found, q=q, bots=bots)

    def one(request: Request, form: Any, error: str = "") -> Response:
        from robot_lib.runtime.registry import discover

        task = review_tasks.task(store, int(request.path_params["task_id"]))
        if task is None:
            return c.render(request, "error.html", 404, message="No such review task.")
        spec = discover().bots.get(task["bot"])
        data = task["data"]
        fields = data.get("fields") if isinstance(data.get("fields"), dict) else None
        if fields is not None:
            fields = {k: fields.get(k) for k in (*INVOICE_FIELDS, *fields) if k in fields}
            # a refused approval: the form shows again what the person typed
            typed = {k[2:]: str(v) for k, v in (form or {}).items() if k.startswith("f_")}
            fields = {k: typed.get(k, v) for k, v in fields.items()}
        path = _document(task)
        station, unreadable = None, ""
        if path is not None:
            try:
                station = _station(path, fields or {}, data.get("boxes") or {})
            except Exception as exc:  # a corrupt, empty or encrypted file: say it, no picture
                unreadable = f"The document cannot be shown: {mask(str(exc))}"
        return c.render(
            request,
            "review.html",
            t=task,
            fields=fields,
            other={k: v for k, v in data.items() if k not in ("fields", "boxes")},
            lines_total=data.get("lines_total"),
            station=json.dumps(station) if station else "",
            pages=len(station["pages"]) if station else 0,
            can_approve=spec is not None and "approve" in spec.hooks,
            error=error,
            unreadable=unreadable,
        )

    def page_png(request: Request, form: Any) -> Response:
        from robot_lib.pdf import open_pdf

        task = review_tasks.task(store, int(request.path_params["task_id"]))
        n = int(request.path_params["n"])
        path = _document(task) if task is not None else None
        if path is None or not 0 <= n < 5:
            return c.render(request, "error.html", 404, message="No such page.")
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            try:
                doc = open_pdf(path, require_text=False)
            except RobotError:
                return c.render(request, "error.html", 404, message="The page cannot be drawn.")
            try:
                if n >= doc.page_count:
                    return c.render(request, "error.html", 404, message="No such page.")
                png = doc.render(n, dpi=DPI, path=Path(tmp) / "page.png").read_bytes()
            finally:
                doc.close()
        from robot_lib.console.app import HEADERS

        return Response(png, media_type="image/png", headers=HEADERS)

    def decide(request: Request, form: Any) -> Response:
        task_id, decision = int(request.path_params["task_id"]), request.path_params["decision"]
        task = review_tasks.task(store, task_id)
        if task is None or decision not in review_tasks.DECISIONS:
            return c.render(request, "error.html", 404, message="No such task or decision.")
        shown = task["data"].get("fields") if isinstance(task["data"].get("fields"), dict) else {}
        values = {}
        for k, v in (form or {}).items():
            if k.startswith("f_") and str(v).strip() != str(shown.get(k[2:]) or ""):
                values[k[2:]] = str(v).strip()
        for line in str((form or {}).get("corrections", "")).splitlines():
            if "=" in line:
                k, _, v = line.partition("=")
                values[k.strip()] = v.strip()
        try:
            run = review_tasks.decide(
                store,
                task_id,
                decision,
                request.state.user.name,
                values if decision == "approve" else {},
                str((form or {}).get("note", "")),
            )
        except ConfigError as exc:
            return one(request, form, str(exc))
        after = review_tasks.task(store, task_id)
        if after is not None and after["resolved_at"] is None:
            said = [i["message"] for i in store.get_items(run.id) if i["message"]]
            why = said[-1] if said else run.error or after["reason"] or "see the run"
            return one(request, form, f"Still open after the bot's run {run.id}: {why}")
        nxt = review_tasks.open_tasks(store, limit=1)
        return RedirectResponse(f"/reviews/{nxt[0]['id']}" if nxt else "/reviews", 303)

    return [
        Route("/reviews", g("viewer", queue)),
        Route("/reviews/{task_id:int}", g("viewer", one)),
        Route("/reviews/{task_id:int}/page/{n:int}.png", g("viewer", page_png)),
        Route("/reviews/{task_id:int}/{decision}", g("operator", decide), methods=["POST"]),
    ]
