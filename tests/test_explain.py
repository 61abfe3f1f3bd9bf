"""Every resolved value says how it was reached: anchor, direction and the deciding words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline
from timeline.cli import cli

SEED = Path(__file__).parent.parent / "seeds" / "000_6c7597210edea6ab.txt"

CASES = [
    # (sentence, dct, expression, anchor, anchor_value, direction, words in the text)
    ("Japan and the United States agreed Wednesday to cooperate.", "2018-05-24", "Wednesday",
     "publication", "2018-05-24", "past", 'past tense of "agreed"'),
    ("The site could be dismantled as early as Thursday.", "2018-05-23", "Thursday",
     "publication", "2018-05-23", "future", '"as early as"'),
    ("The talks will resume Monday.", "2018-05-23", "Monday",
     "publication", "2018-05-23", "future", 'future tense of "will resume"'),
    ("Troops arrived on March 3, 2015. They left the next day.", "2018-05-23", "the next day",
     "narrative", "2015-03-03", "future", "latest date mentioned"),
    ("Troops arrived on March 3, 2015.", "2018-05-23", "March 3, 2015",
     "none", None, None, "in full"),
    ("Prices rose last month.", "2018-05-23", "last month",
     "publication", "2018-05-23", "past", "publication date 2018-05-23"),
    ("Summit is slated for June 12 in Singapore.", "2018-05-23", "June 12",
     "publication", "2018-05-23", "future", "within a month of publication"),
    ("The plant opened in April.", "2018-11-23", "April",
     "publication", "2018-11-23", "past", 'past tense of "opened"'),
    ("The strike lasted three weeks.", "2018-05-23", "three weeks",
     "none", None, None, "length of time"),
    # issue 16: the BC year says how it was counted (there is no year 0)
    ("The city was founded 3000 years ago.", "2018-05-23", "3000 years ago",
     "publication", "2018-05-23", "past", "2018 - 3000 is the astronomical year -982, which "
     "is 983 BC"),
    ("A million years ago the valley was ice.", "2018-05-23", "A million years ago",
     "publication", "2018-05-23", "past", "no TIMEX3 value names a year before 9999 BC"),
]


@pytest.mark.parametrize(("sentence", "dct", "expression", "anchor", "anchor_value",
                          "direction", "words"), CASES, ids=[c[2] for c in CASES])
def test_explain_names_anchor_direction_and_reason(sentence: str, dct: str, expression: str,
                                                   anchor: str, anchor_value: str | None,
                                                   direction: str | None, words: str) -> None:
    found = [t for t in timeline.tag(sentence, published=dct) if t.text == expression]
    assert found, [t.text for t in timeline.tag(sentence, published=dct)]
    explanation = found[0].explanation
    assert explanation is not None
    assert (explanation.anchor, explanation.anchor_value, explanation.direction) == \
        (anchor, anchor_value, direction)
    assert words in explanation.text


def test_explain_every_seed_event_names_its_anchor() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--published", "2018-05-23",
                                      "-f", "json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    assert events
    for event in events:
        explanation = event["when"]["explanation"]
        assert explanation["anchor"] in ("publication", "narrative", "none"), event
        assert explanation["text"], event
        if explanation["anchor"] != "none":
            assert explanation["anchor_value"] and explanation["direction"] in (
                "past", "future", "same"), event


def test_explain_range_start_counts_back_from_its_end() -> None:
    events = timeline.extract("North Korea said it will hold a ceremony between Wednesday "
                              "and Friday.", published="2018-05-24").events
    (event,) = events
    assert event.when.explanation is not None
    assert "ends 2018-05-25" in event.when.explanation.text


def test_explain_table_shows_reason_lines() -> None:
    result = CliRunner().invoke(cli, ["tag", str(SEED), "--published", "2018-05-23",
                                      "-f", "table", "--explain"])
    assert result.exit_code == 0, result.output
    assert 'publication: "Thursday" resolved to 2018-05-24, after the publication date ' \
        '2018-05-23, by "as early as" before it.' in result.output


def test_explain_jsonl_only_when_asked() -> None:
    plain = CliRunner().invoke(cli, ["tag", str(SEED), "--published", "2018-05-23"])
    explained = CliRunner().invoke(cli, ["tag", str(SEED), "--published", "2018-05-23",
                                         "--explain"])
    assert "explanation" not in json.loads(plain.output)["timexes"][0]
    assert json.loads(explained.output)["timexes"][0]["explanation"]["anchor"] == "publication"


def test_explain_with_timeml_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["tag", str(SEED), "--published", "2018-05-23",
                                      "-f", "timeml", "--explain"])
    assert result.exit_code == 2
    assert "--explain applies to -f table or -f jsonl" in result.output
