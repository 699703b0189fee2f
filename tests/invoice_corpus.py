"""The real invoice corpus (tests/data/invoices) and how extraction is scored against it;
shared by the tests and ``benchmarks/invoice_accuracy.py``."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal
from itertools import product
from pathlib import Path
from typing import Any

INVOICES = Path(__file__).resolve().parent / "data" / "invoices"
# the day the corpus is read on: the checks of an issue date's age (more than 15 years back, a
# year ahead) count from it, so that the same files score the same in later years (read on
# the clock's day, the 2013 invoices would wait for review from 2028 on)
AS_OF = dt.date(2026, 12, 1)

Case = tuple[Path, dict[str, Any]]


def same(name: str, got: str | None, want: str | None, aliases: tuple[str, ...] = ()) -> bool:
    if got is None or want is None:
        return got == want
    if name in ("net_total", "tax_total", "gross_total"):
        return Decimal(got) == Decimal(want)
    if name in ("seller", "invoice_number"):
        squash = "".join(got.split()).lower()
        return any(squash == "".join(w.split()).lower() for w in (want, *aliases))
    return got == want


def misread(ex: Any, truth: dict[str, Any]) -> dict[str, str | None]:
    """The header fields *ex* (an extraction) reads otherwise than *truth* records them,
    compared as :func:`same` does; a field not printed must be read as nothing."""
    from robot_lib.invoices.model import FIELDS

    return {f: ex.value(f) for f in FIELDS if not same(f, ex.value(f), truth.get(f))}


def read_page(pdf: Path) -> tuple[dict[str, str | None], str, list[str]]:
    """*pdf* read as a page alone (no embedded XML), on the corpus's day: its header fields,
    its status and the reasons it waits."""
    from robot_lib.invoices import extract_invoice
    from robot_lib.invoices.model import FIELDS

    ex = extract_invoice(pdf, use_xml=False, today=AS_OF)
    return {f: ex.value(f) for f in FIELDS}, ex.status, ex.reasons


def totals_read(got: dict[str, str | None]) -> tuple[str | None, ...]:
    """The net, tax and gross :func:`read_page` read, in that order."""
    return got["net_total"], got["tax_total"], got["gross_total"]


def assert_small_firm(pdf: Path, seller: str, want: tuple[str, ...], straight: bool = True) -> None:
    """*pdf* read as a page alone: its number, issue and due dates, currency, net, tax and gross
    are *want*, its seller *seller*; with *straight*, it goes straight through."""
    got, status, reasons = read_page(pdf)
    read = (got["invoice_number"], got["issue_date"], got["due_date"], got["currency"])
    assert (*read, *totals_read(got)) == want, reasons
    assert got["seller"] == seller, reasons
    assert status == "accepted" or not straight, reasons


def assert_kept_read(cases: list[Case], waits: dict[str, set[str]]) -> None:
    """Every kept page reads right and goes straight through, but those *waits* names: each of
    them goes to review, reading wrong at most the fields it names."""
    from robot_lib.invoices.model import FIELDS

    for pdf, truth in cases:
        got, status, reasons = read_page(pdf)
        wrong = {f: got[f] for f in FIELDS if not same(f, got[f], truth.get(f))}
        if pdf.name in waits:
            assert set(wrong) <= waits[pdf.name] and status == "review", (pdf.name, wrong)
            continue
        assert not wrong, (pdf.name, wrong)
        assert status == "accepted", (pdf.name, reasons)


def score(cases: list[Case], *, use_xml: bool) -> dict[str, Any]:
    """Per field correct / wrong / missing, invoices accepted (and of them, those with every
    field right: straight through), the files accepted with a gross total that is not the
    printed one (``wrong_accepted``: the number that must be 0), and one line per field not
    read as printed (``misses``)."""
    from robot_lib.errors import RobotError
    from robot_lib.invoices import extract_invoice
    from robot_lib.invoices.model import FIELDS

    table: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    accepted = straight = 0
    wrong_accepted: list[str] = []
    misses: list[str] = []
    for pdf, truth in cases:
        try:
            ex = extract_invoice(pdf, use_xml=use_xml, today=AS_OF)
            got = {f: ex.value(f) for f in FIELDS}
            status = ex.status
        except RobotError as exc:
            got, status = {f: None for f in FIELDS}, f"error {exc}"
        unchecked = truth.get("_unchecked", ())
        aliases = tuple(truth.get("_seller_aliases", ()))
        all_right = True
        for f in FIELDS:
            want = truth.get(f)
            if (want is None and got[f] is None) or f in unchecked:
                continue
            right = same(f, got[f], want, aliases if f == "seller" else ())
            verdict = "correct" if right else ("missing" if got[f] is None else "wrong")
            all_right = all_right and right
            table[f][verdict] += 1
            if verdict != "correct":
                misses.append(f"{pdf.name}: {f} got {got[f]!r} want {want!r}")
        if status == "accepted":
            accepted += 1
            straight += all_right
            if not same("gross_total", got["gross_total"], truth.get("gross_total")):
                wrong_accepted.append(
                    f"{pdf.name}: accepted with gross {got['gross_total']} "
                    f"(truth {truth.get('gross_total')})"
                )
    total = sum(sum(c.values()) for c in table.values())
    correct = sum(c["correct"] for c in table.values())
    return {
        "table": table,
        "accepted": accepted,
        "straight_through": straight,  # accepted with every scored field right
        "wrong_accepted": wrong_accepted,
        "misses": misses,
        "correct": correct,
        "total": total,
        "files": len(cases),
    }


def corpus_cases(folder: Path) -> list[Case]:
    """One batch folder of the real corpus: NAME.pdf + NAME.expected.json. Fields listed as
    ``unchecked`` were not recorded and are not scored; ``seller_aliases`` count as right."""
    out = []
    for exp in sorted(folder.glob("*.expected.json")):
        data = json.loads(exp.read_text())
        truth = dict(data["fields"])
        truth["_unchecked"] = list(data.get("unchecked", []))
        truth["_seller_aliases"] = list(data.get("seller_aliases", []))
        out.append((exp.with_name(exp.name.replace(".expected.json", ".pdf")), truth))
    return out


def kept_cases(folder: Path, off: bool = False) -> list[Case]:
    """A kept set of generated PDFs (NAME.pdf + NAME.truth.json: the printed values); with
    *off*, its pages whose total is one unit off instead of the others."""
    out = []
    for t in sorted(folder.glob("*.truth.json")):
        if t.name.endswith("-off.truth.json") != off:
            continue
        data = json.loads(t.read_text(encoding="utf-8"))
        out.append((folder / data["file"], data["fields"]))
    return out


def product_jobs(
    invoice: Callable[..., tuple[dict[str, Any], dict[str, Any]]],
    *axes: Iterable[str],
    seeds: int,
) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """A product's kept set, for :func:`render_kept`: every combination of *axes* (its reports,
    locales, sellers ...) with each of *seeds*, as (the page's name 'STYLE-CODE-SEED', which
    :func:`kept_jobs` reads back, what the product is given, the values printed)."""
    return [
        ("-".join([*parts, str(seed)]), *invoice(*parts, seed))
        for parts in product(*axes)
        for seed in range(seeds)
    ]


def kept_jobs(
    folder: Path, cases: list[Case], invoice: Callable[..., tuple[dict[str, Any], dict[str, Any]]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Check that a kept *folder* holds *cases*' pages and no others, and that each page's
    values are those its generator's *invoice* makes again from the page's name ('STYLE-CODE-
    SEED', the seed last); each page's (what the product was given, the values printed)."""
    assert {p.name for p in folder.glob("*.pdf")} == {p.name for p, _t in cases}
    out = []
    for pdf, truth in cases:
        *parts, seed = pdf.stem.split("-")
        job, printed = invoice(*parts, int(seed))
        assert printed == truth, pdf.name
        out.append((job, truth))
    return out


def keep_truth(folder: Path, name: str, fields: dict[str, Any]) -> None:
    """Write ``NAME.truth.json`` beside ``NAME.pdf`` in a kept set: the values printed on it."""
    body = {"file": f"{name}.pdf", "fields": fields}
    text = json.dumps(body, indent=1, ensure_ascii=False) + "\n"
    (folder / f"{name}.truth.json").write_text(text, encoding="utf-8")


def printed(
    number: str, issued: Any, due: Any, seller: str, currency: str, *amounts: Decimal
) -> dict[str, Any]:
    """The eight header fields as a kept set records them: dates in ISO form, the net, tax and
    gross with two decimals."""
    net, tax, gross = amounts
    return {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat() if due is not None else None,
        "seller": seller,
        "currency": currency,
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
    }


def render_kept(
    folder: Path,
    command: list[str],
    jobs: list[tuple[str, Any, dict[str, Any]]],
    timeout: float = 300,
) -> None:
    """Make a kept set: each job's (name, what the producer is given, the values printed) is
    written as JSON, *command* is run once with every 'IN.json OUT.pdf' pair after it (for at
    most *timeout* seconds), and the values are kept beside the PDFs in *folder*."""
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pairs: list[str] = []
        for name, body, _truth in jobs:
            (Path(tmp) / f"{name}.json").write_text(json.dumps(body, ensure_ascii=False))
            pairs += [str(Path(tmp) / f"{name}.json"), str(folder / f"{name}.pdf")]
        done = subprocess.run([*command, *pairs], capture_output=True, timeout=timeout)
        if done.returncode:  # the producer's own words say what it could not print
            raise SystemExit(done.stderr.decode(errors="replace")[-3000:])
    for name, _body, truth in jobs:
        keep_truth(folder, name, truth)


def kept_names(
    locales: dict[str, tuple[str, ...]], seeds: int
) -> list[tuple[str, str, int, Decimal, str]]:
    """Every style and locale of a kept set: *seeds* invoices and one whose total is one unit
    off (it must go to review), as (style, locale, seed, off, the name it is kept under)."""
    out = []
    for style, codes in locales.items():
        for code in codes:
            for seed, off in [(s, Decimal(0)) for s in range(seeds)] + [(0, Decimal(1))]:
                out.append((style, code, seed, off, f"{style}-{code}-{'off' if off else seed}"))
    return out


def unpacked_sdist(requirement: str, into: Path, wheel: bool = False) -> Path:
    """A package's source distribution (or, with *wheel*, its pure-Python wheel: a package
    whose sdist builds with a backend pip cannot fetch here), fetched from PyPI by the running
    Python's pip (``'invoicer==0.1.0'``) and unpacked in the empty folder *into*, never
    installed: its root folder (the wheel's: *into* itself). For a product's renderer, run
    alone by the product's Python."""
    kind = ["--only-binary", ":all:"] if wheel else ["--no-binary", ":all:"]
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", *kind]
        + [requirement, "-d", str(into)],
        check=True,
        capture_output=True,
    )
    if wheel:
        with zipfile.ZipFile(next(into.glob("*.whl"))) as whl:
            whl.extractall(into)
        return into
    with tarfile.open(next(into.glob("*.tar.gz"))) as sdist:
        sdist.extractall(into)
    return next(p for p in into.iterdir() if p.is_dir())
