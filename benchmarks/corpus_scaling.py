"""Benchmark: `luoshi batch` on 1 and 2 local Dask workers against a plain loop, over 10,000 documents.

    python benchmarks/corpus_scaling.py [--docs 10000] [--seed 20261123] [FOLDER]   (default: ../shared/corpus/dev)

The corpus is built first, deterministically, as one JSONL file in a temporary folder: variations of
the folder's documents (years shifted, other numbers scaled, regions swapped, a few paragraphs moved),
so that every document has its own content hash and its own figures. Then, in one run, each phase in
a fresh process (so that each one's memory is its own):

- the peer: a plain loop, the same extraction the workers do (:func:`extract_chunk` on chunks of the
  same size, Arrow tables included) without Dask or Parquet;
- ``run_batch`` with 1 worker, then with 2 workers: the code path of ``luoshi batch --workers N``.

It prints documents per second of each (the batch's from its workers being ready to its last part
written; the cluster's start is printed apart), the scaling efficiency (rate with 2 workers / rate with
1 worker / 2), each batch's rate against the plain loop's, the peak resident memory (Linux's VmHWM) of
each worker and of the batch process, and CPU seconds per document. On a shared machine other work
skews the rates, so it also prints how many cores other processes kept busy during each phase, and the
efficiency the measured CPU times allow on idle cores.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

import psutil

from luoshi.corpus.batch import DEFAULT_CHUNK_SIZE, Summary, extract_chunk, peak_rss, run_batch
from luoshi.corpus.inputs import InputDoc, iter_inputs
from luoshi.ingest.decode import decode_bytes

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")
REGIONS = ["上海市", "广东省", "海拉尔区", "耒阳市", "沂源县", "浙江省", "四川省", "吉林省", "青溪县", "江苏省",
           "湖南省", "呼伦贝尔市", "淄博市", "成都市", "武汉市", "云南省"]
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?=年)")
_NUMBER = re.compile(r"(?<![\d.])(\d{1,4})(\.\d+)?(?![\d.]|年)")


def vary(text: str, rng: random.Random) -> str:
    """Another document like this one: years shifted, numbers scaled, regions swapped, paragraphs moved."""
    shift = rng.randint(-6, 6)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    factor = rng.uniform(0.6, 1.6)

    def scale(m: re.Match[str]) -> str:
        whole, fraction = m.group(1), m.group(2)
        if fraction:
            return f"{float(whole + fraction) * factor:.{len(fraction) - 1}f}"
        return str(max(1, round(int(whole) * factor)))

    text = _NUMBER.sub(scale, text)
    swap = dict(zip(REGIONS, rng.sample(REGIONS, len(REGIONS)), strict=True))
    text = re.sub("|".join(REGIONS), lambda m: swap[m.group(0)], text)
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if len(line) > 60]
    for _ in range(min(3, len(body) // 2)):
        a, b = rng.sample(body, 2)
        lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def build(folder: Path, n: int, seed: int, out: Path) -> int:
    texts = [(p.name, decode_bytes(p.read_bytes())[0]) for p in sorted(folder.iterdir()) if p.is_file()]
    rng = random.Random(seed)
    size = 0
    seen: set[int] = set()
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            name, text = texts[i % len(texts)]
            while hash(varied := vary(text, rng)) in seen:  # a short speech with few numbers can come out the same
                pass
            seen.add(hash(varied))
            line = json.dumps({"id": i, "base": name, "text": varied}, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    return size


def plain_loop(jsonl: Path, chunk_size: int) -> tuple[int, float]:
    start = time.perf_counter()
    chunk: list[InputDoc] = []
    done = 0
    for item in iter_inputs([str(jsonl)]):
        assert isinstance(item, InputDoc), item
        chunk.append(item)
        if len(chunk) == chunk_size:
            done += extract_chunk(chunk)["documents"].num_rows
            chunk = []
    if chunk:
        done += extract_chunk(chunk)["documents"].num_rows
    return done, time.perf_counter() - start


def plain_phase(jsonl: Path, chunk_size: int) -> dict[str, float]:
    done, seconds = plain_loop(jsonl, chunk_size)
    return {"done": done, "seconds": seconds, "cpu": _cpu(), "peak": peak_rss()}


def batch_phase(jsonl: Path, out: Path, workers: int, chunk_size: int) -> tuple[Summary, float, int]:
    summary = run_batch([str(jsonl)], str(out), workers=workers, chunk_size=chunk_size, progress=False)
    return summary, _cpu(), peak_rss()


def in_child(function: Callable[..., T], *args: object) -> tuple[T, float, float]:
    """``function(*args)`` in a fresh process; with the seconds it took and the CPU seconds the machine was busy."""
    busy, wall = _busy(), time.perf_counter()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        result = pool.submit(function, *args).result()
    return result, time.perf_counter() - wall, _busy() - busy


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the corpus (default 10000)")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="luoshi-scaling-") as tmp:
        jsonl = Path(tmp) / "corpus.jsonl"
        started = time.perf_counter()
        size = build(Path(args.folder), args.docs, args.seed, jsonl)
        print(f"corpus: {args.docs} documents from {args.folder}, {size / 2**20:.1f} MB of JSONL, "
              f"built in {time.perf_counter() - started:.1f} s")
        print(f"cores: {os.cpu_count()}   load average before: {_load()}")

        plain, wall, busy = in_child(plain_phase, jsonl, args.chunk_size)
        done = int(plain["done"])
        rate = done / plain["seconds"]
        print(f"plain loop (1 process, no Dask): {done} documents in {plain['seconds']:7.1f} s  {rate:7.1f} docs/s"
              f"   peak memory {plain['peak'] / 2**20:.0f} MB   CPU {plain['cpu'] / done * 1000:.1f} ms/document"
              f"   cores busy with other processes: {max(0.0, busy - plain['cpu']) / wall:.2f}")

        rates: dict[int, float] = {}
        cpu: dict[int, tuple[float, float]] = {}
        for workers in (1, 2):
            (summary, own, peak), wall, busy = in_child(batch_phase, jsonl, Path(tmp) / f"out-{workers}", workers,
                                                        args.chunk_size)
            assert summary.errors == 0 and summary.documents == done, summary
            rates[workers] = summary.rate
            peaks = ", ".join(f"{rss / 2**20:.0f} MB" for rss in sorted(summary.worker_peak_rss.values()))
            worker_cpu = sum(summary.worker_cpu_seconds.values())
            cpu[workers] = (worker_cpu / done * 1000, own / done * 1000)
            print(f"luoshi batch --workers {workers}: {summary.documents} documents in {summary.seconds:7.1f} s  "
                  f"{summary.rate:7.1f} docs/s  ({summary.rate / rate:.2f}× the plain loop; cluster start "
                  f"{summary.startup_seconds:.1f} s)\n"
                  f"    peak memory per worker: {peaks}; of the batch process (reading, scheduler, writing): "
                  f"{peak / 2**20:.0f} MB\n"
                  f"    CPU per document: workers {cpu[workers][0]:.1f} ms, batch process {cpu[workers][1]:.1f} ms"
                  f"   cores busy with other processes: {max(0.0, busy - own - worker_cpu) / wall:.2f}")
        efficiency = rates[2] / rates[1] / 2
        print(f"scaling efficiency 1 → 2 workers: {efficiency:.0%} (goal ≥ 85%)   load average after: {_load()}")
        # On two idle cores one worker runs flat out, its batch process on the other core; two workers
        # share both cores with their batch process: rate2 / (2 × rate1) = w1 / (w2 + c2).
        bound = cpu[1][0] / (cpu[2][0] + cpu[2][1])
        print(f"scaling efficiency the CPU times allow on {os.cpu_count()} idle cores: {bound:.0%}")
    return 0


def _cpu() -> float:
    times = os.times()
    return times.user + times.system


def _busy() -> float:
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
