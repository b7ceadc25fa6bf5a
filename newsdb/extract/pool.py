"""``extract_article`` over many articles: on one core by default; with ``jobs``
> 1, in worker processes (started fresh, so no database connection crosses a
fork) while the caller writes."""

from __future__ import annotations

import multiprocessing

from newsdb.extract import Extraction, extract_article
from newsdb.extract.gazetteer import Gazetteer
from newsdb.partial_date import PartialDate

Article = tuple[str, PartialDate | None, str | None]  # body, published, language


class ExtractorPool:
    """Callable: a list of (body, published, language) → their extractions, in order."""

    def __init__(self, gazetteer: Gazetteer, jobs: int = 1):
        self.gazetteer = gazetteer
        self.jobs = jobs
        self.pool = None
        if jobs > 1:
            context = multiprocessing.get_context("spawn")
            self.pool = context.Pool(jobs, initializer=_start_worker, initargs=(gazetteer,))

    def __call__(self, articles: list[Article]) -> list[Extraction]:
        if self.pool is None or len(articles) < 8:
            return [_extract(self.gazetteer, *article) for article in articles]
        chunksize = max(1, len(articles) // (4 * self.jobs))
        return self.pool.map(_work, articles, chunksize=chunksize)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def _extract(gazetteer: Gazetteer, body: str, published, language) -> Extraction:
    return extract_article(body, gazetteer, language=language, published=published)


_worker_gazetteer: Gazetteer | None = None


def _start_worker(gazetteer: Gazetteer) -> None:
    global _worker_gazetteer
    _worker_gazetteer = gazetteer


def _work(article: Article) -> Extraction:
    return _extract(_worker_gazetteer, *article)
