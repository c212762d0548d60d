"""Each module binds each of its top-level names once.

A rule table bound twice (two ``_CHANGE_HEADS`` in one module) silently leaves the first dead: every
reader of the first gets the second. Ruff flags only functions and imports redefined unused.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "luoshi"


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    return []


def rebound_names(source: str) -> list[str]:
    """The top-level names ``source`` binds more than once."""
    seen: set[str] = set()
    again: list[str] = []
    for node in ast.parse(source).body:
        for name in _bound(node):
            if name in seen:
                again.append(name)
            seen.add(name)
    return again


def test_a_name_bound_twice_is_found() -> None:
    assert rebound_names("_HEADS = 1\n\ndef f() -> None: ...\n\n_HEADS = 2\n") == ["_HEADS"]
    assert rebound_names("_HEADS = 1\n_TAILS = 2\n") == []


def test_every_module_binds_each_top_level_name_once() -> None:
    modules = sorted(SOURCE.rglob("*.py"))
    assert modules
    twice = {str(p.relative_to(SOURCE)): names for p in modules if (names := rebound_names(p.read_text("utf-8")))}
    assert twice == {}
