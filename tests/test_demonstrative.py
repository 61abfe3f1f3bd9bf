"""Bare demonstratives of a headline: the noun phrase they point to, or left as they are."""

from __future__ import annotations

import pytest

import timeline


def _headline(text: str, when: str) -> str:
    events = timeline.extract(text, published="2018-05-23").events
    return next(e for e in events if e.when.text == when).summary


@pytest.mark.parametrize(("text", "when", "headline"), [
    # an amount "of that" is a part of the definite whole of the clause before the
    # semicolon, one that holds an amount (the object, a bare amount, is no whole)
    ("The city's $2 billion pension fund has seen $90 million flow out since May; $5 "
     "million of that left on Friday.", "Friday",
     "$5 million of the city's $2 billion pension fund left"),
    # "that" after "and" takes the bare mass noun the clause before has as its object
    ("The firm is earning steady profit from its stores, and we expect that to grow in "
     "2019.", "2019", "We expect steady profit to grow"),
    # ... also when the parse hangs the "and" on the verb of saying above that clause
    ("The mayor said the city is drawing steady tourism from the festival, and she "
     "expects that to grow in 2019.", "2019", "The mayor expects steady tourism to grow"),
], ids=["of-that-whole", "and-that-object", "and-that-reported"])
def test_demonstrative_takes_its_phrase(text: str, when: str, headline: str) -> None:
    assert _headline(text, when) == headline


@pytest.mark.parametrize(("text", "when", "headline"), [
    # a situation, not a phrase: the subject of a judgement
    ("The plan saves money, and that would be an advantage in 2019.", "2019",
     "That would be an advantage"),
    # a definite object may be the situation ("makes the best paper"): unsure
    ("The mill makes the best paper in the state, and we expect that to change in 2019.",
     "2019", "We expect that to change"),
    # a whole that holds no amount is no whole "of that"
    ("The fund has seen $50 million flow out since March; $4 million of that left on "
     "Friday.", "Friday", "$4 million of that left"),
    # a demonstrative opening its sentence points to the sentence before, not parsed
    ("The company has a loss. That changed on Friday.", "Friday", "That changed"),
    # a possessive pronoun's phrase would name the wrong owner
    ("The mill sold its old presses in May, and the buyer shipped those to Ohio in June.",
     "June", "The buyer shipped those to Ohio"),
], ids=["judgement", "definite-object", "of-that-no-amount", "opens-sentence",
        "possessive-pronoun"])
def test_demonstrative_left_when_unsure(text: str, when: str, headline: str) -> None:
    assert _headline(text, when) == headline


@pytest.mark.parametrize("word", [r"pro\dfit", r"pro\1fit"], ids=["bad-escape", "group-reference"])
def test_demonstrative_phrase_is_text_not_a_template(word: str) -> None:
    """The phrase put in the pronoun's place is the document's text, backslashes and all;
    read as a replacement template it raised re.error and lost the whole document."""
    text = f"The firm is earning steady {word} from its stores, and we expect that to grow in 2019."
    assert _headline(text, "2019") == f"We expect steady {word} to grow"


# w19: "that" after a multiple ("half that", "twice that") stands for the one amount of
# money its sentence says before it (was "The stock now fetches only half that"); left
# when there is none or more than one.
@pytest.mark.parametrize(("text", "when", "headline"), [
    ("The stock traded at $40 in May, but the stock now fetches only half that in June.",
     "June", "The stock fetches only half of $40"),
    ("The firm's sales were $5 million last year, and they will be twice that in 2019.",
     "2019", "The firm's sales will be twice $5 million"),
    ("The house, worth two hundred thousand dollars in May, is worth half that in June.",
     "June", "The house is worth half of two hundred thousand dollars"),
    ("Sales rose from $5 million to $6 million in 2017, and costs will be twice that in "
     "2019.", "2019", "Costs will be twice that"),
    ("The stock rose 5% in May, but the bond now fetches only half that in June.", "June",
     "The bond fetches only half that"),
], ids=["half-that", "twice-that", "half-that-dollars", "two-amounts", "no-money"])
def test_demonstrative_after_a_multiple_is_the_amount(text: str, when: str,
                                                      headline: str) -> None:
    assert _headline(text, when) == headline
