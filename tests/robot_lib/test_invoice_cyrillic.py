"""Invoices as the accounting programs of Russia and Ukraine print them: the bank details in
a table at the top with their captions under the values ('Банк получателя', 'Получатель'),
the title with the number and the date in words ('Счет на оплату № 1234 от 14 октября 2026 г.'),
the seller and the buyer on one line each after 'Поставщик (Исполнитель):' with their tax
numbers and addresses, the tax the total includes ('В том числе НДС'), the sum in words and
the payment deadline in a sentence. The invoices of the languages themselves are drawn in
``tests/invoice_languages.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_languages import Text, draw

TABLE = [(50, "№", 8), (70, "Наименование", 8), (300, "Кол-во", 8), (-540, "Сумма", 8)]


def _russian(total: str, tax: str) -> list[Text]:
    return [
        (50, 70, "ПАО СБЕРБАНК г. Москва", 9),
        (330, 70, "БИК 044525225", 9),
        (50, 84, "Банк получателя", 7),
        (50, 100, "ИНН 7701234567    КПП 770101001", 9),
        (330, 100, "Сч. № 40702810938000012345", 9),
        (50, 114, 'ООО "Ромашка"', 9),
        (50, 128, "Получатель", 7),
        (50, 170, "Счет на оплату № 1234 от 14 октября 2026 г.", 14),
        (50, 200, 'Поставщик (Исполнитель): ООО "Ромашка", ИНН 7701234567, 123456, г. Москва', 8),
        (
            50,
            230,
            'Покупатель (Заказчик): ООО "Ладога Логистик", ИНН 7802345678, г. Санкт-Петербург',
            8,
        ),
        *[(x, 290, t, s) for x, t, s in TABLE],
        (50, 305, "1", 8),
        (70, 305, "Консультационные услуги", 8),
        (300, 305, "10", 8),
        (-540, 305, total, 8),
        (-450, 345, "Итого:", 9),
        (-540, 345, total, 9),
        (-450, 359, "В том числе НДС (20%):", 9),
        (-540, 359, tax, 9),
        (-450, 373, "Всего к оплате:", 9),
        (-540, 373, total, 9),
        (50, 395, f"Всего наименований 1, на сумму {total} руб.", 8),
        (50, 430, "Оплатить не позднее 24.10.2026", 8),
    ]


def _ukrainian(net: str, tax: str, total: str) -> list[Text]:
    return [
        (50, 50, 'ТОВ "Дніпро Софт"', 13),
        (50, 66, "ЄДРПОУ 12345678, р/р UA213223130000026007233566001 в АТ КБ «ПриватБанк»", 8),
        (50, 120, "Рахунок на оплату № 1234 від 14 жовтня 2026 р.", 14),
        (50, 150, 'Постачальник: ТОВ "Дніпро Софт", 49000, м. Дніпро, вул. Січеславська, 5', 8),
        (50, 164, 'Покупець: ТОВ "Полтава Агро", 36000, м. Полтава, вул. Соборності, 12', 8),
        *[(x, 210, t, s) for x, t, s in TABLE],
        (70, 225, "Розробка програмного забезпечення", 8),
        (-540, 225, net, 8),
        (-450, 250, "Разом без ПДВ:", 9),
        (-540, 250, net, 9),
        (-450, 264, "ПДВ:", 9),
        (-540, 264, tax, 9),
        (-450, 278, "Всього з ПДВ:", 9),
        (-540, 278, total, 9),
        (50, 300, "Всього на суму: Тридцять три тисячі гривень 00 копійок", 8),
        (50, 340, "Рахунок дійсний до сплати до 24.10.2026", 8),
    ]


@pytest.mark.parametrize("country", ["ru", "uk"])
def test_an_invoice_from_the_accounting_programs_of_russia_and_ukraine(
    tmp_path: Path, country: str
) -> None:
    if country == "ru":
        items, seller, currency = _russian("33 000,00", "5 500,00"), 'ООО "Ромашка"', "RUB"
    else:
        items = _ukrainian("27 500,00", "5 500,00", "33 000,00")
        seller, currency = 'ТОВ "Дніпро Софт"', "UAH"
    ex = extract_invoice(draw(tmp_path / f"{country}.pdf", items), use_xml=False)
    assert ex.value("invoice_number") == "1234"
    assert (ex.value("issue_date"), ex.value("due_date")) == ("2026-10-14", "2026-10-24")
    assert (ex.value("seller"), ex.value("currency")) == (seller, currency)
    got = (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total"))
    # the Russian page prints no net: the tax is the one the total includes
    assert got == (None if country == "ru" else "27500.00", "5500.00", "33000.00")
    assert ex.status == "accepted", ex.reasons


def test_a_russian_total_that_does_not_hold_its_tax_goes_to_review(tmp_path: Path) -> None:
    # 'В том числе НДС (20%)' of 33 000,00 is 5 500,00; a page that prints 5 600,00 waits
    ex = extract_invoice(
        draw(tmp_path / "ru.pdf", _russian("33 000,00", "5 600,00")), use_xml=False
    )
    assert ex.status == "review"
