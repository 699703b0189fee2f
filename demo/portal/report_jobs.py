"""Report jobs: the reports page starts one, the page polls it, the file is downloaded."""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
import time
import urllib.parse
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from demo.portal import auth
from demo.portal import reports as report_files
from demo.portal.state import (
    Portal,
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


def routes(portal: Portal) -> list[Route]:
    """Report jobs: started from a form, polled, downloaded when ready."""
    s = portal.s
    logged_in = auth.logged_in(portal)

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

    return [
        Route("/reports", reports_page, methods=["GET", "POST"]),
        Route("/reports/jobs/{jid}", job_status),
        Route("/reports/jobs/{jid}/download", job_download),
    ]
