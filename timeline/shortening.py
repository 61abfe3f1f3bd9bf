"""A headline's words cut to MAX_WORDS, at a phrase boundary, losing first what it needs
least.

`finish_words` drops an aside set off by commas whose date was left out ("its offer[, due
to expire Friday,] to Dec. 4"), joins a headline's words and, while they are too many,
drops in turn: an adverb of manner on a verb ("talking [openly]"), the phrase after a
subject's noun when the predicate tells a clause ("U.S. commanders [in charge of planning
...] have indicated that ..."), the phrase of an object told to do something ("will order
the relatives [of the boy] to return him"), the last phrase or clause (or a cut elsewhere
its caller chooses), the last member of a list before the verb, an "of" phrase inside
another; then cuts after the last word that ends a phrase. A verb left without the object
its cut took goes too ("earned $101.4 million, including"). Joining, trimming and
capitalizing the words are `timeline.wording`'s. Works on spaCy tokens (duck-typed).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.kinds import PERSON_TITLES
from timeline.wording import (FINITE, HEDGES, MAX_WORDS, count_words, finish_text, is_finite,
                              join_words, misread_clause, trim_words)

# A cut that keeps a phrase the words need: (words, the last phrase's head, where it
# starts) -> the words cut elsewhere, or None.
Elsewhere = Callable[[list[Any], Any, int], "list[Any] | None"]

# Words that end a title before a name: "[Attorney General] Daryl Williams", "[Treasurer]
# Peter Costello", "[White House Chief of Staff] John Sununu".
TITLE_WORDS = PERSON_TITLES | {"treasurer", "chief", "staff", "deputy", "premier", "chancellor",
                               "secretary-general", "envoy", "lawyer", "coach", "diplomat"}
# What a verb cannot end a headline without: "including [a gain]", "to begin [presenting]".
HANGING = {"dobj", "xcomp", "ccomp", "pobj"}
# The first words of "both ... and", "either ... or", "neither ... nor".
CORRELATIVES = frozenset({"both", "either", "neither"})
DEPENDENT_VERB = {"xcomp", "acl", "advcl", "prep", "pcomp", "conj"}
# Adverbs in -ly that a headline keeps: degree, negation, restriction ("nearly doubled").
UNDROPPED_ADVERBS = {"only", "nearly", "barely", "hardly", "scarcely", "early", "partly",
                     "mostly", "largely", "roughly", "approximately", "likely", "merely",
                     "solely", "fully", "newly", "daily", "weekly", "monthly", "yearly",
                     "quarterly", "previously", "formerly", "initially", "originally"}
# What ends an aside set off by a comma: "the offer[, due to expire Friday,] to Dec. 4".
ASIDE_ENDS = frozenset({",", ";", ":", "--", "(", ")", "_"})
# Words an aside may end on without what was left out after them.
NAMING = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
# How an aside hangs on the word it modifies.
ASIDE_DEPS = frozenset({"prep", "amod", "acl", "advcl", "relcl", "npadvmod", "advmod", "appos"})
# Verbs that tell their object to do something, which need that infinitive to make sense:
# "will order the relatives [to return him]"; in each form (the parse has no lemmas here).
TELLING_TO = frozenset({form for verb in (
    "order", "ask", "tell", "urge", "force", "allow", "invite", "persuade", "require",
    "direct", "instruct", "encourage") for form in (
        verb, verb + "s", verb.removesuffix("e") + "ed", verb.removesuffix("e") + "ing")}
    | {"told", "permit", "permits", "permitted", "permitting", "compel", "compels",
       "compelled", "compelling"})


def finish_words(words: list[Any], elsewhere: Elsewhere | None = None,
                 dated: frozenset[int] = frozenset()) -> str:
    """`words` joined, trimmed of dangling words, cut to MAX_WORDS at a phrase boundary and
    capitalized; `elsewhere` cuts instead of a last phrase the words need; `dated`: the
    date's own words, left out, not cut off ("will take [going forward]" hangs on nothing)."""
    words = _without_dateless_aside(words)
    # A comma before left-out words leans on nothing: "James Kopp[, an opponent,] fired".
    # One after left-out words that an article or preposition leans over: "a [May 3, 1990],
    # share purchase agreement".
    words = trim_words([t for t, before, after in zip(words, [None, *words], [*words[1:], None])
                        if not (t.text == "," and after is not None and after.i != t.i + 1)
                        and not (t.text == "," and before is not None and before.i != t.i - 1
                                 and before.pos_ in ("DET", "ADP"))])
    while count_words(words) > MAX_WORDS and (shorter := _drop_adverb(words)) is not None:
        words = shorter
    if count_words(words) > MAX_WORDS and (shorter := _drop_subject_phrase(words)) is not None:
        words = shorter
    if count_words(words) > MAX_WORDS and (shorter := _drop_object_phrase(words)) is not None:
        words = shorter
    while count_words(words) > MAX_WORDS:
        if _needs_last(words) and (shorter := _drop_titles(words)) is not None:
            words = shorter  # "[Environment Minister] Robert Hill voted [to support ...]"
            break
        if (shorter := _drop_last_phrase(words, elsewhere)) is None:
            break
        words = trim_words(shorter)
    if count_words(words) > MAX_WORDS and (shorter := _drop_last_member(words)) is not None:
        words = shorter
    if count_words(words) > MAX_WORDS and (shorter := _drop_nested_of(words)) is not None:
        words = shorter
    if count_words(words) > MAX_WORDS:
        cut = MAX_WORDS
        while cut > 3 and words[cut - 1].pos_ not in ("NOUN", "PROPN", "VERB", "NUM", "ADJ"):
            cut -= 1
        # Not inside a phrase: "$90 million in revolving [loans]" and "or seven [cents a
        # share]" lose the words that lean on what is cut off.
        while cut > 3 and cut < len(words) and words[cut - 1].head.i >= words[cut].i:
            cut -= 1
        words = trim_words(words[:_before_lone_between(words, cut)])
    return finish_text(join_words(_without_lone_correlative(_without_hanging_verb(words,
                                                                                 dated))))


def _before_lone_between(words: list[Any], cut: int) -> int:
    """`cut`, or where the "between" phrase it would leave with one member begins."""
    if not 3 < cut < len(words) or words[cut].dep_ != "cc":
        return cut
    between = _pair_between(words[cut])
    if between is None:
        return cut
    return next((k for k, w in enumerate(words) if w.i >= between.i and k > 3), cut)


def _pair_between(word: Any) -> Any:
    """The "between" whose pair `word`, a later member or its conjunction, completes, else
    None: "charged him with stealing from the charity [between 2011] and 2015" says
    another thing without it, so the pair goes whole or not at all."""
    member = word.head if word.dep_ == "cc" else word
    if word.dep_ not in ("cc", "conj"):
        return None
    while member.dep_ == "conj" and member.head.i < member.i:
        member = member.head
    return member.head if member.dep_ == "pobj" and member.head.lower_ == "between" else None


def _without_dateless_aside(words: list[Any]) -> list[Any]:
    """`words` without an aside set off by two commas whose date was left out, with its
    first comma: "would extend its offer[, due to expire last Friday,] to Dec. 4" does not
    read as "would extend its offer, due to expire to Dec. 4"."""
    if not words:
        return words
    kept = {t.i for t in words}
    sent = words[0].sent
    dated = {t.i for span in words[0].doc.spans.get("timex", ())
             if sent.start <= span.start < sent.end for t in span}
    for comma in (t for t in sent if t.text == "," and (t.i in kept or t.i + 1 in kept)):
        close = next((t for t in comma.doc[comma.i + 1:sent.end] if t.text in ASIDE_ENDS),
                     None)
        if close is None or close.text != ",":
            continue
        aside = range(comma.i + 1, close.i)
        if any(i in dated and i not in kept for i in aside) \
                and _is_modifying_aside(comma.doc[comma.i + 1:close.i], kept, words):
            return _without_dateless_aside([t for t in words if t.i not in aside
                                            and t.i not in (comma.i, close.i)])
    return words


def aside_end(token: Any) -> int:
    """Where the aside `token` opens ends: at the first comma after it in its sentence
    ("the auction, set for Friday[,] to Jan. 9"), else at the sentence's end."""
    return int(next((t.i for t in token.doc[token.i:token.sent.end] if t.text == ","),
                    token.sent.end))


def _is_modifying_aside(aside: Any, kept: set[int], words: list[Any]) -> bool:
    """Whether `aside`, partly among the kept words, is one phrase that modifies a kept
    word before it ("its offer[, due to expire Friday,]"), not a list's next member
    ("Poland[, Hungary and ...]") nor the clause the headline tells, and whose kept words
    end on one that leans on what was left out ("due to expire"), not on a noun ("up from
    the [current] four flights")."""
    roots = [t for t in aside if not t.is_punct and t.head.i not in range(aside.start, aside.end)]
    last = next((t for t in reversed(aside) if t.i in kept), None)
    return len(roots) == 1 and last is not None and last.pos_ not in NAMING and roots[0].dep_ in ASIDE_DEPS and roots[0].head.i in kept \
        and roots[0].head.i < aside.start and any(t.i in kept for t in aside) \
        and any(t.pos_ in ("VERB", "AUX") for t in words if t.i not in range(aside.start,
                                                                             aside.end))


def _without_lone_correlative(words: list[Any]) -> list[Any]:
    """`words` without a "both" or "either" before a preposition whose "and" or "or" part
    was left out: "huge losses [both] on trades" (... and in the value of inventories)."""
    ids = {t.i for t in words}
    return [t for k, t in enumerate(words) if not (
        t.lower_ in CORRELATIVES and k + 1 < len(words) and words[k + 1].pos_ == "ADP"
        and not any(w.dep_ == "cc" and w.i > t.i for w in words)
        and any(w.dep_ == "cc" and w.i not in ids and w.i > t.i
                for w in t.doc[t.i:t.sent.end]))]


def _drop_object_phrase(words: list[Any]) -> list[Any] | None:
    """`words` without the phrase of an object told to do something, when that makes them
    fit, rather than the infinitive that says what it is told: "will order the relatives
    [of the boy] to return him" (a verb of ordering, asking or allowing needs its
    infinitive more than its object its phrase); None when there is no such phrase."""
    ids = {t.i for t in words}
    for told in (t for t in words if t.dep_ in ("xcomp", "advcl") and t.head.i in ids
                 and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                 and t.head.lower_ in TELLING_TO):
        told_start = min(t.i for t in told.subtree)
        for obj in (c for c in told.head.children if c.dep_ == "dobj" and c.i < told.i):
            phrase = {s.i for c in obj.children if c.dep_ == "prep" and c.i > obj.i
                      for s in c.subtree if s.i < told_start}
            shorter = [t for t in words if t.i not in phrase]
            if phrase and count_words(shorter) <= MAX_WORDS:
                return shorter
    return None


def _without_hanging_verb(words: list[Any], dated: frozenset[int]) -> list[Any]:
    """`words` without a last verb whose object or clause was cut off ("... in the slaying
    to begin", "earned $101.4 million, including"), a last adverb whose clause was ("no
    qualms about implementing the resolution, as long [as Israel had ...]") or an adjective
    after its noun whose phrase was ("a faction loyal [to Pol Pot]"), when a predicate
    stays before it."""
    while len(words) > 2 and (words[-1].pos_ == "VERB" and words[-1].dep_ in DEPENDENT_VERB
                              or words[-1].pos_ == "ADV" or _is_after_noun(words[-1])):
        last = words[-1]
        ids = {t.i for t in words}
        needed = HANGING if last.pos_ == "VERB" else {"advcl"}  # "as long [as Israel had]"
        if _is_after_noun(last):  # "a faction loyal [to Pol Pot]"
            needed = {"prep"}
        if last.tag_ == "VBG" and last.dep_ == "advcl" and words[-2].text == ",":
            needed = needed | {"prep"}  # "posted a charge, resulting [in a net loss]"
        if last.pos_ == "VERB" and last.dep_ == "prep":
            needed = needed | {"prep"}  # "fell 59%, compared [with earnings of ...]"
        if last.head.i not in ids or not any(
                c.i > last.i and c.i not in ids | dated and c.dep_ in needed
                for c in last.children):
            break
        first = min(t.i for t in last.subtree)
        words = trim_words([t for t in words if t.i < first])
    return words


def _is_after_noun(word: Any) -> bool:
    """An adjective after its noun, which leans on its own phrase ("a faction loyal [to Pol
    Pot]", "shares worth [$5 million]") and cannot end a headline without it."""
    return bool(word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.i < word.i)


def _drop_last_phrase(words: list[Any], elsewhere: Elsewhere | None) -> list[Any] | None:
    """`words` without their last prepositional phrase or clause, or cut `elsewhere` when
    they need it; None when there is none."""
    for k in range(len(words) - 1, 1, -1):
        token = words[k]
        if token.dep_ not in ("prep", "advcl", "xcomp", "conj", "relcl", "acl"):
            continue
        token = _pair_between(token) or token
        phrase = {s.i for s in token.subtree} | {  # "[after one of the attorneys] asked"
            s.i for p in token.head.children if token.dep_ == "advcl"
            and _opens(p, token) for s in p.subtree}
        # The phrase starts at its first word kept: "[six] cents a share", "[to] save".
        start = next(j for j, t in enumerate(words) if t.i in phrase)
        if start > 1 and all(t.i in phrase for t in words[start:]):
            shorter = elsewhere(words, token, start) if elsewhere is not None else None
            if shorter is not None:  # "$27 million from the sale [of Federated Investors]"
                return shorter
            if token.dep_ == "prep" and (token.head.pos_ == "ADV" or token.head.dep_ in (
                    "advmod", "npadvmod")) \
                    and words[start - 1].i == token.head.i:
                start -= 1  # "in their hometown of Cardenas, east [of Havana]"
            return words[:start]
    return None


def _needs_last(words: list[Any]) -> bool:
    """Whether the last phrase or clause of `words` is one their verb needs: the clause a
    verb takes ("voted [to support the republic]", "informed Sununu [that he ...]"), or
    the phrase right after a verb with no object ("to refer [to the resolution]")."""
    ids = {t.i for t in words}
    for k in range(len(words) - 1, 1, -1):
        token = words[k]
        if token.dep_ not in ("prep", "advcl", "xcomp", "conj", "relcl", "acl", "ccomp"):
            continue
        phrase = {s.i for s in token.subtree}
        start = min(j for j, t in enumerate(words) if t.i in phrase)
        if start < 2 or not all(t.i in phrase for t in words[start:]):
            continue
        head = token.head
        return head.i in ids and head.pos_ == "VERB" and (
            token.dep_ in ("xcomp", "ccomp") or token.dep_ == "prep"
            and words[start - 1].i == head.i and not any(
                c.dep_ in ("dobj", "attr", "acomp") for c in head.children))
    return False


def _drop_titles(words: list[Any]) -> list[Any] | None:
    """`words` without the titles before their names, first name first, when that makes
    them fit, rather than losing what their verb needs: "[Environment Minister] Robert
    Hill and [Attorney General] Daryl Williams voted to support the republic"; None when
    no such cut makes them fit."""
    ids = {t.i for t in words}
    shorter = words
    for name in (t for t in words if t.pos_ == "PROPN" and t.dep_ != "compound"):
        title = _title(name, ids)
        shorter = [t for t in shorter if t.i not in title]
        if title and count_words(shorter) <= MAX_WORDS:
            return shorter
    return None


def _title(name: Any, ids: set[int]) -> set[int]:
    """The title opening the name `name` ends, up to its last title word, when a name of
    at least one word stays after it: "[White House Chief of Staff] John Sununu"; else
    nothing."""
    before = sorted((t for t in name.subtree if t.i < name.i), key=lambda t: t.i)
    if not before or before[-1].i != name.i - 1 or before[-1].i - before[0].i + 1 != len(
            before) or any(t.i not in ids or t.dep_ in ("det", "poss", "case", "punct", "cc")
                           for t in before):
        return set()
    last = max((k for k, t in enumerate(before) if t.lower_ in TITLE_WORDS), default=-1)
    given = before[last + 1:]
    if last < 0 or not given or any(t.pos_ != "PROPN" or t.dep_ != "compound" for t in given):
        return set()
    return {t.i for t in before[:last + 1]}


def _drop_subject_phrase(words: list[Any]) -> list[Any] | None:
    """`words` without the phrase after their subject's noun, when the predicate tells a
    clause a cut would lose: "U.S. commanders [in charge of planning for Middle East
    crises] have indicated that they were capable of deploying 300,000 troops", or a
    participle's ("was delayed by rains, thus increasing sales"). Not an
    "of" phrase, which names what the noun is of ("One [of the sons]"); None when there is
    none or no clause."""
    ids = {t.i for t in words}
    if not any((t.dep_ == "ccomp" or t.dep_ == "advcl" and t.tag_ == "VBG")
               and t.head.i in ids for t in words):  # ", thus increasing sales"
        return None
    for token in words:
        if token.dep_ == "prep" and token.lower_ != "of" and token.head.i in ids \
                and token.head.dep_ in ("nsubj", "nsubjpass") and token.i > token.head.i:
            phrase = {t.i for t in token.subtree}
            if token.head.head.i in ids and max(phrase) < token.head.head.i \
                    and not _names_other(token.head, words):
                return [t for t in words if t.i not in phrase]
    return None


def _drop_nested_of(words: list[Any]) -> list[Any] | None:
    """`words` without an "of" phrase inside another in their subject, before a cut for
    length takes the predicate's object: "The televised images of the charred hulks [of
    the American Embassy buildings] will haunt the travel industry"; None when there is
    none or when the cut would still be needed."""
    ids = {t.i for t in words}
    for token in words:
        outer = token.head
        if token.lower_ == "of" and token.dep_ == "prep" and outer.dep_ == "pobj" \
                and outer.head.lower_ == "of" and any(
                    a.dep_ in ("nsubj", "nsubjpass") and a.head.i in ids and a.head.i > token.i
                    for a in token.ancestors):
            phrase = {t.i for t in token.subtree}
            shorter = [t for t in words if t.i not in phrase]
            return shorter if count_words(shorter) <= MAX_WORDS else None
    return None


def _names_other(noun: Any, words: list[Any]) -> bool:
    """Whether a later pronoun subject cannot stand for `noun` by number, so that its
    phrase may name what it stands for: "The real problem [with the Soviet proposals] was
    that they would have required ..."."""
    plural = noun.tag_ in ("NNS", "NNPS")
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.i > noun.i and (
        t.lower_ == "they" and not plural or t.lower_ in ("it", "he", "she") and plural)
        for t in words)


def _opens(prep: Any, verb: Any) -> bool:
    """Whether the phrase of `prep` is the misread opening of the clause of `verb`."""
    clause = misread_clause(prep)
    return clause is not None and clause.i == verb.i


def _drop_adverb(words: list[Any]) -> list[Any] | None:
    """`words` without their last adverb of manner or likelihood on a verb ("talking
    [openly]", "about [possibly] buying back ..."), the word a too-long headline loses
    before a phrase; None when there is none. Not one of degree or negation, which
    changes the sense ("nearly doubled", "barely rose", "only"), nor a hedge on a finite
    verb ("will probably be lower"), nor one on a participle
    before its noun ("the [recently] passed legislation")."""
    for k in range(len(words) - 1, 0, -1):
        word = words[k]
        if word.pos_ == "ADV" and word.dep_ == "advmod" and word.lower_.endswith("ly") \
                and word.head.pos_ in ("VERB", "AUX") and word.head.dep_ != "amod" \
                and not list(word.children) \
                and word.lower_ not in UNDROPPED_ADVERBS \
                and not (word.lower_ in HEDGES and is_finite(word.head)):
            return words[:k] + words[k + 1:]
    return None


def _drop_last_member(words: list[Any]) -> list[Any] | None:
    """`words` without the last member of a list that ends right before the finite verb,
    with its conjunction and commas ("explosions in Nairobi, Kenya[, and Dar-es-Salaam,
    Tanzania,] killed"): a subject too long loses a member, not the predicate; None when
    there is no such list."""
    verb = next((k for k, t in enumerate(words) if t.tag_ in FINITE and t.pos_ in (
        "VERB", "AUX")), 0)
    end = verb
    while end > 0 and words[end - 1].is_punct:
        end -= 1
    if end < 2:
        return None
    member = words[end - 1]
    while member.dep_ != "conj" and member.head.i != member.i and member.i >= words[0].i:
        member = member.head  # up from the member's last word to the member
    if member.dep_ != "conj" or member.pos_ not in ("NOUN", "PROPN") \
            or member.i > words[verb].i:
        return None  # a noun's list, not a clause joined to another
    phrase = {t.i for t in member.subtree}
    start = next(k for k, t in enumerate(words) if t.i in phrase)
    if not all(t.i in phrase for t in words[start:end]):
        return None
    while start > 1 and (words[start - 1].is_punct or words[start - 1].dep_ == "cc"):
        start -= 1
    return words[:start] + words[verb:] if start > 1 else None
