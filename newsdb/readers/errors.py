"""Bad input as one line, "path:line: what is wrong", and the helpers that keep it one."""

from __future__ import annotations

import os
import re
from pathlib import Path

_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")  # NUL (PostgreSQL refuses it), lone surrogates
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(path: Path | str) -> str:
    """A file name as one printable line: bytes that are not UTF-8 as \\xNN, control
    characters (a newline in a name) as escapes. Idempotent."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class InputError(Exception):
    """Bad input: `str(error)` is one line, "path:line: what is wrong"."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path, self.line, self.message = printable(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


def not_text(value) -> str | None:
    """What makes a decoded string unstorable as text (NUL, lone surrogate), if anything."""
    found = _NOT_TEXT.search(value) if isinstance(value, str) else None
    if found is None:
        return None
    what = "a NUL character" if found.group() == "\x00" else "a lone surrogate"
    return f"{what} (\\u{ord(found.group()):04x}) is not text"


def cut(text: str, limit: int = 60) -> str:
    """`text`, cut to fit in a one-line message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short(value, limit: int = 60) -> str:
    """`repr(value)`, cut to fit in a one-line message."""
    return cut(repr(value), limit)


def one_line(exc: BaseException) -> str:
    message = str(exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__
