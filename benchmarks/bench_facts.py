"""Throughput of newsdb.extract.facts.extract_facts() on ~3 KB news articles, one core.

Two corpora, each repeated to N articles: the five seeds (~3 KB each), and
the seeds with the articles of tests/articles and tests/facts_articles.
Mentions are computed once per distinct article (as the importer has them
already); what is timed is fact extraction alone, given the mentions.
Prints articles and facts per CPU-second of this process (median of 5 runs),
and, for scale, mention extraction (``extract_article`` without facts) on the same articles.
benchmarks/bench_extract.py times the two together, as the importer runs them.
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
from newsdb.extract.facts import extract_facts  # noqa: E402
from newsdb.readers.articles import read_articles  # noqa: E402


def load_corpus() -> list[tuple[str, list, str | None]]:
    """(body, mentions, language) for every distinct article."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "articles").glob("*.md"))
    paths += sorted((ROOT / "tests" / "facts_articles").glob("*.md"))
    gazetteer = Gazetteer.bundled()
    corpus = []
    for path in paths:
        for record in read_articles(path):
            language = record.language or detect_language(record.body)
            mentions = extract_article(
                record.body,
                published=record.published,
                language=language,
                gazetteer=gazetteer,
                facts=False,
            ).mentions
            corpus.append((record.body, mentions, language))
    return corpus


def run(items: list[tuple[str, list, str | None]]) -> tuple[float, int]:
    facts = 0
    start = time.process_time()
    for body, mentions, language in items:
        facts += len(extract_facts(body, mentions, language=language))
    return time.process_time() - start, facts


def report(label: str, corpus: list, count: int) -> None:
    items = [corpus[i % len(corpus)] for i in range(count)]
    size = sum(len(body.encode("utf-8")) for body, _, _ in items) / len(items)
    run(items[:100])  # warm up (regex compilation, caches)
    timings = [run(items) for _ in range(5)]
    seconds = statistics.median(t for t, _ in timings)
    facts = timings[0][1]
    print(f"{label}: {count} articles ({len(corpus)} distinct), mean {size / 1024:.1f} KB")
    print(f"  extract_facts: {count / seconds:,.0f} articles/s, {facts / seconds:,.0f} facts/s")
    print(f"  ({facts / count:.1f} facts per article, {seconds / count * 1e6:.0f} µs per article)")
    gazetteer = Gazetteer.bundled()
    sample = items[: min(count, 1000)]
    start = time.process_time()
    for body, _, language in sample:
        extract_article(body, language=language, gazetteer=gazetteer, facts=False)
    mention_rate = len(sample) / (time.process_time() - start)
    print(
        f"  for scale, mentions only (extract_article, facts=False): {mention_rate:,.0f} articles/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "count", nargs="?", type=int, default=5000, help="articles per run (default 5000)"
    )
    count = parser.parse_args().count
    corpus = load_corpus()
    report("seeds", corpus[:5], count)
    report("all test articles", corpus, count)


if __name__ == "__main__":
    main()
