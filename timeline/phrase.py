"""Phrases of a parsed clause that a headline is made of: a noun phrase in one piece, a
name without its asides, the first prepositional phrase, the clause a verb says. The noun
a relative clause, a participle or "whose" tells of is referent.py's.

Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Collection

from timeline.defining import defined_words, whole_members
from timeline.eventwords import TIME_WORDS
from timeline.kinds import is_listed_modifier
from timeline.wording import (BRACKETS, HEDGES, bracketed_subject, count_words, is_amount,
                              is_wh_phrase, misread_clause)

SUBJECT_WORDS = 12
OBJECT_WORDS = 14
CLAUSE_SUBJECT_WORDS = 6
# At most this many words of the second member of a "between" kept past a phrase's limit
# (and the phrase at most SUBJECT_WORDS + 3 with it: a headline needs its verb more).
PAIRED_WORDS = 5
# Dependents kept inside a noun phrase; relative clauses, appositions and asides are not.
PHRASE_DEPS = {"det", "predet", "preconj", "poss", "amod", "compound", "nummod", "prep",
               "pobj", "case", "nmod", "quantmod", "cc", "conj", "hmod", "hyph", "punct", "neg",
               "advmod", "dep", "npadvmod", "pcomp", "dobj", "prt"}
# Words before their noun that cannot end a phrase without it: "of convertible [debentures]".
MODIFIERS = {"amod", "compound", "nmod", "advmod"}
# Words that open a question a verb takes as its object.
QUESTION_WORDS = {"whether", "if", "why", "how", "what", "who", "whom", "which", "where",
                  "when"}
CORE_DEPS = {"aux", "auxpass", "neg", "prt"}
# Hyphens, no words of their own, which the word limit never parts from their words
# ("low[-]margin").
HYPHENS = {"-", "\u2013"}
# Adverbs of place or direction, which a verb without an object needs: "go back to Cuba".
PLACE_ADVERBS = {"back", "home", "away", "afire", "abroad", "ashore", "aground", "apart",
                 "aside", "ahead", "forward", "overseas", "together", "adrift", "astray",
                 "north", "south", "east", "west", "upstairs", "downstairs", "offshore",
                 "higher", "lower", "up", "down"}
OBJECT_DEPS = {"dobj", "attr", "acomp", "oprd", "dative"}
# Heads a participle after them can tell of: a noun, or a number that stands for one
# ("at least 58 [injured] in the attack", "254,200 [bought] for $16 each").
OWNERS = ("NOUN", "PROPN", "NUM")
# Verbs of perceiving or letting that take a clause of a bare infinitive: "see [Europe
# represent half of revenues]", "let [the offensive begin]".
BARE_INFINITIVE = {"see", "saw", "seen", "sees", "hear", "heard", "hears", "watch", "watched",
                   "let", "lets", "make", "made", "makes", "help", "helped", "helps"}
# Verbs of motion a bare verb follows as its purpose: "would go [get his son]" (only
# their plain form takes one).
SERIAL = {"go", "come"}


def clause_complement(verb: Any, skip: set[int], *deps: str) -> set[Any]:
    """The clause (of `deps`, default ccomp and xcomp) that a word says, told to its object:
    "voted to make [Australia a republic]", "would like to see [him come forward]", "is
    ready [to travel to the United States]", "informed Sununu [that he has lost ...]"."""
    clause = next((c for c in verb.children if c.dep_ in (deps or ("ccomp", "xcomp"))
                   and c.i > verb.i and c.i not in skip), None)
    if clause is None:
        return set()
    out = {clause} | {c for c in clause.children if c.i not in skip and (
        c.dep_ in CORE_DEPS | {"mark"} or c.dep_ == "advmod" and c.tag_ == "WRB")}
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                    and c.i > verb.i and c.i not in skip), None) or bracketed_subject(clause)
    if subject is not None:
        out |= noun_phrase(subject, skip, CLAUSE_SUBJECT_WORDS)
    out |= {t for c in clause.children if c.dep_ in OBJECT_DEPS and verb.i < c.i < clause.i
            and c.i not in skip and is_wh_phrase(c)  # "about [what actions] they will take"
            for t in noun_phrase(c, skip, OBJECT_WORDS)}
    if clause.pos_ not in ("VERB", "AUX"):  # a small clause: "make Australia [a republic]"
        told = set()  # "made [it] clear [the family has only 14 days]": what "it" stands for
        if subject is not None and subject.lower_ == "it" and clause.pos_ == "ADJ":
            told = clause_complement(clause, skip, "ccomp", "advcl")
        return out | noun_phrase(clause, skip, OBJECT_WORDS) | told
    then = next((c for c in clause.children if (c.dep_ == "xcomp" or is_serial(c))
                 and c.i > clause.i and c.i not in skip), None)
    if then is not None:  # "that it intends [to raise its stake]"
        out |= {then} | {c for c in then.children if c.dep_ in CORE_DEPS and c.i not in skip}
        clause = then
    out |= {c for c in clause.children if is_core(c) and c.i not in skip}
    objects = [c for c in clause.children if c.dep_ in OBJECT_DEPS and c.i > clause.i
               and c.i not in skip and not is_apposed_object(c)]
    for child in objects or first_prep(clause, skip):
        out |= noun_phrase(child, skip, OBJECT_WORDS)
    if not objects and clause.lower_ in BARE_INFINITIVE:  # "to see [Europe and Asia
        out |= clause_complement(clause, skip, "ccomp")  # represent half of revenues]"
    role = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                 and objects and c.i > objects[0].i and c.i not in skip), None)
    if role is not None:  # "whether they could foresee Russia [as a member of NATO]"
        out |= noun_phrase(role, skip, OBJECT_WORDS)
    return out | (set() if objects else place_adverb(clause, skip))


def is_serial(verb: Any) -> bool:
    """A bare verb right after "go" or "come", the purpose it goes for ("would go [get his
    son]", "come see the show"), which the parse may hang on it as an adverbial clause."""
    head = verb.head
    return verb.dep_ in ("advcl", "xcomp", "ccomp") and verb.tag_ == "VB" \
        and head.i == verb.i - 1 and head.lower_ in SERIAL \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children)


def core_words(verb: Any, skip: set[int]) -> set[Any]:
    """The verb's auxiliaries, negation and particles, with what the parse hangs on them
    that is the verb's: an auxiliary's own auxiliary ("[has] been offset") and a particle's
    phrase ("was kidnapped along [with the boy]": "along with" needs its object)."""
    out = {c for c in verb.children if is_core(c) and c.i not in skip}
    for child in list(out):
        if child.dep_ in ("aux", "auxpass"):
            out |= {g for g in child.children if g.dep_ in CORE_DEPS and g.i not in skip}
        elif child.dep_ == "prt":
            out |= {t for g in child.children if g.dep_ == "prep" and g.i not in skip
                    for t in noun_phrase(g, skip, OBJECT_WORDS)}
    return out


def is_core(child: Any) -> bool:
    """An auxiliary, negation, particle or hedge of its verb ("will [probably] be")."""
    return bool(child.dep_ in CORE_DEPS or child.dep_ == "advmod" and child.lower_ in HEDGES)


def is_apposed_object(child: Any) -> bool:
    """Whether an "object" the parse hangs on a verb after a comma that closes a phrase
    is an apposition of that phrase's noun: "apply for visas at the U.S. Interests Section
    in Havana[, the American mission here]". A verb's object follows it before its
    phrases, not after a comma."""
    doc = child.doc
    before = child.left_edge.i - 1
    while before > 0 and doc[before].tag_ in ("''", "``"):  # "of ``Desert Shield,'' [the
        before -= 1  # operation designed to ...]": the quotation closes after the comma
    return child.dep_ in ("dobj", "attr") and before > child.head.i + 1 \
        and doc[before].text == "," \
        and doc[before - 1].pos_ in ("NOUN", "PROPN") and doc[before - 1].dep_ == "pobj"


def place_adverb(verb: Any, skip: set[int]) -> set[Any]:
    """The adverb of place or direction after a verb, with its phrase: "should go [back to
    Cuba]", "was set [afire]"; none whose phrase is the date's ("ahead [of the weekend]")."""
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.i > verb.i
                   and c.lower_ in PLACE_ADVERBS and c.i not in skip), None)
    if adverb is None or any(t.i in skip for t in adverb.subtree):
        return set()
    comma = adverb.doc[adverb.i - 1]  # "closed at $43.50 a share[,] up $1"
    dated = {t.i for c in adverb.subtree if c.dep_ == "npadvmod" and c.lower_ in TIME_WORDS
             and any(g.lower_ in ("before", "earlier", "ago", "later") for g in c.children)
             for t in c.subtree}  # "down from $450 million [the year before]": another date
    return noun_phrase(adverb, skip | dated, OBJECT_WORDS) | (
        {comma} if comma.text == "," else set())


def asked_clause(verb: Any, skip: set[int]) -> Any:
    """The question after `verb` that is its object ("are investigating [whether Rudolph is
    linked to the attacks]", "asked [why it closed]", also one the parse reads as an
    adjunct: "will rule on Friday [whether the company must pay]"): the clause is what the
    verb is about, whatever the verb; else None."""
    clause = next((c for c in verb.children if c.i > verb.i and c.i not in skip and (
        c.dep_ == "ccomp" or c.dep_ == "advcl" and _is_whether(c))), None)
    if clause is None or any(c.dep_ == "dobj" for c in verb.children):
        return None
    first = min(clause.subtree, key=lambda t: t.i)
    return clause if first.lower_ in QUESTION_WORDS else None


def _is_whether(clause: Any) -> bool:
    """Whether a clause is a question of "whether" with no "or", which may make it a
    concession ("will play whether it rains or not")."""
    words = sorted(clause.subtree, key=lambda t: t.i)
    return words[0].lower_ == "whether" and words[0].dep_ == "mark" \
        and not any(t.lower_ == "or" for t in words)


def _asked(prep: Any) -> bool:
    """Whether a preposition's object is a question with its own subject or an infinitive:
    "vote on [whether a school can relocate]", "argued about [who would pay]", "vote on
    [whether to raise taxes]"."""
    clause = next((c for c in prep.children if c.dep_ == "pcomp"), None)
    return clause is not None and (any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                                   or has_to(clause) or bracketed_subject(clause) is not None) \
        and min(clause.subtree, key=lambda t: t.i).lower_ in QUESTION_WORDS


def name_phrase(head: Any, skip: set[int]) -> set[Any]:
    """A pronoun's antecedent as a name, without the phrases after it but "of": "Salt Lake
    City-based First Security[, with $5.4 billion in assets]", "The Organization of
    African Unity"; a list of modifiers the parse split whole ("The giant foods, tobacco
    and brewing company")."""
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if head.pos_ == "NOUN" and named is not None:
        return name_phrase(named, skip)  # "The U.S. ambassador to Poland, [Dan Fried],"
    out = {head}
    for child in head.children:
        if child.i < head.i and child.dep_ in ("compound", "det", "amod", "poss", "nmod",
                                               "nummod", "punct") \
                or child.i > head.i and child.dep_ in ("cc", "conj") \
                or child.dep_ in ("appos", "punct") and is_listed_modifier(head) \
                or child.dep_ == "prep" and child.lower_ == "of":  # "maker of fasteners"
            out |= {t for t in child.subtree if t.i not in skip}
    return contiguous(out, head, skip)


def first_prep(verb: Any, skip: set[int]) -> list[Any]:
    """The first prepositional phrase (or a passive's agent) after the verb that is not the
    date's own."""
    for child in verb.children:
        if child.dep_ in ("prep", "agent") and child.i > verb.i and child.i not in skip \
                and not is_time_phrase(child) and not is_reciprocal(child):
            return [child]
    return []


def noun_phrase(token: Any, skip: set[int], limit: int) -> set[Any]:
    """`token` and its phrase dependents, nearest first, at most `limit`, in one piece; a
    preposition's question with its clause ("will vote [on whether a school can move]")."""
    if token.dep_ == "prep" and _asked(token):
        return {token} | clause_complement(token, skip, "pcomp")
    clause = misread_clause(token)
    if clause is not None:  # "after [one of the attorneys asked whether ...]": whole
        return contiguous({t for t in (*token.subtree, *clause.subtree) if t.i not in skip},
                          token, skip)
    out = {token}
    frontier = [token]
    words = 1
    aside = _aside(token)
    while frontier and words < limit:
        current = frontier.pop(0)
        for child in sorted(current.children, key=lambda t: abs(t.i - token.i)):
            if child.dep_ in PHRASE_DEPS and child.i not in skip and (
                    words < limit or child.text in HYPHENS) \
                    and child.text not in BRACKETS and not _is_date_only(child, skip) \
                    and not _takes_clause(child) \
                    and not (current.i == token.i and child.i >= aside):
                out.add(child)
                frontier.append(child)
                words += not (child.is_punct or child.dep_ in ("hyph", "punct"))
            elif child.i in skip and child.dep_ == "npadvmod":  # "bombings [this month] of
                after = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                         and c.i not in skip]  # U.S. embassies": no date takes that "of"
                out.update(after)
                frontier.extend(after)
    out = whole_members(out | _compound_gerund(token, skip), skip, is_amount)
    out |= _between_pair(out, skip)
    # The date's own modifiers are no gap either: "at 50% of the [then] current market price".
    dated = {c.i for t in token.subtree if t.i in skip for c in t.children
             if c.dep_ == "advmod" and c.i == t.i - 1}
    defined, between = defined_words(token, skip, out, (words, limit), count_words)
    out |= defined  # "those [who were responsible]", "the redemption [on Dec. 7] of ..."
    return _headed(contiguous(out, token, set(skip) | dated | between | _bracketed(token)),
                   token)


def _between_pair(out: set[Any], skip: set[int]) -> set[Any]:
    """The second member of a "between" the phrase `out` holds the first of, past any word
    limit: "a meeting between Janet Reno [and the boy's family]" is garbled without it."""
    pairs = [c for n in out if n.dep_ == "pobj" and n.head.lower_ == "between"
             for c in n.children if c.dep_ in ("cc", "conj") and c.i not in skip]
    pair = {t for c in pairs for t in (noun_phrase(c, skip, PAIRED_WORDS)
                                       if c.dep_ == "conj" else {c})}
    return pair if count_words(list(out | pair)) <= SUBJECT_WORDS + 3 else set()


def _bracketed(token: Any) -> set[int]:
    """The places of a bracketed aside right after a noun ("1,300 pounds [(600 kgs)] of
    explosives"), which the phrase leaves out but reads across."""
    opening = next((c for c in token.children if c.text == "(" and c.i == token.i + 1), None)
    closing = next((c for c in token.children if c.text == ")" and opening is not None
                    and c.i > opening.i), None)
    return set(range(opening.i, closing.i + 1)) \
        if opening is not None and closing is not None else set()


def _compound_gerund(token: Any, skip: set[int]) -> set[Any]:
    """The rest of a compound noun the parse reads as an adjective's clause: "future
    [earning power]", "its future [lending capacity]" (an adjective heads no noun phrase
    of its own; the gerund and bare noun right after it are the noun it modifies)."""
    gerund = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if token.tag_ != "JJ" or token.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") \
            or gerund.head.i != token.i or gerund.dep_ != "acl" or gerund.tag_ != "VBG":
        return set()
    noun = gerund.doc[gerund.i + 1] if gerund.i + 1 < len(gerund.doc) else gerund
    if noun.head.i != gerund.i or noun.dep_ != "dobj" or noun.pos_ != "NOUN" \
            or list(noun.children) or {gerund.i, noun.i} & set(skip):
        return set()
    return {gerund, noun}


def _headed(tokens: set[Any], anchor: Any) -> set[Any]:
    """`tokens` without modifiers at the end whose noun the word limit left out: "a
    buy-back of convertible [subordinated debentures]" ends "a buy-back"."""
    kept = {t.i for t in tokens}
    ordered = sorted(tokens, key=lambda t: t.i)
    while len(ordered) > 1 and ordered[-1].i != anchor.i and (
            _lost_head(ordered[-1], kept) or _lost_object(ordered[-1], kept)):
        kept.discard(ordered.pop().i)
    return set(ordered)


def _lost_head(token: Any, kept: set[int]) -> bool:
    """A modifier whose noun or verb after it was left out: "of convertible", "possibly",
    a currency sign without its sum ("for $ [200 million]")."""
    return token.head.i > token.i and token.head.i not in kept and not token.like_num \
        and (token.dep_ in MODIFIERS or token.text == "-" or token.pos_ == "SYM")


def _lost_object(token: Any, kept: set[int]) -> bool:
    """A gerund whose object was left out: "charged with murder and with violating"."""
    return token.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "xcomp", "ccomp") and c.i > token.i and c.i not in kept
        for c in token.children)


def contiguous(tokens: set[Any], anchor: Any, skip: Collection[int] = ()) -> set[Any]:
    """Drop tokens cut off from `anchor` by a gap, so the phrase reads as one piece; the
    date's own words (`skip`) are no gap ("at [last year's] Madrid summit")."""
    present = {t.i for t in tokens} | set(skip)
    keep = {anchor.i}
    for step in (1, -1):
        i = anchor.i + step
        while i in present:
            keep.add(i)
            i += step
    return {t for t in tokens if t.i in keep}


def is_reciprocal(prep: Any) -> bool:
    """ "from each other": no object a headline can stand on ("occurred from each other")."""
    return any(g.lower_ in ("other", "another") for g in prep.children)


def is_time_phrase(prep: Any) -> bool:
    return any(c.dep_ == "pobj" and c.lower_ in TIME_WORDS for c in prep.children)


def _takes_clause(child: Any) -> bool:
    """An adjective after its noun with an infinitive of its own, a relative clause without
    "that is": "a tour [likely to last over a week]", which a noun phrase cannot end on."""
    return child.dep_ == "amod" and child.i > child.head.i \
        and any(c.dep_ == "xcomp" for c in child.children)


def _is_date_only(child: Any, skip: set[int]) -> bool:
    """A prepositional participle whose words are all the date's: "costs[, compared with a
    year ago,]" leaves nothing but "compared"."""
    return child.dep_ == "prep" and child.pos_ == "VERB" \
        and all(g.i in skip for g in child.children)


def _aside(head: Any) -> int:
    """Where an aside set off by a comma after a noun starts ("Mr. Reupke[, 52 years old
    and a 27-year Reuters veteran,]", "Dr. Slepian[, just back from synagogue,]", "police
    in the Comoros archipelago[, off the Tanzanian coast,]"), or past the sentence when
    there is none."""
    for child in head.children:
        if child.i > head.i and child.dep_ == "amod" and head.doc[child.i - 1].text == "," \
                or child.dep_ == "punct" and child.i == head.i + 1 and child.text == "," \
                and any(c.dep_ == "amod" and c.i > child.i for c in head.children):
            return int(child.i)
        if child.i > head.i and child.dep_ in ("prep", "advmod") \
                and child.lower_ != "including" \
                and head.doc[child.left_edge.i - 1].text == "," \
                and not any(c.dep_ == "conj" and c.i > child.i for c in head.children) \
                and child.right_edge.i + 1 < len(head.doc) \
                and head.doc[child.right_edge.i + 1].text == ",":
            return int(child.left_edge.i - 1)  # "police in the Comoros[, off the coast,]"
    return len(head.doc) + 1


def has_to(verb: Any) -> bool:
    """Whether the verb is a "to" infinitive: "a charge [to be spread]"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def parted_of(noun: Any, skip: set[int]) -> set[Any]:
    """The "of" phrase of `noun` that the date's words part from it, which the parse hangs
    on the date: "no word in Washington [on Tuesday] of any significant leads", "earnings
    [a year earlier] of $382.2 million"; else nothing."""
    doc = noun.doc
    if noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return set()  # "important [to the future] of our peoples": the date's own "of"
    own = {t.i for t in noun.subtree}
    k = noun.i + 1
    while k < noun.sent.end and k in own and k not in skip:
        k += 1  # past the noun's own words to the date's
    if k not in skip:
        return set()
    while k < noun.sent.end and k in skip:
        k += 1
    if k < noun.sent.end and doc[k].lower_ == "of" and doc[k].head.i in skip:
        return noun_phrase(doc[k], skip, OBJECT_WORDS)
    return set()
