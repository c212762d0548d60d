"""Run the 督办 ledger and look after its database: what ``luoshi serve`` and ``luoshi ledger …`` do.

The environment is set before Django reads its settings (they are read once, at ``django.setup()``), so
a ``data_dir`` and ``public_url`` given here mean exactly what ``LUOSHI_DATA_DIR`` and ``LUOSHI_PUBLIC_URL``
mean; the database is ``DATABASE_URL``'s, from the environment only. Every function raises
:class:`ServeError` for what the user can fix; the command line (:mod:`luoshi.cli.serve`) prints it as one line.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TextIO

from luoshi.render import display_width, pad

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
_WILDCARD_HOSTS = {"0.0.0.0", "::", ""}
WAITRESS_THREADS = 8  # --workers 1: one process, the development and small-office path
WORKER_THREADS = 8  # --workers N ≥ 2: threads per gunicorn worker (half may wait at the public gate)
WORKER_TIMEOUT = 120  # seconds a request may take before gunicorn replaces its worker (an import's parsing)

# What each serving process runs beside the requests (the notifications' reminder thread). Each function is called
# once per serving process, after the database is ready: in the process itself with --workers 1, in every
# gunicorn worker after its fork with --workers N (a thread started before a fork would not survive it).
# A function must return at once (start a daemon thread for a loop).
PROCESS_STARTED: list[Callable[[], Any]] = []


def _start_notifications() -> None:
    # Imported here: this module loads before Django is set up.
    from luoshi.ledger.notify import scheduler

    scheduler.start_background()  # LUOSHI_NOTIFY_INTERVAL seconds between scans; 0: cron runs `luoshi ledger remind`


PROCESS_STARTED.append(_start_notifications)


class ServeError(Exception):
    """Something the user can fix (a bad database URL, a port in use); printed as one line."""


class UsageError(ServeError):
    """A way of starting the server that is refused outright (exit status 2, like a bad argument)."""


class Server(Protocol):
    """What ``run_server`` needs of a server: waitress's, or gunicorn's arbiter (``_Workers``)."""

    def run(self) -> None: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------------- the commands


def open_server(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, data_dir: str | None = None,
                public_url: str | None = None, workers: int = 1, demo: bool = True,
                out: TextIO = sys.stdout) -> Server:
    """Set up the database (the demo on an empty one, unless ``demo`` is false) and listen on ``host:port``.

    Beyond loopback the public URL (``public_url`` or ``LUOSHI_PUBLIC_URL``) is required: it is the only
    host name the server answers to besides the loopback names, and what QR codes and links carry.
    ``workers`` ≥ 2 serves with that many gunicorn worker processes; they fork after the migrations.
    """
    if public_url:
        os.environ["LUOSHI_PUBLIC_URL"] = public_url
    require_public_url(host)
    configure(data_dir=data_dir)
    prepare(demo=demo, out=out)
    listener = _listen(host, port)
    from luoshi.server import public_gate

    public_gate.set_threads(WORKER_THREADS if workers >= 2 else WAITRESS_THREADS)
    if workers >= 2:
        return _Workers(listener, workers)
    for started in PROCESS_STARTED:
        started()
    return _create_server(listener)


def run_server(server: Server, host: str, port: int, out: TextIO = sys.stdout) -> int:
    """Say where the ledger is and serve until Ctrl-C or SIGTERM; the exit status (gunicorn's, if it failed)."""
    print(f"luoshi 督办台账：{_url(server, host, port)}  （Ctrl-C 停止）", file=out, flush=True)
    # A service manager stops us with SIGTERM; leave as cleanly as from Ctrl-C (gunicorn's arbiter sets its own).
    signal.signal(signal.SIGTERM, _interrupt)
    status = 0
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    except SystemExit as e:  # gunicorn's arbiter leaves by sys.exit once its workers stopped
        status = e.code if isinstance(e.code, int) else 0
    finally:
        server.close()
    print("luoshi: 已停止", file=out, flush=True)
    return status


def ledger_command(name: str, data_dir: str | None = None, **options: Any) -> None:
    """Run one of the ledger's management commands (``ledger_verify``, ``ledger_lights``) on its database.

    Its own failure (CommandError) is raised as a ServeError too.
    """
    from django.core.management.base import CommandError

    try:
        configure(data_dir=data_dir)
        _require_tables()
        from django.core.management import call_command

        call_command(name, **options)
    except CommandError as e:
        raise ServeError(str(e)) from e


def manage(argv: list[str], data_dir: str | None = None) -> None:
    """Django's ``manage.py ARGV…`` on the ledger's database (it exits the process itself on a failed command)."""
    configure(data_dir=data_dir)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["luoshi ledger manage", *argv])


# ---------------------------------------------------------------------------------------------- the steps


def configure(*, data_dir: str | None = None) -> None:
    """Point Django at the data folder, then set it up (once per process).

    The database is ``DATABASE_URL``'s, from the environment only: a URL on the command line would show its
    password to every local account in ``ps``. The host names served are the settings' (LUOSHI_ALLOWED_HOSTS,
    default the loopback names, and the public URL's host), never ``*``.
    """
    if data_dir:
        os.environ["LUOSHI_DATA_DIR"] = str(Path(data_dir).resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luoshi.server.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured
    from django.db import DatabaseError

    try:
        django.setup()  # reads the settings, which make the data folder and its secret key
        from django.db import connection

        connection.ensure_connection()
    except ImproperlyConfigured as e:  # a setting refused (it names itself), or PostgreSQL without psycopg
        where = "" if str(e).startswith("LUOSHI_") else "cannot use the database: "
        raise ServeError(f"{where}{_one_line(e)}") from e
    except ValueError as e:  # dj-database-url on a scheme it does not know
        raise ServeError(f"bad database URL: {_one_line(e)}") from e
    except DatabaseError as e:
        raise ServeError(f"cannot connect to the database: {_one_line(e)}") from e
    except OSError as e:
        raise ServeError(f"cannot use the data folder: {e}") from e


def prepare(*, demo: bool = True, out: TextIO = sys.stdout) -> None:
    """Migrate; on an empty database build the demo and print its accounts, once."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import DatabaseError

    from luoshi.server import demo as demo_data

    try:
        call_command("migrate", interactive=False, verbosity=0)
        empty = demo_data.is_empty()
        if empty and demo:
            print("首次启动：正在导入样例文件，建立演示台账……", file=out, flush=True)
            seeded = demo_data.seed()
        Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)  # whitenoise warns when it is missing
    except DatabaseError as e:
        raise ServeError(f"cannot set up the database: {_one_line(e)}") from e
    except OSError as e:
        raise ServeError(f"cannot use the data folder: {e}") from e
    where = settings.DATABASES["default"]["NAME"]
    if not empty:
        print(f"数据已存在（{where}），沿用已有的数据和账号。", file=out, flush=True)
    elif not demo:
        print(f"新建的空台账（{where}）。先创建管理员：{demo_data.luoshi_command('ledger manage createsuperuser')}",
              file=out, flush=True)
    else:
        print(f"演示台账已建立（{where}）：{seeded.units} 个单位，{seeded.sources} 份文件，"
              f"{seeded.items} 项督办事项。", file=out)
        change = demo_data.luoshi_command("ledger manage changepassword 用户名")
        print(f"演示账号（密码只显示这一次，请记下；改密码：{change}）：", file=out)
        for account in seeded.accounts:
            print(f"  {_pad(account.role, 10)}{_pad(account.unit or '—', 14)}"
                  f"用户名 {account.username:<10} 密码 {account.password}", file=out)
        out.flush()


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound before any worker starts so that a port in use is one clear line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        listener = socket.create_server((host, port), family=family, backlog=2048)
    except OSError as e:
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}") from e
    listener.set_inheritable(True)
    return listener


def _create_server(listener: socket.socket) -> Server:
    from waitress import create_server

    from luoshi.server.wsgi import application

    return create_server(application, sockets=[listener], threads=WAITRESS_THREADS, ident="luoshi")


class _Workers:
    """gunicorn's arbiter with N threaded worker processes on the socket bound already (``--workers N``)."""

    def __init__(self, listener: socket.socket, workers: int) -> None:
        from django.db import connections

        connections.close_all()  # a connection opened for the migrations must not be shared by the forks
        self.listener = listener
        self.effective_port = listener.getsockname()[1]
        self.options = {
            "bind": [f"fd://{listener.fileno()}"], "workers": workers, "worker_class": "gthread",
            "threads": WORKER_THREADS, "timeout": WORKER_TIMEOUT, "graceful_timeout": 10, "keepalive": 5,
            "preload_app": True, "proc_name": "luoshi", "loglevel": "warning", "accesslog": None,
            "post_worker_init": _worker_started,
        }

    def run(self) -> None:
        from gunicorn.app.base import BaseApplication

        options = self.options

        class Application(BaseApplication):
            def load_config(self) -> None:
                for key, value in options.items():
                    self.cfg.set(key, value)

            def load(self) -> Any:
                from luoshi.server.wsgi import application

                return application

        Application().run()

    def close(self) -> None:
        with contextlib.suppress(OSError):  # the arbiter closed the descriptor itself on the way out
            self.listener.close()


def _worker_started(worker: Any) -> None:
    for started in PROCESS_STARTED:
        started()


def _require_tables() -> None:
    from django.db import connection

    if "ledger_historyrecord" not in connection.introspection.table_names():
        raise ServeError("the database has no ledger yet (start `luoshi serve` once, "
                         "or run `luoshi ledger manage migrate`)")


def require_public_url(host: str) -> None:
    """Beyond loopback, the public URL must be set: without it the server would not know its own name."""
    if _is_loopback(host) or os.environ.get("LUOSHI_PUBLIC_URL", "").strip():
        return
    raise UsageError(f"在 {host or '所有地址'} 上对外服务，须先给出公开地址（二维码和链接都指向它，也是"
                     "唯一接受的域名）：--public-url https://duban.example.gov.cn 或环境变量 LUOSHI_PUBLIC_URL")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _url(server: Server, host: str, port: int) -> str:
    port = getattr(server, "effective_port", None) or port
    shown = "127.0.0.1" if host in _WILDCARD_HOSTS else host
    shown = f"[{shown}]" if ":" in shown else shown
    return f"http://{shown}:{port}/"


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _pad(text: str, width: int) -> str:
    """Left-justify by display width (a Chinese character takes two columns), with one space at least."""
    return pad(text, max(width, display_width(text) + 1))


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
