"""``luoshi serve`` and ``luoshi ledger …``: run the 督办 ledger and look after its database."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from luoshi.cli.common import say
from luoshi.server.serve import DEFAULT_HOST, DEFAULT_PORT


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


def _serve(args: argparse.Namespace) -> int:
    from luoshi.server.serve import ServeError, open_server, run_server

    try:
        server = open_server(args.host, args.port, database_url=args.database_url, data_dir=args.data_dir,
                             demo=args.demo, out=sys.stdout)
    except ServeError as e:
        say("serve", str(e))
        return 1
    run_server(server, args.host, args.port, out=sys.stdout)
    return 0


def _verify(args: argparse.Namespace) -> int:
    return _ledger(args, "ledger_verify")


def _lights(args: argparse.Namespace) -> int:
    return _ledger(args, "ledger_lights", date=args.date)


def _ledger(args: argparse.Namespace, name: str, **options: object) -> int:
    from luoshi.server.serve import ServeError, ledger_command

    try:
        ledger_command(name, args.database_url, args.data_dir, **options)
    except ServeError as e:
        say("ledger", str(e))
        return 1
    return 0


def _manage(args: argparse.Namespace) -> int:
    from luoshi.server.serve import ServeError, manage

    try:
        manage(args.args, args.database_url, args.data_dir)  # exits itself on a failed command
    except ServeError as e:
        say("ledger", str(e))
        return 1
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD)") from None
