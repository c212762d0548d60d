"""No module of the library binds one name twice at its top level.

A rule table written a second time under a name already in use silently replaces the first for every
function that reads it (a pattern meant for one pass changes another's results); this test finds that.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parent.parent / "src" / "luoshi").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [n for n, k in names.items() if k > 1 and n != "__all__"] == []


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("_RULE = 1\ndef f() -> int:\n    return _RULE\n_RULE = 2\n")
    assert Counter(_top_level_names(tree))["_RULE"] == 2
