"""`luoshi serve`: the demo ledger it builds on an empty database, and a real server in a subprocess."""

from __future__ import annotations

import http.client
import io
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import User

from luoshi.ledger import history
from luoshi.ledger.models import ExtensionRequest, Item, Profile, Reminder, Role, Source
from luoshi.server import demo, serve
from tests.conftest import as_from_a_terminal

STARTUP_SECONDS = 120


# ---------------------------------------------------------------------------------------------- in-process


@pytest.mark.django_db
def test_demo_has_one_user_per_role_each_with_a_working_password():
    seeded = demo.seed()
    roles = Counter(Profile.objects.values_list("role", flat=True))
    assert roles == {Role.SUPERVISOR: 1, Role.LEADER: 1, Role.UNIT: len(demo.UNITS)}
    assert User.objects.count() == len(seeded.accounts) == len(demo.UNITS) + 2
    for account in seeded.accounts:
        user = authenticate(username=account.username, password=account.password)
        assert user is not None, account.username
        assert user.ledger_profile.role == Role(user.ledger_profile.role)
        assert (user.ledger_profile.unit is not None) == (user.ledger_profile.role == Role.UNIT)
    assert len({a.password for a in seeded.accounts}) == len(seeded.accounts)
    assert all(len(a.password) >= 12 for a in seeded.accounts)


@pytest.mark.django_db
def test_demo_covers_every_stage_and_its_chain_verifies():
    seeded = demo.seed()
    samples = [p for p in demo.SAMPLES.iterdir() if p.suffix.lower() in demo.SAMPLE_SUFFIXES]
    assert seeded.sources == Source.objects.count() == len(samples)
    review = Source.objects.get(filename=demo.LEFT_IN_REVIEW)
    assert review.status == Source.Status.REVIEWING and review.proposals.exists()
    # The long sample report gives most of the items.
    report = Source.objects.get(filename="county-work-report-2026.txt")
    assert report.items.count() >= 40

    lights = Counter(Item.objects.values_list("light", flat=True))
    assert lights[Item.Light.RED] >= 1 and lights[Item.Light.YELLOW] >= 1 and lights[Item.Light.GREEN] >= 1
    statuses = set(Item.objects.values_list("status", flat=True))
    assert statuses == set(Item.Status.values)
    assert ExtensionRequest.objects.filter(status=ExtensionRequest.Status.PENDING).exists()
    assert Reminder.objects.exists()

    result = history.verify()
    assert result.ok, result.reason
    assert result.records > seeded.items  # every item was at least filed, most assigned and more


@pytest.mark.django_db
def test_prepare_prints_the_passwords_once_and_does_not_reseed():
    first, second = io.StringIO(), io.StringIO()
    serve.prepare(out=first)
    items = Item.objects.count()
    serve.prepare(out=second)

    passwords = re.findall(r"用户名 (\S+)\s+密码 (\S+)", first.getvalue())
    assert {name for name, _ in passwords} == set(User.objects.values_list("username", flat=True))
    assert all(User.objects.get(username=name).check_password(pw) for name, pw in passwords)
    assert "数据已存在" in second.getvalue()
    assert "密码" not in second.getvalue().replace("改密码", "")
    assert not any(pw in second.getvalue() for _, pw in passwords)
    assert Item.objects.count() == items and User.objects.count() == len(passwords)


@pytest.mark.django_db
def test_prepare_without_demo_leaves_the_ledger_empty():
    out = io.StringIO()
    serve.prepare(demo=False, out=out)
    assert not User.objects.exists() and not Source.objects.exists()
    assert "createsuperuser" in out.getvalue()


# ---------------------------------------------------------------------------------------------- subprocess


def _env(data_dir: Path) -> dict[str, str]:
    """The pytest database is invisible to a subprocess: give it its own SQLite file in the temp dir."""
    env = {k: v for k, v in os.environ.items() if k not in ("LUOSHI_ALLOWED_HOSTS", "LUOSHI_SECRET_KEY")}
    env.update(LUOSHI_DATA_DIR=str(data_dir), DATABASE_URL=f"sqlite:///{data_dir / 'ledger.sqlite3'}",
               PYTHONUNBUFFERED="1")
    return env


def _luoshi(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "luoshi", *args], env=_env(data_dir), capture_output=True,
                          text=True, timeout=STARTUP_SECONDS)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _server(data_dir: Path, *args: str) -> Iterator[tuple[subprocess.Popen, list[str], int]]:
    """`luoshi serve` on a free port, once it says it is listening; stopped with Ctrl-C (SIGINT)."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "luoshi", "serve", "--port", str(port), *args],
                            env=_env(data_dir), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            preexec_fn=as_from_a_terminal)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not any(f"http://127.0.0.1:{port}/" in line for line in lines):
            assert proc.poll() is None, "".join(lines)
            assert time.monotonic() < deadline, "".join(lines)
            time.sleep(0.05)
        yield proc, lines, port
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        reader.join(timeout=5)


def _get(port: int, path: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_serve_runs_the_demo_then_restarts_on_the_same_data(tmp_path):
    with _server(tmp_path) as (proc, lines, port):
        login = _get(port, "/login/")
        home = _get(port, "/")
        css = _get(port, "/static/ledger/ledger.css")
    first = "".join(lines)
    assert proc.returncode == 0, first
    assert login.status == 200
    assert home.status == 302 and home.getheader("Location").startswith("/login/")
    assert css.status == 200  # whitenoise serves the app's static files without collectstatic
    accounts = dict(re.findall(r"用户名 (\S+)\s+密码 (\S+)", first))
    assert {"duchashi", "lingdao", "fgj"} <= set(accounts)

    with _server(tmp_path) as (proc, lines, port):
        assert _get(port, "/login/").status == 200
    second = "".join(lines)
    assert proc.returncode == 0, second
    assert "数据已存在" in second
    assert not any(password in second for password in accounts.values())

    verified = _luoshi(tmp_path, "ledger", "verify")
    assert verified.returncode == 0, verified.stderr
    records = int(re.fullmatch(r"ok: (\d+) records, chain intact\n", verified.stdout).group(1))
    assert records > 50

    with sqlite3.connect(tmp_path / "ledger.sqlite3") as db:  # a clerk "fixing" the record by hand
        db.execute("UPDATE ledger_historyrecord SET actor = 'someone' WHERE seq = 7")
    broken = _luoshi(tmp_path, "ledger", "verify")
    assert broken.returncode == 1
    assert broken.stderr == "luoshi: ledger: record 7 is broken: its content does not match its hash " \
                            "(changed after writing)\n"


def test_serve_refuses_a_bad_database_url_in_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "luoshi", "serve"],
                            env=_env(tmp_path) | {"DATABASE_URL": "nosuchdb://x/y"}, capture_output=True, text=True,
                            timeout=STARTUP_SECONDS)
    assert result.returncode == 1
    assert result.stderr.startswith("luoshi: serve: bad database URL:") and result.stderr.count("\n") == 1


def test_serve_on_a_port_in_use_fails_in_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _luoshi(tmp_path, "serve", "--no-demo", "--port", str(port))
    assert result.returncode == 1
    assert result.stderr.startswith(f"luoshi: serve: cannot listen on 127.0.0.1:{port}:")
    assert result.stderr.count("\n") == 1


def test_ledger_verify_on_a_database_without_a_ledger(tmp_path):
    result = _luoshi(tmp_path, "ledger", "verify")
    assert result.returncode == 1
    assert result.stderr.startswith("luoshi: ledger: the database has no ledger yet")


def test_ledger_manage_passes_through_to_django(tmp_path):
    migrated = _luoshi(tmp_path, "ledger", "manage", "migrate", "--noinput")
    assert migrated.returncode == 0, migrated.stderr
    env = _env(tmp_path) | {"DJANGO_SUPERUSER_PASSWORD": "a-long-admin-passphrase-7"}
    created = subprocess.run([sys.executable, "-m", "luoshi", "ledger", "manage", "createsuperuser", "--noinput",
                              "--username", "admin", "--email", "admin@example.cn"],
                             env=env, capture_output=True, text=True, timeout=STARTUP_SECONDS)
    assert created.returncode == 0, created.stderr
    with sqlite3.connect(tmp_path / "ledger.sqlite3") as db:
        assert db.execute("SELECT is_superuser FROM auth_user WHERE username = 'admin'").fetchone() == (1,)
    unknown = _luoshi(tmp_path, "ledger", "manage", "nosuchcommand")
    assert unknown.returncode == 1 and "Unknown command" in unknown.stderr
    assert _luoshi(tmp_path, "ledger", "verify").stdout == "ok: 0 records, chain intact\n"


def test_postgresql_without_psycopg_names_the_postgres_extra_in_one_line(tmp_path):
    # psycopg (and psycopg2, which Django takes too) made unimportable, as when the extra is not installed.
    script = ("import sys\nsys.modules['psycopg'] = sys.modules['psycopg2'] = None\n"
              "from luoshi.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    env = _env(tmp_path) | {"DATABASE_URL": "postgres://luoshi:secret@127.0.0.1:9/luoshi"}
    extra = "cannot use the database: PostgreSQL needs psycopg, which is not installed: pip install 'luoshi[postgres]'\n"
    for command, where in ((["serve", "--no-demo", "--port", "0"], "serve"), (["ledger", "verify"], "ledger")):
        result = subprocess.run([sys.executable, "-c", script, *command], env=env, capture_output=True, text=True,
                                timeout=STARTUP_SECONDS)
        assert (result.returncode, result.stderr) == (1, f"luoshi: {where}: {extra}"), result.stderr
