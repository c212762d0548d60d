"""Shared fixtures: where the shared corpus lies, and a runner for the ``luoshi`` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LUOSHI_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skipped outside CI when it is missing, a failure in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must run beside ../shared")
        pytest.skip(f"{path} is not here")
    return path


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
