"""OLE2 compound files (legacy .doc, and the container of password-protected OOXML): just enough to
tell a password-protected file and what kind of Office file it is, without any third-party reader."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NOSTREAM = 0xFFFFFFFF
_ENDOFCHAIN = 0xFFFFFFFE


class _OleError(Exception):
    """The compound file is truncated or malformed."""


@dataclass
class OleEntry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    left: int
    right: int
    child: int
    start: int
    size: int


@dataclass
class OleFile:
    """Just enough of [MS-CFB] to list the root's streams and read the start of one.

    Written out (rather than depending on olefile) because the readers need only stream names
    and the first bytes of the WordDocument stream; every index is bounds-checked so a hostile
    file fails with _OleError instead of looping or reading past the end.
    """

    data: bytes
    sector_size: int = 512
    fat: list[int] = field(default_factory=list)
    entries: list[OleEntry] = field(default_factory=list)

    @classmethod
    def parse(cls, data: bytes) -> OleFile:
        if len(data) < 512 or not data.startswith(OLE_MAGIC):
            raise _OleError("no OLE2 header")
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        if shift not in (9, 12):
            raise _OleError("bad sector size")
        ole = cls(data, 1 << shift)
        n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
        difat_start, n_difat = struct.unpack_from("<II", data, 0x44)
        max_sectors = len(data) // ole.sector_size + 1
        if n_fat > max_sectors or n_difat > max_sectors:
            raise _OleError("bad FAT size")
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _ENDOFCHAIN][:n_fat]
        sector, seen = difat_start, set()
        per_sector = ole.sector_size // 4 - 1
        while len(fat_sectors) < n_fat and sector < _ENDOFCHAIN and sector not in seen:
            seen.add(sector)
            values = struct.unpack(f"<{per_sector + 1}I", ole._sector(sector))
            fat_sectors.extend(v for v in values[:per_sector] if v < _ENDOFCHAIN)
            sector = values[per_sector]
        fat: list[int] = []
        for s in fat_sectors[:n_fat]:
            fat.extend(struct.unpack(f"<{ole.sector_size // 4}I", ole._sector(s)))
        ole.fat = fat
        directory = b"".join(ole._sector(s) for s in ole._chain(dir_start))
        for off in range(0, len(directory) - 127, 128):
            name_len, kind = struct.unpack_from("<HB", directory, off + 64)
            left, right, child = struct.unpack_from("<III", directory, off + 68)
            start, size = struct.unpack_from("<II", directory, off + 116)
            name = directory[off : off + max(0, min(name_len, 64) - 2)].decode("utf-16-le", "replace")
            ole.entries.append(OleEntry(name, kind, left, right, child, start, size))
        if not ole.entries or ole.entries[0].kind != 5:
            raise _OleError("no root entry")
        return ole

    def _sector(self, index: int) -> bytes:
        offset = (index + 1) * self.sector_size
        if index >= _ENDOFCHAIN or offset >= len(self.data):
            raise _OleError("sector beyond end of file")
        chunk = self.data[offset : offset + self.sector_size]
        return chunk.ljust(self.sector_size, b"\0")  # some writers leave the last sector short

    def _chain(self, start: int) -> Iterator[int]:
        sector, seen = start, set()
        while sector < _ENDOFCHAIN:
            if sector in seen or sector >= len(self.fat):
                raise _OleError("broken sector chain")
            seen.add(sector)
            yield sector
            sector = self.fat[sector]

    def root_streams(self) -> dict[str, OleEntry]:
        """Entries directly under the root storage, by name (walks the red-black sibling tree)."""
        found: dict[str, OleEntry] = {}
        stack, seen = [self.entries[0].child], set()
        while stack:
            index = stack.pop()
            if index == _NOSTREAM or index in seen or index >= len(self.entries):
                continue
            seen.add(index)
            entry = self.entries[index]
            found[entry.name] = entry
            stack.extend((entry.left, entry.right))
        return found

    def read_head(self, entry: OleEntry, length: int) -> bytes:
        """The first ``length`` bytes of a stream stored in regular sectors (not the mini stream)."""
        cutoff = struct.unpack_from("<I", self.data, 0x38)[0]
        if entry.size < cutoff:
            raise _OleError("stream in mini stream")
        out = b""
        for sector in self._chain(entry.start):
            out += self._sector(sector)
            if len(out) >= length:
                break
        return out[:length]


def ole_streams(data: bytes) -> tuple[OleFile, dict[str, OleEntry]] | None:
    """The compound file and its root's streams by name, or None when it is too damaged to list."""
    try:
        ole = OleFile.parse(data)
        return ole, ole.root_streams()
    except (_OleError, struct.error):
        return None


def encrypted_package(streams: dict[str, OleEntry]) -> bool:
    """An OOXML file (.docx, .xlsx, .pptx) saved with a password: its zip package, encrypted, in OLE2."""
    return "EncryptedPackage" in streams and "EncryptionInfo" in streams


def word_binary_encrypted(ole: OleFile, streams: dict[str, OleEntry]) -> bool:
    """A Word 97-2003 document saved with a password."""
    entry = streams.get("WordDocument")
    if entry is None:
        return False
    try:
        head = ole.read_head(entry, 12)
    except (_OleError, struct.error):
        return False
    ident, flags = struct.unpack_from("<H8xH", head)
    # FIB: wIdent 0xA5EC (Word 97+) or 0xA5DC (Word 6/95); fEncrypted is bit 8 of the flags at 0x0A
    return ident in (0xA5EC, 0xA5DC) and bool(flags & 0x0100)


def is_encrypted_ole(data: bytes) -> bool:
    """True for an OLE2 file that is a password-protected Office document.

    Covers encrypted OOXML (.docx/.xlsx/.pptx saved with a password are OLE2 containers holding
    ``EncryptionInfo`` and ``EncryptedPackage`` streams) and encrypted Word 97-2003 .doc files
    (the fEncrypted flag of the WordDocument stream's FIB). False for anything else, including
    data that is not OLE2 at all or too damaged to tell.
    """
    parsed = ole_streams(data)
    if parsed is None:
        return False
    ole, streams = parsed
    return encrypted_package(streams) or word_binary_encrypted(ole, streams)


def ole_kind(streams: dict[str, OleEntry]) -> str:
    """What an OLE2 file without a WordDocument stream is, for the reason that refuses it."""
    if "Workbook" in streams or "Book" in streams:
        return "an Excel workbook"
    if "PowerPoint Document" in streams:
        return "a PowerPoint presentation"
    if any(name.startswith("__substg1.0_") for name in streams):
        return "an Outlook message"
    return "an OLE2 file without a WordDocument stream"
