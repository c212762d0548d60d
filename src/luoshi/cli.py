"""The ``luoshi`` command line.

    luoshi extract PATH... [--jsonl | --json] [-o FILE] [--max-size SIZE]
    luoshi export SPEECH... [-o OUT.xlsx|OUT.docx|FOLDER] [--format xlsx|docx]
    luoshi serve [--host H] [--port P] [--database-url URL] [--data-dir DIR] [--no-demo]
    luoshi ledger verify | lights [--date D] | manage ARGS...
    luoshi batch INPUT... -o OUT_DIR [--workers N | --scheduler ADDR] [--text-column C] [--id-column C]
    luoshi corpus OUT_DIR {lineage,formulations,sql} ...

Each input that cannot be read gives one line on stderr, ``luoshi: PATH: reason``; the other
inputs are still processed and printed, and the exit status is 1 when any input failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from luoshi import __version__
from luoshi.corpus import batch as corpus_batch
from luoshi.corpus import query as corpus_query
from luoshi.document import Document
from luoshi.errors import InputError
from luoshi.ingest import DEFAULT_MAX_BYTES, read_stdin
from luoshi.pipeline import document_from_raw, read_document
from luoshi.render import summary, target_table
from luoshi.server import serve

# Files a folder is searched for; a file named on the command line is read whatever its name.
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".docx", ".doc", ".rtf", ".pdf"})


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `luoshi extract … | head`: the reader has gone, which is no error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="luoshi", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"luoshi {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

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
    extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    extract.add_argument(
        "--max-size", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
        help="refuse inputs larger than SIZE (bytes, or with K/M/G; default 50M)",
    )
    extract.set_defaults(run=_extract, format="summary")

    export = commands.add_parser(
        "export",
        help="write the proposed 任务分解表 of speeches as .xlsx or .docx (no database)",
        description="Write the proposed 任务分解表 (task breakdown table) of each speech or report as an Excel "
        "or Word file, straight from the document: one file per input, named after it, in the current folder.",
    )
    export.add_argument("paths", nargs="+", metavar="SPEECH", help="files, folders (searched recursively) or -")
    export.add_argument("-o", "--output", metavar="OUT",
                        help="the file to write (one input only), or an existing folder to write into")
    export.add_argument("--format", choices=["xlsx", "docx"],
                        help="xlsx (default) or docx; taken from OUT's suffix when not given")
    export.add_argument("--max-size", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                        help="refuse inputs larger than SIZE (default 50M)")
    export.set_defaults(run=_export, parser=export)
    serve.add_commands(commands)
    corpus_batch.add_commands(commands)
    corpus_query.add_commands(commands)
    return parser


def _size(text: str) -> int:
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", text, re.IGNORECASE)
    if not found:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50M, 500K, 1048576)")
    number, unit = found.groups()
    return int(float(number) * 1024 ** "_kmg".index(unit.lower() or "_"))


def _extract(args: argparse.Namespace) -> int:
    failed = 0
    with _output(args.output) as out:
        for source, document in _documents(args.paths, args.max_size):
            if isinstance(document, InputError):
                failed += 1
                print(f"luoshi: {source}: {document.reason}", file=sys.stderr, flush=True)
                continue
            out.write(_render(document, args.format))
            out.flush()
    return 1 if failed else 0


def _documents(paths: list[str], max_bytes: int) -> Iterator[tuple[str, Document | InputError]]:
    for path in paths:
        if path == "-":
            yield path, _guarded(lambda: document_from_raw(read_stdin(max_bytes), "-"))
        elif os.path.isdir(path):
            found = sorted(_walk(path))
            if not found:
                looked_for = ", ".join(sorted(DOCUMENT_SUFFIXES))
                yield path, InputError(f"no documents in this folder (looked for {looked_for})")
            for file in found:
                yield file, _guarded(lambda file=file: read_document(file, max_bytes))
        else:
            yield path, _guarded(lambda path=path: read_document(path, max_bytes))


def _guarded(make) -> Document | InputError:
    try:
        return make()
    except InputError as e:
        return e
    except (MemoryError, RecursionError) as e:
        return InputError(f"too large or too deeply nested to read ({type(e).__name__})")
    except Exception as e:
        return InputError(f"internal error, please report: {type(e).__name__}: {e}")


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in DOCUMENT_SUFFIXES:
                yield os.path.join(root, name)


def _render(document: Document, fmt: str) -> str:
    if fmt == "jsonl":
        return json.dumps(document.to_dict(), ensure_ascii=False) + "\n"
    if fmt == "json":
        return json.dumps(document.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        return target_table(document)
    return summary(document)


def _export(args: argparse.Namespace) -> int:
    from luoshi.report.breakdown import breakdown_from_document
    from luoshi.report.docx_table import docx_bytes
    from luoshi.report.xlsx import xlsx_bytes

    folder = args.output if args.output and os.path.isdir(args.output) else None
    named = args.output if args.output and folder is None else None
    suffix = os.path.splitext(named)[1].lower().lstrip(".") if named else ""
    fmt = args.format or (suffix if suffix in ("xlsx", "docx") else "xlsx")
    if named and suffix != fmt:
        args.parser.error(f"-o {named} should end in .{fmt}")
    if named and (len(args.paths) > 1 or os.path.isdir(args.paths[0])):
        args.parser.error("-o names one file, so give one input (or make -o a folder)")
    render = xlsx_bytes if fmt == "xlsx" else docx_bytes
    failed = 0
    used: set[str] = set()
    for source, document in _documents(args.paths, args.max_size):
        if isinstance(document, InputError):
            failed += 1
            print(f"luoshi: {source}: {document.reason}", file=sys.stderr, flush=True)
            continue
        out = named or _export_name(source, fmt, folder or "", used)
        breakdown = breakdown_from_document(document)
        try:
            _write_atomically(out, render(breakdown))
        except OSError as e:
            failed += 1
            print(f"luoshi: {out}: cannot write: {e.strerror or e}", file=sys.stderr, flush=True)
            continue
        count = len(breakdown.tasks)
        print(f"{out}: {count} row{'' if count == 1 else 's'}", flush=True)
    return 1 if failed else 0


def _export_name(source: str, fmt: str, folder: str, used: set[str]) -> str:
    """report.txt → report.xlsx; never the input itself, nor a file this run has already written."""
    stem = "任务分解表" if source == "-" else os.path.splitext(os.path.basename(source))[0]
    more = (f"{stem}-任务分解表-{n}.{fmt}" for n in range(2, 1000))
    candidates = (f"{stem}.{fmt}", f"{stem}-任务分解表.{fmt}", *more)
    for name in candidates:
        path = os.path.join(folder, name)
        taken = os.path.abspath(path) in used
        if not taken and not (source != "-" and os.path.exists(path) and os.path.samefile(path, source)):
            used.add(os.path.abspath(path))
            return path
    raise AssertionError("unreachable")


def _write_atomically(path: str, data: bytes) -> None:
    """The file in full or not at all: written beside its place, then moved there."""
    fd, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".luoshi-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or a file written in full or not at all."""
    if path is None:
        yield sys.stdout
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".luoshi-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            yield out
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


if __name__ == "__main__":
    sys.exit(main())
