"""The event trigger a temporal expression dates: the word that is the event, by the parse.

Follows the TimeML event guidelines: events are verbs, event nominals ("summit",
"bombing", "election") and predicative adjectives or nouns ("is due", "was weak", "was
part of"); a copula, a light verb ("held talks") or an intensional verb governing an
infinitive ("planned to pay Friday") hands the event on to the word that carries it
(`timeline.carrier`).
Works on parsed spaCy tokens and spans (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

from typing import Any

from timeline.aside import is_closed_before, is_dated_apposition, is_superlative_aside
from timeline.carrier import carry_event, is_figure, past_amount
from timeline.misread import reported_clause, told_by
from timeline.clause import base_form, is_event_noun
from timeline.eventwords import EVENT_NOUNS, MOVING, RELATIONAL, REPORTING, TIME_WORDS
from timeline.nominal import (antecedent_event, conjoined_clause, crosses_preposition,
                              current_state, event_of_date, is_changed_amount,
                              is_event_nominal, is_state_phrase, loan_event, PART_OF_DAY,
                              past_object_event, premodified_event, told_from, when_clause)

MAX_CLIMB = 12
# How far back an event noun may stand in the phrase the expression ends.
NOUN_REACH = 5
# Nouns that take a part of a time, which is a time itself: "a good part of 1990".
TIME_PARTS = {"half", "part", "end", "beginning", "middle", "rest", "remainder", "start",
              "bulk", "portion", "course", "balance", "close", "height", "turn", "dawn", "eve"}
# Units a hyphenated length ends with: "16-hour", "five-year", "two-week".
LENGTH_UNITS = {"second", "minute", "hour", "day", "week", "month", "year",
                "decade", "century"}
# Dependencies by which an expression modifies a noun rather than a clause.
NOUN_MODIFIER = {"compound", "amod", "nmod", "poss", "nummod", "appos"}
# Verbs that carry a company's figure for a period: "had a loss", "reported sales",
# "posted net income".
FIGURE_CARRIERS = {"have", "report", "post"}


def event_sentence(span: Any) -> Any:
    """The sentence that tells the event `span` dates: its own, or, for a time stamp that
    the parser cut off ("10:32 a.m. ET — Officials said ..."), the one it stamps."""
    sentence = span.sent
    doc = span.doc
    if span.end <= sentence.end and len(sentence) - len(span) > 3:
        return sentence  # words besides the expression: not a bare stamp (the common case)
    rest = [t for t in sentence if not (span.start <= t.i < span.end) and not t.is_punct]
    if (rest and span.end <= sentence.end) or sentence.end >= len(doc):
        return sentence
    return doc[sentence.start:doc[max(span.end, sentence.end)].sent.end]


def find_trigger(span: Any, sentence: Any = None) -> Any:
    """The token that is the event `span` dates: a verb, an event noun or a predicate.

    sentence: `event_sentence(span)` when the caller has it already
    """
    token = _climb_trigger(span, sentence)
    return _period_ending(span, token) or token


def _climb_trigger(span: Any, sentence: Any = None) -> Any:
    """`find_trigger` before a named period's ending is considered."""
    sentence = sentence if sentence is not None else event_sentence(span)
    if sentence.end > span.sent.end:
        return _sentence_predicate(span, doc_sentence(sentence, span))
    noun = current_state(span) or premodified_event(span) or event_of_date(span) \
        or antecedent_event(span)
    if noun is not None:
        return noun  # "charged in the Dec. 21, 1988, bombing of Pan Am Flight 103"
    clause = when_clause(span) or conjoined_clause(span)
    if clause is not None:
        return carry_event(clause, span)  # "in November, when he was called a witness"
    noun = _event_noun_before(span) or _noun_of_time(span) or _event_of_length(span)
    if noun is not None:
        return noun  # "killed in a bombing in 1995", "a speech six weeks ago"
    return _climb(span)


def _climb(span: Any) -> Any:
    """The first verb, event noun or predicate above the expression in the parse, or
    what it hands the event to; the sentence's predicate when there is none."""
    token = span.root
    inside = {t.i for t in span}
    for _ in range(MAX_CLIMB):
        head = token.head
        if head.i == token.i:
            break
        via, token = token.dep_, head
        if token.i not in inside and (is_superlative_aside(token)
                                      or is_dated_apposition(token, span)):
            return token  # "fell 4%, [the most] since 2000", "Lee, [currently a director]"
        if token.i in inside or _is_time_word(token) and token.pos_ != "VERB" \
                or via in NOUN_MODIFIER and crosses_preposition(span, token) \
                or is_closed_before(token, span):  # "Smith, wanted for fraud, on Friday"
            continue  # "took effect Aug. 9 pending ratification": no modifier of the noun
        if token.pos_ == "VERB" and via == "nummod" and token.tag_ == "VBN":
            token = _noun_after(token) or token  # "1989 unconsolidated, or parent-company,
            # profit": a year numbers a noun; the participle is only its adjective
            if token.pos_ == "NOUN":
                return token
        if token.pos_ in ("VERB", "AUX"):
            return _period_end(span, token) or _fronted_event(span, token) \
                or past_object_event(span, token) \
                or carry_event(reported_clause(span, token) or _adjacent_verb(span) or token,
                               span)
        if token.pos_ == "ADJ" and via not in NOUN_MODIFIER:
            if token.dep_ == "amod" and is_event_noun(token.head):
                return token.head  # "the general election due this September"
            if token.dep_ == "acomp" and base_form(token.head) == "become":
                return token.head  # "had become routine over the past decade"
            return token  # "payable Jan. 3", "due March 1, 2011"
        if token.pos_ in ("NOUN", "PROPN") and is_event_noun(token) \
                and not _is_deadline_of_verb(span, token) and not is_state_phrase(token) \
                and not (via in NOUN_MODIFIER and is_changed_amount(token)):
            return past_amount(span, token) or token
        if token.pos_ == "NOUN" and is_figure(token) and token.dep_ == "pobj" \
                and token.head.lower_ in ("versus", "vs.", "vs"):
            return token  # "a loss of $2.3 million, versus net income of $5.3 million, ...
            # a year earlier": the other term of a comparison, as "compared with" has it
        if token.pos_ == "NOUN" and via in NOUN_MODIFIER and _is_length_of(span, token):
            return token  # "a 52-week high", "a five-year restructuring effort"
        if token.pos_ == "NOUN" and via in NOUN_MODIFIER and _is_dated_noun(token):
            return token  # "reported third-quarter earnings", "year-earlier results included"
    return _sentence_predicate(span)


def _period_end(span: Any, verb: Any) -> Any:
    """What the end of a period a figure is had or reported for dates: "had a loss ... for
    the quarter ended Sept. 30" dates what the quarter dates (the having), since a period
    ended is only the name of the period. TimeBank tags such an "ended" as an event in 1
    of the 15 sentences of its 256 documents whose figure is had, reported or posted, and
    in 5 of the 7 others ("net income for the six months ended Oct. 1 slipped 5%",
    "Ralston earned $422.5 million"), where the ending is kept. Else None."""
    period = verb.head
    if not (base_form(verb) == "end" and verb.dep_ == "acl" and span.start == verb.i + 1
            and _is_time_word(period)):  # an "acl" is a participle, whatever its tag
        return None
    dated = find_trigger(verb.doc[period.left_edge.i:verb.i])
    return dated if _carries_figure(dated) else None


def _period_ending(span: Any, token: Any) -> Any:
    """The ending of a period that the expression names ("for the six months ended Oct. 1,
    net income slipped"), which TimeBank makes the period's event where the figure is not
    had or reported (the counts are `_period_end`'s); else None."""
    root = span.root
    ending = next((c for c in root.children if c.dep_ == "acl" and c.i == span.end
                   and base_form(c) == "end"), None)
    if ending is None or not _is_time_word(root) or _carries_figure(token):
        return None
    return ending


def headline_word(token: Any, span: Any) -> Any:
    """The one word a headline is told from for the trigger `token` that the expression
    `span` dates: first by the trigger's own reading (a period's ending, a noun a verb
    tells), then by the words around the date (`nominal.told_from`: "the demonstrations
    of early December, [when] hundreds of thousands rallied")."""
    if is_dated_apposition(token, span):
        return token  # "Acme, [its current supplier]" (`misread.told_by` tells the verb)
    return told_from(span, _told_word(token))


def _told_word(token: Any) -> Any:
    """The word a headline tells for the trigger `token` by its reading: a period's ending
    ("for its fourth quarter ended Sept. 30") only names the period, so the headline tells
    the clause the period's phrase belongs to ("Estimated earnings fell 50%"), not "Its
    quarter ended"; a noun a verb tells or a figure measures, by that verb or noun."""
    above = token.head.head
    teller = told_by(token)
    if teller is not None:
        return teller  # "had a falling out", "included a ... write-down"
    loan = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if loan_event(loan) is not None and loan.head.dep_ == "prep":
        return loan.head.head  # "had to flee after a coup d'etat": told with its clause
    if token.dep_ == "pobj" and token.head.lower_ == "in" and is_figure(token) \
            and above.pos_ == "NOUN" and is_event_noun(above):
        return above  # "reported a 47% decline in fourth-quarter earnings": the decline
        # is what a headline tells, though the date is the earnings'
    if token.dep_ == "pobj" and token.lower_.endswith("ing") and above.pos_ == "VERB" \
            and any(c.lower_ in PART_OF_DAY for c in token.children):
        return above  # "shares rose 6 pence in early trading": the rise is the news
    period = token.head
    if base_form(token) != "end" or token.dep_ != "acl" or not _is_time_word(period):
        return token
    return _climb_trigger(token.doc[period.left_edge.i:token.i], None)


def _carries_figure(token: Any) -> bool:
    """Whether a trigger is a verb that has or reports a figure, or the figure it does."""
    held = token if token.pos_ in ("VERB", "AUX") else token.head
    return base_form(held) in FIGURE_CARRIERS


def _is_length_of(span: Any, noun: Any) -> bool:
    """Whether the expression is a length joined to the noun before it ("a 16-hour flight",
    "a several-year tenure", "a day-long meeting"): English makes a length a modifier
    only of what lasts that long, the happening or state the noun names."""
    doc, end = span.doc, span.end
    if end - span.start < 3 or doc[end - 2].text != "-" or not (
            doc[end - 1].lower_ == "long"  # "a day-long meeting"
            or doc[end - 1].lower_ in LENGTH_UNITS and _is_count(doc[end - 3])):
        return False  # "third-quarter profit" is a date, not a length
    return all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[end:noun.i])


def _is_count(token: Any) -> bool:
    """A cardinal number or count word ("16", "five", "several"), not an ordinal."""
    return token.tag_ == "CD" or token.lower_ in ("several", "few", "many", "multi")


def _noun_after(adjective: Any) -> Any:
    """The noun an adjective before it (and an aside set off by commas) describes, read
    along the text: "1989 unconsolidated, or parent-company, [profit]"; else None."""
    for token in adjective.doc[adjective.i + 1:adjective.sent.end]:
        if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
            return token
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _is_deadline_of_verb(span: Any, noun: Any) -> bool:
    """Whether "by" and the date, hung by the parser on a verb's object, set the deadline
    of the verb: "will double its flights between Australia and India by August" dates
    the doubling, which is done by then, not the flights."""
    prep = span.doc[span.start - 1] if span.start > span.sent.start else None
    return (prep is not None and prep.lower_ == "by" and prep.head.i == noun.i
            and noun.dep_ == "dobj")


def _is_dated_noun(noun: Any) -> bool:
    """Whether a reported figure that the expression modifies is what it dates ("reported
    third-quarter earnings"): not when it is the subject of a verb, which tells what
    happened to it ("third-quarter profit jumped"). Also under a change it is the
    figure's ("a 20% gain in third-quarter net income" dates income, as TimeBank does in
    3 of the 4 such dates of its 256 documents). Other nouns are no events ("the 11th
    century temple", "Friday's edition"); event nouns are the climb's."""
    if noun.dep_ in ("nsubj", "nsubjpass") and (base_form(noun.head) in RELATIONAL
                                                or _is_acted_on_figure(noun)):
        return True  # "third-quarter results included a gain", "the year-ago results have
        # been restated": the results; not an amount that moved ("net income fell")
    if noun.dep_ in ("nsubj", "nsubjpass", "compound") or _is_time_word(noun):
        return False
    if not is_figure(noun):
        return False  # "Friday's edition", "the 1987 level", "the 11th century temple"
    return True


def _is_acted_on_figure(subject: Any) -> bool:
    """A figure that is the subject of a verb that neither moves the amount nor tells what
    it came to (`MOVING`): "the year-ago results have been restated", "the third-quarter
    results came amid concern". A past passive tells what happened to the figure in its
    period, which is the event ("last year's results were hurt by charges"); a present
    one is done now ("have been restated"), which the date of the period cannot date."""
    verb = subject.head
    if not is_figure(subject) or verb.pos_ != "VERB" or base_form(verb) in MOVING:
        return False
    return subject.dep_ != "nsubjpass" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _noun_of_time(span: Any) -> Any:
    """The noun a time belongs to by "of": "the challenges of the near term", "the
    takeover boom of recent years"; not a part of the time ("the early hours of Thursday",
    "a good part of 1990", "the last half of the '80s"), which is a time itself."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.i >= span.start:
        return None
    noun = of.head
    if noun.pos_ != "NOUN" or _is_time_word(noun) or noun.lower_ in TIME_PARTS:
        return None
    # A noun inside another phrase is left to the climb ("as one of the significant events
    # of the past century"): the phrase may only say what the verb's object is.
    return noun if noun.dep_ != "pobj" else None


def _event_of_length(span: Any) -> Any:
    """The event noun a length of time measures by "of": "after three days of
    questioning", "six months of protests" (TimeML: the happening lasts that long)."""
    inside = {t.i for t in span}
    of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"
               and c.i not in inside), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and is_event_noun(noun) else None


def _event_noun_before(span: Any) -> Any:
    """An event noun right before the expression, in a prepositional phrase: "in a speech
    six weeks ago", "at a news conference Friday".

    Annotators date the nearest event word there; the parser often hangs the date on the
    verb. A gerund ("composite trading Friday") and an object ("complete the transaction
    early next year") leave the date to the verb.
    """
    if span.start == span.sent.start:
        return None
    token = span.doc[span.start - 1]
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and is_event_nominal(token) \
            and not is_state_phrase(token) and token.head.lower_ != "with":
        return token  # not "was charged with murder Thursday", the charging
    if token.dep_ == "pobj" and loan_event(token) is not None:
        return loan_event(token)  # "had to flee after a coup d'etat last year"
    return _event_of_chain(span)


def _event_of_chain(span: Any) -> Any:
    """The event noun at the head of an "of" chain right before a preposition of time
    ("in", "on", "during", "for", "over", "throughout") and the date: "Pyongyang's
    abduction of Japanese nationals in the 1970s", "victims of severe violations of human
    rights for the past twenty years"; a listed happening in a
    verb's adjunct there ("killed in a bombing in 1995"), not a goal or source the verb
    takes ("agreed to the transaction in August 1988"); or the head of another phrase when
    the noun is no verb's object ("whose rescue off Florida's coast two months ago set
    off", but "filed objections to the court's jurisdiction in 1995" dates the filing)."""
    doc, i = span.doc, span.start - 1
    if i <= span.sent.start or span.root.dep_ in NOUN_MODIFIER and span.root.head.i >= span.end:
        return None  # "the impact of the earthquake on fourth-quarter results": the date
        # modifies the noun after it, not a preposition of time
    if doc[i].lower_ in ("in", "on", "during", "for", "over", "throughout"):
        i -= 1
    elif span.root.dep_ not in ("npadvmod", "advmod") or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None  # "the creation of NATO 50 years ago", "the close of business Thursday"
    first = doc[i]
    if first.pos_ == "NOUN" and is_event_nominal(first) and _is_phrase_event(first):
        return first  # "within weeks of his capture on March 26, 1996"
    while i > span.sent.start and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PART")
                                   or doc[i].tag_ == "HYPH"):  # "new-generation capability"
        if doc[i - 1].dep_ == "prep" and doc[i - 1].head.pos_ == "NOUN":
            head = doc[i - 1].head
            if is_event_nominal(head) and (doc[i - 1].lower_ == "of" or head.dep_ != "dobj"):
                return head  # "whose rescue off Florida's coast two months ago"
            # The parser may hang "of" on the noun after it ("tens of thousands"): the
            # walk goes on leftwards, never back to where it was.
            i = head.i if head.i < i else i - 1
            continue
        i -= 1
    return None


def _is_phrase_event(noun: Any) -> bool:
    """Whether an event noun right before the date's preposition is what it dates: a
    subject, an "of" object, or a listed happening (not only a deverbal ending, as
    "jurisdiction") in an adjunct; "to" and "from" bring the verb's goal or source."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.dep_ != "pobj":
        return False
    listed = base_form(noun) in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS
    return noun.head.lower_ == "of" or listed and noun.head.lower_ not in ("to", "from", "with")


def _fronted_event(span: Any, verb: Any) -> Any:
    """"On a planned dismantlement ... as early as Thursday, Kono said", "In a long verbal
    attack read on Iraqi television Thursday, Saddam called": a date fronted with an event
    noun before the subject dates that event (the parser hangs both on the verb); before
    a verb other than of saying, not a bare gerund ("In composite trading Friday, shares
    fell" dates the falling, as `is_event_nominal` says)."""
    reporting = base_form(verb) in REPORTING
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or span.start >= subject.i:
        return None
    for prep in verb.children:
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.i < span.start and noun is not None \
                and noun.i < span.start and (is_event_noun(noun) if reporting
                                             else is_event_nominal(noun)):
            return noun
    return None


def _adjacent_verb(span: Any) -> Any:
    """A verb right before the expression, or before its preposition: "said on Tuesday"."""
    if span.root.dep_ not in ("npadvmod", "pobj", "advmod", "tmod", "obl"):
        return None  # "said Friday's focus", "reported third-quarter profit jumped"
    doc = span.doc
    i = span.start - 1
    if i >= span.sent.start and doc[i].pos_ == "ADP":
        i -= 1
    if i >= span.sent.start and doc[i].pos_ == "VERB" and doc[i].tag_ in ("VBD", "VBZ", "VBP"):
        return doc[i]
    return None


def _sentence_predicate(span: Any, sentence: Any = None) -> Any:
    """For an expression with no verb above it (a headline, a fragment, a time stamp): the
    root of its sentence (or of `sentence`)."""
    root = (sentence if sentence is not None else span.sent).root
    return carry_event(root, span) if root.pos_ in ("VERB", "AUX") else root


def doc_sentence(sentence: Any, span: Any) -> Any:
    """The parser's sentence after the stamp `span` within `sentence`."""
    return span.doc[max(span.end, span.sent.end)].sent


def _is_time_word(token: Any) -> bool:
    if token.like_num or token.text[:1].isdigit():
        return True
    return token.lower_ in TIME_WORDS
