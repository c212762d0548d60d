"""A gated pattern is run only on texts holding one of its words: check that no text it matches lacks them."""

from __future__ import annotations

import re

from luoshi.extract import tasks
from luoshi.extract.gated import Gated
from tests.conftest import wild_documents

_PIECES = re.compile(r"[^。！？；!?;\n]+|[^，,：:、。！？；!?;\n]+")


def _gates() -> list[tuple[str, Gated]]:
    found = [(name, value) for name, value in vars(tasks).items() if isinstance(value, Gated)]
    found += [(rule.name, rule.gated) for rule in tasks.NOT_TASK_RULES if rule.words]
    return found


def test_a_gate_never_hides_a_match_in_the_wild_corpus() -> None:
    gates = _gates()
    assert len(gates) >= 10
    hidden: list[str] = []
    for _, text in wild_documents()[::3]:
        for piece in _PIECES.findall(text):
            for name, gate in gates:
                if not gate.admits(piece) and gate.pattern.search(piece):
                    hidden.append(f"{name}: {piece}")
    assert hidden == []


def test_a_gate_stops_the_pattern_where_its_words_are_missing() -> None:
    gate = Gated(re.compile(r"(?<![一二])年底前"), ("年",))
    assert gate.search("全力推进项目建设，年底前建成投用。") is not None
    assert gate.search("全力推进项目建设。") is None
    both = Gated(re.compile("(?:完成|达到)[^，]*"), ("完成", "达到"))
    assert both.admits("力争完成") and not both.admits("力争")
    assert Gated(re.compile("要"), ()).admits("任何句子")  # no words: no gate
