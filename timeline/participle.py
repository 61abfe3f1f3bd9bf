"""Clauses for participles and adjectives that the parse leaves without one.

A participle before its noun ("the recently passed legislation"), after it ("the arrest
announced today") or an adjective after its noun ("debentures due 1993") tells an event
but has no subject or auxiliary of its own; a headline made of it alone is a fragment
("Passed"), so it is told as a clause with a copula: "The legislation was passed", "The
arrest was announced", "Debentures are due"; one set off by commas after a noun
before the main clause ("under terms of the agreement, announced Friday, holders would
...") tells of that noun: "New terms of the agreement were announced". A participle
told with a subject but no auxiliary gets the copula of its clause's tense ("The ships
[will be] arriving"), a gerund beside a past clause the simple past ("The alliance [added]
Greece"). Works on parsed spaCy tokens (duck-typed).
"""

from __future__ import annotations

from typing import Any

from timeline.clause import base_form, is_event_noun, misread_finite
from timeline.inflection import is_fronted_gerund, is_told_after, past_tense
from timeline.phrase import OBJECT_WORDS, OWNERS, SUBJECT_WORDS, noun_phrase
from timeline.referent import participle_owner
from timeline.wording import CURRENCY, finish_text, join_words, trim_words

# What the parse may take for a noun though it only sets off an aside: "an advertisement _
# made last week, before Slepian died _".
DASHES = {"_", "--", "\u2014"}

# Adverbs that make any participle after a comma one of consequence: ", thus increasing".
RESULTING = {"thus", "thereby"}
# Participles of a state or a plan, told in the present: "a school is located in".
STATES = {"locate", "base", "schedule", "plan", "expect", "slate", "due", "own",
          "hold", "list", "know", "require", "design"}
# Words that open a subordinate clause whose participle may stand without its "was".
SUBORDINATORS = {"when", "if", "once", "unless", "until", "while", "though", "although",
                 "whenever"}
# Pronouns that take a plural verb: "They were told", not "They was told".
PLURAL_PRONOUNS = {"they", "we", "you", "these", "those", "both"}
# Links of a past participle that stands for a clause of its own: "were reported [killed]",
# "[Unveiled last April], the chip ...".
CLAUSE_PARTICIPLE = {"xcomp", "advcl", "conj", "ccomp", "oprd"}
STATE_PARTICIPLES = {"slated", "scheduled", "planned", "expected", "located", "based"}
# Adverbs of a plan made first and given up since: "[originally] set for March 3".
EARLIER = {"originally", "initially", "previously", "first", "once"}
# Verbs of a consequence, whose participle after a comma tells what the clause before
# brought about, not what its subject did: "posted a charge, [resulting in] a net loss",
# "bought 5%, [bringing] its stake to 20%", "fell 3%, [leaving] the index at 1,200".
CONSEQUENCES = {"result", "bring", "leave", "lead", "cause", "represent", "reflect",
                "mean", "push", "send", "lift", "boost", "put", "give", "make", "prompt",
                "spark", "trigger", "force", "amount", "translate", "equal"}


def is_trailing_adjective(adjective: Any) -> bool:
    """An adjective after a comma that tells of the object before it: "declared its
    quarterly of five cents a share, payable Dec. 1"."""
    head = adjective.head
    return adjective.pos_ == "ADJ" and adjective.dep_ == "advcl" and head.i < adjective.i \
        and head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "mark", "aux")
                                            for c in adjective.children) \
        and any(c.dep_ == "dobj" and c.i < adjective.i for c in head.children)


def is_absolute_adjective(adjective: Any) -> bool:
    """An adjective with its own subject after "with": "[With Kuwait now annexed], Iraq has
    control of ...", a clause of its own ("Kuwait is annexed")."""
    return adjective.pos_ == "ADJ" and adjective.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("with", "without") for c in adjective.children) \
        and any(c.dep_ == "nsubj" and c.i < adjective.i for c in adjective.children)


def absolute_predicate(noun: Any) -> Any:
    """The adjective of an absolute "with" phrase whose noun is `noun`, or None: "[With
    the general election due] this September, record figures couldn't have come ..." is a
    clause of its own (the election is due), no part of the main clause's subject."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "without") \
            or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"
                 and c.i > noun.i), None)


def is_reduced_passive(verb: Any) -> bool:
    """A participle after its noun, a passive relative clause without "which was": "the
    arrest announced today", "a school now located in Mount Vernon"."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") \
        and head.pos_ in OWNERS \
        and head.i < verb.i and base_form(verb) not in ("end", "begin") \
        and (all(t.is_punct or t.dep_ == "advmod" for t in head.doc[head.i + 1:verb.i])
             or participle_owner(verb).i in (verb.i - 2, verb.i - 1)) \
        and not _after_noun(head) and not misread_finite(verb) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj")
                    or verb.tag_ == "VBD" and c.dep_ in ("xcomp", "ccomp")
                    for c in verb.children)  # "some adults planned to apply" is active


def is_comma_participle(verb: Any) -> bool:
    """A participle set off by a comma right after its noun, which the parse reads as a
    past tense with that noun its subject: "said a government communique[,] read Wednesday
    night at a rally". No subject is set off from its verb by one comma, so it is a
    participle after its noun: "A government communique was read at a rally"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ in ("VBD", "VBN") and subject is not None and subject.i == verb.i - 2 \
        and verb.doc[verb.i - 1].text == "," and subject.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp")
                    for c in verb.children)


def is_adverbial_passive(verb: Any) -> bool:
    """A participle of a subordinate clause without its subject and "was", which is the
    main clause's: "Holder said [when asked Thursday about the violations]" → "Holder was
    asked about the violations", "Bush, [asked whether he was glad], replied", "[Unveiled
    last April], the chip crams ..." → "The chip was unveiled"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") \
        and (any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS and c.i < verb.i
                 for c in verb.children)
             or verb.i > 0 and verb.doc[verb.i - 1].text == ","
             or verb.head.i > verb.i and all(  # "Unveiled last April, the chip crams ..."
                 t.is_punct or t.dep_ in ("cc", "advmod") for t in verb.doc[verb.sent.start:verb.i])) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj")
                    for c in verb.children)


def _after_noun(head: Any) -> bool:
    """Whether the noun's phrase follows another noun: "the sharp gains [these issues made]"
    is a relative clause with its own subject, no passive."""
    first = min(t.i for t in head.subtree if t.i <= head.i)
    return first > 0 and head.doc[first - 1].pos_ in ("NOUN", "PROPN")


def consequence_of(participle: Any) -> Any:
    """The verb of the clause a participle of consequence after a comma tells the outcome
    of ("[expects to post] a one-time charge, resulting in a net loss", "was delayed by
    rains, thus increasing sales"), or None. Its
    understood subject is that clause, not the clause's subject ("The company will be
    resulting in a loss" is no English); the headline tells the clause with it."""
    head = participle.head
    doc = participle.doc
    marked = doc[participle.i - 1].lower_ in RESULTING and doc[participle.i - 2].text == ","
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or head.i > participle.i \
            or not (marked or doc[participle.i - 1].text == ","
                    and base_form(participle) in CONSEQUENCES) \
            or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in participle.children):
        return None  # any verb after "thus": "was delayed by rains, [thus increasing] sales"
    return head


def consequence_words(participle: Any) -> set[Any]:
    """The comma and adverb of consequence that set a participle of consequence off from
    the clause it tells the outcome of: "[,] resulting in", "[, thus] increasing"."""
    doc = participle.doc
    before = doc[participle.i - 1]
    return {before, doc[participle.i - 2]} if before.lower_ in RESULTING else {before}


def with_copula(headline: str, participle: Any) -> str:
    """`headline` with "was" (or "is" for a state or plan, "were"/"are" for a plural)
    before the participle after its subject: "The arrest was announced", "A NATO summit
    is set for Washington"."""
    own = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    owner = participle_owner(participle) if participle.head.pos_ in OWNERS else own or next(
        (c for c in participle.head.children if c.dep_ == "nsubj"), participle.head)
    copula = _copula(participle, owner)
    before = participle.doc[participle.i - 1] if participle.i > 0 else participle
    word = f"{' ' + before.lower_ if before.dep_ == 'neg' else ''} {participle.lower_}"  # [not]
    lowered = headline.lower()
    word = word if word in lowered else f" {participle.lower_}"
    at = lowered.find(word + " ")
    at = at if at >= 0 else (len(headline) - len(word) if lowered.endswith(word) else -1)
    return headline if at < 0 else f"{headline[:at]} {copula}{headline[at:]}"


def _copula(participle: Any, noun: Any) -> str:
    """The copula that makes `participle` of `noun` a clause: "was" ("were" for a plural),
    or "is" ("are") for a state or a plan, which still holds: "a school is located in"."""
    plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in PLURAL_PRONOUNS or _is_count(noun)
    given_up = any(c.dep_ == "advmod" and c.lower_ in EARLIER for c in participle.children)
    if (base_form(participle) in STATES or participle.lower_ in STATE_PARTICIPLES) \
            and not (base_form(participle) == "hold" and is_event_noun(noun)) \
            and not given_up:  # not "talks held last week" (a happening) nor "[was]
        return "are" if plural else "is"  # originally set for March 3" (a plan given up)
    return "were" if plural else "was"


def _is_count(noun: Any) -> bool:
    """A number that counts things, which takes a plural verb ("58 were injured"); a sum of
    money takes a singular one ("$5 million was paid"), and so does one thing."""
    return noun.pos_ == "NUM" and noun.lower_ not in ("1", "one") and not any(
        t.pos_ == "SYM" or t.text in CURRENCY for t in noun.doc[noun.left_edge.i:noun.i])


def predicative(adjective: Any, skip: set[int]) -> str:
    """A clause for an adjective after its noun: "debentures due 1993" → "... are due"; or
    after a comma, of the object of the clause before: "declared its initial quarterly,
    payable Dec. 1" → "Its initial quarterly is payable Dec. 1"."""
    noun = adjective.head
    own = next((c for c in adjective.children if c.dep_ == "nsubj"), None)
    if own is not None:  # "with [Kuwait] now annexed"
        noun = own
    elif adjective.dep_ == "advcl":
        noun = next(c for c in noun.children if c.dep_ == "dobj")
    own_words = {t.i for t in noun.subtree} if own is not None else set()
    aside = {t.i for t in adjective.subtree} - own_words
    subject = sorted(noun_phrase(noun, skip | aside, SUBJECT_WORDS), key=lambda t: t.i)
    rest = sorted(noun_phrase(adjective, skip, OBJECT_WORDS) - {adjective},
                  key=lambda t: t.i)
    copula = "are" if noun.tag_ in ("NNS", "NNPS") else "is"
    dated = next((c for c in adjective.children if c.dep_ == "prep" and c.i in skip), None)
    if not rest and dated is not None:  # "equal [to six months of base pay]": the date
        rest = sorted(dated.subtree, key=lambda t: t.i)  # is all the adjective says
    rest = trim_words([adjective, *rest])[1:]  # "payable [Dec. 1] to stock of record"
    return finish_text(f"{join_words(trim_words(subject))} {copula} {adjective.lower_} "
                       f"{join_words(rest)}")


def passive(participle: Any, skip: set[int]) -> str:
    """A clause for a participle before its noun: "the recently passed legislation" → "The
    legislation was passed"."""
    noun = participle.head
    subject = sorted(noun_phrase(noun, skip | {participle.i}, SUBJECT_WORDS),
                     key=lambda t: t.i)
    return finish_text(f"{join_words(trim_words(subject))} {_copula(participle, noun)} "
                       f"{participle.lower_}")


def after_comma(participle: Any) -> Any:
    """The noun a participle set off by commas before the main clause tells of, when the
    parse hangs it on the main verb: "under terms of the agreement, announced Friday, LIN
    holders would receive" → "agreement"; else None. One after the main verb only when
    it is an aside after the verb's object (`_is_aside`)."""
    doc = participle.doc
    head = participle.head
    first = min(participle.i, participle.left_edge.i)  # "the plan, [first] proposed in 2010"
    if participle.tag_ not in ("VBN", "VBD") or participle.dep_ != "advcl" \
            or head.i < participle.i and not _is_aside(participle) \
            or first < 2 or doc[first - 1].text != "," \
            or doc[first - 2].pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj")
                for c in participle.children):
        return None
    noun = doc[first - 2]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "[new terms] of the agreement, announced Friday"
    return noun if noun.dep_ in ("pobj", "compound", "dobj") or noun.head.i == noun.i else None


def _is_aside(participle: Any) -> bool:
    """Whether a participle after the main verb is set off by commas on both sides with
    more of the sentence after it, after the verb's object: "would appeal the decision,
    [announced Wednesday by Meissner,] that Elian must be returned" tells of the decision;
    "left the room, followed by reporters." of the subject."""
    doc = participle.doc
    first = min(participle.i, participle.left_edge.i)
    before = doc[first - 2] if first >= 2 else participle
    return any(doc[k].text == "," for k in range(participle.i + 1, participle.sent.end - 2)) \
        and before.dep_ == "dobj" and before.head.i == participle.head.i


def comma_passive(participle: Any, noun: Any, skip: set[int]) -> str:
    """A clause for a participle set off after its noun: "The agreement was announced";
    not what follows the comma that closes it ("Smith, wanted for fraud[, on Friday]")."""
    skip = skip | {t.i for t in participle.subtree if any(  # not "[, on Friday]"
        c.text == "," and participle.i < c.i < t.i for c in participle.children)}
    subject = sorted(noun_phrase(noun, skip | {t.i for t in participle.subtree},
                                 SUBJECT_WORDS), key=lambda t: t.i)
    words = noun_phrase(participle, skip, OBJECT_WORDS) | {  # "by Meissner", "set [to begin]"
        t for c in participle.children if c.dep_ in ("agent", "xcomp") and c.i not in skip
        for t in (noun_phrase(c, skip, OBJECT_WORDS) if c.dep_ == "agent" else c.subtree)}
    rest = sorted((t for t in words - {participle} if t.i not in skip), key=lambda t: t.i)
    told = trim_words([participle, *(t for t in rest if t.i > participle.i)])[1:]
    before = join_words([t for t in rest if t.i < participle.i])  # "[first] proposed"
    return finish_text(f"{join_words(trim_words(subject))} {_copula(participle, noun)} "
                       f"{before} {participle.lower_} {join_words(told)}")


def with_auxiliary(headline: str, verb: Any, named: list[Any], tense: str | None) -> str:
    """`headline` with the auxiliary its participle lacks, when it tells a subject and no
    finite verb: a participle of an adverbial clause or after its noun is no clause a
    reader can read ("The ships arriving", "At least 51 people killed in clashes"); with
    the copula of the clause's tense it is one: "The ships will be arriving", "At least 51
    people were killed in clashes"; a gerund beside a past clause (`is_told_after`) the
    simple past: "The alliance added Greece"; "having" becomes "had".
    named: the subject's words; tense: the date's clause's (`timeline.clause`)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    having = [a.lower_ for a in auxiliaries if a.i < verb.i][:1] == ["having"]
    if verb.tag_ not in ("VBG", "VBN") or not named \
            or max(t.i for t in named) > verb.i and verb.dep_ not in ("advcl", "csubj") \
            and not is_fronted_gerund(verb) \
            or any(c.dep_ == "nsubj" for c in verb.children) and not having \
            and not _is_gapped_passive(verb) \
            or verb.tag_ == "VBN" and not having and (verb.dep_ not in CLAUSE_PARTICIPLE
                                       or verb.head.pos_ not in ("VERB", "AUX")
                                       or any(c.dep_ == "dobj" for c in verb.children)):
        return headline  # "The two presidents signed", "and accused Kopp": a past tense;
        # "the quarter ended", "the gains these issues made": no passive (`is_reduced_passive`)
    lowered = f" {headline.lower()} "
    if having:  # "the current quarter having begun well": its own subject, a clause
        at = lowered.find(" having ")
        return headline if at < 0 else f"{headline[:at]}had{headline[at + 6:]}"
    if auxiliaries:
        return headline
    first = verb  # the copula goes before the verb's negation: "was not working"
    while first.i > 0 and first.doc[first.i - 1].head.i == verb.i \
            and first.doc[first.i - 1].dep_ in ("neg", "advmod"):
        first = first.doc[first.i - 1]
    at = lowered.find(f" {first.lower_} ")  # where the word starts in `headline`
    if at < 0:
        return headline
    subject = next((t for t in named if t.head.i not in {n.i for n in named}), named[0])
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_PRONOUNS \
        or _is_count(subject) or any(c.dep_ == "conj" for c in subject.children)
    past = past_tense(verb.text, base_form(verb)) \
        if tense == "past" and first is verb and is_told_after(verb) else ""
    if past:  # "was the first to come, arriving in 1966" -> "Caridad Gonzalez arrived"
        return f"{headline[:at]}{past}{headline[at + len(verb.text):]}"
    copula = "will be" if tense == "future" else ("are" if plural else "is") \
        if tense == "present" else ("were" if plural else "was")
    return f"{headline[:at]}{copula} {headline[at:]}"  # `at`: the word's place, less one



def _is_gapped_passive(verb: Any) -> bool:
    """A participle joined by "and" to a passive whose auxiliary it shares, with a subject
    of its own: "four people were killed and [30 injured]" (30 were injured)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.head.children) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)


def infinitive_passive(participle: Any, noun: Any, skip: set[int]) -> str:
    """A clause for a passive infinitive after its noun: "acquisitions to be made during
    the next 18 months" → "Acquisitions are to be made"."""
    subject = sorted(noun_phrase(noun, skip | {t.i for t in participle.subtree if t.i > noun.i}
                                 | {participle.i}, SUBJECT_WORDS), key=lambda t: t.i)
    rest = sorted(noun_phrase(participle, skip | {noun.i}, OBJECT_WORDS) - {participle},
                  key=lambda t: t.i)
    copula = "are" if noun.tag_ in ("NNS", "NNPS") else "is"
    told = trim_words([participle, *rest])[1:]
    return finish_text(f"{join_words(trim_words(subject))} {copula} to be "
                       f"{participle.lower_} {join_words(told)}")


def dated_participle(trigger: Any, span: Any) -> Any:
    """The participle after a noun trigger that holds the date: "in remarks [made last week
    by the ambassador]" tells when the remarks were made, a happening of its own that the
    bare noun, told without it, does not tell ("Remarks"); else None."""
    if trigger.pos_ != "NOUN":
        return None
    return next((c for c in trigger.children if c.i > trigger.i and is_reduced_passive(c)
                 and all(t.i in {u.i for u in c.subtree} for t in span)), None)


def noun_before_dash(participle: Any) -> Any:
    """The noun before a dash that the parse took for the noun a participle tells of: "a
    television advertisement _ made last week, before Slepian died _" (a dash sets off an
    aside; the participle tells of the noun before it); else None."""
    head = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or head.text not in DASHES \
            or head.i < 1 or head.i + 1 != participle.i:
        return None
    noun = head.doc[head.i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def fronted_passive(participle: Any, skip: set[int]) -> str:
    """A clause for a participle opening the sentence before a comma, whose subject is the
    noun phrase after the comma: "Unveiled last April, the chip crams ..." → "The chip was
    unveiled", when the parse gives the participle no clause of its own to tell; else ""."""
    doc = participle.doc
    sent = participle.sent
    if participle.tag_ != "VBN" or participle.dep_ not in ("advcl", "ROOT") \
            or participle.head.pos_ in ("VERB", "AUX") and participle.dep_ != "ROOT" or any(
                not t.is_punct and t.dep_ not in ("cc", "advmod")
                for t in doc[sent.start:participle.i]):
        return ""
    comma = next((t.i for t in doc[participle.i:sent.end] if t.text == ","), None)
    if comma is None:
        return ""
    subject = _fronted_subject(doc[comma + 1:sent.end])
    if not subject:
        return ""
    told = [t for t in sorted(noun_phrase(participle, skip, OBJECT_WORDS), key=lambda t: t.i)
            if participle.i < t.i < comma]
    return finish_text(f"{join_words(subject)} {_copula(participle, subject[-1])} "
                       f"{participle.lower_} {join_words(trim_words(told))}")


def _fronted_subject(words: Any) -> list[Any]:
    """The noun phrase opening `words`: articles, adjectives and nouns up to the main verb,
    which the parse may take for a noun when it ends in -s after a singular noun and
    before its object's number or article ("the chip [crams] 1.2 million transistors")."""
    chain: list[Any] = []
    for word in words:
        if word.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or word.dep_ == "poss" and chain:
            break
        chain.append(word)
    after = words[len(chain)] if len(chain) < len(words) else None
    if len(chain) >= 2 and chain[-1].tag_ == "NNS" and chain[-2].tag_ == "NN" \
            and after is not None and after.pos_ in ("NUM", "DET"):
        chain = chain[:-1]  # "the chip crams 1.2 million": "crams" is the verb
    elif after is None or after.pos_ not in ("VERB", "AUX"):
        return []  # no noun phrase before a verb: the parse's clause stands
    return chain if chain and chain[-1].pos_ in ("NOUN", "PROPN") else []
