"""A minimal OLE2 compound file writer, for tests of inputs that Office wraps in one."""

from __future__ import annotations

import struct

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def compound_file(streams: dict[str, bytes]) -> bytes:
    """Streams of 4096 bytes or more each (so no mini stream is needed), in 512-byte sectors."""
    sectors: list[bytes] = []
    fat: list[int] = []
    starts = {}
    for name, data in streams.items():
        data = data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0")
        starts[name] = len(sectors)
        count = len(data) // 512
        for k in range(count):
            sectors.append(data[k * 512 : (k + 1) * 512])
            fat.append(len(sectors) if k < count - 1 else _END)
    entries = [_entry("Root Entry", 5, _END, 0, child=1)]
    for n, (name, data) in enumerate(streams.items(), start=1):
        right = n + 1 if n < len(streams) else _FREE
        entries.append(_entry(name, 2, starts[name], max(4096, len(data)), right=right))
    directory = b"".join(entries).ljust(512 * -(-len(entries) // 4), b"\0")
    dir_start = len(sectors)
    for k in range(len(directory) // 512):
        sectors.append(directory[k * 512 : (k + 1) * 512])
        fat.append(len(sectors) if k < len(directory) // 512 - 1 else _END)
    fat_sector = len(sectors)
    fat.append(_FAT)
    fat += [_FREE] * (128 - len(fat) % 128 if len(fat) % 128 else 0)
    sectors.append(struct.pack("<128I", *fat[:128]))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
        + struct.pack("<IIIIIIII", 0, 1, dir_start, 0, 4096, _END, 0, _END)
        + struct.pack("<I", 0)
        + struct.pack("<I", fat_sector) + struct.pack("<108I", *([_FREE] * 108))
    )
    return header + b"".join(sectors)


def _entry(name: str, kind: int, start: int, size: int, child: int = _FREE, right: int = _FREE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", _FREE, right, child) + bytes(16) + bytes(4) + bytes(16)
        + struct.pack("<III", start, size, 0)
    )
