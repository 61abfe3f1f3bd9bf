"""The attribute table gives what the model's own attribute ruler gives, token for token."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

from timeline.attributes import AttributeTable, UnsupportedPattern

SEED = Path(__file__).resolve().parents[1] / "seeds"
TEXTS = [
    "North Korea said it will dismantle the site as early as Thursday, Kono said.",
    "Y'all gonna go? It ain't over. Let's see; we gotta leave, c'm on.",
    "There is a plan. There were two. Do you? I did it. That was it; those are mine.",
    "Somethin' goin' on with 'em, nothin' doin', ol' man, 'nuff said. I'll go.",
    "Double  spaces\n\nand a new paragraph.\t Tabs too. But it rained, but not here.",
    "He said that if it rains, the game may be called off because of the storm.",
]


def _attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in doc]


def _texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*")) if p.is_file()]
    return TEXTS + [s for s in seeds if s.strip()]


def test_table_matches_ruler(nlp: Any) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    table = AttributeTable(ruler.patterns)
    names = [n for n in nlp.pipe_names if n not in ("attribute_ruler", "timeline_attribute_table",
                                                    "timeline_timex_tagger")]
    with nlp.select_pipes(enable=names):
        parsed = list(nlp.pipe(_texts()))
    for doc in parsed:
        by_ruler = ruler(Doc(doc.vocab).from_bytes(doc.to_bytes()))
        by_table = table(Doc(doc.vocab).from_bytes(doc.to_bytes()))
        assert _attributes(by_table) == _attributes(by_ruler)


def test_pipeline_uses_table(nlp: Any) -> None:
    assert "timeline_attribute_table" in nlp.pipe_names
    assert "attribute_ruler" in nlp.disabled
    doc = nlp("The talks could resume Thursday.")
    assert [t.pos_ for t in doc][:4] == ["DET", "NOUN", "AUX", "VERB"]


@pytest.mark.parametrize("pattern", [
    {"patterns": [[{"SHAPE": "dd"}]], "attrs": {"POS": "NUM"}},
    {"patterns": [[{"LOWER": {"FUZZY": "tuesday"}}]], "attrs": {"POS": "PROPN"}},
    {"patterns": ["not a token list"], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "may"}]], "attrs": {"ENT_TYPE": "DATE"}},
])
def test_table_refuses_unknown_patterns(pattern: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedPattern):
        AttributeTable([pattern])


def test_later_rules_win(nlp: Any) -> None:
    table = AttributeTable([
        {"patterns": [[{"LOWER": "may"}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": "may"}, {"LOWER": "1"}]], "attrs": {"POS": "NOUN"}, "index": 0},
    ])
    doc = table(nlp.make_doc("May 1 and may"))
    assert [t.pos_ for t in doc] == ["NOUN", "", "", "PROPN"]


def test_negative_index_counts_from_the_end(nlp: Any) -> None:
    table = AttributeTable([{"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]],
                             "attrs": {"LEMMA": "to"}, "index": -1}])
    doc = table(nlp.make_doc("gon na go"))
    assert [t.lemma_ for t in doc] == ["", "to", ""]
