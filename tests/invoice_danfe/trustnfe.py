"""The same Brazilian notes (:mod:`tests.invoice_danfe`) printed by another real package:
pytrustnfe3 2.0.1 (PyPI, LGPL-2.1+; Trustcode's library, which the Odoo Brasil modules send and
print their NF-e with), its ``danfe`` drawn with reportlab. Its page: the receipt stub when the
firm prints one ('RECEBEMOS DE … OS PRODUTOS/SERVIÇOS CONSTANTES DA NOTA FISCAL INDICADA AO
LADO', 'NF-e Nº 000.001.234 SÉRIE 1'), the issuer's box beside 'DANFE / Documento Auxiliar da /
Nota Fiscal Eletrônica / 0 - Entrada 1 - Saída / Nº 000.001.234 / SÉRIE 1 / Página 1 de 1';
'FATURA' with 'FATURA VENCIMENTO VALOR' heads over each instalment; the taxes' grid with
'OUTRAS DESP. ACESSÓRIAS'; the products; 'DADOS ADICIONAIS'. Each issuer prints with the
package's options: ``industria`` and ``reforma`` with the stub, ``atacado`` without (the
package prints no IBS or CBS, and no layout without IPI fields).

The values are those :func:`tests.invoice_danfe.invoice` records. pytrustnfe3 is not installed
by ``make test`` (its package pulls xmlsec and SOAP clients the DANFE does not use): ``python -m
tests.invoice_danfe.trustnfe PYTHON [DIR]`` fetches its wheel and runs ``render_trustnfe.py``
with *PYTHON*, which needs reportlab, pytz and lxml.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.invoice_corpus import product_jobs, render_kept, unpacked_sdist
from tests.invoice_danfe import ISSUERS, SEEDS
from tests.invoice_danfe import invoice as note

__all__ = ["FIXTURES", "PRINT", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "trustnfe_invoices"
# each issuer's option: the receipt stub printed or not (the package's landscape page raises
# 'Rotina não implementada')
PRINT = {"industria": {"stub": True}, "atacado": {"stub": False}, "reforma": {"stub": True}}


def invoice(issuer: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The note of :func:`tests.invoice_danfe.invoice`, with the options it is printed with."""
    job, values = note(issuer, seed)
    return {**job, "trust": PRINT[issuer]}, values


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept note with pytrustnfe3's DANFE, run by *python*, into *folder*."""
    jobs = product_jobs(invoice, ISSUERS, seeds=SEEDS)
    script = str(Path(__file__).with_name("render_trustnfe.py"))
    with tempfile.TemporaryDirectory() as tmp:
        wheel = unpacked_sdist("pytrustnfe3==2.0.1", Path(tmp), wheel=True)
        render_kept(folder, [python, script, str(wheel)], jobs, timeout=1200)


if __name__ == "__main__":
    make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
