"""``report.html``: a self-contained page (inline CSS, screenshots embedded) for one run."""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path
from typing import Any

from robot_lib.credentials import mask
from robot_lib.files import write_atomic
from robot_lib.runtime.store import Store

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}
h1{font-size:1.5em;margin:0 0 .3em} h2{font-size:1.15em;margin-top:1.6em}
.badge{display:inline-block;padding:.15em .6em;border-radius:.8em;color:#fff;font-weight:600}
.succeeded,.done{background:#2e7d32}.partial,.review{background:#ef6c00}
.failed,.timed_out,.interrupted{background:#c62828}.cancelled,.skipped,.queued,.running{background:#757575}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #ddd;padding:.35em .5em;
text-align:left;vertical-align:top} th{background:#f5f5f5}
pre{background:#f7f7f7;padding:.8em;overflow-x:auto;font-size:12px;white-space:pre-wrap}
.kv td:first-child{width:12em;color:#555} img{max-width:100%;border:1px solid #ccc;margin:.5em 0}
td{overflow-wrap:anywhere} table.items{table-layout:fixed}
table.items th:nth-child(1){width:24%} table.items th:nth-child(2){width:7em}
table.items th:nth-child(3){width:5em} .out{font-size:12px;color:#333;white-space:pre-line}
"""


def _e(value: Any) -> str:
    return html.escape(mask("" if value is None else str(value)))


def _badge(status: str) -> str:
    return f'<span class="badge {_e(status)}">{_e(status)}</span>'


def _lines(data: Any) -> str:
    """Item output as 'key: value' lines (nested values as compact JSON)."""
    if not data:
        return ""
    out = []
    for k, v in dict(data).items():
        text = v if isinstance(v, str) else json.dumps(v, default=str, ensure_ascii=False)
        out.append(f"{k}: {text}")
    return "\n".join(out)


def render(store: Store, run_id: str) -> str:
    run = store.get_run(run_id)
    if run is None:
        raise KeyError(run_id)
    attempts = store.get_attempts(run.id)
    items = store.get_items(run.id)
    dur = f"{run.duration:.1f} s" if run.duration is not None else "-"
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{_e(run.bot)} {_e(run.id)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(run.bot)} {_badge(run.status)}</h1>",
        "<table class='kv'>",
        f"<tr><td>run</td><td>{_e(run.id)}</td></tr>",
        f"<tr><td>trigger</td><td>{_e(run.trigger)} {_e(run.schedule_id or '')}</td></tr>",
        f"<tr><td>started</td><td>{_e(run.started_at)}</td></tr>",
        f"<tr><td>finished</td><td>{_e(run.finished_at)}</td></tr>",
        f"<tr><td>duration</td><td>{dur}</td></tr>",
        f"<tr><td>items</td><td>{run.items_done} done, {run.items_failed} failed, "
        f"{run.items_review} review, {run.items_skipped} skipped</td></tr>",
        f"<tr><td>params</td><td><code>{_e(json.dumps(run.params))}</code></td></tr>",
        f"<tr><td>folder</td><td>{_e(run.run_dir)}</td></tr>",
    ]
    if run.error:
        parts.append(f"<tr><td>error</td><td>{_e(run.error)}</td></tr>")
    parts.append(
        "</table><h2>Attempts</h2><table><tr><th>#</th><th>status</th>"
        "<th>started</th><th>finished</th><th>error</th></tr>"
    )
    for a in attempts:
        err = _e(a["error"])
        if a["traceback"]:
            err += f"<details><summary>traceback</summary><pre>{_e(a['traceback'])}</pre></details>"
        if a["retry_in"]:
            err += f"<br>retried after {a['retry_in']:.1f} s"
        parts.append(
            f"<tr><td>{a['number']}</td><td>{_badge(a['status'])}</td><td>{_e(a['started_at'])}"
            f"</td><td>{_e(a['finished_at'])}</td><td>{err}</td></tr>"
        )
    parts.append("</table>")
    if items:
        parts.append(
            "<h2>Items</h2><table class='items'><tr><th>item</th><th>status</th>"
            "<th>attempt</th><th>message</th><th>output</th></tr>"
        )
        for it in items:
            parts.append(
                f"<tr><td title='{_e(it['key'])}'>{_e(it.get('title') or it['key'])}</td>"
                f"<td>{_badge(it['status'])}</td>"
                f"<td>{it['attempt']}</td><td>{_e(it['message'])}</td>"
                f"<td class='out'>{_e(_lines(it['data']))}</td></tr>"
            )
        parts.append("</table>")
    shots = sorted(Path(run.run_dir).glob("screenshots/*.png")) if run.run_dir else []
    if shots:
        parts.append("<h2>Screenshots</h2>")
        for shot in shots:
            b64 = base64.b64encode(shot.read_bytes()).decode()
            parts.append(f"<div>{_e(shot.name)}<br><img src='data:image/png;base64,{b64}'></div>")
    parts.append("</body></html>")
    return "".join(parts)


def write_report(store: Store, run_id: str) -> Path:
    """Write ``report.html`` into the run folder and return its path."""
    run = store.get_run(run_id)
    if run is None or not run.run_dir:
        raise KeyError(run_id)
    return write_atomic(Path(run.run_dir) / "report.html", render(store, run_id))
