"""A gated pattern is run only on texts holding one of its words: check that no text it matches lacks them."""

from __future__ import annotations

import re

from luoshi.extract import tasks
from luoshi.extract.gated import Gated, GatedRules
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


def test_one_scan_admits_what_each_gate_admits() -> None:
    # words that begin one another (要, 要求) or overlap (要求, 求是) are all seen by the one scan
    gates = [Gated(re.compile("要求"), ("要求",)), Gated(re.compile("要"), ("要",)), Gated(re.compile("是"), ()),
             Gated(re.compile("求是"), ("求是",)), Gated(re.compile("实事"), ("实事", "事"))]
    rules = GatedRules(gates)
    for text in ("实事求是地提出要求", "要求是", "按要求", "要", "实", "", "一件事"):
        assert rules.admitted(text) == [i for i, gate in enumerate(gates) if gate.admits(text)], text
    assert rules.admitted("要求是") == [0, 1, 2, 3]
    assert rules.admitted("一件事") == [2, 4]


def test_the_sentence_rules_scan_agrees_with_their_gates_in_the_wild_corpus() -> None:
    gates = [rule.gated for rule in tasks.NOT_TASK_RULES]
    rules = GatedRules(gates)
    differ = [piece for _, text in wild_documents()[::5] for piece in _PIECES.findall(text)
              if rules.admitted(piece) != [i for i, gate in enumerate(gates) if gate.admits(piece)]]
    assert differ == []
