"""Parsed words into headline text: joined as written, trimmed of dangling words,
capitalized; what counts as a word. Cutting the words to MAX_WORDS at a phrase boundary
is `timeline.shortening`'s. Works on spaCy tokens (duck-typed)."""

from __future__ import annotations

from typing import Any

MAX_WORDS = 15
RELATIVE_PRONOUNS = {"which", "who", "whom", "that", "whose", "where", "when"}
DANGLING_END = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE", "PRON"}
CURRENCY = {"$", "#", "C$", "US$", "\u00a3", "\u20ac", "\u00a5"}
# Words that name an amount, whose "of" phrase only says how much: "gains [of $48 million]".
AMOUNT_WORDS = {"%", "percent"}
# Pronouns a headline may end on: "closed it", "to sell itself".
OBJECT_PRONOUNS = {"it", "them", "itself", "themselves", "himself", "herself", "him", "her",
                   "us", "me", "something", "anything", "nothing", "everything"}
# Words that may be a verb's particle, also after its object: "hand the child over", "buy
# back shares".
PARTICLES = {"over", "off", "out", "up", "down", "back", "away", "around", "aside"}
BRACKETS = {"(", ")", "[", "]", "{", "}", "--", "_"}
# Prepositions that also open a clause: "after [the attorneys asked]".
CLAUSE_PREPOSITIONS = {"after", "before", "until", "since"}
# Adverbs that hedge a claim, which a finite verb keeps like its negation: "will
# [probably] be lower" is no "will be lower" (on a gerund it may go: "talking about
# [possibly] buying", which tells no fact either way).
HEDGES = {"probably", "likely", "possibly", "perhaps", "maybe", "presumably", "apparently",
          "allegedly", "reportedly", "supposedly", "conceivably"}
# Fixed phrases a cut never ends inside: "in order [to]", "so as [to]", "as well [as]".
FIXED_PHRASES = (("in", "order", "to"), ("so", "as", "to"), ("as", "well", "as"))
# Quotation marks as the tokenizer gives them ("``" and "''" in TimeBank's text).
QUOTE_MARKS = frozenset({'"', "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019", "`"})


def finish_text(text: str) -> str:
    """`text` on one line, an unclosed bracket cut off, stray punctuation stripped at either
    end, the first letter capitalized."""
    text = _balanced(" ".join(text.split())).strip(" ,;:-\u2014")
    return text[:1].upper() + text[1:]


def count_words(words: list[Any]) -> int:
    """How many words a reader counts: punctuation and symbols ("$") are none, nor is a
    possessive's ending ("Gonzalez['s]"), which the reader reads with its word."""
    return sum(1 for t in words if not t.is_punct and t.pos_ != "SYM" and t.tag_ != "POS")


def without_fronted(named: list[Any], rest: list[Any], verb: Any) -> list[Any]:
    """`rest` (the words after the subject `named`) without a phrase that opens the
    sentence before the subject, when the headline is too long: "[at the close of business
    Thursday,] 5,745,188 shares of Connaught ... had been tendered" moved after a long
    subject would be cut before the verb, which the headline needs more."""
    if verb is None or not named or count_words(named + rest) <= MAX_WORDS:
        return rest
    start = min(t.i for t in named)
    fronted = {t.i for t in rest if t.i < start and t.i < verb.i and any(
        a.dep_ == "prep" and a.head.i == verb.i and a.i < start for a in [t, *t.ancestors])}
    return [t for t in rest if t.i not in fronted]


def misread_clause(prep: Any) -> Any:
    """The finite verb without a subject right after the phrase of a preposition that can
    open a clause, which the parse reads as a preposition: "issued their warning [after]
    one of the attorneys [asked] whether ..." (the noun is the clause's subject); else
    None."""
    end = max(t.i for t in prep.subtree)
    verb = prep.doc[end + 1] if end + 1 < len(prep.doc) else prep
    if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_PREPOSITIONS or verb.i == prep.i \
            or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i != prep.head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


def trim_words(words: list[Any]) -> list[Any]:
    """`words` without a dangling conjunction, article, preposition or relative pronoun at
    either end (a particle, "cut off", stays)."""
    while True:
        while words and not is_pointing_object(words[-1]) and (
                words[-1].text in CURRENCY or words[-1].pos_ in DANGLING_END
                and words[-1].lower_ not in OBJECT_PRONOUNS and words[-1].dep_ != "prt"
                and not any(c.dep_ == "det" for c in words[-1].children)  # "a falling [out]"
                or words[-1].lower_ in RELATIVE_PRONOUNS or words[-1].text in BRACKETS):
            words = words[:-1]
        shorter = _without_fixed_start(words)
        if len(shorter) == len(words):
            break
        words = shorter
    while words and not _is_hyphenated(words) and (
            words[0].pos_ in ("CCONJ", "SCONJ", "PUNCT", "SPACE")
            and words[0].dep_ != "preconj"  # "Neither he nor ..."
            and not (words[0].lower_ == "whether" and words[0].head.dep_ == "csubj")
            and not is_demonstrative(words[0])  # "[that] lesson", tagged a conjunction
            or words[0].pos_ == "ADP" and words[0].dep_ != "advmod"
            or words[0].lower_ in RELATIVE_PRONOUNS and not is_demonstrative(words[0])
            or words[0].text in BRACKETS):
        words = words[1:]
    return words


def _without_fixed_start(words: list[Any]) -> list[Any]:
    """`words` without a fixed phrase's opening words at their end, whose last word was cut
    off: "could mortgage its future [in order]" (to placate ...)."""
    if not words:
        return words
    after = words[-1].i + 1
    following = words[-1].doc[after].lower_ if after < len(words[-1].doc) else ""
    for fixed in FIXED_PHRASES:
        for n in range(len(fixed) - 1, 0, -1):
            if len(words) > n and fixed[n] == following \
                    and [t.lower_ for t in words[-n:]] == list(fixed[:n]):
                return words[:-n]
    return words


def _is_hyphenated(words: list[Any]) -> bool:
    """The first word begins a hyphenated compound ("over-the-counter trading"), which
    loses its sense without it."""
    return len(words) > 1 and words[1].text in ("-", "\u2013") and not words[0].whitespace_ \
        and words[1].i == words[0].i + 1 and words[0].is_alpha


def is_pointing_object(word: Any) -> bool:
    """ "that" or "this" as the object of the word before it, which a headline may end on:
    "are worth only half that", "did this" (a relative "that" comes before its verb), not
    one a relative clause was cut from ("some of those [who have been profiting]")."""
    return bool(word.lower_ in ("that", "this", "these", "those") and word.tag_ == "DT"
                and word.head.i < word.i
                and word.dep_ in ("dobj", "pobj", "npadvmod", "attr")
                and not any(c.dep_ in ("relcl", "acl", "prep") for c in word.children))


# Tags of a finite verb, which a headline needs to read as a clause.
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def is_finite(verb: Any) -> bool:
    """Whether the verb is finite itself or by an auxiliary: "sent", "would result"."""
    return verb.tag_ in FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children)


def is_demonstrative(word: Any) -> bool:
    """ "that" as the subject of a finite verb that points, not relates: "that's very
    important", "that would be an advantage" (not "see that grow"); also one tagged as a
    relative whose verb is no relative clause ("..., [that] gives the transaction a value
    of $104 million"); and "that" before its noun ("that implication")."""
    if word.lower_ == "that" and word.dep_ == "det" and word.head.i > word.i:
        return True  # "[that] implication is inaccurate": a relative is no determiner
    return bool(word.lower_ == "that" and (word.tag_ == "DT" or word.tag_ == "WDT"
                                           and word.head.dep_ not in ("relcl", "acl"))
                and word.dep_ in ("nsubj", "nsubjpass") and is_finite(word.head))


def _balanced(text: str) -> str:
    """`text` cut before a bracket it opens but does not close: "at 10:35 a.m. (0735 GMT"."""
    depth, cut = 0, None
    for i, char in enumerate(text):
        if char == "(":
            cut = i if depth == 0 else cut
            depth += 1
        elif char == ")" and depth:
            depth -= 1
    return text[:cut] if depth and cut is not None else text


def _inner_hyphen(prev: Any, tok: Any) -> bool:
    """Whether only a hyphen or dash written with no space on either side stands between
    two kept tokens: it is inside one written word, a score or a range ("112-104")."""
    return tok.i == prev.i + 2 and not prev.whitespace_ \
        and tok.doc[prev.i + 1].text in ("-", "\u2013") and not tok.doc[prev.i + 1].whitespace_


def join_words(tokens: list[Any]) -> str:
    """The tokens as written, one space where words were left out between them."""
    parts: list[str] = []
    for prev, tok in zip([None, *tokens], tokens):
        if prev is not None:
            if _inner_hyphen(prev, tok):
                parts.append(prev.whitespace_ + tok.doc[prev.i + 1].text)  # "112[-]104"
                prev = tok.doc[prev.i + 1]
            gap = tok.i != prev.i + 1 and tok.text not in (",", ";")  # "Shield[ soon], ..."
            parts.append(" " if gap else prev.whitespace_ if tok.i == prev.i + 1 else "")
        text = tok.text
        if prev is not None and prev.lower_ == "a" and tok.i != prev.i + 1 \
                and text[:1].lower() in "aeio" and parts[-2:-1] in (["a"], ["A"]):
            parts[-2] += "n"  # "a [June] agreement" → "an agreement"
        if prev is not None and tok.is_sent_start and tok.pos_ != "PROPN" and text != "I":
            text = text.lower()  # "Pompeo speaking at ...", moved from the sentence's start
        parts.append(text)
    return "".join(parts)


def possessive(name: str) -> str:
    """`name` as an owner: "Unisys'", "Ogden Projects'", "Anheuser's"."""
    return name + ("'" if name.endswith("s") else "'s")


def is_wh_phrase(token: Any) -> bool:
    """Whether `token` is a question word or heads a phrase one determines ("what", "[which]
    plan", "[what] kind of actions")."""
    return token.tag_ in ("WP", "WDT") or any(
        c.dep_ == "det" and c.tag_ in ("WP", "WDT") for c in token.children)


def bracketed_subject(verb: Any) -> Any:
    """The head of a bracketed noun phrase right before a verb (or its auxiliaries) that
    has no subject of its own, which the parse hangs elsewhere: an editor's "(the two
    countries) will take" supplies the subject a quotation left out. Else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))])
    doc = verb.doc
    if first < 3 or doc[first - 1].text != ")":
        return None
    opening = next((k for k in range(first - 2, max(first - 12, 0), -1) if doc[k].text == "("),
                   None)
    if opening is None:
        return None
    inside = range(opening + 1, first - 1)
    heads = [doc[k] for k in inside if doc[k].head.i not in inside]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN") else None


def is_amount(noun: Any) -> bool:
    """A figure: "$48 million", "7%", "less than $10 million", "$1.65 a share"."""
    return bool(noun.like_num or noun.pos_ == "NUM" or noun.lower_ in AMOUNT_WORDS
                or any(c.text in CURRENCY for c in noun.children))
