"""The complement a word needs, which a cut for length keeps by cutting elsewhere: the "of"
phrase naming what a sale, a visit or a share is of ("$27 million from the sale [of
Federated Investors]"), the phrase an adjective takes ("eligible [for duty-free
treatment]"), the phrase a verb needs with its object ("described [as a witness]"), the
clause a verb takes. Works on parsed spaCy tokens (duck-typed).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.wording import MAX_WORDS, count_words, is_amount

# Heads a noun's "of" phrase hangs on: a noun, a name, a figure ("30.2% [of Cineplex]").
NOMINAL = ("NOUN", "PROPN", "NUM")
# Verbs whose object needs its prepositional phrase to make sense, also as a passive's
# subject: "attributed the company's performance [to continued increases in international
# sales]", "has been described only [as a material witness]".
NEEDED_PREPOSITION = {"attribute": "to", "ascribe": "to", "link": "to", "tie": "to",
                      "blame": "on", "credit": "with", "charge": "with", "accuse": "of",
                      "convict": "of", "convert": "into", "subject": "to", "devote": "to",
                      "sentence": "to", "elect": "to", "appoint": "to", "transfer": "to",
                      "compare": "with", "base": "on", "limit": "to", "restrict": "to",
                      "describe": "as", "regard": "as", "characterize": "as", "portray": "as",
                      "depict": "as", "brand": "as", "classify": "as", "identify": "as",
                      "list": "as", "rank": "as", "name": "as", "see": "as", "view": "as",
                      "consider": "as", "choose": "as", "select": "as", "pick": "as",
                      "cite": "as", "label": "as", "designate": "as", "nominate": "as"}
# Nouns of an "as" that links clauses rather than names a role: "[as a result] of".
LINKING_NOUNS = {"result", "consequence"}
# Adjectives with the preposition of the phrase they need: "eligible [for] duty-free
# treatment", "subject [to] approval", "aware [of] the risk".
ADJECTIVE_PREPOSITIONS = {
    "eligible": ("for",), "responsible": ("for",), "liable": ("for", "to"),
    "subject": ("to",), "equal": ("to",), "similar": ("to",), "akin": ("to",),
    "prone": ("to",), "susceptible": ("to",), "vulnerable": ("to",), "entitled": ("to",),
    "accustomed": ("to",), "tantamount": ("to",), "attributable": ("to",),
    "aware": ("of",), "capable": ("of",), "afraid": ("of",), "fond": ("of",),
    "worthy": ("of",), "devoid": ("of",), "indicative": ("of",), "reminiscent": ("of",),
    "dependent": ("on", "upon"), "contingent": ("on", "upon"), "reliant": ("on", "upon"),
    "consistent": ("with",), "compatible": ("with",), "familiar": ("with",),
    "interested": ("in",), "involved": ("in",)}


def is_needed_phrase(prep: Any) -> bool:
    """Whether `prep` is an "of" phrase that names what its noun is of, which the noun
    needs ("the sale [of Federated Investors]", "the killing [of the doctor]", "$150
    million [of debentures]"; not one that only gives an amount: "gains [of $48
    million]"), or the phrase an adjective takes ("eligible [for duty-free treatment]")."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if prep.dep_ != "prep" or prep.head.i > prep.i or not objects:
        return False
    if prep.head.pos_ == "ADJ":
        return prep.lower_ in ADJECTIVE_PREPOSITIONS.get(prep.head.lower_, ())
    return prep.lower_ == "of" and prep.head.pos_ in NOMINAL \
        and not any(is_amount(o) for o in objects)


def is_taken_clause(token: Any, ids: set[int]) -> bool:
    """Whether `token` heads the clause a verb among `ids` takes as its object, which the
    verb cannot end a headline without: "would have required [lifting sanctions]"."""
    return token.dep_ in ("xcomp", "ccomp") and token.pos_ == "VERB" \
        and token.head.i in ids and token.head.pos_ == "VERB" and token.head.i < token.i \
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def misread_complement(adjective: Any, skip: set[int]) -> set[Any]:
    """The phrase an adjective takes that the parse reads as the opening of a clause, its
    preposition the clause's "for" and its noun the clause's subject: "watches that will be
    eligible [for duty-free treatment] totaled $37 million"; else nothing."""
    doc = adjective.doc
    after = doc[adjective.i + 1] if adjective.i + 1 < len(doc) else adjective
    if after.i == adjective.i or after.i in skip or after.dep_ != "mark" \
            or after.lower_ not in ADJECTIVE_PREPOSITIONS.get(adjective.lower_, ()) \
            or any(c.dep_ == "prep" and c.lower_ == after.lower_ for c in adjective.children):
        return set()
    noun = next((c for c in after.head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.left_edge.i == after.i + 1), None)
    if noun is None or any(t.i in skip for t in noun.subtree):
        return set()
    return {after, *noun.subtree}


def cut_elsewhere(words: list[Any], needed: Any, start: int) -> list[Any] | None:
    """`words` cut for length without losing the needed phrase of `needed` that ends them
    (from `start`): without an amount's "of" phrase before it ("net realized capital gains
    [of $48 million] included $27 million from the sale of Federated Investors"), without
    an adjective's phrase after a noun inside it ("$150 million of debentures [due March
    1, 2011]") or the noun's own adjective ("the [slated] visit of ..."), when one makes
    them fit; else without the whole phrase the noun stands in, when that is an adjunct
    ("has been on the run [since the bombing of an abortion clinic]"). None when the
    phrase is not needed or there is no such cut (for `shortening.finish_words`). A clause a
    verb takes loses its nouns' adjectives first ("required lifting [economic] sanctions")."""
    ids = {t.i for t in words}
    if is_taken_clause(needed, ids):  # "would have required lifting [economic] sanctions"
        shorter = words
        for drop in (d for noun in sorted(needed.subtree, key=lambda t: -t.i)
                     if noun.pos_ in NOMINAL and noun.i in ids
                     for d in _noun_adjectives(noun, ids)):
            shorter = [t for t in shorter if t.i not in drop]
            if count_words(shorter) <= MAX_WORDS:
                return shorter
        return None
    if not is_needed_phrase(needed):
        return None
    for phrase in (_amount_phrases(words, needed, ids), _trailing_adjectives(words, needed),
                   _noun_adjectives(needed.head, ids)):
        for drop in phrase:
            shorter = [t for t in words if t.i not in drop]
            if count_words(shorter) <= MAX_WORDS:
                return shorter
    holder = _holder(needed.head)
    if holder is None:
        return None
    span = {t.i for t in holder.subtree}
    first = next(k for k, t in enumerate(words) if t.i in span)
    if first > 1 and first <= start and all(t.i in span for t in words[first:]):
        return words[:first]
    return None


def _amount_phrases(words: list[Any], needed: Any, ids: set[int]) -> list[set[int]]:
    """The "of" phrases before `needed` that give an amount, kept whole in `words`, last
    first: "gains [of $48 million]", "Nestle's share [of 7%]"."""
    found = []
    for token in words:
        if token.lower_ == "of" and token.dep_ == "prep" and token.i < needed.i \
                and token.head.i in ids and token.head.i < token.i \
                and any(c.dep_ == "pobj" and is_amount(c) for c in token.children):
            span = _own_words(token) & ids
            if needed.i not in span:
                found.append(span)
    return found[::-1]


def _own_words(token: Any) -> set[int]:
    """The places of the phrase of `token` without the clauses, asides and commas hung on
    its words ("of $48 million[, which included ...]")."""
    out = {token.i}
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "appos", "punct"):
            out |= _own_words(child)
    return out


def _trailing_adjectives(words: list[Any], needed: Any) -> list[set[int]]:
    """The adjective phrases after a noun inside the needed phrase, last first: "debentures
    [due March 1, 2011]"."""
    ids = {t.i for t in words}
    return [{t.i for t in a.subtree} for a in needed.subtree
            if a.pos_ == "ADJ" and a.dep_ == "amod" and a.head.i < a.i
            and list(a.children) and a.i in ids][::-1]


def _noun_adjectives(noun: Any, ids: set[int]) -> list[set[int]]:
    """The adjectives before the noun whose "of" phrase is needed, nearest first: "the
    [slated] visit of U.S. Commerce Secretary William Daley" (what the visit is of says
    more than what kind it is)."""
    return [{t.i for t in a.subtree} for a in sorted(noun.children, key=lambda t: -t.i)
            if a.dep_ == "amod" and a.i < noun.i and a.i in ids
            and all(t.i in ids for t in a.subtree)]


def _holder(noun: Any) -> Any:
    """The phrase a noun stands in that its clause can do without: a preposition's phrase
    after the verb's object or first phrase ("included $27 million [from the sale ...]",
    "has been on the run [since the bombing ...]"), one on a noun ("a gain [on the
    disposal ...]"), or an adjective's after its noun ("a dividend [equal to 72% of the
    rate]"); None for the phrase a verb or adjective needs ("talking [about the visit
    ...]", "involved [in the killing ...]")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.pos_ == "ADJ" and head.dep_ == "amod" and head.i < prep.i and head.head.i < head.i:
        return head  # "a floating annual dividend [equal to 72% of ...]"
    if head.pos_ in ("NOUN", "PROPN") and head.i < prep.i:
        return prep
    if head.pos_ in ("VERB", "AUX") and any(
            head.i < c.i < prep.i and c.dep_ in ("dobj", "attr", "acomp", "prep", "dative")
            for c in head.children):
        return prep
    return None


def misread_object(prep: Any, skip: set[int]) -> set[Any]:
    """The phrase a verb needs that the parse reads as the subject of a clause under its
    preposition: "has been described only as [a material witness] and a nationwide warrant
    had been issued" (the noun right after "as" is what he was described as, not what was
    issued); its words up to its noun, with the preposition, else nothing."""
    clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    noun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.left_edge.i == prep.i + 1), None) if clause is not None else None
    if noun is None or noun.pos_ not in NOMINAL or any(
            t.i in skip for t in noun.subtree if t.i <= noun.i):
        return set()
    return {prep} | {t for t in noun.subtree if t.i <= noun.i}


def needed_phrase(verb: Any, base: str, has_object: bool, skip: set[int],
                  phrase: Callable[[Any], set[Any]]) -> set[Any]:
    """The words of the prepositional phrase (`phrase` of its preposition) that a verb of
    NEEDED_PREPOSITION needs with its object, or as a passive, whose subject is its
    object: "attributed the performance [to increases in sales]", "has been described
    only [as a material witness]", also where the parse misreads it (`misread_object`).
    base: the verb's base form ("describe")."""
    needed = NEEDED_PREPOSITION.get(base)
    passive = any(a.dep_ == "auxpass" for a in verb.children)
    return {t for c in verb.children if c.dep_ == "prep" and c.lower_ == needed
            and c.i not in skip and (has_object or passive) and not any(  # not "cited
                o.lower_ in LINKING_NOUNS for o in c.children)  # costs [as a result of]"
            for t in phrase(c) | misread_object(c, skip)}
