"""`luoshi serve` and `luoshi ledger …`: run the 督办 ledger and look after its database.

The environment is set before Django reads its settings (they are read once, at ``django.setup()``), so
``--database-url`` and ``--data-dir`` mean exactly what ``DATABASE_URL`` and ``LUOSHI_DATA_DIR`` mean.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import sys
from pathlib import Path
from typing import TextIO

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
_WILDCARD_HOSTS = {"0.0.0.0", "::", ""}


class ServeError(Exception):
    """Something the user can fix (a bad database URL, a port in use); printed as one line."""


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``serve`` and ``ledger`` on the ``luoshi`` command's subparsers."""
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument("--database-url", metavar="URL",
                          help="postgres://user:pass@host:5432/name or sqlite:///path (default: $DATABASE_URL, "
                          "else SQLite in the data folder)")
    database.add_argument("--data-dir", metavar="DIR",
                          help="database, attachments and secret key (default: $LUOSHI_DATA_DIR or ./luoshi-data)")

    serve = commands.add_parser(
        "serve", parents=[database],
        help="run the 督办 ledger web app",
        description="Run the 督办 ledger web app. On an empty database it first builds a demo ledger from the "
        "shipped sample speeches, with one user per role whose passwords are printed once.",
    )
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: any free)")
    serve.add_argument("--no-demo", dest="demo", action="store_false",
                       help="start with an empty ledger instead of the demo")
    serve.set_defaults(run=_serve)

    ledger = commands.add_parser("ledger", help="check and maintain the ledger's database",
                                 description="Check and maintain the 督办 ledger's database.")
    actions = ledger.add_subparsers(title="commands", required=True, metavar="COMMAND")
    verify = actions.add_parser("verify", parents=[database], help="check the history chain (全程留痕)",
                                description="Walk the history chain and report the first broken record.")
    verify.set_defaults(run=_verify)
    lights = actions.add_parser("lights", parents=[database], help="recompute the lights and send reminders",
                                description="Recompute every open item's light (预警) and send an automatic "
                                "reminder (催办) for each that got worse. Run it daily, e.g. from cron.")
    lights.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="compute as if today were this day")
    lights.set_defaults(run=_lights)
    manage = actions.add_parser("manage", parents=[database], help="Django's manage.py (createsuperuser, migrate…)",
                                description="Run a Django management command on the ledger's database, e.g. "
                                "`luoshi ledger manage createsuperuser` or `luoshi ledger manage changepassword NAME`.")
    manage.add_argument("args", nargs=argparse.REMAINDER, metavar="ARGS", help="the command and its arguments")
    manage.set_defaults(run=_manage)


# ---------------------------------------------------------------------------------------------- commands


def _serve(args: argparse.Namespace) -> int:
    out = sys.stdout
    try:
        configure(args.database_url, args.data_dir, host=args.host)
        prepare(demo=args.demo, out=out)
        server = _create_server(args.host, args.port)
    except ServeError as e:
        print(f"luoshi: serve: {e}", file=sys.stderr, flush=True)
        return 1
    print(f"luoshi 督办台账：{_url(server, args.host, args.port)}  （Ctrl-C 停止）", file=out, flush=True)
    # A service manager stops us with SIGTERM; leave as cleanly as from Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    print("luoshi: 已停止", file=out, flush=True)
    return 0


def _verify(args: argparse.Namespace) -> int:
    return _command(args, "ledger_verify")


def _lights(args: argparse.Namespace) -> int:
    return _command(args, "ledger_lights", date=args.date)


def _manage(args: argparse.Namespace) -> int:
    try:
        configure(args.database_url, args.data_dir)
    except ServeError as e:
        print(f"luoshi: ledger: {e}", file=sys.stderr, flush=True)
        return 1
    from django.core.management import execute_from_command_line

    execute_from_command_line(["luoshi ledger manage", *args.args])  # exits itself on a failed command
    return 0


def _command(args: argparse.Namespace, name: str, **options) -> int:
    from django.core.management.base import CommandError

    try:
        configure(args.database_url, args.data_dir)
        _require_tables()
        from django.core.management import call_command

        call_command(name, **options)
    except (ServeError, CommandError) as e:
        print(f"luoshi: ledger: {e}", file=sys.stderr, flush=True)
        return 1
    return 0


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


def _create_server(host: str, port: int):
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


def _url(server, host: str, port: int) -> str:
    port = getattr(server, "effective_port", None) or port
    shown = "127.0.0.1" if host in _WILDCARD_HOSTS else host
    shown = f"[{shown}]" if ":" in shown else shown
    return f"http://{shown}:{port}/"


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD)") from None


def _pad(text: str, width: int) -> str:
    """Left-justify by display width: a Chinese character takes two columns."""
    used = sum(2 if ord(c) > 0x2E80 else 1 for c in text)
    return text + " " * max(1, width - used)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
