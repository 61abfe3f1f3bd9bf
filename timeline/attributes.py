"""The model's attribute rules (part of speech, morphology, lemma exceptions from the
tag), applied by table lookup instead of spaCy's Matcher.

`en_core_web_sm` sets coarse parts of speech with an AttributeRuler: about 180 token
patterns run through a Matcher over every token, a quarter of the tagging time. Every
one of those patterns keys its first token on an exact tag, word, dependency or
whitespace test, so each token only needs checking against the few rules filed under
its own tag, word and dependency. The rules are read from the model's own ruler, so the
result is the ruler's: same matches, applied in the same order (later rules win).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS  # type: ignore[import-not-found]
from spacy.tokens import Doc, Token

# Token attributes a pattern may test, read off a token.
_READ = {
    "TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space, "ORTH": lambda t: t.orth_, "POS": lambda t: t.pos_,
}
# The attributes a token's outcome is remembered under: rules are filed under exact
# tests on them, and tests on them need no re-check at the next such token.
_KEYED = _PURE = ("TAG", "LOWER", "DEP", "IS_SPACE")


# The token attributes a rule may set.
_SETTABLE = {"POS", "TAG", "DEP", "LEMMA", "MORPH"}


class UnsupportedPattern(ValueError):
    """An attribute-ruler pattern this lookup cannot apply (keep spaCy's ruler then)."""


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int
    tokens: tuple[tuple[tuple[str, str, Any], ...], ...]  # per token: (attr, op, operand)
    attrs: tuple[tuple[str, Any], ...]
    index: int


def _predicates(token: dict[str, Any]) -> tuple[tuple[str, str, Any], ...]:
    out: list[tuple[str, str, Any]] = []
    for attr, test in token.items():
        if attr not in _READ:
            raise UnsupportedPattern(f"token attribute {attr}")
        if isinstance(test, dict):
            for op, operand in test.items():
                if op in ("IN", "NOT_IN"):
                    out.append((attr, op, frozenset(operand)))
                elif op == "REGEX":
                    out.append((attr, op, re.compile(operand)))
                else:
                    raise UnsupportedPattern(f"operator {op}")
        else:
            out.append((attr, "==", test))
    return tuple(out)


def _holds(token: Token, predicates: Iterable[tuple[str, str, Any]]) -> bool:
    for attr, op, operand in predicates:
        value = _READ[attr](token)
        if op == "==":
            if value != operand:
                return False
        elif op == "IN":
            if value not in operand:
                return False
        elif op == "NOT_IN":
            if value in operand:
                return False
        elif not operand.search(value):
            return False
    return True


class AttributeTable:
    """The model's attribute rules, filed under the first token's exact tests.

    A one-token rule that tests only the tag, word, dependency and whitespace gives the
    same answer for every token with those four values, so its outcome is remembered per
    such combination; the few other rules (two-token ones) are checked where they are filed.
    """

    def __init__(self, patterns: Iterable[dict[str, Any]] = ()) -> None:
        self.keyed: dict[tuple[str, Any], list[_Rule]] = {}
        self.unkeyed: list[_Rule] = []
        self.order = 0
        # (tag, word, dependency ids, is_space) -> the rules that hold or need a check
        self._outcomes: dict[tuple[int, int, int, bool], tuple[tuple[int, _Rule], ...]] = {}
        self._ids: dict[int, tuple[tuple[str, int], ...]] = {}  # rule order -> attrs as ids
        self.add_patterns(patterns)

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add AttributeRuler patterns (`ruler.patterns`), after those already added.

        Raises: UnsupportedPattern for a test or attribute the table does not apply.
        """
        for entry in patterns:
            attrs = tuple(entry["attrs"].items())
            unknown = {attr for attr, _ in attrs} - _SETTABLE
            if unknown:
                raise UnsupportedPattern(f"attribute {sorted(unknown)[0]}")
            for pattern in entry["patterns"]:
                if not pattern or isinstance(pattern, str):
                    raise UnsupportedPattern("a pattern must be a list of token dicts")
                index = entry.get("index", 0)
                rule = _Rule(self.order, tuple(_predicates(t) for t in pattern), attrs,
                             index if index >= 0 else len(pattern) + index)  # -1: the last
                self._file(rule)
            self.order += 1
        self._outcomes.clear()

    def _file(self, rule: _Rule) -> None:
        for attr, op, operand in rule.tokens[0]:
            if attr in _KEYED and op == "==":
                self.keyed.setdefault((attr, operand), []).append(rule)
                return
        for attr, op, operand in rule.tokens[0]:
            if attr in _KEYED and op == "IN":
                for value in operand:
                    self.keyed.setdefault((attr, value), []).append(rule)
                return
        self.unkeyed.append(rule)

    def _candidates(self, token: Token) -> list[_Rule]:
        rules = {id(r): r for r in self.unkeyed}
        for attr in _KEYED:
            for rule in self.keyed.get((attr, _READ[attr](token)), ()):
                rules[id(rule)] = rule
        return list(rules.values())

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes every matching rule gives, later rules over earlier ones."""
        matches: list[tuple[int, int, _Rule]] = []
        for token in doc:
            key = (token.tag, token.lower, token.dep, token.is_space)
            outcome = self._outcomes.get(key)
            if outcome is None:
                outcome = self._outcomes[key] = self._outcome(token)
            for order, rule in outcome:
                if order >= 0:
                    matches.append((order, token.i + rule.index, rule))
                elif self._holds_from(doc, token.i, rule):
                    matches.append((rule.order, token.i + rule.index, rule))
        matches.sort(key=lambda m: (m[0], m[1]))
        for order, i, rule in matches:
            ids = self._ids.get(order)
            if ids is None:
                ids = self._ids[order] = _attribute_ids(doc.vocab, rule.attrs)
            _assign(doc[i], ids)
        return doc

    def _outcome(self, token: Token) -> tuple[tuple[int, _Rule], ...]:
        """The rules that hold for a token of this kind (order >= 0), and the rules over
        more tokens whose first token holds, to check on (order -1)."""
        outcome = []
        for rule in self._candidates(token):
            first = rule.tokens[0]
            if not all(attr in _PURE for attr, _, _ in first):
                outcome.append((-1, rule))
            elif _holds(token, first):
                outcome.append((rule.order if len(rule.tokens) == 1 else -1, rule))
        return tuple(outcome)

    @staticmethod
    def _holds_from(doc: Doc, start: int, rule: _Rule) -> bool:
        return start + len(rule.tokens) <= len(doc) and all(
            _holds(doc[start + k], predicates) for k, predicates in enumerate(rule.tokens))


def _attribute_ids(vocab: Any, attrs: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, int], ...]:
    """A rule's attribute values as the ids a token stores."""
    out = []
    for attr, value in attrs:
        if attr == "POS":
            out.append((attr, POS_IDS[value]))
        elif attr == "MORPH":
            out.append((attr, vocab.morphology.add(value)))
        elif attr in ("TAG", "DEP", "LEMMA"):
            out.append((attr, vocab.strings.add(value)))
        else:
            raise UnsupportedPattern(f"attribute {attr}")
    return tuple(out)


def _assign(token: Token, ids: tuple[tuple[str, int], ...]) -> None:
    for attr, value in ids:
        if attr == "POS":
            token.pos = value
        elif attr == "TAG":
            token.tag = value
        elif attr == "DEP":
            token.dep = value
        elif attr == "LEMMA":
            token.lemma = value
        else:
            token.set_morph(value)  # type: ignore[attr-defined]


@Language.factory("timeline_attribute_table")
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """An empty table; `load_pipeline` fills it from the model's attribute ruler."""
    return AttributeTable()
