"""The ``luoshi`` command line.

    luoshi extract PATH... [--jsonl | --json] [-o FILE] [--max-size SIZE]
    luoshi export SPEECH... [-o OUT.xlsx|OUT.docx|FOLDER] [--format xlsx|docx]
    luoshi serve [--host H] [--port P] [--public-url URL] [--workers N] [--data-dir DIR] [--no-demo]
    luoshi ledger verify | lights [--date D] | manage ARGS...
    luoshi batch INPUT... -o OUT_DIR [--workers N | --scheduler ADDR] [--text-column C] [--id-column C]
    luoshi corpus OUT_DIR {lineage,formulations,sql} ...

Each input that cannot be read gives one line on stderr, ``luoshi: PATH: reason``; the other
inputs are still processed and printed, and the exit status is 1 when any input failed.

This package is argparse and printing only, a module per group of commands, each calling the library
(:mod:`luoshi.pipeline`, :mod:`luoshi.report`, :mod:`luoshi.server.serve`, :mod:`luoshi.corpus`); nothing
in the library imports it. A command's module registers its parsers with ``add_commands(commands)`` and
gives each a ``run`` function taking the parsed arguments and returning the exit status.
"""

from __future__ import annotations

import argparse
import os
import sys

from luoshi import __version__
from luoshi.cli import corpus, export, extract, serve


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `luoshi extract … | head`: the reader has gone, which is no error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    summary = (__doc__ or "").split("\n\n")[0].replace("``", "")  # plain text in a terminal, not reST quotes
    parser = argparse.ArgumentParser(prog="luoshi", description=summary)
    parser.add_argument("--version", action="version", version=f"luoshi {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    for group in (extract, export, serve, corpus):  # the order of `luoshi --help`
        group.add_commands(commands)
    return parser
