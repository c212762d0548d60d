"""A short run of the atheris harness ``fuzz/fuzz_extract.py``: a few thousand inputs, as CI can afford.

The long run (a million inputs and more) is documented in the harness's docstring.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "fuzz" / "fuzz_extract.py"
RUNS = 3000


def test_a_short_fuzz_run_finds_nothing(tmp_path: Path) -> None:
    if importlib.util.find_spec("atheris") is None:
        if os.environ.get("CI"):
            pytest.fail("atheris is not installed: CI installs the test extra (pip install -e .[test])")
        pytest.skip("atheris is not installed (pip install atheris)")
    # libFuzzer adds what it finds to the first folder: a scratch copy, so fuzz/corpus stays as written
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "corpus", corpus)
    result = subprocess.run(
        [
            sys.executable, str(HARNESS), f"-atheris_runs={RUNS}", "-seed=1", "-timeout=30", "-rss_limit_mb=2048",
            f"-dict={ROOT / 'fuzz' / 'extract.dict'}", f"-artifact_prefix={tmp_path}/", str(corpus),
        ],
        capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600, cwd=ROOT,
    )
    log = "\n".join(line for line in result.stderr.splitlines() if not line.startswith("INFO: Instrumenting"))
    assert result.returncode == 0, log[-6000:]
    assert f"Done {RUNS} in" in result.stderr, log[-2000:]
