"""Headlines for events: the trigger's clause cut to what a reader needs.

A headline is the trigger's subject, its predicate with auxiliaries, particles and
negation, and the object or complement that makes it sense ("Japan and the United States
agreed to cooperate ..."). Reported speech is headlined by what was reported; a relative
pronoun gives way to the noun it stands for ("The NBA Finals begin", not "which begin");
the date's own words and its preposition are left out; the first word is capitalized and
no preposition, article or conjunction is left dangling; at most MAX_WORDS words, cut at
a phrase boundary. Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any, Callable

from timeline.antecedent import antecedent, subjects_above
from timeline.aside import (apposition_headline, earlier_figure, is_dated_apposition,
                            is_set_off, is_superlative_aside, named_role_headline)
from timeline.clause import (base_form, clause_tense, fronted_ruling, is_dummy, is_event_noun,
                             is_tag_infinitive)
from timeline.climb import (chain_words, clause_around, clause_verb, date_complement,
                            dated_subject_above, existential_clause, finite_above,
                            foreseeing_clause, idiom_adverbs, infinitive_subject, is_infinitive,
                            path_to, reading_on)
from timeline.complement import (complement_words, extension, for_clause, infinitive_words,
                                 noun_for_clause, noun_infinitive, placed, subject_infinitive,
                                 tagged_noun)
from timeline.condition import (among, condition_last, condition_words, cut_keeping, hedged,
                                needed_content)
from timeline.datewords import date_words
from timeline.demonstrative import name_demonstratives
from timeline.eventwords import COPULAS
from timeline.fragment import (aside_subject, compared_words, dated_complement, happening_word,
                               named_occasion)
from timeline.heading import headed_sentence, is_heading
from timeline.naming import name_subject
from timeline.nominal import (aim_clause, aimed_at, apposed_clause, is_held_noun,
                              names_participant)
from timeline.nounclause import (dated_relative, defining_clause, defining_relative,
                                 described_set, gap_object, indefinite_told, infinitive_head,
                                 is_content_clause, is_member, place_of)
from timeline.objectpronoun import name_inner_subjects, name_objects
from timeline.participle import (absolute_predicate, after_comma, comma_passive, consequence_of,
                                 consequence_words, dated_participle, fronted_passive,
                                 infinitive_passive, is_absolute_adjective, is_adverbial_passive,
                                 is_comma_participle, is_reduced_passive, is_trailing_adjective,
                                 noun_before_dash, passive, predicative, with_auxiliary,
                                 with_copula)
from timeline.phrase import (OBJECT_WORDS, asked_clause, clause_complement, core_words,
                             first_prep, has_to, is_serial, noun_phrase)
from timeline.referent import misread_clause
from timeline.recast import (clause_word, compared, is_speech_tag, list_heading, prepositional,
                             source_told, spoken)
from timeline.shortening import aside_end, finish_words
from timeline.speaker import labelled_speaker
from timeline.subject import (apposed_subject, auxiliary_subject, reported_by_relative,
                              subject_phrase)
from timeline.supposed import CLAUSE_TAKING, supposed_clause, supposing_teller
from timeline.wording import (FINITE, MAX_WORDS, QUOTE_MARKS, RELATIVE_PRONOUNS, count_words,
                              finish_text, join_words, without_fronted)

# A headline of fewer words gets the next phrase after its predicate.
SHORT = 6
# A noun trigger's phrase of fewer words says too little alone ("Loss", "The broadcast").
BARE = 3
# How many steps up a bare noun's clause may be: "[The firm has no estimate] of the impact
# of the storm on fourth-quarter [results]".
BARE_REACH = 6
# Verbs whose fronted clause is what happened: "the boy must be returned to his father,
# immigration authorities ruled Wednesday".
RULING = {"rule", "decide", "find", "conclude", "determine", "order", "confirm"}
# Prepositions of a goal, which a verb of motion needs more than its purpose: "moved [to
# a suburb in Maryland] to wait for the ruling".
DIRECTIONS = {"to", "into", "toward", "towards", "onto"}
QUOTES = QUOTE_MARKS | {"_", "--"}


def make_headline(span: Any, trigger: Any, text: str = "", start: int | None = None,
                  dated: Callable[[int, int], bool] | None = None) -> str:
    """A short headline for the event `trigger` that the expression `span` dates; `text` is
    the document's, read to tell a company from a person and, before the sentence's
    offset `start`, whom a pronoun opening the sentence continues (`timeline.antecedent`).

    trigger: the word the headline is told from, as `trigger.headline_word` chooses it.
    dated: whether a date of the document starts between two offsets of `text`: a heading
    of a date is not told by a sentence with its own (`timeline.heading`).
    """
    heading = start is not None and is_heading(trigger.sent,
                                               {t.i for t in span} | date_words(span))
    headed = headed_sentence(text, start + len(trigger.sent.text), labelled_speaker, dated) \
        if start is not None and heading else ""
    if headed:  # "Atlanta nineteen ninety-six. [A bomb blast shocks the Olympic games.]"
        return headed
    aside = dated_participle(trigger, span)  # an aside tells its own time, not the clause's
    if aside is not None and trigger.doc[aside.left_edge.i - 1].text == ",":
        return comma_passive(aside, trigger, date_words(span))  # "the trial, [set for May 3],"
    headline = _headline(span, trigger, text, start)
    if len(headline.split()) >= BARE:
        return headline
    if not headline:  # a verbless sentence ("Until this week.") is told by its own words
        return finish_text(join_words([t for t in trigger.sent][:MAX_WORDS]).rstrip(" .!?"))
    participle = dated_participle(trigger, span)
    if participle is not None:  # "Remarks" -> "Remarks were made by ..."
        return comma_passive(participle, trigger, date_words(span))
    fronted = fronted_passive(trigger, date_words(span))
    if fronted:  # "Unveiled last April, the chip crams" -> "The chip was unveiled"
        return fronted
    noun = noun_before_dash(trigger)
    if noun is not None:  # "an advertisement _ made last week" -> "The advertisement was made"
        return comma_passive(trigger, noun, date_words(span))
    return headline


def _headline(span: Any, trigger: Any, text: str, start: int | None) -> str:
    """The headline `make_headline` tells, before a bare one is given its participle."""
    skip = date_words(span)
    participle = _participle_headline(trigger, skip)
    if participle:
        return participle
    trigger, skip = _told(trigger, span, skip)
    trigger = dated_relative(span) or happening_word(trigger)  # "better than [break] even",
    # "for a [2016] shooting that left a teenager paralyzed": the shooting's clause
    recast = earlier_figure(span, skip, lambda h, v, n: name_subject(h, v, n, text, start)) \
        or (apposition_headline(trigger, skip) if is_dated_apposition(trigger, span) else "") \
        or named_role_headline(span, skip) or named_occasion(trigger, skip) \
        or dated_complement(trigger, skip) \
        or compared(trigger, skip, lambda s, v: antecedent(s, v, text)) \
        or spoken(trigger, skip) or prepositional(trigger, skip)
    if recast:
        return recast
    trigger = clause_word(trigger, skip)
    verb = None if is_superlative_aside(trigger) else clause_verb(trigger)  # "[its first]"
    predicate = _without_clause(trigger, verb, skip)
    if predicate:
        return predicate
    gap: set[Any] = set()
    aim = aimed_at(trigger) if verb is None else None
    if aim is not None:  # "[its goal] of a reduction" -> "Its goal is a reduction"
        return aim_clause(aim, noun_phrase(aim, skip | {t.i for t in trigger.head.subtree},
                                           MAX_WORDS), noun_phrase(trigger, skip, MAX_WORDS))
    if verb is None:
        subject, tokens, verb = _noun_told(trigger, skip | {t.i for t in span}, text, skip)
    else:
        subject, tokens, verb, gap = _verb_told(trigger, verb, skip, text)
    tokens |= idiom_adverbs(tokens, skip)  # "expected to break [even]"
    return _assemble(span, verb, (subject, tokens, gap), text, start)


def _participle_headline(trigger: Any, skip: set[int]) -> str:
    """The headline of a participle or infinitive that tells its noun's happening as a
    passive ("the recently passed bailout legislation", "acquisitions to be made", "terms
    of the agreement, announced Friday"); else ""."""
    if trigger.tag_ == "VBN" and trigger.dep_ == "amod" and trigger.head.i > trigger.i:
        return passive(trigger, skip)  # "the recently passed bailout legislation"
    noun = infinitive_head(trigger)
    if noun is not None:  # "acquisitions to be made" -> "Acquisitions are to be made"
        return infinitive_passive(trigger, noun, skip)
    phrase = tagged_noun(trigger, skip) if is_tag_infinitive(trigger) else set()
    phrase = phrase or noun_for_clause(trigger, skip)
    if phrase:  # "That is another encouragement [for the Fed to lower rates]"
        return finish_words(sorted(phrase, key=lambda t: t.i))
    aside = _comma_aside(trigger)
    if aside is not None and min(skip, default=0) < aside_end(aside):  # "terms of the
        return comma_passive(aside, after_comma(aside), skip)  # agreement, announced Friday,"
    return ""


def _comma_aside(trigger: Any) -> Any:
    """The comma participle (`after_comma`) `trigger` is or is the infinitive of; else None."""
    aside = trigger.head if trigger.dep_ == "xcomp" and after_comma(trigger) is None else trigger
    return aside if after_comma(aside) is not None else None


def _told(trigger: Any, span: Any, skip: set[int]) -> tuple[Any, set[int]]:
    """The word whose happening the headline tells, and the words it leaves out: a dated
    participle of a noun no clause tells or set off by commas, the clause a source vouches
    for, what a speech tag set inside it says."""
    aside = _comma_aside(trigger)
    if aside is not None and min(skip, default=0) > aside_end(aside):
        trigger = aside.head  # "push back the auction, set for Friday, [to Jan. 9]"
    participle = dated_participle(trigger, span)
    if participle is not None and (clause_around(trigger) is None and trigger.head.dep_
                                   != "agent" or is_set_off(participle)):
        trigger = participle  # "remarks [made last week]", "the festival, [held since 1970],"
    trigger = source_told(trigger)
    reported = reported_by_relative(trigger)
    if reported is not None:  # "the hikers [who police said] had been missing"
        told = {t.i for t in reported.subtree}
        skip = skip | {t.i for t in trigger.subtree if t.i not in told}
        trigger = reported
    if is_speech_tag(trigger):  # "The problem, officials now say, was ...": what was said
        skip = skip | {t.i for t in trigger.subtree}
        trigger = trigger.head
    return trigger, skip


def _without_clause(trigger: Any, verb: Any, skip: set[int]) -> str:
    """The headline of a list's heading or of an adjective that is the predicate itself;
    else ""."""
    heading = list_heading(verb, skip) if verb is not None else ""
    if heading:
        return heading
    if verb is None and trigger.pos_ == "ADJ" and trigger.dep_ == "amod" \
            and trigger.head.i < trigger.i or is_trailing_adjective(trigger) \
            or verb is None and is_absolute_adjective(trigger):  # "with Kuwait now annexed"
        return predicative(trigger, skip)
    adjective = absolute_predicate(trigger)
    if adjective is not None:  # "with [the general election due] this September"
        return predicative(adjective, skip)
    return ""


def _verb_told(trigger: Any, verb: Any, skip: set[int],
               text: str) -> tuple[set[Any], set[Any], Any, set[Any]]:
    """The subject, other words, verb and left-out object of the clause of `verb` that
    tells the trigger, or of the clause above it when that one reads as the news."""
    verb, skip = misread_clause(verb, skip)  # "the houses searched [with the robbery]"
    subject, tokens = _clause(verb, skip, trigger, text)
    tokens |= chain_words(trigger, verb, skip) | compared_words(trigger, skip)
    on = reading_on(verb)
    if on is not None:  # "The body found along a highway [belonged to Jorge Hernandez]"
        tokens |= _clause(on, skip, on, text)[1]
    above = described_set(verb) if is_reduced_passive(verb) \
        else finite_above(verb, subject | tokens)
    supposed = supposing_teller(verb)  # "[I don't think] Kellogg can"
    above = above or supposed or indefinite_told(verb, lambda v: finite_above(v, set()))
    if above is None and dated_subject_above(verb, skip) is not None:
        above, subject = verb.head, set()  # "was discovered [April 8] buried"
    consequence = consequence_of(verb)
    if consequence is not None:  # "[Acme expects to post a charge], resulting in a loss"
        above = clause_verb(consequence)
        tokens |= consequence_words(verb)  # its comma (and "thus")
    if above is not None:  # "[The projection sent] Anheuser shares plunging $4.375"
        outer, more = _clause(above, skip, trigger, text)
        tokens |= subject | more | chain_words(trigger, above, skip) \
            | infinitive_subject(verb, skip)  # "let [the ground offensive] begin"
        if above is supposed:  # "[I don't think he would travel] if ...": all it hangs on
            outer, tokens, above = supposed_clause(verb, (outer, tokens, above),
                                                   lambda v: _clause(v, skip, trigger, text))
        subject, verb = outer, above
    elif is_content_clause(verb) or is_reduced_passive(verb) and is_member(verb):
        # "[FBI officials played down the likelihood] that either was involved",
        # "[Slepian's death was among the first topics] raised in the debate"
        above = verb.head.head.head if is_member(verb) else verb.head.head
        outer, more = _clause(above, skip, trigger, text)
        tokens |= more | {c for c in verb.children if c.dep_ in ("mark", "preconj")}
        subject, verb = outer, above
    tokens |= condition_words([verb, *(t for t in tokens if t.pos_ == "VERB")], subject | tokens,
                              skip, lambda v: _clause(v, skip, v, text))  # "[only if] ..."
    gap = gap_object(verb, skip, subject | tokens)
    tokens |= date_complement(verb, tokens, skip) | {  # "help turn this wish [into a policy]"
        t for v in tokens if v.pos_ == "VERB" and any(c.dep_ == "dobj" and c in tokens
                                                      for c in v.children)
        for t in placed(v, skip)}
    return subject, tokens, verb, gap


def _assemble(span: Any, verb: Any, parts: tuple[set[Any], set[Any], set[Any]], text: str,
              start: int | None) -> str:
    """The headline of the subject, other words and left-out object `parts` of the clause
    of `verb`, in order, with the copula or auxiliary it lacks and its pronouns named."""
    subject, tokens, gap = parts
    words = [t for t in sorted(tokens, key=lambda t: t.i) if _is_word(t)]
    named = [t for t in sorted(subject, key=lambda t: t.i) if _is_word(t)]
    if verb is not None and named and named[0].i < verb.i:  # "his speech [delivered] at
        words = sorted(words + [t for t in named if t.i > verb.i and not t.is_punct],
                       key=lambda t: t.i)
        named = [t for t in named if t.i < verb.i]  # Westminster College": the predicate's
    while named and (named[-1].pos_ in ("CCONJ", "ADP", "DET", "PUNCT") or named[-1].is_punct):
        named = named[:-1]  # "Explosions at embassies in Nairobi, Kenya, and" cut short
    # The subject goes first, also one borrowed from later ("Speaking ..., Pompeo said"),
    # the object a relative clause leaves out last ("the gains these issues made").
    taken = {n.i for n in named} | {t.i for t in gap}
    if gap:  # "the 33% that it doesn't own": the relative word gives way to its noun
        taken |= {t.i for t in words if t.lower_ in RELATIVE_PRONOUNS
                  and t.dep_ in ("dobj", "mark")}
    rest = condition_last(without_fronted(named, [t for t in words if t.i not in taken], verb),
                          verb, named)  # "The union will strike [if talks fail]"
    # The left-out object goes right after its verb: "Mr. Bush began [the intensive
    # personal diplomacy] after the invasion".
    at = next((k for k, t in enumerate(rest) if gap and t.i > verb.i
               and not (t.dep_ == "prt" and t.head.i == verb.i)), len(rest))
    dated = frozenset(date_words(span) | {t.i for t in span})
    headline = finish_words(named + rest[:at] + sorted(gap, key=lambda t: t.i) + rest[at:],
                            cut_keeping, dated)
    place = place_of(verb, set(dated)) if verb is not None else ""
    if place and len(headline.split()) + len(place.split()) <= MAX_WORDS:
        headline = f"{headline} {place}"  # "Kopp lived [in a New Jersey home]"
    if verb is not None and (is_reduced_passive(verb) or is_adverbial_passive(verb)
                             or is_comma_participle(verb)):
        headline = with_copula(headline, verb)  # "The arrest [was] announced"
    elif verb is not None and not any(t.tag_ in FINITE for t in named + rest):
        headline = with_auxiliary(headline, verb, named, clause_tense(span)[0])
    headline = hedged(name_subject(among(headline, verb), verb, named, text, start), verb,
                      {t.i for t in named + rest})  # "The union [could] strike"
    headline = name_inner_subjects(headline, rest, lambda p: antecedent(p, p.head, text))
    headline = name_demonstratives(headline, named + rest)  # "$14 million of [that]"
    return name_objects(headline, rest + sorted(gap, key=lambda t: t.i), text, start)


def _is_word(token: Any) -> bool:
    """Not a quotation mark; a possessive's apostrophe is a word's ("General Mills[']")."""
    return token.text not in QUOTES or token.tag_ == "POS"


def _noun_told(trigger: Any, dated: set[int], text: str,
               skip: set[int]) -> tuple[set[Any], set[Any], Any]:
    """The subject, other words and verb that tell a noun trigger: its noun phrase, or the
    clause around a bare noun ("Loss" -> "A major factor in the loss was the write-down").
    dated: `skip` with the date's own words, which a noun kept with its date ("Friday's
    ceremony") does not count as saying more."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
            and is_event_noun(trigger.head.head) and any(
                c.dep_ == "poss" for c in trigger.head.head.children):
        trigger = trigger.head.head  # "[Unisys Corp.'s announcement] of a loss": whose
    tokens = noun_phrase(trigger, skip, MAX_WORDS)
    apposed = apposed_clause(trigger, is_superlative_aside)
    if apposed is not None:  # "Frankfurt prices closed lower again, [the fourth decline]"
        outer, more = _clause(apposed, skip | {t.i for t in trigger.subtree}, trigger, text)
        return outer, more | tokens | {trigger.doc[min(t.i for t in tokens) - 1]}, apposed
    bare = count_words([t for t in tokens if t.i not in dated]) < BARE \
        or is_held_noun(trigger) and (not is_event_noun(trigger) or not any(
            t.i in dated for t in trigger.subtree))  # "welcomed the figures at [a news
    # conference] Friday": the date is the clause's, or the noun names no happening
    nameless = not bare and trigger.dep_ != "appos" \
        and not names_participant(tokens)  # "A reduction of $500 million"
    around = clause_around(trigger, BARE_REACH) if bare or nameless else None
    around = around or (None if bare else foreseeing_clause(trigger)
                        or existential_clause(trigger))
    if around is not None:
        outer, more = _clause(around, skip, trigger, text)
        more |= path_to(trigger, around, skip)
        for kept in (outer, {t for t in outer if not any(  # "Some countries [such as
                a.dep_ == "prep" and a.head in outer and a.head.dep_ == "nsubj"  # Mexico]
                for a in [t, *t.ancestors] if a.i > a.head.i)}):  # have suffered ..."
            told = finish_words(sorted(kept, key=lambda t: t.i) + sorted(
                (t for t in more if t not in outer), key=lambda t: t.i), cut_keeping)
            if trigger.lower_ in told.lower().replace(",", " ").split() or is_held_noun(
                    trigger) and not is_event_noun(trigger):  # not cut off, or only where
                return kept, more, around  # it happened ("as an item [in the results]")
    return set(), tokens, None


def _clause(verb: Any, skip: set[int], trigger: Any,
            text: str = "") -> tuple[set[Any], set[Any]]:
    """The subject's tokens and the predicate's (verb, auxiliaries, object or complement)."""
    tokens = {verb} | core_words(verb, skip)
    if base_form(verb) in RULING:
        ruled = fronted_ruling(verb)
        if ruled is not None:
            return _clause(ruled, skip, trigger, text)  # "... must be returned, authorities ruled"
    subject = subject_phrase(verb, skip, lambda s, v: antecedent(s, v, text), subjects_above) \
        or apposed_subject(verb, skip) \
        or aside_subject(verb, lambda n: noun_phrase(n, skip, MAX_WORDS))  # "[Police], wondering"
    if verb.dep_ == "relcl" and subject and all(t.text in QUOTES for t in subject):
        subject = noun_phrase(verb.head, skip | {t.i for t in verb.subtree}, MAX_WORDS)
    subject |= auxiliary_subject(verb, subject, skip) | subject_infinitive(verb, subject, skip)
    complement, tokens = complement_words(verb, subject, tokens, skip, lambda noun, have: (
        defining_clause(noun, skip) | defining_relative(noun, skip, have) | needed_content(
            noun, skip, have, lambda v: _clause(v, skip, v))))  # "signals [that ...]"
    tokens |= _adjuncts(verb, trigger, (subject, tokens, complement), skip)
    return subject, tokens


def _adjuncts(verb: Any, trigger: Any, parts: tuple[set[Any], set[Any], list[Any]],
              skip: set[int]) -> set[Any]:
    """The words after the predicate (`parts`: subject, words so far, complement) that the
    clause of `verb` needs: its infinitive or "for" clause, what it says, its first
    phrase, a short headline's extension, the phrase holding a noun trigger."""
    subject, tokens, complement = parts
    tokens = set(tokens)
    infinitive = next((c for c in verb.children if c.i not in skip and (  # not "[To win,] he"
        c.i > verb.i or c.right_edge.i + 1 >= len(c.doc)
        or c.doc[c.right_edge.i + 1].text != ",") and (
        c.dep_ == "xcomp" or c.dep_ == "advcl" and (is_infinitive(c) or is_serial(c)))), None)
    if infinitive is not None:
        tokens |= infinitive_words(infinitive, skip)
    else:  # "called [for Vacco to revive that unit]"
        tokens |= for_clause(verb, skip)
    said: set[Any] = set()
    asked = asked_clause(verb, skip)  # "will rule [whether the company must pay]"
    if infinitive is None and (base_form(verb) in CLAUSE_TAKING or asked is not None or any(
            c.dep_ == "ccomp" and (has_to(c) or c.pos_ == "ADJ") and c.i > verb.i
            for c in verb.children)):  # "made [it clear ...]"
        # "informed Sununu [that he ...]", "will enable [the countries to be eligible]"
        said = clause_complement(verb, skip, "ccomp") if asked is None else clause_complement(
            verb, skip | {c.i for c in verb.children if c.i < asked.i}, asked.dep_)
        aim = {t for o in said if o.dep_ == "dobj" and o.head in said  # "has the right [to
               for t in noun_infinitive(o, skip)}  # speak for the boy]", as its own object's
        said |= aim if count_words(list(tokens | subject | said)) + 2 <= MAX_WORDS else set()
        tokens |= said
    if base_form(verb) in COPULAS and [t.lower_ for t in subject] == ["it"] and is_dummy(verb):
        said = clause_complement(verb, skip, "advcl")  # "it is a matter of days [before
        tokens |= said  # Elian will be reunited ...]": the dummy "it" stands for that clause
    if not complement and not said:  # "moved [to a neighborhood in Washington] to wait"
        for prep in first_prep(verb, skip):
            phrase = noun_phrase(prep, skip, OBJECT_WORDS)
            if infinitive is None or prep.i < infinitive.i and (
                    prep.lower_ in DIRECTIONS  # "moved [to a suburb] to wait"
                    or prep.lower_ == "for" and max(t.i for t in prep.subtree) + 2
                    == infinitive.i  # "paid [for ten members] to fly": its subject
                    or count_words(list(tokens | subject | phrase)) <= MAX_WORDS):
                tokens |= phrase  # an adjunct not at the cost of the purpose
    if count_words(sorted(tokens | subject, key=lambda t: t.i)) < SHORT:
        tokens |= extension(verb, tokens, skip)
    if trigger.i not in {t.i for t in tokens} and trigger.pos_ in ("NOUN", "PROPN") \
            and trigger.head.dep_ == "prep" and trigger.head.head.i == verb.i:
        tokens |= noun_phrase(trigger.head, skip, OBJECT_WORDS)  # "killed in a bombing"
    return tokens
