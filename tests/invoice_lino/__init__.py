"""Invoices printed by Lino Così 26.4.0 (PyPI, AGPL-3.0; Rumma & Ko's accounting application
for small firms in Belgium and Estonia, on the Lino framework): the sales invoices its demo site
books, printed as the site prints them, the package's own template (``trading/
VatProductInvoice/default.weasy.html``) through WeasyPrint. A real product's page, which no rule
of ours was written for; the values are Lino's own (its demo data), read back from each invoice.

The page: 'Recipient:' ('Empfänger:', 'Destinataire:') over the customer's address in a grey box
at the right; 'Date: 9 April 2012'; the title, the journal's printed name and the number in the
year ('Invoice 14/2012', 'Rechnung 14/2012'); 'Our reference: SLS 14/2012' and 'Your VAT id:'
in a grey band; the items ('Invoiced object | Designation | Unit price | Quantity | Amount',
amounts as '1 039,92'); left 'Due date : 09/07/2012' and 'Payment terms : …', right the totals:
'Total excl. VAT', 'VAT', 'Total incl. VAT' for one rate, or a table of the VAT categories
('VAT category | Total excl. VAT | VAT | Total incl. VAT', heads wrapped over two lines in
narrow columns, one row a rate and 'Totals'). The site's own company stands only in the footer
('Lumen Consulting SRL, Rue de la Loi 42, 1040 Etterbeek'); **no currency is printed**. The
labels follow the customer's language (some stay English: 'Your VAT id', 'VAT category').

Sites: ``be`` (a Belgian firm, the ``bevat`` plugin; English, German and French customers) and
``ee`` (an Estonian one, ``eevat``; Estonian and English). Kinds of sale: ``home`` (a customer in
the firm's country, with VAT), ``subject`` (a company there subject to VAT: its VAT id printed),
``abroad`` (a customer in another EU country, with VAT) and ``intracom`` (reverse charge, no
VAT: the categories' table with 0,00). Seeds 0 and 1 are each kind's first invoices in each
language, in the order the demo booked them; 2 and 3 the next ones (held out while rules were
written for 0 and 1).

Lino is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/lino_invoices/`` with their values. ``python -m tests.invoice_lino PYTHON [DIR]``
makes them again, PYTHON being a Python with ``lino-cosi==26.4.0``, ``lino-extjs`` and
``num2words`` installed (``python3 -m venv /tmp/lv && /tmp/lv/bin/pip install lino-cosi==26.4.0
lino-extjs num2words``); each site's demo data take about two minutes to make.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

__all__ = ["FIXTURES", "KINDS", "SEEDS", "SITES", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "lino_invoices"
SEEDS = 4  # seeds 2-3 are 0-1's kinds with the next invoices, held out while rules were written
KINDS = ("home", "subject", "abroad", "intracom")
# the site (its country) -> its customers' languages
SITES = {"be": "en de fr", "ee": "et en"}


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with Lino Così (installed for *python*) into *folder*."""
    render = Path(__file__).with_name("render.py")
    for site, languages in SITES.items():
        command = [python, str(render), site, str(folder), languages, str(SEEDS)]
        subprocess.run(command, check=True, timeout=1800, capture_output=True)
