"""Benchmark: the review page (立项审核) and the source list of a document with the most proposals an import
takes (LUOSHI_IMPORT_MAX_PROPOSALS, 3,000), against a document of 100 proposals in the same run.

    python benchmarks/review_page.py [--proposals N] [--runs R]

A fresh SQLite database in a temporary folder; each source's proposals are written in bulk over a text of
one sentence each. Through Django's test client (routing, session, view, queries, template) it requests
the review page's first and last page and /sources/, and prints the median milliseconds and the page size.
The review page shows 50 rows a page, so the large document's page should cost about what the small one's
does, not thirty times as much.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ledger_list import median_ms  # the benchmarks' one timer


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--proposals", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="luoshi-bench-") as tmp:
        os.environ["LUOSHI_DATA_DIR"] = tmp
        os.environ["LUOSHI_ALLOWED_HOSTS"] = "testserver"
        os.environ["DJANGO_SETTINGS_MODULE"] = "luoshi.server.settings"
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/ledger.sqlite3"
        (Path(tmp) / "static").mkdir()
        return _run(args)


def _source(user, count: int):
    """A source whose text is ``count`` sentences, one proposal each (written in bulk, not extracted)."""
    from luoshi.ledger import workflow
    from luoshi.ledger.models import Proposal
    from luoshi.pipeline import document_from_text

    lines = [f"第{n}项：确保全年完成{n}个项目，力争新签约亿元以上项目{n}个以上。" for n in range(count)]
    source = workflow.import_source(user, document_from_text(lines[0], "bench"), "bench.txt")
    source.text = "\n".join(lines)
    source.save(update_fields=["text"])
    source.proposals.all().delete()
    spans, start = [], 0
    for line in lines:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    Proposal.objects.bulk_create(
        Proposal(source=source, kind=Proposal.Kind.TASK, start=s, end=e, content=source.text[s:e], position=float(n))
        for n, (s, e) in enumerate(spans)
    )
    return source


def _run(args: argparse.Namespace) -> int:
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client

    from luoshi.ledger.models import Profile, Role

    call_command("migrate", verbosity=0)
    user = User.objects.create_user("bench-dcs")
    Profile.objects.create(user=user, role=Role.SUPERVISOR)
    small, large = _source(user, 100), _source(user, args.proposals)
    client = Client()
    client.force_login(user)
    print(f"review page: 50 rows a page; median of {args.runs} runs")
    print(f"{'request':44} {'ms':>8} {'KB':>8}")
    for label, url, query in [
        ("peer: review, 100 proposals", f"/sources/{small.pk}/", {}),
        (f"review, {args.proposals:,} proposals, page 1", f"/sources/{large.pk}/", {}),
        (f"review, {args.proposals:,} proposals, last page", f"/sources/{large.pk}/", {"page": "last"}),
        ("/sources/", "/sources/", {}),
    ]:
        response = client.get(url, query)
        assert response.status_code == 200, (url, response.status_code)
        ms = median_ms(lambda url=url, query=query: client.get(url, query), args.runs)
        print(f"{label:44} {ms:8.1f} {len(response.content) / 1024:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
