"""``python -m robot_lib.invoices FILE...``: one JSON line per file, nothing recorded."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m robot_lib.invoices",
        description="Extract invoice fields from PDFs (JSON lines).",
    )
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--no-xml", action="store_true", help="ignore embedded e-invoice XML")
    ap.add_argument("--templates", type=Path, default=None, help="vendor template folder")
    args = ap.parse_args(argv)
    from robot_lib.errors import RobotError
    from robot_lib.invoices import extract_invoice, load_templates

    templates = load_templates(args.templates)
    for f in args.files:
        try:
            ex = extract_invoice(f, templates=templates, use_xml=not args.no_xml)
            out = ex.summary()
        except RobotError as exc:
            out = {
                "file": str(f),
                "fields": {},
                "status": "review",
                "reasons": [f"{type(exc).__name__}: {exc}"],
            }
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
