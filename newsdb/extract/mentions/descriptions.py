"""A company by what the sentence says of it.

An unknown name told once at a sentence start is a company when an apposition
that describes a company comes before its verb ("Moniepoint, Nigeria's leading
fintech, announced") or a copula calls it one ("X is a Kenyan insurtech",
"Zorvex est une start-up lyonnaise").
"""

from __future__ import annotations

import re

from newsdb.extract.mentions.name_shapes import SUBJECT_VERB
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.word_lists import (
    ORG_CUES,
    PERSON_CUES,
    TITLES,
)

# A discourse aside between a sentence-initial name and its verb: "Yooji, quant à elle,
# a levé", "Yooji a, de son côté, levé", "Lumora, however, raised".
_ASIDE = re.compile(
    r"(?P<aux>[ \u00a0]+(?:a|ont|avait|has|have|had))?,[ \u00a0]+"
    r"(?:however|meanwhile|too|also|in turn|in addition|instead|though|likewise|similarly|"
    r"separately|for (?:its|their|his|her) part|by contrast|in contrast|"
    r"quant à (?:elle|lui|elles|eux)|de (?:son|leur) côté|pour (?:sa|leur) part|"
    r"(?:elle|lui) aussi|en revanche|par ailleurs|toutefois|cependant|également|aussi|"
    r"de même|en outre|pour rappel),"
)

_PARTICIPLE = re.compile(r"[ \u00a0]+\w+(?:é|ée|és|ées|is|it|u|us|ert|ed)\b")

# An apposition between a sentence-initial name and its verb: "Moniepoint,
# Nigeria's leading fintech, announced"; not a clause ("and", "who", "but").
_APPOSED_ASIDE = re.compile(
    r",[ \u00a0]+(?!(?:and|or|but|who|whom|et|ou|mais|qui|including|notamment|like)\b)"
    r"([^,.;:()\n!?\"“”]{3,60}),"
)

# "Moniepoint is Nigeria's leading fintech", "Zorvex est une start-up lyonnaise":
# a name said to be a company.
_COPULA = re.compile(
    r"[ \u00a0]+(?:is|was|est|était)[ \u00a0]+"
    r"(?:a|an|the|one of the|un|une|le|la|l[’']|l[’']une? des|[A-Z][\w-]*[’']s)[ \u00a0]?"
    r"((?:[\w-]+[ \u00a0]+){0,4}[\w-]+)"
)

_COMPANY_NOUNS = ORG_CUES | folded_word_set(
    "fintech insurtech proptech edtech healthtech biotech developer manufacturer supplier"
)

# What may follow the head noun of "a Nigerian fintech": not "a firm priority".
_AFTER_HEAD = re.compile(
    r"\s*(?:[.,;:)]|$)|[ \u00a0]+(?:that|which|based|headquartered|founded|backed|in|from|with"
    r"|of|for|qui|basée?|fondée?|spécialisée?|de|du|des|en|dans)\b"
)

_ADJECTIVE = re.compile(r"[ \u00a0]+[a-zéèêàç-]+(?=[ \u00a0]|[.,;:)])")

# Words of a description that make it a person's ("Ola's co-founder", "the founder of").
_PERSON_OR_OF = TITLES | PERSON_CUES | {"of", "de", "du", "des", "d"}


def _a_company(description: str) -> bool:
    """ "Nigeria's leading fintech" describes a company; "Ola's co-founder" and
    "Merck's blockbuster cancer drug" do not."""
    words = [fold(w) for w in re.findall(r"[\w-]+", description)]
    return _PERSON_OR_OF.isdisjoint(words) and any(w in _COMPANY_NOUNS for w in words)


def said_a_company(body: str, end: int) -> bool:
    copula = _COPULA.match(body, end)
    if copula is None:
        return False
    french = copula.group().split()[0] in ("est", "était")
    for word in re.finditer(r"[\w-]+", copula.group(1)):
        folded = fold(word.group())
        if folded in _PERSON_OR_OF:
            return False  # "Huang is the founder of the chipmaker"
        if folded in _COMPANY_NOUNS:
            head_end = copula.start(1) + word.end()
            if french and (adjective := _ADJECTIVE.match(body, head_end)):
                head_end = adjective.end()  # "une start-up lyonnaise qui"
            return bool(_AFTER_HEAD.match(body, head_end))
    return False


def aside_then_verb(body: str, end: int, apposed: bool = False) -> bool:
    """ "Lumora, however, raised"; with ``apposed``, "Moniepoint, Nigeria's
    leading fintech, announced" too."""
    aside = _ASIDE.match(body, end)
    if aside is None and apposed and (aside := _APPOSED_ASIDE.match(body, end)) is not None:
        return _a_company(aside.group(1)) and bool(SUBJECT_VERB.match(body, aside.end()))
    if aside is None:
        return False
    if aside.group("aux"):
        return bool(_PARTICIPLE.match(body, aside.end()))
    return bool(SUBJECT_VERB.match(body, aside.end()))
