"""Evaluation gate: the tagger's TempEval-3 scores on a corpus slice and on the held-out
news text stay above their floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline
from tests.conftest import CORPUS, FIXTURES
from timeline.evaluate import evaluate_documents, read_gold_dir, tag_documents
from timeline.model import Document

FLOORS = json.loads((FIXTURES / "eval_floors.json").read_text())
CORPUS_ROOT = CORPUS.parent


def _tag(text: str, dct: str) -> list[timeline.model.Timex]:
    return list(timeline.tag(Document(id="gold", text=text, published=dct,
                                      published_from="timeml")))


@pytest.fixture(scope="module")
def slice_scores(corpus: Path) -> object:
    step, count = FLOORS["slice"]["step"], FLOORS["slice"]["count"]
    gold = read_gold_dir(corpus)[::step][:count]
    return evaluate_documents(gold, tag_documents(gold, _tag))


@pytest.mark.parametrize("metric", sorted(FLOORS["floors"]))
def test_eval_gate_score_above_floor(slice_scores: object, metric: str) -> None:
    score = getattr(slice_scores, metric).f1
    assert score >= FLOORS["floors"][metric], f"{metric} F1 {score:.3f} fell below its floor"


HELDOUT = [(name, metric) for name, floors in sorted(FLOORS["heldout"].items())
           for metric in sorted(floors)]


@pytest.fixture(scope="module")
def heldout_scores() -> dict[str, object]:
    scores = {}
    for name in FLOORS["heldout"]:
        gold = read_gold_dir(FIXTURES / "heldout" / name)
        scores[name] = evaluate_documents(gold, tag_documents(gold, _tag))
    return scores


@pytest.mark.parametrize(("name", "metric"), HELDOUT, ids=[f"{n}-{m}" for n, m in HELDOUT])
def test_eval_gate_heldout_above_floor(heldout_scores: dict[str, object], name: str,
                                       metric: str) -> None:
    """The held-out news text needs no corpus: this gate runs on every machine."""
    score = getattr(heldout_scores[name], metric).f1
    floor = FLOORS["heldout"][name][metric]
    assert score >= floor, f"{name}: {metric} F1 {score:.3f} fell below its floor {floor}"


@pytest.fixture(scope="module")
def event_scores(corpus: Path) -> object:
    from timeline.eventscore import read_event_gold_dir, score_events, timeline_mentions

    step, count = FLOORS["slice"]["step"], FLOORS["slice"]["count"]
    gold = read_event_gold_dir(corpus)[::step][:count]
    mentions = {}
    for document in gold:
        timeline_ = timeline.extract(Document(id=document.doc, text=document.text,
                                              published=document.dct, published_from="timeml"))
        mentions.update(timeline_mentions(timeline_))
    return score_events(gold, mentions)


@pytest.mark.parametrize("metric", ["coverage", "accuracy"])
def test_eval_gate_events_above_floor(event_scores: object, metric: str) -> None:
    score = getattr(event_scores.overall, metric)  # type: ignore[attr-defined]
    floor = FLOORS["events"][metric]
    assert score >= floor, f"event {metric} {score:.3f} fell below its floor {floor}"


def test_eval_gate_headline_check_passes(corpus: Path, nlp: object) -> None:
    """Issue 13's headline check on the slice: a predicate, a capital, nothing dangling,
    at most about 15 words, for at least 97% of the events."""
    from timeline.headcheck import headline_problems
    from timeline.ingest import read_documents

    step, count = FLOORS["slice"]["step"], FLOORS["slice"]["count"]
    paths = sorted(corpus.rglob("*.tml"))[::step][:count]
    events = [e for path in paths for e in timeline.extract(read_documents(str(path))).events]
    failing = [e.summary for e, doc in zip(events, nlp.pipe(e.summary for e in events))  # type: ignore[attr-defined]
               if headline_problems(doc)]
    assert 1 - len(failing) / len(events) >= 0.97, failing


# Other annotators' sets (issue 12): a slice of each in the default run, floors on the
# metrics their gold supports (WikiWars types every expression DATE: no type floor there).
OTHER_SETS = [(name, metric) for name, entry in sorted(FLOORS["others"].items())
              if name != "about" for metric in sorted(entry["floors"])]


@pytest.fixture(scope="module")
def other_scores() -> dict[str, object]:
    scores = {}
    for name, entry in FLOORS["others"].items():
        if name == "about":
            continue
        root = CORPUS_ROOT / name
        if not root.is_dir():
            continue
        gold = read_gold_dir(root)[::entry["step"]]
        scores[name] = evaluate_documents(gold, tag_documents(gold, _tag))
    return scores


@pytest.mark.parametrize(("name", "metric"), OTHER_SETS, ids=[f"{n}-{m}" for n, m in OTHER_SETS])
def test_eval_gate_other_annotators_above_floor(other_scores: dict[str, object], name: str,
                                                metric: str) -> None:
    """History pages and tweets annotated by others stay above their floors."""
    if name not in other_scores:
        pytest.skip(f"corpus {name} not found at {CORPUS_ROOT / name} (../shared/corpora)")
    score = getattr(other_scores[name], metric).f1
    floor = FLOORS["others"][name]["floors"][metric]
    assert score >= floor, f"{name}: {metric} F1 {score:.3f} fell below its floor {floor}"
