"""``luoshi serve`` and ``luoshi ledger …``: run the 督办 ledger and look after its database."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from luoshi.cli.common import positive, say
from luoshi.server.serve import DEFAULT_HOST, DEFAULT_PORT


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``serve`` and ``ledger`` on the ``luoshi`` command's subparsers."""
    database = argparse.ArgumentParser(add_help=False)
    # Refused, not hidden away: a URL on the command line shows its password to every local account in `ps`.
    database.add_argument("--database-url", metavar="URL", help=argparse.SUPPRESS)
    database.add_argument("--data-dir", metavar="DIR",
                          help="database, attachments and secret key (default: $LUOSHI_DATA_DIR or ./luoshi-data); "
                          "PostgreSQL: set DATABASE_URL=postgres://user:pass@host:5432/name in the environment")

    serve = commands.add_parser(
        "serve", parents=[database],
        help="run the 督办 ledger web app",
        description="Run the 督办 ledger web app. On an empty database it first builds a demo ledger from the "
        "shipped sample speeches, with one user per role whose passwords are printed once.",
    )
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: any free)")
    serve.add_argument("--public-url", metavar="URL",
                       help="the address people use, e.g. https://duban.example.gov.cn (default: $LUOSHI_PUBLIC_URL): "
                       "QR codes and links point at it and it is the host name served; required beyond loopback")
    serve.add_argument("--workers", type=positive, default=1, metavar="N",
                       help="worker processes (default 1: one threaded process, for trying it out; N ≥ 2: gunicorn "
                       "with N processes, the deployment path, e.g. 2 × CPU cores)")
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
    remind = actions.add_parser("remind", parents=[database], help="queue and send notifications (e-mail, robots)",
                                description="Queue the due reminders (临近到期, 逾期, feedback and report "
                                "deadlines; LUOSHI_REMIND_DAYS) and send the notification outbox once, retrying "
                                "failures. Safe to run often, e.g. every 10 minutes from cron.")
    remind.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="compute reminders as if today were this day")
    remind.set_defaults(run=_remind)
    manage = actions.add_parser("manage", parents=[database], help="Django's manage.py (createsuperuser, migrate…)",
                                description="Run a Django management command on the ledger's database, e.g. "
                                "`luoshi ledger manage createsuperuser` or `luoshi ledger manage changepassword NAME`.")
    manage.add_argument("args", nargs=argparse.REMAINDER, metavar="ARGS", help="the command and its arguments")
    manage.set_defaults(run=_manage)


def _serve(args: argparse.Namespace) -> int:
    from luoshi.server.serve import ServeError, UsageError, open_server, run_server

    if args.database_url is not None:
        return _refuse_database_url("serve")
    try:
        server = open_server(args.host, args.port, data_dir=args.data_dir, public_url=args.public_url,
                             workers=args.workers, demo=args.demo, out=sys.stdout)
    except UsageError as e:
        say("serve", str(e))
        return 2
    except ServeError as e:
        say("serve", str(e))
        return 1
    return run_server(server, args.host, args.port, out=sys.stdout)


def _refuse_database_url(where: str) -> int:
    say(where, "不再接受 --database-url（命令行里的密码其他本机用户用 ps 就能看到）：请改用环境变量，"
        "如 DATABASE_URL=postgres://用户:密码@主机:5432/库名，写在只有服务账号可读的环境文件里")
    return 2


def _verify(args: argparse.Namespace) -> int:
    return _ledger(args, "ledger_verify")


def _lights(args: argparse.Namespace) -> int:
    return _ledger(args, "ledger_lights", date=args.date)


def _remind(args: argparse.Namespace) -> int:
    return _ledger(args, "ledger_remind", date=args.date)


def _ledger(args: argparse.Namespace, name: str, **options: object) -> int:
    from luoshi.server.serve import ServeError, ledger_command

    if args.database_url is not None:
        return _refuse_database_url("ledger")
    try:
        ledger_command(name, args.data_dir, **options)
    except ServeError as e:
        say("ledger", str(e))
        return 1
    return 0


def _manage(args: argparse.Namespace) -> int:
    from luoshi.server.serve import ServeError, manage

    if args.database_url is not None:
        return _refuse_database_url("ledger")
    try:
        manage(args.args, args.data_dir)  # exits itself on a failed command
    except ServeError as e:
        say("ledger", str(e))
        return 1
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD)") from None
