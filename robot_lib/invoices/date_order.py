"""Which way round a page writes its dates, told by its terms: where nothing else proves whether
the day or the month comes first ('2/10/2026' and '1/11/2026' on an Australian program's page
that pads no day), payment terms of so many days ('Net 30 days', '30 Tage netto') prove it when
only one reading puts the due date that many days after the date of issue."""

from __future__ import annotations

import datetime as dt
import re

from robot_lib.invoices.months import DAY_WORDS
from robot_lib.invoices.parse import fold

# a count of days in terms: 'Net 30', 'Net 30 days', '14 days', '30 Tage', '30 jours' (folded)
_TERM_DAYS = re.compile(r"\bnet\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:" + DAY_WORDS + r")\b")


def terms_prove(text: str, issued: str, due: str) -> bool:
    """Do the terms' days fit the two dates as read? (No two dates a count of days apart are
    that far apart read the other way round.)"""
    days = {int(a or b) for a, b in _TERM_DAYS.findall(fold(text))}
    return (dt.date.fromisoformat(due) - dt.date.fromisoformat(issued)).days in days
