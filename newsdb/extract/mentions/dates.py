"""Dates in English and French, absolute or relative to the publication date.

One regex pass (its patterns and words in ``date_words.py``; the calendar
arithmetic in ``date_math.py``) finds every candidate; each is resolved to a
:class:`~newsdb.partial_date.PartialDate` with the precision its words support:

* absolute: "2025-05-02 11:09", "May 19, 2025", "19 mai 2025", "1er janvier
  2026" (day); "May 2025", "mai 2025" (month); a bare year "2023" (year) when
  a word such as "in", "since", "fiscal", "en", "depuis", "fin" announces it
  ("in 2023" gives the span "2023");
* relative: "last year", "l'année dernière" (year); "last month", "le mois
  dernier", "earlier this month", "ce mois-ci" (month); "three years ago",
  "il y a deux ans"; "January this year", "January of last year" (month).
  A month without a year ("in June", "en janvier") or a day without a year
  ("December 31", "3 février") is the publication month or earlier in the
  year, else the year before (news reports what happened), unless its clause
  speaks of the future ("expected to close in January": the next one).
  "last October" is October of the year before publication.  Without a
  publication date, a month without a year follows the last date with a year
  in the text ("in April 2021 ... in December").  Seasons ("over the summer",
  "last winter") are years.
* weeks: "this week", "last week", "la semaine dernière", "en début de
  semaine" are ISO weeks ("2025-W18", :class:`Period`) when the publication
  day is known, the month of the day a week away when only its month is.
* quarters: "first-quarter", "the third quarter of 2024", "Q4 2024", "Q3 of
  2021", "the first calendar quarter of 2021", "deuxième trimestre", "the
  last quarter of the year" are :class:`Period` quarters ("2024-Q3"), the
  year found like a month's; "last quarter" alone is the one before.
* other written forms: "14.01.2021" (day first), "2015-2018" (one period,
  dated by its start), "mid-2009", "janvier dernier" (the latest January
  before publication), "between March and May 2021" (the range's year), a
  capitalized French month opening a sentence ("Juillet a été…").
* days: "today", "aujourd'hui", "earlier in the day", "yesterday", "hier" and
  weekdays ("on Tuesday" = the latest Tuesday on or before publication; "last
  Tuesday", "mardi dernier" = strictly before; not "every Friday") are days
  when the publication day is known.
* A publication date known only to the month is read as the middle of that
  month for week and day arithmetic, and the result is kept at month
  precision; known only to the year, only year arithmetic is done.  Without a
  publication date every relative date keeps its text and has value None
  (SPEC §4: unresolved rather than guessed).
* vague but dated ("a few months ago", "a month later", "the next few
  weeks"): a date with value None.

Durations and open periods are not dates: "in recent weeks", "ces dernières
semaines", "over the past year", "over the last year", "the next three
years", "the coming months".
"""

from __future__ import annotations

import datetime as dt
import re

from newsdb.extract.mentions.date_math import (
    Period,
    in_calendar,
    latest_month,
    next_or_last,
    relative,
    weekday,
)
from newsdb.extract.mentions.date_words import (
    ABBR_PREFIX,
    CLAUSE_END,
    COMMON_STARTS,
    DATELINE_CHARS,
    DETERMINERS,
    EXTRA,
    EXTRA_NEXT,
    EXTRA_TRIGGERS,
    FIGURATIVE_BEFORE,
    FUTURE_CUES,
    MONTH_CUES,
    MONTH_NUMBER,
    MONTHS_EN_LOWER,
    NAME_WORD_AFTER,
    NAMED_DAYS,
    NEXT_WORD,
    ORDINALS,
    PATTERN,
    RANGE_YEAR,
    RELATIVE,
    RELATIVE_DAY,
    SEASON_CUES,
    SEASONS,
    SPANS,
    TRIGGERS,
    UNITS,
    WEAK_YEAR_CUES,
    WEEKDAY_ABBRS,
    WORD_BEFORE,
    YEAR_CUES,
    YEAR_OPENERS,
)
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.normalize import fold
from newsdb.extract.text.tokens import TOKEN, Words, tokenize
from newsdb.extract.text.word_lists import NUMBER_WORDS, STOPWORDS
from newsdb.partial_date import PartialDate, Precision

_MONTH_BEFORE = re.compile(r"(\w+)\.?[ \u00a0]+(?:and|or|et|ou)[ \u00a0]+$")


def _after_month(body: str, start: int) -> bool:
    """ "between July and September", "en mai ou juin": the second of two months."""
    match = _MONTH_BEFORE.search(body, max(0, start - 20), start)
    return bool(match) and match.group(1).lower() in MONTH_NUMBER


def _range_year(body: str, end: int) -> str | None:
    shared = RANGE_YEAR.match(body, end)
    return shared.group("y") if shared else None


def _opens_sentence(body: str, start: int) -> bool:
    before = body[max(0, start - 3) : start].rstrip(' \u00a0"“«')
    return not before or before[-1] in ".!?\n"


def _future(body: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future ("expected to
    close in March", "devrait aboutir en juin"): a month without a year then
    comes next, not last."""
    clause = CLAUSE_END.split(body[max(0, start - 100) : start])[-1]
    return not FUTURE_CUES.isdisjoint(fold(w) for w in TOKEN.findall(clause))


def _direction_year(month: int, anchor: PartialDate, body: str, start: int) -> int:
    """The year of a month named without one: the publication year when it is
    the publication month or (past, the default of news) earlier in the year;
    otherwise the year before, or after when the clause speaks of the future."""
    year, ref = anchor.value.year, anchor.value.month
    if anchor.precision is Precision.YEAR or month == ref:
        return year
    if _future(body, start):
        return year if month > ref else year + 1
    return year if month < ref else year - 1


@in_calendar
def _quarter(match: re.Match, body: str, anchor: PartialDate | None) -> Period | None:
    group = match.group
    ordinal = group("q_ord") or group("q_fr")
    number = ORDINALS[ordinal.lower()] if ordinal else int(group("q_q")[1])
    year = group("q_y1") or group("q_y2") or group("q_y3")
    if year:
        return Period.quarter(int(year), number)
    if anchor is None:
        return None
    this_year = group("q_this") or group("q_this_fr")
    if ordinal and ordinal.lower() in ("last", "dernier") and not this_year:
        if anchor.precision is Precision.YEAR:
            return None
        current = (anchor.value.month - 1) // 3  # "last quarter": the one before
        return Period.quarter(anchor.value.year - (current == 0), (current - 1) % 4 + 1)
    if anchor.precision is Precision.YEAR:
        return Period.quarter(anchor.value.year, number)
    first_month = 3 * number - 2
    if this_year:
        return Period.quarter(anchor.value.year, number)
    return Period.quarter(_direction_year(first_month, anchor, body, match.start()), number)


def _season(match: re.Match, body: str, anchor: PartialDate | None):
    """ "over the summer", "last winter", "summer 2024": the year (seasons
    straddle months, and winter years)."""
    group = match.group
    name, direction = group("s_name"), (group("s_dir") or "").lower()
    direction = {"ce": "this", "cet": "this"}.get(direction, direction)
    post = (group("s_post") or "").lower()
    if post:  # "l'été dernier", "au printemps prochain"
        direction = "last" if post == "dernier" else "next"
    start = match.start("s_name") if not direction else match.start()
    previous = WORD_BEFORE.search(body, max(0, match.start() - 30), match.start())
    before = fold(previous.group(1)) if previous else ""
    if not name.islower() and not direction:
        return None  # "Summer" as a name
    if not direction and before not in SEASON_CUES:
        return None  # "shares fall", "a summer job"
    if name.lower() == "fall" and not direction and before not in ("the", "this", "last"):
        return None
    span = (start, match.end())
    if group("s_y"):
        return span, PartialDate.parse(group("s_y"))
    if anchor is None:
        return span, None
    year = anchor.value.year
    if direction == "last":
        year -= 1
    elif direction == "next":
        year += 1
    elif direction != "this" and anchor.precision is not Precision.YEAR:
        year = _direction_year(SEASONS[name.lower()], anchor, body, match.start())
    return span, PartialDate(dt.date(year, 1, 1), Precision.YEAR)


def _year_is_cued(body: str, start: int, end: int, english: bool = False) -> bool:
    """A bare year needs a word that announces a date ("in", "since", "fin")
    or an opening bracket; after a weak word ("of", "de", "and") it must not
    be followed by a noun ("plus de 2000 salariés")."""
    before = body[max(0, start - 40) : start]
    stripped = before.rstrip(" \u00a0")
    if not stripped or stripped[-1] in "\n" or stripped[-1] in YEAR_OPENERS:
        return True
    words = [fold(w) for w in re.findall(r"\w+", before)]
    if not words:
        return False
    if words[-1] in YEAR_CUES:
        return True
    if words[-1] == "a" and len(words) > 1 and words[-2] == "ici":
        return True
    if english and re.search(r"\w['’]s[ \u00a0]*$", before):
        return True  # "the jury's 2021 verdict"
    if english and words[-1] in DETERMINERS:
        return True  # "a 2020 court decision", "its 2019 deal"
    if re.match(r"[.;](?:\s|$)", body[end : end + 2]) and re.search(r"[a-zà-ÿ][ \u00a0]+$", before):
        return True  # "... than a year earlier, in line with 2022."
    if words[-1] not in WEAK_YEAR_CUES:
        return False
    if words[-1] in ("of", "de") and len(words) > 1 and words[-2] in YEAR_CUES:
        return True  # "by the end of 2025 sales", "the first half of 2024", "début de 2024"
    following = NEXT_WORD.match(body, end)
    if not following:
        return True
    word = following.group(1)
    return not word.islower() or len(word) <= 2 or fold(word) in STOPWORDS


def _resolve(match: re.Match, body: str, anchor: PartialDate | None, language: str | None):
    """(span start, span end, resolved date or None); None when not a date."""
    kind = match.lastgroup
    group = match.group
    if match.re is EXTRA:
        if group("mrel"):
            if anchor is None:
                return match.span("mrel"), None
            shift = {"this": 0, "last": -1, "next": 1}[group("mrel_dir").lower()]
            year = str(anchor.value.year + shift)
            return match.span("mrel"), _month_day(group("mrel_m"), None, year, anchor)
        if group("q"):
            return match.span("q"), _quarter(match, body, anchor)
        if group("season"):
            return _season(match, body, anchor)
        return match.span("vague"), None
    if group("iso"):
        return match.span("iso"), PartialDate(
            dt.date(int(group("iy")), int(group("im")), int(group("id"))), Precision.DAY
        )
    if group("num"):
        first, second = int(group("n1")), int(group("n2"))
        day_first = language != "en" or group("sep") == "."  # "14.01.2021"
        day, month = (first, second) if day_first else (second, first)
        return match.span("num"), PartialDate(dt.date(int(group("ny")), month, day), Precision.DAY)
    if group("mdy"):
        year = group("mdy_y") or _range_year(body, match.end())
        value = _month_day(group("mdy_m"), group("mdy_d"), year, anchor, body, match.start())
        return match.span("mdy"), value
    if group("dmy"):
        year = group("dmy_y") or _range_year(body, match.end())
        value = _month_day(group("dmy_m"), group("dmy_d"), year, anchor, body, match.start())
        return match.span("dmy"), value
    if group("my"):
        return match.span("my"), _month_day(group("my_m"), None, group("my_y"), anchor)
    if group("rel"):
        key = re.sub(r"\s+", " ", group("rel").lower().replace("’", "'"))
        unit, offset = RELATIVE[key]
        previous = WORD_BEFORE.search(body, max(0, match.start() - 30), match.start())
        if key in SPANS and previous and previous.group(1).lower() == "the":
            return None  # a duration: "over the last year", "in the next month"
        if (
            key in ("tomorrow", "demain")
            and previous
            and fold(previous.group(1)) in FIGURATIVE_BEFORE
        ):
            return None
        if (
            " " not in key
            and previous
            and previous.group(1)[0].isupper()
            and body[previous.end(1) : match.start("rel")] == " "
            and NAME_WORD_AFTER.match(body, match.end("rel"))
        ):
            return None  # a word of a name: "Better Tomorrow Ventures", "USA Today Network"
        return match.span("rel"), relative(unit, offset, anchor)
    if group("ago") or group("ilya"):
        prefix = "ago" if group("ago") else "ilya"
        count = group(prefix + "_n").lower()
        number = int(count) if count.isdigit() else NUMBER_WORDS[count]
        unit = UNITS[group(prefix + "_u").lower()]
        return match.span(prefix), relative(unit, -number, anchor)
    if group("wd"):
        previous = WORD_BEFORE.search(body, max(0, match.start() - 30), match.start())
        if previous and body[previous.end(1)] == " " and fold(previous.group(1)) in NAMED_DAYS:
            return None  # "Black Friday", "Super Tuesday"; not "Nvidia Tuesday said"
        if previous and fold(previous.group(1)) in ("every", "each", "chaque", "tous"):
            return None  # a schedule: "every Friday"
        direction = (group("wd_pre") or group("wd_post") or "").lower() or None
        return match.span("wd"), weekday(group("wd_name"), direction, anchor)
    if group("lm"):
        return match.span("lm"), next_or_last(group("lm_m"), group("lm_dir").lower(), anchor)
    if group("bm"):
        previous = WORD_BEFORE.search(body, max(0, match.start() - 30), match.start())
        word = group("bm")
        opens = language == "fr" and word[0].isupper() and _opens_sentence(body, match.start())
        cued = previous and fold(previous.group(1)) in MONTH_CUES
        if not (opens or cued or _after_month(body, match.start())):
            return None
        if word[0].isupper() and language == "en" and word.lower() not in MONTHS_EN_LOWER:
            return None  # "Mars" the company in English text
        year = _range_year(body, match.end())
        return match.span("bm"), _month_day(word, None, year, anchor, body, match.start())
    if group("fm"):  # "janvier dernier": the latest January before publication
        return match.span("fm"), latest_month(group("fm_m"), group("fm_dir").lower(), anchor)
    if group("fy"):  # "FY22", "FY 2024", "CY23": the fiscal or calendar year, by its year
        year = group("fy_y")
        if len(year) == 2:
            year = f"{19 if int(year) >= 50 else 20}{year}"  # "FY99" is 1999, "FY22" 2022
        return match.span("fy"), PartialDate.parse(year)
    if group("midyear"):
        return match.span("midyear"), PartialDate.parse(group("mid_y"))
    if group("years"):  # "2015-2018": one period, dated by its start
        if not _year_is_cued(body, match.start(), match.end(), language == "en"):
            return None
        return match.span("years"), PartialDate.parse(group("years_1"))
    if kind == "year":
        if not _year_is_cued(body, match.start(), match.end(), language == "en"):
            return None
        return match.span("year"), PartialDate.parse(group("year"))
    return None


def _in_story(
    match: re.Match, narrative: PartialDate | None, ahead: bool = True
) -> PartialDate | None:
    """Without a publication date, a month named without a year follows the
    story's last dated event: "announced in April 2021 ... in December" is
    December 2021.  Not ``ahead``, it comes before ``narrative``: "en mars" told
    before "avril 2023" is March 2023."""
    if narrative is None or narrative.precision is Precision.YEAR:
        return None
    name = match.group("bm") or match.group("mdy_m") or match.group("dmy_m")
    if not name:
        return None
    month = MONTH_NUMBER[name.lower().rstrip(".")]
    if ahead:
        year = narrative.value.year + (month < narrative.value.month)
    else:
        year = narrative.value.year - (month > narrative.value.month)
    day = match.group("mdy_d") or match.group("dmy_d")
    if not day:
        return PartialDate(dt.date(year, month, 1), Precision.MONTH)
    try:
        return PartialDate(dt.date(year, month, int(day)), Precision.DAY)
    except ValueError:  # "0 février", "31 avril": a day that month never has
        return None


def find_dates(
    body: str,
    published: PartialDate | None = None,
    language: str | None = None,
    words: Words | None = None,
) -> list[Mention]:
    """Every date in ``body``, resolved against ``published`` where relative.

    The full pattern is only tried where a word can start a date (a digit, a
    month or weekday name, "last", "l'", "il"...).  ``words`` is the body's
    ``tokenize`` result, computed here when not given.
    """
    tokens, lowers, _ = words if words is not None else tokenize(body)
    triggers = [i for i, w in enumerate(lowers) if w in TRIGGERS or w[0].isdigit()]
    if "FY" in body or "CY" in body:  # "FY22", "FY 2020", "CY23": fiscal and calendar years
        triggers = sorted(triggers + [i for i, w in enumerate(lowers) if w[:2] in ("fy", "cy")])
    found, matches = _find(body, published, language, tokens, lowers, triggers)
    if published is None and (anchor := _text_anchor(found, matches)) is not None:
        # No publication date: a month named before any dated event ("en mars")
        # is the last such month up to the latest date the text writes out
        # ("avril 2023"); relative dates ("last month") stay unresolved.
        found = [
            _dated(m, _in_story(match, anchor, ahead=False))
            if m.value is None and match.re is PATTERN
            else m
            for m, match in zip(found, matches, strict=True)
        ]
    if published is not None and published.precision is Precision.MONTH:
        # "PARIS, 21 septembre (Reuters)": the day it was written, in the first lines
        day = _dateline_day([m for m in found if m.start < DATELINE_CHARS], published)
        if day is not None:
            found = [
                _again(m, match, body, day, language)
                for m, match in zip(found, matches, strict=True)
            ]
    return found


def _again(mention: Mention, match: re.Match, body, anchor, language) -> Mention:
    """The same span resolved against a finer anchor."""
    resolved = _resolve(match, body, anchor, language)
    return _dated(mention, resolved[1] if resolved else None)


def _dated(mention: Mention, value: PartialDate | None) -> Mention:
    """The same span with ``value``."""
    return Mention(
        "date",
        mention.text,
        mention.start,
        mention.end,
        value=value.iso() if value else None,
        precision=str(value.precision) if value else None,
    )


def _text_anchor(found: list[Mention], matches: list[re.Match]) -> PartialDate | None:
    """The latest date the text writes out with its year, to the month or the day."""
    written = [
        m.value
        for m, match in zip(found, matches, strict=True)
        if m.value and m.precision in ("month", "day") and _with_year(match)
    ]
    return PartialDate.parse(max(written)) if written else None


def _with_year(match: re.Match) -> bool:
    return match.re is PATTERN and bool(
        match.group("my") or match.group("dmy_y") or match.group("mdy_y")
    )


def _dateline_day(found: list[Mention], published: PartialDate) -> PartialDate | None:
    """The first full date of the publication month among the text's dates
    (a dateline or "ce mercredi 12 mars"), to anchor weeks and days."""
    prefix = published.iso()
    for mention in found:
        value = mention.value or ""
        written = not RELATIVE_DAY.match(mention.text)
        if mention.precision == "day" and value.startswith(prefix) and written:
            return PartialDate.parse(value)
    return None


def _find(body, published, language, tokens, lowers, triggers):
    """(mentions, the match of each) in text order."""
    found: list[Mention] = []
    matches: list[re.Match] = []
    end_of_last = 0
    narrative = None  # without a publication date: the last date with a year
    for i in triggers:
        start = tokens[i].start()
        if start < end_of_last:
            continue
        word = lowers[i]
        match = None
        opens = start
        if word in EXTRA_TRIGGERS and (
            word not in COMMON_STARTS or (i + 1 < len(lowers) and lowers[i + 1] in EXTRA_NEXT)
        ):
            match = EXTRA.match(body, start)
        elif word in WEEKDAY_ABBRS and (prefix := ABBR_PREFIX.match(body, start)):
            start = prefix.end()  # "Tue 6 Aug 2024": the date after the weekday
        if match is None:
            match = PATTERN.match(body, start)
        if match is None:
            continue
        try:
            resolved = _resolve(match, body, published, language)
        except ValueError:  # "February 30", "2025-13-01"
            continue
        if resolved is None:
            continue
        (span_start, span_end), value = resolved
        if opens != start and match.re is PATTERN and (match.group("mdy") or match.group("dmy")):
            span_start = opens
        end_of_last = span_end
        if published is None and match.re is PATTERN:
            value = value or _in_story(match, narrative)
            if _with_year(match):
                narrative = value
        found.append(
            Mention(
                "date",
                body[span_start:span_end],
                span_start,
                span_end,
                value=value.iso() if value else None,
                precision=str(value.precision) if value else None,
            )
        )
        matches.append(match)
    return found, matches


def _month_day(
    month_word: str, day: str | None, year: str | None, anchor: PartialDate | None, body="", at=0
):
    month = MONTH_NUMBER[month_word.lower().rstrip(".")]
    if year is None:
        if anchor is None:
            return None
        year_number = _direction_year(month, anchor, body, at)
    else:
        year_number = int(year)
    if day is None:
        return PartialDate(dt.date(year_number, month, 1), Precision.MONTH)
    return PartialDate(dt.date(year_number, month, int(day)), Precision.DAY)
