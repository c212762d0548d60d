"""Benchmark: reading and cleaning one report, against peers measured in the same run.

    python benchmarks/read_clean.py [FILE ...]     (default: ../shared/corpus/dev/*, else samples/)

For each file it prints the median time of luoshi's whole pipeline (ingest, clean, structure and
extract), and of peers
measured in the same run: charset-normalizer detecting the encoding of the bytes (only the first
step of reading), and trafilatura extracting the main text of the same document served as a web
page (its paragraphs wrapped in a page with a menu, a breadcrumb, share bar and footer), which
luoshi also reads and cleans. A ratio above 1 means luoshi is faster than the peer.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from luoshi.ingest import read_bytes
from luoshi.pipeline import document_from_raw

ROOT = Path(__file__).resolve().parent.parent


def median_ms(work: Callable[[], object], runs: int = 21) -> float:
    work()  # warm: imports, OpenCC dictionaries
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def as_web_page(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.split("\n"))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>报告_XX市人民政府门户网站</title></head><body>"
        "<div class='nav'><a>首页</a><a>政务公开</a><a>互动交流</a></div>"
        "<div class='crumb'>当前位置：首页 &gt; 政务公开 &gt; 正文</div><div class='article'>"
        f"<div class='info'>发布时间：2026-02-03 来源：市政府办公室</div><div class='content'>{paragraphs}</div>"
        "<div class='share'>分享到：<a>微信</a></div></div>"
        "<div class='footer'>主办：XX市人民政府办公室 X ICP备00000000号</div></body></html>"
    )


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*"))
    paths = paths or sorted((ROOT / "samples").glob("*"))
    from charset_normalizer import from_bytes

    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    print(
        f"{'file':44} {'KB':>6} {'luoshi ms':>10} {'KB/ms':>6} {'charset-n ms':>13} {'ratio':>6}"
        f" {'trafilatura ms':>15} {'ratio':>6}"
    )
    for path in paths:
        data = path.read_bytes()
        ours = median_ms(lambda data=data, path=path: document_from_raw(read_bytes(data), str(path)))
        detect = median_ms(lambda data=data: from_bytes(data).best())
        kb = len(data) / 1024
        row = f"{path.name[:44]:44} {kb:6.1f} {ours:10.2f} {kb / ours:6.1f} {detect:13.2f} {detect / ours:6.2f}"
        if trafilatura is not None:
            page = as_web_page(document_from_raw(read_bytes(data), str(path)).text).encode("utf-8")
            ours_page = median_ms(lambda page=page: document_from_raw(read_bytes(page), "page.html"))
            peer = median_ms(lambda page=page: trafilatura.extract(page.decode("utf-8"), favor_recall=True))
            row += f" {peer:15.2f} {peer / ours_page:6.2f}  (luoshi on the page: {ours_page:.2f} ms)"
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
