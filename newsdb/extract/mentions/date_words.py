"""The words and patterns of dates in English and French: month and weekday names,
relative phrases ("last month", "il y a deux ans"), the cue words around a bare
year or month, and the regular expressions that find candidates (dates.py
resolves them).
"""

from __future__ import annotations

import re

from newsdb.extract.text.normalize import folded_word_set
from newsdb.extract.text.word_lists import NUMBER_WORDS

_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN_LOWER = frozenset(m.lower() for m in _MONTHS_EN)
MONTH_NUMBER: dict[str, int] = {}
for _i, (_en, _fr) in enumerate(zip(_MONTHS_EN, _MONTHS_FR, strict=True), start=1):
    MONTH_NUMBER[_en.lower()] = MONTH_NUMBER[_fr] = MONTH_NUMBER[_en[:3].lower()] = _i
MONTH_NUMBER.update({"fevrier": 2, "aout": 8, "decembre": 12, "sept": 9})
_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAY_NUMBER = {d.lower(): i for days in (_WEEKDAYS_EN, _WEEKDAYS_FR) for i, d in enumerate(days)}

# (unit, offset) for fixed relative phrases; spaces match any whitespace and
# apostrophes both ' and ’.
RELATIVE = {
    "last year": ("year", -1),
    "this year": ("year", 0),
    "next year": ("year", 1),
    "earlier this year": ("year", 0),
    "first half of the year": ("year", 0),
    "second half of the year": ("year", 0),
    "first half of this year": ("year", 0),
    "second half of this year": ("year", 0),
    "first half of last year": ("year", -1),
    "second half of last year": ("year", -1),
    "later this year": ("year", 0),
    "last month": ("month", -1),
    "this month": ("month", 0),
    "next month": ("month", 1),
    "earlier this month": ("month", 0),
    "later this month": ("month", 0),
    "last week": ("week", -1),
    "this week": ("week", 0),
    "next week": ("week", 1),
    "earlier this week": ("week", 0),
    "later this week": ("week", 0),
    "yesterday": ("day", -1),
    "tomorrow": ("day", 1),
    "today": ("day", 0),
    "earlier today": ("day", 0),
    "later today": ("day", 0),
    "earlier in the day": ("day", 0),
    "later in the day": ("day", 0),
    "this morning": ("day", 0),
    "this afternoon": ("day", 0),
    "this evening": ("day", 0),
    "tonight": ("day", 0),
    "ce matin": ("day", 0),
    "cet après-midi": ("day", 0),
    "ce soir": ("day", 0),
    "aujourd'hui": ("day", 0),
    "plus tôt dans la journée": ("day", 0),
    "fin de l'année": ("year", 0),
    "fin d'année": ("year", 0),
    "début de l'année": ("year", 0),
    "début d'année": ("year", 0),
    "plus tôt dans l'année": ("year", 0),
    "fin de l'année dernière": ("year", -1),
    "début de l'année dernière": ("year", -1),
    "fin de l'année prochaine": ("year", 1),
    "début de l'année prochaine": ("year", 1),
    "fin de semaine dernière": ("week", -1),
    "début de semaine dernière": ("week", -1),
    "début de semaine": ("week", 0),
    "fin de semaine": ("week", 0),
    "l'année dernière": ("year", -1),
    "l'an dernier": ("year", -1),
    "l'année passée": ("year", -1),
    "l'an passé": ("year", -1),
    "année dernière": ("year", -1),
    "cette année": ("year", 0),
    "plus tôt cette année": ("year", 0),
    "l'année prochaine": ("year", 1),
    "l'an prochain": ("year", 1),
    "le mois dernier": ("month", -1),
    "le mois passé": ("month", -1),
    "mois dernier": ("month", -1),
    "ce mois-ci": ("month", 0),
    "plus tôt ce mois-ci": ("month", 0),
    "le mois prochain": ("month", 1),
    "la semaine dernière": ("week", -1),
    "la semaine passée": ("week", -1),
    "semaine dernière": ("week", -1),
    "cette semaine": ("week", 0),
    "la semaine prochaine": ("week", 1),
    "avant-hier": ("day", -2),
    "hier": ("day", -1),
    "demain": ("day", 1),
}
UNITS = {
    "year": "year",
    "years": "year",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
    "month": "month",
    "months": "month",
    "mois": "month",
    "week": "week",
    "weeks": "week",
    "semaine": "week",
    "semaines": "week",
    "day": "day",
    "days": "day",
    "jour": "day",
    "jours": "day",
}
# Words after which a bare year is a date ("in 2023", "fiscal 2026", "en 2018").
YEAR_CUES = folded_word_set(
    """in since by until till from through before after during around circa early late
    mid fiscal fy year years summer spring autumn fall winter end start beginning half
    quarter q1 q2 q3 q4 h1 h2 due between en depuis dès ici jusqu avant après apres
    fin début debut mi courant été ete hiver printemps automne année annee exercice an
    horizon semestre trimestre entre vers t1 t2 t3 t4 s1 s2"""
)
FUTURE_CUES = folded_word_set(
    """will ll expected expects expect scheduled plans plan planned upcoming due slated
    aims aim targets until till shall devrait devraient doit doivent prevu prevue prevus
    attendu attendue attendus sera seront va vont ici jusqu compter"""
)
DETERMINERS = folded_word_set("a an the its their his her our this that whose")
SPANS = frozenset({"last year", "next year", "last month", "next month", "last week", "next week"})
SEASON_CUES = folded_word_set(
    "the this last next in over during since until by early late mid l en cet au"
)
WEAK_YEAR_CUES = folded_word_set("of the and or to for least de du des et ou à a le la les l")
NEXT_WORD = re.compile(r"[ \u00a0]*([^\W\d_]+)")
YEAR_OPENERS = set('([«“"—–,;')
# Words that make a weekday the name of a day, not a date.
NAMED_DAYS = folded_word_set("black cyber super good ash holy easter palm bloody giving fat maundy")
NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]")
# "the world of tomorrow", "les usines de demain": a figure, not a day.
FIGURATIVE_BEFORE = folded_word_set("of de d")


def _alt(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
        for w in sorted(words, key=len, reverse=True)
    )


_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_EN_MONTH = rf"(?:{_alt(_MONTHS_EN)}|{_ABBR}\.)"
_DAY_MONTH = rf"(?:{_alt(_MONTHS_EN)}|{_ABBR}\.?|(?i:{_alt(_MONTHS_FR)}))"  # "Nov 27"
_MONTH = rf"(?:{_EN_MONTH}|(?i:{_alt([*_MONTHS_FR, 'fevrier', 'aout', 'decembre'])}))"
_WEEKDAY = rf"(?:{_alt(_WEEKDAYS_EN)}|(?i:{_alt(_WEEKDAYS_FR)}))"
# Before a full date only: "Tue 6 Aug 2024", "Wed., Nov. 22".
_WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
ORDINALS |= {"4th": 4, "premier": 1, "1er": 1, "deuxième": 2, "deuxieme": 2, "troisième": 3}
ORDINALS |= {"troisieme": 3, "quatrième": 4, "quatrieme": 4, "second": 2}
# "the last quarter of 2021" is its fourth; "last quarter" alone the one before.
ORDINALS |= {"last": 4, "dernier": 4}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASONS |= {"printemps": 3, "été": 6, "automne": 9, "hiver": 12}
# Vague but dated by the text: "a few months ago", "the next few weeks", "a
# month later" (value None: the direction is known, the distance is not).
_VAGUE = r"""(?:(?:a\s+few|several)\s+(?:years|months|weeks|days)\s+(?:ago|later|earlier)
    |(?:a|one)\s+(?:year|month|week|day)\s+(?:later|earlier)
    |(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|months|weeks|days)
      \s+(?:later|earlier)
    |next\s+few\s+(?:months|weeks|days)
    |(?:most\s+recent|latest)\s+quarter)"""
_YEAR = r"(?:19|20)\d{2}"
# "between March and May 2021", "du 3 au 5 mars 2024": the year of the range's end.
RANGE_YEAR = re.compile(
    rf"[ \u00a0]*(?:and|to|through|until|till|et|à|au|-|–)[ \u00a0]+"
    rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?[ \u00a0]+)?(?:{_DAY_MONTH})\.?"
    rf"(?:[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?)?,?[ \u00a0]+(?P<y>{_YEAR})(?!\d)"
)
# Words after which a month name alone is a date ("in June", "en janvier").
MONTH_CUES = folded_word_set(
    """in since by until till from through to of early late mid en depuis dès des ici à a
    de d fin début debut mi courant jusqu avant après apres between entre"""
)

PATTERN = re.compile(
    rf"""
    (?<![\w])
    (?:
      (?P<iso>(?<![\d-])(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})
          (?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?![\d-]))
    | (?P<num>(?<![\d/.])(?P<n1>\d{{1,2}})(?P<sep>[/.])(?P<n2>\d{{1,2}})(?P=sep)(?P<ny>{_YEAR})
          (?![\d/]|\.\d))
    | (?P<mdy>(?:{_WEEKDAY},?\s+)?(?P<mdy_m>{_DAY_MONTH})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?
          (?!\d)(?:,?\s+(?P<mdy_y>{_YEAR}))?(?![\w]))
    | (?P<dmy>(?<![\d,.])(?:{_WEEKDAY},?\s+)?(?P<dmy_d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+
          (?P<dmy_m>{_MONTH}|{_ABBR})(?:\s+(?P<dmy_y>{_YEAR}))?(?![\w]))
    | (?P<my>(?P<my_m>{_MONTH})\s+(?P<my_y>{_YEAR})(?![\w]))
    | (?P<rel>(?i:{_alt(RELATIVE)}))(?![\w-])
    | (?P<ago>(?i:(?P<ago_n>\d+|{_alt(k for k in NUMBER_WORDS if k.isascii())})\s+
          (?P<ago_u>years?|months?|weeks?|days?)\s+ago))(?![\w])
    | (?P<ilya>(?i:il\s+y\s+a\s+(?P<ilya_n>\d+|{_alt(NUMBER_WORDS)})\s+
          (?P<ilya_u>ans?|années?|mois|semaines?|jours?)))(?![\w])
    | (?P<wd>(?:(?P<wd_pre>(?i:last|next))\s+)?(?P<wd_name>{_WEEKDAY})
          (?:\s+(?P<wd_post>(?i:dernier|prochain)))?)(?![\w])
    | (?P<lm>(?P<lm_dir>(?i:last|next))\s+(?P<lm_m>{_MONTH}))(?![\w])(?!\.?\s+\d)
    | (?P<fm>(?P<fm_m>{_MONTH})\s+(?P<fm_dir>(?i:dernier|prochain)))(?![\w])
    | (?P<bm>{_MONTH})(?![\w])(?!\.?\s+\d)
    | (?P<midyear>(?i:mid-|mi-)(?P<mid_y>{_YEAR}))(?![\w])
    | (?P<fy>[FC]Y[ -]?(?P<fy_y>(?:19|20)?\d{{2}}))(?![\w-])
    | (?<![\w$€£¥.,/-])(?P<years>(?P<years_1>{_YEAR})[-–](?:{_YEAR}|\d{{2}}))(?![\w%]|[.,/-]\d)
    | (?<![\w$€£¥.,/-])(?P<year>{_YEAR})(?![\w%]|[.,/-]\d|[ \u00a0]?[%€$£])
    )
    """,
    re.VERBOSE,
)
# Quarters, seasons and vague phrases: tried first, and only after the words
# that can start them (a smaller pattern than PATTERN for the common "a").
EXTRA = re.compile(
    rf"""
    (?<![\w])
    (?:
      (?P<mrel>(?P<mrel_m>{_MONTH})\s+(?:(?i:of)\s+)?(?P<mrel_dir>(?i:this|last|next))\s+(?i:year)
          (?![\w]))
    | (?P<q>(?:(?P<q_ord>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))[\s-]+
          (?i:calendar[\s-]+)?(?i:quarter)
          (?:\s+of\s+(?:(?P<q_this>the\s+year|this\s+year)|(?P<q_y1>{_YEAR})))?
        | (?P<q_fr>(?i:premier|1er|deuxième|deuxieme|second|troisième|troisieme|quatrième
          |quatrieme|dernier))\s+(?i:trimestre)
          (?:\s+(?:(?P<q_this_fr>de\s+l['’]année)|(?:de\s+)?(?P<q_y2>{_YEAR})))?
        | (?P<q_q>[QT][1-4])(?:(?:[\s-]+|\s+of\s+|\s+de\s+)(?P<q_y3>{_YEAR}))?)(?![\w-]))
    | (?P<season>(?:(?P<s_dir>(?i:last|this|next|the|cet|ce))\s+)?(?P<s_name>(?i:summer|spring
          |autumn|fall|winter|printemps|été|automne|hiver))
          (?:\s+(?P<s_post>(?i:dernier|prochain)))?(?:\s+(?:(?i:of|de)\s+)?(?P<s_y>{_YEAR}))?)(?![\w-])
    | (?P<vague>(?i:{_VAGUE}))(?![\w-])
    )
    """,
    re.VERBOSE,
)
EXTRA_TRIGGERS = (
    frozenset(ORDINALS)
    | frozenset(SEASONS)
    | folded_word_set("q1 q2 q3 q4 t1 t2 t3 t4 last this next a one several most latest")
    | folded_word_set("two three four five six seven eight nine ten")
    | frozenset(MONTH_NUMBER)
)
# Frequent words that start an EXTRA phrase only before one of EXTRA_NEXT.
COMMON_STARTS = folded_word_set(
    "a one last this next several dernier two three four five six seven eight nine ten most latest"
) | frozenset(MONTH_NUMBER)
EXTRA_NEXT = folded_word_set(
    "few month year week day months years weeks days summer spring autumn fall winter"
    " this last next of quarter trimestre recent"
)
ABBR_PREFIX = re.compile(rf"{_WEEKDAY_ABBR},?\s+(?=\d|{_ABBR})")
WEEKDAY_ABBRS = folded_word_set("mon tue tues wed thu thur thurs fri sat sun")
WORD_BEFORE = re.compile(r"(\w+)\W*$")
# A day given by its digits and month ("21 septembre", "March 12"), not a weekday
# or "today" resolved from the publication month.
DATELINE_CHARS = 400
CLAUSE_END = re.compile(r"[.!?;\n]")
RELATIVE_DAY = re.compile(r"(?i)\D*$")
# Lowercased words that can start a date.
TRIGGERS = frozenset(
    [m.lower() for m in _MONTHS_EN + _MONTHS_FR]
    + list(MONTH_NUMBER)
    + [d.lower() for d in _WEEKDAYS_EN + _WEEKDAYS_FR]
    + [phrase.split()[0].split("'")[0] for phrase in RELATIVE]
    + list(NUMBER_WORDS)
    + ["mid", "mi", "il", "année", "mois", "semaine", "avant", "several", "most", "latest"]
    + list(ORDINALS)
    + ["q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4"]
    + list(SEASONS)
    + ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
)
