"""What a bare demonstrative of a headline points to, when its sentence says it before.

A headline "We expect that to continue" or "$14 million of that seeped out" leaves the
reader asking what "that" is. A demonstrative standing alone (no noun after it) points
either to a noun phrase said before it or to a whole clause or situation; only the first
can be written in its place. English joins two clauses in one sentence by "and" or a
semicolon, and a demonstrative of the second then points into the first: its object
("is achieving modest positive cash flow, and we expect [that] to continue") or its
subject ("The fund has seen $161 million flow out; $14 million of [that] seeped out").
So the demonstrative takes the object, else the subject, of the clause before it in its
sentence when that phrase is short, names no person, agrees in number ("that" a
singular or mass noun, "those" a plural) and is a bare mass or plural noun (no
determiner, no possessor, no number); an amount taken "of that" ("$14 million of that")
takes instead a definite whole ("the ...", a possessive, a name) that holds an amount
("Vanguard's $1 billion portfolio"). Left as they are: a demonstrative that opens its
sentence (its antecedent is the sentence before, which is not parsed), one that is the
subject of a judgement ("that's very important", "that would be an advantage", which
point to a situation), one after a definite object ("makes the best paper, and we
expect that to change": the paper or the making), and any whose antecedent is unsure:
a wrong phrase is worse than a pronoun.
Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

import re
from typing import Any

from timeline.kinds import PERSON_NOUNS, PERSON_TITLES
from timeline.wording import CURRENCY, QUOTE_MARKS

DEMONSTRATIVES = {"that": False, "this": False, "these": True, "those": True}
# Where a demonstrative stands alone: a subject, an object, a preposition's object.
_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj")
# Words before "of that" that take a part of an amount: "$14 million of that", "half of it".
_PARTS = {"half", "part", "most", "much", "some", "all", "portion", "share", "bulk", "rest"}
# Determiners of a definite phrase; "a", "an", "some", "no" introduce something new.
_DEFINITE = {"the", "this", "that", "these", "those"}
# Words of a multiple, after which "that" stands for an amount: "only half that".
_MULTIPLES = {"half", "twice", "double", "triple", "thrice"}
# Nouns of money counted with a number: "a hundred thirty million dollars".
_MONEY = {"dollars", "cents", "pounds", "francs", "marks", "yen", "euros", "pesos", "rupees"}
# At most this many words for a phrase written in the pronoun's place.
MAX_PHRASE = 8


def pointed_phrase(pronoun: Any) -> str:
    """The words of the noun phrase the bare demonstrative `pronoun` points to in its
    sentence, or "" when it points to none or to a clause."""
    multiple = _multiple(pronoun)
    if multiple is not None:  # "worth $130 million in October, worth only half [that] now"
        amount = _only_amount_before(pronoun)
        return f"of {amount}" if amount and multiple.lower_ == "half" else amount
    if not _is_bare(pronoun) or _judged(pronoun):
        return ""
    before = _clause_before(pronoun)
    if before is None:
        return ""
    # The clause just before is the innermost reported one: 'said the company is
    # achieving "cash flow, and we expect that to continue"', whose "and" the parse
    # may hang on "said".
    inner = [c for c in before.children if c.dep_ == "ccomp" and before.i < c.i < pronoun.i]
    while inner:
        before = inner[-1]
        inner = [c for c in before.children
                 if c.dep_ == "ccomp" and before.i < c.i < pronoun.i]
    partitive = _is_partitive(pronoun)
    for role in ("dobj", "nsubj", "nsubjpass"):
        for head in (c for c in before.children if c.dep_ == role):
            phrase = _phrase(head, pronoun, partitive)
            if phrase:
                return phrase
    return ""


def name_demonstratives(headline: str, tokens: list[Any]) -> str:
    """`headline` with a bare demonstrative among its `tokens` replaced by the phrase it
    points to (`pointed_phrase`), when the headline holds it once and not that phrase."""
    for pronoun in tokens:
        if pronoun.lower_ not in DEMONSTRATIVES:
            continue
        phrase = pointed_phrase(pronoun)
        pattern = rf"(?<![\w'-]){re.escape(pronoun.text)}(?![\w'-])"
        if phrase and len(re.findall(pattern, headline, re.IGNORECASE)) == 1 \
                and phrase.lower() not in headline.lower():
            start = re.search(pattern, headline, re.IGNORECASE)
            if start is not None and start.start() == 0:
                phrase = phrase[:1].upper() + phrase[1:]
            headline = re.sub(pattern, lambda _: phrase, headline, flags=re.IGNORECASE)
    return headline


def _is_bare(pronoun: Any) -> bool:
    """Whether `pronoun` is a demonstrative standing alone in a role a phrase can fill."""
    return bool(pronoun.lower_ in DEMONSTRATIVES and pronoun.tag_ == "DT"
                and pronoun.dep_ in _ROLES and not list(pronoun.children))


def _multiple(pronoun: Any) -> Any:
    """The word of a multiple ("half", "twice", "double") that is all `pronoun` ("that")
    has before it, which makes it stand for an amount; else None."""
    words = list(pronoun.children)
    if pronoun.lower_ != "that" or len(words) != 1 or words[0].lower_ not in _MULTIPLES \
            or words[0].i != pronoun.i - 1:
        return None
    return words[0]


def _only_amount_before(pronoun: Any) -> str:
    """The words of the one amount of money said before `pronoun` in its sentence ("$40",
    "a hundred thirty million dollars"); "" when there is none or more than one."""
    heads = [t for t in pronoun.sent if t.i < pronoun.i and (
        t.tag_ == "CD" and t.head.tag_ != "CD" and any(c.text in CURRENCY for c in t.subtree)
        or t.lower_ in _MONEY and any(c.dep_ == "nummod" for c in t.children))]
    if len(heads) != 1 or any(t.is_punct or t.i >= pronoun.i for t in heads[0].subtree) \
            or sum(t.text in CURRENCY or t.lower_ in _MONEY for t in heads[0].subtree) != 1:
        return ""  # "from $5 million to $6 million": more than one
    return "".join(t.text_with_ws for t in heads[0].subtree).strip()


def _judged(pronoun: Any) -> bool:
    """Whether `pronoun` is the subject of a judgement, which points to a situation:
    "that's very important", "this would prove positive", "that would be an advantage"."""
    return pronoun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("acomp", "attr", "oprd") for c in pronoun.head.children)


def _is_partitive(pronoun: Any) -> bool:
    """Whether `pronoun` is the whole an amount or part is taken of: "$14 million of [that]"."""
    if pronoun.dep_ != "pobj" or pronoun.head.lower_ != "of":
        return False
    part = pronoun.head.head
    return part.tag_ == "CD" or part.lower_ in _PARTS


def _clause_before(pronoun: Any) -> Any:
    """The verb of the clause that comes before the pronoun's own in its sentence, joined
    to it by "and" (a conjunct) or by a semicolon, or None."""
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
                and verb.head.i < pronoun.i and _opens_clause(verb):
            return verb.head
        for child in verb.children:
            if child.dep_ in ("ccomp", "parataxis", "conj") and child.i < pronoun.i \
                    and child.pos_ in ("VERB", "AUX") and _semicolon_between(child, pronoun):
                return child
        if verb.dep_ in ("ROOT", "conj"):
            return None
    return None


def _opens_clause(verb: Any) -> bool:
    """Whether the conjunct `verb` has a subject of its own: a second clause, not a
    second verb of one subject ("rose 5% and closed at that")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _semicolon_between(clause: Any, pronoun: Any) -> bool:
    """Whether a semicolon stands between the end of `clause` and `pronoun`."""
    end = max(t.i for t in clause.subtree)
    return any(t.text == ";" for t in pronoun.doc[end + 1:pronoun.i])


def _phrase(head: Any, pronoun: Any, partitive: bool) -> str:
    """The words of the noun phrase of `head` when `pronoun` may stand for it, else ""."""
    words = [t for t in sorted(head.subtree, key=lambda t: t.i) if t.text not in QUOTE_MARKS]
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in PERSON_TITLES | PERSON_NOUNS \
            or DEMONSTRATIVES[pronoun.lower_] != (head.tag_ in ("NNS", "NNPS")):
        return ""
    if sum(t.tag_ not in ("POS", "$") for t in words) > MAX_PHRASE \
            or any(t.is_punct and t.text != "'s" for t in words) \
            or any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") for t in words) \
            or any(c.dep_ in ("relcl", "acl", "appos", "conj") for c in head.children):
        return ""
    determiner = next((c for c in head.children if c.dep_ == "det"), None)
    definite = any(c.dep_ == "poss" for c in head.children) or head.pos_ == "PROPN" \
        and determiner is None or determiner is not None and determiner.lower_ in _DEFINITE
    if partitive and not (definite and any(t.tag_ == "CD" for t in words)):
        return ""  # "$14 million of that": a whole that holds an amount
    bare = determiner is None and head.pos_ == "NOUN" and not any(
        t.tag_ in ("CD", "$") or t.dep_ == "poss" for t in words)
    if not partitive and not bare:
        return ""  # "makes the best paper, and we expect that to change": the making
    text = "".join(t.text_with_ws for t in words).strip()
    if words[0].is_sent_start and words[0].pos_ != "PROPN":  # "of [the] city's fund"
        text = text[:1].lower() + text[1:]
    return text
