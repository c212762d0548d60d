"""``luoshi export``: the proposed 任务分解表 of speeches as .xlsx or .docx files, without a database."""

from __future__ import annotations

import argparse
import os

from luoshi.cli.common import read_documents, say, size
from luoshi.errors import InputError
from luoshi.files import make_parent, write_atomic
from luoshi.ingest import DEFAULT_MAX_BYTES


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``export`` on the ``luoshi`` command's subparsers."""
    export = commands.add_parser(
        "export",
        help="write the proposed 任务分解表 of speeches as .xlsx or .docx (no database)",
        description="Write the proposed 任务分解表 (task breakdown table) of each speech or report as an Excel "
        "or Word file, straight from the document: one file per input, named after it, in the current folder.",
    )
    export.add_argument("paths", nargs="+", metavar="SPEECH", help="files, folders (searched recursively) or -")
    export.add_argument("-o", "--output", metavar="OUT",
                        help="the file to write (one input only), or a folder to write into (made when missing; "
                             "end it with / when it does not exist yet and there is one input)")
    export.add_argument("--format", choices=["xlsx", "docx"],
                        help="xlsx (default) or docx; taken from OUT's suffix when not given")
    export.add_argument("--max-size", type=size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                        help="refuse inputs larger than SIZE (default 50M)")
    export.set_defaults(run=run, parser=export)


def run(args: argparse.Namespace) -> int:
    from luoshi.report.breakdown import breakdown_from_document
    from luoshi.report.docx_table import docx_bytes
    from luoshi.report.xlsx import xlsx_bytes

    folder = args.output if args.output and _names_folder(args) else None
    named = args.output if args.output and folder is None else None
    fmt = _format(args, named)
    render = xlsx_bytes if fmt == "xlsx" else docx_bytes
    failed = 0
    used: set[str] = set()
    for source, document in read_documents(args.paths, args.max_size):
        if isinstance(document, InputError):
            failed += 1
            say(source, document.reason)
            continue
        out = named or export_name(source, fmt, folder or "", used)
        breakdown = breakdown_from_document(document)
        try:
            make_parent(out)  # -o newdir/ or -o reports/2024/t.xlsx: the folders are made
            write_atomic(out, render(breakdown))
        except OSError as e:
            failed += 1
            say(out, f"cannot write: {e.strerror or e}")
            continue
        count = len(breakdown.tasks)
        print(f"{out}: {count} row{'' if count == 1 else 's'}", flush=True)
    return 1 if failed else 0


def _names_folder(args: argparse.Namespace) -> bool:
    """-o is a folder: one that exists, one written with a trailing /, or (for several inputs or a folder of
    them) a name without the .xlsx/.docx suffix."""
    out: str = args.output
    if os.path.isdir(out) or out.endswith(("/", os.sep)):
        return True
    several = len(args.paths) > 1 or os.path.isdir(args.paths[0])
    return several and os.path.splitext(out)[1].lower() not in (".xlsx", ".docx")


def _format(args: argparse.Namespace, named: str | None) -> str:
    """xlsx or docx, from --format, else -o's suffix; a usage error when they disagree or -o cannot be one file."""
    suffix = os.path.splitext(named)[1].lower().lstrip(".") if named else ""
    fmt: str = args.format or (suffix if suffix in ("xlsx", "docx") else "xlsx")
    if named and suffix != fmt:
        args.parser.error(f"-o {named} should end in .{fmt} (or in / for a folder)")
    if named and (len(args.paths) > 1 or os.path.isdir(args.paths[0])):
        args.parser.error("-o names one file, so give one input (or make -o a folder)")
    return fmt


def export_name(source: str, fmt: str, folder: str, used: set[str]) -> str:
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
