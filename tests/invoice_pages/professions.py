"""Invoices of trades whose pages the corpus did not hold, drawn as plain pages after their
kinds of layout (not copies of anyone's documents): a courier's invoice listing shipments
('Sendungsnummer | Datum | Ziel | … | Treibstoffzuschlag | Betrag'), its services part taxed
and part tax-free, the tax printed with the base it is on ('MwSt 19 % auf 22,11'); a German
doctor's private invoice (GOÄ numbers and factors, exempt from VAT, a physician's name and
title and no legal form, the account holder named under it); a Spanish shop's simplified
invoice from the till ('FACTURA SIMPLIFICADA', a date with the time, the VAT in a grid under
the total, cash given and change); a Danish carpenter's invoice ('Fakturanr.', 'Forfaldsdato',
'Moms 25 %', a payment line with an FI card code). Every page must read right and go straight
through."""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "courier_tax_free_part": (
        [
            "^Nordkurier Express GmbH",
            "Hafenstraße 40 · 20457 Hamburg · www.nordkurier-express.de",
            "",
            "Ortmann Feinmechanik KG | | Kundennummer | 630112874",
            "Gewerbering 7 | | Rechnungsnummer | HAM-2611-88213",
            "24568 Kaltenkirchen | | Rechnungsdatum | 13.11.2026",
            "| | Zahlbar bis | 27.11.2026",
            "",
            "^Rechnung",
            "",
            "Sendungsnummer | Datum | Ziel | Gewicht | Fracht | Treibstoffzuschlag | Betrag",
            "4711 2033 981 | 03.11.2026 | München | 4,5 kg | 18,90 | 3,21 | 22,11",
            "4711 2033 992 | 05.11.2026 | Zürich CH | 12,0 kg | 64,00 | 10,88 | 74,88",
            "4711 2034 015 | 10.11.2026 | New York US | 2,0 kg | 88,50 | 15,05 | 103,55",
            "",
            "| | Steuerpflichtige Leistungen | 22,11",
            "| | Steuerfreie Leistungen (§ 4 Nr. 3 UStG) | 178,43",
            "| | Summe netto | 200,54",
            "| | MwSt 19 % auf 22,11 | 4,20",
            "| | Rechnungsbetrag EUR | 204,74",
            "",
            "Amtsgericht Hamburg HRB 123456 · USt-IdNr. DE 298 765 432 · "
            "IBAN DE89 2005 0550 1234 5678 90",
        ],
        {
            "invoice_number": "HAM-2611-88213",
            "issue_date": "2026-11-13",
            "due_date": "2026-11-27",
            "seller": "Nordkurier Express GmbH",
            "currency": "EUR",
            "net_total": "200.54",
            "tax_total": "4.20",
            "gross_total": "204.74",
        },
    ),
    "doctor_private_invoice": (
        [
            "^Dr. med. Anna Keller",
            "Fachärztin für Dermatologie",
            "Theaterstraße 12 · 30159 Hannover · Tel. 0511 123456",
            "",
            "Herrn | | Hannover, 16.11.2026",
            "Jonas Richter | |",
            "Podbielskistraße 80 | |",
            "30177 Hannover | |",
            "",
            "^Privatliquidation",
            "Rechnungsnummer: 2026-3317",
            "Behandlungszeitraum: 28.10.2026 – 04.11.2026",
            "",
            "Datum | GOÄ-Nr. | Leistung | Faktor | Betrag €",
            "28.10.2026 | 1 | Beratung | 2,3 | 10,72",
            "28.10.2026 | 7 | Untersuchung Haut | 2,3 | 21,45",
            "28.10.2026 | 750 | Auflichtmikroskopie | 2,3 | 16,09",
            "04.11.2026 | 5 | Symptombezogene Untersuchung | 2,3 | 10,72",
            "| | | Rechnungsbetrag | 58,98 €",
            "",
            "Die Leistungen sind gemäß § 4 Nr. 14 UStG von der Umsatzsteuer befreit.",
            "Bitte überweisen Sie den Betrag bis zum 16.12.2026 auf das Konto:",
            "Kontoinhaberin: Dr. med. Anna Keller · IBAN DE12 2505 0180 0000 1234 56",
        ],
        {
            "invoice_number": "2026-3317",
            "issue_date": "2026-11-16",
            "due_date": "2026-12-16",
            "seller": "Dr. med. Anna Keller",
            "currency": "EUR",
            "gross_total": "58.98",
        },
    ),
    "till_simplified_invoice": (
        [
            "^FERRETERÍA LA ESQUINA S.L.",
            "C/ Mayor 14, 28013 Madrid",
            "NIF B-87654321",
            "",
            "^FACTURA SIMPLIFICADA",
            "Nº: T001-004512",
            "Fecha: 14/11/2026 18:42 · Cajero: 03",
            "",
            "Artículo | Uds | Precio | Importe",
            "Tornillos 4x40 caja | 2 | 6,95 | 13,90",
            "Taladro percutor | 1 | 29,95 | 29,95",
            "Cinta americana | 3 | 2,05 | 6,15",
            "TOTAL | | | 50,00 €",
            "",
            "Base imponible | IVA | Cuota | Total",
            "41,32 | 21 % | 8,68 | 50,00",
            "",
            "Entregado 50,00 € · Cambio 0,00 €",
            "Gracias por su compra",
        ],
        {
            "invoice_number": "T001-004512",
            "issue_date": "2026-11-14",
            "seller": "FERRETERÍA LA ESQUINA S.L.",
            "currency": "EUR",
            "net_total": "41.32",
            "tax_total": "8.68",
            "gross_total": "50.00",
        },
    ),
    "danish_carpenter": (
        [
            "Snedker Holm ApS | | ^Faktura",
            "Industrivej 9, 8600 Silkeborg | | Fakturanr. | 10452",
            "CVR-nr. 38 12 45 67 | | Fakturadato | 12.11.2026",
            "Tlf. 86 82 11 22 | | Forfaldsdato | 26.11.2026",
            "",
            "Kunde: Boligforeningen Søhøj, Søhøjvej 2, 8600 Silkeborg",
            "",
            "Beskrivelse | Antal | Enhed | Pris | Beløb",
            "Udskiftning af vinduer, opgang 3 | 6 | stk. | 4.250,00 | 25.500,00",
            "Arbejdsløn | 22 | timer | 495,00 | 10.890,00",
            "",
            "| | | Subtotal | 36.390,00",
            "| | | Moms 25 % | 9.097,50",
            "| | | Total DKK | 45.487,50",
            "",
            "Betaling: bankoverførsel reg.nr. 7310 konto 1234567 eller "
            "FI-kort +71< 000000010452084 +85234567<",
        ],
        {
            "invoice_number": "10452",
            "issue_date": "2026-11-12",
            "due_date": "2026-11-26",
            "seller": "Snedker Holm ApS",
            "currency": "DKK",
            "net_total": "36390.00",
            "tax_total": "9097.50",
            "gross_total": "45487.50",
        },
    ),
}

WAITS: dict[str, set[str]] = {}
