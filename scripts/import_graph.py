"""Print the import graph of luoshi's packages (every import, lazy ones included) and any mutual imports.

    .venv/bin/python scripts/import_graph.py

A line ``ledger -> document, pipeline`` says some module of ``luoshi.ledger`` imports from those. The
layers' rules themselves are checked by ``lint-imports`` (pyproject's [tool.importlinter]).
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "luoshi"
SUBPACKAGES = {"ledger.reports"}  # shown apart from the package they sit in


def package(module: str) -> str:
    parts = module.split(".")[1:]
    for sub in SUBPACKAGES:
        if ".".join(parts).startswith(sub):
            return sub
    return parts[0] if parts else "luoshi"


def imported(node: ast.AST, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if not node.level:
        return [node.module or ""]
    base = module.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    if node.module:
        return [".".join([*base, node.module])]
    return [".".join([*base, alias.name]) for alias in node.names]


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_package else parts)
        source = package(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for name in imported(node, module, is_package):
                if name == "luoshi" or name.startswith("luoshi."):
                    target = package(name)
                    if target != source:
                        edges[source].add(target)
    return edges


def main() -> int:
    edges = graph()
    for source in sorted(edges):
        print(f"{source:15} -> {', '.join(sorted(edges[source]))}")
    # A subpackage and the package it sits in (ledger.reports and ledger) are one app, not a cycle.
    mutual = sorted((a, b) for a in edges for b in edges[a]
                    if a < b and a in edges.get(b, set()) and not b.startswith(a + "."))
    print("mutual imports:", ", ".join(f"{a} <-> {b}" for a, b in mutual) or "none")
    return 1 if mutual else 0


if __name__ == "__main__":
    sys.exit(main())
