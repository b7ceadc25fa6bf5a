"""The importer's extraction step: mentions and proposed facts for each article.

On one core by default; with `jobs` > 1, worker processes (started fresh, so
no database connection crosses a fork) extract while the main process writes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from dataclasses import dataclass

from newsdb.extract import Entity, Gazetteer, extract
from newsdb.extract.facts import Fact, extract_facts
from newsdb.extract.mentions.mention import Mention
from newsdb.partial_date import PartialDate


@dataclass(frozen=True)
class Analysis:
    mentions: list[Mention]
    facts: list[Fact]


def analyze(
    gazetteer: Gazetteer, body: str, published: PartialDate | None, language: str | None
) -> Analysis:
    mentions = extract(body, published=published, language=language, gazetteer=gazetteer)
    return Analysis(mentions, extract_facts(body, mentions, language=language))


class Analyzer:
    """Callable: a list of (body, published, language) → their analyses, in order."""

    def __init__(self, entities: Iterable[Entity], jobs: int = 1):
        self.entities = list(entities)
        self.gazetteer = Gazetteer(self.entities)
        self.pool = None
        if jobs > 1:
            context = multiprocessing.get_context("spawn")
            self.pool = context.Pool(jobs, initializer=_start_worker, initargs=(self.entities,))
            self.jobs = jobs

    def __call__(self, items: list[tuple]) -> list[Analysis]:
        if self.pool is None or len(items) < 8:
            return [analyze(self.gazetteer, *item) for item in items]
        return self.pool.map(_work, items, chunksize=max(1, len(items) // (4 * self.jobs)))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


_worker_gazetteer: Gazetteer | None = None


def _start_worker(entities: list[Entity]) -> None:
    global _worker_gazetteer
    _worker_gazetteer = Gazetteer(entities)


def _work(item: tuple) -> Analysis:
    return analyze(_worker_gazetteer, *item)
