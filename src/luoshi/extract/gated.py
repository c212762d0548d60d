"""Patterns gated by the words they cannot match without.

A regex whose alternatives open with a class, an optional group or a look-behind is tried at every
character of a sentence. Most sentences hold none of the words such a pattern needs, and a search for
those words alone (a pattern of literals, which the engine skips through at C speed) says so several
times faster: the pattern runs only where one of its words occurs. ``tests/test_gated.py`` checks each
gate against the sentences of the wild corpus, so a gate that would hide a match fails there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Gated:
    """``pattern``, run only on texts holding one of ``words`` (every text it matches holds one; no words:
    every text)."""

    pattern: re.Pattern[str]
    words: tuple[str, ...]
    gate: re.Pattern[str] | None = field(init=False, repr=False, compare=False)  # None: no words, no gate

    def __post_init__(self) -> None:
        object.__setattr__(self, "gate", re.compile("|".join(map(re.escape, self.words))) if self.words else None)

    def admits(self, text: str) -> bool:
        return self.gate is None or self.gate.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.gate is None or self.gate.search(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.gate is None or self.gate.search(text) else None


def gated(pattern: str, *words: str) -> Gated:
    return Gated(re.compile(pattern), words)


class GatedRules:
    """Gated patterns kept in order, with one scan of a text for all their words: which of them can match it.

    Checking each gate on its own costs a search per pattern, most of them finding nothing; one scan for the
    union of the words costs about one. The scan takes the longest word at each place a word starts and
    goes on from the next character, so words that overlap or begin one another are all seen.
    """

    def __init__(self, gates: Sequence[Gated]) -> None:
        self.gates = tuple(gates)
        by_word: dict[str, set[int]] = {}
        for i, gate in enumerate(self.gates):
            for word in gate.words:
                by_word.setdefault(word, set()).add(i)
        words = sorted(by_word, key=len, reverse=True)  # at one place, the longest word is the one found
        self._scan = re.compile("|".join(map(re.escape, words))) if words else None
        # the word found stands for each word it begins with (found at the same place)
        self._gates_of = {word: frozenset().union(*(found for prefix, found in by_word.items()
                                                    if word.startswith(prefix)))
                          for word in words}
        self._ungated = frozenset(i for i, gate in enumerate(self.gates) if gate.gate is None)

    def admitted(self, text: str) -> list[int]:
        """The indices, in order, of the patterns whose gates admit ``text`` (see :meth:`Gated.admits`)."""
        found = set(self._ungated)
        scan = self._scan
        if scan is None:
            return sorted(found)
        m = scan.search(text)
        while m is not None:
            found |= self._gates_of[m.group()]
            m = scan.search(text, m.start() + 1)
        return sorted(found)
