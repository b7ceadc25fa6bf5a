"""Files → article records and facts documents (front matter, JSON Lines, sidecars).

Nothing here touches a database. Every problem is an `InputError` naming the
file and the line (or key) and saying what to do.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import yaml

from newsdb.partial_date import PartialDate

ARTICLE_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl"}
FACTS_SUFFIXES = {".yaml", ".yml"}
SIDECAR_SUFFIX = ".meta.yaml"
METADATA_KEYS = {"id", "title", "url", "source", "language", "published"}
MAX_BYTES = 64 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)
# The 183 two-letter codes of ISO 639-1.
LANGUAGES = frozenset(files("newsdb").joinpath("data/languages.txt").read_text().split())
# Column lengths (models.Article): refused here, alike on SQLite (which does not check).
KEY_CHARS, SOURCE_CHARS = 500, 200
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


@dataclass
class ArticleRecord:
    key: str
    body: str
    path: str
    line: int | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    published: PartialDate | None = None
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        self.sha256 = hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass
class FactsDocument:
    path: str
    data: dict


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


def read_articles(path: Path) -> list[ArticleRecord]:
    """The articles of one .txt/.md (with sidecar or front matter) or .jsonl file."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        return list(_read_jsonl(path))
    text = read_text(path)
    sidecar = _sidecar_of(path)
    if sidecar is not None:
        meta, lines = _yaml_mapping(read_text(sidecar), sidecar)
        body = text
    else:
        meta, lines, body = _split_front_matter(text, path)
    if not body.strip():
        raise InputError(path, "the article body is empty")
    return [
        _record(
            meta,
            body,
            path,
            None,
            default_key=printable(path.stem),
            where=sidecar or path,
            lines=lines,
        )
    ]


def read_facts(path: Path) -> FactsDocument:
    """A curated facts file: YAML mappings carry their line as '__line__'."""
    data = _load_yaml(read_text(path), path, "invalid YAML")
    if data is None:
        raise InputError(path, "the facts file is empty")
    if not isinstance(data, dict):
        raise InputError(path, "a facts file must be a mapping of sections (deals:, lawsuits:…)")
    return FactsDocument(printable(path), data)


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


def _sidecar_of(path: Path) -> Path | None:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    return sidecar if sidecar.is_file() else None


def _split_front_matter(text: str, path: Path) -> tuple[dict, dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n") or text.startswith("---\r\n"):
            raise InputError(path, "front matter opened with '---' is never closed", 1)
        return {}, {}, text
    return *_yaml_mapping(match.group(1), path, first_line=2), text[match.end() :]


def _yaml_mapping(text: str, path: Path, first_line: int = 1) -> tuple[dict, dict]:
    """Metadata as a mapping, and the file line of each key's value."""
    data = _load_yaml(text, path, "invalid YAML metadata", first_line)
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise InputError(path, "metadata must be a YAML mapping (key: value)", first_line)
    data.pop("__line__")
    lines = data.pop("__lines__")
    return data, {key: line + first_line - 1 for key, line in lines.items()}


def _load_yaml(text: str, path: Path, what: str, first_line: int = 1):
    """YAML (safe tags only) with every problem as an InputError at its file line.
    Aliases (*name) are refused: a few hundred bytes of them expand to gigabytes."""
    if "*" in text:
        _refuse_aliases(text, path, what, first_line)
    try:
        try:
            return yaml.load(text, Loader=_FastLineLoader)
        except yaml.YAMLError:  # read again for the pure-Python parser's clearer message
            return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        line = _yaml_line(exc)
        line = line + first_line - 1 if line else None
        raise InputError(path, f"{what}: {_yaml_problem(exc)}", line) from exc
    except RecursionError as exc:
        raise InputError(path, f"{what}: nested too deeply", first_line) from exc


def _refuse_aliases(text: str, path: Path, what: str, first_line: int) -> None:
    try:
        for event in yaml.parse(text, Loader=_FastLineLoader):
            if isinstance(event, yaml.AliasEvent):
                raise InputError(
                    path,
                    f"{what}: YAML aliases (*{event.anchor}) are not allowed: write the value out",
                    event.start_mark.line + first_line,
                )
    except yaml.YAMLError:
        return  # the load that follows reports it, with the clearer message


def _read_jsonl(path: Path) -> Iterator[ArticleRecord]:
    text = read_text(path)
    # Lines end at "\n" only: U+2028, U+0085… are characters inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", number) from exc
        except (ValueError, RecursionError) as exc:  # a 5000-digit number, [[[[…]]]]
            raise InputError(path, f"invalid JSON: {_first_line(exc)}", number) from exc
        if not isinstance(item, dict):
            raise InputError(path, "each line must be a JSON object", number)
        bad = next(filter(None, map(_not_text, [*item, *item.values()])), None)
        if bad:
            raise InputError(path, f"invalid JSON: {bad}", number)
        body = item.pop("body", None)
        if not isinstance(body, str) or not body.strip():
            raise InputError(path, "missing or empty 'body' (the article text)", number)
        default = item.get("url") or f"{printable(path.stem)}:{number}"
        yield _record(item, body, path, number, default_key=default, where=path)


def _record(
    meta: dict, body: str, path: Path, line, *, default_key: str, where, lines=None
) -> ArticleRecord:
    """Check the metadata; errors point at the key's line (`lines`), else at `line`."""
    lines = lines or {}
    unknown = sorted(set(meta) - METADATA_KEYS, key=str)
    if unknown:
        raise InputError(
            where,
            f"unknown metadata key {unknown[0]!r} (known: {', '.join(sorted(METADATA_KEYS))})",
            lines.get(unknown[0], line),
        )
    for key in ("id", "title", "url", "source"):
        value = meta.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
            raise InputError(
                where,
                f"'{key}' must be text, not {_short(value)} (quote it)"
                if isinstance(value, bool)
                else f"'{key}' must be text, not {type(value).__name__}",
                lines.get(key, line),
            )
    for key, limit in (("id", KEY_CHARS), ("source", SOURCE_CHARS)):
        value = meta.get(key)
        if value is not None and len(str(value)) > limit:
            raise InputError(
                where,
                f"'{key}' is {len(str(value))} characters, over the limit of {limit}",
                lines.get(key, line),
            )
    language = meta.get("language")
    if language is not None and not (isinstance(language, str) and language in LANGUAGES):
        raise InputError(
            where,
            f"'language' must be an ISO 639-1 code like 'en', not {_short(language)}",
            lines.get("language", line),
        )
    published = meta.get("published")
    if published is not None:
        try:
            published = PartialDate.parse(published)
        except (ValueError, TypeError) as exc:
            raise InputError(
                where,
                f"'published' is not a date: {_short(published)} (use YYYY, YYYY-MM or YYYY-MM-DD)",
                lines.get("published", line),
            ) from exc
    return ArticleRecord(
        key=str(meta.get("id") or default_key),
        body=body,
        path=printable(path),
        line=line,
        title=_text(meta.get("title")),
        url=_text(meta.get("url")),
        source=_text(meta.get("source")),
        language=language,
        published=published,
    )


def _text(value) -> str | None:
    return None if value is None else str(value)


class _Lines:
    """A safe YAML loader that records each mapping's line under '__line__', and the line of
    each of its values under '__lines__' (key → line), for errors that point at them.

    A value YAML cannot build ("2025-13-45" as a date, `!!int abc`) is a YAMLError
    at its line, not a crash; an impossible unquoted date stays text, so the
    caller can say it is not a date.
    """

    def construct_object(self, node, deep=False):
        try:
            value = super().construct_object(node, deep=deep)
        except (yaml.YAMLError, RecursionError):
            raise
        except Exception as exc:  # ValueError, AttributeError… from a tagged scalar
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"cannot read {_short(node.value)} ({_first_line(exc)})",
                node.start_mark,
            ) from exc
        if isinstance(value, str) and _NOT_TEXT.search(value):
            raise yaml.constructor.ConstructorError(None, None, _not_text(value), node.start_mark)
        return value

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, AttributeError):  # 2025-02-30, `!!timestamp soon`
            return self.construct_scalar(node)

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        mapping["__lines__"] = {
            key.value: value.start_mark.line + 1
            for key, value in node.value
            if isinstance(key, yaml.ScalarNode)
        }
        return mapping


def _yaml_line(exc: yaml.YAMLError) -> int | None:
    """Where the broken construct starts (an unclosed '['), else where parsing failed."""
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    return mark.line + 1 if mark is not None else None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if problem == "mapping values are not allowed here":  # title: Télécoms : Halden…
        problem += " (a value with ': ' in it needs quotes)"
    return problem


class _LineLoader(_Lines, yaml.SafeLoader):
    """Pure Python: slower, with the clearer error messages."""


class _FastLineLoader(_Lines, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's parser (when PyYAML has it): used first, ten times faster on facts files."""


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _Lines.construct_yaml_timestamp)


def _not_text(value) -> str | None:
    """What makes a decoded string unstorable as text (NUL, lone surrogate), if anything."""
    found = _NOT_TEXT.search(value) if isinstance(value, str) else None
    if found is None:
        return None
    what = "a NUL character" if found.group() == "\x00" else "a lone surrogate"
    return f"{what} (\\u{ord(found.group()):04x}) is not text"


def _short(value, limit: int = 60) -> str:
    """`repr(value)`, cut to fit in a one-line message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_line(exc: BaseException) -> str:
    message = str(exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__
