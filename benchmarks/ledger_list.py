"""Benchmark: the ledger's item list on 10,000 items, against the bare database query in the same run.

    python benchmarks/ledger_list.py [--items N] [--runs R] [--postgres URL]

Builds a fresh database (a temporary SQLite file, or with ``--postgres`` a new database on that server,
dropped afterwards), migrates it, and fills it with N items (default 10,000) across 20 sources and 12 units
with varied statuses, lights and deadlines. Then, logged in as the 督查室 and as a unit, it requests
/items/ (first page), three filters, a text search and page 50 through Django's test client (URL routing,
sessions, the view, its queries and the template: everything but the socket) and prints the median of
R runs (default 21).

Peers measured in the same run, on the same database: the view's own queryset evaluated through the ORM
(count and page, no template), and the very SQL of those two queries sent through the bare driver
(sqlite3 or psycopg). ``page/SQL`` is how many times the whole request costs over the database's part.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "src" / "luoshi" / "samples" / "county-work-report-2026.txt"
SOURCES, UNITS = 20, 12


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm: templates compiled, statements prepared, pages cached
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--postgres", metavar="URL", help="run on a new database on this PostgreSQL server")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="luoshi-bench-") as tmp:
        os.environ["LUOSHI_DATA_DIR"] = tmp
        os.environ["LUOSHI_ALLOWED_HOSTS"] = "testserver"
        os.environ["DJANGO_SETTINGS_MODULE"] = "luoshi.server.settings"
        (Path(tmp) / "static").mkdir()
        scratch = _create_pg_database(args.postgres) if args.postgres else None
        os.environ["DATABASE_URL"] = scratch[1] if scratch else f"sqlite:///{tmp}/ledger.sqlite3"
        try:
            return _run(args)
        finally:
            if scratch:
                from django.db import connections

                connections.close_all()
                _drop_pg_database(args.postgres, scratch[0])


def _run(args: argparse.Namespace) -> int:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    supervisor, clerk, unit = _fill(args.items)
    fill_s = time.perf_counter() - start
    engine = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite (WAL)"
    print(f"ledger list: {args.items:,} items, {SOURCES} sources, {UNITS} units on {engine} "
          f"(filled in {fill_s:.1f} s); median of {args.runs} runs, ms")
    print(f"{'request':40} {'as':10} {'rows':>5} {'page ms':>8} {'ORM ms':>7} {'SQL ms':>7} {'page/SQL':>8}")

    cases = [
        (supervisor, "督查室", {}),
        (supervisor, "督查室", {"light": "red"}),
        (supervisor, "督查室", {"status": "in_progress", "unit": unit.pk}),
        (supervisor, "督查室", {"q": "农村公路"}),
        (supervisor, "督查室", {"page": 50}),
        (clerk, "单位", {}),
        (clerk, "单位", {"light": "red"}),
        (clerk, "单位", {"status": "in_progress", "unit": unit.pk}),
        (clerk, "单位", {"q": "农村公路"}),
        (clerk, "单位", {"page": 10}),
    ]
    slowest = 0.0
    raw = _raw_connection()
    for user, who, params in cases:
        page_ms, orm_ms, sql_ms, rows = _measure(user, params, raw, args.runs)
        slowest = max(slowest, page_ms)
        label = "/items/" + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
        print(f"{_pad(label, 40)} {_pad(who, 10)} {rows:5d} {page_ms:8.2f} {orm_ms:7.2f} {sql_ms:7.2f}"
              f" {page_ms / sql_ms:8.1f}")
    raw.close()
    print(f"slowest page: {slowest:.1f} ms (the issue asks for well under 200 ms)")
    return 0


def _measure(user, params: dict, raw, runs: int) -> tuple[float, float, float, int]:
    from django.conf import settings
    from django.core.paginator import Paginator
    from django.http import QueryDict
    from django.test import Client

    from luoshi.ledger import forms
    from luoshi.ledger.models import Item
    from luoshi.ledger.permissions import visible_items
    from luoshi.ledger.views.items import filter_items

    client = Client()
    client.force_login(user)
    url = "/items/"
    query = {k: str(v) for k, v in params.items()}

    def page() -> None:
        response = client.get(url, query)
        assert response.status_code == 200, response.status_code

    # The same queryset the view builds, and its page.
    per_page = settings.LUOSHI_ITEMS_PER_PAGE
    get = QueryDict(mutable=True)
    get.update(query)
    form = forms.ItemFilterForm(get or None)
    form.fields["status"].choices = [("", ""), *Item.Status.choices]  # as the view sets them
    form.fields["light"].choices = [("", ""), *Item.Light.choices]
    items = filter_items(visible_items(user), form)
    paginator = Paginator(items, per_page)
    number = paginator.validate_number(min(int(query.get("page", 1)), paginator.num_pages))
    offset = (number - 1) * per_page
    window = items[offset:offset + per_page]

    def orm() -> None:  # fresh querysets each time: an evaluated one would answer from its cache
        items.all().count()
        list(window.all())

    # The driver replays exactly what the ORM sent: the count and the page.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        orm()
    statements = [q["sql"] for q in captured.captured_queries]

    def sql() -> None:
        cursor = raw.cursor()
        for statement in statements:
            cursor.execute(statement)
            cursor.fetchall()
        cursor.close()

    shown = list(window.all())
    body = client.get(url, query).content.decode()
    assert all(item.number in body for item in shown), "the page does not show the page of items measured"
    rows = len(shown)
    return median_ms(page, runs), median_ms(orm, runs), median_ms(sql, runs), rows


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - sum(2 if ord(c) > 0x2E80 else 1 for c in text))


def _raw_connection():
    from django.db import connection

    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        import sqlite3

        return sqlite3.connect(settings["NAME"])
    import psycopg

    return psycopg.connect(host=settings["HOST"], port=settings["PORT"] or None, user=settings["USER"],
                           password=settings["PASSWORD"], dbname=settings["NAME"], autocommit=True)


def _fill(count: int):
    """Units, people, two users, 20 sources and ``count`` items, written in bulk (no workflow, no history)."""
    from django.contrib.auth.models import User
    from django.utils import timezone

    from luoshi.ledger.models import Item, Person, Profile, Role, Source, Unit
    from luoshi.pipeline import read_document

    document = read_document(str(SAMPLE))
    sentences = [task.text for task in document.tasks if len(task.text) > 12] or [document.text[:80]]
    units = [Unit.objects.create(name=f"县测试局{n:02d}") for n in range(UNITS)]
    people = [Person.objects.create(unit=u, name=f"责任人{n:02d}") for n, u in enumerate(units)]
    supervisor = User.objects.create_user("bench-dcs")
    Profile.objects.create(user=supervisor, role=Role.SUPERVISOR)
    clerk = User.objects.create_user("bench-unit")
    Profile.objects.create(user=clerk, role=Role.UNIT, unit=units[0])
    sources = [Source.objects.create(year=2026, sequence=n + 1, title=f"{document.title}（{n + 1}）",
                                     text=document.text, uploaded_by=supervisor, status=Source.Status.FILED)
               for n in range(SOURCES)]

    today = timezone.localdate()
    pick = random.Random(2026)  # the same data every run
    statuses = [s for s, _ in Item.Status.choices]
    lights = ["green"] * 6 + ["yellow"] * 2 + ["red"] * 2
    items = []
    per_source = -(-count // SOURCES)
    for k in range(count):
        source, sequence = sources[k // per_source], k % per_source + 1
        content = pick.choice(sentences)
        status = pick.choice(statuses)
        quantitative = pick.random() < 0.3
        n = pick.randrange(UNITS)
        items.append(Item(
            source=source, sequence=sequence, number=f"{source.number}-{sequence:02d}", content=content,
            evidence=content, source_start=0, source_end=len(content),
            metric="新建改建农村公路" if quantitative else "", target_value=110 if quantitative else None,
            target_unit="公里" if quantitative else "",
            lead_unit=None if status == "filed" else units[n], responsible=None if status == "filed" else people[n],
            deadline=today + dt.timedelta(days=pick.randrange(-60, 400)), status=status,
            light="green" if status in ("filed", "closed") else pick.choice(lights),
            light_reason="", percent=pick.randrange(101),
        ))
    Item.objects.bulk_create(items, batch_size=1000)
    through = Item.co_units.through
    following = {u.pk: units[(n + 1) % UNITS].pk for n, u in enumerate(units)}
    lead = Item.objects.filter(lead_unit__isnull=False).values_list("pk", "lead_unit_id")
    through.objects.bulk_create([through(item_id=pk, unit_id=following[unit]) for n, (pk, unit) in enumerate(lead)
                                 if n % 4 == 0], batch_size=1000)
    return supervisor, clerk, units[0]


def _create_pg_database(url: str) -> tuple[str, str]:
    import psycopg

    name = f"luoshi_bench_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)
    return name, urlunsplit(parts._replace(path=f"/{name}"))


def _drop_pg_database(url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
