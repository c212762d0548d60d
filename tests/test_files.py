"""luoshi.files: sizes as people type them, and files written in full or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from luoshi.files import atomic_path, atomic_writer, parse_size, write_atomic


@pytest.mark.parametrize(("text", "size"), [
    ("1048576", 1048576), ("500K", 500 * 1024), ("50M", 50 * 1024**2), ("2G", 2 * 1024**3), ("1.5m", 1572864),
    (" 50MB ", 50 * 1024**2), ("50MiB", 50 * 1024**2), ("0", 0),
])
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["lots", "12Q", "", "-1M", "M"])
def test_not_sizes(text: str) -> None:
    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)


def test_a_file_is_replaced_whole_with_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")
    with atomic_writer(path, newline="") as out:
        out.write("a,b\r\n各位代表\n")
        assert path.read_text(encoding="utf-8") == "old"  # not before the end
    assert path.read_bytes() == "a,b\r\n各位代表\n".encode()
    write_atomic(path, b"\x89PNG")
    assert path.read_bytes() == b"\x89PNG"
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
    assert os.listdir(tmp_path) == ["out.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "table.parquet"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(path, prefix=".table.") as temporary:
        assert Path(temporary).name.startswith(".table.") and temporary.endswith(".tmp")
        Path(temporary).write_bytes(b"half")
        raise RuntimeError("killed half-way")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["table.parquet"]


def test_a_missing_folder_is_an_error_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nowhere" / "out.xlsx", b"data")
