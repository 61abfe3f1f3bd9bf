"""Tests of `timeline.rules`: every rule is complete, and its examples read as it says."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from timeline.errors import NormalizationError
from timeline.readings import Context, Example, Reading, Rule
from timeline.rules import FAMILIES, RULES, RULES_BY_NAME, lookup, read

EXAMPLES = [(rule, example) for rule in RULES for example in rule.examples]
FLAGS = {"self-dated", "directed", "infers-year", "day-clue", "year-clue", "report-quarter",
         "post-only"}


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rules_every_rule_is_complete(rule: Rule) -> None:
    assert callable(rule.read) and rule.examples, rule.name
    assert rule.type in ("DATE", "TIME", "DURATION", "SET")
    assert rule.flags <= FLAGS, rule.flags - FLAGS
    assert set(rule.pattern.groupindex), "a rule reads its parts from named groups"


@pytest.mark.parametrize(("rule", "example"), EXAMPLES,
                         ids=[f"{r.name}:{e.text}" for r, e in EXAMPLES])
def test_rules_examples_give_their_readings(rule: Rule, example: Example) -> None:
    found, reading = read(rule.name, example.text,
                          Context(before=example.before, after=example.after))
    assert (found.name, reading) == (rule.name, example.reading)


@pytest.mark.parametrize(("rule", "example"), EXAMPLES,
                         ids=[f"{r.name}:{e.text}" for r, e in EXAMPLES])
def test_rules_examples_are_found_by_their_rule(rule: Rule, example: Example) -> None:
    from timeline.tagger import find_candidates

    text = f"{example.before}{example.text}{example.after}"
    found = [(c.start, c.rule) for c in find_candidates(text)]
    assert (len(example.before), rule.name) in found, found


def test_rules_names_and_priorities_are_unique() -> None:
    assert len(RULES_BY_NAME) == len(RULES) == sum(len(f.RULES) for f in FAMILIES)
    assert len({r.priority for r in RULES}) == len(RULES)
    assert [r.priority for r in RULES] == sorted(r.priority for r in RULES)


@pytest.mark.parametrize(("name", "text", "expected"), [
    # the time rule reads the day named after "on" with the day rules
    ("month_day", "April 15, 2014 at the park", "DayDate"),
    ("weekday", "Friday in Paris", "Weekday"),
    ("weekday", "the park", None),
], ids=["month-day", "weekday", "no-match"])
def test_rules_lookup_reads_the_start_of_a_phrase(name: str, text: str,
                                                  expected: str | None) -> None:
    reading = lookup(name, text)
    assert (type(reading).__name__ if reading is not None else None) == expected


@pytest.mark.parametrize(("text", "before"), [
    ("Feb. 30, 2018", ""),           # dateparser reads no such day
    ("25", "it rained "),             # a bare number with no month-day before it
    ("a year", "$2 million "),        # a rate
], ids=["february-30", "no-listed-month", "rate"])
def test_rules_read_refuses_words_that_name_no_time(text: str, before: str) -> None:
    with pytest.raises(NormalizationError):
        read(None, text, Context(before=before))


def test_rules_readings_hold_no_strings_to_slice() -> None:
    """Readings carry numbers and codes: no field holds a TIMEX3 value to be cut apart."""
    value = re.compile(r"\d{4}-")
    for _, example in EXAMPLES:
        reading: Reading = example.reading
        for field in fields(reading):
            assert not value.match(str(getattr(reading, field.name))), (example.text, field)


def _sentences() -> list[str]:
    from timeline.ingest import read_documents
    from timeline.sentences import split_sentences

    corpora = Path(__file__).resolve().parents[2] / "shared" / "corpora"
    paths = sorted(corpora.rglob("*.tml")) + sorted(
        (Path(__file__).resolve().parents[1] / "fixtures" / "heldout").glob("*.jsonl"))
    if not paths:
        pytest.skip(f"corpora not found at {corpora}")
    return [chunk for path in paths for doc in read_documents(str(path))
            for _, chunk in split_sentences(doc.text)]


def _misses(rule: Rule, texts: list[str]) -> list[str]:
    """Texts the rule matches although its trigger is not in them (the trigger would hide)."""
    return [t for t in texts if rule.pattern.search(t)
            and not any(word in t.lower() for word in rule.trigger)]


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rules_trigger_is_in_every_example(rule: Rule) -> None:
    assert rule.trigger and all(word == word.lower() for word in rule.trigger)
    texts = [f"{e.before}{e.text}{e.after}" for e in rule.examples]
    assert _misses(rule, texts) == []


@pytest.mark.slow
def test_rules_trigger_is_in_every_match_of_the_corpora() -> None:
    texts = _sentences()
    assert {rule.name: _misses(rule, texts)[:3] for rule in RULES} == \
        {rule.name: [] for rule in RULES}
