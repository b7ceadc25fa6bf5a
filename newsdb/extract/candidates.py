"""Unknown capitalized names as unresolved organization and person candidates.

Runs of capitalized words ("Halcyon Systems", "Bank of America", "Pieter de
Vries") outside the gazetteer's matches, kept when they are not a
sentence-initial common word, a month, day, title, nationality, place or law,
not on a heading line, and not a lone short acronym.  A run is a person when it
starts with a common given name, follows a title or a speech verb ("M.
Lefèvre", "chief executive Marta Lindqvist", "», explique Sophie Marchand"),
has a job title in apposition (", an analyst at"), is coordinated with a person
("Alistair Brennan and Meera Iyer"), or is later referred to by its last word;
anything else is an organization.  A lone word that repeats part of a longer
name in the same article ("Halcyon", "Lindqvist") takes that name and type.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsdb.extract.lexicon import (
    DAYS,
    FIRST_NAMES,
    GEO_WORDS,
    LAW_WORDS,
    MONTHS,
    NATIONALITIES,
    ORG_WORDS,
    PERSON_CUES,
    PERSON_TITLES,
    PLACES,
    SPEECH_VERBS,
    STOPWORDS,
    TITLES,
    fold,
    word_set,
)
from newsdb.extract.mention import Mention

_BREAKERS = STOPWORDS | MONTHS | DAYS | TITLES | NATIONALITIES
_JOIN_GAPS = frozenset({" ", "\u00a0", "-", "’", "'", " & ", "&", " &\u00a0"})
_PARTICLES = frozenset({"de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "dos"})
_ORG_LINKS = frozenset({"of", "de", "du", "des", "for"})
_SECOND_LINKS = frozenset({"the", "la", "le", "der", "los", "las"})
_LINK_WORDS = _PARTICLES | _ORG_LINKS | _SECOND_LINKS
_SKIP_BACK = " \t\u00a0\"“”«»‘’'([{—–-*#>•"
_CLAUSE_STOPS = word_set(
    "at of for from with by in on to chez de du des d l qu pour par a au aux dans sur avec "
    "and et or ou"
)
_APPOSITION_STOPS = word_set("which whose that where when dont ou qui by par and et")
_APPOSITION_OPENERS = word_set("a an the its which whose un une le la l sa son qui dont filiale")
_LAW_LINKS = word_set("and of for on the et de du des la sur pour")
_ABBREVIATIONS = word_set("mr mrs ms dr m mme st jr sr inc corp co vs no prof gen sen rep me")


def _headings(body: str) -> list[tuple[int, int]]:
    """Spans of lines that read as titles or headings (no sentence punctuation,
    mostly capitalized words): candidates there are skipped."""
    spans = []
    offset = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped and stripped[-1] not in '.!?:;»"”…),':  # a comma: a wrapped sentence
            words = re.findall(r"[^\W\d_][\w’'-]*", stripped)
            long = [w for w in words if len(w) > 3]
            if (
                words
                and len(words) <= 30
                and (not long or sum(w[0].isupper() for w in long) >= 0.6 * len(long))
            ):
                spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _is_initial(body: str, pos: int) -> bool:
    """True when ``pos`` starts a sentence, a line or a quotation."""
    i = pos - 1
    while i >= 0 and body[i] in _SKIP_BACK:
        i -= 1
    if i < 0 or body[i] in "\n!?…:":
        return True
    if body[i] != ".":
        return False
    word = re.search(r"(\w+)$", body[max(0, i - 12) : i])
    return not (word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS))


def _word_before(tokens: list[re.Match], i: int, body: str) -> str | None:
    """The word before token ``i`` in the same sentence, folded."""
    if i == 0:
        return None
    gap = body[tokens[i - 1].end() : tokens[i].start()]
    if any(ch in gap for ch in "\n!?;"):
        return None
    return fold(tokens[i - 1].group())


def find_candidates(body, tokens, texts, covered, after_known, people) -> list[Mention]:
    """Candidate mentions from the words not ``covered`` by known entities."""
    headings = _headings(body)
    runs: list[list[int]] = []
    run: list[int] = []
    links: list[int] = []
    support: set[str] = set()
    heading_index = 0
    previous = -2
    # Only capitalized words and linking words matter; any other word ends a run.
    for i in [i for i, w in enumerate(texts) if w[0].isupper() or w in _LINK_WORDS]:
        if i != previous + 1:
            if run:
                runs.append(run)
            run, links = [], []
        previous = i
        token = tokens[i]
        word = token.group()
        start = token.start()
        in_heading = False
        if headings:
            while heading_index < len(headings) and headings[heading_index][1] < start:
                heading_index += 1
            in_heading = heading_index < len(headings) and headings[heading_index][0] <= start
        if covered[i] or in_heading:
            kind = "stop"
        elif not word[0].isupper():
            kind = "link" if word in _LINK_WORDS else "stop"
        elif (folded := fold(word)) in _BREAKERS:
            kind = "suffix" if folded in ORG_WORDS else "stop"  # "Quarry AI", "Vantage Cloud"
        else:
            kind = "name"
        if kind == "link" and run and len(links) < 2:
            hyphenated = (
                body[tokens[i - 1].end() : start] == "-" == body[token.end() : token.end() + 1]
            )
            if hyphenated or _link_ok(run, links, word, tokens):
                links.append(i)
                continue
        joined = run and not links and body[tokens[run[-1]].end() : start] in _JOIN_GAPS
        linked = run and links and kind == "name" and _gaps_are_spaces(body, tokens, run[-1], i)
        if run and links and kind == "name" and not linked:
            linked = all(
                body[tokens[k].end() : tokens[k + 1].start()] == "-" for k in range(run[-1], i)
            )
        if kind in ("name", "suffix") and (joined or linked):
            run.extend(links)
            run.append(i)
        else:
            if run:
                runs.append(run)
            run = [i] if kind == "name" else []
        links = []
        if kind == "name" and not _is_initial(body, start):
            support.add(fold(word))
    if run:
        runs.append(run)
    return _classify(body, tokens, runs, support, after_known, people)


def _link_ok(run: list[int], links: list[int], word: str, tokens) -> bool:
    if links:
        return word in _SECOND_LINKS
    last = fold(tokens[run[-1]].group())
    if word in _ORG_LINKS and len(run) == 1 and last in ORG_WORDS:
        return True  # "Bank of America", "Banque de France"
    return word in _PARTICLES and len(run) == 1 and last in FIRST_NAMES  # "Pieter de Vries"


def _gaps_are_spaces(body, tokens, last: int, nxt: int) -> bool:
    return all(body[tokens[k].end() : tokens[k + 1].start()] == " " for k in range(last, nxt))


def _cue_before(body: str, tokens, first: int, last: int) -> bool:
    """A title or a speech verb shortly before the name, in the same clause:
    "chief executive Marta Lindqvist", "M. Lefèvre", "a déclaré Marc Lefèvre"."""
    k = first - 1
    for step in range(3):
        if k < 0:
            return False
        gap = body[tokens[k].end() : tokens[k + 1].start()]
        word = tokens[k].group()
        folded = fold(word)
        if any(ch in gap for ch in "!?;:\n") or (
            "." in gap and not (step == 0 and (len(word) == 1 or folded in _ABBREVIATIONS))
        ):
            return False
        if folded in PERSON_CUES:
            return True
        if folded in SPEECH_VERBS:  # only in an incise: '", said Jon', "», explique Sophie"
            return _incise(body, tokens, k, last)
        if folded in _CLAUSE_STOPS or (word[0].isupper() and folded not in TITLES):
            return False
        k -= 1
    return False


def _incise(body: str, tokens, verb: int, last: int) -> bool:
    """The speech verb opens an incise that the name closes: '…," said Jon
    Achterberg, an analyst', "…, explique Sophie Marchand."."""
    k = verb
    if k > 0 and fold(tokens[k - 1].group()) in ("a", "has", "had", "have"):
        k -= 1  # "a déclaré", "has said"
    before = body[tokens[k - 1].end() : tokens[k].start()] if k > 0 else ""
    after = body[tokens[last].end() : tokens[last].end() + 1]
    return any(ch in before for ch in '"”»') or ("," in before and after in (",", ".", ""))


def _cue_after(body: str, tokens, last: int) -> bool:
    """ ", who", ", 45," or a job title in the apposition after the name:
    "Shira Kaplan, an analyst at", "Gabe Lund, Pinecrest's founder"."""
    k = last + 1
    if k >= len(tokens) or body[tokens[last].end() : tokens[k].start()].strip() != ",":
        return False
    first = tokens[k].group()
    if first.lower() == "who" or (first.isdigit() and len(first) == 2):
        return True
    for j in range(k, min(k + 4, len(tokens))):
        if j > k and any(ch in body[tokens[j - 1].end() : tokens[j].start()] for ch in ".!?;:,\n"):
            return False
        folded = fold(tokens[j].group())
        if folded in _APPOSITION_STOPS:
            return False
        if folded in PERSON_TITLES:
            return True
    return False


def _classify(body, tokens, runs, support, after_known, people) -> list[Mention]:
    typed = []
    singles: set[str] = set()
    for run in runs:
        start, end = tokens[run[0]].start(), tokens[run[-1]].end()
        text = body[start:end]
        if run[0] in after_known or fold(text) in PLACES:
            continue
        if run[0] > 0 and fold(f"{tokens[run[0] - 1].group()} {text}") in PLACES:
            continue  # "New York", "Le Caire"
        if fold(tokens[run[-1]].group()) in GEO_WORDS:
            continue  # "North Sea", "Silicon Valley"
        nxt = tokens[run[-1] + 1].group() if run[-1] + 1 < len(tokens) else "a"
        if (nxt[0].isupper() or nxt in _LAW_LINKS) and _before_law(body, tokens, run[-1]):
            continue  # "Digital Markets Act"
        words = [tokens[k].group() for k in run]
        if len(words) == 1:
            singles.add(fold(words[0]))
        typed.append([start, end, text, words, run, None])
    # Multi-word names: organization unless something says person.
    for item in typed:
        start, end, text, words, run, _ = item
        if len(words) == 1:
            continue
        if any(fold(w) in ORG_WORDS for w in words) or len(words) > 4:
            item[5] = "organization"
        elif (
            fold(words[0]) in FIRST_NAMES
            or _cue_before(body, tokens, run[0], run[-1])
            or _cue_after(body, tokens, run[-1])
            or (fold(words[-1]) in singles and fold(words[0]) not in singles)
        ):
            item[5] = "person"
    _coordinate(body, typed)
    orgs: dict[str, str] = {}
    for _start, _end, text, words, _run, kind in typed:
        if kind == "person":
            people.setdefault(fold(words[-1]), (text, False))
        elif len(words) > 1:
            orgs.setdefault(fold(words[0]), text)
    found = []
    for start, end, text, words, run, kind in typed:
        name, resolved = text, False
        if len(words) > 1:
            kind = kind or "organization"
        else:
            key = fold(text)
            if len(text) <= 2 or (text.isupper() and len(text) > 6):
                continue
            if key in people:
                kind, (name, resolved) = "person", people[key]
            elif _cue_before(body, tokens, run[0], run[-1]):
                kind = "person"
            elif key in orgs:
                kind, name = "organization", orgs[key]
            elif key in support or not _is_initial(body, start) or _apposition(body, tokens, run):
                kind = "organization"
            else:
                continue
        found.append(Mention(kind, text, start, end, name=name, resolved=resolved))
    return found


def _apposition(body: str, tokens, run: list[int]) -> bool:
    """A sentence-initial word followed by an apposition is a name:
    "Tessellate, a European rival, raised", "BlackRock, which owns"."""
    k = run[-1] + 1
    word = tokens[run[0]].group().lower()
    if k >= len(tokens) or word.endswith(("ly", "ment")):
        return False
    if body[tokens[run[-1]].end() : tokens[k].start()] != ", ":
        return False
    return tokens[k].group() in _APPOSITION_OPENERS


def _coordinate(body: str, typed: list) -> None:
    """ "Alistair Brennan and Meera Iyer": a name joined by and/et to a
    person is a person too (both directions, multi-word names only)."""
    for left, right in pairwise(typed):
        if len(left[3]) < 2 or len(right[3]) < 2:
            continue
        if body[left[1] : right[0]].strip(" ,") not in ("and", "et", "&"):
            continue
        kinds = {left[5], right[5]}
        if "person" in kinds and "organization" not in kinds:
            left[5] = right[5] = "person"


def _before_law(body: str, tokens, last: int) -> bool:
    """True when the capitalized phrase goes on to "Act", "Law", "Directive"..."""
    for k in range(last + 1, min(last + 7, len(tokens))):
        word = tokens[k].group()
        folded = fold(word)
        if word[0].isupper() and folded in LAW_WORDS:
            return True
        if not (word[0].isupper() or folded in _LAW_LINKS):
            return False
    return False
