"""Reading and writing story files: strict decoding with clear errors, atomic writes that keep every other byte."""

from __future__ import annotations

import codecs
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class BinaryFile(InputError):
    """Not text: skipped with a warning."""


@dataclass
class Source:
    path: str  # as given on the command line (or --stdin-filename)
    text: str
    encoding: str = "utf-8"
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def decode(data: bytes, name: str) -> Source:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Source(name, data[len(bom):].decode(encoding), encoding, bom)
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: invalid {encoding.upper()} at byte {e.start + len(bom)}") from None
    if b"\x00" in data[:8192]:
        raise BinaryFile(f"{name}: binary file skipped")
    try:
        return Source(name, data.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: invalid UTF-8 at byte {e.start} (0x{data[e.start]:02x}); "
                         "save the file as UTF-8") from None


def read_source(path: str) -> Source:
    return decode(read_source_bytes(path), path)


def read_source_bytes(path: str) -> bytes:
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None


def write_atomic(path: str, data: bytes) -> None:
    """Write through a temporary file in the same folder and rename it over the original.

    The original is untouched until the rename; permissions are kept and a symlink is
    followed, so the link stays a link.
    """
    target = Path(os.path.realpath(path))
    mode = target.stat().st_mode & 0o7777
    if not mode & 0o222:  # a read-only file says "do not change me", even to root
        raise PermissionError(13, "the file is read-only")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
