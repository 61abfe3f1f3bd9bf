"""Tests of bench/train_triggers.py, the re-ranker experiment: the perceptron and the
dependency path it describes candidates by."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from tests.benchscripts import load_bench

train_triggers = load_bench("train_triggers.py", "bench_train_triggers")


def _tree(heads: list[int], deps: list[str]) -> list[Any]:
    """Duck-typed tokens: token i hangs on heads[i] by deps[i] (the root on itself)."""
    tokens = [SimpleNamespace(i=i, dep_=dep) for i, dep in enumerate(deps)]
    for token, head in zip(tokens, heads):
        token.head = tokens[head]
    return tokens


# "said(0) on(1) Tuesday(2) the(3) talks(4)": the date climbs to "said", then down to "talks"
TREE = _tree([0, 0, 1, 4, 0], ["ROOT", "prep", "pobj", "det", "dobj"])


@pytest.mark.parametrize(("source", "target", "expected"), [
    (2, 0, "^pobj^prep>"),        # up to the verb
    (2, 4, "^pobj^prep>dobj"),    # up to the verb, down to its object
    (0, 2, "^>prep>pobj"),        # down only
    (2, 2, "^>"),                 # the word itself
], ids=["up", "up-down", "down", "self"])
def test_bench_train_triggers_dependency_path(source: int, target: int, expected: str) -> None:
    assert train_triggers.dependency_path(TREE[source], TREE[target]) == expected


def test_bench_train_triggers_perceptron_learns_the_right_feature() -> None:
    """Three candidates; the one with "good" is right: it ranks first after training, on
    every run alike."""
    instances = [([["bias", "rule=True"], ["bias", "good"], ["bias", "bad"]],
                  [False, True, False])] * 4
    weights = train_triggers.train(instances, epochs=3, min_count=1)
    assert weights == train_triggers.train(instances, epochs=3, min_count=1)
    scores = [train_triggers.score(weights, c) for c in instances[0][0]]
    assert max(range(3), key=scores.__getitem__) == 1
