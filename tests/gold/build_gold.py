"""Build the gold files from the hand annotations (run by hand, not by pytest).

Gold is written by reading the texts, never from the extractor's output:

* ``annotated/*.md`` are the extra test articles with inline marks
  ``[[TYPE:TEXT]]`` or ``[[TYPE:TEXT|VALUE]]`` (TYPE: m money, d date,
  o organization, p person; VALUE: "AMOUNT CUR" for money, an ISO date or
  ``None`` for dates, the canonical name for entities).  This script strips the
  marks, writes the clean article to ``tests/articles/`` and the offsets to
  ``articles.json``.
* ``seeds_annotations.txt`` lists the mentions of each seed in reading order;
  this script only finds their offsets and writes ``seeds.json``.

Usage: ``python tests/gold/build_gold.py``
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TYPES = {"m": "money", "d": "date", "o": "organization", "p": "person"}
MARK = re.compile(r"\[\[([mdop]):([^|\]]+)(?:\|([^\]]+))?\]\]")


def _precision(value: str) -> str:
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def _mention(kind: str, text: str, start: int, value: str | None) -> dict:
    out: dict = {"type": TYPES[kind], "text": text, "start": start, "end": start + len(text)}
    if kind == "m":
        amount, currency = value.split()  # type: ignore[union-attr]
        out.update(amount=amount, currency=currency)
    elif kind == "d":
        if value is None:
            raise ValueError(f"date without value: {text!r}")
        if value != "None":
            out.update(value=value, precision=_precision(value))
    else:
        out["name"] = value or text
    return out


def build_articles() -> list[dict]:
    records = []
    for path in sorted((HERE / "annotated").glob("*.md")):
        raw = path.read_text(encoding="utf-8")
        head, sep, marked = raw.partition("\n---\n")
        assert head.startswith("---\n") and sep, path
        meta = dict(line.split(": ", 1) for line in head.splitlines()[1:])
        body, mentions, last = [], [], 0
        pos = 0
        for match in MARK.finditer(marked):
            body.append(marked[last : match.start()])
            pos += match.start() - last
            kind, text, value = match.groups()
            mentions.append(_mention(kind, text, pos, value))
            body.append(text)
            pos += len(text)
            last = match.end()
        body.append(marked[last:])
        clean = "".join(body)
        assert "[[" not in clean and "]]" not in clean, path
        for m in mentions:
            assert clean[m["start"] : m["end"]] == m["text"]
        (ROOT / "tests" / "articles" / path.name).write_text(head + sep + clean, encoding="utf-8")
        records.append(
            {
                "file": path.name,
                "language": meta["language"],
                "published": meta["published"],
                "mentions": mentions,
            }
        )
    return records


def build_seeds() -> list[dict]:
    records: list[dict] = []
    lines = (HERE / "seeds_annotations.txt").read_text(encoding="utf-8").splitlines()
    body = ""
    cursor = 0
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            name, published = line[3:].split(" published=")
            body = (ROOT / "seeds" / name).read_text(encoding="utf-8")
            records.append({"file": name, "published": published, "mentions": []})
            cursor = 0
            continue
        kind, rest = line.split(" ", 1)
        text, _, value = rest.partition(" = ")
        pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
        found = pattern.search(body, cursor)
        if not found:
            raise SystemExit(f"{records[-1]['file']}: {text!r} not found after offset {cursor}")
        records[-1]["mentions"].append(_mention(kind, text, found.start(), value or None))
        cursor = found.end()
    return records


def main() -> None:
    articles = build_articles()
    (HERE / "articles.json").write_text(
        json.dumps(articles, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    seeds = build_seeds()
    (HERE / "seeds.json").write_text(
        json.dumps(seeds, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for label, records in (("articles", articles), ("seeds", seeds)):
        counts: dict[str, int] = {}
        for record in records:
            for m in record["mentions"]:
                counts[m["type"]] = counts.get(m["type"], 0) + 1
        print(label, len(records), "files", counts)


if __name__ == "__main__":
    main()
