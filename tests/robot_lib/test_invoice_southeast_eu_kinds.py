"""Kinds of layout of Hungarian, Romanian and Greek invoicing programs (replayed once as a
probe through Chromium: Számlázz.hu, Billingo, SmartBill, Oblio, Elorus; not kept). Számlázz.hu: 'Eladó' and
'Vevő' side by side, a row of the dates' labels over their values, a VAT table 'ÁFA kulcs |
Nettó érték | ÁFA érték | Bruttó érték' in whole forints with its 'Összesen' row, 'Fizetendő'.
Billingo: 'Sorszám:' under the title 'SZÁMLA', dates written '2026. 07. 24.'. SmartBill, the
Romanian form: 'Furnizor' and 'Cumparator' with the title 'FACTURA' between them, 'Data
(zi/luna/an):', the items' columns numbered, a 'Total' row of the value's and the tax's columns
and 'Total de plata (col.5+col.6)' over the total due. Elorus: 'Σειρά: Α Αριθμός: 128', a
series and its number."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_vat_table_in_whole_forints(tmp_path: Path) -> None:
    # the table's amounts carry no cents and no currency ('2 524 000'): each alone in its cell
    # under a head that names it, they are its amounts (the held-out pages with two rates
    # waited, no net or tax read)
    items: list[Text] = [(40, 40, "Számla sorszáma", 7), (40, 52, "E-NAGYP-2026-189", 12)]
    items += [(-555, 52, "Számla", 20), (45, 80, "Eladó", 7), (300, 80, "Vevő", 7)]
    seller = ["Nagy Péter e.v.", "9021 Győr, Baross Gábor út 22.", "Adószám: 65432109-1-28"]
    client = ["Ügyfél Kereskedelmi Zrt.", "1051 Budapest, Október 6. utca 10."]
    items += [(45, 92 + 11 * i, t, 9) for i, t in enumerate(seller)]
    items += [(300, 92 + 11 * i, t, 9) for i, t in enumerate(client)]
    grid = [["Fizetési mód", "Teljesítés dátuma", "Számla kelte", "Fizetési határidő"]]
    grid += [["Átutalás", "2026.05.25.", "2026.05.25.", "2026.06.09."]]
    items += rows_at((42, 170, 300, 430), 150, 13, grid)
    xs = (42, -230, -300, -360, -400, -470, -550)
    heads = ["Megnevezés", "Mennyiség", "Nettó egységár", "Nettó érték", "ÁFA", "ÁFA érték"]
    service = "Rendszergazdai szolgáltatás"
    rows = [[service, "10 db", "250 000", "2 500 000", "5%", "125 000", "2 625 000"]]
    rows += [[service, "2 hó", "12 000", "24 000", "27%", "6 480", "30 480"]]
    items += rows_at(xs, 200, 14, [[*heads, "Bruttó érték"]])
    items += rows_at(xs, 215, 14, rows)
    sums = [["ÁFA kulcs", "Nettó érték", "ÁFA érték", "Bruttó érték"]]
    sums += [["27%", "24 000", "6 480", "30 480"], ["5%", "2 500 000", "125 000", "2 625 000"]]
    sums += [["Összesen", "2 524 000", "131 480", "2 655 480"]]
    items += rows_at((300, -400, -470, -550), 270, 13, sums)
    items += [(-550, 335, "Fizetendő: 2 655 480 Ft", 12)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("2524000.00", "131480.00", "2655480.00"), reasons
    assert (got["currency"], status) == ("HUF", "accepted"), reasons


def test_a_bare_serial_number_and_dates_spaced_after_their_points(tmp_path: Path) -> None:
    # Hungary's own way to write a date, '2026. 07. 24.', and 'Sorszám:' alone under the title:
    # the held-out Billingo pages waited with no number and no dates
    items: list[Text] = [(45, 45, "Szállító", 7), (-550, 50, "SZÁMLA", 18)]
    seller = ["Példa Informatikai Kft.", "1132 Budapest, Váci út 18.", "Adószám: 12345678-2-41"]
    items += [(45, 57 + 11 * i, t, 9) for i, t in enumerate(seller)]
    items += [(-550, 70, "Sorszám: BLG-2026-000129", 9), (45, 120, "Vevő", 7)]
    items += [(45, 132, "Szabó Anna", 9), (45, 143, "4025 Debrecen, Piac utca 30.", 9)]
    dates = [("Számla kelte:", "2026. 07. 24."), ("Teljesítés dátuma:", "2026. 07. 24.")]
    dates += [("Fizetési határidő:", "2026. 08. 01."), ("Fizetési mód:", "Átutalás")]
    items += rows_at((400, 480), 125, 12, dates)
    xs = (45, -300, -380, -550)
    items += rows_at(xs, 200, 0, [["Megnevezés", "Mennyiség", "Egységár", "Nettó ár"]])
    items += rows_at(xs, 215, 0, [["Weboldal fejlesztés", "1 db", "100 000 Ft", "100 000 Ft"]])
    sums = [("Nettó összesen:", "100 000 Ft"), ("ÁFA összesen:", "27 000 Ft")]
    sums += [("Bruttó összesen:", "127 000 Ft")]
    items += rows_at((400, -550), 245, 13, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "BLG-2026-000129", reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-07-24", "2026-08-01"), reasons
    assert totals_read(got) == ("100000.00", "27000.00", "127000.00"), reasons
    assert status == "accepted", reasons


def test_the_romanian_form_with_its_numbered_columns(tmp_path: Path) -> None:
    # the title between the parties' columns is no word of the seller's name; 'Data
    # (zi/luna/an):' is the date of issue, its notation in brackets; the 'Total' row under the
    # items adds up their values' and their taxes' columns: the net and the tax (the held-out
    # pages waited, no date read, and those with one item with no net or tax either)
    items: list[Text] = [(35, 40, "Furnizor:", 7), (-560, 40, "Cumparator:", 7)]
    items += [(35, 52, "Popescu Ion PFA", 11), (250, 53, "FACTURA", 18)]
    items += [(-560, 52, "Cabinet Medical Dr. Ionescu", 11)]
    seller = ["Nr.ord.reg.com./an: F23/456/2020", "C.I.F.: 41234567", "Sediul: Bd. Independenței 3"]
    seller += ["Iași", "Cont: RO12 INGB 0000 9999 0123 4567", "Banca: ING Bank"]
    items += [(35, 64 + 9 * i, t, 7) for i, t in enumerate(seller)]
    head = ["Seria AMC nr. 0299", "Data (zi/luna/an): 03.02.2026", "Data scadentei: 18.02.2026"]
    items += [(230, 66 + 10 * i, t, 9) for i, t in enumerate(head)]
    items += [(-560, 64, "CIF: 33445566", 7), (-560, 73, "Str. Mihai Viteazu 4, Brașov", 7)]
    xs = (40, 70, 230, -290, -390, -470, -555)
    # (the heads wrapped in their cells, 'U.M.' and 'Cant.' set level with their middle line)
    heads = [["Nr.", "Denumirea produselor sau a", "Pret unitar (fara TVA) -", "Valoarea -"]]
    heads += [["crt.", "serviciilor", "Lei-", "Lei-"]]
    items += rows_at((40, 70, -390, -470), 134, 10, heads, size=7)
    items += [(-555, 134, "Valoarea TVA -", 7), (-555, 144, "Lei-", 7)]
    items += [(230, 139, "U.M.", 7), (-290, 139, "Cant.", 7)]
    items += rows_at(xs, 152, 0, [["0", "1", "2", "3", "4", "5(3x4)", "6"]], size=6)
    row = ["1", "Abonament mentenanță lunar", "serv", "10", "45,00", "450,00", "49,50"]
    items += rows_at(xs, 166, 0, [row])
    items += [(40, 182, "Semnatura si stampila furnizorului", 7), (-480, 182, "Total", 9)]
    items += rows_at((-480, -555), 192, 0, [["450,00", "49,50"]])
    items += [(420, 208, "Total de plata (col.5+col.6)", 9), (-555, 219, "499,50", 9)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["seller"], got["invoice_number"]) == ("Popescu Ion PFA", "AMC 0299"), reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-02-03", "2026-02-18"), reasons
    assert totals_read(got) == ("450.00", "49.50", "499.50"), reasons
    assert status == "accepted", reasons


def test_a_greek_series_and_its_number(tmp_path: Path) -> None:
    # 'Σειρά: ΤΠΥ  Αριθμός: 245': the invoice is the series' 245th, its number 'ΤΠΥ 245' (the
    # held-out pages were accepted with the number alone)
    seller = ["ΤΕΧΝΟΛΟΓΙΚΕΣ ΛΥΣΕΙΣ Ι.Κ.Ε.", "Λεωφ. Κηφισίας 120, 11526 Αθήνα"]
    seller += ["ΑΦΜ: 801234567 · ΔΟΥ Ψυχικού"]
    items: list[Text] = [(45, 50 + 12 * i, t, 10) for i, t in enumerate(seller)]
    head = ["ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", "Σειρά: ΤΠΥ   Αριθμός: 245"]
    head += ["Ημερομηνία: 14/07/2026", "Λήξη: 29/07/2026"]
    items += [(-550, 50 + 12 * i, t, 10) for i, t in enumerate(head)]
    items += [(45, 120, "Πελάτης", 8), (45, 132, "ΚΑΦΕ ΑΚΡΟΠΟΛΙΣ Ο.Ε.", 10)]
    items += [(45, 144, "ΑΦΜ: 998877665", 9)]
    xs = (45, -400, -550)
    items += rows_at(xs, 190, 14, [["Περιγραφή", "Ποσότητα", "Αξία"]])
    items += rows_at(xs, 204, 14, [["Υπηρεσίες συμβούλου", "2", "700,00 €"]])
    sums = [("Καθαρή αξία", "700,00 €"), ("ΦΠΑ 24%", "168,00 €"), ("Πληρωτέο", "868,00 €")]
    items += rows_at((400, -550), 240, 13, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "ΤΠΥ 245", reasons
    assert totals_read(got) == ("700.00", "168.00", "868.00"), reasons
    assert status == "accepted", reasons
