"""Benchmark: 牵头单位 suggestions against a hand-labelled set of task sentences.

    python benchmarks/lead_units.py [--data benchmarks/lead_units.jsonl] [--misses N]

``lead_units.jsonl`` holds task sentences taken from ``../shared/corpus/dev`` and ``../shared/corpus/wild``
(the source file is kept with each), each labelled by hand, as a 督查室 clerk would assign it, with the unit
of the shipped county catalogue (``src/luoshi/data/units.json``) that should lead. The labels were made
before the catalogue's duty keywords were written, and the keywords come from what the departments do, not
from these sentences; sentences no single catalogue unit would lead (bare headings, exhortations,
omnibus lists) were left out.

Two splits, shown separately: ``tuning`` (221 sentences, 24 documents) was read, though not used word for
word, while the keywords were written, and keywords lifted from its sentences (product names, local
campaign names) were then removed; ``held-out`` (86 sentences from 10 other city reports) was sampled and
labelled after the keywords were fixed and has not been used to change them.

Prints top-1 and top-3 accuracy of :func:`luoshi.leads.suggest_leads` with the default catalogue and no
past assignments, and in the same run two peers: always the most frequent label, and a plain
character-bigram overlap between the sentence and each unit's names. A second figure, ``with past``,
feeds each sentence the others as the ledger's past assignments (leave-one-out), as a ledger in use would.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from luoshi.leads import DEFAULT_CATALOGUE, PastAssignment, UnitProfile, suggest_leads  # noqa: E402

DATA = Path(__file__).resolve().parent / "lead_units.jsonl"

Ranker = Callable[[int, str], list[str]]


def load(path: Path) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = {u.name for u in DEFAULT_CATALOGUE}
    unknown = sorted({r["lead"] for r in rows} - names)
    if unknown:
        raise SystemExit(f"labels not in the catalogue: {unknown}")
    return rows


def accuracy(rows: Sequence[dict[str, str]], rank: Ranker) -> tuple[float, float, list[int]]:
    top1 = top3 = 0
    misses = []
    for n, row in enumerate(rows):
        ranked = rank(n, row["text"])
        top1 += bool(ranked) and ranked[0] == row["lead"]
        hit3 = row["lead"] in ranked[:3]
        top3 += hit3
        if not hit3:
            misses.append(n)
    return top1 / len(rows), top3 / len(rows), misses


def bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def name_overlap(units: Sequence[UnitProfile]) -> Ranker:
    """The peer: units ranked by how many character bigrams of their names and short names the text has."""
    grams = {u.name: set().union(*(bigrams(f) for f in (u.name, *u.aliases))) for u in units}

    def rank(_: int, text: str) -> list[str]:
        mine = bigrams(text)
        scored = sorted(((len(mine & g), -k, name) for k, (name, g) in enumerate(grams.items())), reverse=True)
        return [name for score, _, name in scored if score > 0]

    return rank


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--misses", type=int, default=0, help="print this many sentences missed in the top 3")
    args = parser.parse_args(argv)
    rows = load(args.data)
    sources = Counter(r["source"].split("/")[0] for r in rows)
    labels = Counter(r["lead"] for r in rows)
    print(f"{len(rows)} labelled tasks ({', '.join(f'{k} {v}' for k, v in sorted(sources.items()))}), "
          f"{len(labels)} of the catalogue's {len(DEFAULT_CATALOGUE)} units used as labels")

    frequent = [name for name, _ in labels.most_common(3)]
    past = [PastAssignment(r["text"], r["lead"]) for r in rows]
    runs: list[tuple[str, Ranker]] = [
        ("suggest_leads", lambda _, text: [s.unit for s in suggest_leads(text, DEFAULT_CATALOGUE)]),
        ("  with past (leave-one-out)",
         lambda n, text: [s.unit for s in suggest_leads(text, DEFAULT_CATALOGUE, past[:n] + past[n + 1:])]),
        ("peer: most frequent units", lambda _, text: frequent),
        ("peer: bigrams of unit names", name_overlap(DEFAULT_CATALOGUE)),
    ]
    splits = {"all": list(range(len(rows)))}
    for n, row in enumerate(rows):
        splits.setdefault(row.get("split", "all"), []).append(n)
    print(f"{'':30}" + "".join(f" {f'{name} ({len(idx)})':>15}" for name, idx in splits.items()))
    print(f"{'':30}" + " top-1  top-3  " * len(splits))
    misses: list[int] = []
    for label, rank in runs:
        cells = []
        for name, idx in splits.items():
            def ranked(k: int, text: str, idx: list[int] = idx, rank: Ranker = rank) -> list[str]:
                return rank(idx[k], text)  # k counts within the split; the rankers want the row's place

            top1, top3, missed = accuracy([rows[n] for n in idx], ranked)
            cells.append(f"  {top1:5.3f}  {top3:5.3f}")
            if label == "suggest_leads" and name == "all":
                misses = missed
        print(f"{label:30}" + "".join(cells))
    for n in misses[:args.misses]:
        got = suggest_leads(rows[n]["text"], DEFAULT_CATALOGUE)
        print(f"- [{rows[n]['lead']}] {rows[n]['text'][:60]}\n    → " +
              " | ".join(f"{s.unit} {s.score:.1f} {s.reason}" for s in got))


if __name__ == "__main__":
    main()
