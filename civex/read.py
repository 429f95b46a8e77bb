"""Reading inputs: paths, directories, standard input; bytes decoded to text.

Nothing here raises for a bad input: a file that cannot be read or decoded
becomes a :class:`ReadError` with the file name and the reason, and the caller
goes on with the other inputs.
"""
from __future__ import annotations

import codecs
import errno
import os
import stat
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


# control characters other than tab/newline/carriage return/form feed/escape
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    ctrl = len(sample) - len(sample.translate(None, _CONTROL))
    return ctrl > max(8, len(sample) // 100)


def display_name(name: str) -> str:
    """``name`` as it can be printed and written: a file name that is not valid UTF-8
    (e.g. GBK names from a Windows zip) shows its bytes as \\xNN escapes instead of
    lone surrogates, which no UTF-8 output could encode."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


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
    except UnicodeDecodeError as e:
        # (the name bound by `except ... as` is gone after the block: keep the position)
        utf8_bad_at = e.start
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            # a UTF-8 file cut inside its last character (an interrupted copy): keep the rest
            return data[:e.start].decode("utf-8"), "utf-8"
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise DecodeError(f"not UTF-8, UTF-16 or GB18030 (invalid UTF-8 at byte {utf8_bad_at})")


def read_bytes_document(name: str, data: bytes) -> Document | ReadError:
    name = display_name(name)
    try:
        text, encoding = decode(data)
    except DecodeError as e:
        return ReadError(name, str(e))
    return Document(name, text, encoding)


def _os_reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    return (e.strerror or str(e) or type(e).__name__).lower()


def read_document(path: str | os.PathLike) -> Document | ReadError:
    name = display_name(os.fspath(path)) if isinstance(path, (str, os.PathLike)) else str(path)
    try:
        # Only regular files: a FIFO, socket or device named *.txt would block or never end.
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            return ReadError(name, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            return ReadError(name, "not a regular file")
        data = Path(path).read_bytes()
    except OSError as e:
        return ReadError(name, _os_reason(e))
    except (ValueError, MemoryError) as e:   # e.g. a NUL byte in the name; a file too big
        return ReadError(name, f"cannot read ({type(e).__name__})")
    return read_bytes_document(name, data)


def expand_paths(paths: Iterable[str]) -> Iterator[str | ReadError]:
    """Files named by ``paths``, in order: files as given, directories searched for
    *.txt/*.md (sorted, symlink loops skipped), ``-`` for standard input. Missing paths
    and unreadable directories become errors at their place in the order."""
    for p in paths:
        p = os.fspath(p)
        if p == "-":
            yield "-"
            continue
        try:
            is_dir = os.path.isdir(p)
            present = is_dir or os.path.lexists(p)
        except (OSError, ValueError):
            is_dir, present = False, True     # let reading report what is wrong
        if is_dir:
            yield from _walk(Path(p))
        elif present:
            yield p
        else:
            yield ReadError(display_name(p), "no such file or directory")


def _walk(root: Path) -> Iterator[str | ReadError]:
    """Like ``os.walk(root, followlinks=True)`` top-down with sorted names: a directory's
    files, then its subdirectories. A directory reached twice (a symlink loop) is skipped;
    one that cannot be listed is an error in its place. Lazy, so a huge tree streams."""
    seen: set[tuple[int, int]] = set()
    stack = [os.fspath(root)]
    while stack:
        dirpath = stack.pop()
        try:
            st = os.stat(dirpath)
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue   # a symlink loop: this directory was walked already
        seen.add(key)
        try:
            with os.scandir(dirpath) as it:
                entries = list(it)
        except OSError as e:
            yield ReadError(display_name(dirpath), _os_reason(e))
            continue
        dirs, files = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
        for f in sorted(files):
            if f.lower().endswith(TEXT_SUFFIXES):
                yield os.path.join(dirpath, f)
        stack.extend(os.path.join(dirpath, d) for d in sorted(dirs, reverse=True))


def read_stdin() -> Document | ReadError:
    try:
        data = sys.stdin.buffer.read()
    except (OSError, ValueError, AttributeError) as e:
        return ReadError("-", f"cannot read standard input ({type(e).__name__})")
    return read_bytes_document("-", data)


def read_item(item: str | ReadError) -> Document | ReadError:
    """Read one item of :func:`expand_paths`."""
    if isinstance(item, ReadError):
        return item
    if item == "-":
        return read_stdin()
    return read_document(item)


def read_inputs(paths: Iterable[str]) -> Iterator[Document | ReadError]:
    for item in expand_paths(paths):
        yield read_item(item)
