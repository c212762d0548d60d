"""`luoshi batch`: extract a corpus into Parquet tables on a Dask cluster, resumably.

    luoshi batch INPUT... -o OUT_DIR [--workers N | --scheduler tcp://HOST:8786] [--text-column C]
                 [--id-column C] [--chunk-size N] [--part-docs N] [--max-size SIZE]

This process reads the inputs (:mod:`luoshi.corpus.inputs`), skips what the output already holds, and
sends chunks of documents to the workers, never more than two chunks per worker thread at a time, so
memory stays bounded on both sides whatever the corpus size. A worker runs :func:`extract_chunk`, the
same pure pipeline as ``luoshi extract``, and sends back Arrow tables, which this process writes as
Parquet parts (:mod:`luoshi.corpus.store`) every ``--part-docs`` documents or 30 seconds.

Exit status: 0 when the batch ran to its end, even if some documents failed (each failure is a row of
the ``errors`` table and a ``luoshi: SOURCE: reason`` line on standard error); 1 when an INPUT does not
exist or the batch cannot run (output folder, scheduler); 2 for a usage error; 130 when interrupted (a
rerun completes it).
"""

from __future__ import annotations

import collections
import contextlib
import functools
import logging
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from luoshi.ingest import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    import pyarrow as pa

    from luoshi.corpus.inputs import Input, InputDoc
    from luoshi.corpus.store import Done

DEFAULT_CHUNK_SIZE = 32
DEFAULT_PART_DOCS = 2000
CHUNK_BYTES = 8 * 1024 * 1024  # a chunk closes at this much content, so a chunk of big PDFs stays small
FLUSH_SECONDS = 30.0  # a slow batch still saves its progress this often
WORKERS_TIMEOUT = 60.0


class BatchError(Exception):
    """The batch cannot run (a one-line reason)."""


@dataclass
class Summary:
    """What one run did. ``seconds`` runs from the workers being ready to the last part written."""

    out_dir: str
    documents: int = 0  # extracted and written this run
    errors: int = 0  # error rows written this run
    items: int = 0  # quantities, formulations, headings and tasks written this run
    skipped: int = 0  # already in the output from an earlier run
    duplicates: int = 0  # the same content met again in this run
    workers: int = 0
    startup_seconds: float = 0.0
    seconds: float = 0.0
    interrupted: bool = False
    worker_peak_rss: dict[str, int] = field(default_factory=dict)  # bytes, per worker address
    worker_cpu_seconds: dict[str, float] = field(default_factory=dict)  # since the worker started

    @property
    def processed(self) -> int:
        return self.documents + self.errors

    @property
    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        extra = [f"{self.skipped} already done"] if self.skipped else []
        if self.duplicates:
            extra.append(f"{self.duplicates} duplicate{'s' if self.duplicates > 1 else ''}")
        peak = max(self.worker_peak_rss.values(), default=0)
        memory = f", peak worker memory {peak / 2**20:.0f} MB" if peak else ""
        return (f"{self.documents} documents, {self.items} items, {self.errors} errors"
                f"{' (' + ', '.join(extra) + ')' if extra else ''}, {self.seconds:.1f} s, {self.rate:.1f} docs/s"
                f"{memory} → {self.out_dir}")


# ---------------------------------------------------------------------------------------------- the worker


def extract_chunk(docs: Sequence[InputDoc]) -> dict[str, pa.Table]:
    """Extract a chunk of documents into one Arrow table per table; a document that fails is an error row.

    Runs on a Dask worker: pure (no I/O), importable, and it never raises for one document.
    """
    from luoshi.corpus.inputs import declared
    from luoshi.corpus.tables import Rows
    from luoshi.errors import InputError
    from luoshi.ingest import read_bytes
    from luoshi.pipeline import document_from_raw, document_from_text

    rows = Rows()
    for doc in docs:
        try:
            if isinstance(doc.payload, bytes):
                document = document_from_raw(read_bytes(doc.payload), doc.source)
            else:
                title, date = declared(doc.meta)
                document = document_from_text(doc.payload, doc.source, title=title, date=date)
            rows.add_document(doc.doc_id, doc.source, doc.meta, document)
        except InputError as e:
            rows.add_error(doc.doc_id, doc.source, e.reason, "extract")
        except (MemoryError, RecursionError) as e:
            rows.add_error(doc.doc_id, doc.source, f"too large or too deeply nested to read ({type(e).__name__})",
                           "extract")
        except Exception as e:
            rows.add_error(doc.doc_id, doc.source, f"internal error, please report: {type(e).__name__}: "
                           f"{_one_line(e)}", "extract")
    return rows.tables()


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def worker_stats() -> tuple[int, float]:
    """This process's peak resident memory in bytes and the CPU seconds it used (run on each worker at the end)."""
    times = os.times()
    return peak_rss(), times.user + times.system


def peak_rss() -> int:
    """This process's peak resident memory in bytes."""
    try:
        # Linux's VmHWM is this program's own peak; ru_maxrss also counts the parent's memory at the fork
        # that started it, so a worker spawned by a big client would show the client's size.
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError, IndexError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024  # Linux counts KiB, macOS bytes


# ---------------------------------------------------------------------------------------------- the engine


def run_batch(
    paths: Sequence[str],
    out_dir: str,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    text_column: str | None = None,
    id_column: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    part_docs: int = DEFAULT_PART_DOCS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
    err: TextIO | None = None,
) -> Summary:
    """Extract every document under ``paths`` into ``out_dir``; see the module's docstring.

    ``workers`` local processes (default: one per core), or the cluster at ``scheduler``. ``progress``:
    a progress bar on ``err`` (default: when ``err`` is a terminal). A KeyboardInterrupt stops the batch
    with what was finished written; the summary says ``interrupted``.
    """
    import dask
    import distributed  # noqa: F401 (loads its defaults: leaving the set below would drop defaults set inside)

    from luoshi.corpus.store import Store

    err = err or sys.stderr
    # distributed keeps the last 1000 messages under 1 MB of each connection "for developers": a chunk of
    # documents is such a message, and this process (client and scheduler) would hold a gigabyte of them.
    quiet = dask.config.set({
        "distributed.admin.low-level-log-length": 0,
        # The workers' sampling profiler (a stack every 10 ms, for the dashboard) costs a few percent.
        "distributed.worker.profile.enabled": False,
    })
    with quiet, Store(out_dir) as store, contextlib.ExitStack() as cluster:
        # The cluster is started on the first chunk to send: a rerun with nothing left to do starts none.
        run = _Run(lambda: cluster.enter_context(_connect(workers, scheduler)), store, err, chunk_size=chunk_size,
                   part_docs=part_docs, progress=err.isatty() if progress is None else progress)
        run.go(paths, text_column=text_column, id_column=id_column, max_bytes=max_bytes, out_dir=out_dir)
        return run.summary


@contextlib.contextmanager
def _connect(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler)  # gives up after distributed.comm.timeouts.connect (30 s)
        except (OSError, TimeoutError) as e:
            raise BatchError(f"cannot connect to the Dask scheduler at {scheduler}: {e}") from None
        with client:
            try:
                client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
            except TimeoutError:
                raise BatchError(f"no worker joined the scheduler at {scheduler} in {WORKERS_TIMEOUT:.0f} s "
                                 f"(start one with `dask worker {scheduler}`)") from None
            yield client
        return
    # The workers start with SIGINT ignored, as this process ignores it while it starts them: a Ctrl-C
    # on the terminal goes to the whole process group, and only this process should act on it (stop
    # sending work, write what is finished, close the cluster). A Ctrl-C during those seconds is lost;
    # distributed cannot close a cluster interrupted half-way without a screenful of tracebacks anyway.
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if in_main else None
    try:
        with warnings.catch_warnings():
            # Without a dashboard the scheduler still serves /health on 8787, or on any port when that is taken.
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = LocalCluster(n_workers=workers or cores(), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR, preload=[__name__])
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    with cluster, Client(cluster) as client:
        yield client


def dask_setup(worker: Any) -> None:
    """Run by each local worker as it starts (a Dask preload): ignore SIGINT, in a worker restarted later too."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def cores() -> int:
    """The cores this process may run on: the number of local workers by default."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _Run:
    """One run of the batch: the reading, the window of chunks in flight, the buffer of results."""

    def __init__(self, connect: Callable[[], Any], store: Any, err: TextIO, *, chunk_size: int, part_docs: int,
                 progress: bool) -> None:
        from tqdm import tqdm

        from luoshi.corpus.tables import Rows

        self.connect, self.store, self.err = connect, store, err
        self.chunk_size, self.part_docs = chunk_size, part_docs
        self.summary = Summary(out_dir=str(store.root))
        self._client: Any = None
        self.pending: Any = None  # distributed.as_completed, once connected
        self.in_flight: dict[Any, list[InputDoc]] = {}
        self.suspects: collections.deque[InputDoc] = collections.deque()  # of chunks whose worker died
        self.suspect: Any = None  # the one suspect being extracted
        self.buffer: list[dict[str, pa.Table]] = []
        self.local = Rows()  # errors found here, without a worker (unreadable inputs)
        self.buffered = 0
        self.last_flush = time.monotonic()
        self.window = 2
        self.bar = tqdm(total=None, unit="doc", desc="luoshi batch", file=err, disable=not progress,
                        dynamic_ncols=True, smoothing=0.05, mininterval=0.5)
        self.counted: int | None = None
        self.not_counted = 0  # skipped inputs that the count includes

    @property
    def client(self) -> Any:
        if self._client is None:
            from distributed import as_completed

            started = time.monotonic()
            self._client = self.connect()
            self.pending = as_completed(loop=self._client.loop)
            self.window = self._window()
            self.summary.workers = len(self._client.nthreads())
            self.summary.startup_seconds = time.monotonic() - started
        return self._client

    def go(self, paths: Sequence[str], *, text_column: str | None, id_column: str | None, max_bytes: int,
           out_dir: str) -> None:
        from luoshi.corpus.inputs import count_inputs, iter_inputs

        done = self.store.done()
        if not self.bar.disable:
            count = functools.partial(count_inputs, paths, exclude=out_dir, max_bytes=max_bytes)
            threading.Thread(target=self._count, args=(count,), daemon=True).start()
        started = time.monotonic()
        try:
            items = iter_inputs(paths, text_column=text_column, id_column=id_column, max_bytes=max_bytes,
                                exclude=out_dir)
            self._send(self._new(items, done))
            while self.pending is not None and self.pending.count():
                self._collect(next(self.pending))
        except KeyboardInterrupt:
            self.summary.interrupted = True
            for future in self.in_flight:
                future.cancel()
        finally:
            self._flush(force=True)
            self.summary.seconds = time.monotonic() - started - self.summary.startup_seconds
            self.bar.close()
        if self._client is not None and not self.summary.interrupted:
            self._worker_stats()

    def _new(self, items: Iterable[Input], done: Done) -> Iterator[InputDoc]:
        """The documents to extract: neither done by an earlier run nor met before in this one.

        What could not be read is an error row here, without a worker.
        """
        from luoshi.corpus.inputs import Unreadable

        seen: set[str] = set()
        for item in items:
            if item.doc_id in done.doc_ids or (item.doc_id is None and item.source in done.unreadable):
                self.summary.skipped += 1
                self._skip()
            elif item.doc_id in seen:
                self.summary.duplicates += 1
                self._skip()
            else:
                if item.doc_id is not None:
                    seen.add(item.doc_id)
                if isinstance(item, Unreadable):
                    self.local.add_error(item.doc_id, item.source, item.reason, "read")
                    self._failed(item.source, item.reason)
                    self.buffered += 1
                    self._advance(1)
                else:
                    yield item

    def _send(self, docs: Iterable[InputDoc]) -> None:
        """Send the documents in chunks of ``chunk_size`` documents or CHUNK_BYTES of content."""
        chunk: list[InputDoc] = []
        size = 0
        for doc in docs:
            chunk.append(doc)
            size += doc.size
            if len(chunk) >= self.chunk_size or size >= CHUNK_BYTES:
                self._submit(chunk)
                chunk, size = [], 0
        if chunk:
            self._submit(chunk)

    def _worker_stats(self) -> None:
        try:
            stats = self.client.run(worker_stats)
            self.summary.worker_peak_rss = {worker: rss for worker, (rss, _) in stats.items()}
            self.summary.worker_cpu_seconds = {worker: cpu for worker, (_, cpu) in stats.items()}
        except KeyboardInterrupt:
            self.summary.interrupted = True
        except Exception:  # the figure is a nicety; a worker that left gives none
            pass

    def _window(self) -> int:
        threads = sum(self.client.nthreads().values())
        return 2 * max(1, threads)

    def _submit(self, chunk: list[InputDoc]) -> None:
        client = self.client
        while self.pending.count() >= self.window:
            self._collect(next(self.pending))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Sending large graph": a chunk of big documents is meant to travel
            future = client.submit(extract_chunk, chunk, pure=False)
        self.in_flight[future] = chunk
        self.pending.add(future)

    def _collect(self, future: Any) -> None:
        chunk = self.in_flight.pop(future)
        try:
            tables = future.result()
        except Exception as e:  # the worker died (a crash in a C library, out of memory): find the culprit
            self._worker_failed(future, chunk, e)
            return
        future.release()
        if future is self.suspect:
            self.suspect = None
            self._next_suspect()
        errors = tables["errors"]
        for source, reason in zip(errors.column("source").to_pylist(), errors.column("reason").to_pylist(),
                                  strict=True):
            self._failed(source, reason)
        self.buffer.append(tables)
        self.buffered += len(chunk)
        self._advance(len(chunk))
        self._flush()

    def _worker_failed(self, future: Any, chunk: list[InputDoc], error: Exception) -> None:
        """Retry the documents of a chunk whose worker died one by one, one at a time, to find the culprit.

        Dask gives up on a task when the workers running it died ``allowed-failures`` + 1 times, and
        so on the tasks that merely waited on those workers: a suspect that fails alone is the culprit.
        """
        if future is self.suspect:
            self.suspect = None
            doc = chunk[0]
            reason = f"the worker failed on it: {type(error).__name__}: {_one_line(error)[:200]}"
            self.local.add_error(doc.doc_id, doc.source, reason, "extract")
            self._failed(doc.source, reason)
            self.buffered += 1
            self._advance(1)
            self._flush()
        else:
            self.suspects.extend(chunk)
        self._next_suspect()

    def _next_suspect(self) -> None:
        if self.suspect is None and self.suspects:
            doc = self.suspects.popleft()
            self.suspect = self.client.submit(extract_chunk, [doc], pure=False)
            self.in_flight[self.suspect] = [doc]
            self.pending.add(self.suspect)

    def _flush(self, force: bool = False) -> None:
        if not self.buffered:
            return
        if not force and self.buffered < self.part_docs and time.monotonic() - self.last_flush < FLUSH_SECONDS:
            return
        from luoshi.corpus.tables import ITEM_TABLES, TABLES, Rows, concat

        # The buffer is emptied before the write: a Ctrl-C inside it loses the group (a rerun does it
        # again) rather than writing it twice.
        buffer, local = self.buffer, self.local.tables()
        self.buffer, self.local, self.buffered = [], Rows(), 0
        self.last_flush = time.monotonic()
        if self._client is not None:
            self.window = self._window()  # workers may have joined or left the cluster
        merged = {name: concat([*(t[name] for t in buffer), local[name]], name) for name in TABLES}
        self.store.write(merged)
        self.summary.documents += merged["documents"].num_rows
        self.summary.errors += merged["errors"].num_rows
        self.summary.items += sum(merged[name].num_rows for name in ITEM_TABLES)

    def _failed(self, source: str, reason: str) -> None:
        message = f"luoshi: {source}: {reason}"
        if self.bar.disable:
            print(message, file=self.err, flush=True)
        else:
            self.bar.write(message, file=self.err)

    def _count(self, count: Callable[[], int]) -> None:
        with contextlib.suppress(Exception):  # no total, no ETA: the bar still counts
            self.counted = count()

    def _advance(self, n: int) -> None:
        if self.bar.total is None and self.counted is not None:
            self.bar.total = max(0, self.counted - self.not_counted)
        self.bar.update(n)

    def _skip(self) -> None:
        self.not_counted += 1
        if self.bar.total is not None:
            self.bar.total = max(self.bar.n, self.bar.total - 1)
