"""Event anchoring scores: coverage and trigger accuracy against TimeML event-time links."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.eventscore import (EventGold, SystemMention, format_event_errors,
                                 format_event_table, read_event_gold, read_event_gold_dir,
                                 score_events, sentence_starts)

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "events" / "linked.tml"


def _span(gold: EventGold, word: str, after: int = 0) -> tuple[int, int]:
    start = gold.text.index(word, after)
    return start, start + len(word)


def test_eventscore_reads_linked_dates_from_the_events_side() -> None:
    gold = read_event_gold(GOLD)
    # "this year" is linked only by BEFORE and the DCT link is no date of the text.
    assert [(d.text, d.relation) for d in gold.dates] == [
        ("Friday", "IS_INCLUDED"), ("Monday", "IS_INCLUDED"), ("three days", "DURING")]
    assert [w for _, _, w in gold.dates[1].events] == ["resume"]


@pytest.mark.parametrize(("triggers", "covered", "anchored"), [
    ({"Friday": "exploded", "Monday": "resume", "three days": "lasted"}, 3, 3),
    ({"Friday": "embassies", "Monday": "said"}, 2, 0),
    ({"Friday": "exploded"}, 1, 1),
    ({}, 0, 0),
], ids=["all-right", "wrong-words", "one-of-three", "nothing"])
def test_eventscore_counts_coverage_and_strict_anchoring(triggers: dict[str, str],
                                                         covered: int, anchored: int) -> None:
    gold = read_event_gold(GOLD)
    mentions = [SystemMention(_span(gold, timex), _span(gold, word), word, word)
                for timex, word in triggers.items()]
    scores = score_events([gold], {gold.doc: mentions})
    assert (scores.overall.dates, scores.overall.covered, scores.overall.anchored) == (
        3, covered, anchored)
    assert len(scores.errors) == 3 - anchored


def test_eventscore_groups_by_relation_and_type() -> None:
    gold = read_event_gold(GOLD)
    mentions = [SystemMention(_span(gold, "three days"), _span(gold, "siege"))]
    scores = score_events([gold], {gold.doc: mentions})
    assert scores.by_relation["DURING"].covered == 1
    assert scores.by_type["DURATION"].anchored == 0
    assert scores.by_type["DATE"].covered == 0
    table = format_event_table(scores)
    assert "by relation:" in table and "DURING" in table and "DURATION" in table
    errors = format_event_errors(scores).splitlines()
    assert errors[1].split("\t")[:2] == ["linked", "uncovered"]


def test_eventscore_matches_expressions_by_overlap() -> None:
    gold = read_event_gold(GOLD)
    start, end = _span(gold, "Friday")
    mention = SystemMention((start - 3, end), _span(gold, "exploded"))
    assert score_events([gold], {gold.doc: [mention]}).overall.anchored == 1


@pytest.mark.parametrize(("text", "starts"), [
    ("He left. She came.", [0, 9]),
    ("Mr. Smith left. U.S. troops came.", [0, 16]),
    ("It was 10 a.m. Then rain.", [0]),  # conservative: "a.m." may end no sentence
], ids=["plain", "abbreviations", "clock-time-kept"])
def test_eventscore_sentence_starts(text: str, starts: list[int]) -> None:
    assert sentence_starts(text) == starts


def test_eventscore_rejects_a_file_not_a_directory() -> None:
    with pytest.raises(InputError):
        read_event_gold_dir(GOLD)


def test_eventscore_cli_runs_the_pipeline_on_gold() -> None:
    from click.testing import CliRunner

    from timeline.cli import cli

    result = CliRunner().invoke(cli, ["evaluate", str(GOLD.parent), "--events", "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # "Friday" dates "exploded" and "Monday" dates "resume"; the unplaced "three days"
    # of the siege gets no event.
    assert lines[1].split() == ["overall", "3", "2", "0.667", "2", "1.000"]
    assert any(line.startswith("linked\tuncovered\tDURATION") for line in lines)


def test_eventscore_cli_refuses_system_output() -> None:
    from click.testing import CliRunner

    from timeline.cli import cli

    result = CliRunner().invoke(cli, ["evaluate", str(GOLD.parent), "--events", "--system",
                                      str(GOLD)])
    assert result.exit_code == 2
