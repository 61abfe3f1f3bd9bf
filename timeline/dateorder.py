"""Day first or month first: how a document writes its numeric dates ("04/05/2014").

A date whose parts are both 12 or less reads either way. One document writes all its dates
one way, so the order is decided once per document, from the dates in it that read only
one way: a part above 12 ("23/05/2014" is day first, "05/23/2014" month first), and the
dates it writes with a month name ("23 May 2018" in British and most non-US text,
"May 23, 2018" in US text). `--dayfirst`/`--monthfirst` decide it outright. Without
evidence, month first, as US news (the TimeBank corpus) writes it.
"""

from __future__ import annotations

import re

from timeline.errors import InputError
from timeline.lexicon import DATELINE_MONTH

AUTO, DAYFIRST, MONTHFIRST = "auto", "dayfirst", "monthfirst"
CHOICES = (AUTO, DAYFIRST, MONTHFIRST)
# A numeric date with its year: "23/05/2014", "5.23.98", "23-05-1970".
_NUMERIC = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                      r"(?:\d{4}|\d{2})(?![\d]|[./-]\d)")
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{DATELINE_MONTH}(?![a-z])")
_MONTH_DAY = re.compile(rf"\b{DATELINE_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*[:%])")
# A numeric date that reads only one way outweighs a date written with a month name.
NUMERIC_WEIGHT = 3


def check_date_order(order: str) -> str:
    """`order` when it is one of CHOICES.

    Raises: InputError for another value.
    """
    if order not in CHOICES:
        raise InputError(f"unknown date order {order!r}: use one of {', '.join(CHOICES)}")
    return order


def day_first(text: str, order: str = AUTO) -> bool:
    """True when the numeric dates of `text` that read both ways are day first: `order`
    says so, or (`auto`) the text's unambiguous dates are more often day first."""
    if check_date_order(order) != AUTO:
        return order == DAYFIRST
    days = months = 0
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if 12 < a <= 31 and 1 <= b <= 12:
            days += NUMERIC_WEIGHT
        elif 12 < b <= 31 and 1 <= a <= 12:
            months += NUMERIC_WEIGHT
    days += len(_DAY_MONTH.findall(text))
    months += len(_MONTH_DAY.findall(text))
    return days > months
