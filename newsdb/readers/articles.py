"""Article files → article records: .txt/.md with a sidecar (name.meta.yaml) or front
matter, and JSON Lines (one article per line). Metadata is checked here."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from newsdb.partial_date import PartialDate
from newsdb.readers.errors import InputError, not_text, one_line, printable, short
from newsdb.readers.files import JSONL_SUFFIXES, SIDECAR_SUFFIX, read_text
from newsdb.readers.yaml_lines import load_yaml

METADATA_KEYS = {"id", "title", "url", "source", "language", "published"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)
# The 183 two-letter codes of ISO 639-1.
LANGUAGES = frozenset(files("newsdb").joinpath("data/languages.txt").read_text().split())
# Column lengths (models.Article): refused here, alike on SQLite (which does not check).
KEY_CHARS, SOURCE_CHARS = 500, 200
# A date in a URL's path: "/2024/05/02/", "/2024-05-02-", "/20210922-", or "/2024/05/".
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:(?P<sep>[/-]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})|/(?P<mo>\d{2}))"
    r"(?=[/_.-]|$)"
)


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

    @property
    def anchor(self) -> PartialDate | None:
        """The date relative dates are resolved against: the publication
        date, else a date in the URL's path (``date_in_url``)."""
        return self.published or date_in_url(self.url)


def date_in_url(url: str | None) -> PartialDate | None:
    """The first date of a URL's path, to the day or month it writes
    ("…/2024/05/02/slug" is 2024-05-02), or None."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url or "", flags=re.I)
    for found in _URL_DATE.finditer(path):
        year, month, day = found.group("y"), found.group("m") or found.group("mo"), found.group("d")
        try:
            return PartialDate.parse(f"{year}-{month}-{day}" if day else f"{year}-{month}")
        except ValueError:  # "/2024/13/45/": not a date
            continue
    return None


@dataclass
class FactsDocument:
    path: str
    data: dict


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
    data = load_yaml(text, path, "invalid YAML metadata", first_line)
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise InputError(path, "metadata must be a YAML mapping (key: value)", first_line)
    data.pop("__line__")
    lines = data.pop("__lines__")
    return data, {key: line + first_line - 1 for key, line in lines.items()}


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
            raise InputError(path, f"invalid JSON: {one_line(exc)}", number) from exc
        if not isinstance(item, dict):
            raise InputError(path, "each line must be a JSON object", number)
        bad = next(filter(None, map(not_text, [*item, *item.values()])), None)
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
                f"'{key}' must be text, not {short(value)} (quote it)"
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
            f"'language' must be an ISO 639-1 code like 'en', not {short(language)}",
            lines.get("language", line),
        )
    published = meta.get("published")
    if published is not None:
        try:
            published = PartialDate.parse(published)
        except (ValueError, TypeError) as exc:
            raise InputError(
                where,
                f"'published' is not a date: {short(published)} (use YYYY, YYYY-MM or YYYY-MM-DD)",
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
