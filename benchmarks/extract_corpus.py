"""Benchmark: extraction over a 20 MB corpus against jieba's segmentation of the same text, in one run.

    python benchmarks/extract_corpus.py [--mb 20] [FOLDER]     (default: ../shared/corpus/dev)

The corpus is the folder's documents repeated until their text reaches the size. luoshi runs its
whole pipeline from decoded text (clean → structure → extract, one document at a time, as a batch
worker would); jieba (``jieba.lcut``, dictionary loaded beforehand) segments the same texts. It
prints characters per second of each, the ratio of luoshi's time to jieba's (≤ 0.5 means luoshi is
at least twice as fast), and the peak resident memory after each phase.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from luoshi.ingest import read_bytes
from luoshi.pipeline import document_from_raw

ROOT = Path(__file__).resolve().parent.parent


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8 text (default 20)")
    args = parser.parse_args(argv)

    raws = [read_bytes(p.read_bytes()) for p in sorted(Path(args.folder).iterdir()) if p.is_file()]
    size = sum(len(r.text.encode("utf-8")) for r in raws)
    copies = max(1, int(args.mb * 1024 * 1024 / size) + 1)
    chars = sum(len(r.text) for r in raws) * copies
    print(f"corpus: {len(raws)} documents × {copies} = {len(raws) * copies} documents, "
          f"{size * copies / 1024 / 1024:.1f} MB, {chars / 1e6:.2f} M characters")
    print(f"peak memory before: {peak_mb():.0f} MB")

    start = time.perf_counter()
    found = 0
    for _ in range(copies):
        for raw in raws:
            document = document_from_raw(raw, "bench")
            found += len(document.quantities) + len(document.formulations) + len(document.outline)
    ours = time.perf_counter() - start
    print(f"luoshi: {ours:7.2f} s  {chars / ours / 1e6:.3f} M chars/s  ({found} items)  peak memory {peak_mb():.0f} MB")

    try:
        import jieba
    except ImportError:
        print("jieba is not installed (pip install '.[bench]'): no peer measured")
        return 0
    jieba.setLogLevel(60)
    jieba.dt.tmp_dir = tempfile.mkdtemp(prefix="jieba-")
    jieba.initialize()
    start = time.perf_counter()
    words = 0
    for _ in range(copies):
        for raw in raws:
            words += len(jieba.lcut(raw.text))
    theirs = time.perf_counter() - start
    print(f"jieba:  {theirs:7.2f} s  {chars / theirs / 1e6:.3f} M chars/s  ({words} words)  "
          f"peak memory {peak_mb():.0f} MB")
    print(f"ratio luoshi/jieba (time): {ours / theirs:.2f}   speed-up: {theirs / ours:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
