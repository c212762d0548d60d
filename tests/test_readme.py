"""The README's commands run as written on a fresh clone.

A ```sh block preceded by ``<!-- test -->`` is run with bash, after the one line the README tells a reader
to type first (``source .venv/bin/activate``), in a fresh clone with ``../shared`` beside it and this
run's virtual environment as the clone's ``.venv`` (nothing is installed again). A block written as a
transcript (``$ command`` lines, then what it prints) runs its commands; under ``<!-- test: output -->``
each command's standard output must also be what the README shows after it (a command shown without
output is not compared), so its figures cannot go stale.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path

MARK = re.compile(r"^<!-- test(: output)? -->\n```sh\n(.*?)^```", re.M | re.S)
ACTIVATE = "source .venv/bin/activate"


@dataclass
class Block:
    line: int  # where it starts in the README
    compare_output: bool
    script: str = ""  # a plain block: the lines to run
    transcript: list[tuple[str, list[str]]] = field(default_factory=list)  # (command, the output shown)


def readme_blocks(readme: str) -> list[Block]:
    blocks = []
    for found in MARK.finditer(readme):
        block = Block(readme.count("\n", 0, found.start()) + 1, bool(found.group(1)))
        lines = found.group(2).splitlines()
        if any(line.startswith("$ ") for line in lines):
            for line in lines:
                if line.startswith("$ "):
                    block.transcript.append((line[2:], []))
                elif block.transcript:
                    block.transcript[-1][1].append(line)
        else:
            block.script = found.group(2)
        blocks.append(block)
    return blocks


def test_the_marks_are_read():
    readme = "<!-- test -->\n```sh\nluoshi a\n```\n<!-- test: output -->\n```sh\n$ luoshi b\nout\n$ c\n```\n"
    plain, shown = readme_blocks(readme)
    assert plain.script == "luoshi a\n" and not plain.compare_output
    assert shown.compare_output and shown.transcript == [("luoshi b", ["out"]), ("c", [])]


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh clone of the committed tree, ../shared beside it, this run's environment as its .venv."""
    shared = shared_path()
    top = tmp_path_factory.mktemp("readme")
    subprocess.run(["git", "clone", "-q", str(ROOT), str(top / "luoshi")], check=True, timeout=120)
    (top / "shared").symlink_to(shared.resolve())
    (top / "luoshi" / ".venv").symlink_to(Path(sys.prefix))
    return top / "luoshi"


def _bash(clone: Path, script: str) -> subprocess.CompletedProcess[str]:
    # a new user's shell: none of the test run's luoshi settings, the venv not yet active
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LUOSHI_", "DJANGO_", "VIRTUAL_ENV", "PYTEST_")) and k != "DATABASE_URL"}
    env["PATH"] = ":".join(p for p in env.get("PATH", "").split(":") if not p.startswith(sys.prefix))
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", f"{ACTIVATE}\n{script}"], cwd=clone, env=env,
                          capture_output=True, text=True, timeout=300)


BLOCKS = readme_blocks((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_marks_its_runnable_blocks():
    assert ACTIVATE in (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(BLOCKS) >= 4 and any(block.compare_output for block in BLOCKS)


@pytest.mark.parametrize("block", BLOCKS, ids=lambda block: f"README.md:{block.line}")
def test_a_readme_block_runs_as_written(block: Block, clone: Path):
    if block.script:
        result = _bash(clone, block.script)
        assert result.returncode == 0, f"README.md:{block.line}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        return
    for command, shown in block.transcript:
        result = _bash(clone, command)
        assert result.returncode == 0, f"README.md:{block.line}: {command}\n{result.stderr[-2000:]}"
        if block.compare_output and shown:
            printed = [line.rstrip() for line in result.stdout.rstrip("\n").splitlines()]
            expected = "\n".join(line.rstrip() for line in shown).strip("\n").splitlines()  # blank lines between
            assert printed == expected, f"README.md:{block.line}: {command}"
