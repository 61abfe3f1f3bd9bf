"""News datelines at the start of an article, read without a parse."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dateline import find_dateline

FOUND = [
    # (text, place, month, day, year, agency)
    # wire services with the day
    ("WASHINGTON, August 8 (Xinhua) --\n\nPresident Clinton vowed...", "WASHINGTON", 8, 8, None,
     "Xinhua"),
    ("BRUSSELS, December 2 (Xinhua) -- The ratification...", "BRUSSELS", 12, 2, None, "Xinhua"),
    ("LONDON, Aug. 5, 1998 (AP) -- Police said...", "LONDON", 8, 5, 1998, "AP"),
    ("SEOUL, Sept. 30 (Yonhap) - Talks resumed.", "SEOUL", 9, 30, None, "Yonhap"),
    # place only
    ("NAIROBI, Kenya (AP) _ Suspected bombs exploded...", "NAIROBI", None, None, None, "AP"),
    ("CANBERRA, Australia (AP)_ Turning its back...", "CANBERRA", None, None, None, "AP"),
    ("DAR ES SALAAM, Tanzania (AP) _\n\nThe bomb...", "DAR ES SALAAM", None, None, None, "AP"),
    ("WASHINGTON _\n\nThe bombings at the American Embassies...", "WASHINGTON", None, None, None,
     None),
    ("INDEPENDENCE, MO. (AP)-- Poland joined.", "INDEPENDENCE", None, None, None, "AP"),
    # after a headline
    ("Clinton vows to hunt down bombers\n\nWASHINGTON, August 8 (Xinhua) -- Clinton said...",
     "WASHINGTON", 8, 8, None, "Xinhua"),
]
NOT_FOUND = [
    # ordinary openings
    "The two leaders did not meet on Monday.",
    "AVON RENT-A-CAR & TRUCK Corp. said it agreed to buy a rival.",
    "MALAYSIA's aggressive move into the information age could not come in worse time.",
    "\n\n\n",
    # too far down
    "One.\n\nTwo.\n\nThree.\n\nWASHINGTON, August 8 (Xinhua) -- Four.",
]


@pytest.mark.parametrize(("text", "place", "month", "day", "year", "agency"), FOUND,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(FOUND)])
def test_dateline_found(text: str, place: str, month: int | None, day: int | None,
                        year: int | None, agency: str | None) -> None:
    line = find_dateline(text)
    assert line is not None
    assert (line.place, line.month, line.day, line.year, line.agency) == \
        (place, month, day, year, agency)
    assert text[line.start:line.end].strip() == line.text


@pytest.mark.parametrize("text", NOT_FOUND, ids=["sentence", "caps-company", "caps-word",
                                                 "blank", "too-late"])
def test_dateline_not_found(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(("text", "year", "expected"), [
    ("WASHINGTON, August 8 (Xinhua) --", 1998, date(1998, 8, 8)),
    ("WASHINGTON, February 29 (Xinhua) --", 1999, None),
    ("NAIROBI, Kenya (AP) _", 1998, None),
], ids=["day", "not-on-calendar", "no-day"])
def test_dateline_day_in_year(text: str, year: int, expected: date | None) -> None:
    line = find_dateline(text)
    assert line is not None and line.day_in(year) == expected
