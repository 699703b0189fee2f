"""Invoice extraction accuracy: per field correct / wrong / missing, and accepted invoices
with a wrong gross total, on the real dev set (with and without embedded XML) and on the
generated sample set.

    .venv/bin/python benchmarks/invoice_accuracy.py [--dev DIR] [--generated N] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from robot_lib.errors import RobotError  # noqa: E402
from robot_lib.invoices import extract_invoice  # noqa: E402
from robot_lib.invoices.model import FIELDS  # noqa: E402

DEV = ROOT.parent / "shared" / "invoices" / "dev"


def same(name: str, got: str | None, want: str | None) -> bool:
    if got is None or want is None:
        return got == want
    if name in ("net_total", "tax_total", "gross_total"):
        return Decimal(got) == Decimal(want)
    if name in ("seller", "invoice_number"):
        return "".join(got.split()).lower() == "".join(want.split()).lower()
    return got == want


def score(cases: list[tuple[Path, dict[str, Any]]], use_xml: bool, show: bool) -> dict[str, Any]:
    table: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    accepted = wrong_accepted = 0
    for pdf, truth in cases:
        try:
            ex = extract_invoice(pdf, use_xml=use_xml)
            got = {f: ex.value(f) for f in FIELDS}
            status = ex.status
        except RobotError as exc:
            got, status = {f: None for f in FIELDS}, f"error {exc}"
        for f in FIELDS:
            want = truth.get(f)
            if want is None and got[f] is None:
                continue
            verdict = (
                "correct" if same(f, got[f], want) else ("missing" if got[f] is None else "wrong")
            )
            table[f][verdict] += 1
            if show and verdict != "correct":
                print(f"  {pdf.name}: {f} got {got[f]!r} want {want!r}")
        if status == "accepted":
            accepted += 1
            if not same("gross_total", got["gross_total"], truth.get("gross_total")):
                wrong_accepted += 1
                print(
                    f"  !! {pdf.name}: accepted with gross {got['gross_total']} "
                    f"(truth {truth.get('gross_total')})"
                )
    total = sum(sum(c.values()) for c in table.values())
    correct = sum(c["correct"] for c in table.values())
    return {
        "table": table,
        "accepted": accepted,
        "wrong_accepted": wrong_accepted,
        "correct": correct,
        "total": total,
        "files": len(cases),
    }


def report(title: str, r: dict[str, Any]) -> None:
    print(f"\n## {title}: {r['files']} files")
    print(f"{'field':<16}{'correct':>8}{'wrong':>8}{'missing':>8}")
    for f, c in r["table"].items():
        print(f"{f:<16}{c['correct']:>8}{c['wrong']:>8}{c['missing']:>8}")
    pct = 100 * r["correct"] / max(1, r["total"])
    print(f"fields correct: {r['correct']}/{r['total']} = {pct:.1f}%")
    print(
        f"accepted: {r['accepted']}/{r['files']}; accepted with a wrong gross total: "
        f"{r['wrong_accepted']}"
    )


def dev_cases(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for exp in sorted(folder.glob("*.expected.json")):
        data = json.loads(exp.read_text())
        out.append((exp.with_name(exp.name.replace(".expected.json", ".pdf")), data["fields"]))
    return out


def generated_cases(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for t in sorted(folder.glob("*.truth.json")):
        data = json.loads(t.read_text())
        out.append((folder / data["file"], data["fields"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--generated", type=int, default=10, help="invoices per vendor")
    ap.add_argument("--show", action="store_true", help="print every miss")
    args = ap.parse_args()
    if args.dev.is_dir():
        cases = dev_cases(args.dev)
        report("real dev set, embedded XML used", score(cases, True, args.show))
        report("real dev set, XML ignored (layout only)", score(cases, False, args.show))
    else:
        print(f"(no dev set at {args.dev})")
    from demo.sample_invoices import generate_invoices

    with tempfile.TemporaryDirectory() as tmp:
        generate_invoices(Path(tmp), count=args.generated, seed=11, bad=False)
        cases = generated_cases(Path(tmp))
        report("generated sample set (7 vendors)", score(cases, True, args.show))
        report("generated sample set, XML ignored", score(cases, False, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
