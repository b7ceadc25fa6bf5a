"""Automatic extraction: text in, typed spans out (SPEC section 4).

Pure functions with no database: ``extract(body)`` returns the money amounts,
dates, organizations, people and products of one article, each a
:class:`Mention` whose ``text == body[start:end]``.  The job is split by kind:
``money.py``, ``dates.py``, ``entities.py`` (the gazetteer),
``candidates.py`` (unknown capitalized names, with the word lists in
``lexicon.py``) and ``language.py``; ``words.py`` tokenizes once for all.
"""

from __future__ import annotations

from newsdb.extract.mentions.dates import find_dates
from newsdb.extract.mentions.entities import Entity, Gazetteer, find_entities
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.mentions.money import find_money
from newsdb.extract.text.language import detect_language
from newsdb.extract.text.tokens import tokenize
from newsdb.partial_date import PartialDate

__all__ = ["Entity", "Gazetteer", "Mention", "detect_language", "extract"]


def extract(
    body: str,
    *,
    published: PartialDate | str | None = None,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Mention]:
    """Every mention in ``body``, sorted by position.

    ``published`` anchors relative dates ("last month"); without it they are
    reported with ``value=None``.  ``language`` (ISO 639-1) decides how "1,500"
    and "billion" read; it is detected when not given.  ``gazetteer`` defaults
    to the bundled one.
    """
    if isinstance(published, str):
        published = PartialDate.parse(published)
    words = tokenize(body)
    if language is None:
        language = detect_language(body, words.lowers)
    if gazetteer is None:
        gazetteer = Gazetteer.bundled()
    taken = bytearray(len(body))  # characters inside a money or date span
    money = find_money(body, language)
    for m in money:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    dates = [
        d for d in find_dates(body, published, language, words) if 1 not in taken[d.start : d.end]
    ]
    for d in dates:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
    entities = [
        e
        for e in find_entities(body, gazetteer, words)
        if e.resolved or 1 not in taken[e.start : e.end]
    ]
    return sorted(money + dates + entities, key=lambda m: (m.start, m.end))
