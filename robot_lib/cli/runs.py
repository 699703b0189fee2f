"""``bots run``, ``runs``, ``show``, ``logs``, ``report``: starting a run and reading its record."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from robot_lib.cli.app import (
    JSON_HELP,
    BotName,
    RunId,
    app,
    check_choice,
    fail,
    fmt_dur,
    fmt_time,
    new_console,
    parse_params,
    print_json,
    print_summary,
    print_table,
)
from robot_lib.runtime.records import item_doc, run_doc

if TYPE_CHECKING:
    from robot_lib.runtime.store import Run


@app.command()
def run(
    name: BotName,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value")] = None,
    retries: Annotated[
        int | None, typer.Option(min=0, max=100, help="override the bot's retries")
    ] = None,
    timeout: Annotated[str | None, typer.Option(help="override the timeout, e.g. 10m")] = None,
    wait: Annotated[bool, typer.Option(help="wait while the bot runs elsewhere")] = False,
    queue: Annotated[bool, typer.Option("--queue", help="send it to the workers (celery)")] = False,
    follow: Annotated[
        bool, typer.Option(help="with --queue: wait and stream its progress")
    ] = False,
) -> None:
    """Run a bot now: streams its log, prints a summary, exits 0 only if it succeeded."""
    if queue:
        from robot_lib.cli.workers import run_queued

        run_queued(name, parse_params(param or []), retries, timeout, follow)
        return
    from robot_lib import config
    from robot_lib.config import parse_duration
    from robot_lib.errors import ConfigError
    from robot_lib.runtime import process
    from robot_lib.runtime.process import new_run_id, spawn_attempt
    from robot_lib.runtime.registry import get_spec

    params = parse_params(param or [])
    try:
        spec = get_spec(name)
        spec.convert_params(params)
        opts_timeout = parse_duration(timeout)
    except ConfigError as exc:
        fail(str(exc))
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
    child, process.PRESPAWNED = process.PRESPAWNED, None  # started first by robot_lib.launch
    if child is None or not process.give_job(child, job):
        child = spawn_attempt(job, None, wait_for_record=True)

    from robot_lib.runtime.runner import BotBusy, Runner, RunOptions
    from robot_lib.runtime.store import Store

    console = new_console()
    store = Store()
    view = _Progress(console, store)
    runner = Runner(store, on_line=view.line)
    opts = RunOptions(
        retries=retries, timeout=opts_timeout, wait=wait, run_id=run_id, prespawned=child
    )
    view.start(run_id)

    def on_stop(signum: int, frame: Any) -> None:
        # Ctrl-C or SIGTERM: the attempt is asked to stop (its `finally` blocks write the
        # results workbook, the ledger), its tree is killed after BOTS_STOP_GRACE, and the
        # runner records `cancelled` at a safe point, never in the middle of a database
        # write. A second Ctrl-C stops at once.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        console.print(
            f"stopping: the bot writes what it did (up to {config.stop_grace():g}s; "
            "Ctrl-C again to kill it now)",
            highlight=False,
        )
        runner.cancel()

    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGTERM, on_stop)
    try:
        result = runner.run(name, params, opts)
    except BotBusy as exc:
        view.stop()
        fail(f"{exc} (use --wait to queue behind it)", 1)
        return
    except KeyboardInterrupt:
        view.stop()
        console.print(f"[yellow]cancelled[/yellow] run {run_id}")
        raise typer.Exit(130) from None
    view.stop()
    print_summary(console, result)
    code = 0 if result.status == "succeeded" else 1
    if process.FAST_EXIT:  # everything is written and printed: skip the interpreter's teardown
        store.engine.dispose()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise typer.Exit(code)


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


@app.command()
def runs(
    bot: Annotated[str | None, typer.Option(help="only this bot")] = None,
    status: Annotated[str | None, typer.Option(help="only this status")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000, help="how many")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """The run history, newest first."""
    from robot_lib.runtime.schema import RUN_STATUSES
    from robot_lib.runtime.store import Store

    check_choice("--status", status, RUN_STATUSES)
    store = Store()
    store.mark_interrupted()
    found = store.list_runs(bot, status, limit)
    if as_json:
        print_json([run_doc(r) for r in found])
        return
    print_table(
        ["run", "bot", "status", "trigger", "started", "duration", "items d/f/r/s"],
        [
            [
                r.id,
                r.bot,
                r.status,
                r.trigger,
                fmt_time(r.started_at or r.created_at),
                fmt_dur(r),
                f"{r.items_done}/{r.items_failed}/{r.items_review}/{r.items_skipped}",
            ]
            for r in found
        ],
        keep=(0, 1),
        status=(2,),
    )


@app.command()
def items(
    bot: BotName,
    rest: Annotated[
        list[str] | None, typer.Argument(help="with `bots items forget BOT KEY`: BOT and KEY")
    ] = None,
    status: Annotated[str | None, typer.Option(help="only this status")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000, help="how many")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="forget without asking")] = False,
) -> None:
    """A bot's work items across its runs, newest first (title, status, message, run).
    ``bots items forget BOT KEY``: process that item again (its key no longer counts as
    done; the history is kept)."""
    from robot_lib.runtime.schema import ITEM_STATUSES
    from robot_lib.runtime.store import Store

    if bot == "forget":
        from robot_lib.cli.reviews import forget

        if rest is None or len(rest) != 2:
            fail("usage: bots items forget BOT KEY")
            return
        forget(rest[0], rest[1], yes=yes)
        return
    if rest:
        fail(f"unexpected argument(s) {' '.join(rest)} (bots items BOT [--status S])")

    check_choice("--status", status, ITEM_STATUSES)
    found = Store().list_items(bot, status, limit)
    if as_json:
        print_json([item_doc(i) for i in found])
        return
    print_table(
        ["item", "status", "run", "updated", "message", "from"],
        [
            [
                i.get("title") or i["key"],
                i["status"],
                i["run_id"],
                fmt_time(i["updated_at"]),
                i["message"],
                i.get("source") or "",
            ]
            for i in found
        ],
        keep=(1, 2),
        status=(1,),
    )


def _get_run(run_id: str) -> tuple[Any, Run]:
    from robot_lib.runtime.store import Store

    store = Store()
    run = store.get_run(run_id)
    if run is None:
        fail(f"no run {run_id!r} (see `bots runs`)", 1)
    assert run is not None
    return store, run


def _run_folder(run: Run) -> Path:
    """The run's folder; a clear error when it is on the machine (worker) that ran it."""
    from robot_lib.runtime.store import HOST

    folder = Path(run.run_dir or "")
    if run.run_dir and not folder.is_dir() and run.host and run.host != HOST:
        fail(
            f"run {run.id} ran on {run.host}: its log and report are in {folder} on that "
            "machine (run this command there, or give the workers a shared BOTS_HOME)",
            1,
        )
    return folder


@app.command()
def show(
    run_id: RunId, as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False
) -> None:
    """One run: status, params, attempts, items."""
    store, run = _get_run(run_id)
    attempts = store.get_attempts(run.id)
    its = store.get_items(run.id)
    if as_json:
        doc = run_doc(run)
        doc["attempts"] = [
            {
                k: a[k]
                for k in ("number", "status", "started_at", "finished_at", "error_kind", "error")
            }
            for a in attempts
        ]
        doc["item_list"] = [item_doc(i) for i in its]
        print_json(doc)
        return
    console = new_console()
    print_summary(console, run)
    console.print(f"params: {run.params}", highlight=False, markup=False)
    print_table(
        ["attempt", "status", "started", "error"],
        [[a["number"], a["status"], fmt_time(a["started_at"]), a["error"] or ""] for a in attempts],
        status=(1,),
    )
    if its:
        print_table(
            ["item", "status", "message"],
            [[it.get("title") or it["key"], it["status"], it["message"] or ""] for it in its],
            status=(1,),
        )


@app.command()
def logs(run_id: RunId, follow: Annotated[bool, typer.Option("--follow", "-f")] = False) -> None:
    """Print a run's log (``--follow`` waits for new lines until the run ends)."""
    from robot_lib.runtime.schema import FINAL

    store, run = _get_run(run_id)
    path = _run_folder(run) / "run.log"
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
    run_id: RunId, open_: Annotated[bool, typer.Option("--open", help="open in a browser")] = False
) -> None:
    """Print the path of a run's report.html (writing it if missing)."""
    from robot_lib.runtime.report import write_report

    store, run = _get_run(run_id)
    path = _run_folder(run) / "report.html"
    if not path.exists():
        path = write_report(store, run.id)
    print(path)
    if open_:
        import webbrowser

        webbrowser.open(path.as_uri())


@app.command()
def cancel(
    run_id: RunId,
    wait: Annotated[float, typer.Option(min=0, help="seconds to wait for it to stop")] = 60.0,
) -> None:
    """Stop a run wherever it runs (this machine or a worker): a queued run is cancelled at
    once; a running one stops within seconds, its browser with it, and ends `cancelled`."""
    import getpass

    from robot_lib.runtime import audit
    from robot_lib.runtime.schema import FINAL
    from robot_lib.runtime.store import HOST

    store, run = _get_run(run_id)
    from robot_lib.runtime.cancel import request_cancel

    outcome = request_cancel(store, run.id, f"{getpass.getuser()}@{HOST}")
    audit.record(store, audit.os_user(), "cancel run", run.id, outcome)
    if outcome == "finished":
        fail(f"run {run.id} already ended: {run.status}", 1)
    if outcome == "cancelled":
        print(f"run {run.id} cancelled (it had not started)")
        return
    print(f"cancel asked for run {run.id} ({run.bot}, {run.status} on {run.host or '-'})")
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        cur = store.get_run(run.id)
        if cur is not None and cur.status in FINAL:
            print(f"run {run.id}: {cur.status}")
            raise typer.Exit(0 if cur.status == "cancelled" else 1)
        time.sleep(0.5)
    fail(f"run {run.id} has not stopped after {wait:g}s; is its runner alive? (bots show)", 1)
