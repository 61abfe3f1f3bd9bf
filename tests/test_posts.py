"""Tests of `timeline.rules.posts`: the bare time words of posts ("at night", "a long day",
"Great weekend"), read in the colloquial genre only."""

from __future__ import annotations

import pytest

import timeline

PUBLISHED = "2014-10-23"  # a Thursday


def _found(text: str, published: str = PUBLISHED, genre: str = "auto"
           ) -> dict[str, tuple[str, str]]:
    return {t.text: (t.value, t.type) for t in timeline.tag(text, published, genre=genre)}


@pytest.mark.parametrize(("text", "expression", "value", "kind"), [
    ("I beg all drivers to drive cautiously, even at night please.", "night",
     "2014-10-23TNI", "TIME"),
    ("Just want to take a long walk in the night with someone close!!", "the night",
     "2014-10-23TNI", "TIME"),
    ("Busy day, prepping dinner since morning. Worth it #home", "morning", "2014-10-23TMO",
     "TIME"),
    ("Excited to be heading to Singapore in the morning! @ana", "the morning",
     "2014-10-23TMO", "TIME"),
    ("Minestrone soup on a rainy afternoon :: @nadia", "afternoon", "2014-10-23TAF",
     "TIME"),
    ("Parade rehearsals in the morning, afternoon and night #army", "afternoon",
     "2014-10-23TAF", "TIME"),
    ("The whole morning non stop calls lol", "The whole morning", "2014-10-23TMO", "TIME"),
    ("feels good to be home after a very long day in school.", "day", "P1D", "DURATION"),
    ("Busy day, prepping dinner since morning #home", "Busy day", None, None),
    ("Its a hot day ! #cookie", "day", "P1D", "DURATION"),
    ("Another day of camp with my fave @jo", "Another day", "P1D", "DURATION"),
    ("So gonna sleep the whole day tomorrow!", "tomorrow", "2014-10-24", "DATE"),
    ("So gonna sleep the whole day tomorrow!", "the whole day", None, None),
    ("Goood morning!! #authentic", "morning", "2014-10-23TMO", "TIME"),
    ("Gd morning! Cant wait for the weekend", "morning", "2014-10-23TMO", "TIME"),
    ("Karaoke night with the gang @bob", "night", "2014-10-23TNI", "TIME"),
    ("Halloween horror nights! OMG! Super scary!", "nights", "2014-10-23TNI", "TIME"),
    ("Late for morning class lol", "morning", "2014-10-23TMO", "TIME"),
    ("Getting ready for night duty baby #sushi", "night", "2014-10-23TNI", "TIME"),
    ("Crying every night lol", "every night", "P1D", "SET"),
    ("Late night event at the club! #fun", "Late night", "2014-10-23TNI", "TIME"),
    ("Hope you had a successful day shopping! lol", "day", "P1D", "DURATION"),
    ("Thailand trip. Regret. Days slipping :(", "Days", "PXD", "DURATION"),
    ("Working Long Hours Makes Us Drink More #health", "Hours", "PTXH", "DURATION"),
    ("Regardless the hours waiting, it was worth it!!", "the hours", "PTXH", "DURATION"),
    ("Open 24 hours a day lol", "hours", None, None),
    ("a 3.59 km run - 1st 50 mile week ever! :D", "week", "P1W", "DURATION"),
    ("lol its been month since i actually use mac os", "month", "P1M", "DURATION"),
    ("Observing national week of mourning lol", "week", "P1W", "DURATION"),
    ("inaugural Digital Fashion Week press conference lol", "Week", None, None),
    ("u are a freshman in 1st year lol", "year", None, None),
    ("Sale till end of year lol", "year", None, None),
    ("needed to get me through this day lah.", "this day", "2014-10-23", "DATE"),
    ("To this day I still laugh lol", "this day", None, None),
    ("Watching the city go dark during sunset!! #view", "sunset", "2014-10-23", "DATE"),
    ("The beauty of sunset http://t.co/KcNvEh30aa", "sunset", "2014-10-23", "DATE"),
    ("Long day! came back at abt 2250.Survived", "2250", "2014-10-23T22:50", "TIME"),
    ("At 7:30am in the morning, grandma was up lol", "7:30am", "2014-10-23T07:30", "TIME"),
    ("At 7:30am in the morning, grandma was up lol", "the morning", "2014-10-23TMO", "TIME"),
    ("left school at 1015 and went home lol", "1015", "2014-10-23T10:15", "TIME"),
    ("Best Screenplay at 2014 Fusion Film Festival lol", "2014", "2014", "DATE"),
    ("Got 1015 likes lol", "1015", None, None),
    ("Great weekend staycation! Thanks @mall", "weekend", "2014-W43-WE", "DATE"),
    ("so glad it's over. I got long weekend yay!", "weekend", "2014-W43-WE", "DATE"),
], ids=lambda v: v if isinstance(v, str) and " " not in v else None)
def test_posts_bare_time_word_is_read_in_a_post(text: str, expression: str,
                                               value: str | None, kind: str | None) -> None:
    found = _found(text)
    if value is None:
        assert expression not in found
    else:
        assert found.get(expression) == (value, kind)


@pytest.mark.parametrize("text", [
    "Prize catch at the night market! #bangkok",
    "Team building activities, like morning tea. #work",
    "Night owl mode again lol",
    "What a great day trip lol",
])
def test_posts_word_that_names_a_kind_of_thing_is_no_time(text: str) -> None:
    assert not {e for e in _found(text) if e.lower().split()[-1] in ("night", "morning", "day")}


@pytest.mark.parametrize("text", [
    "The rebels attacked at night, officials said.",
    "It was a long day for the negotiators in Geneva, who met again on Friday.",
    "Shoppers crowded the malls over a long weekend of sales, the company said.",
])
def test_posts_bare_time_word_is_left_alone_in_news(text: str) -> None:
    found = _found(text, genre="news")
    assert not {e for e in found if e.lower() in ("night", "day", "weekend")}


def test_posts_bare_time_word_does_not_take_the_place_of_a_news_expression() -> None:
    """A post-only match never blocks another rule's: "the weekend" stays the news rule's."""
    found = _found("Talks resumed over the weekend, the ministry said.", genre="news")
    assert found.get("the weekend") == ("2014-W42-WE", "DATE")
