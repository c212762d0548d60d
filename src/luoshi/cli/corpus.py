"""``luoshi batch`` and ``luoshi corpus OUT_DIR …``: a corpus into Parquet tables, and questions across it.

Both need the corpus extra (Dask, pyarrow, DuckDB); without it they say so in one line and exit with 1.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from luoshi.cli.common import output, positive, say, size
from luoshi.corpus import BATCH_MODULES, QUERY_MODULES, ExtraMissing, require_extra
from luoshi.corpus.batch import DEFAULT_CHUNK_SIZE, DEFAULT_PART_DOCS, FLUSH_SECONDS, cores
from luoshi.corpus.query import (
    CHART_SUFFIXES,
    LINEAGE_HEADINGS,
    TABLES,
    Answer,
    CorpusError,
    chart_format,
    check_region,
    connect,
    formulation_timeline,
    formulation_years,
    lineage_answer,
    run_sql,
    tally,
    target_lineage,
    to_csv,
    to_table,
)
from luoshi.files import write_atomic
from luoshi.ingest import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    import duckdb

    from luoshi.corpus.lineage import Line


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``batch`` and ``corpus`` on the ``luoshi`` command's subparsers."""
    _add_batch(commands)
    _add_corpus(commands)


# ---------------------------------------------------------------------------------------------- luoshi batch


def _add_batch(commands: argparse._SubParsersAction) -> None:
    batch = commands.add_parser(
        "batch",
        help="extract many documents into Parquet tables, on a Dask cluster",
        description="Extract every document into Parquet tables (documents, quantities, formulations, outline, "
        "tasks, errors) under OUT_DIR, keyed by the SHA-256 of the document's content. A rerun skips what "
        "is already there, so an interrupted batch is completed by running it again. A document that fails "
        "is a row of the errors table; the exit status is still 0 when the batch ran to its end.",
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="files, folders (searched recursively), globs, .zip/.tar.gz archives, and "
                       ".jsonl/.csv/.parquet files with one document per row")
    batch.add_argument("-o", "--output", required=True, metavar="OUT_DIR", help="the output folder (created)")
    engine = batch.add_mutually_exclusive_group()
    engine.add_argument("--workers", type=positive, metavar="N",
                        help=f"run N local worker processes (default: one per core, here {cores()})")
    engine.add_argument("--scheduler", metavar="ADDR",
                        help="run on an existing Dask cluster, e.g. tcp://HOST:8786")
    batch.add_argument("--text-column", metavar="C",
                       help="the column holding a row's text (default: the first of text, content, full_text, 正文)")
    batch.add_argument("--id-column", metavar="C",
                       help="the column naming a row in its source, FILE#ID (default: the row's number)")
    batch.add_argument("--chunk-size", type=positive, default=DEFAULT_CHUNK_SIZE, metavar="N",
                       help=f"documents sent to a worker at a time (default {DEFAULT_CHUNK_SIZE})")
    batch.add_argument("--part-docs", type=positive, default=DEFAULT_PART_DOCS, metavar="N",
                       help=f"documents per Parquet part written (default {DEFAULT_PART_DOCS}; "
                       f"and at least every {FLUSH_SECONDS:.0f} s)")
    batch.add_argument("--max-size", type=size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                       help="refuse documents larger than SIZE (bytes, or with K/M/G; default 50M)")
    batch.set_defaults(run=_batch)


def _batch(args: argparse.Namespace) -> int:
    if _without_extra(BATCH_MODULES):
        return 1
    from luoshi.corpus.batch import BatchError, run_batch
    from luoshi.corpus.inputs import missing_paths
    from luoshi.corpus.store import StoreError

    missing = missing_paths(args.inputs)
    for path in missing:
        say(path, "no such file or folder")
    if missing:
        return 1
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops the batch as cleanly as Ctrl-C
    try:
        summary = run_batch(args.inputs, args.output, workers=args.workers, scheduler=args.scheduler,
                            text_column=args.text_column, id_column=args.id_column, chunk_size=args.chunk_size,
                            part_docs=args.part_docs, max_bytes=args.max_size)
    except StoreError as e:
        say(args.output, str(e))
        return 1
    except BatchError as e:
        say("batch", str(e))
        return 1
    except KeyboardInterrupt:  # while the cluster was closing: what was finished is written
        say("batch", f"interrupted; run the same command again to complete {args.output}")
        return 130
    if summary.interrupted:
        say("batch", f"interrupted; {summary.processed} documents written to {args.output} this run; "
            "run the same command again to complete it")
        return 130
    say("batch", summary.line())
    if summary.errors:
        say("batch", f"{summary.errors} documents failed; their reasons are in {os.path.join(args.output, 'errors')}")
    return 0


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _without_extra(modules: tuple[str, ...]) -> bool:
    """Whether the corpus extra is missing (said in one line)."""
    try:
        require_extra(modules)
    except ExtraMissing as e:
        print(f"luoshi: {e}", file=sys.stderr, flush=True)
        return True
    return False


# ---------------------------------------------------------------------------------------------- luoshi corpus


def _add_corpus(commands: argparse._SubParsersAction) -> None:
    corpus = commands.add_parser(
        "corpus", help="questions across documents and years, over `luoshi batch` tables",
        description="Ask questions of the tables `luoshi batch` wrote to OUT_DIR: target lineage (each target "
        "with the later fact about it and its verdict), the formulation timeline, or any read-only SQL.",
    )
    corpus.add_argument("out_dir", metavar="OUT_DIR", help="the folder `luoshi batch … -o OUT_DIR` wrote")
    questions = corpus.add_subparsers(title="questions", required=True, metavar="QUESTION")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--format", choices=["table", "csv"], default="table",
                        help="table (aligned, for a terminal; the default) or csv (every column)")
    common.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    region = argparse.ArgumentParser(add_help=False)
    region.add_argument("--region", metavar="R", help="only documents of this region (as extracted, e.g. 海拉尔区)")
    chart = argparse.ArgumentParser(add_help=False)
    chart.add_argument("--chart", metavar="FILE.png", type=_chart_path, help="also draw the answer (.png or .svg)")

    ask = questions.add_parser(
        "lineage", parents=[region, common, chart], help="each target, the later fact about it, and its verdict",
        description="Each numeric target of a region with the fact a later document reports about its year, the "
        "verdict by its comparator, and flags: met, missed, unclear, dropped (no later report said), pending "
        "(none could yet); restated lower/higher (weakened by a later document), restated.",
    )
    ask.add_argument("--metric", metavar="M", help="only metrics whose key contains M's (e.g. 地区生产总值增长)")
    ask.add_argument("--reported", action="store_true",
                     help="only targets with a later fact (met, missed or unclear)")
    ask.set_defaults(run=_asking(_lineage))

    ask = questions.add_parser(
        "formulations", parents=[region, common, chart], help="when each formulation was first and last seen",
        description="Each formulation (三个高地, 八项规定) with its first and last sighting and how many documents "
        "of each year and region use it.",
    )
    ask.add_argument("--min-documents", type=int, default=1, metavar="N",
                     help="only formulations found in at least N documents (default 1)")
    ask.set_defaults(run=_asking(_formulations))

    ask = questions.add_parser(
        "sql", parents=[common], help="run a read-only SQL query over the tables",
        description=f"Run one read-only DuckDB query over the views {', '.join(TABLES)} (those present), e.g. "
        "\"SELECT region, year, count(*) FROM documents GROUP BY ALL\". metric_key(metric) groups metrics as "
        "lineage does.",
    )
    ask.add_argument("query", metavar="QUERY", help="one SELECT (or WITH…, DESCRIBE, SUMMARIZE, EXPLAIN) statement")
    ask.set_defaults(run=_asking(_sql))


def _chart_path(text: str) -> str:
    if not text.lower().endswith(CHART_SUFFIXES):
        raise argparse.ArgumentTypeError(f"a chart is a .png or .svg file, not {text!r}")
    return text


Question = Callable[[argparse.Namespace, "duckdb.DuckDBPyConnection"], str]


def _asking(question: Question) -> Callable[[argparse.Namespace], int]:
    """The command that opens the tables, asks ``question``, and prints its answer; a failure is one line."""

    def run(args: argparse.Namespace) -> int:
        if _without_extra(QUERY_MODULES):
            return 1
        try:
            con = connect(args.out_dir)
            try:
                text = question(args, con)
            finally:
                con.close()
            if args.output is not None:
                _check_folder(args.output)
            with output(args.output, newline="") as out:
                out.write(text)
            return 0
        except CorpusError as e:
            print(f"luoshi: {e}", file=sys.stderr, flush=True)
            return e.status
        except OSError as e:
            say(e.filename or args.out_dir, e.strerror or str(e))
            return 1

    return run


def _lineage(args: argparse.Namespace, con: duckdb.DuckDBPyConnection) -> str:
    check_region(con, args.region)
    lines, facts = target_lineage(con, args.region, args.metric)
    if args.chart:
        from luoshi.corpus.chart import lineage_chart

        _write_chart(args.chart, lambda fmt: lineage_chart(lines, facts, args.region, fmt=fmt))
    if args.reported:
        lines = [line for line in lines if line.fact is not None]
    return _table(args, lineage_answer(lines), LINEAGE_HEADINGS, lines)


def _formulations(args: argparse.Namespace, con: duckdb.DuckDBPyConnection) -> str:
    check_region(con, args.region)
    table = formulation_timeline(con, args.region, args.min_documents)
    if args.chart:
        from luoshi.corpus.chart import formulation_chart

        wanted = {row[0] for row in table.rows}
        years = {text: n for text, n in formulation_years(con, args.region).items() if text in wanted}
        _write_chart(args.chart, lambda fmt: formulation_chart(years, args.region, fmt=fmt))
    return _table(args, table)


def _sql(args: argparse.Namespace, con: duckdb.DuckDBPyConnection) -> str:
    return _table(args, run_sql(con, args.query))


def _table(args: argparse.Namespace, answer: Answer, headings: dict[str, str] | None = None,
           lines: Sequence[Line] | None = None) -> str:
    """The answer as --format asks: CSV of every column, or a terminal table (with the lineage's tally)."""
    if args.format == "csv":
        return to_csv(answer)
    return to_table(answer, headings) + (tally(lines) if lines is not None else "")


def _write_chart(path: str, draw: Callable[[str], bytes]) -> None:
    _check_folder(path)
    write_atomic(path, draw(chart_format(path)))


def _check_folder(path: str) -> None:
    """A file is written beside its place, then moved there: its folder must exist."""
    if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        raise CorpusError(path, "its folder does not exist")
