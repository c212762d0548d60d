"""Run the 督办 ledger and look after its database: what ``luoshi serve`` and ``luoshi ledger …`` do.

The environment is set before Django reads its settings (they are read once, at ``django.setup()``), so
a ``database_url`` and ``data_dir`` given here mean exactly what ``DATABASE_URL`` and ``LUOSHI_DATA_DIR``
mean. Every function raises :class:`ServeError` for what the user can fix; the command line
(:mod:`luoshi.cli.serve`) prints it as one line.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any, Protocol, TextIO

from luoshi.render import display_width, pad

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
_WILDCARD_HOSTS = {"0.0.0.0", "::", ""}


class ServeError(Exception):
    """Something the user can fix (a bad database URL, a port in use); printed as one line."""


class Server(Protocol):
    """The WSGI server (waitress's) as this module uses it."""

    def run(self) -> None: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------------- the commands


def open_server(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, database_url: str | None = None,
                data_dir: str | None = None, demo: bool = True, out: TextIO = sys.stdout) -> Server:
    """Set up the database (the demo on an empty one, unless ``demo`` is false) and listen on ``host:port``."""
    configure(database_url, data_dir, host=host)
    prepare(demo=demo, out=out)
    return _create_server(host, port)


def run_server(server: Server, host: str, port: int, out: TextIO = sys.stdout) -> None:
    """Say where the ledger is and serve until Ctrl-C or SIGTERM."""
    print(f"luoshi 督办台账：{_url(server, host, port)}  （Ctrl-C 停止）", file=out, flush=True)
    # A service manager stops us with SIGTERM; leave as cleanly as from Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    print("luoshi: 已停止", file=out, flush=True)


def ledger_command(name: str, database_url: str | None = None, data_dir: str | None = None, **options: Any) -> None:
    """Run one of the ledger's management commands (``ledger_verify``, ``ledger_lights``) on its database.

    Its own failure (CommandError) is raised as a ServeError too.
    """
    from django.core.management.base import CommandError

    try:
        configure(database_url, data_dir)
        _require_tables()
        from django.core.management import call_command

        call_command(name, **options)
    except CommandError as e:
        raise ServeError(str(e)) from e


def manage(argv: list[str], database_url: str | None = None, data_dir: str | None = None) -> None:
    """Django's ``manage.py ARGV…`` on the ledger's database (it exits the process itself on a failed command)."""
    configure(database_url, data_dir)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["luoshi ledger manage", *argv])


# ---------------------------------------------------------------------------------------------- the steps


def configure(database_url: str | None = None, data_dir: str | None = None, *, host: str | None = None) -> None:
    """Point Django at the database and data folder, then set it up (once per process)."""
    if data_dir:
        os.environ["LUOSHI_DATA_DIR"] = str(Path(data_dir).resolve())
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    if host is not None:
        os.environ["LUOSHI_ALLOWED_HOSTS"] = ",".join(_allowed_hosts(host))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luoshi.server.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured
    from django.db import DatabaseError

    try:
        django.setup()  # reads the settings, which make the data folder and its secret key
        from django.db import connection

        connection.ensure_connection()
    except ImproperlyConfigured as e:  # e.g. PostgreSQL without psycopg installed
        raise ServeError(f"cannot use the database: {_one_line(e)}") from e
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
        print(f"新建的空台账（{where}）。先创建管理员：luoshi ledger manage createsuperuser", file=out, flush=True)
    else:
        print(f"演示台账已建立（{where}）：{seeded.units} 个单位，{seeded.sources} 份文件，"
              f"{seeded.items} 项督办事项。", file=out)
        print("演示账号（密码只显示这一次，请记下；改密码：luoshi ledger manage changepassword 用户名）：", file=out)
        for account in seeded.accounts:
            print(f"  {_pad(account.role, 10)}{_pad(account.unit or '—', 14)}"
                  f"用户名 {account.username:<10} 密码 {account.password}", file=out)
        out.flush()


def _create_server(host: str, port: int) -> Server:
    from waitress import create_server

    from luoshi.server.wsgi import application

    try:
        return create_server(application, host=host, port=port, threads=8, ident="luoshi")
    except OSError as e:
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}") from e


def _require_tables() -> None:
    from django.db import connection

    if "ledger_historyrecord" not in connection.introspection.table_names():
        raise ServeError("the database has no ledger yet (start `luoshi serve` once, "
                         "or run `luoshi ledger manage migrate`)")


def _allowed_hosts(host: str) -> list[str]:
    hosts = [h for h in os.environ.get("LUOSHI_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",") if h]
    if host in _WILDCARD_HOSTS:
        # Reached by whatever name or address points here; set LUOSHI_ALLOWED_HOSTS to be strict.
        return ["*"] if "LUOSHI_ALLOWED_HOSTS" not in os.environ else hosts
    name = f"[{host}]" if ":" in host else host
    return hosts if name in hosts else [*hosts, name]


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
