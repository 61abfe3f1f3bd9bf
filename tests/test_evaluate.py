"""Tests of timeline.evaluate: TempEval-3 Task A scoring against TimeML gold."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.evaluate import (
    METRICS,
    GoldDocument,
    Scores,
    evaluate_documents,
    evaluate_tagger,
    format_errors,
    format_table,
    parse_system,
    read_gold,
    read_gold_dir,
    read_system,
    scores_to_dict,
)
from timeline.model import Timex
from timeline.timex import is_valid_value, parse_dct

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate"
GOLD_DIR = FIXTURES / "gold"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "tbaq"
NO_CORPUS = "TimeBank/AQUAINT corpus not found at ../shared/corpora/tbaq"

F = Fraction


def _score_case(case: str) -> Scores:
    """Score fixtures/evaluate/system/<case>.jsonl against fixtures/evaluate/gold."""
    return evaluate_documents(
        read_gold_dir(GOLD_DIR), read_system(FIXTURES / "system" / f"{case}.jsonl")
    )


def _write(tmp_path: Path, name: str, content: str) -> Path:
    """Write `content` to tmp_path/name and return the path."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-04">03/04/1998</TIMEX3></DCT>
<TEXT>
It rained on <TIMEX3 tid="t1" type="DATE" value="1998-03-02">Monday</TIMEX3>.
</TEXT>
</TimeML>
"""

# The gold fixtures hold 5 timexes: doc_a "Monday", "two weeks", "last year";
# doc_b "the end of 1997" (mod END), "Tuesday". Expected numbers are worked out by hand;
# each system file is described in SCORE_CASES.
COUNT_CASES = [
    # case, (gold, system, strict, relaxed, value_correct, type_correct, mod_correct)
    ("exact", (5, 5, 5, 5, 5, 5, 5)),
    ("partial_overlap", (5, 5, 3, 5, 5, 5, 5)),
    ("one_to_one", (5, 6, 4, 5, 5, 5, 5)),
    ("missed_doc", (5, 3, 3, 3, 3, 3, 3)),
    ("wrong_value", (5, 5, 5, 5, 4, 5, 5)),
    ("wrong_type_and_mod", (5, 5, 5, 5, 5, 4, 4)),
    ("spurious", (5, 6, 5, 5, 5, 5, 5)),
    ("empty_system", (5, 0, 0, 0, 0, 0, 0)),
]

ONE = (1, 1, 1)
SCORE_CASES = [
    # case, strict (P, R, F1), relaxed (P, R, F1), (value F1, type F1, mod F1)
    # every span and attribute right
    ("exact", ONE, ONE, ONE),
    # "weeks" for "two weeks", "end of 1997" for "the end of 1997": relaxed, not strict
    ("partial_overlap", (F(3, 5), F(3, 5), F(3, 5)), ONE, ONE),
    # "two" and "weeks" both overlap "two weeks": only "weeks" (larger overlap) counts
    ("one_to_one", (F(4, 6), F(4, 5), F(8, 11)), (F(5, 6), 1, F(10, 11)), (F(10, 11),) * 3),
    # no line for doc_b: its 2 timexes are missed
    ("missed_doc", (1, F(3, 5), F(3, 4)), (1, F(3, 5), F(3, 4)), (F(3, 4),) * 3),
    # "last year" valued 1998 instead of 1997: value F1 drops, relaxed F1 does not
    ("wrong_value", ONE, ONE, (F(4, 5), 1, 1)),
    # "two weeks" typed DATE, "the end of 1997" without mod END
    ("wrong_type_and_mod", ONE, ONE, (1, F(4, 5), F(4, 5))),
    # an extra "said"
    ("spurious", (F(5, 6), 1, F(10, 11)), (F(5, 6), 1, F(10, 11)), (F(10, 11),) * 3),
    # no timex found at all
    ("empty_system", (0, 0, 0), (0, 0, 0), (0, 0, 0)),
]


def _as_floats(*groups: tuple[Any, ...]) -> list[float]:
    """Flatten tuples of ints and Fractions into floats for pytest.approx."""
    return [float(x) for group in groups for x in group]


@pytest.mark.parametrize(("case", "counts"), COUNT_CASES, ids=[row[0] for row in COUNT_CASES])
def test_evaluate_counts(case: str, counts: tuple[int, ...]) -> None:
    s = _score_case(case)
    spans = (s.gold, s.system, s.strict_matches, s.relaxed_matches)
    attributes = (s.value_correct, s.type_correct, s.mod_correct)
    assert spans + attributes == counts


@pytest.mark.parametrize(
    ("case", "strict", "relaxed", "attributes"), SCORE_CASES, ids=[row[0] for row in SCORE_CASES]
)
def test_evaluate_scores(
    case: str, strict: tuple[Any, ...], relaxed: tuple[Any, ...], attributes: tuple[Any, ...]
) -> None:
    s = _score_case(case)
    got = [s.strict.precision, s.strict.recall, s.strict.f1]
    got += [s.relaxed.precision, s.relaxed.recall, s.relaxed.f1]
    got += [s.value.f1, s.type.f1, s.mod.f1]
    assert got == pytest.approx(_as_floats(strict, relaxed, attributes))


@pytest.mark.parametrize(
    ("case", "attribute", "accuracy", "precision", "recall"),
    [
        # value P = relaxed P x accuracy, R likewise
        ("wrong_value", "value", F(4, 5), F(4, 5), F(4, 5)),
        ("one_to_one", "value", 1, F(5, 6), 1),
        ("wrong_type_and_mod", "type", F(4, 5), F(4, 5), F(4, 5)),
    ],
    ids=["wrong_value", "one_to_one", "wrong_type"],
)
def test_evaluate_attribute_precision_recall(
    case: str, attribute: str, accuracy: Any, precision: Any, recall: Any
) -> None:
    scores = _score_case(case)
    metric = scores.metric(attribute)
    got = (scores.accuracy(attribute), metric.precision, metric.recall)
    assert got == pytest.approx((float(accuracy), float(precision), float(recall)))


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("exact", []),
        ("one_to_one", [("doc_a", "spurious", None, "two")]),
        (
            "missed_doc",
            [("doc_b", "missed", "the end of 1997", None), ("doc_b", "missed", "Tuesday", None)],
        ),
        ("wrong_value", [("doc_a", "value", "last year", "last year")]),
        ("wrong_type_and_mod", [("doc_a", "type", "two weeks", "two weeks")]),
        ("partial_overlap", []),
    ],
    ids=["exact", "one_to_one", "missed_doc", "wrong_value", "wrong_type", "partial_overlap"],
)
def test_evaluate_error_records(case: str, expected: list[tuple[Any, ...]]) -> None:
    errors = _score_case(case).errors
    assert [(e.doc, e.kind, e.gold_text, e.system_text) for e in errors] == expected


@pytest.mark.parametrize(
    ("case", "kind", "context"),
    [
        # 25 characters each side of a 9-character span, the newline collapsed
        ("wrong_value", "value", "cials said. Profits fell [last year]."),
        # 28 characters each side of a 3-character span
        ("one_to_one", "spurious", "began on Monday and lasted [two] weeks, officials said. Prof"),
    ],
    ids=["value_at_text_end", "spurious"],
)
def test_evaluate_error_context(case: str, kind: str, context: str) -> None:
    error = next(e for e in _score_case(case).errors if e.kind == kind)
    assert error.context == context


@pytest.mark.parametrize(
    ("doc", "spans"),
    [
        (
            "doc_a",
            [
                (21, 27, "Monday", "DATE", "1998-03-02", None),
                (39, 48, "two weeks", "DURATION", "P2W", None),
                (79, 88, "last year", "DATE", "1997", None),
            ],
        ),
        (
            "doc_b",
            [
                (18, 33, "the end of 1997", "DATE", "1997", "END"),
                (55, 62, "Tuesday", "DATE", "1998-01-06", None),
            ],
        ),
    ],
    ids=["entity_and_events_before_timexes", "mod"],
)
def test_evaluate_read_gold_offsets(doc: str, spans: list[tuple[Any, ...]]) -> None:
    gold = read_gold(GOLD_DIR / f"{doc}.tml")
    assert [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in gold.timexes] == spans
    assert all(gold.text[t.start : t.end] == t.text for t in gold.timexes)


@pytest.mark.parametrize(
    ("doc", "dct", "text_start"),
    [("doc_a", "1998-03-04", "\nAT&T talks"), ("doc_b", "1998-01-08T09:42", "\nSales rose")],
    ids=["date_dct", "datetime_dct"],
)
def test_evaluate_read_gold_text_and_dct(doc: str, dct: str, text_start: str) -> None:
    gold = read_gold(GOLD_DIR / f"{doc}.tml")
    assert (gold.doc, gold.dct, gold.text[: len(text_start)]) == (doc, dct, text_start)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<TimeML><TEXT>unclosed</TimeML>", "cannot read TimeML"),
        (TML.replace("<TEXT>", "<BODY>").replace("</TEXT>", "</BODY>"), "no <TEXT>"),
        (TML.replace(' value="1998-03-04"', ""), "no <DCT>"),
    ],
    ids=["malformed_xml", "no_text", "no_dct"],
)
def test_evaluate_read_gold_invalid(tmp_path: Path, content: str, message: str) -> None:
    path = _write(tmp_path, "bad.tml", content)
    with pytest.raises(InputError, match=message):
        read_gold(path)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "not a directory"),
        ({"a/x.tml": TML, "b/x.tml": TML}, "two gold documents have the id x"),
    ],
    ids=["not_a_directory", "duplicate_doc_id"],
)
def test_evaluate_read_gold_dir_invalid(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    for name, content in files.items():
        _write(tmp_path, name, content)
    target = tmp_path if files else tmp_path / "missing"
    with pytest.raises(InputError, match=message):
        read_gold_dir(target)


@pytest.mark.parametrize(
    ("names", "expected"),
    [({"b/z.tml": TML, "a/y.tml": TML, "x.tml": TML, "notes.txt": "x"}, ["y", "z", "x"])],
    ids=["recursive_sorted_by_path"],
)
def test_evaluate_read_gold_dir_order(
    tmp_path: Path, names: dict[str, str], expected: list[str]
) -> None:
    for name, content in names.items():
        _write(tmp_path, name, content)
    assert [g.doc for g in read_gold_dir(tmp_path)] == expected


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"doc": "a", "timexes": []', ""], "line 1: not valid JSON"),
        (["", '{"timexes": []}'], "line 2: expected"),
        (['{"doc": "a", "timexes": {}}'], "line 1: expected"),
        (['{"doc": "a", "timexes": [{"end": 3}]}'], "line 1, timex 0: start and end"),
        (['{"doc": "a", "timexes": [{"start": 5, "end": 3}]}'], "start and end"),
        (['{"doc": "a", "timexes": [{"start": -1, "end": 3}]}'], "start and end"),
        (['{"doc": "a", "timexes": [{"start": true, "end": 3}]}'], "start and end"),
        (['{"doc": "a", "timexes": ["x"]}'], "must be a JSON object"),
        (
            ['{"doc": "a", "timexes": []}', '{"doc": "a", "timexes": []}'],
            "line 2: document 'a' appears twice",
        ),
    ],
    ids=[
        "bad_json",
        "no_doc",
        "timexes_not_list",
        "no_start",
        "start_after_end",
        "negative",
        "bool",
        "not_object",
        "duplicate",
    ],
)
def test_evaluate_parse_system_invalid(lines: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_system(lines, source="sys.jsonl")


@pytest.mark.parametrize(
    ("records", "message"),
    [([{"start": 80, "end": 200, "text": "x", "type": "DATE", "value": "1997"}], "past the end")],
    ids=["past_text_end"],
)
def test_evaluate_system_offsets_checked(records: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(InputError, match=message):
        evaluate_documents(read_gold_dir(GOLD_DIR), {"doc_a": records})


@pytest.mark.parametrize(("as_timex",), [(False,), (True,)], ids=["dicts", "timex_objects"])
def test_evaluate_tag_fn(as_timex: bool) -> None:
    gold = read_gold_dir(GOLD_DIR)
    by_text = {g.text: g for g in gold}
    seen_dcts: list[str] = []

    def tag(text: str, dct: str) -> list[Any]:
        seen_dcts.append(dct)
        timexes = by_text[text].timexes
        return list(timexes) if as_timex else [t.to_dict() for t in timexes]

    scores = evaluate_tagger(gold, tag)
    assert (seen_dcts, scores.strict.f1, scores.value.f1) == (
        ["1998-03-04", "1998-01-08T09:42"],
        1.0,
        1.0,
    )


@pytest.mark.parametrize(
    ("gold_timexes", "expected"),
    [((), (1.0, 1.0, 1.0))],
    ids=["nothing_to_find_nothing_found"],
)
def test_evaluate_empty_document(
    gold_timexes: tuple[Timex, ...], expected: tuple[float, ...]
) -> None:
    scores = evaluate_documents(
        [GoldDocument("d", "\ntext\n", "2000-01-01", gold_timexes)], {"d": []}
    )
    assert (scores.strict.f1, scores.relaxed.f1, scores.value.f1) == expected


STRICT_ROW = "strict    0.667  0.800  0.727      -       4"
RELAXED_ROW = "relaxed   0.833  1.000  0.909      -       5"
VALUE_ROW = "value     0.833  1.000  0.909  1.000       5"
DOC_A_ROW = "doc_a       3       4       2       3       3       3      0.571      0.857"


@pytest.mark.parametrize(
    ("per_document", "present", "absent"),
    [
        # 4/6, 4/5, 8/11 and 5/6, 1, 10/11 to 3 decimals; value accuracy 5/5
        (False, [STRICT_ROW, RELAXED_ROW, VALUE_ROW, "\ntype ", "\nmod "], ["doc_a"]),
        # doc_a: strict 2/4, 2/3 -> F1 4/7; relaxed 3/4, 3/3 -> F1 6/7
        (True, ["relaxed_F1", DOC_A_ROW, "\ndoc_b       2       2       2       2"], []),
    ],
    ids=["totals", "per_document"],
)
def test_evaluate_format_table(per_document: bool, present: list[str], absent: list[str]) -> None:
    table = format_table(_score_case("one_to_one"), per_document=per_document)
    assert all(p in table for p in present), table
    assert not any(a in table for a in absent), table
    assert table.endswith("\n") and not table.endswith("\n\n")


@pytest.mark.parametrize(
    ("case", "documents", "errors"),
    [("one_to_one", 2, 1), ("missed_doc", 2, 2)],
    ids=["one_to_one", "missed_doc"],
)
def test_evaluate_scores_to_dict(case: str, documents: int, errors: int) -> None:
    data = json.loads(json.dumps(scores_to_dict(_score_case(case))))
    assert set(data) == {"counts", *METRICS, "documents", "errors"}
    assert (len(data["documents"]), len(data["errors"])) == (documents, errors)
    assert set(data["value"]) == {"precision", "recall", "f1", "accuracy"}


@pytest.mark.parametrize(
    ("case", "lines"), [("missed_doc", 3), ("exact", 1)], ids=["two_errors", "no_errors"]
)
def test_evaluate_format_errors(case: str, lines: int) -> None:
    rows = format_errors(_score_case(case)).splitlines()
    assert len(rows) == lines
    assert all(row.count("\t") == 8 for row in rows)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=NO_CORPUS)
@pytest.mark.parametrize(
    "name",
    ["TimeBank/ABC19980108.1830.0711.tml", "AQUAINT/APW19980807.0261.tml"],
    ids=["timebank", "aquaint"],
)
def test_evaluate_corpus_round_trip(name: str) -> None:
    gold = read_gold(CORPUS / name)
    system = {gold.doc: [t.to_dict() for t in gold.timexes]}
    scores = evaluate_documents([gold], system)
    assert gold.timexes and all(gold.text[t.start : t.end] == t.text for t in gold.timexes)
    assert [scores.metric(m).f1 for m in METRICS] == [1.0] * len(METRICS)
    assert scores.errors == ()


_SPANS = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 10), st.sampled_from(["1997", "P2W"])), max_size=8
)


@given(gold_spans=_SPANS, system_spans=_SPANS)
def test_evaluate_scores_bounded(
    gold_spans: list[tuple[int, int, str]], system_spans: list[tuple[int, int, str]]
) -> None:
    text = "x" * 60
    gold = GoldDocument(
        "d",
        text,
        "2000-01-01",
        tuple(Timex(s, s + n, text[s : s + n], "DATE", v) for s, n, v in gold_spans),
    )
    system = {
        "d": [{"start": s, "end": s + n, "type": "DATE", "value": v} for s, n, v in system_spans]
    }
    scores = evaluate_documents([gold], system)
    for name in METRICS:
        metric = scores.metric(name)
        assert all(0.0 <= x <= 1.0 for x in (metric.precision, metric.recall, metric.f1))
    for key in ("precision", "recall", "f1"):
        assert getattr(scores.relaxed, key) >= getattr(scores.strict, key)
        assert getattr(scores.relaxed, key) >= getattr(scores.value, key)
    assert scores.strict_matches <= scores.relaxed_matches <= min(scores.gold, scores.system)


@pytest.mark.parametrize(
    ("system", "message"),
    [
        ({"doc_x": []}, "ignoring 1 system documents without gold"),
        ({"doc_a": [{"start": 21, "end": 27, "text": "Sunday"}]}, "1 timexes differ from the text"),
    ],
    ids=["system_doc_without_gold", "text_at_offsets_differs"],
)
def test_evaluate_warnings(
    caplog: pytest.LogCaptureFixture, system: dict[str, list[dict[str, Any]]], message: str
) -> None:
    with caplog.at_level("WARNING", logger="timeline.evaluate"):
        evaluate_documents(read_gold_dir(GOLD_DIR), system)
    assert message in caplog.text


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason=NO_CORPUS)
@pytest.mark.parametrize(("documents", "timexes"), [(256, 1822)], ids=["tbaq"])
def test_evaluate_corpus_gold_against_itself(documents: int, timexes: int) -> None:
    gold = read_gold_dir(CORPUS)
    scores = evaluate_documents(gold, {g.doc: list(g.timexes) for g in gold})
    assert (len(scores.documents), scores.gold, scores.system) == (documents, timexes, timexes)
    assert [scores.metric(m).f1 for m in METRICS] == [1.0] * len(METRICS)


HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"


def test_evaluate_read_gold_jsonl_offsets(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    record = {"id": "a", "published": "2018-05-23", "text": "Friday, not Friday; May 1.",
              "timexes": [{"text": "Friday", "type": "DATE", "value": "2018-05-18"},
                          {"text": "Friday", "type": "DATE", "value": "2018-05-25"},
                          {"text": "May 1", "type": "DATE", "value": "2018-05-01", "mod": "END"}]}
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    [document] = read_gold_dir(path)
    assert (document.doc, document.dct) == ("a", "2018-05-23")
    assert [(t.start, t.end, t.value, t.mod) for t in document.timexes] == [
        (0, 6, "2018-05-18", None), (12, 18, "2018-05-25", None), (20, 25, "2018-05-01", "END")]


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "a", "published": "2018-05-23", "text": "x", "timexes": [{"text": "y"}]}',
     "'y' is not in the text"),
    ('{"id": "a", "text": "x", "timexes": []}', "not a gold passage record"),
    ("not json", "not a gold passage record"),
])
def test_evaluate_read_gold_jsonl_invalid(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_gold_dir(path)


@pytest.mark.parametrize(("name", "count"), [("news_timex.jsonl", 150),
                                             ("articles_timex.jsonl", 40),
                                             ("tb_style_timex.jsonl", 40),
                                             ("mixed_timex.jsonl", 50),
                                             ("more_timex.jsonl", 50)])
def test_evaluate_heldout_passages_are_consistent(name: str, count: int) -> None:
    """Every held-out timex is found in its text, in order, with a TIMEX3 type and value."""
    documents = read_gold_dir(HELDOUT / name)
    assert len(documents) == count
    for document in documents:
        assert parse_dct(document.dct)
        for timex in document.timexes:
            assert document.text[timex.start:timex.end] == timex.text
            assert timex.type in ("DATE", "TIME", "DURATION", "SET")
            assert is_valid_value(timex.value), timex
