"""Finding the input files and reading one as text: only regular files, only UTF-8,
within the size limit."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from newsdb.readers.errors import InputError

ARTICLE_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl"}
FACTS_SUFFIXES = {".yaml", ".yml"}
SIDECAR_SUFFIX = ".meta.yaml"
MAX_BYTES = 64 * 1024 * 1024


def find_files(
    paths: list[Path], skipped: Callable[[InputError], None] | None = None
) -> Iterator[Path]:
    """Every input file under `paths`, folders walked in sorted order.

    Only regular files are read (a FIFO or a device would hang or never end). A
    folder that cannot be listed, or a special file in a folder, is passed to
    `skipped` (raised without it): nothing is left out in silence.
    """

    def problem(error: InputError) -> None:
        if skipped is None:
            raise error
        skipped(error)

    for path in paths:
        if not os.path.lexists(path):
            raise InputError(path, "no such file or folder")
        if path.is_dir():
            yield from _walk(path, problem)
        elif not _is_input(path):
            raise InputError(path, "not an article or facts file (.txt, .md, .jsonl, .yaml)")
        else:
            kind = _special(path)
            if kind:
                raise InputError(path, f"{kind}, not a regular file: newsdb reads regular files")
            yield path


def _walk(root: Path, problem: Callable[[InputError], None]) -> Iterator[Path]:
    def unreadable(exc: OSError) -> None:
        problem(InputError(exc.filename or root, f"cannot read the folder: {exc.strerror}"))

    found = []
    for folder, folders, names in os.walk(root, onerror=unreadable):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in names:
            child = Path(folder, name)
            if name.startswith(".") or not _is_input(child):
                continue
            found.append(child)
    for child in sorted(found):
        kind = _special(child)
        if kind == "a broken link":
            continue  # a dangling link in a folder is not an input (as before)
        if kind:
            problem(InputError(child, f"{kind}, not a regular file: skipped"))
            continue
        yield child


def _special(path: Path) -> str | None:
    """What the path is when it is not a regular file (after links), else None."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a broken link"
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISREG(mode):
        return None
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"


def _is_input(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES | JSONL_SUFFIXES | FACTS_SUFFIXES


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def is_facts(path: Path) -> bool:
    return path.suffix.lower() in FACTS_SUFFIXES and not is_sidecar(path)


def read_text(path: Path) -> str:
    """UTF-8 text (BOM dropped). Binary, non-UTF-8 and oversized files are refused."""
    try:
        # O_NONBLOCK: a FIFO put in the file's place since it was found cannot hang us.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(path, f"cannot read the file: {exc.strerror}") from exc
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not a regular file: newsdb reads regular files")
        if info.st_size > MAX_BYTES:
            raise InputError(
                path,
                f"file is {info.st_size // 2**20} MiB, over the {MAX_BYTES // 2**20} MiB limit: "
                "split it into smaller files",
            )
        try:
            raw = file.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(path, f"cannot read the file: {exc.strerror}") from exc
    if len(raw) > MAX_BYTES:  # grew since its size was read (or /proc-like: size 0)
        raise InputError(
            path, f"file is over the {MAX_BYTES // 2**20} MiB limit: split it into smaller files"
        )
    if not raw.strip():
        raise InputError(path, "the file is empty")
    nul = raw.find(b"\x00")
    if 0 <= nul < 8192:
        raise InputError(path, "binary file (NUL bytes): expected UTF-8 text")
    if nul >= 0:  # PostgreSQL cannot store it, so neither database gets it
        line = raw[:nul].count(b"\n") + 1
        raise InputError(path, "NUL byte in the text: remove it (expected UTF-8 text)", line)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            path, f"not UTF-8 (byte 0x{raw[exc.start]:02x}): convert the file to UTF-8", line
        ) from exc
    return text
