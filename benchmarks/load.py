"""Benchmark: `luoshi serve` under 50 signed-in users with think time, quiet and under an anonymous flood.

    python benchmarks/load.py [--items N] [--users U] [--workers N[,N…]] [--seconds S | --full] [--flood C]

Builds a fresh SQLite ledger (the 10,000 items of ``ledger_list.py``, 1,000 of them public), signs in U
users (default 50) as the roles a county has — the 督查室, leaders and the 12 units' clerks — and starts
``luoshi serve --workers N`` on a free port. Each user loops: think 2–6 s (real seconds, not scaled), then
open one page: the item list (with the filters clerks use), the 工作台, an item it may see, or the 成绩单.
Every run lasts S seconds (default 60; ``--full``: 300) and is done twice: quiet, then with C anonymous
connections (default 8, in a process of their own at the lowest CPU priority, standing for other
machines) sending a citizen's feedback form as fast as the server answers, which after the hourly allowance
is a 429 every time (or a 503 from the public gate).

Peer measured in the same run, by the same users: a static file (``/static/ledger/ledger.css``), the cost
of the server and the socket with no page behind it. Prints p50/p95 per page in milliseconds.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ledger_list  # the same ledger as the list benchmark

ROOT = Path(__file__).resolve().parent.parent
THINK = (2.0, 6.0)  # seconds between a user's pages
PEER = "/static/ledger/ledger.css"
# What a signed-in user opens, by weight (a clerk lives in the list and on the 工作台).
PAGES = (("item list", 35), ("dashboard", 25), ("item detail", 20), ("成绩单", 10), ("peer: static file", 10))
LIST_FILTERS = ("", "?light=red", "?status=in_progress", "?page=3", "?q=" + quote("农村公路"))


@dataclass
class Account:
    role: str
    cookie: str
    numbers: list[str]  # items this user may open


@dataclass
class Results:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    failures: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, page: str, ms: float, ok: bool) -> None:
        with self.lock:
            self.times[page].append(ms)
            if not ok:
                self.failures[page] += 1


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", default="4", help="comma-separated: one run per value (1: the threaded server)")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each run (quiet, flood)")
    parser.add_argument("--full", action="store_true", help="5-minute runs")
    parser.add_argument("--flood", type=int, default=8, help="anonymous connections in the flood (0: none)")
    args = parser.parse_args(argv)
    seconds = 300.0 if args.full else args.seconds

    with tempfile.TemporaryDirectory(prefix="luoshi-load-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LUOSHI_", "DJANGO_", "DATABASE_URL"))}
        env.update(LUOSHI_DATA_DIR=tmp, DATABASE_URL=f"sqlite:///{tmp}/ledger.sqlite3", PYTHONUNBUFFERED="1")
        os.environ.update(env)
        os.environ["DJANGO_SETTINGS_MODULE"] = "luoshi.server.settings"
        start = time.perf_counter()
        accounts, public_number = _build(args.items, args.users)
        print(f"load: {args.items:,} items (1 in 10 public) on SQLite (WAL), {args.users} signed-in users, think "
              f"{THINK[0]:.0f}–{THINK[1]:.0f} s, {seconds:.0f} s per run, flood of {args.flood} connections; "
              f"{os.cpu_count()} CPU cores; built in {time.perf_counter() - start:.0f} s", flush=True)
        for workers in (int(w) for w in args.workers.split(",")):
            _run(env, workers, accounts, public_number, seconds, args.flood)
    return 0


def _run(env: dict[str, str], workers: int, accounts: list[Account], public_number: str, seconds: float,
         flood: int) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "luoshi", "serve", "--no-demo", "--port", str(port), "--workers", str(workers)]
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (read after the server stopped)
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_for(port, server)
        for account in accounts[:3]:  # warm each worker's templates and connections
            for _ in range(workers * 2):
                _request(port, "/", account.cookie)
        quiet = _simulate(port, accounts, seconds)
        stop = multiprocessing.Event()
        flood_cpu = multiprocessing.Value("d", 0.0)  # the flood client's own CPU seconds: it shares the cores
        flooders = multiprocessing.Process(target=_flood, args=(port, public_number, flood, stop, flood_cpu),
                                           daemon=True)
        if flood:
            flooders.start()
            time.sleep(1)
        loud = _simulate(port, accounts, seconds)
        stop.set()
        if flood:
            flooders.join(timeout=30)
        flood_cores = flood_cpu.value / seconds
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    log.seek(0)
    server_log = log.read()
    errors = len(re.findall(r" 500 [\d.]+ms ", server_log))
    posted = Counter(re.findall(rf"POST /public/items/{re.escape(public_number)}/ (\d+) ", server_log))
    label = "one threaded process (waitress)" if workers < 2 else f"gunicorn, {workers} worker processes"
    print(f"\nluoshi serve --workers {workers}: {label}")
    print(f"{'page':22} {'quiet p50':>9} {'p95':>7} {'n':>5}   {'flood p50':>9} {'p95':>7} {'n':>5}  failed")
    worst = {"quiet": 0.0, "flood": 0.0}
    for page, _ in PAGES:
        q, f = quiet.times[page], loud.times[page]
        failed = quiet.failures[page] + loud.failures[page]
        print(f"{_pad(page, 22)} {_p(q, 50):9.0f} {_p(q, 95):7.0f} {len(q):5d}   {_p(f, 50):9.0f} {_p(f, 95):7.0f}"
              f" {len(f):5d}  {failed}")
        if not page.startswith("peer"):
            worst["quiet"] = max(worst["quiet"], _p(q, 95))
            worst["flood"] = max(worst["flood"], _p(f, 95))
    answers = ", ".join(f"{n:,} × {status}" for status, n in sorted(posted.items()))
    print(f"flood: {sum(posted.values()):,} feedback posts answered in {seconds:.0f} s ({answers or 'none'}); "
          f"the flood client itself used {flood_cores:.2f} of the cores; server log: {errors} responses 500")
    print(f"worst staff p95: {worst['quiet']:.0f} ms quiet, {worst['flood']:.0f} ms under the flood "
          f"(goal < 300 ms)", flush=True)


# ---------------------------------------------------------------------------------------------- the ledger


def _build(count: int, users: int) -> tuple[list[Account], str]:
    """The list benchmark's ledger, every tenth item public, and a session per simulated user."""
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client

    from luoshi.ledger.models import Item, Profile, Role, Unit
    from luoshi.ledger.permissions import visible_items

    call_command("migrate", verbosity=0)
    ledger_list._fill(count)
    assigned = list(Item.objects.filter(lead_unit__isnull=False).order_by("pk").values_list("pk", flat=True))
    Item.objects.filter(pk__in=assigned[::10]).update(is_public=True)
    units = list(Unit.objects.order_by("pk"))
    # 督查室 clerks, leaders and each unit's clerks, in about the proportions of a county office.
    roles = [(Role.SUPERVISOR, None)] * 8 + [(Role.LEADER, None)] * 4
    roles += [(Role.UNIT, units[n % len(units)]) for n in range(max(0, users - len(roles)))]
    pick = random.Random(12)
    accounts = []
    for n, (role, unit) in enumerate(roles[:users]):
        user = User.objects.create_user(f"load{n:02d}")
        Profile.objects.create(user=user, role=role, unit=unit)
        client = Client()
        client.force_login(user)
        numbers = list(visible_items(user).values_list("number", flat=True)[:2000])
        sample = pick.sample(numbers, min(200, len(numbers)))
        accounts.append(Account(str(role), client.cookies["sessionid"].value, sample))
    public_number = Item.objects.filter(is_public=True).values_list("number", flat=True).first()
    from django.db import connections

    connections.close_all()
    return accounts, str(public_number)


# ---------------------------------------------------------------------------------------------- the users


def _simulate(port: int, accounts: list[Account], seconds: float) -> Results:
    results = Results()
    end = time.monotonic() + seconds
    threads = [threading.Thread(target=_user, args=(port, account, end, results, random.Random(n)), daemon=True)
               for n, account in enumerate(accounts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _user(port: int, account: Account, end: float, results: Results, pick: random.Random) -> None:
    connection = None
    names, weights = zip(*PAGES, strict=True)
    time.sleep(pick.uniform(0, THINK[1]))  # users do not all arrive at once
    while time.monotonic() < end:
        page = pick.choices(names, weights)[0]
        path = {"item list": lambda: "/items/" + pick.choice(LIST_FILTERS), "dashboard": lambda: "/",
                "item detail": lambda: f"/items/{pick.choice(account.numbers)}/", "成绩单": lambda: "/public/",
                "peer: static file": lambda: PEER}[page]()
        start = time.perf_counter()
        try:
            connection, status = _get(connection, port, path, account.cookie)
        except (OSError, http.client.HTTPException):
            connection, status = None, 0
        results.add(page, (time.perf_counter() - start) * 1000, status == 200)
        time.sleep(pick.uniform(*THINK))


def _get(connection: http.client.HTTPConnection | None, port: int, path: str,
         cookie: str) -> tuple[http.client.HTTPConnection, int]:
    """One GET on a kept-alive connection (a browser's), opened again when the server closed it."""
    for attempt in (1, 2):
        if connection is None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request("GET", path, headers={"Cookie": f"sessionid={cookie}"})
            response = connection.getresponse()
            response.read()
            return connection, response.status
        except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine):
            connection.close()
            connection = None
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _request(port: int, path: str, cookie: str) -> int:
    return _get(None, port, path, cookie)[1]


# ---------------------------------------------------------------------------------------------- the flood


def _flood(port: int, number: str, connections: int, stop, cpu) -> None:
    """``connections`` anonymous clients posting the item's feedback form back to back (each gets a 429).

    At the lowest priority: a real flood comes from other machines, so its client's own CPU must not be
    what slows the server here.
    """
    os.nice(19)
    path = f"/public/items/{number}/"

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:  # the form (a busy server answers 503 meanwhile)
            connection.request("GET", path)
            response = connection.getresponse()
            page = response.read().decode()
            if found := re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page):
                break
        cookie = "; ".join(c.split(";", 1)[0] for c in response.headers.get_all("Set-Cookie") or [])
        token = found.group(1)
        body = f"csrfmiddlewaretoken={token}&text=%E4%BA%95%E7%9B%96%E7%BC%BA%E5%A4%B1".encode()
        headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded",
                   "Origin": f"http://127.0.0.1:{port}", "Referer": f"http://127.0.0.1:{port}{path}"}
        while not stop.is_set():
            try:
                connection.request("POST", path, body=body, headers=headers)
                connection.getresponse().read()
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cpu.value = time.process_time()


# ---------------------------------------------------------------------------------------------- helpers


def _wait_for(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server stopped"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                if _request(port, "/login/", "") == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("the server did not start")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _p(times: list[float], q: int) -> float:
    if len(times) < 2:
        return times[0] if times else 0.0
    return statistics.quantiles(times, n=100, method="inclusive")[q - 1]


def _pad(text: str, width: int) -> str:
    return ledger_list._pad(text, width)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
