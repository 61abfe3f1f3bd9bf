"""Experiment: can a learned re-ranker over a sentence's event words beat the trigger rules?

Runs `timeline extract` over one half of TimeBank+AQUAINT (`--split dev`: the 1st, 3rd,
5th... document, as bench/events.py splits) and, for every date the anchoring places,
records the rules' trigger (`timeline.trigger.find_trigger`) and the other candidate event
words of its sentence (full verbs, event nouns and reported figures, predicative
adjectives) with general features: whether the rules chose it, the dependency path from
the expression to it (three steps each side), its part of speech, relation and word class
(saying, light verb, listed event noun, deverbal noun, figure), the token distance bucket
and side, whether it shares the expression's clause, the preposition before the
expression, and the path from the rules' choice to it. A candidate is right when it
overlaps an EVENT that an anchoring TLINK ties to the gold TIMEX3 the date overlaps (as
bench/events.py scores). An averaged perceptron (fixed seed: the same weights every run)
learns to rank a right candidate first; then both halves are scored with the rules alone
and with the learned choice, in the real pipeline.

Nothing here is shipped: the learned choice did not beat the rules on the half it was not
trained on (docs/events.md, "A learned re-ranker"). The package is not changed; the
script swaps `timeline.anchor.find_trigger` while it runs.

Usage: python bench/train_triggers.py [CORPUS_DIR] [--split dev|test] [--epochs N]
           [--min-count N] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import timeline.anchor
from timeline.api import extract
from timeline.carrier import is_figure
from timeline.clause import base_form, is_event_noun
from timeline.eventscore import EventGold, read_event_gold_dir, score_events, timeline_mentions
from timeline.eventwords import EVENT_NOUNS, LIGHT_VERBS, REPORTING, TIME_WORDS
from timeline.model import Document
from timeline.trigger import find_trigger

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq"
# Steps of a dependency path kept on each side: beyond them a path is as good as far.
PATH_STEPS = 3
# Relations that open a clause of their own.
CLAUSAL = {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "acl", "csubj", "parataxis", "conj"}
PREDICATIVE = {"acomp", "oprd", "ROOT", "xcomp", "conj", "ccomp", "advcl"}

Weights = dict[str, float]
# One ranking instance: the feature lists of the candidates (the rules' choice first) and
# whether each is right.
Instance = tuple[list[list[str]], list[bool]]


def find_candidates(span: Any, sentence: Any, rule: Any) -> list[Any]:
    """The rules' choice, then the other event words of `sentence` outside the expression."""
    inside = range(span.start, span.end)
    return [rule] + [t for t in sentence
                     if t.i not in inside and t.i != rule.i and _is_event_word(t)]


def _is_event_word(token: Any) -> bool:
    """A word TimeML could mark as an event, and no word of time."""
    if token.lower_ in TIME_WORDS or token.like_num:
        return False
    if token.pos_ == "VERB":
        return True
    if token.pos_ in ("NOUN", "PROPN"):
        return is_event_noun(token) or is_figure(token)
    return token.pos_ == "ADJ" and token.dep_ in PREDICATIVE


def trigger_features(span: Any, token: Any, rule: Any) -> list[str]:
    """The features of `token` as the trigger of `span`, given the rules' choice `rule`."""
    root = span.root
    chosen = token.i == rule.i
    offset = token.i - span.start if token.i < span.start else token.i - span.end + 1
    word, path = _word_class(token), dependency_path(root, token)
    out = ["bias", f"rule={chosen}", f"pos={token.pos_}", f"tag={token.tag_}",
           f"dep={token.dep_}", f"class={word}", f"dist={_bucket(offset)}", f"path={path}",
           f"path={path}&class={word}", f"clause={_clause(root) == _clause(token)}",
           f"prep={_preposition(span)}&path={path}", f"rootdep={root.dep_}&path={path}",
           f"rule={chosen}&class={word}", f"rule={chosen}&rootdep={root.dep_}"]
    if not chosen:
        relation = dependency_path(rule, token)
        out += [f"fromrule={relation}", f"fromrule={relation}&class={word}",
                f"ruleclass={_word_class(rule)}&class={word}"]
    return out


def dependency_path(source: Any, target: Any) -> str:
    """The dependency path from `source` up to the lowest common head and down to
    `target` ("^pobj^prep>dobj"), at most `PATH_STEPS` steps each side."""
    up, down = _chain(source), _chain(target)
    above = [t.i for t in down]
    for steps, token in enumerate(up):
        if token.i in above:
            ups = [t.dep_ for t in up[:steps]]
            downs = [t.dep_ for t in down[:above.index(token.i)]]
            return "^" + "^".join(ups[:PATH_STEPS]) + ">" + ">".join(downs[::-1][:PATH_STEPS])
    return "none"


def _chain(token: Any) -> list[Any]:
    """`token` and its heads up to the root."""
    out = [token]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _clause(token: Any) -> int:
    """The index of the verb that opens the clause of `token` (-1: none)."""
    return next((int(t.i) for t in _chain(token)
                 if t.dep_ in CLAUSAL and t.pos_ in ("VERB", "AUX")), -1)


def _word_class(token: Any) -> str:
    """Saying, light verb, verb, figure, listed event noun, deverbal noun, or the POS."""
    lemma = base_form(token)
    if token.pos_ in ("VERB", "AUX"):
        if lemma in REPORTING:
            return "reporting"
        return "light" if lemma in LIGHT_VERBS or lemma in ("have", "make", "be") else "verb"
    if token.pos_ in ("NOUN", "PROPN"):
        if is_figure(token):
            return "figure"
        if lemma in EVENT_NOUNS or token.lower_ in EVENT_NOUNS:
            return "eventnoun"
        return "deverbal" if is_event_noun(token) else "noun"
    return str(token.pos_).lower()


def _preposition(span: Any) -> str:
    """The preposition right before the expression, or "-"."""
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    return str(before.lower_) if before is not None and before.pos_ == "ADP" else "-"


def _bucket(offset: int) -> str:
    """A signed distance bucket: "+1", "+2-3", "+4-7", "+8+", and the same before."""
    sign, size = ("+" if offset >= 0 else "-"), abs(offset)
    if size <= 3:
        return f"{sign}1" if size <= 1 else f"{sign}2-3"
    return f"{sign}4-7" if size <= 7 else f"{sign}8+"


def score(weights: Weights, features: list[str]) -> float:
    """The sum of the weights of `features`."""
    return sum(weights.get(f, 0.0) for f in features)


def rerank(span: Any, sentence: Any, weights: Weights) -> Any:
    """The candidate with the highest score (the rules' choice on a tie)."""
    rule = find_trigger(span, sentence)
    scored = [(score(weights, trigger_features(span, t, rule)), -n, t)
              for n, t in enumerate(find_candidates(span, sentence, rule))]
    return max(scored, key=lambda s: (s[0], s[1]))[2]


@contextmanager
def _trigger_chooser(choose: Callable[[Any, Any], Any]) -> Iterator[None]:
    """Let `choose(span, sentence)` pick the triggers of `timeline extract` for a while
    (the anchoring's other use, the tense of a duration's clause, keeps the rules)."""
    def chooser(span: Any, sentence: Any = None) -> Any:
        return find_trigger(span) if sentence is None else choose(span, sentence)

    saved = getattr(timeline.anchor, "find_trigger")
    setattr(timeline.anchor, "find_trigger", chooser)
    try:
        yield
    finally:
        setattr(timeline.anchor, "find_trigger", saved)


def _extract(document: EventGold) -> Any:
    return extract(Document(id=document.doc, text=document.text, published=document.dct,
                            published_from="timeml"))


def collect(gold: list[EventGold]) -> list[Instance]:
    """The ranking instances of the dates of `gold` that have a right candidate."""
    out: list[Instance] = []
    for document in gold:
        records: list[Any] = []

        def record(span: Any, sentence: Any) -> Any:
            rule = find_trigger(span, sentence)
            candidates = find_candidates(span, sentence, rule)
            records.append((span.doc.text, (span.start_char, span.end_char),
                            [(t.idx, t.idx + len(t.text)) for t in candidates],
                            [trigger_features(span, t, rule) for t in candidates]))
            return rule

        with _trigger_chooser(record):
            _extract(document)
        out.extend(_label(document, records))
    return out


def _label(document: EventGold, records: list[Any]) -> Iterator[Instance]:
    """The instances of one document's records, labelled by its linked gold events."""
    cursor = 0
    for chunk, (start, end), spans, features in records:
        base = document.text.find(chunk, cursor)  # the parsed piece's place in the text
        if base < 0:
            continue
        cursor = base
        date = next((d for d in document.dates
                     if d.start < base + end and base + start < d.end), None)
        if date is None:
            continue
        labels = [any(s < base + e and base + b < t for s, t, _ in date.events)
                  for b, e in spans]
        if any(labels):
            yield features, labels


def train(instances: list[Instance], epochs: int, min_count: int) -> Weights:
    """Averaged perceptron weights that rank a right candidate first."""
    counts = Counter(f for feats, _ in instances for cand in feats for f in set(cand))
    weights: Weights = {}
    totals: Weights = {}
    stamps: dict[str, int] = {}
    step, order, rng = 0, list(range(len(instances))), random.Random(13)
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            step += 1
            feats = [[f for f in cand if counts[f] >= min_count] for cand in instances[index][0]]
            labels = instances[index][1]
            scores = [score(weights, cand) for cand in feats]
            guess = max(range(len(feats)), key=lambda i: (scores[i], -i))
            if labels[guess]:
                continue
            truth = max((i for i in range(len(feats)) if labels[i]),
                        key=lambda i: (scores[i], -i))
            for feature, delta in [(f, 1.0) for f in feats[truth]] + \
                    [(f, -1.0) for f in feats[guess]]:
                totals[feature] = totals.get(feature, 0.0) + \
                    (step - stamps.get(feature, 0)) * weights.get(feature, 0.0)
                stamps[feature] = step
                weights[feature] = weights.get(feature, 0.0) + delta
    averaged = {f: round((totals.get(f, 0.0) + (step - stamps.get(f, 0)) * w) / step, 4)
                for f, w in weights.items()}
    return {f: w for f, w in averaged.items() if w}


def evaluate(gold: list[EventGold], weights: Weights | None) -> tuple[float, float]:
    """Coverage and anchoring accuracy of `gold`, re-ranked by `weights` (None: the rules)."""
    mentions = {}
    chooser = (lambda span, sentence: find_trigger(span, sentence)) if weights is None \
        else (lambda span, sentence: rerank(span, sentence, weights))
    with _trigger_chooser(chooser):
        for document in gold:
            mentions.update(timeline_mentions(_extract(document)))
    overall = score_events(gold, mentions).overall
    return overall.coverage, overall.accuracy


def main() -> int:
    """Train on one half, score both halves with the rules and with the learned choice."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--output", metavar="FILE", help="write the weights here (JSON)")
    args = parser.parse_args()
    gold = read_event_gold_dir(args.corpus)
    halves = {"dev": gold[0::2], "test": gold[1::2]}
    instances = collect(halves[args.split])
    right = sum(labels[0] for _, labels in instances)
    print(f"{len(instances)} dates with a right candidate in the {args.split} half; "
          f"the rules choose one in {right}")
    weights = train(instances, args.epochs, args.min_count)
    if args.output:
        Path(args.output).write_text(json.dumps(
            {"trained_on": f"tbaq {args.split} half", "epochs": args.epochs,
             "min_count": args.min_count, "weights": weights}, indent=0, sort_keys=True)
            + "\n", encoding="utf-8")
    print(f"{len(weights)} weights (epochs {args.epochs}, min count {args.min_count})")
    for name, half in halves.items():
        rules, learned = evaluate(half, None), evaluate(half, weights)
        held = "trained on" if name == args.split else "held out"
        print(f"{name} ({held}): rules {rules[1]:.3f} (coverage {rules[0]:.3f}), "
              f"learned {learned[1]:.3f} (coverage {learned[0]:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
