"""The three typeset styles: a one-page invoice template, a business letter, a Swiss
invoice with its QR-bill payment part. Each returns the Typst source of one invoice."""

from __future__ import annotations

from tests.invoice_typeset.markup import Doc, cells, lines, page, q, t

SERVICES = (
    {
        "en": "Website redesign",
        "de": "Neugestaltung Website",
        "fr": "Refonte du site web",
        "nl": "Nieuw ontwerp website",
        "pl": "Przeprojektowanie strony internetowej",
        "cs": "Redesign webových stránek",
        "es": "Rediseño del sitio web",
        "it": "Restyling del sito web",
        "pt": "Redesenho do sítio web",
    },
    {
        "en": "Backend development",
        "de": "Backend-Entwicklung",
        "fr": "Développement backend",
        "nl": "Backend-ontwikkeling",
        "pl": "Programowanie backendu",
        "cs": "Vývoj backendu",
        "es": "Desarrollo backend",
        "it": "Sviluppo backend",
        "pt": "Desenvolvimento backend",
    },
    {
        "en": "Workshop and training",
        "de": "Workshop und Schulung",
        "fr": "Atelier et formation",
        "nl": "Workshop en training",
        "pl": "Warsztaty i szkolenie",
        "cs": "Workshop a školení",
        "es": "Taller y formación",
        "it": "Workshop e formazione",
        "pt": "Workshop e formação",
    },
    {
        "en": "Code review",
        "de": "Code-Review",
        "fr": "Revue de code",
        "nl": "Codereview",
        "pl": "Przegląd kodu",
        "cs": "Revize kódu",
        "es": "Revisión de código",
        "it": "Revisione del codice",
        "pt": "Revisão de código",
    },
    {
        "en": "Hosting setup and support",
        "de": "Einrichtung Hosting und Support",
        "fr": "Mise en place de l'hébergement et support",
        "nl": "Inrichting hosting en support",
        "pl": "Konfiguracja hostingu i wsparcie",
        "cs": "Nastavení hostingu a podpora",
        "es": "Configuración del hosting y soporte",
        "it": "Configurazione hosting e assistenza",
        "pt": "Configuração do alojamento e suporte",
    },
    {
        "en": "Logo and brand design",
        "de": "Logo- und Markengestaltung",
        "fr": "Création du logo et de l'identité",
        "nl": "Logo- en huisstijlontwerp",
        "pl": "Projekt logo i identyfikacji",
        "cs": "Návrh loga a identity",
        "es": "Diseño de logotipo e identidad",
        "it": "Progettazione logo e immagine coordinata",
        "pt": "Design de logótipo e identidade",
    },
    {
        "en": "Project management",
        "de": "Projektleitung",
        "fr": "Gestion de projet",
        "nl": "Projectmanagement",
        "pl": "Zarządzanie projektem",
        "cs": "Řízení projektu",
        "es": "Gestión de proyecto",
        "it": "Gestione del progetto",
        "pt": "Gestão de projeto",
    },
)
BUYERS = {
    "en-US": ("Harbor Point Logistics Inc.", "455 Pier Avenue", "Oakland, CA 94607"),
    "en-GB": ("Thornbury Estates Ltd", "18 Mill Lane", "Bristol BS1 4QT"),
    "de-DE": ("Müller & Söhne GmbH", "Industriestraße 27", "70565 Stuttgart"),
    "fr-FR": ("Boulangeries Roux SA", "4 place du Marché", "33000 Bordeaux"),
    "de-CH": ("Bergbahnen Alpstein AG", "Talstrasse 5", "9057 Weissbad"),
    "fr-CH": ("Fromagerie du Jorat Sàrl", "Route de Lausanne 31", "1083 Mézières"),
}
# The freelancer or studio: name, street, town, contact, tax identifier.
SELLERS = {
    "en-US": (
        "Jordan Reyes Design",
        "2210 Alder Street",
        "Portland, OR 97205",
        "hello@jordanreyes.design",
        "",
    ),
    "en-GB": (
        "Kestrel Web Studio",
        "Unit 4, Weaver's Yard",
        "Norwich NR3 1HP",
        "accounts@kestrelweb.co.uk",
        "VAT No. GB 284 1190 32",
    ),
    "de-DE": (
        "Lena Hoffmann",
        "Lindenweg 4",
        "79098 Freiburg im Breisgau",
        "mail@lena-hoffmann.de",
        "USt-IdNr. DE 289 441 672",
    ),
    "fr-FR": (
        "Camille Girard",
        "17 rue des Carmes",
        "31000 Toulouse",
        "contact@camillegirard.fr",
        "SIRET 812 345 678 00019",
    ),
}
LETTER_SELLERS = {
    "de-DE": (
        "Jonas Weber Softwareentwicklung",
        "Jonas Weber",
        "Kastanienallee 12",
        "10435 Berlin",
        "Steuernummer 29/815/08150",
    ),
    "en-GB": (
        "Cole & Finch Design",
        "Harriet Cole",
        "9 Orchard Row",
        "York YO1 7HB",
        "VAT Reg. No. GB 301 5528 17",
    ),
}
CH_SELLERS = {
    "de-CH": ("Muster Treuhand AG", "Bahnhofstrasse 18", "8001 Zürich", "CHE-123.456.789 MWST"),
    "fr-CH": ("Fiduciaire Léman SA", "Rue du Rhône 42", "1204 Genève", "CHE-318.774.205 TVA"),
}
IBAN = {
    "de-DE": "DE44 6805 0101 0012 3456 78",
    "en-GB": "GB33 BUKB 2020 1555 5555 55",
    "fr-FR": "FR76 3000 6000 0112 3456 7890 189",
    "en-US": "",
    "de-CH": "CH44 3199 9123 0008 8901 2",
    "fr-CH": "CH58 0079 1123 0008 8901 2",
}

MAKER = {
    "en-US": dict(
        title="INVOICE",
        number="Invoice No.",
        issued="Issued",
        due="Due",
        sender="From",
        to="Bill to",
        heads="#|Description|Hours|Rate|Amount",
        sub="Subtotal",
        discount="Discount of {p}%",
        tax="Sales tax ({r}%)",
        total="Total",
        pay="Please pay the total by {d}.",
        terms="Payment is due within {n} days of the invoice date.",
        exempt="No sales tax is charged on these services.",
    ),
    "en-GB": dict(
        title="Invoice",
        number="Invoice number",
        issued="Date of issue",
        due="Due date",
        sender="From",
        to="Bill to",
        heads="#|Description|Hours|Rate|Amount",
        sub="Subtotal",
        discount="Discount of {p}%",
        tax="VAT of {r}% on {net}",
        total="Total",
        pay="Please transfer the total to the account below by {d}.",
        terms="Payment terms: {n} days net.",
        exempt="Not registered for VAT: no VAT is charged.",
    ),
    "de-DE": dict(
        title="Rechnung",
        number="Rechnungsnr.",
        issued="Ausgestellt am",
        due="Fällig am",
        sender="Von",
        to="An",
        heads="Nr.|Leistung|Stunden|Satz|Betrag",
        sub="Zwischensumme",
        discount="Rabatt von {p} %",
        tax="Umsatzsteuer {r} % auf {net}",
        total="Gesamtbetrag",
        pay="Bitte überweisen Sie den Gesamtbetrag bis zum {d} auf folgendes Konto:",
        terms="Zahlbar innerhalb von {n} Tagen ohne Abzug.",
        exempt="Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
    ),
    "fr-FR": dict(
        title="Facture",
        number="N° de facture",
        issued="Date d'émission",
        due="Date d'échéance",
        sender="Émetteur",
        to="Destinataire",
        heads="N°|Désignation|Heures|Taux|Montant",
        sub="Total HT",
        discount="Remise de {p} %",
        tax="TVA {r} % sur {net}",
        total="Total TTC",
        pay="Merci de régler le total par virement avant le {d}.",
        terms="Paiement à {n} jours.",
        exempt="TVA non applicable, art. 293 B du CGI",
    ),
}


def _items(doc: Doc, heads: str, currency_in_cells: bool = True) -> str:
    """The services table: number, service, hours, rate, amount."""
    fmt = doc.money if currency_in_cells else doc.plain
    body = []
    for i, (service, hours, rate, amount) in enumerate(doc.rows, 1):
        body.append(cells(str(i), service, doc.hours(hours), fmt(rate), fmt(amount)))
    return (
        "#table(columns: (auto, 1fr, auto, auto, auto), stroke: none, inset: (x: 5pt, y: 4pt),"
        " align: (left, left, right, right, right),\n"
        f"  table.hline(stroke: 0.8pt), table.header({cells(*heads.split('|'), bold=True)}),"
        " table.hline(stroke: 0.4pt),\n  "
        + ",\n  ".join(body)
        + ",\n  table.hline(stroke: 0.8pt))\n"
    )


def _totals(pairs: list[tuple[str, str]], bold_last: bool = True) -> str:
    """Label and amount pairs in two columns at the right."""
    flat = []
    for i, (label, value) in enumerate(pairs):
        flat.append(cells(label, value, bold=bold_last and i == len(pairs) - 1))
    return (
        "#align(right, grid(columns: (auto, auto), column-gutter: 2.5em, row-gutter: 0.7em,"
        " align: (left, right), " + ", ".join(flat) + "))\n"
    )


def _due(doc: Doc, w: dict[str, str]) -> tuple[str, str]:
    """Where the due date is printed: in the header, in the closing sentence or nowhere
    (the terms in days); returns (header date, sentence)."""
    mode = doc.rng.choice(["head", "sentence", "days"])
    days = (doc.due - doc.issued).days
    if mode == "days":
        doc.due_printed = False
        return "", w["terms"].format(n=days)
    if mode == "sentence":
        return "", w["pay"].format(d=doc.long(doc.due) if doc.seed % 2 else doc.short(doc.due))
    return doc.short(doc.due), ""


def maker(doc: Doc) -> str:
    w = MAKER[doc.code]
    name, street, town, mail, taxid = SELLERS[doc.code]
    doc.seller = name
    doc.number = {"en": "INV-{:04d}", "de": "RE-2026-{:03d}", "fr": "F-2026-{:03d}"}[
        doc.lang
    ].format(doc.rng.randint(7, 420))
    day = doc.long if doc.seed % 2 else doc.short
    head_due, sentence = _due(doc, w)
    head = [(w["number"], doc.number), (w["issued"], day(doc.issued))]
    if head_due:
        head.append((w["due"], head_due))
    paper = "us-letter" if doc.code == "en-US" else "a4"
    out = page(paper, "New Computer Modern", 10.5, doc.lang, "(x: 2.2cm, y: 2.2cm)")
    flat = ", ".join(cells(label + ":", value) for label, value in head)
    out += (
        f"#grid(columns: (1fr, auto), align: (left + bottom, right + bottom),"
        f" {t(w['title'], 26, bold=True)},"
        f" grid(columns: (auto, auto), column-gutter: 1em, row-gutter: 0.5em,"
        f" align: (left, right), {flat}))\n#v(0.6em)\n#line(length: 100%, stroke: 0.5pt)\n"
        "#v(0.8em)\n"
    )
    seller = lines(name, street, town, mail, taxid)
    buyer = lines(*BUYERS[doc.code])
    out += (
        f"#grid(columns: (1fr, 1fr), gutter: 1em, {t(w['sender'], 9, gray=True)},"
        f" {t(w['to'], 9, gray=True)}, {seller}, {buyer})\n#v(1.5em)\n"
    )
    out += _items(doc, w["heads"])
    pairs = [(w["sub"], doc.money(doc.items))]
    if doc.discount:
        pairs.append((w["discount"].format(p=doc.discount), doc.money(doc.net - doc.items)))
    if doc.exempt:
        if doc.code == "de-DE":  # only the amount to pay
            pairs = []
            doc.net_printed = False
        total = MAKER[doc.code]["total"] if doc.code != "fr-FR" else "Net à payer"
        pairs.append((total, doc.money(doc.gross)))
    else:
        rate = f"{doc.m.rate:g}" if doc.lang == "en" else f"{doc.m.rate:g}".replace(".", ",")
        pairs.append((w["tax"].format(r=rate, net=doc.money(doc.net)), doc.money(doc.tax)))
        pairs.append((w["total"], doc.money(doc.gross)))
        # With a discount the net is printed only inside the tax line, where there is one.
        doc.net_printed = not doc.discount or "{net}" in w["tax"]
    out += "#v(0.5em)\n" + _totals(pairs) + "#v(2em)\n"
    if doc.exempt:
        out += f"#{t(w['exempt'], 9)}\n\n"
    if sentence:
        out += f"#{t(sentence)}\n\n"
    if IBAN[doc.code]:
        bank = [("IBAN", IBAN[doc.code]), ("BIC", "GENODEF1" + "ABC"[doc.seed % 3] + "X")]
        out += "#grid(columns: (auto, auto), column-gutter: 1em, row-gutter: 0.4em, "
        out += ", ".join(cells(a, b, size=9) for a, b in bank) + ")\n"
    else:
        out += f"#{t('Checks payable to ' + name + '. ACH: routing 123000848, account 7731 0042', 9)}\n"
    return out


def letter(doc: Doc) -> str:
    studio, person, street, town, taxid = LETTER_SELLERS[doc.code]
    de = doc.code == "de-DE"
    doc.seller = studio
    doc.number = ("{}-{:03d}" if de else "INV-{}{:03d}").format(2026, doc.rng.randint(3, 250))
    footer = (
        "grid(columns: (1fr, 1fr, 1fr), gutter: 1em, "
        + lines(studio, street, town, size=8)
        + ", "
        + lines("Tel. +49 30 5550 1842" if de else "Tel. 01904 555 018", taxid, size=8)
        + ", "
        + lines(
            "Berliner Sparkasse" if de else "Yorkshire Bank",
            "IBAN " + IBAN[doc.code],
            "BIC BELADEBEXXX" if de else "Sort code 05-01-26",
            size=8,
        )
        + ")"
    )
    out = page(
        "a4",
        "Libertinus Serif",
        11,
        doc.lang,
        "(left: 2.5cm, right: 2cm, top: 2cm, bottom: 3.2cm)",
        footer,
    )
    out += f"#align(right, {lines(studio, 'Softwareentwicklung und Beratung' if de else 'Graphic and web design', size=10, bold_first=True)})\n"
    back = f"{person} · {street} · {town}"
    window = lines(*BUYERS[doc.code])[1:-1]
    if de or doc.seed % 2 == 0:  # British letters often print no return line
        window = f"#text(size: 7pt, underline({q(back)})) #v(0.4em) " + window
    doc.aliases = (person,)  # a sole trader: their own name, in the return line and signature
    out += f"#place(top + left, dy: 2.7cm, block(width: 8.5cm, [{window}]))\n"
    block = doc.seed % 2 == 0
    if block:
        ref = [
            ("Rechnungsnr.:" if de else "Invoice no.:", doc.number),
            ("Kundennr.:" if de else "Customer no.:", f"K-{doc.rng.randint(1000, 9999)}"),
            ("Datum:" if de else "Date:", doc.short(doc.issued)),
        ]
        flat = ", ".join(cells(a, b, size=9) for a, b in ref)
        out += (
            f"#place(top + right, dy: 3.2cm, grid(columns: (auto, auto), column-gutter: 1em,"
            f" row-gutter: 0.5em, {flat}))\n"
        )
    out += "#v(6.2cm)\n"
    if not block:
        place = "Berlin" if de else "York"
        out += f"#align(right, {t(f'{place}, {doc.long(doc.issued)}')})\n#v(0.8em)\n"
    subject = ("Rechnung Nr. " if de else "Invoice ") + doc.number
    out += f"#{t(subject, 12, bold=True)}\n\n#v(0.6em)\n"
    month = doc.long(doc.issued).split()[-2]
    out += "#" + t("Sehr geehrte Damen und Herren," if de else "Dear Accounts Team,") + "\n\n"
    intro = (
        f"für die im {month} erbrachten Leistungen erlaube ich mir, wie folgt zu berechnen:"
        if de
        else f"Please find below my invoice for the work carried out in {month}."
    )
    out += "#" + t(intro) + "\n\n"
    heads = "Pos.|Leistung|Std.|Satz|Betrag" if de else "Item|Service|Hours|Rate|Amount"
    out += _items(doc, heads)
    rate = f"{doc.m.rate:g}"
    if doc.exempt:
        doc.net_printed = False
        pairs = [("Rechnungsbetrag" if de else "Total due", doc.money(doc.gross))]
    else:
        pairs = [
            ("Nettobetrag" if de else "Total excluding VAT", doc.money(doc.net)),
            (f"zzgl. {rate} % USt." if de else f"VAT at {rate}%", doc.money(doc.tax)),
            ("Rechnungsbetrag" if de else "Total due", doc.money(doc.gross)),
        ]
    out += _totals(pairs) + "#v(1em)\n"
    if doc.exempt:
        note = (
            "Als Kleinunternehmer im Sinne von § 19 Abs. 1 UStG wird keine Umsatzsteuer berechnet."
            if de
            else "I am not registered for VAT, so no VAT is charged."
        )
        out += f"#{t(note)}\n\n"
    if doc.rng.random() < 0.7:
        pay = (
            f"Bitte überweisen Sie den Rechnungsbetrag bis zum {doc.short(doc.due)} auf das unten"
            " angegebene Konto."
            if de
            else f"Please pay the total due by {doc.long(doc.due)} to the account shown below."
        )
    else:
        doc.due_printed = False
        days = (doc.due - doc.issued).days
        pay = (
            f"Der Rechnungsbetrag ist innerhalb von {days} Tagen ohne Abzug zahlbar."
            if de
            else f"Payment is due within {days} days of the date of this invoice."
        )
    out += f"#{t(pay)}\n\n#v(1em)\n"
    out += (
        "#"
        + t("Mit freundlichen Grüßen" if de else "Kind regards")
        + f"\n\n#v(1.5em)\n#{t(person)}\n"
    )
    return out


QR = {
    "de-CH": dict(
        receipt="Empfangsschein",
        part="Zahlteil",
        account="Konto / Zahlbar an",
        ref="Referenz",
        info="Zusätzliche Informationen",
        by="Zahlbar durch",
        cur="Währung",
        amount="Betrag",
        office="Annahmestelle",
        title="Rechnung",
        date="Rechnungsdatum",
        no="Rechnungsnummer",
        customer="Kundennummer",
        heads="Pos.|Bezeichnung|Std.|Ansatz|Betrag CHF",
        net="Total exkl. MWST",
        tax="MWST {r} %",
        total="Total inkl. MWST",
        within="Zahlbar innert {n} Tagen",
        until="Zahlbar bis {d}",
        vat="MWST-Nr.",
        town="Zürich",
    ),
    "fr-CH": dict(
        receipt="Récépissé",
        part="Section paiement",
        account="Compte / Payable à",
        ref="Référence",
        info="Informations supplémentaires",
        by="Payable par",
        cur="Monnaie",
        amount="Montant",
        office="Point de dépôt",
        title="Facture",
        date="Date de facture",
        no="Numéro de facture",
        customer="N° client",
        heads="Pos.|Désignation|Heures|Tarif|Montant CHF",
        net="Total hors TVA",
        tax="TVA {r} %",
        total="Total TTC",
        within="Payable dans les {n} jours",
        until="Payable jusqu'au {d}",
        vat="N° TVA",
        town="Genève",
    ),
}


def _slip(doc: Doc, w: dict[str, str], seller: tuple[str, ...], reference: str) -> str:
    """The QR-bill payment part: the receipt at the left, the payment part at the right."""
    name, street, town = seller[:3]
    amount = doc.m.number(doc.gross).replace("'", " ")
    account = [w["account"], IBAN[doc.code], name, street, town]
    by = [w["by"], *BUYERS[doc.code]]
    receipt = (
        f"#{t(w['receipt'], 11, bold=True)} #v(0.4em) "
        + " #v(0.3em) ".join(
            "#" + lines(*part, size=8, bold_first=True)
            for part in (account, [w["ref"], reference], by)
        )
        + f" #v(0.6em) #grid(columns: (auto, auto), column-gutter: 1.5em, row-gutter: 0.4em, {cells(w['cur'], w['amount'], size=6, bold=True)}, {cells('CHF', amount, size=8)})"
        + f" #align(right, {t(w['office'], 6, bold=True)})"
    )
    cross = "box(width: 46mm, height: 46mm, stroke: 1.5pt, place(center + horizon, square(size: 7mm, fill: black)))"
    part = (
        f"#{t(w['part'], 11, bold=True)} #v(0.4em) #{cross} #v(0.6em)"
        f" #grid(columns: (auto, auto), column-gutter: 1.5em, row-gutter: 0.4em, {cells(w['cur'], w['amount'], size=8, bold=True)}, {cells('CHF', amount, size=10)})"
    )
    info = " #v(0.3em) ".join(
        "#" + lines(*p, size=10, bold_first=True)
        for p in (account, [w["ref"], reference], [w["info"], f"{w['title']} {doc.number}"], by)
    )
    return (
        'place(bottom + left, block(width: 210mm, height: 105mm, stroke: (top: (dash: "dashed", thickness: 0.5pt)), inset: 5mm,'
        f" grid(columns: (52mm, 56mm, 1fr), gutter: 5mm, [{receipt}], [{part}], [{info}])))"
    )


def qrbill(doc: Doc) -> str:
    w = QR[doc.code]
    seller = CH_SELLERS[doc.code]
    doc.seller = seller[0]
    doc.number = f"2026-{doc.rng.randint(100, 9999):04d}"
    reference = "21 00000 00003 {:05d} {:05d} {:05d}".format(
        *(doc.rng.randint(0, 99999) for _ in "abc")
    )
    out = page("a4", "Inter", 9.5, doc.lang, "(left: 2cm, right: 1.5cm, top: 1.5cm, bottom: 11cm)")
    out += f"#set page(foreground: {_slip(doc, w, seller, reference)})\n"
    out += f"#{lines(*seller[:3], 'www.' + seller[0].split()[0].lower() + '.ch', size=9, bold_first=True)}\n"
    out += f"#v(1.2cm)\n#pad(left: 9.5cm, {lines(*BUYERS[doc.code])})\n#v(1cm)\n"
    head = [
        (w["date"], doc.short(doc.issued)),
        (w["no"], doc.number),
        (w["customer"], str(doc.rng.randint(10000, 99999))),
    ]
    if doc.seed % 2:
        out += f"#{t(w['town'] + ', ' + doc.long(doc.issued))}\n#v(0.6em)\n"
        head = head[1:]
    flat = ", ".join(cells(a, b) for a, b in head)
    out += (
        f"#grid(columns: (auto, auto), column-gutter: 2em, row-gutter: 0.5em, {flat})\n#v(0.8em)\n"
    )
    out += f"#{t(w['title'] + ' ' + doc.number, 14, bold=True)}\n#v(0.4em)\n"
    out += _items(doc, w["heads"], currency_in_cells=False)
    rate = f"{doc.m.rate:g}"
    out += _totals(
        [
            (w["net"], doc.plain(doc.net)),
            (w["tax"].format(r=rate), doc.plain(doc.tax)),
            (w["total"], doc.money(doc.gross)),
        ]
    )
    days = (doc.due - doc.issued).days
    if doc.rng.random() < 0.5:
        terms = w["until"].format(d=doc.short(doc.due))
    else:
        doc.due_printed = False
        terms = w["within"].format(n=days)
    out += f"#v(0.8em)\n#{t(terms)}\n\n#{t(w['vat'] + ' ' + seller[3], 8)}\n"
    return out
