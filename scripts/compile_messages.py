"""Compile the ledger's .po catalogues to .mo without the gettext tools (a build needs no binaries).

    .venv/bin/python scripts/compile_messages.py           # write each .mo beside its .po
    .venv/bin/python scripts/compile_messages.py --check   # exit 1 when a committed .mo is out of date

Reads the plain .po this project writes: msgid, msgid_plural, msgstr and msgstr[n], each a string on one
line (or continued on following lines), comments ignored.
"""

from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "src" / "luoshi" / "ledger" / "locale"


def read_po(text: str) -> dict[str, str]:
    """msgid (singular NUL plural) → msgstr (forms joined by NUL), as the .mo format stores them."""
    entries: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] = {}
    key = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            current[key][-1] += ast.literal_eval(line)
            continue
        key, _, value = line.partition(" ")
        if key == "msgid" and current:
            entries.append(current)
            current = {}
        base = key.split("[")[0]
        key = base
        current.setdefault(base, []).append(ast.literal_eval(value))
    if current:
        entries.append(current)
    catalogue = {}
    for entry in entries:
        msgid = "\0".join(entry["msgid"] + entry.get("msgid_plural", []))
        catalogue[msgid] = "\0".join(entry["msgstr"])
    return catalogue


def mo_bytes(catalogue: dict[str, str]) -> bytes:
    """GNU .mo: a header, the tables of original and translated strings (sorted by original), the strings."""
    keys = sorted(catalogue)
    ids = [k.encode("utf-8") for k in keys]
    strs = [catalogue[k].encode("utf-8") for k in keys]
    start = 7 * 4 + 16 * len(keys)
    offsets, blob = [], b""
    for data in ids + strs:
        offsets.append((len(data), start + len(blob)))
        blob += data + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    tables = b"".join(struct.pack("<2I", length, offset) for length, offset in offsets)
    return header + tables + blob


def main(argv: list[str]) -> int:
    stale = 0
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        compiled = mo_bytes(read_po(po.read_text(encoding="utf-8")))
        mo = po.with_suffix(".mo")
        if "--check" in argv:
            if not mo.exists() or mo.read_bytes() != compiled:
                print(f"{mo} is out of date: run scripts/compile_messages.py", file=sys.stderr)
                stale += 1
        else:
            mo.write_bytes(compiled)
            print(f"{mo}: {len(compiled)} bytes")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
