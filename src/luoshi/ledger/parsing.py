"""Reading an import in a child process, within a memory and a time limit: a bad file never takes the server down.

The server hands the uploaded bytes (or the pasted text) to ``python -m luoshi.ledger.parsing`` on its
standard input. The child limits its own address space (``RLIMIT_AS``) and CPU time, reads, cleans and
extracts the document, refuses one whose text or proposed rows are over the caps, and writes the document
back as JSON (not pickle: the child has just parsed hostile input). The server kills the child when the
wall-time limit passes. Every failure reaches the server as an :class:`InputError` with its Chinese message.

A child process rather than ``multiprocessing``: it needs no ``__main__`` to re-import, holds nothing of
the server (database connections, threads), and behaves the same under gunicorn workers, the threaded
development server and the tests.
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from luoshi.document import Document, Formulation, Heading, Quantity, Section, Task
from luoshi.errors import ErrorCode, InputError

# The child's exit status when it ran out of memory and could not even say so.
_EXIT_NO_MEMORY = 3
# Where the luoshi package lives, so that the child imports the same code whatever its working folder.
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
# What the child keeps of the server's environment: finding antiword, the locale, a temporary folder.
_CHILD_ENVIRONMENT = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR")


@dataclass(frozen=True)
class ImportLimits:
    """What one import may cost; from the settings (``LUOSHI_IMPORT_*``, README "Import limits")."""

    max_chars: int  # characters of text, read or pasted
    max_proposals: int  # proposed 任务分解表 rows
    memory_bytes: int  # address space of the reading process
    seconds: float  # wall time of the reading process

    @classmethod
    def from_settings(cls) -> ImportLimits:
        from django.conf import settings

        return cls(
            max_chars=settings.LUOSHI_IMPORT_MAX_CHARS,
            max_proposals=settings.LUOSHI_IMPORT_MAX_PROPOSALS,
            memory_bytes=settings.LUOSHI_IMPORT_MEMORY_BYTES,
            seconds=settings.LUOSHI_IMPORT_SECONDS,
        )


def parse_upload(data: bytes, filename: str, limits: ImportLimits) -> Document:
    """The extracted document of an uploaded file, read in a child process within ``limits``."""
    return _in_child({"kind": "file", "source": filename}, data, limits)


def parse_text(text: str, source: str, limits: ImportLimits) -> Document:
    """The extracted document of pasted text (plain or HTML), extracted in a child process within ``limits``."""
    check_text_length(text, limits)  # refused before a process is started for it
    return _in_child({"kind": "text", "source": source}, text.encode("utf-8", "surrogatepass"), limits)


def check_text_length(text: str, limits: ImportLimits) -> None:
    if len(text) > limits.max_chars:
        reason = f"text of {len(text):,} characters, over the import limit of {limits.max_chars:,}"
        raise InputError(reason, code=ErrorCode.TEXT_TOO_LONG)


# ---------------------------------------------------------------------------------------------- the server side


def _in_child(request: dict[str, Any], payload: bytes, limits: ImportLimits) -> Document:
    request = {**request, "max_chars": limits.max_chars, "max_proposals": limits.max_proposals,
               "memory_bytes": limits.memory_bytes, "seconds": limits.seconds}
    message = json.dumps(request).encode("ascii") + b"\n" + payload
    # Not the server's environment: the child parses hostile input and needs no database URL or secret key.
    env = {name: os.environ[name] for name in _CHILD_ENVIRONMENT if name in os.environ}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))
    try:
        # On time-out subprocess.run kills the child (SIGKILL) and reaps it before raising.
        done = subprocess.run([sys.executable, "-m", "luoshi.ledger.parsing"], input=message, capture_output=True,
                              timeout=limits.seconds, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise _timed_out(limits) from None
    return _answer(done, limits)


def _answer(done: subprocess.CompletedProcess[bytes], limits: ImportLimits) -> Document:
    """The child's document, or its failure as an InputError."""
    if done.returncode == _EXIT_NO_MEMORY:
        raise _no_memory(limits)
    if done.returncode == -signal.SIGXCPU:  # its CPU-time limit, the back-stop of the wall-time one
        raise _timed_out(limits)
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        answer = None
    if done.returncode != 0 or not isinstance(answer, dict):
        last = (done.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1][:200]
        if "MemoryError" in last:
            raise _no_memory(limits)
        reason = f"the reading process failed (exit status {done.returncode}) {last}".strip()
        raise InputError(reason, code=ErrorCode.INTERNAL)
    if "error" in answer:
        raise InputError(answer["error"]["reason"], code=ErrorCode(answer["error"]["code"]))
    return document_from_dict(answer["document"])


def _timed_out(limits: ImportLimits) -> InputError:
    return InputError(f"reading took over {limits.seconds:g} s", code=ErrorCode.TIMED_OUT)


def _no_memory(limits: ImportLimits) -> InputError:
    reason = f"reading needed over {limits.memory_bytes / 1024 / 1024:g} MB of memory"
    return InputError(reason, code=ErrorCode.OUT_OF_MEMORY)


def document_from_dict(data: dict[str, Any]) -> Document:
    """The inverse of :meth:`Document.to_dict`."""
    return Document(
        source=data["source"], text=data["text"], script=data["script"], title=data["title"], date=data["date"],
        region=data["region"], warnings=list(data["warnings"]),
        outline=[Heading(**h) for h in data["outline"]],
        sections=[Section(**s) for s in data["sections"]],
        formulations=[Formulation(**f) for f in data["formulations"]],
        quantities=[Quantity(**q) for q in data["quantities"]],
        tasks=[Task(**t) for t in data["tasks"]],
    )


# ---------------------------------------------------------------------------------------------- the child


def read_within_caps(request: dict[str, Any], payload: bytes) -> Document:
    """Read, clean and extract, refusing text or proposals over the caps; what the child runs."""
    from luoshi.ingest import read_bytes
    from luoshi.ingest.raw import RawText
    from luoshi.pipeline import document_from_raw, document_from_text
    from luoshi.proposals import propose

    limits = ImportLimits(request["max_chars"], request["max_proposals"], request["memory_bytes"], request["seconds"])
    if request["kind"] == "text":
        text = payload.decode("utf-8", "surrogatepass")
        check_text_length(text, limits)
        document = document_from_text(text, request["source"])
    else:
        raw: RawText = read_bytes(payload)
        check_text_length(raw.text, limits)  # before cleaning and extracting, the costly steps
        document = document_from_raw(raw, request["source"])
    # Every task is a row; counted before proposing, which compares every target with every row.
    rows = len(document.tasks) if len(document.tasks) > limits.max_proposals else len(propose(document))
    if rows > limits.max_proposals:
        reason = f"{rows:,} proposed rows or more, over the import limit of {limits.max_proposals:,}"
        raise InputError(reason, code=ErrorCode.TOO_MANY_PROPOSALS)
    return document


def _limit_self(memory_bytes: int, seconds: float) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    cpu = math.ceil(seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU would otherwise leave a core file


def _child_main() -> int:
    header = sys.stdin.buffer.readline()
    payload = sys.stdin.buffer.read()
    request = json.loads(header)
    _limit_self(request["memory_bytes"], request["seconds"])
    try:
        answer: dict[str, Any] = {"document": read_within_caps(request, payload).to_dict()}
    except InputError as error:
        answer = {"error": {"reason": error.reason, "code": str(error.code)}}
    except MemoryError:
        return _EXIT_NO_MEMORY  # the big allocations are gone by now, but a reason may not fit either
    sys.stdout.buffer.write(json.dumps(answer).encode("ascii"))
    return 0


if __name__ == "__main__":
    sys.exit(_child_main())
