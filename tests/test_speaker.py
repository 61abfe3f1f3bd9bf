"""Tests for timeline.speaker: the speaker of a quotation of several sentences."""

from __future__ import annotations

import pytest

from timeline.speaker import labelled_speaker, previous_speaker, quoted_speaker


@pytest.mark.parametrize(("text", "sentence", "speaker"), [
    ("``We are concerned,'' said Manny Diaz, a lawyer. ``To that end, we'll be back.''",
     "``To that end, we'll be back.''", "Manny Diaz"),
    ('"We looked to you," says Nasser Tahboub. "Now we see that edge eroded. It is sad."',
     '"Now we see that edge eroded.', "Nasser Tahboub"),
    ('"We will fly on Monday. We are ready," Mr. Gonzalez said.',
     '"We will fly on Monday.', "Mr. Gonzalez"),
    ('"We will fly on Monday. We are ready," she said.', '"We will fly on Monday.', ""),
    ("``Security is tight,'' said Ann Buckham. The police kept watch. ``We are worried.''",
     "``We are worried.''", ""),
    ("We learned today that the agency has taken a leap.",
     "We learned today that the agency has taken a leap.", ""),
    # the name after a title or a possessive's noun, never a possessive, a day or a plural
    # common noun (review: "White House: We will decide", "Tuesday's:", "Police:")
    ('"We are ready," said White House spokesman Mike McCurry. "We will decide."',
     '"We will decide."', "Mike McCurry"),
    ('"We are ready," said State Department spokesman James Rubin. "We will decide."',
     '"We will decide."', "James Rubin"),
    ('"We are ready," said Tuesday\'s winner, Tom Lee. "We will decide."',
     '"We will decide."', "Tom Lee"),
    ('"We lost," Police said. "We will decide."', '"We will decide."', ""),
    ('"We are ready," said Sources close to Smith. "We will decide."', '"We will decide."', ""),
    ('Tom Jones spoke. "We lost," Jones said. "We will decide."', '"We will decide."', "Jones"),
], ids=["closed-before", "closed-before-plain-marks", "closed-after", "closed-after-pronoun",
        "other-sentence-between", "no-quotation", "after-title", "after-title-body",
        "after-possessive-apposition", "body-plural", "plural-common-noun", "surname-in-s"])
def test_speaker_of_quotation(text: str, sentence: str, speaker: str) -> None:
    start = text.index(sentence)
    assert quoted_speaker(text, start, start + len(sentence)) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('The fund has "met all the redemptions," Mr. Litvack says. He adds: "We grew."',
     "Mr. Litvack"),
    ('"We grew," says Mr. Litvack, a vice president. He adds: "We grew."', "Mr. Litvack"),
    ('"We grew," Mr. Litvack says. The fund fell. He adds: "We grew."', ""),
], ids=["tag-last", "tag-then-aside", "tag-sentence-before"])
def test_speaker_named_before(text: str, speaker: str) -> None:
    assert previous_speaker(text, text.index("He adds")) == speaker


# Issue 13's fifteenth round (w15): a transcript's label names who speaks, in invented
# transcript lines; the words looked at are marked by "|".
@pytest.mark.parametrize(("text", "speaker"), [
    ("The vote came late.\nSENATOR BROWN: We |will vote next week.\n", "Senator Brown"),
    ("The vote came late.\nBrown: We |will vote next week.\n", "Brown"),
    ("Jones on Friday. ``Once again, I never asked anyone. I |know about it.''", "Jones"),
    ("Acme Corp. on Monday ``For weeks we've |been hit by rumors.''", "Acme Corp."),
    ("Statements follow: Lee on Tuesday ``We |lost.'' Kim on Monday ``We won.''", "Lee"),
    ("``We lost.'' Kim on Monday ``We won.'' The vote |came late.", ""),
    ("The chairman said. ``We |lost.''", ""),
    ("He on Monday ``We |lost.''", ""),
    ("Note that the vote came late: we |lost.", ""),
], ids=["line-label-capitals", "line-label", "label-sentence-before", "label-with-day",
        "label-after-colon", "quotation-closed", "not-a-name", "pronoun-no-label",
        "colon-mid-line"])
def test_speaker_of_transcript_label(text: str, speaker: str) -> None:
    at = text.index("|")
    assert labelled_speaker(text[:at] + text[at + 1:], at) == speaker
