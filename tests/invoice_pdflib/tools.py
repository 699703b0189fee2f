"""The four tools' styles of ``tests.invoice_pdflib``, each drawing one invoice on a sheet."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.invoice_pdflib.sheet import Inv, cents
from tests.invoice_pdflib.words import IBAN


def hosting(inv: Inv) -> None:
    """A hosting billing panel: the address top right, a status word, totals in the item table."""
    rng, m, w, s, d = inv.rng, inv.m, inv.w, inv.sheet, inv.d
    seller, street, town, register = inv.seller
    number = inv.number = str(rng.randint(1000, 99999))
    paid = inv.seed % 2 == 1
    for i, text in enumerate([seller, street, town, register]):
        s.put(120, 12 + 4.5 * i, text, bold=i == 0, w=75, align="R")
    s.put(15, 14, seller.split()[0].upper(), size=16, bold=True)  # the logo's word mark
    if paid:
        with s.pdf.rotation(25, 170, 36):
            s.put(150, 32, w["paid"], size=24, bold=True)
    else:
        s.put(150, 36, w["unpaid"], size=16, bold=True, w=45, align="R")
    s.put(15, 50, w["title"].format(n=number), size=13, bold=True, w=180, fill=235)
    s.put(15, 57, w["issued"].format(d=d(inv.issued)))
    s.put(15, 62, w["due"].format(d=d(inv.due)))
    s.put(15, 74, w["to"], bold=True)
    for i, text in enumerate(inv.buyer):
        s.put(15, 79 + 4.5 * i, text)
    y = 100.0
    money = lambda v: f"{m(v)} {m.currency}"  # noqa: E731
    s.row(15, y, [140, 40], [w["desc"], w["amount"]], bold=True, fill=225, border=1)
    for desc, qty, _unit, amount in inv.rows:
        y += 6
        s.row(
            15,
            y,
            [140, 40],
            [f"{desc} ({qty} x)" if qty > 1 else desc, money(amount)],
            border=1,
        )
    for label, v in (
        (w["sub"], inv.net),
        (w["tax"].format(r=inv.rate), inv.tax),
        (w["credit"], Decimal(0)),
        (w["total"], inv.gross),
    ):
        y += 6
        s.row(15, y, [140, 40], [label, money(v)], bold=label == w["total"], border=1, fill=245)
    y += 14
    s.put(15, y, w["tx"], bold=True)
    y += 6
    cols = w["tx_cols"].split("|")
    s.row(15, y, [45, 45, 50, 40], cols, bold=True, fill=225, border=1)
    y += 6
    if paid:
        s.row(
            15,
            y,
            [45, 45, 50, 40],
            [d(inv.due), w["gateway"], f"TX{rng.randint(10**8, 10**9)}", money(inv.gross)],
            border=1,
        )
    else:
        s.put(15, y, w["none"], w=180, align="C", border=1)
    y += 6
    s.row(
        15,
        y,
        [140, 40],
        [w["balance"], money(Decimal(0) if paid else inv.gross)],
        bold=True,
        border=1,
    )
    s.put(
        15,
        285,
        w["generated"].format(d=d(inv.due + dt.timedelta(days=rng.randint(1, 40)))),
        size=7,
        w=180,
        align="C",
    )


def shop(inv: Inv) -> None:
    """A web shop: addresses side by side, a grid of number and dates, inv.shipping, no inv.due date."""
    rng, m, w, s, d = inv.rng, inv.m, inv.w, inv.sheet, inv.d
    seller, street, town, register = inv.seller
    number = inv.number = f"IN{rng.randint(1, 99999):06d}"
    order = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
    ordered = inv.issued - dt.timedelta(days=rng.randint(0, 3))
    inv.no_due = True
    if inv.seed % 2 == 0:
        s.put(15, 14, seller.split(" ")[0] + " " + seller.split(" ")[1], size=18, bold=True)
    else:  # a logo picture: no text
        s.pdf.set_fill_color(180)
        s.pdf.rect(15, 10, 40, 16, style="F")
    s.put(120, 12, w["title"], size=14, bold=True, w=75, align="R")
    s.put(120, 19, d(inv.issued), w=75, align="R")
    s.put(120, 24, f"#{number}", w=75, align="R")
    s.put(15, 40, w["billing"], bold=True)
    s.put(110, 40, w["delivery"], bold=True)
    for i, text in enumerate(inv.buyer):
        s.put(15, 45 + 4.5 * i, text)
        s.put(110, 45 + 4.5 * i, text)
    heads = w["grid"].split("|")
    values = [f"#{number}", d(inv.issued), order, d(ordered)]
    s.row(15, 66, [45] * 4, heads, "CCCC", bold=True, fill=225, border=1, size=8)
    s.row(15, 71, [45] * 4, values, "CCCC", border=1, size=8)
    y = 84.0
    widths = [22, 60, 20, 38, 12, 28]
    s.row(15, y, widths, w["cols"].split("|"), "LLCRCR", bold=True, fill=225, border=1, size=7)
    for desc, qty, unit, amount in inv.rows:
        y += 6
        ref = f"R{rng.randint(1000, 9999)}"
        s.row(
            15,
            y,
            widths,
            [ref, desc, f"{inv.rate} %", m(unit), str(qty), m(amount)],
            "LLCRCR",
            border=1,
            size=8,
        )
    y += 12
    heads = w["taxes"].split("|")
    s.row(15, y, [30, 20, 25, 25], heads, bold=True, fill=225, border=1, size=7)
    s.row(
        15, y + 5, [30, 20, 25, 25], ["", f"{inv.rate} %", m(inv.net), m(inv.tax)], border=1, size=8
    )
    s.put(15, y + 16, f"{w['method']}: {w['wire']} {m(inv.gross)}", size=8)
    sums = [
        (w["products"], inv.items),
        (w["shipping"], inv.shipping),
        (w["net"], inv.net),
        (w["tax"], inv.tax),
        (w["total"], inv.gross),
    ]
    for i, (label, v) in enumerate(sums):
        s.row(130, y + 5.5 * i, [40, 25], [label, m(v)], bold=i == len(sums) - 1, border=1, size=8)
    s.put(15, 276, f"{seller} - {street} - {town}", size=7, w=180, align="C")
    s.put(
        15,
        280,
        f"{w['help']} support@{seller.split()[0].lower()}.example - {register}",
        size=7,
        w=180,
        align="C",
    )


def erp(inv: Inv) -> None:
    """An open-source ERP: 'Ref. :' under the title, sender and recipient frames, a legal footer."""
    rng, m, w, s, d = inv.rng, inv.m, inv.w, inv.sheet, inv.d
    seller, street, town, register = inv.seller
    yymm = inv.issued.strftime("%y%m")
    number = inv.number = f"FA{yymm}-{rng.randint(1, 9999):04d}"
    s.put(15, 14, seller, size=15, bold=True)
    s.put(110, 12, w["title"], size=14, bold=True, w=85, align="R")
    s.put(110, 19, w["ref"].format(n=number), w=85, align="R", bold=True)
    s.put(110, 24, w["issued"].format(d=d(inv.issued)), w=85, align="R")
    s.put(110, 29, w["due"].format(d=d(inv.due)), w=85, align="R")
    s.put(110, 34, w["code"].format(c=f"CU{yymm}-{rng.randint(1, 999):05d}"), w=85, align="R")
    s.put(15, 42, w["sender"], size=8)
    s.put(110, 42, w["to"], size=8)
    s.pdf.set_fill_color(235)
    s.pdf.rect(15, 47, 85, 30, style="F")
    s.pdf.rect(110, 47, 85, 30)
    for i, text in enumerate([seller, street, town, f"Tel.: +33 4 {rng.randint(10, 99)} 21 55 80"]):
        s.put(17, 49 + 5 * i, text, bold=i == 0)
    for i, text in enumerate(inv.buyer):
        s.put(112, 49 + 5 * i, text, bold=i == 0)
    s.put(110, 82, w["unit"], size=7, w=85, align="R")
    y = 88.0
    widths = [90, 18, 28, 14, 30]
    s.row(15, y, widths, w["cols"].split("|"), bold=True, border=1, size=8)
    for desc, qty, unit, amount in inv.rows:
        y += 7
        s.row(
            15,
            y,
            widths,
            [desc, f"{inv.rate}%", m.number(unit), str(qty), m.number(amount)],
            size=9,
        )
    s.pdf.line(15, y + 8, 195, y + 8)
    y = max(y + 16, 170)
    s.put(15, y, w["terms"], size=8)
    s.put(15, y + 5, w["mode"], size=8)
    s.put(15, y + 10, f"IBAN: {IBAN}", size=8)
    sums = [(w["net"], inv.net), (w["tax"].format(r=inv.rate), inv.tax), (w["total"], inv.gross)]
    if inv.seed % 2 == 1:
        part = cents(inv.gross / 2)
        sums += [(w["paid"], part), (w["rest"], inv.gross - part)]
    for i, (label, v) in enumerate(sums):
        s.row(
            115,
            y + 6 * i,
            [50, 30],
            [label, m.number(v)],
            bold=i == 2,
            fill=245 if i == 2 else None,
        )
    s.put(15, 280, f"{seller} - {w['capital']} - {register}", size=7, w=180, align="C")
    s.put(15, 284, "1/1", size=7, w=180, align="R")


def spool(inv: Inv) -> None:
    """A big ERP's print spool: one Courier run per line, padded with spaces."""
    rng, m, w, s, d = inv.rng, inv.m, inv.w, inv.sheet, inv.d
    seller, street, town, register = inv.seller
    number = inv.number = str(90_000_000 + rng.randint(1, 999_999))
    order = str(4_500_000_000 + rng.randint(1, 99_999))
    ordered = inv.issued - dt.timedelta(days=rng.randint(3, 20))
    n = m.number
    s.put(12, 40, f"{seller} · {street} · {town}", size=6.5)  # the envelope's sender line
    lines = [
        f"{inv.buyer[0]:<44}{w['title']}",
        f"{inv.buyer[1]:<44}{w['number']:<12}{number}",
        f"{inv.buyer[2]:<44}{w['date']:<12}{d(inv.issued)}",
        f"{'':<44}{w['customer']:<12}{rng.randint(100000, 199999)}",
        f"{'':<44}{w['order'].format(o=order, d=d(ordered))}",
        f"{'':<44}{w['page']}",
        "",
        "-" * 80,
        w["cols"],
        "-" * 80,
    ]
    for i, (desc, qty, unit, amount) in enumerate(inv.rows):
        mat = f"{rng.randint(100, 999)}-{rng.randint(100, 999)}"
        lines.append(
            f"{(i + 1) * 10:<5}{mat:<11}{desc:<24}{qty:>6} {w['unit']:<4}{n(unit):>12}{n(amount):>14}"
        )
    lines += [
        "-" * 80,
        f"{'':<30}{w['items']:<36}{n(inv.net):>14}",
        f"{'':<30}{w['tax'].format(r=f'{m.rate:.3f}' if inv.code.startswith('en') else f'{m.rate:.3f}'.replace('.', ',')):<36}{n(inv.tax):>14}",
        f"{'':<30}{w['total']:<28}{m.currency:<8}{n(inv.gross):>14}",
        "",
        w["terms"].format(d=d(inv.due)),
        f"{w['bank']}: IBAN {IBAN}",
    ]
    for i, text in enumerate(lines):
        s.put(12, 45 + 4.2 * i, text, size=8.5)
    s.put(12, 282, f"{seller}, {street}, {town}, {register}", size=6.5)
