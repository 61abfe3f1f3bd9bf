"""Whom or what a clause tells of, where the parse does not say it plainly: the noun a
relative clause after a date or a figure tells of ("a block of shares issued March 3[, which
will receive ...]": the shares, not the day), the noun a participle after a figure or a
comma tells of, whom "whose" stands for, the noun after "of" a pronoun of the other number
can stand for, the name the parse hung on a verb as a modifier, the nouns after the "and"
that opens a clause, the noun a subordinating conjunction read as a preposition takes before
a verb, and the noun after the copula an opening participle tells of. Moved
out of phrase.py, which builds the phrases themselves.

Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.eventwords import COPULAS, EVENT_ENDINGS, EVENT_NOUNS, NOT_EVENT_NOUNS, TIME_WORDS
from timeline.kinds import is_listed_modifier
from timeline.wording import CURRENCY, join_words

# Units an amount is counted in: "16 [cents]", "$4 [billion]", "20 [points]".
FIGURE_UNITS = {"cents", "cent", "pence", "points", "point", "yen", "marks", "francs",
                "dollars", "million", "billion", "trillion", "%", "percent", "shares"}
# The forms of "be", for a parse without lemmas.
BE_FORMS = {"is", "was", "are", "were", "'s"}
# Verbs of time, whose subject a date may be: "1989, which was a record year", "the
# quarter, which ended Sept. 30", "Monday, which marks the anniversary".
# The verbs of a speech tag set inside a clause: "The advertisement, [said] Kelli Conlin, is".
TAG_VERBS = {"said", "says", "added", "adds", "noted", "notes", "explained", "explains"}
# Prepositions that are also conjunctions, opening a clause: "after [Smith] benched".
CONJUNCTIONAL = {"after", "before", "since", "until", "till", "because", "while", "once"}
# Passives that put a happening ahead: "a ruling on the case, which is expected next month".
FORESEEN = {"expected", "scheduled", "slated", "planned", "set", "due"}
TIME_VERBS = COPULAS | {"end", "begin", "start", "mark", "see", "pass", "come", "fall",
                        "last", "follow", "precede", "witness", "bring"}


def participle_owner(verb: Any) -> Any:
    """The noun a participle after it tells of: its head, or for a figure after "of" the
    noun the figure measures ("a charge of $5.3 million [related to the sale]": the charge
    is related, not the sum); after a comma, the object right before it, which the
    participle follows closer than the head the parse gives it ("an attempt to undermine
    the peace process, set to resume Monday": the process resumes, not the attempt), and
    so without a comma for a past participle ("intelligence linking the sites struck
    overnight": the sites were struck, not the intelligence)."""
    head = verb.head
    if head.pos_ == "NUM" and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.pos_ == "NOUN":
        return head.head.head
    before = verb.doc[verb.i - 2] if verb.i >= 2 and verb.doc[verb.i - 1].text == "," \
        else verb.doc[verb.i - 1] if verb.i >= 1 and verb.tag_ in ("VBN", "VBD") else None
    if before is not None and before.i > head.i and before.dep_ == "dobj" \
            and before.pos_ in ("NOUN", "PROPN") and before.head.i > head.i:
        return before  # "the latest attempt to undermine [the peace process], set to resume"
    return head


def misread_clause(verb: Any, skip: set[int]) -> tuple[Any, set[int]]:
    """The verb whose clause tells `verb`'s happening and the words it leaves out, with
    `skip`'s, where the parse misreads the clause: a participle's phrases that are the
    verb's before it (`borrowed_phrases`), a relative clause whose verb no noun before it
    agrees with, told by the clause above (`unagreed_above`)."""
    above = unagreed_above(verb)
    if above is not None:  # "gains in the quarters [that was its best]"
        return above, skip | {t.i for t in verb.subtree}
    return verb, skip | borrowed_phrases(verb)


def borrowed_phrases(verb: Any) -> set[int]:
    """The phrases after a past participle right after a gerund's object, which the parse
    gives the participle though the gerund takes them ("evidence linking the houses
    searched overnight [with the robbery]": the linking is with the robbery, the searching
    is not), so its clause leaves them out; none when the gerund has a phrase of its own."""
    owner = participle_owner(verb) if verb.dep_ == "acl" else verb.head
    gerund = owner.head
    if verb.dep_ != "acl" or owner.i != verb.i - 1 or owner.dep_ != "dobj" \
            or gerund.tag_ != "VBG" or gerund.dep_ != "acl" \
            or any(c.dep_ == "prep" and c.i > gerund.i for c in gerund.children):
        return set()
    return {t.i for c in verb.children if c.dep_ == "prep" and c.i > verb.i for t in c.subtree}


def relative_head(verb: Any) -> Any:
    """The noun a relative clause tells of: the noun it hangs on, but not a date's (a day
    does not "receive dividends"): "a block of shares issued March 3, which will receive
    only partial dividends" tells of the block, the noun the date's phrase follows (through
    a participle after it, "shares [issued]", and an "of" phrase, "block [of shares]").
    A date stays the antecedent of a verb of time ("1989, which was a record year").
    An apposition with its article gives way to the name it describes, and a noun of the
    other number than the verb to the noun whose phrase holds it (`agreeing_head`)."""
    head = verb.head
    if is_figure(head) and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.pos_ in ("NOUN", "PROPN"):
        return head.head.head  # "[net capital gains] of $48 million, which included ..."
    if head.dep_ == "pobj" and _is_foreseen(verb) and _is_happening(head.head.head) \
            and not _is_happening(head):
        return head.head.head  # "a ruling [on the case], which is expected next month"
    if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.pos_ == "NOUN" \
            and head.head.i < head.i and head.doc[head.left_edge.i].pos_ == "DET":
        return head.head  # "[David Eichenbaum], a consultant who is not working": the name
        # the apposition describes, which says whom "a consultant" is
    if not _is_date(head) or (verb.lemma_ or verb.lower_).lower() in TIME_VERBS:
        return _apposed_name(agreeing_head(head, verb), verb)
    first = min(t.i for t in head.subtree)
    if head.dep_ == "pobj" and head.head.i == first - 1:
        first -= 1  # "on [March 3]"
    before = head.doc[first - 1] if first > head.sent.start else head
    if before.dep_ == "acl" and before.head.i < before.i:
        before = before.head  # "a block of shares [issued] March 3"
    while before.dep_ == "pobj" and before.head.lower_ == "of" \
            and before.head.head.pos_ in ("NOUN", "PROPN"):
        before = before.head.head  # "a block [of shares]"
    return before if before.pos_ in ("NOUN", "PROPN") and not _is_date(before) else head


def _apposed_name(head: Any, verb: Any) -> Any:
    """The name set off after `head` right before the relative clause of `verb`, which
    says who the noun is, when the noun's phrase does not ("its nearest competitor,
    [Miller Brewing], which had a stake": its own words need "its"; not "the Hungarian
    foreign minister, Janos Martonyi, who", which tells who he is); else `head`."""
    if not any(t.tag_ == "PRP$" or t.dep_ == "det" and t.lower_ in ("a", "an")
               for t in head.subtree if t.i < head.i):
        return head
    start = min(t.i for t in verb.subtree)
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.i < start), None)
    if name is None or not all(t.is_punct for t in head.doc[max(
            t.i for t in name.subtree) + 1:start]) or start == max(t.i for t in name.subtree) + 1:
        return head
    return name


def _number(word: Any, end: int = 0) -> str:
    """"one" or "many" for a noun (joined by "and" to another before index `end`) or a
    finite verb whose number its form shows; else ""."""
    if _is_one(word):
        return "one"
    if word.pos_ in ("NOUN", "PROPN"):
        plural = word.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and c.i < end
                                                      for c in word.children)
        return "many" if plural else "one" if word.tag_ in ("NN", "NNP") else ""
    finite = next((t for t in [*(c for c in word.children if c.dep_ in ("aux", "auxpass")
                                 and c.i < word.i), word]
                   if t.tag_ in ("VBZ", "VBP") or t.lower_ in ("was", "were")), None)
    if finite is None:
        return ""
    return "one" if finite.tag_ == "VBZ" or finite.lower_ == "was" else "many"


def agreeing_head(head: Any, verb: Any) -> Any:
    """The antecedent of a relative pronoun that is its verb's subject: the noun the
    clause hangs on, or when that noun is of the other number than the verb, the nearest
    noun whose phrase holds it that agrees ("sales in the current fiscal year [that are]
    above forecasts": the sales are, not the year; "one of the plants [that was] sold":
    the one, not the plants); the noun the parse gives when none
    does (a group may be told as many: "the staff who were laid off")."""
    relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                   for c in verb.children)
    number = _number(verb) if relative else ""
    if not number or _number(head, verb.i) in ("", number):
        return head
    noun = head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and (noun.head.head.pos_ in ("NOUN", "PROPN") or _is_one(noun.head.head)):
        noun = noun.head.head  # "sales [in the current fiscal year]"
        if _number(noun, verb.i) == number:
            return noun
    return head


def _is_one(word: Any) -> bool:
    """Whether `word` is the "one" of "one of the plants", a noun of number one."""
    return bool(word.lower_ == "one" and word.tag_ == "CD" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in word.children))


def unagreed_above(verb: Any) -> Any:
    """The verb whose clause holds the plural common noun a relative clause hangs on, when
    its relative pronoun subject's verb is singular and no noun whose phrase holds that
    noun agrees ("gains in the quarters that was": neither "was"): the parse misread the
    clause, which is not told alone; else None. A singular noun with a plural verb may be
    a group ("the staff who were laid off") and a name may be plural in form ("General
    Motors, which is"), so neither is a misreading."""
    head = verb.head
    number = _number(verb) if verb.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children) \
        else ""
    if number != "one" or head.tag_ != "NNS" or _number(head, verb.i) != "many" \
            or agreeing_head(head, verb).i != head.i:
        return None  # a singular noun may be a group told as many: "the staff who were"
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def tagged_subject(verb: Any) -> Any:
    """The subject of a reported clause that a speech tag set inside it splits: "The
    advertisement, said Kelli Conlin, the group's director, is intended to ..." (the parse
    makes the speaker the clause's subject, the noun before the comma the speaker's); else
    None. A name right after "said" and set off by a comma, after a noun with no aside of
    its own, is the speaker of a tag."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "is intended [to spotlight]"
    head = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if verb.dep_ != "ccomp" or subject is None or before is None \
            or not head.i < subject.i < verb.i or head.i == 0 or head.doc[head.i - 1].text != "," \
            or head.lower_ not in TAG_VERBS \
            or min(t.i for t in subject.subtree) != head.i + 1 or subject.pos_ != "PROPN" \
            or head.doc[subject.i + 1].text != "," or any(
                c.dep_ in ("appos", "relcl", "acl") for c in before.children):
        return None  # "Ricardo Alarcon, head of ..., said [the convictions] prove"
    return before


def _is_foreseen(verb: Any) -> bool:
    """A passive of foreseeing with no clause of its own: "which is expected [next month]"
    tells of a happening ("expected to rise" may tell of anything)."""
    return verb.lower_ in FORESEEN and verb.tag_ == "VBN" \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _is_happening(noun: Any) -> bool:
    """A common noun that names a happening: "ruling", "vote", "decision"."""
    word = noun.lower_
    return noun.pos_ == "NOUN" and word not in NOT_EVENT_NOUNS and (
        word in EVENT_NOUNS or len(word) > 6 and word.endswith(EVENT_ENDINGS))


def is_figure(noun: Any) -> bool:
    """A noun that is only an amount: "$48 million", "16 cents", "5%" (its number or
    currency sign is all it says)."""
    return bool(noun.like_num or noun.text in CURRENCY or noun.lower_ in ("%", "percent")
                or any(c.text in CURRENCY or c.dep_ == "nummod" and c.like_num
                       for c in noun.children) and noun.lower_ in FIGURE_UNITS)


def _is_date(noun: Any) -> bool:
    """A noun that is only a date: a day, month or season word or a year ("July", "Monday",
    "1989")."""
    return noun.lower_ in TIME_WORDS or noun.like_num and len(noun.text) == 4 \
        and noun.text.isdigit() and 1000 <= int(noun.text) <= 2100


def of_other_number(candidate: Any, plural: bool) -> Any:
    """The noun after "of" in a subject's phrase of the other number ("The price of
    [Columbia shares]" for "they", "copies of [the rifle]" for "it"; for "they" also after
    "from": "no profit from [discontinued operations]"), which the pronoun can stand for
    where the subject cannot; else None."""
    if candidate.tag_ not in (("NN", "NNP") if plural else ("NNS", "NNPS")):
        return None
    if not plural and is_listed_modifier(candidate):
        return candidate
    # "from" names where a thing comes from, which a pronoun may stand for as well: "[there
    # was] no profit from [discontinued operations]; last year they contributed ..." (the
    # parse hangs it on the verb of "there")
    there = candidate.dep_ == "attr" and any(c.dep_ == "expl" for c in candidate.head.children)
    held = [*candidate.children, *(candidate.head.children if there else ())]
    of = next((c for c in held if c.dep_ == "prep" and (
        c.lower_ == "of" and c.head.i == candidate.i or plural and c.lower_ == "from")), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    wanted = ("NNS", "NNPS") if plural else ("NN",)
    return inner if inner is not None and inner.tag_ in wanted else None


def whose_owner(verb: Any) -> str:
    """Whom "whose" of a relative clause's subject stands for: "Ebrahim, whose company has
    been sending travelers" → "Ebrahim"; else ""."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "relcl" or subject is None \
            or not any(c.lower_ == "whose" for c in subject.children):
        return ""
    head = verb.head
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        head = head.head  # "Coleco Industries Inc., a toy maker whose stock peaked"
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "det")
             or t.i == head.i]
    return join_words(sorted(words, key=lambda t: t.i))


def misparsed_name(verb: Any) -> Any:
    """The capitalized word opening the sentence of a finite verb that has no subject, which
    the parse hung on the verb as a modifier: "[White] heads a team", "[Albright], after a
    16-hour flight, is scheduled" (a finite clause has a subject; a name is no adverb);
    else None."""
    opener = verb.doc[verb.sent.start]
    if opener.i >= verb.i or opener.head.i != verb.i or not opener.text[:1].isupper() \
            or opener.dep_ not in ("amod", "npadvmod", "compound") \
            or opener.pos_ not in ("PROPN", "ADJ", "NOUN") or opener.tag_ == "NN" \
            or not (verb.tag_ in ("VBZ", "VBD", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBD", "VBP", "MD")
                for c in verb.children)):
        return None
    return opener


def joined_subject(verb: Any) -> Any:
    """The noun after "and" or "but" before a finite verb that has no subject, which the
    parse joined to a noun before it: "a store owner they took hostage and [police] found
    the body", "one of three doctors ..., and [harassment and threats against him] had
    become routine" (a finite clause has a subject; the nouns that open it are no more
    hostages or doctors); or `subordinated_subject`'s noun; else None."""
    first = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))],
                key=lambda t: t.i)
    if first.tag_ not in ("VBD", "VBZ", "VBP", "MD") \
            or verb.dep_ not in ("advcl", "conj", "ccomp") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    if first.i > 0 and doc[first.i - 1].dep_ == "cc":  # "arrested two men and [released] them": shared
        return None
    stretch = []  # the words back to the last verb before: the clause's subject is there
    for token in reversed(doc[verb.sent.start:first.i]):
        if token.pos_ in ("VERB", "AUX"):
            break
        stretch.append(token)
    joint = next((t for t in reversed(stretch) if t.dep_ == "cc"
                  and t.lower_ in ("and", "but")), None)
    if joint is None:
        return subordinated_subject(verb)
    noun = None if joint is None else next(
        (t for t in doc[joint.i + 1:first.i] if t.dep_ == "conj"
         and t.pos_ in ("NOUN", "PROPN") and t.head.i < joint.i), None)
    if noun is None or noun.head.pos_ not in ("NOUN", "PROPN") \
            or noun.head.dep_ not in ("dobj", "pobj", "conj"):
        return None
    return noun


def subordinated_subject(verb: Any) -> Any:
    """The noun right before a finite verb that has no subject, which the parse made the
    object of a subordinating conjunction read as a preposition (`CONJUNCTIONAL`, or one
    tagged as a conjunction): "had dwindled since
    [Operation Rescue], an anti-abortion group, started a series of demonstrations" (a
    finite verb after the noun and its apposition is that noun's; the parse joins it to
    the main clause, whose subject is another); else None."""
    first = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))],
                key=lambda t: t.i)
    if first.tag_ not in ("VBD", "VBZ", "VBP", "MD") or verb.dep_ not in ("conj", "advcl") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in verb.children):
        return None
    for token in reversed(verb.doc[verb.sent.start:first.i]):
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.dep_ == "pobj" \
                and (token.head.pos_ == "SCONJ" or token.head.lower_ in CONJUNCTIONAL) \
                and min(t.i for t in token.subtree) == token.head.i + 1 \
                and max(t.i for t in token.subtree) == first.i - 1:
            return token
    return None


def inverted_subject(verb: Any) -> Any:
    """The noun after the copula of a participle that opens its sentence as the copula's
    subject, which the sentence puts last: "Leading the gains for Du Pont was [its
    industrial products segment]" (the segment was leading the gains); else None."""
    copula = verb.head
    if verb.dep_ != "csubj" or verb.tag_ != "VBG" or verb.i != verb.sent.start \
            or (copula.lemma_ or copula.lower_).lower() not in COPULAS | BE_FORMS \
            or copula.i < verb.i:
        return None
    return next((c for c in copula.children if c.dep_ in ("attr", "nsubj") and c.i > copula.i
                 and c.pos_ in ("NOUN", "PROPN")), None)
