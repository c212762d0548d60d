"""``luoshi extract``: read documents and print what was extracted (JSON, a summary, or the targets as a table)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from luoshi.cli.common import output, read_documents, say, size
from luoshi.document import Document
from luoshi.errors import InputError
from luoshi.files import make_parent
from luoshi.ingest import DEFAULT_MAX_BYTES
from luoshi.render import quantity_decisions, summary, target_table

# How each --format prints a document: a rendering added here needs only its entry and its flag below.
RENDERINGS: dict[str, Callable[[Document], str]] = {
    "summary": summary,
    "table": target_table,
    "explain": quantity_decisions,
    "json": lambda document: json.dumps(document.to_dict(), ensure_ascii=False, indent=2) + "\n",
    "jsonl": lambda document: json.dumps(document.to_dict(), ensure_ascii=False) + "\n",
}


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``extract`` on the ``luoshi`` command's subparsers."""
    extract = commands.add_parser(
        "extract",
        help="read documents and print their clean text and what was extracted",
        description="Read documents (text in any Chinese encoding, HTML, .docx, .doc, .rtf, .pdf) and print "
        "one luoshi/document@1 JSON object each, or a short summary.",
    )
    extract.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders (searched recursively) or - for stdin"
    )
    fmt = extract.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", dest="format", action="store_const", const="jsonl", help="one JSON document per line")
    fmt.add_argument("--json", dest="format", action="store_const", const="json", help="indented JSON documents")
    fmt.add_argument(
        "--format", dest="format", choices=["summary", "table", "json", "jsonl"],
        help="summary (default), table (the targets, for a terminal), json or jsonl",
    )
    fmt.add_argument(
        "--explain", dest="format", action="store_const", const="explain",
        help="every number the quantity stage looked at, and the named rule that dropped it (or kept)",
    )
    extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    extract.add_argument(
        "--max-size", type=size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
        help="refuse inputs larger than SIZE (bytes, or with K/M/G; default 50M)",
    )
    extract.set_defaults(run=run, format="summary")


def run(args: argparse.Namespace) -> int:
    render = RENDERINGS[args.format]
    failed = 0
    try:
        if args.output:
            make_parent(args.output)  # -o results/2024/all.jsonl: the folders are made
        with output(args.output) as out:
            for source, document in read_documents(args.paths, args.max_size):
                if isinstance(document, InputError):
                    failed += 1
                    say(source, document.reason)
                    continue
                out.write(render(document))
                out.flush()
    except OSError as e:  # a file where a folder should be, no permission: one line, not a traceback
        say(args.output or "-", f"cannot write: {e.strerror or e}")
        return 1
    return 1 if failed else 0
