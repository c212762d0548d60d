"""Shared fixtures: where the shared corpus lies, and a runner for the ``luoshi`` command."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LUOSHI_SHARED", ROOT.parent / "shared"))


def as_from_a_terminal() -> None:
    """A child's start (``preexec_fn``) with Ctrl-C at its default: a command run in the background of a script
    (pytest under `cmd &`) inherits SIGINT ignored and rightly keeps it so; one started from a terminal has the
    default that the tests of Ctrl-C are about."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skipped outside CI when it is missing, a failure in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must run beside ../shared")
        pytest.skip(f"{path} is not here")
    return path


def wild_documents() -> list[tuple[str, str]]:
    """The wild corpus as (name, raw text): provincial CSV rows and national JSONL records."""
    wild = shared_path("corpus", "wild")
    csv.field_size_limit(1 << 30)
    documents = []
    for path in sorted((wild / "provincial-2026").glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            documents += [(path.name, row["full_text"]) for row in csv.DictReader(f)]
    with (wild / "national" / "government-work-reports-1954-2024.jsonl").open(encoding="utf-8") as f:
        documents += [(f"national:{n}", json.loads(line)["content"]) for n, line in enumerate(f)]
    return documents


def run_luoshi(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command as a user would, in a subprocess (exit status and streams included)."""
    return subprocess.run(
        [sys.executable, "-m", "luoshi", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
