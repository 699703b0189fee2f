"""``bots``: the command line (Typer + Rich). Heavy modules are imported inside commands."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from robot_lib.store import Run

# Plain (click) help: Rich's help formatter costs ~120 ms of imports on every `bots --help`.
app = typer.Typer(
    help="backoffice-bots: run, schedule and inspect back-office robots.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
demo_app = typer.Typer(
    help="The demo portal's sample data and the end-to-end demo.", rich_markup_mode=None
)
app.add_typer(demo_app, name="demo")
schedule_app = typer.Typer(
    help="Schedule files: validate them, list what fires when.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(schedule_app, name="schedule")
scheduler_app = typer.Typer(
    help="The scheduler service that runs bots on their timetable.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(scheduler_app, name="scheduler")


def _console() -> Any:
    from rich.console import Console

    return Console()


def _fail(message: str, code: int = 2) -> None:
    _console().print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _parse_params(values: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values:
        if "=" not in v:
            _fail(f"--param needs key=value, got {v!r}")
        k, _, val = v.partition("=")
        out[k.strip()] = val
    return out


def _fmt_time(value: Any) -> str:
    if value is None:
        return "-"
    return str(value.astimezone().strftime("%Y-%m-%d %H:%M:%S"))


def _fmt_dur(run: Run) -> str:
    d = run.duration
    return "-" if d is None else (f"{d:.1f}s" if d < 120 else f"{d / 60:.1f}m")


_STATUS_STYLE = {
    "succeeded": "green",
    "partial": "yellow",
    "failed": "red",
    "timed_out": "red",
    "interrupted": "red",
    "cancelled": "dim",
    "running": "cyan",
    "queued": "cyan",
    "skipped": "dim",
    "missed": "dim",
}


def _status(s: str) -> str:
    return f"[{_STATUS_STYLE.get(s, 'white')}]{s}[/]"


@app.command("list")
def list_bots() -> None:
    """List bots with description, schedules and last run; broken modules are shown too."""
    from rich.table import Table

    from robot_lib.registry import discover
    from robot_lib.schedules import schedules_by_bot
    from robot_lib.store import Store

    found = discover()
    store = Store()
    store.mark_interrupted()
    by_bot = schedules_by_bot()
    table = Table("bot", "description", "schedules", "last run")
    for name, spec in found.bots.items():
        last = store.last_run(name)
        last_s = f"{_status(last.status)} {_fmt_time(last.created_at)}" if last else "never"
        table.add_row(name, spec.description, ", ".join(by_bot.get(name, [])) or "-", last_s)
    for where, err in found.broken.items():
        table.add_row("[red]broken[/red]", f"{where}: {err}", "-", "-")
    _console().print(table)


@app.command()
def run(
    name: str,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value")] = None,
    retries: Annotated[int | None, typer.Option(help="override the bot's retries")] = None,
    timeout: Annotated[str | None, typer.Option(help="override the timeout, e.g. 10m")] = None,
    wait: Annotated[bool, typer.Option(help="wait while the bot runs elsewhere")] = False,
    queue: Annotated[bool, typer.Option("--queue", help="send it to the workers (celery)")] = False,
    follow: Annotated[
        bool, typer.Option(help="with --queue: wait and stream its progress")
    ] = False,
) -> None:
    """Run a bot now: streams its log, prints a summary, exits 0 only if it succeeded."""
    if queue:
        _run_queued(name, _parse_params(param or []), retries, timeout, follow)
        return
    from robot_lib import config
    from robot_lib.config import parse_duration
    from robot_lib.errors import ConfigError
    from robot_lib.process import new_run_id, spawn_attempt
    from robot_lib.registry import get_spec

    params = _parse_params(param or [])
    try:
        spec = get_spec(name)
        spec.convert_params(params)
        opts_timeout = parse_duration(timeout)
    except ConfigError as exc:
        _fail(str(exc))
        return
    run_id = new_run_id()
    # start the attempt's process now: its imports overlap with ours (store, rich)
    job = {
        "run_id": run_id,
        "attempt": 1,
        "bot": spec.name,
        "file": spec.file,
        "params": params,
        "run_dir": str(config.runs_dir() / run_id),
    }
    child = spawn_attempt(job, None, wait_for_record=True)

    from robot_lib.runner import BotBusy, Runner, RunOptions
    from robot_lib.store import Store

    console = _console()
    store = Store()
    view = _Progress(console, store)
    runner = Runner(store, on_line=view.line)
    opts = RunOptions(
        retries=retries, timeout=opts_timeout, wait=wait, run_id=run_id, prespawned=child
    )
    view.start(run_id)
    try:
        result = runner.run(name, params, opts)
    except BotBusy as exc:
        view.stop()
        _fail(f"{exc} (use --wait to queue behind it)", 1)
        return
    except KeyboardInterrupt:
        view.stop()
        console.print(f"[yellow]cancelled[/yellow] run {run_id}")
        raise typer.Exit(130) from None
    view.stop()
    _summary(console, result)
    raise typer.Exit(0 if result.status == "succeeded" else 1)


def _run_queued(
    name: str, params: dict[str, str], retries: int | None, timeout: str | None, follow: bool
) -> None:
    from robot_lib.config import parse_duration
    from robot_lib.errors import ConfigError
    from robot_lib.executors import enqueue
    from robot_lib.store import FINAL, Store

    try:
        run_id = enqueue(name, params, retries=retries, timeout=parse_duration(timeout))
    except ConfigError as exc:
        _fail(str(exc))
        return
    console = _console()
    console.print(f"queued run {run_id}", highlight=False)
    if not follow:
        return
    store = Store()
    seen: tuple[Any, ...] = ()
    while True:
        run = store.get_run(run_id)
        assert run is not None
        state = (run.status, run.attempts, run.items_done, run.items_failed, run.items_review)
        if state != seen:
            seen = state
            console.print(
                f"{run.status}: attempt {run.attempts}, items {run.items_done} done, "
                f"{run.items_failed} failed, {run.items_review} review"
                + (f" (on {run.claimed_by})" if run.claimed_by else ""),
                highlight=False,
            )
        if run.status in FINAL:
            break
        time.sleep(0.5)
    _summary(console, run)
    raise typer.Exit(0 if run.status == "succeeded" else 1)


@app.command()
def worker(
    queues: Annotated[str, typer.Option(help="queues to take runs from")] = "browser,default",
    concurrency: Annotated[int, typer.Option(help="runs at once on this machine")] = 2,
) -> None:
    """Start a Celery worker that executes queued runs (BOTS_EXECUTOR=celery setups)."""
    import socket

    from robot_lib.errors import ConfigError
    from robot_lib.executors import check_celery_config

    try:
        check_celery_config()
    except ConfigError as exc:
        _fail(str(exc))
    from robot_lib.executors.celery_app import app as celery_app

    celery_app.worker_main(
        [
            "worker",
            "-Q",
            queues,
            "-c",
            str(concurrency),
            "--loglevel",
            "INFO",
            "-n",
            f"bots-{socket.gethostname()}-{os.getpid()}@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
    )


class _Progress:
    """Streams the child's log lines; shows a live bar when the bot announced a total."""

    def __init__(self, console: Any, store: Any) -> None:
        self.console = console
        self.store = store
        self.progress: Any = None
        self.task: Any = None
        self._thread: Any = None
        import threading

        self._stop = threading.Event()

    def line(self, text: str) -> None:
        from rich.text import Text

        self.console.print(Text.from_ansi(text.rstrip("\n")), highlight=False)

    def start(self, run_id: str) -> None:
        import threading

        self._thread = threading.Thread(target=self._poll, args=(run_id,), daemon=True)
        self._thread.start()

    def _poll(self, run_id: str) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        while not self._stop.wait(0.5):
            run = self.store.get_run(run_id)
            if run is None or not run.items_total:
                continue
            done = run.items_done + run.items_failed + run.items_review + run.items_skipped
            if self.progress is None and self.console.is_terminal:
                self.progress = Progress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TextColumn("[red]{task.fields[failed]} failed"),
                    TextColumn("{task.fields[rate]}/s"),
                    TimeRemainingColumn(),
                    console=self.console,
                    transient=True,
                )
                self.progress.start()
                self.task = self.progress.add_task(
                    run.bot, total=run.items_total, failed=0, rate="0.0"
                )
            if self.progress is not None:
                elapsed = max(run.duration or 1.0, 0.001)
                self.progress.update(
                    self.task,
                    completed=done,
                    total=run.items_total,
                    failed=run.items_failed,
                    rate=f"{done / elapsed:.1f}",
                )

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        if self.progress is not None:
            self.progress.stop()


def _summary(console: Any, run: Run) -> None:
    console.print()
    console.print(
        f"[bold]{run.bot}[/bold] {_status(run.status)}  run {run.id}  "
        f"attempts {run.attempts}  duration {_fmt_dur(run)}",
        highlight=False,
    )
    console.print(
        f"items: {run.items_done} done, {run.items_failed} failed, {run.items_review} review, "
        f"{run.items_skipped} skipped",
        highlight=False,
    )
    if run.error:
        console.print(f"error: {run.error}", highlight=False, markup=False)
    console.print(f"folder: {run.run_dir}", highlight=False)
    console.print(f"report: {Path(run.run_dir or '.') / 'report.html'}", highlight=False)


@app.command()
def runs(
    bot: Annotated[str | None, typer.Option(help="only this bot")] = None,
    status: Annotated[str | None, typer.Option(help="only this status")] = None,
    limit: Annotated[int, typer.Option(help="how many")] = 20,
) -> None:
    """The run history, newest first."""
    from rich.table import Table

    from robot_lib.store import Store

    store = Store()
    store.mark_interrupted()
    table = Table("run", "bot", "status", "trigger", "started", "duration", "items d/f/r/s")
    for r in store.list_runs(bot, status, limit):
        table.add_row(
            r.id,
            r.bot,
            _status(r.status),
            r.trigger,
            _fmt_time(r.started_at or r.created_at),
            _fmt_dur(r),
            f"{r.items_done}/{r.items_failed}/{r.items_review}/{r.items_skipped}",
        )
    _console().print(table)


def _get_run(run_id: str) -> tuple[Any, Run]:
    from robot_lib.store import Store

    store = Store()
    run = store.get_run(run_id)
    if run is None:
        _fail(f"no run {run_id!r} (see `bots runs`)", 1)
    assert run is not None
    return store, run


@app.command()
def show(run_id: str) -> None:
    """One run: status, params, attempts, items."""
    from rich.table import Table

    store, run = _get_run(run_id)
    console = _console()
    _summary(console, run)
    console.print(f"params: {run.params}", highlight=False, markup=False)
    t = Table("attempt", "status", "started", "error")
    for a in store.get_attempts(run.id):
        t.add_row(
            str(a["number"]), _status(a["status"]), _fmt_time(a["started_at"]), a["error"] or ""
        )
    console.print(t)
    its = store.get_items(run.id)
    if its:
        t = Table("item", "status", "message")
        for it in its:
            t.add_row(it["key"], _status(it["status"]), it["message"] or "")
        console.print(t)


@app.command()
def logs(run_id: str, follow: Annotated[bool, typer.Option("--follow", "-f")] = False) -> None:
    """Print a run's log (``--follow`` waits for new lines until the run ends)."""
    from robot_lib.store import FINAL

    store, run = _get_run(run_id)
    path = Path(run.run_dir or "") / "run.log"
    pos = 0
    while True:
        if path.exists():
            with path.open(encoding="utf-8", errors="replace") as f:
                f.seek(pos)
                chunk = f.read()
                pos = f.tell()
            sys.stdout.write(chunk)
            sys.stdout.flush()
        if not follow:
            return
        cur = store.get_run(run.id)
        if cur is not None and cur.status in FINAL:
            follow = False  # one last read
            continue
        time.sleep(0.5)


@app.command()
def report(
    run_id: str, open_: Annotated[bool, typer.Option("--open", help="open in a browser")] = False
) -> None:
    """Print the path of a run's report.html (writing it if missing)."""
    from robot_lib.report import write_report

    store, run = _get_run(run_id)
    path = Path(run.run_dir or "") / "report.html"
    if not path.exists():
        path = write_report(store, run.id)
    print(path)
    if open_:
        import webbrowser

        webbrowser.open(path.as_uri())


@app.command()
def new(
    name: str,
    directory: Annotated[Path, typer.Option(help="project root")] = Path("."),
) -> None:
    """Scaffold ``bots/NAME.py`` and ``tests/bots/test_NAME.py`` (refuses to overwrite)."""
    from robot_lib.scaffold import scaffold

    try:
        paths = scaffold(name, directory)
    except (FileExistsError, ValueError) as exc:
        _fail(str(exc))
        return
    for p in paths:
        print(f"created {p}")


@app.command()
def doctor() -> None:
    """Check browser, credentials, schedules, database and disk; print fixes."""
    from rich.table import Table

    from robot_lib.doctor import run_checks

    rows = run_checks()
    table = Table("check", "status", "detail", "fix")
    bad = 0
    for check, ok, detail, fix in rows:
        bad += not ok
        table.add_row(check, "[green]ok[/green]" if ok else "[red]problem[/red]", detail, fix)
    _console().print(table)
    raise typer.Exit(1 if bad else 0)


@app.command()
def portal(
    port: Annotated[int, typer.Option(help="port on 127.0.0.1")] = 8765,
    latency_ms: Annotated[int, typer.Option(help="added latency per request")] = 0,
    error_rate: Annotated[float, typer.Option(help="share of random 500 answers")] = 0.0,
    report_delay: Annotated[str, typer.Option(help="how long a report takes")] = "3s",
    session_ttl: Annotated[str, typer.Option(help="session lifetime")] = "10m",
) -> None:
    """Start the demo back-office portal on 127.0.0.1."""
    from demo.portal.app import PortalSettings, serve
    from robot_lib.config import parse_duration

    settings = PortalSettings(
        latency_ms=latency_ms,
        error_rate=error_rate,
        report_delay=parse_duration(report_delay) or 0.0,
        session_ttl=parse_duration(session_ttl) or 600.0,
    )
    print(f"demo portal on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    serve(settings, port=port)


@demo_app.callback(invoke_without_command=True)
def demo(
    ctx: typer.Context,
    chaos: Annotated[float, typer.Option(help="share of random portal errors, e.g. 0.2")] = 0.0,
) -> None:
    """Run every bot end to end against the demo portal on fresh sample data."""
    if ctx.invoked_subcommand is not None:
        return
    from demo.run_demo import run_demo

    raise typer.Exit(run_demo(chaos=chaos))


@demo_app.command("data")
def demo_data(
    out: Annotated[Path | None, typer.Option(help="folder (default $BOTS_HOME/sample)")] = None,
    rows: Annotated[int, typer.Option(help="customer rows")] = 50,
    count: Annotated[int, typer.Option(help="invoices per vendor")] = 2,
    seed: Annotated[int, typer.Option(help="random seed")] = 7,
) -> None:
    """Generate sample invoices (PDF + ground truth), bad documents and a customers workbook."""
    from demo.sample_data import generate
    from robot_lib.config import bots_home

    folder = out or bots_home() / "sample"
    summary = generate(folder, rows=rows, count=count, seed=seed)
    for k, v in summary.items():
        print(f"{k}: {v}")


@schedule_app.command("validate")
def schedule_validate() -> None:
    """Check every schedule file: syntax, keys, bots, params, cron, duplicate ids."""
    from robot_lib.schedules import load_schedules

    schedules, problems = load_schedules(validate_bots=True)
    for p in problems:
        _console().print(f"[red]✗[/red] {p}", highlight=False, markup=True)
    if problems:
        raise typer.Exit(1)
    print(f"{len(schedules)} schedule(s) OK")


@schedule_app.command("list")
def schedule_list() -> None:
    """Each schedule with its next 3 fire times and its last run."""
    import datetime as dt

    from rich.table import Table

    from robot_lib.schedules import load_schedules, next_fire_times
    from robot_lib.store import Store

    schedules, problems = load_schedules()
    store = Store()
    table = Table("schedule", "bot", "when", "next fires", "last run", "enabled")
    for s in schedules:
        fires = next_fire_times(s, 3, dt.datetime.now(dt.UTC))
        last = next(
            (r for r in store.list_runs(bot=s.bot, limit=50) if r.schedule_id == s.id), None
        )
        when = s.cron or (f"every {s.every:g}s" if s.every else f"at {s.at}")
        table.add_row(
            s.id,
            s.bot,
            when + (f" ({s.timezone})" if s.timezone else ""),
            "\n".join(f.strftime("%Y-%m-%d %H:%M:%S %Z") for f in fires) or "-",
            f"{_status(last.status)} {_fmt_time(last.created_at)}" if last else "never",
            "yes" if s.enabled else "no",
        )
    _console().print(table)
    for p in problems:
        _console().print(f"[red]✗[/red] {p}", highlight=False)


@scheduler_app.command("start")
def scheduler_start() -> None:
    """Run the scheduler in the foreground (one per database; SIGTERM stops it cleanly)."""
    import sys

    from loguru import logger

    from robot_lib.scheduler import SchedulerBusy, SchedulerService

    logger.remove()
    logger.add(sys.stderr, level="INFO", format="{time:YYYY-MM-DD HH:mm:ss} {level: <7} {message}")
    service = SchedulerService()
    try:
        service.start()
    except SchedulerBusy as exc:
        _fail(str(exc), 1)
    service.serve_forever()


@scheduler_app.command("status")
def scheduler_status() -> None:
    """Who runs the scheduler, and the jobs in its store with their next run."""
    from rich.table import Table

    from robot_lib.scheduler import status

    st = status()
    h = st["holder"]
    console = _console()
    if h:
        console.print(
            f"scheduler running on {h['host']} pid {h['pid']} since "
            f"{_fmt_time(h['acquired_at'])} (heartbeat {_fmt_time(h['heartbeat_at'])})",
            highlight=False,
        )
    else:
        console.print("no scheduler is running")
    table = Table("job", "bot", "next run")
    for j in st["jobs"]:
        table.add_row(j["id"], j["bot"] or "-", _fmt_time(j["next_run"]))
    console.print(table)
    raise typer.Exit(0 if h else 1)


@scheduler_app.command("reload")
def scheduler_reload() -> None:
    """Make the running scheduler re-read the schedule files now (SIGHUP)."""
    import os
    import signal

    from robot_lib.scheduler import LOCK
    from robot_lib.store import HOST, Store

    h = Store().lock_holder(LOCK)
    if not h:
        _fail("no scheduler is running", 1)
        return
    if h["host"] != HOST:
        _fail(f"the scheduler runs on {h['host']}; run reload there", 1)
    os.kill(int(h["pid"]), signal.SIGHUP)
    print(f"reload sent to pid {h['pid']}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
