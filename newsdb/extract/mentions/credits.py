"""Names given by their place in the layout, not by their words.

Bylines and credits are people ("By X and Y", "(Reporting by X; Editing by Y)",
"REUTERS/X", "X | Bloomberg"); photo agencies ("© Reuters", "NurPhoto/Getty
Images") and French institutions with their lowercase words ("Autorité de la
concurrence", "ministère de l'Économie") are organizations.
"""

from __future__ import annotations

import re

from newsdb.extract.text.normalize import fold
from newsdb.extract.text.word_lists import (
    DAYS,
    FIRST_NAMES,
    MONTHS,
    NATIONALITIES,
    ORG_WORDS,
    STOPWORDS,
)

_DATE_WORDS = MONTHS | DAYS | {"dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep"}
_DATE_WORDS |= {"sept", "oct", "nov"}

_NAME = r"[A-Z][a-zà-ÿ][\w’'-]*(?:[ \u00a0]+(?:[A-Z]\.|[A-Z][a-zà-ÿ][\w’'-]*)){1,3}"

_NAME_LIST = re.compile(rf"({_NAME})(?:[ \u00a0]*(?:,|\band\b|\bet\b|&)[ \u00a0]*)?")

_BYLINE = re.compile(
    r"^[ \t]*(?:(?:By|BY|Par|par|PAR)[ \u00a0]*:?"
    # "Publié le 26-02-2024 par Pierre Manière"
    r"|(?:Publié|Mis à jour|Published|Updated)[^\n]{0,40}?[ \u00a0](?:par|by))[ \u00a0]+(?=[A-Z])",
    re.MULTILINE,
)

_CREDIT_BY = re.compile(
    r"(?:(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ww]ritten|[Ee]dited|[Cc]ompiled|[Pp]hotographs?)"
    r"[ \u00a0]+by|(?:[Rr]édigé|[Éé]dité|[Rr]eportage)[ \u00a0]+par)[ \u00a0]+(?=[A-Z])"
)

_BYLINE_STARTS = ("By ", "BY ", "Par ", "par ", "PAR ", " By ", "\tBy ", "Publié le ", "par : ")

_BYLINE_LINES = tuple(f"\n{k}" for k in _BYLINE_STARTS)

_CREDIT_WORDS = (
    "eporting by",
    "diting by",
    "riting by",
    "ritten by",
    "dited by",
    "ompiled by",
    "hotograph",
    "édigé par",
    "dité par",
    "eportage par",
)

_CREDIT_SLASH = re.compile(
    rf"(?:\b[A-Z]{{2,}}|\b(?:Photo|Photos|Illustration|Image|Credit|Crédit)(?:[ \u00a0]+credits?)?)"
    rf"[ \u00a0]*[:/][ \u00a0]*({_NAME})(?=[ \u00a0]*(?:[/|,)\n]|$))"
)

_CREDIT_NOUNS = (" Photo", " Photos", " Image", " Images", " Illustration", " Graphic")

# "Photo: Shutterstock", "Image credit: Bloomberg": the agency that took it.
_CREDIT_AGENCY = re.compile(
    r"\b(?:Photo|Photos|Image|Images|Illustration|Credit|Crédit|Source)(?:[ \u00a0]+(?i:credits?))?"
    r"[ \u00a0]*:[ \u00a0]*([A-Z][\w&-]+)(?=[ \u00a0]*(?:$|\n|[/|,;)]))"
    # "Image Source : PTI Zomato got bids": an agency's acronym glued to the text after it
    r"|\b(?:Photo|Image|Source)(?:[ \u00a0]+(?:Source|(?i:credits?)))?[ \u00a0]*:[ \u00a0]*"
    r"([A-Z]{2,6})(?=[ \u00a0]+[A-Z][\w-]*[ \u00a0]+[a-z])"
)

_COPYRIGHT = re.compile(
    r"©[ \u00a0]*(?:\d{4}[ \u00a0]+)?([A-Z][\w&-]+)(?=[ \u00a0]*(?:$|\n|[/|,;.)]))"
)

_AGENCY_BEFORE = re.compile(r"(?m)(?:^|\()[ \t]*([A-Z][\w&-]+)/[A-Z]")

_CREDIT_BEFORE = re.compile(rf"(?m)(?:^|\()[ \t]*({_NAME})[ \u00a0]*[/|][ \u00a0]*[A-Z]")

_FR_HEADS = (
    "Autorité",
    "Société",
    "Syndicat",
    "Conseil",
    "Commission",
    "Banque",
    "Caisse",
    "Agence",
    "Fédération",
    "Union",
    "Comité",
    "Institut",
    "Bourse",
    "Confédération",
    "Observatoire",
    "Chambre",
    "Association",
    "Ministère",
    "ministère",
    "Bureau",  # "Bureau de la concurrence" (Canada)
    "Office",  # "Office fédéral de la communication"
    "Direction",  # "Direction générale de la concurrence"
)

_FR_INSTITUTION = re.compile(
    rf"(?:{'|'.join(_FR_HEADS)})"
    r"(?:[ \u00a0]+(?i:nationale?|européenne?|française?|générale?|supérieure?|fédérale?"
    r"|internationale?|régionale?|centrale)){0,2}"
    r"(?:[ \u00a0]+(?:et[ \u00a0]+)?(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|des[ \u00a0]+"
    r"|du[ \u00a0]+|de[ \u00a0]+|d['’])[^\W\d_][\w-]*"
    # "Autorité de contrôle prudentiel et de résolution"
    r"(?:[ \u00a0]+[a-zé]+(?:el|elle|al|ale|aux|ique|iques|aire|aires|if|ive|ien|ienne))?){1,2}"
)


def institutions(body: str) -> list[tuple[int, int]]:
    """French institutions, whose names keep lowercase words: "Autorité de
    la concurrence", "ministère de l’Économie", "Syndicat national de
    l’édition", "Société des Gens de Lettres"."""
    spans = []
    for head in _FR_HEADS:
        start = body.find(head)
        while start != -1:
            if not start or not (body[start - 1].isalnum() or body[start - 1] in "_-"):
                match = _FR_INSTITUTION.match(body, start)
                if match:
                    end = match.end()
                    last = match.group().rsplit(None, 1)[-1]
                    if fold(last) in NATIONALITIES:  # "Autorité de la concurrence italienne"
                        end -= len(last) + 1
                    spans.append((start, end))
            start = body.find(head, start + 1)
    return sorted(spans)


def credits(body: str) -> list[tuple[int, int]]:
    """Spans of the people named in bylines and credits: "By Nick Turner and
    Ian King", "(Reporting by X; Editing by Y and Z)", "REUTERS/Jane Doe",
    "Illustration: Jane Doe/Axios", "Jane Doe | Bloomberg | Getty Images"."""
    spans: list[tuple[int, int]] = []
    openers = []
    if body.startswith(_BYLINE_STARTS) or any(k in body for k in _BYLINE_LINES):
        openers.append(_BYLINE)
    if any(k in body for k in _CREDIT_WORDS):
        openers.append(_CREDIT_BY)
    for opener in openers:
        for match in opener.finditer(body):
            pos = match.end()
            while (name := _NAME_LIST.match(body, pos)) is not None:
                start, end = name.span(1)
                words = body[start:end].split()
                while len(words) > 2 and fold(words[-1]) in _DATE_WORDS:
                    words.pop()  # "By Aishwarya Anand  Dec 31, 2021": the date after the name
                spans.append((start, body.index(words[-1], start) + len(words[-1])))
                if name.end() == name.end(1):
                    break  # no "and" or comma: the list ends
                pos = name.end()
    for match in _NAME_LINE.finditer(body, 0, 600):
        # "Brigitte Brault •", "Sophie Marenne": the writer's name alone on a line
        words = match.group(1).split()
        if fold(words[0]) in FIRST_NAMES and fold(words[-1]) not in ORG_WORDS:
            spans.append(match.span(1))
    if " - " in body:
        # "... des anomalies. - Siska Gremmelprez - Belga - AFP": a photo credit
        spans.extend(m.span(1) for m in _CREDIT_DASHES.finditer(body))
    if "/" in body or "|" in body:  # credits are short lines or parentheses with a slash
        offset = 0
        for line in body.split("\n"):
            if "/" in line or "|" in line:
                for pattern in (_CREDIT_SLASH, _CREDIT_BEFORE):
                    spans.extend(
                        (offset + m.start(1), offset + m.end(1))
                        for m in pattern.finditer(line)
                        if not m.group(1).endswith(_CREDIT_NOUNS)  # "(GeekWire Photo / Jane Doe)"
                    )
            offset += len(line) + 1
    return sorted(set(spans))


_CREDIT_DASHES = re.compile(
    r"(?m)(?:^|[.!?»”)][ \t]+)-[ \t]+([A-ZÀ-Þ][\w’'-]+(?:[ \t]+[A-ZÀ-Þ][\w’'-]+){1,2})"
    r"[ \t]+-[ \t]+(?:[A-Z][\w&.]*(?:[ \t]+[A-Z][\w&.]*)?[ \t]+-[ \t]+)?"
    r"(?:AFP|Reuters|AP|Getty Images|EPA|Belga|dpa|MAXPPP|SIPA|Bloomberg|ANP|Xinhua)[ \t]*$"
)
_NAME_LINE = re.compile(
    r"(?m)^[ \t]*([A-ZÀ-Þ][\w’'-]+(?:[ \u00a0]+[A-ZÀ-Þ][\w’'-]+){1,2})[ \t]*[•|,–—-]?[ \t]*$"
)
# The agency of a dateline: "(RTTNews) - Dialog", "DARMSTADT (dpa-AFX) - Le projet",
# "New Delhi, March 29 (IANS) The" (a place and a date before it, no dash)
_DATELINE_AGENCY = re.compile(
    r"(?m)^[ \t]*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ .,-]*[ \t]*)?"
    r"\((?P<dashed>[A-Za-z][\w.&]*(?:-[A-Za-z][\w.&]*)?)\)[ \t]*[-–—]"
    r"|^[A-Z][A-Za-z .'’-]{0,40},[ \u00a0]+[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2}"
    r"(?:,[ \u00a0]+\d{4})?[ \u00a0]+\((?P<dated>[A-Z][A-Za-z&-]{1,11})\)"
)


_GOVERNMENT = re.compile(
    r"(?<![\w-])(?:[Tt]he|and)\s+((?:U\.S\.|US|UK|[A-Z][a-z]+) government)(?![\w-])"
    # (not "government agencies", "government debt", "government leaders": a modifier)
    r"(?!\s+(?:agencies|leaders|officials|bonds|contracts|sources|bodies|entities|ministers|"
    r"programs|programmes|grants|subsidies|websites|securities|debt|demand|support|funding|"
    r"spending|data|policy|approval|"
    r"backing|money|aid|ownership|control|pressure|scrutiny|official|agency|department)(?![\w-]))"
)
# a country's adjective, not a region's ("African government agencies", "European leaders")
_COUNTRY_ADJECTIVES = NATIONALITIES - {
    "western",
    "eastern",
    "northern",
    "southern",
    "latin",
    "asian",
    "african",
    "european",
    "arab",
}


def governments(body: str) -> list[tuple[int, int]]:
    """ "the German government", "the U.S. government": a country's government is an
    organization, named by its country's adjective."""
    if " government" not in body:
        return []
    return [
        m.span(1)
        for m in _GOVERNMENT.finditer(body)
        if fold(m.group(1).split()[0]) in _COUNTRY_ADJECTIVES
        or m.group(1)[:2] in ("U.", "US", "UK")
    ]


def agencies(body: str) -> list[tuple[int, int]]:
    """Spans of the one-word agencies named in photo credits: "Photo:
    Shutterstock", "Image credit: Bloomberg", "NurPhoto/Getty Images"."""
    spans = (
        [m.span(1) if m.group(1) else m.span(2) for m in _CREDIT_AGENCY.finditer(body)]
        if ":" in body
        else []
    )
    spans.extend(
        m.span("dashed" if m.group("dashed") else "dated")
        for m in _DATELINE_AGENCY.finditer(body, 0, 400)
    )
    if "©" in body:  # "© JDN", "© Reuters."
        spans.extend(m.span(1) for m in _COPYRIGHT.finditer(body))
    if "/" in body:  # "NurPhoto/Getty Images": the agency before the distributor
        spans.extend(
            m.span(1) for m in _AGENCY_BEFORE.finditer(body) if fold(m.group(1)) not in STOPWORDS
        )
    return sorted(spans)


def dateline_agencies(body: str) -> set[str]:
    """The news agencies a dateline credits ("(IANS)", "(Reuters) -"): the article's
    source, never a party to what it reports."""
    return {m.group("dashed") or m.group("dated") for m in _DATELINE_AGENCY.finditer(body, 0, 400)}
