"""dateparser's job: read the day an absolute date the tagger found spells out.

The rules find a date written with its year ("May 23, 2018", "23 May 2018", "5/23/2018",
"2018-05-23 10:35"); dateparser reads which day it is, in the field order given (month
first, as U.S. news writes "5/23/2018"), and says when it is no day at all ("Feb. 30,
2018"). The only importer of dateparser. Its answer never depends on the publication
date or the clock: every date it reads carries its year (a two-digit year's century is
the resolver's choice), so RELATIVE_BASE is pinned to a constant.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

import dateparser  # type: ignore[import-untyped]

MONTH_FIRST = "MDY"
DAY_FIRST = "DMY"
# Any fixed day: dateparser reads no relative words here (PARSERS), but wants a base.
_BASE = datetime(2000, 1, 1)


@lru_cache(maxsize=4)
def _settings(order: str) -> dict[str, Any]:
    """One dateparser configuration per field order, built once, every setting pinned."""
    return {
        "RELATIVE_BASE": _BASE, "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": order, "PARSERS": ["absolute-time"], "STRICT_PARSING": True,
    }


@lru_cache(maxsize=4096)
def read_date(text: str, order: str = MONTH_FIRST) -> date | None:
    """The day `text` (a date with its year) names, or None when it names none.

    order: the order of numeric fields, MONTH_FIRST ("5/23/2018") or DAY_FIRST ("23/5/2018").
    """
    try:
        parsed: datetime | None = dateparser.parse(text, languages=["en"],
                                                   settings=_settings(order))
    except (ValueError, TypeError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None
