"""What the whole article says of its words, read once before its runs are
classified (``classify``): the acronyms and short names it defines in
parentheses ("Office of the Australian Information Commissioner (OAIC)",
"Singapore Telecommunications Ltd (Singtel)"), the terms it defines, the
titles it quotes or names with "of", a country unit of a company ("Jumia
Tunisie").
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsdb.extract.mentions.name_shapes import CAMEL, LINK_WORDS, is_initial
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.word_lists import LAW_WORDS, NATIONALITIES, ORG_WORDS, PLACES, STOPWORDS


def titles_with_of(body: str, tokens, runs: list[list[int]]) -> set[int]:
    """First tokens of two one-word runs joined by "of" mid-sentence, each
    found only there: a title ("such as Call of Duty"), not two names; an
    organization word would have linked them ("Bank of America")."""
    pairs = [
        (left[0], right[0])
        for left, right in pairwise(runs)
        if len(left) == 1
        and len(right) == 1
        and right[0] == left[0] + 2
        and body[tokens[left[0]].end() : tokens[right[0]].start()] == " of "
    ]
    if not pairs:
        return set()
    counts: dict[str, int] = {}
    for run in runs:
        if len(run) == 1:
            key = fold(tokens[run[0]].group())
            counts[key] = counts.get(key, 0) + 1
    found = set()
    for left, right in pairs:
        words = (fold(tokens[left].group()), fold(tokens[right].group()))
        if all(counts[w] == 1 for w in words) and not is_initial(body, tokens[left].start()):
            found.update((left, right))
    return found


_QUOTED = re.compile(
    r"[\"“«‘][ \u00a0]*((?:[A-ZÀ-Ý]|[a-z][A-Z])[^\"“”«»‘’\n]{0,119}?)[ \u00a0]*[\"”»’]"
)
# straight single quotes too: "Modi's 'Digital India' Mission", "'Ease of Living'"
_SINGLE_QUOTED = re.compile(r"(?<![\w])'((?:[A-ZÀ-Ý]|[a-z][A-Z])[^\"“”«»‘’'\n]{0,119}?)'(?![\w])")


_BEFORE_QUOTE = frozenset(" \t\n\u00a0([{—–-/:")


_LAW_HEADS = folded_word_set("règlement loi directive décret ordonnance")

_PHRASE_IN_PARENS = re.compile(r"\b([A-Z]{2,6})\s+\(([^()\n]{5,90})\)")


_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z]{2,6})s?\)")


_SMALL_WORDS = LINK_WORDS | {"on", "in", "to", "a", "an", "sur", "pour", "en", "au", "aux"}


_LEGAL_FORMS = folded_word_set("inc corp co ltd llc llp lp plc sa sas se ag nv bv gmbh spa")


# Countries as companies write them in their units' names; oceans and regions are no
# country ("Cathay Pacific ... Cathay", "Virgin Atlantic ... Virgin" are one company).
_UNIT_COUNTRIES = folded_word_set(
    "italia deutschland espana españa brasil nederland polska sverige schweiz suisse belgique "
    "osterreich mexico argentina tunisie maroc algerie senegal france uk usa india japan china "
    "korea canada australia germany spain italy brazil"
)


_NOT_COUNTRIES = folded_word_set("pacific atlantic indian arctic mediterranean orient oriental")


def country_unit(words: list[str]) -> bool:
    rest = [fold(w) for w in words[1:]]
    return all(
        (w in PLACES or w in NATIONALITIES or w in _UNIT_COUNTRIES) and w not in _NOT_COUNTRIES
        for w in rest
    )


def initials_of(words: list[str]) -> set[str]:
    """The acronyms of a name: "Federal Trade Commission" gives FTC,
    "Securities and Exchange Commission" SEC (and SAEC), "testing the
    waters" TTW (and TW); none for a single word."""
    if len(words) > 2 and fold(words[-1]).rstrip(".") in _LEGAL_FORMS:
        words = words[:-1]  # "Japan Advanced Semiconductor Manufacturing Inc" is JASM
    if len(words) < 2:
        return set()
    found = {"".join(w[0] for w in words).upper()}
    main = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(main) > 1:
        found.add("".join(w[0] for w in main).upper())
    return found


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


_WORD_OR_INITIALS = re.compile(r"[^\W\d_][\w’'.-]*")  # "U.S. Securities and ..."


def _acronyms_after(body: str, word: re.Pattern):
    """(acronym, the words of the 80 characters before it) for each "(ABC)"."""
    for match in _ACRONYM_IN_PARENS.finditer(body):
        yield match.group(1), word.findall(body, max(0, match.start() - 80), match.start())


SHORT_NAME = re.compile(r" \(([A-Z][a-z]+[A-Za-z]*)\)")


def shortened(short: str, words: list[str]) -> bool:
    """ "Singtel" for "Singapore Telecommunications": the name's first letters, not its
    first word ("Grab Financial Group (Grab)": a unit and its group), nor another
    company ("Wana Corporate (Inwi)", "SFR (Altice)")."""
    first = fold(words[0])
    return fold(short) != first and len(short) >= 4 and fold(short)[:3] == first[:3]


def defined_acronyms(body: str) -> dict[str, str]:
    """Acronyms the text defines for a name: "the Fair Trade Commission (FTC)"
    gives FTC -> "Fair Trade Commission" (another body than the gazetteer's FTC)."""
    found: dict[str, str] = {}
    for acronym, words in _acronyms_after(body, _WORD_OR_INITIALS):
        for n in range(2, 7):
            phrase = words[-n:]
            if len(phrase) == n and phrase[0][0].isupper() and acronym in initials_of(phrase):
                found.setdefault(acronym, " ".join(phrase))
                break
    return found


def defined_terms(body: str) -> dict[str, str | None]:
    """Acronyms that the text defines for a common-noun phrase or a law:
    "testing the waters (TTW)", "artificial general intelligence (AGI)",
    "Digital Markets Act (DMA)": not names."""
    terms: dict[str, str | None] = {}
    if "(" not in body:
        return terms
    for acronym, words in _acronyms_after(body, _WORD):
        for n in range(len(acronym), len(acronym) + 5):
            phrase = words[-n:]
            if len(phrase) == n and _a_term(phrase) and acronym in initials_of(phrase):
                terms[acronym] = None
                break
    for match in _PHRASE_IN_PARENS.finditer(body):
        # "se conformer au RGPD (Règlement général de protection des données)"
        phrase = _WORD.findall(match.group(2))
        if _a_term(phrase) and match.group(1) in initials_of(phrase):
            terms[match.group(1)] = None
    return terms


def _a_term(phrase: list[str]) -> bool:
    """A common-noun phrase, or a law's name: "Digital Markets Act", "Règlement
    général sur la protection des données"."""
    return bool(phrase) and (
        all(w[0].islower() for w in phrase)
        or fold(phrase[-1]) in LAW_WORDS
        or (len(phrase) > 2 and fold(phrase[0]) in _LAW_HEADS)
    )


def quoted_titles(body: str) -> list[tuple[int, int]]:
    """Short quoted phrases of capitalized words: titles of songs, books,
    shows, events and defined terms ("Roar", «Carré», (the “Notes”))."""
    spans = []
    matches = list(_QUOTED.finditer(body))
    if " '" in body or "\n'" in body or body.startswith("'"):
        matches += _SINGLE_QUOTED.finditer(body)
    for match in matches:
        if match.start() and body[match.start() - 1] not in _BEFORE_QUOTE:
            continue  # a closing quote: 'consumers," Nevada Attorney General Aaron Ford said. "'
        inner = match.group(1)
        words = re.findall(r"[^\W\d_][\w’'-]*", inner)
        long = [w for w in words if len(w) > 3 and fold(w) not in STOPWORDS]
        if words and fold(words[-1]) in ORG_WORDS:
            continue  # "partnered with 'Brindle Labs'": a company's name in quotes
        if (
            words
            and len(words) <= 16  # "Madhouse at the End of the Earth: The Belgica's Journey…"
            and all(w[0].isupper() or CAMEL.match(w) for w in long or words)
        ):
            spans.append(match.span(1))
    return sorted(spans)


# A term a text defines with an article, in quotes: "(the “Tender Offer”)", "(the
# “Shares” or, individually, a “Share”)", "the “Magnificent Seven”": no name.
_QUOTED_TERM = re.compile(
    r"(?<![\w-])(?:the|a|an|les?|la|l['’])\s+[“\"«]\s*([A-Z][^”\"»\n]{1,40}?)\s*[”\"»]"
)


def quoted_terms(body: str) -> set[str]:
    """The terms ``body`` defines in quotes after an article, folded and without a
    plural "s" ("tender offer", "stock option")."""
    if "“" not in body and '"' not in body and "«" not in body:
        return set()
    return {fold(m.group(1)).rstrip("s") for m in _QUOTED_TERM.finditer(body)}
