"""What a clause's verb takes beyond its subject, for a headline: its objects or
complement with what they need (`complement_words`: a role, the whole of a part, a
copula's clause), a figure of change ("jumped [63%]"), an infinitive with its object
("hopes [to sell the unit]"), an infinitive with its own subject after "for", the first of
a list of objects split by their phrases, the infinitive an object noun takes ("a bid [to
buy the bank]"), and the first phrase after a predicate too short alone. Works on parsed
spaCy tokens (duck-typed).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.clause import base_form
from timeline.eventwords import CHOOSING, COPULAS, TIME_WORDS
from timeline.lexicon import ORDINALS
from timeline.needed import misread_complement, needed_phrase
from timeline.phrase import (CORE_DEPS, OBJECT_DEPS, OBJECT_WORDS, QUESTION_WORDS,
                             clause_complement, first_prep,
                             has_to, is_apposed_object, is_reciprocal, is_time_phrase,
                             noun_phrase, parted_of, place_adverb)
from timeline.wording import CURRENCY, MAX_WORDS, count_words, misread_clause

HYPHENS = {"-", "\u2013"}

# Verbs of placing, whose object needs its place: "to put 40,000 troops [in the region]".
PLACING = {"put", "place", "station", "position", "leave"}
# Verbs of making one thing into another, whose object needs what it becomes: "help turn
# this pious wish [into a policy]", "to split the company [into three units]".
RESULTING = {"turn", "transform", "convert", "change", "split", "divide", "break", "make",
             "translate", "develop", "merge", "fold", "form", "organize", "reorganize"}
PLACES = {"in", "on", "at", "into", "onto", "inside", "near", "along", "under", "around",
          "behind", "ahead", "above", "below", "outside", "without"}
# Nouns of a part that say nothing without their whole, even when the whole is the date.
PARTS = {"half", "end", "beginning", "start", "middle", "rest", "part", "remainder"}
# Verbs that put their object in a state a participle tells: "left a teenager paralyzed".
RESULTING_STATE = {"leave", "keep", "render", "hold"}
# Ranks rated over a span of time: "its first title [in 20 years]".
RANKED = {"first", "last", "only"}
# Spans of time a rank is rated over: "its biggest loss in five [years]".
SPANS = {form for unit in ("year", "decade", "month", "week", "day", "generation", "quarter")
         for form in (unit, unit + "s")} | {"century", "centuries"}
# Units of a figure that rose or fell: "jumped 63%", "rose 6 pence", "fell 148.85 points".
UNITS = {"%", "percent", "cent", "cents", "pence", "point", "points", "yen", "marks",
         "francs", "guilders", "dollars"}


def result_state(noun: Any, skip: set[int]) -> set[Any]:
    """The state a verb of leaving or keeping puts its object in, a participle the parse
    hangs on the object: "left a teenager [paralyzed]", "kept the border [closed]";
    without it the verb says another thing ("left a teenager")."""
    state = next((c for c in [*noun.children, *noun.head.children]
                  if c.dep_ in ("acl", "advcl", "ccomp", "oprd") and c.tag_ == "VBN"
                  and c.i in (noun.i + 1, noun.right_edge.i + 1) and c.i not in skip), None)
    if noun.dep_ != "dobj" or base_form(noun.head) not in RESULTING_STATE or state is None \
            or any(c.dep_ in ("prep", "agent", "dobj") for c in state.children):
        return set()
    return {state}


def ranked_span(noun: Any, skip: set[int]) -> set[Any]:
    """The span of time a ranked object is ranked over, which the parse hangs on the verb
    right after it: "won its first title [in 20 years]", "reported its biggest loss [in
    five years]"; without it the rank says another thing ("its first title" ever)."""
    ranked = noun.tag_ == "JJS" or any(c.dep_ == "amod" and (
        c.tag_ == "JJS" or c.lower_ in RANKED or any(g.tag_ == "RBS" for g in c.children))
        for c in noun.children)
    after = noun.right_edge.i + 1
    if not ranked or noun.dep_ not in ("dobj", "attr") or after >= len(noun.doc):
        return set()
    prep = noun.doc[after]
    span = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.head.i != noun.head.i or prep.lower_ not in ("in", "for") or span is None \
            or span.lower_ not in SPANS or prep.i in skip:
        return set()
    return set(prep.subtree)


def is_amount(noun: Any) -> bool:
    """A figure a verb of change takes without a preposition: "jumped [63%]", "fell [nearly
    two cents] a gallon", "fell [$1.125]" (not "occurred [700 kilometers] from each
    other", nor a date); not a rank ("won the title, [its first] since 1986"), though "a
    third" is a figure."""
    if noun.lower_ in ORDINALS and (noun.lower_ == "first" or any(
            c.dep_ == "poss" or c.lower_ == "the" for c in noun.children)):
        return False
    return bool(noun.like_num or noun.lower_ in UNITS or noun.text in CURRENCY
                or any(c.text in CURRENCY for c in noun.children))


def infinitive_words(infinitive: Any, skip: set[int]) -> set[Any]:
    """An infinitive of the clause with its auxiliaries and its object, first phrase or
    clause, and the question word that opens it, without which it tells what was only
    weighed ("decided [whether] to close the plant", "asked [how] to vote");
    coordinated infinitives share the last one's object."""
    tokens = {infinitive} | {c for c in infinitive.children if c.i not in skip and (
        c.dep_ in CORE_DEPS | {"aux"} or c.i < infinitive.i and c.lower_ in QUESTION_WORDS
        and c.dep_ in ("mark", "advmod"))}
    objects = [c for c in infinitive.children if c.dep_ in OBJECT_DEPS and c.i not in skip
               and not is_apposed_object(c)]
    shared = next((c for c in infinitive.children if c.dep_ == "conj" and not objects
                   and c.i > infinitive.i and c.doc[c.i - 1].dep_ == "cc"
                   and all(t.dep_ in CORE_DEPS for t in c.doc[infinitive.i + 1:c.i - 1])
                   and any(g.dep_ == "dobj" for g in c.children)), None)
    if shared is not None:  # "to impede [or delay the ruling]", "to hunt down [and
        # bring to justice those ...]": one object for both
        objects = [c for c in shared.children if c.dep_ == "dobj" and c.i not in skip]
        tokens |= {c for c in infinitive.children if c.dep_ in ("cc", "prt")} | {shared}
        tokens |= {t for c in shared.children if c.dep_ in ("prep", "prt") and c.i not in
                   skip and c.i < objects[0].i for t in c.subtree} if objects else set()
    for child in objects or first_prep(infinitive, skip):
        tokens |= noun_phrase(child, skip, OBJECT_WORDS)
    if not objects and infinitive.dep_ == "xcomp":
        tokens |= clause_complement(infinitive, skip)
    if not objects:  # "beginning to get [back] on its feet", "to go [back] to Cuba"
        tokens |= place_adverb(infinitive, skip)
    return tokens | placed(infinitive, skip) if objects else tokens


def amount_words(verb: Any, skip: set[int]) -> set[Any]:
    """The figure a verb of change takes without a preposition ("jumped [63%]"), also one
    the parse hides under a hyphenated adjective before it ("rose [a lower-than-anticipated
    5.2% to $238.3 million]", read as "lower" with "than anticipated 5.2%" under it)."""
    out: set[Any] = set()
    for child in verb.children:
        if child.dep_ != "npadvmod" or child.i < verb.i or child.i in skip:
            continue
        if is_amount(child):
            out |= noun_phrase(child, skip, OBJECT_WORDS)
        elif any(t.text in HYPHENS for t in child.children) and any(
                is_amount(t) and t.text not in CURRENCY for t in child.subtree if t.i != child.i):
            out |= {t for t in child.subtree if t.i not in skip and not (
                t.dep_ == "punct" and t.text == "," and t.head.i == child.i)}
    return out


def placed(verb: Any, skip: set[int]) -> set[Any]:
    """The place a verb of placing puts its object, or what a verb of making turns it
    into, which the object needs to make sense: "to put 40,000 troops [in the region]",
    "turn this pious wish [into a policy]", "left the team [six points behind the
    leaders]", "left 20,000 homes [without power]"; none that holds a date's words."""
    verb_form = base_form(verb)
    if verb_form not in PLACING and verb_form not in RESULTING:
        return set()
    place = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                  and c.lower_ in (PLACES if verb_form in PLACING else ("into",))), None)
    timed = {i for span in verb.doc.spans.get("timex", ()) for i in range(span.start, span.end)}
    if place is None or any(t.i in skip or t.i in timed for t in place.subtree):
        return set()  # "leave Bombay [on Monday nights]" tells a time, no place
    return noun_phrase(place, skip, OBJECT_WORDS)


def for_clause(verb: Any, skip: set[int]) -> set[Any]:
    """An infinitive with its own subject after "for" that a verb takes as its complement:
    "Spitzer called [for Vacco to revive that unit]", "waited [for the talks to resume]"."""
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                   and c.i > verb.i and c.i not in skip and has_to(c) and any(
                       m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
    if clause is None:
        return set()
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i in skip:
        return set()
    return {c for c in clause.children if c.dep_ == "mark"} | infinitive_words(clause, skip) \
        | noun_phrase(subject, skip, OBJECT_WORDS)


def noun_for_clause(verb: Any, skip: set[int]) -> set[Any]:
    """The noun an infinitive with its own subject after "for" completes, with that clause:
    "[another encouragement] for the Fed to lower rates" reads as a bare "The Fed to lower
    rates" alone; the noun tells what the clause is (a reason, not a decision). Empty when
    `verb` is no such clause of a noun."""
    noun = verb.head
    if noun.pos_ != "NOUN" or verb.dep_ not in ("advcl", "acl", "relcl") or noun.i > verb.i \
            or not has_to(verb) or not any(c.dep_ == "nsubj" for c in verb.children) \
            or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return set()
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    if subject.i in skip:
        return set()
    return noun_phrase(noun, skip | {t.i for t in verb.subtree}, OBJECT_WORDS) \
        | {c for c in verb.children if c.dep_ == "mark"} | infinitive_words(verb, skip) \
        | noun_phrase(subject, skip, OBJECT_WORDS)


def tagged_noun(verb: Any, skip: set[int]) -> set[Any]:
    """The noun before a speech tag set inside the sentence, with the infinitive the parse
    hangs on the tag (`timeline.clause.is_tag_infinitive`): "[a hope], its authors say, [to
    rebuild trade]"; empty when no noun ends right before the tag's comma."""
    start = min(t.i for t in verb.head.subtree if not t.is_punct)
    noun = verb.doc[start - 2] if start >= 2 else verb
    if verb.doc[start - 1].text != "," or noun.pos_ != "NOUN":
        return set()
    return {t for t in noun_phrase(noun, skip, OBJECT_WORDS) if t.i < start} \
        | infinitive_words(verb, skip)


def dated_object(objects: list[Any], skip: set[int]) -> list[Any]:
    """Of several direct objects split by a phrase (a list the parse breaks up: "adding
    Greece and Turkey in 1952, West Germany in 1955"), the first: the others, joined
    without their phrases, would read as one garbled noun phrase."""
    direct = [c for c in objects if c.dep_ == "dobj"]
    if len(direct) < 2 or not skip or not any(
            c.dep_ == "prep" and direct[0].i < c.i < direct[1].i for c in direct[0].head.children):
        return objects  # no list split by its phrases: "extended Control Data up to $90 million"
    return [c for c in objects if c.dep_ != "dobj" or c.i == direct[0].i]


def noun_infinitive(noun: Any, skip: set[int]) -> set[Any]:
    """The infinitive that says what an object noun is for, with its object or else its
    first phrase: "announced its agreements [to acquire the properties]", "made a bid [to
    buy the bank]", "has the right [to speak for the boy]"."""
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i
                   and has_to(c) and c.i not in skip), None)
    if clause is None:
        return set()
    out = {clause} | {c for c in clause.children if c.dep_ in CORE_DEPS | {"aux"}
                      and c.i not in skip}
    objects = [c for c in clause.children if c.dep_ in OBJECT_DEPS and c.i not in skip]
    for child in objects or first_prep(clause, skip):  # "the right to speak [for the boy]"
        out |= noun_phrase(child, skip, OBJECT_WORDS)
    return out


def chosen_date(verb: Any, skip: set[int]) -> set[Any]:
    """A date a verb of choosing takes as its object, with the role it is chosen for, which
    the parse may read as an adverb of time: "picked [Saturday night as the optimal time to
    start the offensive]" (without it the verb picks nothing)."""
    if base_form(verb) not in CHOOSING or any(c.dep_ == "dobj" for c in verb.children):
        return set()
    date = next((c for c in verb.children if c.dep_ in ("npadvmod", "dobj") and c.i > verb.i),
                None)
    role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 and date is not None and c.i == date.right_edge.i + 1), None)
    if date is None or role is None:
        return set()
    told = noun_phrase(role, skip, OBJECT_WORDS)
    told |= {t for n in told if n.dep_ == "pobj" for c in n.children if c.dep_ in ("relcl", "acl")
             and has_to(c) for t in c.subtree if t.i not in skip}  # "the time [to start ...]"
    return set(date.subtree) | told


def subject_infinitive(verb: Any, subject: set[Any], skip: set[int]) -> set[Any]:
    """The infinitive right after the subject's noun that says what it is, which the noun
    means nothing without: "[the right to work] is equal to the right to survival", "[the
    decision to close the plant] was announced"."""
    noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.i < verb.i and c in subject), None)
    if noun is None or not subject:
        return set()
    words = noun_infinitive(noun, skip)
    end = max(t.i for t in subject)
    return words if words and min(t.i for t in words) == end + 1 \
        and max(t.i for t in words) < verb.i else set()


def extension(verb: Any, tokens: set[Any], skip: set[int]) -> set[Any]:
    """For a headline too short to make sense ("Female pilots were held up"), the first
    phrase after the predicate that is not the date's: "by the lack of opportunities"."""
    taken = {t.i for t in tokens}
    heads = [verb] + sorted((t for t in tokens if t.dep_ in OBJECT_DEPS), key=lambda t: t.i)
    bare: set[Any] = set()  # a lone adverb goes with the phrase after it: "only [as ...]"
    for head in heads:
        for child in head.children:
            if child.i > head.i and child.i not in taken and child.i not in skip \
                    and child.dep_ in ("prep", "advmod", "oprd", "agent") \
                    and not is_time_phrase(child) and child.lower_ not in TIME_WORDS \
                    and not is_reciprocal(child):
                if child.dep_ == "advmod" and not list(child.children):
                    bare.add(child)
                    continue
                return bare | noun_phrase(child, skip, OBJECT_WORDS)
    return bare


def past_the_date(verb: Any, objects: list[Any], skip: set[int], words: set[Any]) -> set[Any]:
    """The phrase the date parts from the object it goes with: "took a detour [this week]
    from the core principle" keeps "from the core principle of gender fairness", which the
    object needs as much as when it followed it at once: whole but for a clause, and within
    the 15 words with the headline's `words`, or none ("at a price" without "of C$27.75
    each" says another thing); none where the object already has words or a clause after
    it ("a request [to have ...]"), nor in a relative clause, where the phrase after the
    date is as often the main clause's."""
    if verb.dep_ == "relcl":
        return set()
    limit = MAX_WORDS - count_words(list(words))
    for child in objects:
        end = max(t.i for t in child.subtree)
        if any(t.i > end for t in words) or any(
                c.dep_ in ("acl", "xcomp", "advcl", "ccomp") and c.i > end and c.i not in skip
                for c in (*verb.children, *child.children)):
            return set()  # the clause after it needs the room: "a request [to have ...]"
        after = next((c for c in verb.children if c.dep_ == "prep" and c.i > end + 1
                      and c.i not in skip and not is_time_phrase(c)), None)
        if after is not None and all(i in skip for i in range(end + 1, after.i)) \
                and misread_clause(after) is None:  # "after [one of them asked ...]"
            cut = {t.i for c in after.subtree if c.dep_ in ("relcl", "acl") or c.dep_ == "appos"
                   and c.head.pos_ != "PROPN" or c.text == "," and c.head.pos_ != "PROPN"
                   for t in c.subtree}  # not the state of "Independence, Missouri"
            phrase = {t for t in after.subtree if t.i not in cut}
            return phrase if count_words(list(phrase)) <= limit and not cut & skip \
                and all(t.i not in skip for t in phrase) else set()
    return set()


def complement_words(verb: Any, subject: set[Any], tokens: set[Any], skip: set[int],
                     needs: Callable[[Any, set[Any]], set[Any]]
                     ) -> tuple[list[Any], set[Any]]:
    """The verb's objects or complement, and the predicate's words `tokens` with them and
    with what they need: their clause or infinitive, the whole of a part, a role, a
    copula's clause or adverb, a figure of change, a needed preposition's phrase.

    needs: what else an object needs, given it and the words kept so far: the defining
    clause a ranked noun takes ("the first official word [that the project was in
    trouble]"; `nounclause.defining_clause`), a content noun's clause ("signals [that
    ...]"; `condition.needed_content`).
    """
    tokens = set(tokens)
    complement = dated_object([c for c in verb.children if c.dep_ in OBJECT_DEPS
                               and c.i not in skip and not is_apposed_object(c)], skip)
    for child in complement:
        tokens |= noun_phrase(child, skip, OBJECT_WORDS) | parted_of(child, skip)
        # "is ready [to travel]", "are confident [the offer will be approved]"
        tokens |= clause_complement(child, skip, *(
            ("xcomp", "ccomp") if child.dep_ == "acomp" else ("xcomp",)))
        tokens |= noun_infinitive(child, skip) | needs(child, tokens | subject)
        if child.dep_ == "acomp":  # "will be eligible [for duty-free treatment]"
            tokens |= misread_complement(child, skip)
        if child.lower_ in PARTS:  # "characterized the last half [of the '80s]"
            tokens |= {t for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                       and c.i in skip for t in c.subtree}
        role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     and c.i > child.i and c.i not in skip), None)
        phrase = noun_phrase(role, skip, OBJECT_WORDS) if role is not None else set()
        if child.dep_ == "dobj" and count_words(list(tokens | subject | phrase)) <= MAX_WORDS:
            tokens |= phrase  # "described the White House [as a collection of groups]"
        tokens |= ranked_span(child, skip) | result_state(child, skip)
    if base_form(verb) in COPULAS and not complement and any(  # "The problem was [that
            c.dep_ == "ccomp" and min(t.i for t in c.subtree) == verb.i + 1  # they ...]"
            for c in verb.children):
        complement = list(clause_complement(verb, skip, "ccomp"))
        tokens |= set(complement)
    if base_form(verb) in COPULAS and not complement and not any(  # "we'll be [back] to"
            c.dep_ == "prep" and c.i > verb.i and c.i not in skip for c in verb.children):
        tokens |= {next((c for c in verb.children if c.dep_ == "advmod" and c.i > verb.i
                         and c.i not in skip and c.lower_ not in TIME_WORDS
                         and not list(c.children)), verb)}
    if not complement:  # "may have been set [afire]", "picked [Saturday night as the time]"
        tokens |= place_adverb(verb, skip) | chosen_date(verb, skip)
    tokens |= amount_words(verb, skip)  # "jumped [63%]"
    tokens |= past_the_date(verb, complement, skip, tokens | subject)  # "a detour [from]"
    tokens |= placed(verb, skip) if complement else set()  # "put troops [in the region]"
    tokens |= needed_phrase(verb, base_form(verb), bool(complement), skip,
                            lambda c: noun_phrase(c, skip, OBJECT_WORDS))  # "tied [to ...]"
    return complement, tokens
