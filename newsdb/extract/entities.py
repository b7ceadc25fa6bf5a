"""Organizations, people and products: known names through a gazetteer, and
unknown capitalized names as unresolved candidates.

Known names: every alias of every entity, matched longest first at word
boundaries from a dict keyed by the alias's first word, so the cost does not
grow with the size of the gazetteer.  Case: an alias matches its own spelling,
an ALL-CAPS rendering ("XAI" for "xAI"), or the same words with the same
initial capitals ("Deepseek" for "DeepSeek"); "le monde" is not "Le Monde".
Short all-caps aliases and one- or two-letter aliases ("X", "SEC", "AWS")
match only exactly, and "X" not inside "X-ray".

Unknown names: runs of capitalized words ("Halcyon Systems", "Bank of
America", "Pieter de Vries") outside the gazetteer's matches, with the rules
in ``_candidates``: no sentence-initial common word, month, day, title,
nationality or place, nothing on a heading line, no lone acronym.  A run that
starts with a common given name, or follows a title ("M. Lefèvre", "chief
executive Marta Lindqvist"), is a person; anything else an organization.  A
lone word that repeats part of a longer name in the same article ("Halcyon",
"Lindqvist") takes that name and type.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsdb.extract.lexicon import (
    DAYS,
    FIRST_NAMES,
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
    UNIT_WORDS,
    fold,
)
from newsdb.extract.mention import Mention

ENTITY_TYPES = ("organization", "person", "product")
_SECTIONS = {"organizations": "organization", "people": "person", "products": "product"}
_TOKEN = re.compile(r"\w+")
_BREAKERS = STOPWORDS | MONTHS | DAYS | TITLES | NATIONALITIES
_JOIN_GAPS = frozenset({" ", "\u00a0", "-", "’", "'", " & ", "&", " &\u00a0"})
_PARTICLES = frozenset({"de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "dos"})
_ORG_LINKS = frozenset({"of", "de", "du", "des", "for"})
_SECOND_LINKS = frozenset({"the", "la", "le", "der", "los", "las"})
_SKIP_BACK = " \t\u00a0\"“”«»‘’'([{—–-*#>•"
_CLAUSE_STOPS = frozenset(
    "at of for from with by in on to chez de du des d l qu pour par a au aux dans sur avec and et or ou"
    .split()
)
_APPOSITION_STOPS = frozenset("which whose that where when dont ou qui by par and et".split())
_LAW_LINKS = frozenset("and of for on the et de du des la sur pour".split())
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "m", "mme", "st", "jr", "sr", "inc", "corp", "co", "vs", "no", "prof", "gen", "sen", "rep", "me"})


@dataclass(frozen=True)
class Entity:
    name: str
    type: str  # "organization" | "person" | "product"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Alias:
    text: str
    lower: str
    name: str
    type: str
    strict: bool  # exact case only


class Gazetteer:
    """Known entities and their aliases, indexed once for fast matching."""

    def __init__(self, entities: Iterable[Entity]):
        self.entities = tuple(entities)
        index: dict[str, list[_Alias]] = {}
        seen: set[str] = set()
        for entity in self.entities:
            if entity.type not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {entity.type!r} for {entity.name!r}")
            for alias in (entity.name, *entity.aliases):
                alias = " ".join(str(alias).split())
                first = _TOKEN.match(alias)
                if not first or alias.lower() in seen:
                    continue  # must start with a word; first spelling wins
                seen.add(alias.lower())
                strict = len(alias) <= 2 or (alias.isupper() and len(alias) <= 5)
                record = _Alias(alias, alias.lower(), entity.name, entity.type, strict)
                index.setdefault(first.group().lower(), []).append(record)
        for records in index.values():
            records.sort(key=lambda a: len(a.text), reverse=True)
        self._index = index

    @classmethod
    def from_yaml_data(cls, data: dict) -> Gazetteer:
        """From parsed YAML with organizations/people/products sections
        (docs/formats.md) and an optional ``aliases`` section."""
        entities: dict[str, tuple[str, list[str]]] = {}
        for section, kind in _SECTIONS.items():
            for item in (data or {}).get(section) or []:
                aliases = [str(a) for a in item.get("aliases") or []]
                entities[str(item["name"])] = (kind, aliases)
        lookup = {name.lower(): name for name in entities}
        for extra in (data or {}).get("aliases") or []:
            target = lookup.get(str(extra["entity"]).lower())
            if target is not None:
                entities[target][1].append(str(extra["alias"]))
        return cls(Entity(name, kind, tuple(aliases)) for name, (kind, aliases) in entities.items())

    @classmethod
    def bundled(cls) -> Gazetteer:
        """The gazetteer shipped in ``newsdb/data/entities.yaml`` (read once)."""
        return _bundled()

    def lookup(self, word: str) -> list[_Alias]:
        return self._index.get(word.lower(), [])


@lru_cache(maxsize=1)
def _bundled() -> Gazetteer:
    import yaml

    text = resources.files("newsdb.data").joinpath("entities.yaml").read_text(encoding="utf-8")
    return Gazetteer.from_yaml_data(yaml.safe_load(text))


def _case_ok(text: str, alias: _Alias) -> bool:
    if text == alias.text:
        return True
    if alias.strict:
        return False
    if text.isupper() and sum(ch.isalpha() for ch in text) >= 2:
        return True
    words, alias_words = text.split(), alias.text.split()
    return len(words) == len(alias_words) and all(
        w[0].isupper() == a[0].isupper() for w, a in zip(words, alias_words, strict=True)
    )


def _known(body: str, tokens: list[re.Match], gazetteer: Gazetteer) -> list[tuple[int, int, int, _Alias]]:
    """(first token, start, end, alias) for every gazetteer match, longest first."""
    found = []
    index = gazetteer._index
    count, size = len(tokens), len(body)
    i = 0
    while i < count:
        token = tokens[i]
        start = token.start()
        for alias in index.get(token.group().lower(), ()):
            end = start + len(alias.text)
            if end > size or (end < size and (body[end].isalnum() or body[end] == "_")):
                continue
            text = body[start:end]
            if text.lower() != alias.lower and " ".join(text.split()).lower() != alias.lower:
                continue
            if not _case_ok(text, alias):
                continue
            if len(alias.text) == 1 and (body[end : end + 1] == "-" or body[start - 1 : start] in "-."):
                continue
            found.append((i, start, end, alias))
            while i < count and tokens[i].start() < end:
                i += 1
            break
        else:
            i += 1
    return found


def _with_unit(body: str, tokens: list[re.Match], match: tuple) -> tuple:
    """Extend a known organization by the unit words after it: "Amazon
    Robotics" is another organization than Amazon (unresolved)."""
    i, start, end, alias = match
    if alias.type != "organization":
        return match
    j = i
    while j < len(tokens) and tokens[j].start() < end:
        j += 1
    new_end = end
    while j < len(tokens) and body[new_end : tokens[j].start()] == " ":
        word = tokens[j].group()
        if not (word[0].isupper() and fold(word) in UNIT_WORDS):
            break
        new_end = tokens[j].end()
        j += 1
    return (i, start, new_end, alias)


def _headings(body: str) -> list[tuple[int, int]]:
    """Spans of lines that read as titles or headings (no sentence punctuation,
    mostly capitalized words): candidates there are skipped."""
    spans = []
    offset = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped and stripped[-1] not in ".!?:;»\"”…)":
            words = re.findall(r"[^\W\d_][\w’'-]*", stripped)
            long = [w for w in words if len(w) > 3]
            if words and len(words) <= 30 and (
                not long or sum(w[0].isupper() for w in long) >= 0.6 * len(long)
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


def find_entities(body: str, gazetteer: Gazetteer) -> list[Mention]:
    """Known and candidate organizations, people and products in ``body``."""
    tokens = list(_TOKEN.finditer(body))
    known = [_with_unit(body, tokens, k) for k in _known(body, tokens, gazetteer)]
    mentions = [
        Mention(a.type, body[s:e], s, e, name=a.name, resolved=True)
        if s == tokens[i].start() and e - s == len(a.text)
        else Mention("organization", body[s:e], s, e, name=body[s:e])
        for i, s, e, a in known
    ]
    covered = bytearray(len(tokens))
    after_known = set()
    for i, _, end, alias in known:
        j = i
        while j < len(tokens) and tokens[j].start() < end:
            covered[j] = 1
            j += 1
        if j < len(tokens) and body[end : tokens[j].start()] == " ":
            after_known.add(j)
    people = {
        fold(a.name.split()[-1]): (a.name, True)
        for _, _, _, a in known
        if a.type == "person" and " " in a.name
    }
    mentions.extend(_candidates(body, tokens, covered, after_known, people))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _candidates(body, tokens, covered, after_known, people) -> list[Mention]:
    headings = _headings(body)
    runs: list[list[int]] = []
    run: list[int] = []
    links: list[int] = []
    support: set[str] = set()
    heading_index = 0
    for i, token in enumerate(tokens):
        word = token.group()
        start = token.start()
        while heading_index < len(headings) and headings[heading_index][1] < start:
            heading_index += 1
        in_heading = heading_index < len(headings) and headings[heading_index][0] <= start
        if covered[i] or in_heading:
            kind = "stop"
        elif not word[0].isupper():
            kind = "link" if word in _ORG_LINKS or word in _PARTICLES or word in _SECOND_LINKS else "stop"
        else:
            folded = fold(word)
            if folded in _BREAKERS:
                kind = "suffix" if folded in ORG_WORDS else "stop"
            else:
                kind = "name"
        if kind == "link" and run and len(links) < 2 and _link_ok(run, links, word, tokens):
            links.append(i)
            continue
        joined = run and not links and body[tokens[run[-1]].end() : start] in _JOIN_GAPS
        linked = run and links and kind == "name" and _gaps_are_spaces(body, tokens, run[-1], i)
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
        if any(ch in gap for ch in "!?;:\n") or ("." in gap and not (
            step == 0 and (len(word) == 1 or folded in _ABBREVIATIONS)
        )):
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
    return any(ch in before for ch in "\"”»") or ("," in before and after in (",", ".", ""))


def _cue_after(body: str, tokens, last: int) -> bool:
    """", who", ", 45," or a job title in the apposition after the name:
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
        if _before_law(body, tokens, run[-1]):
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
    for start, end, text, words, run, kind in typed:
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
            elif key in support or not _is_initial(body, start):
                kind = "organization"
            else:
                continue
        found.append(Mention(kind, text, start, end, name=name, resolved=resolved))
    return found


def _coordinate(body: str, typed: list) -> None:
    """"Alistair Brennan and Meera Iyer": a name joined by and/et to a
    person is a person too (both directions, multi-word names only)."""
    for left, right in zip(typed, typed[1:], strict=False):
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
