"""Teach one, process the rest (issue 15): for every vendor with several invoices, start with
no profile, let the real invoice bot read the first one, approve it with the right values
through the same call the console's Approve button makes (``review_tasks.decide``), then let
the bot read the others. Text only (embedded XML ignored), no portal.

Vendors: the generated sample set (its 7 vendors and the 5 in ``demo/unseen_layouts.py``,
whose layouts the generic rules do not read; 4 invoices each) and every layout of the real
corpus (``tests/data/invoices``) with 2 or more invoices.

Reports, before (generic rules) and after the one correction, on the later invoices: fields
right (the 8 fields), invoices accepted straight through, and accepted invoices with a wrong
gross total (must be 0).

    .venv/bin/python benchmarks/teach_one.py [--show]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from robot_lib.invoices.model import FIELDS  # noqa: E402
from tests.invoice_corpus import INVOICES, corpus_cases, same  # noqa: E402


def groups(tmp: Path) -> dict[str, list[tuple[Path, dict[str, Any]]]]:
    from demo.sample_invoices import generate_invoices
    from demo.unseen_layouts import generate_unseen

    out: dict[str, list[tuple[Path, dict[str, Any]]]] = defaultdict(list)
    sample = tmp / "generated"
    generate_invoices(sample, count=4, seed=5, bad=False)
    for pdf in sorted(sample.glob("*.pdf")):
        doc = json.loads(pdf.with_suffix(".truth.json").read_text())
        out[f"generated {doc['vendor']}"].append((pdf, doc["fields"]))
    for vendor, pdf in generate_unseen(tmp / "unseen", count=4, seed=5):
        doc = json.loads(pdf.with_suffix(".truth.json").read_text())
        out[f"unseen {vendor}"].append((pdf, doc["fields"]))
    manifest = json.loads((INVOICES / "manifest.json").read_text())["entries"]
    layout = {e["pdf"].split("/")[-1]: e["layout"] for e in manifest}
    for batch in ("dev", "dev2"):
        for pdf, truth in corpus_cases(INVOICES / batch):
            # a vendor: one layout and one seller (a layout many sellers print, as the Polish
            # KSeF visualisation, is reported apart: one vendor's profile is not another's)
            seller = str(truth.get("seller") or "?")
            out[f"real: {layout.get(pdf.name, pdf.stem)} / {seller}"].append((pdf, truth))
            out[f"layout only: {layout.get(pdf.name, pdf.stem)}"].append((pdf, truth))
    return {
        k: v
        for k, v in out.items()
        if len(v) >= 2 and not (k.startswith("layout only") and _one_seller(v))
    }


def _one_seller(cases: list[tuple[Path, dict[str, Any]]]) -> bool:
    return len({str(t.get("seller")) for _p, t in cases}) == 1


def right(truth: dict[str, Any], got: dict[str, Any]) -> tuple[int, int]:
    aliases = tuple(truth.get("_seller_aliases", ()))
    unchecked = truth.get("_unchecked", ())
    fields = [f for f in FIELDS if f not in unchecked and truth.get(f) is not None]
    ok = sum(same(f, got.get(f), truth.get(f), aliases if f == "seller" else ()) for f in fields)
    return ok, len(fields)


def run_vendor(name: str, cases: list[tuple[Path, dict[str, Any]]], show: bool) -> dict[str, Any]:
    from robot_lib.invoices import extract_invoice
    from robot_lib.runtime import review_tasks
    from robot_lib.runtime.runner import Runner, RunOptions
    from robot_lib.runtime.store import Store

    home = Path(tempfile.mkdtemp(prefix="bots-teach-"))
    os.environ["BOTS_HOME"] = str(home / "var")
    store = Store(f"sqlite:///{home / 'bots.db'}")
    os.environ["BOTS_DATABASE_URL"] = store.url
    inbox = home / "inbox"
    inbox.mkdir()
    params = {
        "inbox": str(inbox),
        "portal": "false",
        "use_xml": "false",
        "settle": "0",
        "ledger": str(home / "ledger.xlsx"),
    }
    later = cases[1:]
    before = {"ok": 0, "n": 0, "stp": 0, "wrong": 0}
    for pdf, truth in later:  # the generic rules alone
        try:
            ex = extract_invoice(pdf, use_xml=False)
        except Exception:
            before["n"] += right(truth, {})[1]
            continue
        got = {f: ex.value(f) for f in FIELDS}
        ok, n = right(truth, got)
        before["ok"] += ok
        before["n"] += n
        if ex.status == "accepted":
            before["stp"] += 1
            before["wrong"] += not same("gross_total", got["gross_total"], truth["gross_total"])

    def run() -> Any:
        return Runner(store, on_line=lambda _l: None).run(
            "invoice_processing", params, RunOptions(retries=0)
        )

    first_pdf, first_truth = cases[0]
    shutil.copy(first_pdf, inbox / first_pdf.name)
    run()
    taught = "accepted as it was"
    for task in review_tasks.open_tasks(store):
        recorded = task and review_tasks.task(store, task["id"]) or {}
        seen = (recorded.get("data") or {}).get("fields") or {}
        values = {
            f: str(first_truth[f])
            for f in FIELDS
            if first_truth.get(f) is not None
            and not same(
                f, seen.get(f), first_truth[f], tuple(first_truth.get("_seller_aliases", ()))
            )
        }
        done = review_tasks.decide(store, task["id"], "approve", "bench", values)
        after_task = review_tasks.task(store, task["id"])
        taught = (
            f"taught ({', '.join(values) or 'no change'})"
            if after_task and after_task["resolved_at"]
            else f"approval refused: {done.error or after_task and after_task['reason']}"
        )
    for pdf, _truth in later:
        shutil.copy(pdf, inbox / pdf.name)
    last = run()
    after = {"ok": 0, "n": 0, "stp": 0, "wrong": 0}
    by_file = {
        (i["data"] or {}).get("file"): i
        for i in store.get_items(last.id)
        if (i["data"] or {}).get("file")
    }
    for pdf, truth in later:
        item = by_file.get(pdf.name)
        got = ((item or {}).get("data") or {}).get("fields") or {}
        ok, n = right(truth, got)
        after["ok"] += ok
        after["n"] += n
        if item is not None and item["status"] == "done":
            after["stp"] += 1
            after["wrong"] += not same("gross_total", got.get("gross_total"), truth["gross_total"])
        elif show:
            print(f"   {pdf.name}: {item and item['status']} {item and item['message']}")
    shutil.rmtree(home, ignore_errors=True)
    return {"vendor": name, "later": len(later), "before": before, "after": after, "taught": taught}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", action="store_true", help="say why a later invoice went to review")
    args = ap.parse_args()
    os.environ.update(BOTS_PATH=str(ROOT / "bots"), LOGURU_LEVEL="WARNING")
    tmp = Path(tempfile.mkdtemp(prefix="bots-teach-data-"))
    totals: dict[str, dict[str, Any]] = {}
    print(f"{'vendor':<58}{'later':>6}  fields before -> after   straight through   taught")
    for name, cases in groups(tmp).items():
        r = run_vendor(name, cases, args.show)
        b, a = r["before"], r["after"]
        kind = "layouts many sellers print" if name.startswith("layout only") else "vendors"
        t = totals.setdefault(kind, {"before": defaultdict(int), "after": defaultdict(int), "n": 0})
        t["n"] += r["later"]
        for k in ("ok", "n", "stp", "wrong"):
            t["before"][k] += b[k]
            t["after"][k] += a[k]
        print(
            f"{name[:57]:<58}{r['later']:>6}  {b['ok']:>3}/{b['n']:<3} -> {a['ok']:>3}/{a['n']:<3}"
            f"   {b['stp']:>2} -> {a['stp']:>2} of {r['later']:<3}   {r['taught']}"
        )
    for kind, t in totals.items():
        b, a, n = t["before"], t["after"], t["n"]
        print(
            f"\n{kind}, later invoices: {n}\n"
            f"fields right: {100 * b['ok'] / max(1, b['n']):.1f}% -> "
            f"{100 * a['ok'] / max(1, a['n']):.1f}%\n"
            f"straight through: {b['stp']}/{n} ({100 * b['stp'] / max(1, n):.0f}%) -> "
            f"{a['stp']}/{n} ({100 * a['stp'] / max(1, n):.0f}%)\n"
            f"accepted with a wrong gross total: {b['wrong']} -> {a['wrong']}"
        )


if __name__ == "__main__":
    main()
