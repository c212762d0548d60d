"""A deployment on one machine: the public URL, the host names served, worker processes, private files, the
database URL from the environment, the access log, and a unit's dashboard that stays small."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import re
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import zxingcpp
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image

from luoshi.ledger.models import Item, Source
from luoshi.server import access_log, public_gate, serve
from luoshi.server import settings as luoshi_settings

from .conftest import client_for
from .test_serve import STARTUP_SECONDS, _env, _get, _luoshi, _server

PUBLIC = "http://duban.example.gov.cn"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# ---------------------------------------------------------------------------------------------- the public URL


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.1.2.3", "duban.example.gov.cn"])
def test_serving_beyond_loopback_needs_the_public_url(host, monkeypatch):
    monkeypatch.delenv("LUOSHI_PUBLIC_URL", raising=False)
    with pytest.raises(serve.UsageError, match="LUOSHI_PUBLIC_URL"):
        serve.require_public_url(host)
    monkeypatch.setenv("LUOSHI_PUBLIC_URL", PUBLIC)
    serve.require_public_url(host)  # and with it, it may


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.5", "::1", "localhost"])
def test_loopback_needs_no_public_url(host, monkeypatch):
    monkeypatch.delenv("LUOSHI_PUBLIC_URL", raising=False)
    serve.require_public_url(host)


def test_the_command_refuses_a_wildcard_address_without_the_public_url(tmp_path):
    result = _luoshi(tmp_path, "serve", "--no-demo", "--host", "0.0.0.0", "--port", "0")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("luoshi: serve: 在 0.0.0.0 上对外服务，须先给出公开地址")
    assert "--public-url" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "ledger.sqlite3").exists()  # refused before anything was made


def test_allowed_hosts_are_never_a_wildcard(monkeypatch):
    monkeypatch.delenv("LUOSHI_ALLOWED_HOSTS", raising=False)
    assert luoshi_settings._allowed_hosts("") == ["127.0.0.1", "localhost", "[::1]"]
    assert luoshi_settings._allowed_hosts("https://duban.example.gov.cn:8443") == [
        "127.0.0.1", "localhost", "[::1]", "duban.example.gov.cn"]
    monkeypatch.setenv("LUOSHI_ALLOWED_HOSTS", "*")
    with pytest.raises(ImproperlyConfigured, match="不能含"):
        luoshi_settings._allowed_hosts(PUBLIC)
    monkeypatch.setenv("LUOSHI_ALLOWED_HOSTS", "*.example.gov.cn")
    with pytest.raises(ImproperlyConfigured):
        luoshi_settings._allowed_hosts(PUBLIC)


@pytest.mark.parametrize("url", ["duban.example.gov.cn", "ftp://duban.example.gov.cn", "https://duban.example.gov.cn/x",
                                 "https://user:pw@duban.example.gov.cn"])
def test_a_public_url_that_is_not_an_origin_is_refused(url, monkeypatch):
    monkeypatch.setenv("LUOSHI_PUBLIC_URL", url)
    with pytest.raises(ImproperlyConfigured, match="LUOSHI_PUBLIC_URL"):
        luoshi_settings._public_url()
    monkeypatch.setenv("LUOSHI_PUBLIC_URL", PUBLIC + "/")
    assert luoshi_settings._public_url() == PUBLIC


# ---------------------------------------------------------------------------------------------- the database URL


def test_a_database_url_on_the_command_line_is_refused_for_the_environment(tmp_path):
    secret_url = "postgres://luoshi:s3cret-pass@127.0.0.1:9/luoshi"
    for command in (["serve", "--database-url", secret_url], ["ledger", "verify", "--database-url", secret_url]):
        result = _luoshi(tmp_path, *command)
        assert result.returncode == 2, result.stderr
        assert "--database-url" in result.stderr and "DATABASE_URL=" in result.stderr
        assert "s3cret" not in result.stderr + result.stdout
    # The environment's URL is the one used (here SQLite in the data folder, as _env sets it).
    assert _luoshi(tmp_path, "ledger", "manage", "migrate", "--noinput").returncode == 0
    assert _luoshi(tmp_path, "ledger", "verify").stdout == "ok: 0 records, chain intact\n"


# ---------------------------------------------------------------------------------------------- private files


def test_the_data_folder_database_and_attachments_are_private(tmp_path, settings):
    data = tmp_path / "data"
    env = _env(data)
    del env["DATABASE_URL"]  # SQLite in the data folder, as a plain install has it
    migrated = subprocess.run([sys.executable, "-m", "luoshi", "ledger", "manage", "migrate", "--noinput"], env=env,
                              capture_output=True, text=True, timeout=STARTUP_SECONDS)
    assert migrated.returncode == 0, migrated.stderr
    assert _mode(data) == 0o700
    for name in ("ledger.sqlite3", "secret_key"):
        assert _mode(data / name) == 0o600, name
    for name in ("ledger.sqlite3-wal", "ledger.sqlite3-shm"):  # SQLite gives them the database's mode
        if (data / name).exists():
            assert _mode(data / name) == 0o600, name

    assert (settings.FILE_UPLOAD_PERMISSIONS, settings.FILE_UPLOAD_DIRECTORY_PERMISSIONS) == (0o600, 0o700)
    saved = default_storage.save("2026/12/进展说明.txt", ContentFile(b"progress"))
    path = default_storage.path(saved)
    assert _mode(path) == 0o600 and _mode(os.path.dirname(path)) == 0o700


# ---------------------------------------------------------------------------------------------- the access log


def test_every_request_gets_one_access_log_line_without_query_values(users, caplog):
    caplog.set_level(logging.INFO, logger="luoshi.access")
    client = client_for(users["supervisor"])
    client.get(reverse("ledger:item_list"), {"q": "机密查询词", "page": "2"})
    client.get("/no/such/page/")
    client_for(None).get(reverse("ledger:public_scoreboard"))
    lines = [r.getMessage() for r in caplog.records if r.name == "luoshi.access"]
    assert len(lines) == 3, lines
    assert re.fullmatch(rf"GET /items/\?page,q 200 \d+\.\dms user={users['supervisor'].pk}", lines[0])
    assert re.fullmatch(rf"GET /no/such/page/ 404 \d+\.\dms user={users['supervisor'].pk}", lines[1])
    assert re.fullmatch(r"GET /public/ 200 \d+\.\dms user=-", lines[2])
    assert "机密" not in "".join(lines)


def test_a_password_reset_token_in_a_path_is_masked():
    example = "/reset/MQ/cx4p2a-1f0e3b9c8d7a6f5e4d3c2b1a/"
    assert access_log.SECRET_SEGMENT.sub("…", example) == "/reset/MQ/…/"
    assert access_log.SECRET_SEGMENT.sub("…", "/items/2026-003-07/") == "/items/2026-003-07/"


# ---------------------------------------------------------------------------------------------- the dashboard


def test_a_units_dashboard_lists_the_most_urgent_few_and_counts_the_rest(users, units):
    source = Source.objects.create(year=2026, sequence=99, title="压力测试", text="x", uploaded_by=users["supervisor"],
                                   status=Source.Status.FILED)
    unit = units["发改局"]
    today = dt.date(2026, 6, 1)
    Item.objects.bulk_create([
        Item(source=source, sequence=n, number=f"2026-099-{n:03d}", content=f"第{n}项任务", evidence="x",
             source_start=0, source_end=1, status=Item.Status.ASSIGNED, lead_unit=unit,
             deadline=today + dt.timedelta(days=300 - n))
        for n in range(1, 301)])
    body = client_for(users["unit"]).get(reverse("ledger:dashboard")).content.decode()
    shown = re.findall(r'href="/items/(2026-099-\d+)/"', body)
    assert len(shown) == 10, len(shown)
    assert shown[0] == "2026-099-300"  # the nearest deadline first
    assert "待签收（300）" in body and "全部 300 项待签收" in body
    assert f"?status=assigned&amp;unit={unit.pk}" in body


# ---------------------------------------------------------------------------------------------- workers


def _decode(png: bytes) -> str:
    return zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))[0].text


def test_workers_serve_with_the_public_url_and_log_every_request(tmp_path):
    import http.client

    def get(port: int, path: str, host: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, body

    with _server(tmp_path, "--workers", "2", "--public-url", PUBLIC) as (proc, lines, port):
        status, board = get(port, "/public/", "duban.example.gov.cn")
        assert status == 200
        number = re.search(r"/public/items/([^/\"]+)/", board.decode()).group(1)
        qr = f"/public/items/{number}/qr.png"
        by_name = get(port, qr, "duban.example.gov.cn")
        by_address = get(port, qr, f"127.0.0.1:{port}")  # an allowed name: still the public URL in the code
        forged = get(port, qr, "evil.example.com")
        login = _get(port, "/login/")
        time.sleep(0.5)  # the log lines are written after the responses
    log = "".join(lines)
    assert proc.returncode == 0, log
    assert by_name[0] == by_address[0] == 200 and forged[0] == 400
    assert _decode(by_name[1]) == _decode(by_address[1]) == f"{PUBLIC}/public/items/{number}/"
    assert login.status == 200
    served = re.findall(r" (\d+) GET (\S+) (\d{3}) [\d.]+ms user=-", log)
    assert [(path, status) for _, path, status in served] == [
        ("/public/", "200"), (qr, "200"), (qr, "200"), (qr, "400"), ("/login/", "200")], log
    assert str(proc.pid) not in {pid for pid, _, _ in served}  # answered by the worker processes
    assert " 500 " not in log


# ---------------------------------------------------------------------------------------------- a public flood


def test_a_public_flood_cannot_take_the_staffs_threads(users, monkeypatch):
    seats = threading.BoundedSemaphore(1)
    monkeypatch.setattr(public_gate, "_seats", seats)
    scoreboard = reverse("ledger:public_scoreboard")
    assert client_for(None).get(scoreboard).status_code == 200
    seats.acquire()  # every seat for anonymous requests of this process taken (by a flood)
    try:
        busy = client_for(None).get(scoreboard)
        assert busy.status_code == 503 and busy["Retry-After"] == "5" and "访问人数较多" in busy.content.decode()
        # Signed-in users pass: on the public pages and on their own.
        assert client_for(users["supervisor"]).get(scoreboard).status_code == 200
        assert client_for(users["unit"]).get(reverse("ledger:dashboard")).status_code == 200
    finally:
        seats.release()


def test_public_requests_run_one_at_a_time_on_the_whole_machine(users, settings, monkeypatch):
    monkeypatch.setattr(public_gate, "WAIT_SECONDS", 0.05)
    assert settings.LUOSHI_PUBLIC_CONCURRENCY == 1
    slots = Path(settings.DATA_DIR) / "public-slots"
    slots.mkdir(mode=0o700, exist_ok=True)
    # Another worker process holds the slot: a lock on its file, as a process of its own would.
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, sys, time\n"
                               f"f = open({str(slots / '0.lock')!r}, 'a')\nfcntl.flock(f, fcntl.LOCK_EX)\n"
                               "print('held', flush=True)\ntime.sleep(60)\n"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        assert client_for(None).get(reverse("ledger:public_scoreboard")).status_code == 503
        assert client_for(users["supervisor"]).get(reverse("ledger:item_list")).status_code == 200
    finally:
        holder.kill()
        holder.wait()
    assert client_for(None).get(reverse("ledger:public_scoreboard")).status_code == 200  # freed by its death


# ---------------------------------------------------------------------------------------------- the README's deployment


def test_the_readmes_deployment_settings_pass_the_deployment_checklist(tmp_path):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n# /etc/luoshi/luoshi\.env[^\n]*\n(.*?)```", readme, re.S).group(1)
    settings = dict(line.split("=", 1) for line in block.splitlines() if line and not line.startswith("#"))
    assert {"DATABASE_URL", "LUOSHI_PUBLIC_URL", "LUOSHI_HTTPS", "LUOSHI_SECRET_KEY", "LUOSHI_EMAIL_HOST"} <= set(settings)
    assert settings["DATABASE_URL"].startswith("postgres://")
    # The same settings on this machine: SQLite in a temporary folder stands in for the PostgreSQL server.
    settings.update(LUOSHI_DATA_DIR=str(tmp_path), DATABASE_URL=f"sqlite:///{tmp_path / 'ledger.sqlite3'}")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LUOSHI_", "DJANGO_", "DATABASE_URL"))}
    result = subprocess.run([sys.executable, "-m", "luoshi", "ledger", "manage", "check", "--deploy", "--fail-level",
                             "WARNING"], env=env | settings, capture_output=True, text=True, timeout=STARTUP_SECONDS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_public_slot_rests_in_proportion_so_the_public_side_takes_its_share(users, settings, monkeypatch):
    settings.LUOSHI_PUBLIC_SHARE = 0.25
    slept: list[float] = []

    class Clock:  # each reading one second later: a request that took one second
        now = 0.0

        def monotonic(self) -> float:
            self.now += 1.0
            return self.now

        def sleep(self, seconds: float) -> None:
            slept.append(seconds)

    monkeypatch.setattr(public_gate, "time", Clock())
    assert client_for(None).get(reverse("ledger:public_scoreboard")).status_code == 200
    assert slept == [3.0]  # busy 1 s, then idle 3 s: a quarter of the slot's time
    client_for(users["supervisor"]).get(reverse("ledger:public_scoreboard"))
    assert slept == [3.0]  # a signed-in user does not go through the gate
