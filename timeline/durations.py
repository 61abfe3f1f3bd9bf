"""Durations and sets: "three weeks", "2 1/2 years", "the past two years", "every Monday".

TIMEX3 writes them as ISO 8601 durations (`P3W`, `P2Y6M`, `PXM` for "several months");
sets ("every Monday", "annually", "$2 million a year") as the recurring value.
"""

from __future__ import annotations

import re
from typing import Callable

from timeline import grammar
from timeline.errors import NormalizationError
from timeline.context import SET_ADVERBS, Context, Normalized, approx_mod

UNIT_CODES = {"second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D",
              "week": "W", "weekend": "WE", "fortnight": "2W", "month": "M",
              "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
              "centuries": "CE", "millennium": "ML", "millennia": "ML"}
# How a count of units is written as a TIMEX3 duration: (letter, factor, time part).
DURATION_UNITS = {"S": ("S", 1, True), "MIN": ("M", 1, True), "H": ("H", 1, True),
                  "D": ("D", 1, False), "W": ("W", 1, False), "WE": ("D", 2, False),
                  "2W": ("W", 2, False), "M": ("M", 1, False), "Q": ("M", 3, False),
                  "Y": ("Y", 1, False), "DE": ("Y", 10, False), "CE": ("Y", 100, False),
                  "ML": ("Y", 1000, False)}
# ISO 8601 has no quarter unit: three quarters are P9M. The unit below each unit.
_SMALLER = {("Y", False): ("M", 12, False), ("W", False): ("D", 7, False),
            ("D", False): ("H", 24, True), ("H", True): ("M", 60, True),
            ("M", True): ("S", 60, True)}


def unit_code(word: str) -> str:
    """The unit code of a unit word, singular or plural: "weeks" -> "W"."""
    key = word.lower()
    return UNIT_CODES.get(key) or UNIT_CODES[key.rstrip("s")]


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 duration of `count` units (None: an unknown count, `PX...`).

    A fraction goes to the next smaller unit when it comes out whole there:
    2.5 years is `P2Y6M`, 5.5 hours `PT5H30M`, 1.5 days `P1DT12H`.
    """
    letter, factor, is_time = DURATION_UNITS[unit]
    if count is None:
        return f"PTX{letter}" if is_time else f"PX{letter}"
    total = count * factor
    whole, rest = int(total), total - int(total)
    smaller = _SMALLER.get((letter, is_time))
    if rest and smaller and (rest * smaller[1]).is_integer():
        small, times, small_is_time = smaller
        head = f"{whole}{letter}" if whole else ""
        tail = f"{int(rest * times)}{small}"
        if is_time:
            return f"PT{head}{tail}"
        return f"P{head}T{tail}" if small_is_time else f"P{head}{tail}"
    amount = str(whole) if not rest else f"{total:.6f}".rstrip("0").rstrip(".")
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _duration_past(m: re.Match[str], context: Context) -> Normalized:
    plural = m.group(0).rstrip().lower().endswith("s")
    if not m["num"] and not plural and m["anchor"].lower() in ("past", "last") \
            and unit_code(m["unit"]) == "Y" and not m["approx"] \
            and not re.match(r"(?i)\s+of\b", context.after):
        # TimeBank dates "over the past year" as the year before publication
        return Normalized(f"{context.dct.year - 1:04d}", "DATE")
    # "the first hours" names no count; "the past year" is one.
    count = grammar.word_number(m["num"]) if m["num"] else None if plural else 1.0
    return Normalized(duration_value(count, unit_code(m["unit"])), "DURATION",
                      approx_mod(m["approx"]))


# "$2 million a year", "24 hours a day", "700 seats a week": a rate, which TimeBank mostly
# leaves untagged (so do most of our held-out sets), so not an expression here.
_RATE_BEFORE = re.compile(r"(?i)(?:[0-9%]|\b(?:million|billion|thousand|hundred|dozen|once|twice"
                          r"|cents?|times)|[a-z]{2,}s)\s+$")


def _duration(m: re.Match[str], context: Context) -> Normalized:
    if m["num"].lower() in ("a", "an") and not m["approx"] and _RATE_BEFORE.search(context.before):
        raise NormalizationError(f"{m[0]!r} is a rate, not a time")
    count = grammar.word_number(m["num"])
    if count is not None and (m["half"] or re.search(r"(?i)\band\s+a\s+half\b", m.group(0))):
        count += 0.5
    value = duration_value(count, unit_code(m["unit"]))
    if m["num2"] and count is not None:  # "three hours and 12 minutes"
        value = join_durations(value, duration_value(grammar.word_number(m["num2"]),
                                                     unit_code(m["unit2"])))
    return Normalized(value, "DURATION", approx_mod(m["approx"]))


_ISO_DURATION = re.compile(r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
                           r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?")


def join_durations(first: str, second: str) -> str:
    """The sum of two whole-number ISO durations: `PT3H` and `PT12M` make `PT3H12M`;
    weeks beside days become days (`P2W` and `P3D` make `P17D`)."""
    parts = {key: 0 for key in "YMWDhms"}
    for value in (first, second):
        m = _ISO_DURATION.fullmatch(value)
        if m is None:
            return first  # a vague or fractional part: keep the first
        for key, number in m.groupdict().items():
            parts[key] += int(number or 0)
    if parts["W"] and (parts["D"] or parts["Y"] or parts["M"]):
        parts["D"] += 7 * parts.pop("W")
    date = "".join(f"{parts[k]}{k}" for k in "YMWD" if parts.get(k))
    time = "".join(f"{parts[k]}{k.upper()}" for k in "hms" if parts[k])
    return f"P{date}T{time}" if time else f"P{date}"


def _unit_plural(m: re.Match[str], context: Context) -> Normalized:
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"]
    return Normalized(duration_value(None, unit_code(unit)), "DURATION")


def _set(m: re.Match[str], context: Context) -> Normalized:
    if m["adverb"]:
        return Normalized(SET_ADVERBS[m["adverb"].lower()], "SET")
    if m["wdays"] or m["wday"]:
        word = (m["wdays"] or m["wday"]).lower().rstrip("s")
        pod = f"T{grammar.PARTS_OF_DAY[m['set_pod'].lower()]}" if m["set_pod"] else ""
        return Normalized(f"XXXX-WXX-{grammar.WEEKDAYS[word]}{pod}", "SET")
    if m["season"]:
        return Normalized(f"XXXX-{grammar.SEASONS[m['season'].lower()]}", "SET")
    if m["every_pod"]:  # "every morning"
        return Normalized(f"XXXX-XX-XXT{grammar.PARTS_OF_DAY[m['every_pod'].lower()]}", "SET")
    if m["month"]:  # "each July"
        return Normalized(f"XXXX-{grammar.MONTHS[m['month'].lower().rstrip('.')]:02d}", "SET")
    if m["every_unit"]:
        count = grammar.word_number(m["every_num"])
        return Normalized(duration_value(count, unit_code(m["every_unit"])), "SET")
    if unit_code(m["unit"]) == "WE":  # "every weekend"
        return Normalized("XXXX-WXX-WE", "SET")
    every = 2 if re.search(r"(?i)\bother\b", m[0]) else 1  # "every other week": P2W
    if unit_code(m["unit"]) == "Q":  # TimeML writes "every quarter" as P1Q, not P3M
        return Normalized(f"P{every}Q", "SET")
    return Normalized(duration_value(every, unit_code(m["unit"])), "SET")


HANDLERS: dict[str, Callable[[re.Match[str], Context], Normalized]] = {
    "duration_past": _duration_past, "duration": _duration, "unit_plural": _unit_plural,
    "set": _set,
}
