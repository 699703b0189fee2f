"""Titles of documents that are not an invoice to book, and what each is: a pro-forma, an
advance invoice, a credit note or a cancellation, a quote, an order confirmation, a delivery
note, a payment reminder, a statement of account, a purchase order, a remittance advice. A page
titled so waits for a person (``LayoutExtractor._document_kind``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.parse import amounts_in

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

# the document's type code printed after its label, as e-invoice views print it ('Rechnungsart:
# 381', 'Invoice type: 381', Romanian 'Tip document: 381'; UNTDID 1001): a credit note (381,
# 396 factored, 261 self-billed, 262 consolidated, 532 a forwarder's) or a self-billed invoice
# (389); folded text
TYPE_CODE = re.compile(
    r"\b(?:rechnungsart|rechnungstyp|invoice\s*type(?:\s*code)?|document\s*type\s*code|"
    r"type\s*de\s*facture|tipo\s*(?:de\s*)?(?:factura|documento)|tip\s*document)\s*:?\s*"
    r"(381|396|261|262|532|389)\b"
)
# a progress invoice's title, an instalment of a job billed as it goes ('2. Abschlagsrechnung',
# 'Teilrechnung', 'Progress invoice', 'Facture de situation n° 3'), its number maybe before it:
# what was billed before is taken off its total, and the rest is its own (folded text)
PROGRESS = re.compile(
    r"^\W*(?:\d{1,2}\.?\s*)?(?:abschlagsrechnung|teilrechnung|zwischenrechnung|"
    r"teilschlussrechnung|progress\s*(?:invoice|billing|claim)|interim\s*invoice|"
    r"application\s*for\s*payment|facture\s*de\s*situation|situation\s*de\s*travaux|"
    r"factura\s*parcial|certificacion\s*(?:n[o°º.]*\s*)?\d|termijnfactuur|delfaktura|"
    r"osalasku|faktura\s*czesciowa)\b"
)
SLIP = "a remittance advice"
PURCHASE_ORDER = "a purchase order"
ADVANCE = "an advance invoice"
NOT_INVOICE = (
    ("a pro-forma invoice", re.compile(r"pro\s*-?\s*forma\b")),
    # an invoice for an advance on an order: its totals are the advance's, its lines the
    # order's (Poland's law has it list them), and it is booked against the order
    (
        ADVANCE,
        re.compile(
            r"(?:faktura\s*zaliczkowa|advance\s*(?:payment\s*)?invoice|prepayment\s*invoice|"
            r"facture\s*d.acompte|anzahlungsrechnung|vorauszahlungsrechnung|factura\s*de\s*anticipo|"
            r"fattura\s*(?:di\s*|d.)acconto)\b"
        ),
    ),
    # money owed to the customer, not by it (a German 'Gutschrift' is often a self-billed
    # invoice, so it is not here)
    (
        "a credit note",
        re.compile(
            r"(?:credit\s*(?:note|memo)|avoir|facture\s*d.avoir|nota\s*de\s*credito|"
            r"nota\s*di\s*credito|creditnota|kreditnota|factura\s*rectificativa|dobropis|"
            r"opravny\s*danovy\s*doklad|faktura\s*korygujaca|"
            # a cancellation that reverses an invoice: 'Stornorechnung', 'Rechnungskorrektur'
            r"storno\s*-?\s*rechnung|stornobeleg|storno|rechnungs\s*-?\s*korrektur|korrekturrechnung|"
            r"rechnungsstorno|cancell?ation\s*invoice|invoice\s*cancell?ation|void(?:ed)?\s*invoice|"
            r"facture\s*d.annulation|factura\s*de\s*anulacion|"
            # the cancellation alone as the title ('Cancellation', 'Annulation', 'Anulowanie'),
            # or before its number
            r"(?:cancell?ation|annulation|anulacion|annullamento|anulowanie|annulering|anulace|"
            r"makulering|kreditfaktura)(?=\s*(?:$|n[o°º]|nr|no\b|#|\d)))\b"
        ),
    ),
    (
        "a quote",
        re.compile(
            r"(?:quot(?:e|ation)|estimate|angebot|kostenvoranschlag|devis|offerte|presupuesto|"
            r"preventivo|orcamento|cotizacion|cotacao|nabidka|wycena)\b"
        ),
    ),
    (
        "an order confirmation",
        re.compile(
            r"(?:(?:order|auftrags|bestell)\s*-?\s*(?:confirmation|bestatigung)|confirmation\s*de\s*"
            r"commande|orderbevestiging|conferma\s*d.ordine)\b"
        ),
    ),
    (
        "a delivery note",
        re.compile(
            r"(?:delivery\s*note|packing\s*(?:slip|list)|lieferschein|bon\s*de\s*livraison|pakbon|"
            r"albaran|documento\s*di\s*trasporto)\b"
        ),
    ),
    (
        "a payment reminder",
        re.compile(
            # '1. Mahnung', 'Letzte Mahnung', '2nd reminder', 'Final payment reminder'
            r"(?:(?:\d\s*\.|\d(?:st|nd|rd|th|re|e|er)|first|second|third|final|last|letzte|erste|"
            r"zweite|dritte|premiere|deuxieme|derniere?)\s+)?"
            r"(?:(?:payment\s*)?reminder|mahnung|zahlungserinnerung|rappel|relance|aanmaning|"
            r"betalingsherinnering|sollecito|recordatorio\s*de\s*pago)\b"
        ),
    ),
    (
        "a statement of account",
        re.compile(r"(?:statement\s*of\s*account|kontoauszug|releve\s*de\s*compte)\b"),
    ),
    # the customer's order to the supplier, sent to accounts payable by mistake (not German
    # 'Bestellung' nor Polish 'Zamówienie': invoices print them as the label of the order's
    # reference, in the same type as their titles)
    (
        PURCHASE_ORDER,
        re.compile(
            r"(?:purchase\s*order|bon\s*de\s*commande|orden\s*de\s*compra|ordine\s*d.acquisto|"
            r"inkooporder)\b"
        ),
    ),
    # the customer's list of the invoices it paid (under an invoice's own title: its slip)
    (
        SLIP,
        re.compile(
            r"(?:remittance\s*advice|payment\s*advice|zahlungsavis|avis\s*de\s*(?:paiement|virement)|"
            r"aviso\s*de\s*pago)\b"
        ),
    ),
)


def in_capitals(cell: str, line: str) -> bool:
    """*cell*, one of a header grid's cells on *line*, is set in capitals where the rest of the
    line is not ('Lieferant | Käufer | LIEFERSCHEIN | Seite 1'): a title among labels. On a page
    set all in capitals ('DELIVERY NOTE | MODE/TERMS OF PAYMENT') no cell stands out."""
    return cell.isupper() and any(c.islower() for c in line)


def above_items(lines: list[TextLine]) -> list[TextLine]:
    """The lines above the first that prints an amount (an item row, most often): a title
    stands there, not a word wrapped from an item's description ('Material as per' over
    'quote')."""
    row = next((ln for ln in lines if amounts_in(ln.text)), None)
    return lines if row is None else [ln for ln in lines if (ln.page, ln.top) < (row.page, row.top)]
