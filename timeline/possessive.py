"""Whose a reported clause's subject is: "Unisys said [its] European business was weak"
tells of Unisys' business, so the headline says so ("Unisys' European business was weak")
rather than leaving "Its" with no one named; "Norton Co. said [net income] fell 6%" tells
of Norton's net income ("Norton Co.'s net income fell 6%"), not of a figure of no one's;
and a sentence that opens with a figure goes on with the company the sentence before
opens with ("Crossland recorded a reserve. [Net interest income] declined").

Works on parsed spaCy tokens (duck-typed, spaCy is not imported here).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from timeline.eventwords import FIGURES, TIME_WORDS
from timeline.kinds import (FUNCTION_WORDS, ORGANIZATION_WORDS, is_company, is_thing,
                            is_untitled, per_text)
from timeline.lexicon import MONTH_NAMES, WEEKDAY_NAME
from timeline.wording import MAX_WORDS, join_words, possessive

# A possessive pronoun and the number of the speaker it can stand for.
SINGULAR = {"its", "his", "her"}
PLURAL = {"their"}
# Nouns of a company or a part of one, "at" which a figure is: "At the unit, profit fell".
COMPANY_NOUNS = {"company", "concern", "firm", "maker", "insurer", "thrift", "bank", "group",
                 "unit", "division", "subsidiary", "parent", "retailer", "airline", "utility"}
# Conjunctions of a concession, whose clause tells of the figures of the subject of the
# clause it is made to: "Although profits were squeezed, the company said ...".
CONCEDING = {"although", "though", "while", "whereas"}
# A possessive pronoun and the subject pronoun of the same one.
SUBJECTS = {"its": "it", "his": "he", "her": "she", "their": "they"}
# Clauses climbed from a figure's verb to the clause whose subject is "it".
MAX_CLIMB = 3
# Sentences looked back for the company a figure is of ("Acme Corp. earned ...").
MAX_BACK = 4
# Speakers this long or longer are told no better than the pronoun is.
MAX_OWNER_WORDS = 4
# Figures of an owner's accounts, which a reported clause gives without their owner when
# the one reporting them is that owner: "Acme said [net] rose", "[pet food volume] was flat".
OWNED_FIGURES = FIGURES | {"net", "volume", "profits", "revenues", "losses"}
# Words before a figure that make it a whole market's, no one speaker's ("Acme said
# industry sales rose": not Acme's sales).
WIDER_SCOPE = {"industry", "industrywide", "industry-wide", "market", "marketwide",
               "national", "nationwide", "world", "worldwide", "global", "economy"}
# A company a sentence opens with, by name or by a company's noun after "the", after a
# conjunction that may open it.
_COMPANY = re.compile(r"^(?:(?:But|And|So|Then|Meanwhile|However|Still|Yet|Separately|Also)"
                      r",?\s+)?(?P<name>"
                      r"(?P<the>The\s+(?:[\w.-]+\s+){0,2}?(?:company|concern|firm|maker|"
                      r"insurer|thrift|bank|group))|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
                      r"(?:'s?)?(?=[\s,])")
_NOT_NAMES = FUNCTION_WORDS | {m.capitalize() for m in MONTH_NAMES} \
    | set(WEEKDAY_NAME.split("|")) | {"It", "He", "She", "They", "We", "I", "There", "These",
                                      "Those", "Today", "Yesterday", "Now"}
# A restatement of an amount: "$9.5 million[, or 46 cents a share]".
_RESTATED = re.compile(r",\s+or\s+(?:[$#]|[A-Z]{1,2}\$)?\d[^,]*(?=,|$)")
# A phrase opening a sentence, set off by a comma, that names no one: "In the year-ago
# period, [Bethlehem earned ...]"; its words after the first are lower case or a month's.
_OPENING = re.compile(r"^(?:In|For|During|At|After|Before|Through|Since|Over|Of|By)\s+"
                      r"(?P<words>[^,]{1,60}),\s+")
# Words of a public body, which reports a nation's or a market's figures, not its own:
# "The Commerce Department said retail sales rose".
BODY_WORDS = {"department", "ministry", "agency", "bureau", "office", "government",
              "administration", "commission", "committee", "council", "board", "association",
              "federation", "institute", "exchange", "union", "court", "police", "army"}


def sayer_possessive(headline: str, named: list[Any], verb: Any,
                     is_saying: Callable[[Any], bool],
                     name_pronoun: Callable[[Any], str] = lambda _: "", text: str = "") -> str:
    """`headline` with the possessive pronoun it opens with replaced by the speaker of the
    verb of saying the clause is reported by, when the pronoun agrees with that speaker,
    a name or a noun with "the" of at most MAX_OWNER_WORDS words with nothing after its
    noun; a speaker that is the same pronoun ("She estimates [her] properties are worth")
    by whom `name_pronoun` names for it; an "its" or "their" no speaker tells by the
    subject of the nearest clause that holds it outside that subject (`_clause_subject`);
    else `headline`. is_saying: clause.is_saying, passed in to keep the import graph
    shallow; text: the document's, which tells a company from a person."""
    word = named[0].lower_ if named else ""
    if named and named[0].dep_ == "poss" and headline.startswith(named[0].text.capitalize() + " "):
        said = _pronoun_sayer(verb, is_saying)
        name = name_pronoun(said) if said is not None and SUBJECTS.get(word) == said.lower_ \
            else ""
        if name:  # "Pak can't find buyers. She estimates her properties ..." → "Pak's"
            return f"{possessive(name)}{headline[len(named[0].text):]}"
    owner = _speaker(verb, is_saying) if named and named[0].dep_ == "poss" else None
    if owner is None and named and named[0].dep_ == "poss" and word in ("its", "their"):
        owner = _clause_subject(named[0], text)  # "Acme Corp. declared its dividend"
    if owner is None or not headline.startswith(named[0].text.capitalize() + " ") \
            or word not in (PLURAL if owner.tag_ in ("NNS", "NNPS") else SINGULAR) \
            or word in ("his", "her") and owner.pos_ != "PROPN":
        return headline
    name = _owner_name(owner)
    told = f"{possessive(name[:1].upper() + name[1:])}{headline[len(named[0].text):]}"
    return told if name and _fits(told) else headline


def sayer_figure(headline: str, named: list[Any], verb: Any,
                 is_saying: Callable[[Any], bool], text: str) -> str:
    """`headline` with the owner of the figure it opens with named: a reported clause's
    subject that is a figure of accounts with no determiner, owner or "of" phrase of its
    own is the speaker's, when the speaker is a company or a place (`kinds.is_thing`, no
    public body) told in at most MAX_OWNER_WORDS words: "Norton Co. said net income fell
    6%" → "Norton Co.'s net income fell 6%", "Pet food volume was flat, the company said"
    → "The company's pet food volume was flat"; not "Mr. Marous said capital spending
    will rise" (a person reports a firm's figures). text: the document's, which tells a
    company from a person."""
    figure = _figure(named, verb)
    if figure is None:
        return headline
    speaker = _speaker(verb, is_saying) or _pronoun_speaker(verb, is_saying) \
        or _conceding(verb) or _place_of(verb, figure)
    if speaker is not None and speaker.pos_ == "NOUN":  # "Acme's unit, [Beta Inc.], said"
        speaker = next((c for c in speaker.children if c.dep_ == "appos"
                        and c.pos_ == "PROPN"), speaker)
    first = named[0].text if named[0].i != named[0].sent.start or named[0].pos_ == "PROPN" \
        else named[0].lower_
    if speaker is None or not headline.startswith(first[:1].upper() + first[1:]) \
            or headline[len(first):][:1].isalnum():  # "Third-quarter net income"
        return headline
    name = _owner_name(speaker)
    phrase = {t.lower_ for t in speaker.subtree}
    if not name or not is_thing(speaker, phrase, text) or phrase & BODY_WORDS:
        return headline
    return _told(f"{possessive(name[:1].upper() + name[1:])} {first}{headline[len(first):]}",
                 headline)


def _told(told: str, headline: str) -> str:
    """`told` (a headline with its figure's owner named) if it fits the headline check, or
    else without the restatements of its amounts (", or 46 cents a share": the same
    amount in other words); else `headline`, as it was."""
    if _fits(told):
        return told
    shorter = _RESTATED.sub("", told)
    return shorter if shorter != told and _fits(shorter) else headline


def _figure(named: list[Any], verb: Any) -> Any:
    """The subject of `verb` among the headline's subject words `named` that is a figure of
    accounts with no determiner, owner or "of" phrase of its own ("net income"); else None."""
    figure = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if verb is not None and named else None
    if figure is None or figure not in named or figure.lower_ not in OWNED_FIGURES \
            or any(c.dep_ in ("det", "poss") or c.dep_ == "prep" and (c.lower_ == "of" or any(
                t.pos_ == "PROPN" for o in c.children for t in (o, *o.children)))
                   for c in figure.children):
        return None  # nor one whose phrase names its own ("earnings [for GM common stock]")
    if any(t.lower_ in WIDER_SCOPE for t in figure.subtree if t.i < figure.i):
        return None  # "[industry] sales", "[world] output": a market's
    return figure


def _fits(headline: str) -> bool:
    """Whether `headline` is no longer than the headline check allows, in the words it
    counts ("third-quarter": two, "Acme's": two, "$": none)."""
    return len(re.findall(r"\w+(?:[.,]\d+)*|%|'s\b", headline)) <= MAX_WORDS + 1


def opening_figure(headline: str, named: list[Any], verb: Any,
                   before: Callable[[], Iterator[str]], text: str) -> str:
    """`headline` with the owner of the figure that opens it and its sentence named: the
    company the sentence before opens with (`previous_company`), as a news report goes on
    with that company's figures: "Acme Corp. earned $5 million. Revenue rose 8%" → "Acme
    Corp.'s revenue rose 8%"; or the one a sentence further back opens with, at most
    MAX_BACK back, when the figure's sentence and those between name no one
    (`_no_name`); else `headline`. before: the sentences before, nearest first, read only
    then, passed in to keep the import graph shallow."""
    figure = _figure(named, verb)
    first = next((t for t in named if headline.startswith(t.text[:1].upper() + t.text[1:])),
                 None) if figure is not None else None  # "[Third-quarter] sales": a date
    word = (first.text if first.pos_ == "PROPN" else first.lower_) if first is not None else ""
    if first is None or not _opens(figure.left_edge):
        return headline
    name, back = "", 0
    for back, sentence in enumerate(before()):
        name = previous_company(sentence, text)
        if name or back == MAX_BACK or not _no_name(" ".join(sentence.split()[1:])):
            break
    if back and not _no_name(" ".join(figure.doc[figure.sent.start + 1:figure.sent.end].text
                                      .split())):
        name = ""  # "Net rose [at Beta]": a sentence naming another
    return _told(f"{possessive(name)} {word}{headline[len(word):]}", headline) if name \
        else headline


def _opens(first: Any) -> bool:
    """Whether the token `first` opens its sentence, or follows only a phrase of time
    opening it (its nouns time words), set off by a comma and naming no one: "[In the first
    nine months,] net was", "[A year earlier,] net income was"; not "At Beta, revenue
    rose", nor "For the industry, sales rose" (the industry's)."""
    before = first.doc[first.sent.start:first.i]
    nouns = [t.lower_.rstrip(".") for t in before if t.pos_ in ("NOUN", "PROPN")]
    return not before or before[-1].text == "," and _no_name(before[1:-1].text) \
        and bool(nouns) and all(n in TIME_WORDS for n in nouns)  # not "For the industry,"


def _no_name(words: str) -> bool:
    """Whether `words` name no one: each is lower case, a number or a month's name, whole
    or cut short ("Sept.")."""
    return all(not w[:1].isupper() or len(w) > 2 and any(
        m.startswith(w.lower()) for m in MONTH_NAMES) for w in (
            w.strip(".,;:()\"'`") for w in words.split()))


def previous_company(sentence: str, text: str) -> str:
    """The company `sentence` (of the document `text`) opens with, or whose possessive it
    opens with ("Travelers Corp.'s net income rose"): a name with a company's word or one
    the document gives a company's suffix, or one word it writes only as a name
    ("Crossland recorded"), or a company's noun after "the" ("The St. Louis company
    earned"), also after a phrase set off by a comma that names no one ("In the year-ago
    period, Bethlehem earned", "..., the company earned": "The company"); else ""."""
    opening = _OPENING.match(sentence)
    if opening is not None and _no_name(opening.group("words")):
        sentence = sentence[opening.end():]
        if sentence.startswith("the "):  # "In the year-ago period, the company earned"
            sentence = "T" + sentence[1:]
    match = _COMPANY.match(sentence)
    if match is None or match.group("the"):
        return match.group("name") if match is not None else ""
    name = match.group("name")
    last = name.split()[-1]
    if name.split()[0] in _NOT_NAMES or not (
            last.lower() in ORGANIZATION_WORDS - BODY_WORDS or is_company(last, text)
            or " " not in name and is_untitled(name, text) and _is_name(name, text)):
        return ""
    return name


@per_text
def _is_name(word: str, text: str) -> bool:
    """Whether `text` writes `word` capitalized inside a sentence and never in lower case, as
    a name ("Crossland"), not a word that opens a sentence ("Revenue rose ...")."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is None \
        and re.search(rf"[a-z,]\s+{re.escape(word)}\b", text) is not None


def _owner_name(owner: Any) -> str:
    """The words of the speaker `owner` as an owner's name: all of its phrase ("The nation
    [of X]"), when it is a name or a noun with "the", of at most MAX_OWNER_WORDS words,
    with nothing after its noun and no possessive, list or punctuation of its own, a
    place set off by commas left out; a longer noun with "the" as its noun with "the"
    ("the company"); else ""."""
    aside = {t.i for c in owner.subtree if c.dep_ in ("appos", "npadvmod") and c.i != owner.i
             and (all(t.pos_ == "PROPN" or t.is_punct for t in c.subtree)
                  or owner.pos_ == "PROPN" and c.head.i == owner.i and _described(c))
             for t in c.subtree}  # "Sotheby's Holdings Inc.[, the parent of ...,]"
    words = [t for t in owner.subtree if not t.is_space and t.i not in aside
             and not (aside and t.text == "," and t.head.i in aside | {owner.i, *(
                 c.i for c in owner.children)})]  # "America West Airlines[, Phoenix,
    # Ariz.,]": a place set off after the name, or inside it ("The Menlo Park[, Calif.,]")
    if owner.pos_ == "NOUN" and words[0].lower_ != "the" or words[-1].i != owner.i:
        return ""
    if len([t for t in words if t.tag_ != "POS"]) > MAX_OWNER_WORDS or any(
            t.dep_ == "conj" or t.is_punct or t.dep_ == "poss" and not (
                t.pos_ == "PROPN" and t.head.pos_ == "PROPN") for t in words):
        # "The [consumer-products and newsprint] company": its noun with "the"
        return f"the {owner.lower_}" if owner.pos_ == "NOUN" else ""
    return join_words(words)  # also "Sotheby's Holdings Inc."


def _described(apposed: Any) -> bool:
    """Whether `apposed` is a description set off by commas after a name, opening with an
    article: "Sotheby's Holdings Inc.[, the parent of the auction house,]"."""
    doc = apposed.doc
    before, after = apposed.left_edge.i - 1, apposed.right_edge.i + 1
    return bool(doc[apposed.left_edge.i].dep_ == "det" and before >= 0
                and doc[before].text == "," and after < len(doc) and doc[after].text == ",")


def _pronoun_speaker(verb: Any, is_saying: Callable[[Any], bool]) -> Any:
    """The speaker an "it" stands for when the clause of `verb` goes on from a clause whose
    subject is that "it", reported by the speaker: "Acme Co. said it expects to report
    net income jumped" → "Acme Co."; else None."""
    token = verb
    for _ in range(MAX_CLIMB):
        if token.dep_ not in ("ccomp", "conj", "xcomp") or token.head.i == token.i:
            return None
        token = token.head
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return _speaker(token, is_saying) if subject.lower_ == "it" else None
    return None


def _clause_subject(pronoun: Any, text: str) -> Any:
    """The subject of the nearest clause that holds the possessive `pronoun` ("its",
    "their") outside that subject, when it agrees: a singular company or thing for "its",
    a plural for "their" ("Acme Corp., Bayonne, N.J., declared [its] initial quarterly,
    payable Dec. 1" → Acme Corp.; "Anheuser said [its] new strategy -- started last month
    -- will mean" → Anheuser); None when that subject is a pronoun or does not agree."""
    for token in pronoun.ancestors:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or pronoun in subject.subtree:
            continue
        if subject.pos_ not in ("NOUN", "PROPN"):
            return None
        phrase = {t.lower_ for t in subject.subtree}
        plural = subject.tag_ in ("NNS", "NNPS")
        agrees = plural if pronoun.lower_ == "their" else not plural and is_thing(
            subject, phrase, text)
        return subject if agrees and not any(c.dep_ == "conj" for c in subject.children) \
            else None
    return None


def _conceding(verb: Any) -> Any:
    """The subject of the clause a concession `verb` heads is made to, whose figures it
    tells: "Although profits were squeezed, the company said ..." → the company; else None."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONCEDING
                                       for c in verb.children):
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def _place_of(verb: Any, figure: Any) -> Any:
    """The name of an "At" phrase opening the sentence of the figure `figure`, whose
    figure it is: "At Acme, profit jumped 16%" → Acme; else None."""
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
               and c.i == verb.sent.start and c.i < figure.i), None)
    name = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    if name is None or name.i + 1 >= len(figure.doc) or figure.doc[name.i + 1].text != ",":
        return None
    return name if name.pos_ == "PROPN" or name.lower_ in COMPANY_NOUNS and any(
        c.lower_ == "the" for c in name.children) else None  # not "At the time"


def _pronoun_sayer(verb: Any, is_saying: Callable[[Any], bool]) -> Any:
    """The pronoun subject of the verb of saying whose reported clause `verb` heads; else
    None."""
    if verb.dep_ != "ccomp" or not is_saying(verb.head):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)


def _speaker(verb: Any, is_saying: Callable[[Any], bool]) -> Any:
    """The subject of the verb of saying whose reported clause `verb` heads; else None."""
    if verb.dep_ != "ccomp" or not is_saying(verb.head):
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None
