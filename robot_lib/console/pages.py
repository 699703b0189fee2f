"""One handler per page and action of the console. Every URL can be bookmarked: filters are
query parameters. Actions (run now, cancel, pause, resume, users) need the operator or admin
role, a CSRF token, and go to the audit log."""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from robot_lib.console import queries
from robot_lib.errors import ConfigError
from robot_lib.runtime import audit
from robot_lib.runtime.schema import ACTIVE, TRIGGERS
from robot_lib.runtime.schema import RUN_STATUSES as STATUSES

if TYPE_CHECKING:
    from robot_lib.console.app import Console


def routes(c: Console, g: Callable[..., Any]) -> list[Route]:
    store = c.store

    def overview(request: Request, form: Any) -> Response:
        return c.render(request, "overview.html", o=queries.overview(store))

    def runs_page(request: Request, form: Any) -> Response:
        q = request.query_params
        problems = []

        def day(name: str) -> dt.date | None:
            v = q.get(name) or ""
            try:
                return dt.date.fromisoformat(v) if v else None
            except ValueError:
                problems.append(f"{name}: {v!r} is not a date (YYYY-MM-DD)")
                return None

        status = q.get("status") or None
        if status and status not in STATUSES:
            problems.append(f"status {status!r} is not one of {', '.join(STATUSES)}")
            status = None
        page = int(q.get("page", "1")) if (q.get("page") or "1").isdigit() else 1
        found, total = queries.list_runs(
            store,
            q.get("bot") or None,
            status,
            q.get("trigger") or None,
            day("from"),
            day("to"),
            page,
        )
        from robot_lib.runtime.registry import discover

        return c.render(
            request,
            "runs.html",
            runs=found,
            total=total,
            page=page,
            pages=max(1, -(-total // queries.PAGE_SIZE)),
            q=q,
            statuses=STATUSES,
            triggers=TRIGGERS,
            bots=sorted(discover().bots),
            problems=problems,
        )

    def run_page(request: Request, form: Any) -> Response:
        run = store.get_run(request.path_params["run_id"])
        if run is None:
            return c.render(request, "error.html", 404, message="No such run.")
        want = request.query_params.get("items") or ""
        its = store.get_items(run.id)
        counts: dict[str, int] = {}
        for i in its:
            counts[i["status"]] = counts.get(i["status"], 0) + 1
        shown = [i for i in its if not want or i["status"] == want]
        return c.render(
            request,
            "run.html",
            run=run,
            attempts=store.get_attempts(run.id),
            items=shown,
            counts=counts,
            want=want,
            files=queries.run_files(run),
            active=run.status in ACTIVE,
            step=queries.last_log_line(run),
        )

    def live(request: Request, form: Any) -> Response:
        run = store.get_run(request.path_params["run_id"])
        if run is None:
            return JSONResponse({"error": "no such run"}, 404)
        tail = queries.log_tail(run, 6000)  # read once: the log pane and the current step
        return JSONResponse(
            {
                "status": run.status,
                "total": run.items_total,
                "done": run.items_done,
                "failed": run.items_failed,
                "review": run.items_review,
                "skipped": run.items_skipped,
                "elapsed": run.duration,
                "step": queries.step_of(tail),
                "log": tail,
                "active": run.status in ACTIVE,
            },
            headers={"Cache-Control": "no-store"},
        )

    def report(request: Request, form: Any) -> Response:
        run = store.get_run(request.path_params["run_id"])
        if run is None or not run.run_dir:
            return c.render(request, "error.html", 404, message="No such run.")
        from pathlib import Path

        from starlette.responses import HTMLResponse

        path = Path(run.run_dir) / "report.html"
        if not path.is_file():
            from robot_lib.runtime.report import write_report

            path = write_report(store, run.id)
        return HTMLResponse(path.read_text(encoding="utf-8"), headers={"Cache-Control": "no-store"})

    def cancel(request: Request, form: Any) -> Response:
        run_id = request.path_params["run_id"]
        user = request.state.user
        from robot_lib.runtime.cancel import request_cancel

        outcome = request_cancel(store, run_id, f"{user.name} (console)")
        audit.record(store, user.name, "cancel run", run_id, outcome)
        return RedirectResponse(f"/runs/{run_id}", 303)

    def bots_page(request: Request, form: Any) -> Response:
        from robot_lib.runtime.registry import discover

        found = discover()
        return c.render(request, "bots.html", bots=found.bots, broken=found.broken)

    def bot_page(request: Request, form: Any) -> Response:
        from robot_lib.runtime.registry import discover
        from robot_lib.runtime.vault import sources
        from robot_lib.scheduling.schedules import load_schedules

        spec = discover().bots.get(request.path_params["name"])
        if spec is None:
            return c.render(request, "error.html", 404, message="No such bot.")
        creds = list(sources(spec.credentials).items())
        errors: list[str] = []
        values: dict[str, str] = {}
        if form is not None:  # Run now
            if not request.state.user.can("operator"):
                return c.render(
                    request, "error.html", 403, message="Running a bot needs the operator role."
                )
            values = {
                p.name: str(form.get(p.name, "")).strip()
                for p in spec.params
                if str(form.get(p.name, "")).strip() != ""
            }
            for p in spec.params:
                if p.type is bool and p.name not in values:
                    values[p.name] = "true" if form.get(p.name) == "on" else "false"
            try:
                run_id = start_run(c, spec.name, values, request.state.user.name)
            except ConfigError as exc:
                errors.append(str(exc))
            else:
                return RedirectResponse(f"/runs/{run_id}", 303)
        schedules = [s for s in load_schedules()[0] if s.bot == spec.name]
        recent = store.list_runs(bot=spec.name, limit=10)
        return c.render(
            request,
            "bot.html",
            spec=spec,
            creds=creds,
            errors=errors,
            values=values,
            schedules=schedules,
            recent=recent,
            review=queries.waiting_reviews(store, spec.name),
            minutes=queries.manual_minutes(store).get(spec.name),
        )

    def bot_settings(request: Request, form: Any) -> Response:
        from robot_lib.runtime.registry import discover

        name = request.path_params["name"]
        if name not in discover().bots:
            return c.render(request, "error.html", 404, message="No such bot.")
        text = str((form or {}).get("manual_minutes", "")).strip()
        try:
            minutes = float(text) if text else None
            if minutes is not None and not 0 <= minutes <= 24 * 60:
                raise ValueError
        except ValueError:
            return c.render(
                request, "error.html", 400, message=f"{text!r}: give minutes as a number, e.g. 4.5"
            )
        user = request.state.user.name
        queries.set_manual_minutes(store, name, minutes, user)
        audit.record(
            store,
            user,
            "set manual minutes",
            name,
            "default" if minutes is None else f"{minutes:g}",
        )
        return RedirectResponse(f"/bots/{name}", 303)

    def schedules_page(request: Request, form: Any) -> Response:
        from robot_lib.runtime.records import now
        from robot_lib.scheduling.schedules import load_schedules, next_fire_times
        from robot_lib.scheduling.state import paused_schedules

        schedules, problems = load_schedules()
        paused = paused_schedules(store)
        rows = []
        for s in schedules:
            last = next(
                (r for r in store.list_runs(bot=s.bot, limit=50) if r.schedule_id == s.id), None
            )
            fires = next_fire_times(s, 3, now()) if s.enabled and s.id not in paused else []
            rows.append({"s": s, "last": last, "fires": fires, "paused": paused.get(s.id)})
        return c.render(request, "schedules.html", rows=rows, problems=problems)

    def schedule_action(request: Request, form: Any) -> Response:
        from robot_lib.scheduling.schedules import load_schedules
        from robot_lib.scheduling.state import set_paused

        sid, action = request.path_params["sid"], request.path_params["action"]
        s = next((x for x in load_schedules()[0] if x.id == sid), None)
        user = request.state.user
        if s is None or action not in ("pause", "resume", "run"):
            return c.render(request, "error.html", 404, message="No such schedule or action.")
        if action == "run":
            from robot_lib.runtime.registry import get_spec

            spec = get_spec(s.bot)
            run_id = start_run(
                c,
                s.bot,
                s.params,
                user.name,
                schedule_id=s.id,
                notify=s.alert_rule(spec.notify_on, spec.notify),
            )
            audit.record(store, user.name, "run schedule now", sid, run_id)
            return RedirectResponse(f"/runs/{run_id}", 303)
        set_paused(store, sid, action == "pause", f"{user.name} (console)")
        audit.record(store, user.name, f"{action} schedule", sid)
        return RedirectResponse("/schedules", 303)

    def value_page(request: Request, form: Any) -> Response:
        by = "month" if request.query_params.get("by") == "month" else "week"
        v = queries.value(store, by)
        if request.query_params.get("format") == "csv":
            out = io.StringIO()
            cols = [
                "bot",
                "period",
                "runs",
                "handled",
                "straight_through",
                "review_rate",
                "failure_rate",
                "median_s",
                "hours_saved",
            ]
            w = csv.DictWriter(out, fieldnames=cols)
            w.writeheader()
            w.writerows(v["rows"])
            return Response(
                out.getvalue(),
                media_type="text/csv",
                headers={"Content-Disposition": f'attachment; filename="value-by-{by}.csv"'},
            )
        totals = [r for r in v["rows"] if r["bot"] == "all bots"]
        peak = max([r["hours_saved"] for r in totals] + [1.0])
        return c.render(request, "value.html", v=v, totals=totals, peak=peak)

    def audit_page(request: Request, form: Any) -> Response:
        q = request.query_params
        rows = audit.entries(store, 200, q.get("user") or None, q.get("action") or None)
        return c.render(request, "audit.html", rows=rows, q=q)

    def users_page(request: Request, form: Any) -> Response:
        from robot_lib.console.auth import ROLES, add_user, disable_user, list_users

        errors: list[str] = []
        if form is not None:
            name = str(form.get("name", "")).strip()
            try:
                if form.get("disable"):
                    disable_user(store, name)
                    audit.record(store, request.state.user.name, "disable user", name)
                else:
                    role = str(form.get("role", ""))
                    add_user(store, name, str(form.get("password", "")), role)
                    audit.record(store, request.state.user.name, "add user", name, role)
            except ConfigError as exc:
                errors.append(str(exc))
            else:
                return RedirectResponse("/users", 303)
        return c.render(request, "users.html", users=list_users(store), roles=ROLES, errors=errors)

    def secrets_page(request: Request, form: Any) -> Response:
        """Names only; an admin sets a value through a write-only field (never shown)."""
        from robot_lib.runtime.vault import Vault, declared_by

        vault, errors = Vault(store), []
        if form is not None:
            name = str(form.get("name", "")).strip()
            try:
                if form.get("remove"):
                    vault.remove(name, request.state.user.name)
                else:
                    vault.set(name, str(form.get("value", "")), request.state.user.name)
            except ConfigError as exc:
                errors.append(str(exc))
            else:
                return RedirectResponse("/secrets", 303)
        used = declared_by()
        try:
            rows = vault.entries()
        except ConfigError as exc:
            rows, errors = [], [*errors, str(exc)]
        return c.render(request, "secrets.html", rows=rows, used=used, errors=errors)

    return [
        Route("/", g("viewer", overview)),
        Route("/runs", g("viewer", runs_page)),
        Route("/runs/{run_id}", g("viewer", run_page)),
        Route("/runs/{run_id}/report", g("viewer", report)),
        Route("/runs/{run_id}/cancel", g("operator", cancel), methods=["POST"]),
        Route("/api/runs/{run_id}/live", g("viewer", live)),
        Route("/bots", g("viewer", bots_page)),
        Route("/bots/{name}", g("viewer", bot_page), methods=["GET", "POST"]),
        Route("/bots/{name}/settings", g("admin", bot_settings), methods=["POST"]),
        Route("/schedules", g("viewer", schedules_page)),
        Route("/schedules/{sid}/{action}", g("operator", schedule_action), methods=["POST"]),
        Route("/value", g("viewer", value_page)),
        Route("/audit", g("viewer", audit_page)),
        Route("/users", g("admin", users_page), methods=["GET", "POST"]),
        Route("/secrets", g("admin", secrets_page), methods=["GET", "POST"]),
    ]


def start_run(
    c: Console,
    bot: str,
    params: dict[str, str],
    user: str,
    trigger: str = "web",
    schedule_id: str | None = None,
    notify: str | None = None,
) -> str:
    """Validate like ``bots run``, record the run, and start it through the same runner (a
    thread of this server) or the workers' queue; returns its id. ConfigError: refused."""
    from robot_lib import config
    from robot_lib.runtime.process import new_run_id
    from robot_lib.runtime.registry import get_spec
    from robot_lib.runtime.runner import Runner, RunOptions
    from robot_lib.scheduling.executors import enqueue, executor_name

    spec = get_spec(bot)
    spec.convert_params(params)  # refused here, before anything is recorded
    if executor_name() == "celery":
        run_id = enqueue(bot, params, trigger=trigger, schedule_id=schedule_id, notify=notify)
        audit.record(c.store, user, "run bot", bot, f"run {run_id} (queued)")
        return run_id
    run_id = new_run_id()
    c.store.create_run(
        run_id,
        spec.name,
        params,
        trigger,
        schedule_id,
        run_dir=config.runs_dir() / run_id,
        notify=notify,
    )
    audit.record(c.store, user, "run bot", bot, f"run {run_id}")

    def go() -> None:
        try:
            Runner(c.store, on_line=lambda _line: None).run(
                bot, params, RunOptions(trigger=trigger, run_id=run_id, schedule_id=schedule_id)
            )
        except KeyboardInterrupt:  # cancelled: the runner recorded it
            pass
        except Exception as exc:  # BotBusy and the like: the record says why
            c.store.update_run(run_id, error=str(exc))

    threading.Thread(target=go, name=f"run-{run_id}", daemon=True).start()
    return run_id
