"""Throughput of newsdb.extract.extract_article() on ~3 KB news articles, one core.

The corpus is the five seeds and the test articles in tests/articles, repeated
to N articles.  Prints articles per CPU-second of this process (median of 5
runs; CPU time rather than wall time so other work on the machine does not
skew it), with the language given (as the importer does when metadata has it)
and detected, and the same throughput expressed for 3 KB articles.

With ``--devset DIR`` (a folder of real articles, NAME.txt beside NAME.yaml
as in ../shared/devset) the corpus is those texts instead, each with its own
language and publication date.

Usage: python benchmarks/bench_extract.py [N] [--devset DIR]     (default N=2000)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdb.extract import Gazetteer, detect_language, extract_article  # noqa: E402
from newsdb.partial_date import PartialDate  # noqa: E402


def load_corpus() -> list[str]:
    bodies = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        bodies.append(text[4:].partition("\n---\n")[2] if text.startswith("---\n") else text)
    return bodies


def load_devset(folder: Path) -> tuple[list[str], list[PartialDate | None]]:
    """Real articles and their publication (or anchor) dates."""
    import yaml

    bodies, dates = [], []
    for gold in sorted(folder.glob("*.yaml")):
        text = gold.with_suffix(".txt")
        if not text.exists():
            continue
        meta = yaml.safe_load(gold.read_text(encoding="utf-8")) or {}
        when = meta.get("published") or meta.get("anchor_date")
        bodies.append(text.read_text(encoding="utf-8"))
        dates.append(PartialDate.parse(str(when)) if when else None)
    return bodies, dates


def run(
    bodies: list[str],
    languages: list[str | None],
    gazetteer: Gazetteer,
    dates: list[PartialDate | None] | None = None,
) -> float:
    default = PartialDate.parse("2025-05")
    dates = dates or [default] * len(bodies)
    start = time.process_time()  # CPU time of this process: one core, whatever else runs
    for body, language, published in zip(bodies, languages, dates, strict=True):
        extract_article(
            body, published=published, language=language, gazetteer=gazetteer, facts=False
        )
    return len(bodies) / (time.process_time() - start)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    devset = sys.argv[sys.argv.index("--devset") + 1] if "--devset" in sys.argv else None
    if devset:
        args = [a for a in args if a != devset]
    count = int(args[0]) if args else 2000
    if devset:
        corpus, corpus_dates = load_devset(Path(devset))
    else:
        corpus, corpus_dates = load_corpus(), None
    bodies = [corpus[i % len(corpus)] for i in range(count)]
    dates = [corpus_dates[i % len(corpus)] for i in range(count)] if corpus_dates else None
    known = [detect_language(b) for b in bodies]
    gazetteer = Gazetteer.bundled()
    size = sum(len(b.encode("utf-8")) for b in bodies) / len(bodies)
    run(bodies[:50], known[:50], gazetteer, dates[:50] if dates else None)  # warm up
    print(f"{count} articles{' (' + devset + ')' if devset else ''}, mean {size / 1024:.1f} KB")
    for label, languages in (("language given", known), ("language detected", [None] * count)):
        rate = statistics.median(run(bodies, languages, gazetteer, dates) for _ in range(5))
        print(
            f"extract_article() mentions, {label}: {rate:,.0f} articles/s (median of 5), "
            f"{rate * size / 1e6:.2f} MB/s = {rate * size / 3072:,.0f} articles/s at 3 KB"
        )


if __name__ == "__main__":
    main()
