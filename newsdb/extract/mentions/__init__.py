"""Mentions: the typed spans of an article (money, dates, organizations, people,
products), each a :class:`Mention` whose ``text == body[start:end]``.

``money.py`` (with ``money_words.py``), ``dates.py`` (with ``date_words.py`` and
``date_math.py``), ``entities.py`` (the gazetteer's names) and ``candidates.py``
(unknown capitalized names, cut by ``runs.py`` and typed by ``classify.py`` with
what ``article_terms.py`` reads of the whole article) find them;
``qualifiers.py`` reads what an amount means: "up to", "between … and …", "a
share", "pre-money".
"""

from __future__ import annotations

from newsdb.extract.gazetteer import Gazetteer
from newsdb.extract.mentions.dates import find_dates
from newsdb.extract.mentions.entities import find_entities
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.mentions.money import find_money
from newsdb.extract.mentions.qualifiers import with_meanings
from newsdb.extract.text.tokens import Words
from newsdb.partial_date import PartialDate


def find_mentions(
    body: str, words: Words, language: str, published: PartialDate | None, gazetteer: Gazetteer
) -> list[Mention]:
    """Every mention in ``body`` (``words``: ``tokenize(body)``), sorted by position.

    A date inside an amount, or an unknown name inside an amount or a date, is
    left out; ``published`` anchors relative dates ("last month"), without it
    they have ``value=None``; ``language`` decides how "1,500" and "billion" read.
    """
    taken = bytearray(len(body))  # characters inside a money or date span
    money = with_meanings(body, find_money(body, language))
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
