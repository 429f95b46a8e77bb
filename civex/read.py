"""Reading inputs: paths, directories, standard input; bytes decoded to text.

Nothing here raises for a bad input: a file that cannot be read or decoded
becomes a :class:`ReadError` with the file name and the reason, and the caller
goes on with the other inputs.
"""
from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = (".txt", ".md")


@dataclass
class Document:
    name: str       # the path as given (or found under a given directory), '-' for stdin
    text: str
    encoding: str


@dataclass
class ReadError:
    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


class DecodeError(ValueError):
    pass


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    # control characters other than tab/newline/carriage return/form feed/escape
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl > max(8, len(sample) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a page's bytes: UTF-8 (BOM or not), UTF-16 with BOM, GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-8 after a UTF-8 BOM at byte {e.start + 3}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-16 at byte {e.start}") from None
    if _looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise DecodeError(f"not UTF-8, UTF-16 or GB18030 (invalid UTF-8 at byte {utf8_error.start})")


def read_bytes_document(name: str, data: bytes) -> Document | ReadError:
    try:
        text, encoding = decode(data)
    except DecodeError as e:
        return ReadError(name, str(e))
    return Document(name, text, encoding)


def read_document(path: str | os.PathLike) -> Document | ReadError:
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return ReadError(name, "no such file")
    except IsADirectoryError:
        return ReadError(name, "is a directory")
    except PermissionError:
        return ReadError(name, "permission denied")
    except OSError as e:
        return ReadError(name, e.strerror or str(e))
    return read_bytes_document(name, data)


def expand_paths(paths: Iterable[str]) -> Iterator[str | ReadError]:
    """Files named by ``paths``: files as given, directories searched for *.txt/*.md
    (sorted, symlink loops skipped), ``-`` for standard input. Missing paths become errors."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield p
        else:
            yield ReadError(p, "no such file or directory")


def _walk(root: Path) -> Iterator[str | ReadError]:
    seen: set[tuple[int, int]] = set()
    found: list[str] = []
    errors: list[ReadError] = []

    def onerror(e: OSError) -> None:
        errors.append(ReadError(e.filename or str(root), e.strerror or str(e)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        try:
            st = os.stat(dirpath)
            key = (st.st_dev, st.st_ino)
        except OSError:
            continue
        if key in seen:
            dirnames[:] = []   # a symlink loop: this directory was walked already
            continue
        seen.add(key)
        dirnames.sort()
        for f in sorted(filenames):
            if f.lower().endswith(TEXT_SUFFIXES):
                found.append(os.path.join(dirpath, f))
    yield from errors
    yield from found


def read_inputs(paths: Iterable[str]) -> Iterator[Document | ReadError]:
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        elif item == "-":
            yield read_bytes_document("-", sys.stdin.buffer.read())
        else:
            yield read_document(item)
