"""Automatic extraction: one article's text in, its mentions and proposed facts out.

``extract_article(body, gazetteer)`` is the one per-article entry, used by the
importer and by ``newsdb extract``.  Pure functions with no database (nothing
here imports newsdb.models, db, resolve, load or importer).  The rooms:

* ``gazetteer.py``: known entities, product owners, media outlets (the only
  reader of ``newsdb/data/entities.yaml``);
* ``text/``: tokens, language detection, word lists, the one normalization;
* ``mentions/``: money, dates, organizations, people, products (SPEC section 4);
* ``facts/``: deals, valuations and lawsuits proposed from the mentions (SPEC §4b);
* ``pool.py``: the same entry over many articles in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsdb.extract.facts import Fact, extract_facts
from newsdb.extract.gazetteer import Entity, Gazetteer
from newsdb.extract.mentions import find_mentions
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.language import detect_language
from newsdb.extract.text.normalize import blank_pictographs, plain_apostrophes
from newsdb.extract.text.tokens import tokenize
from newsdb.partial_date import PartialDate

__all__ = [
    "Entity",
    "Extraction",
    "Fact",
    "Gazetteer",
    "Mention",
    "detect_language",
    "extract_article",
]


@dataclass(frozen=True)
class Extraction:
    """What one article says: its language, its mentions (by position) and the
    facts proposed from them (empty unless asked for)."""

    language: str
    mentions: list[Mention]
    facts: list[Fact]


def extract_article(
    body: str,
    gazetteer: Gazetteer | None = None,
    *,
    language: str | None = None,
    published: PartialDate | str | None = None,
    facts: bool = True,
) -> Extraction:
    """The mentions in ``body`` and, with ``facts``, the deals, valuations and
    lawsuits they support.

    ``gazetteer`` defaults to the bundled one.  ``language`` (ISO 639-1) decides
    how "1,500" and "billion" read and which trigger words apply; it is detected
    when not given.  ``published`` anchors relative dates ("last month");
    without it they are reported with ``value=None``.
    """
    if isinstance(published, str):
        published = PartialDate.parse(published)
    if gazetteer is None:
        gazetteer = Gazetteer.bundled()
    # the rules read flags and emoji as spaces, "Inc`s" as "Inc’s"
    text = plain_apostrophes(blank_pictographs(body))
    words = tokenize(text)
    if language is None:
        language = detect_language(text, words.lowers)
    mentions = find_mentions(text, words, language, published, gazetteer)
    proposed = (
        extract_facts(text, mentions, language=language, gazetteer=gazetteer) if facts else []
    )
    if text is not body:  # spans and quotes as the article writes them
        mentions = [replace(m, text=body[m.start : m.end]) for m in mentions]
        proposed = [replace(f, quote=body[f.start : f.end]) for f in proposed]
    return Extraction(language, mentions, proposed)
