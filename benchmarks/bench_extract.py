"""Throughput of newsdb.extract.extract_article() on news articles, one core.

Issue 14 asks for mentions plus facts at 1,000 articles/s or more on one core
on 3 KB articles.  This script times exactly that, and mentions alone beside
it: articles per CPU-second of this process (CPU time rather than wall time, so
that other work on the machine does not skew it), median of several runs, with
the language given (as the importer does when metadata has it) and detected,
and the same rate scaled to 3 KB articles (extraction time grows about
linearly with length).

The default corpus is the seeds and the test articles in tests/articles,
repeated to N articles.  With ``--devset DIR`` (a folder of real articles,
NAME.txt beside NAME.yaml as in ../shared/devset) it is those texts instead,
each with its own publication date.
"""

from __future__ import annotations

import argparse
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
    dates: list[PartialDate | None],
    gazetteer: Gazetteer,
    facts: bool,
) -> float:
    """Articles per CPU-second of extract_article() over ``bodies``."""
    start = time.process_time()  # CPU time of this process: one core, whatever else runs
    for body, language, published in zip(bodies, languages, dates, strict=True):
        extract_article(
            body, published=published, language=language, gazetteer=gazetteer, facts=facts
        )
    return len(bodies) / (time.process_time() - start)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "count", nargs="?", type=int, default=2000, help="articles per run (default 2000)"
    )
    parser.add_argument(
        "--devset", type=Path, metavar="DIR", help="time the real articles of DIR instead"
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    if args.devset:
        corpus, corpus_dates = load_devset(args.devset)
    else:
        corpus = load_corpus()
        corpus_dates = [PartialDate.parse("2025-05")] * len(corpus)
    bodies = [corpus[i % len(corpus)] for i in range(args.count)]
    dates = [corpus_dates[i % len(corpus)] for i in range(args.count)]
    known = [detect_language(b) for b in bodies]
    gazetteer = Gazetteer.bundled()
    size = sum(len(b.encode("utf-8")) for b in bodies) / len(bodies)
    run(bodies[:50], known[:50], dates[:50], gazetteer, facts=True)  # warm up (regexes, caches)
    where = f" ({args.devset})" if args.devset else ""
    print(f"{args.count} articles{where}, mean {size / 1024:.1f} KB, median of {args.runs}")
    for what, facts in (("mentions", False), ("mentions+facts", True)):
        for label, languages in (("language given", known), ("detected", [None] * args.count)):
            rates = [run(bodies, languages, dates, gazetteer, facts) for _ in range(args.runs)]
            rate = statistics.median(rates)
            print(
                f"{what:>14}, {label:>14}: {rate:6,.0f} articles/s, {rate * size / 1e6:.2f} MB/s"
                f" = {rate * size / 3072:6,.0f} articles/s at 3 KB"
            )


if __name__ == "__main__":
    main()
