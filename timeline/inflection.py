"""The simple past of a verb, for a gerund a headline tells as a past happening.

"Caridad Gonzalez was the first to come, [arriving] in 1966" is told for 1966 as
"Caridad Gonzalez arrived", not "was arriving": the regular past is made from the
lemma and the "-ing" form (which shows a doubled consonant: "stopping", "stopped"),
the irregular one read from a table. `is_told_after` works on parsed spaCy tokens
(duck-typed).
"""

from __future__ import annotations

from typing import Any

# The irregular simple pasts of the verbs news tells, by lemma.
IRREGULAR_PAST = {
    "arise": "arose", "bear": "bore", "beat": "beat", "become": "became",
    "begin": "began", "bend": "bent", "bet": "bet", "bid": "bid", "bind": "bound",
    "bite": "bit", "bleed": "bled", "blow": "blew", "break": "broke", "breed": "bred",
    "bring": "brought", "broadcast": "broadcast", "build": "built", "burst": "burst",
    "buy": "bought", "cast": "cast", "catch": "caught", "choose": "chose", "cling": "clung",
    "come": "came", "cost": "cost", "creep": "crept", "cut": "cut", "deal": "dealt",
    "dig": "dug", "do": "did", "draw": "drew", "drink": "drank", "drive": "drove",
    "eat": "ate", "fall": "fell", "feed": "fed", "feel": "felt", "fight": "fought",
    "find": "found", "flee": "fled", "fling": "flung", "fly": "flew", "forbid": "forbade",
    "forecast": "forecast", "foresee": "foresaw", "forget": "forgot", "forgive": "forgave",
    "freeze": "froze", "get": "got", "give": "gave", "go": "went", "grind": "ground",
    "grow": "grew", "hang": "hung", "have": "had", "hear": "heard", "hide": "hid",
    "hit": "hit", "hold": "held", "hurt": "hurt", "keep": "kept", "kneel": "knelt",
    "know": "knew", "lay": "laid", "lead": "led", "leave": "left", "lend": "lent",
    "let": "let", "light": "lit", "lose": "lost", "make": "made", "mean": "meant",
    "meet": "met", "mislead": "misled", "offset": "offset", "overcome": "overcame",
    "oversee": "oversaw", "overtake": "overtook", "pay": "paid", "put": "put",
    "quit": "quit", "read": "read", "rebuild": "rebuilt", "rid": "rid", "ride": "rode",
    "ring": "rang", "rise": "rose", "run": "ran", "say": "said", "see": "saw",
    "seek": "sought", "sell": "sold", "send": "sent", "set": "set", "shake": "shook",
    "shed": "shed", "shine": "shone", "shoot": "shot", "shrink": "shrank", "shut": "shut",
    "sing": "sang", "sink": "sank", "sit": "sat", "sleep": "slept", "slide": "slid",
    "speak": "spoke", "spend": "spent", "spin": "spun", "split": "split",
    "spread": "spread", "spring": "sprang", "stand": "stood", "steal": "stole",
    "stick": "stuck", "sting": "stung", "strike": "struck", "strive": "strove",
    "swear": "swore", "sweep": "swept", "swim": "swam", "swing": "swung", "take": "took",
    "teach": "taught", "tear": "tore", "tell": "told", "think": "thought",
    "throw": "threw", "thrust": "thrust", "undercut": "undercut", "undergo": "underwent",
    "understand": "understood", "undertake": "undertook", "uphold": "upheld",
    "upset": "upset", "wake": "woke", "wear": "wore", "weep": "wept", "win": "won",
    "wind": "wound", "withdraw": "withdrew", "withhold": "withheld",
    "withstand": "withstood", "write": "wrote",
}
VOWELS = frozenset("aeiou")
# Verbs whose past is not one word: "lay" or "lied", "was" or "were".
UNTOLD = frozenset({"lie", "be"})
# Prepositions of time whose gerund tells a happening: "[after] touring the capital".
TIME_PREPOSITIONS = frozenset({"after", "before", "upon", "on", "since"})


# Prefixes an irregular verb keeps its past under: "re-pay", "over-run", "out-do"; not
# a regular verb that only looks so ("relay", relayed).
UNPREFIXED = frozenset({"relay"})
PREFIXES = ("re", "over", "under", "out", "mis", "pre", "un", "up", "fore", "with", "co")


def past_tense(gerund: str, lemma: str) -> str:
    """The simple past of the verb `lemma` whose "-ing" form is `gerund` ("arriving" →
    "arrived", "stopping" → "stopped", "carrying" → "carried", "meeting" → "met"); ""
    when the lemma and the form do not agree or the past is not one word (`UNTOLD`)."""
    lemma, gerund = lemma.lower(), gerund.lower()
    stem = gerund.removesuffix("ing")
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    prefix = next((p for p in PREFIXES if lemma.startswith(p)
                   and lemma[len(p):] in IRREGULAR_PAST and lemma not in UNPREFIXED), "")
    if prefix:  # "repay" → "repaid", "overrun" → "overran", "resell" → "resold"
        return prefix + IRREGULAR_PAST[lemma[len(prefix):]]
    if not lemma.isalpha() or lemma in UNTOLD or stem == gerund \
            or not (stem == lemma or stem + "e" == lemma or stem == lemma + lemma[-1]):
        return ""
    if lemma.endswith("e"):
        return lemma + "d"  # "arrive" → "arrived", "agree" → "agreed"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        return lemma[:-1] + "ied"  # "carry" → "carried"
    return stem + "ed"  # "add" → "added", "stopp" → "stopped"


def is_told_after(verb: Any) -> bool:
    """Whether a gerund without its subject tells a happening of its own beside a past
    clause: set off by a comma after it ("has expanded, [adding] Greece in 1952"),
    fronted before it ("[Retaliating] 13 days after the bombings, U.S. forces launched")
    or after a preposition of time ("[after touring] the capital Thursday")."""
    gerund = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBG" else verb
    if gerund.dep_ == "pcomp":
        return bool(gerund.head.lower_ in TIME_PREPOSITIONS)
    return bool(gerund.dep_ == "advcl" and (
        gerund.i == gerund.sent.start and gerund.head.i > gerund.i
        or gerund.i > 0 and gerund.doc[gerund.i - 1].text == "," and gerund.head.i < gerund.i))


def is_fronted_gerund(verb: Any) -> bool:
    """A gerund after a preposition before its subject, or one joined to it: "After
    [touring] the capital Thursday and [meeting] with police leaders, the FBI chief said"
    ("The FBI chief toured the capital", not "The FBI chief touring")."""
    gerund = verb.head if verb.dep_ == "conj" else verb
    return bool(verb.tag_ == "VBG" and gerund.tag_ == "VBG" and gerund.dep_ == "pcomp")
