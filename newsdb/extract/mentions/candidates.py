"""Unknown capitalized names as unresolved organization and person candidates.

Runs of capitalized words ("Halcyon Systems", "Bank of America", "Pieter de
Vries", "New York Post", "D-Wave Quantum", "M&T Bank", "James E. Boasberg",
"UK Competition and Markets Authority", "World Federation of Advertisers")
outside the gazetteer's matches, cut where a word cannot continue a name (a
month, day, title, nationality or common word: ``runs.py``) and not on a
heading line.
Bylines, credits and institutions come first (``credits.py``); each run is
then typed by ``classify.py``, which leaves out what is not a name
(``not_names.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsdb.extract.mentions.classify import classify_runs
from newsdb.extract.mentions.credits import agencies, credits, governments, institutions
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.mentions.money_words import PREFIX
from newsdb.extract.mentions.name_shapes import (
    CAMEL,
    LINK_WORDS,
    REUTERS_CODE,
    RIC_STEM,
    is_initial,
    lowercase_names,
)
from newsdb.extract.mentions.runs import (
    BREAKERS,
    after_initial,
    breaker_in_name,
    gaps_are_spaces,
    initial_of_name,
    link_ok,
    opens_name,
    split_and,
    split_holder,
    split_title,
    without_cue,
    without_gerund,
)
from newsdb.extract.text.normalize import fold, word_set
from newsdb.extract.text.word_lists import (
    DAYS,
    ORG_WORDS,
    TITLES,
)

_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac)\w*[a-z][A-Z][a-z]")

_LABEL = re.compile(
    r"[ \t]*(?:(?:What|Why|How|Where|When|Who|Bottom|Key|The Big)\b[^:\n.]{0,30}:"
    # a column's name: "Daily Briefing: Validus bagged $28.35m", "Funding Roundup:"
    r"|(?:[A-Z][\w-]*[ \t]+){0,2}(?:Briefing|Roundup|Round-up|Digest|Recap|Newsletter|Wrap)"
    r"[ \t]*:(?=[ \t]+[A-Z])"
    # a roundup item's label before its sentence: "Money in the bank: Zeta, a ...",
    # "Security M&As: Security compliance firm Data acquired ..."
    # (a company's name is no label: "Lumora Systems: The analytics startup raised")
    r"|[A-Z][\w’'-]*(?:[ \t]+[\w&’'-]+)*?[ \t]+(?:[a-z][\w’'-]*|[\w’'-]*&[\w’'-]*)"
    r"(?:[ \t]+[\w&’'-]+)*?:(?=[ \t]+[A-Z][^\n]{40,}[.!?…»”\"]\s*$))"
)
# "El- Fassy": a hyphen the layout split from the rest of the name.
_JOIN_GAPS = frozenset({" ", "\u00a0", "-", "- ", "’", "'", " & ", "&", " &\u00a0"})

# A name that opens with a digit: "1plusX", "23andMe", "1Password" (not "100kWh", "5G").
_DIGIT_NAME = re.compile(
    r"^\d+(?!(?:[kMGTP]?(?:bps|Hz|Wh|B|W)|fps|mAh)$)"  # not "400Gbps", "5GHz", "100kWh"
    r"(?:(?=(?:[A-Z]*[a-z]){3})[a-z]*[A-Z][A-Za-z]*|[a-z]{3,}[A-Z])$"
)

_HYPHENED = re.compile(r"(?<=[a-z])-([a-z]{1,4})\b")
_WEB = re.compile(r"(?<![\w&])[#@]\w+|https?://\S+|(?<![\w.])pic\.twitter\.com/\S+")
_LIST_ITEM = re.compile(r"(?:\d{1,2}[).]|[-•*–])[ \t]")


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
            if _LIST_ITEM.match(stripped) and any(w.islower() for w in long):
                pass  # "2) The $341.92m acquisition of Umanis SA by CGI France": a list's item
            elif (
                words
                and len(words) <= 30
                and (not long or sum(w[0].isupper() for w in long) >= 0.6 * len(long))
            ):
                spans.append((offset, offset + len(line)))
        label = _LABEL.match(line)
        if label:  # "What Happened: The latest funding round": a label before the text
            spans.append((offset, offset + label.end()))
        offset += len(line) + 1
    return sorted(spans)


_CURRENCY_WORDS = frozenset(
    w for w in PREFIX if w.isalpha() and w[0].isupper()
)  # "Rs", "USD", "EUR", "CHF"...
_AMOUNT_NEXT = re.compile(r"\.?[ \u00a0]?\d")


def find_candidates(
    body, tokens, texts, covered, after_known, people, known_orgs=None
) -> list[Mention]:
    """Candidate mentions from the words not ``covered`` by known entities."""
    credited = []
    starts: list[int] = []
    spans_by_kind = (
        ("person", credits(body)),
        ("organization", institutions(body) + agencies(body) + governments(body)),
    )
    for kind, spans in spans_by_kind:
        for start, end in spans:
            if not starts:
                starts = [t.start() for t in tokens]
            inside = range(bisect_left(starts, start), bisect_left(starts, end))
            if inside and not any(covered[i] for i in inside):
                for i in inside:
                    covered[i] = 1
                credited.append(Mention(kind, body[start:end], start, end, name=body[start:end]))
    if "#" in body or "@" in body or "://" in body or "pic.twitter" in body:
        # "#Antitrust #Google", "(@CCI_India)", "pic.twitter.com/FE5Yh8PWr4": tags,
        # handles and links are no names
        if not starts:
            starts = [t.start() for t in tokens]
        for web in _WEB.finditer(body):
            for k in range(bisect_left(starts, web.start()), bisect_left(starts, web.end())):
                covered[k] = 1
    headings = _headings(body)
    syllables = set(_HYPHENED.findall(body)) if "-" in body else set()  # "Hae-jin"
    runs: list[list[int]] = []
    run: list[int] = []
    links: list[int] = []
    support: set[str] = set()
    heading_index = 0
    previous = -2
    # Only capitalized words and linking words matter; any other word ends a run.
    # (a word in lowercase letters only is a linking word, a domain or a syllable, or
    # nothing: the regexes are for the others)
    small = LINK_WORDS | _DOMAINS | syllables if syllables else _SMALL
    lowercase = lowercase_names(body)  # "onsemi announced", "platform smallcase raised"
    if lowercase:
        small = small | lowercase
    for i in [
        i
        for i, w in enumerate(texts)
        if w[0].isupper()
        or w in small
        or (
            not w.islower()
            and (CAMEL.match(w) or (w[0].isdigit() and _DIGIT_NAME.match(w)))
        )
    ]:
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
        if (
            covered[i]
            or in_heading
            or (RIC_STEM.fullmatch(word) and REUTERS_CODE.match(body, token.end()))
            # "acquired Kestrel Labs for Rs 300 crore": a currency before its amount ends
            # the name (no "Kestrel Labs for Rs")
            or (word in _CURRENCY_WORDS and _AMOUNT_NEXT.match(body, token.end()))
        ):
            kind = "stop"  # "Nokia NOKIA.HE", "HP Inc HPQ.N": the ticker ends the name
        elif not word[0].isupper():
            kind = (
                "link"
                if word in LINK_WORDS
                else "name"
                if CAMEL.match(word)
                or word in lowercase
                or _DIGIT_NAME.match(word)
                or _domain(body, tokens, run, i)
                or _syllable(body, tokens, run, i)
                else "stop"
            )
        elif word == "General" and i > 0 and fold(texts[i - 1]) in TITLES:
            kind = "stop"  # "Attorney General Makan Delrahim"
        elif len(word) == 1:  # a middle initial, "D-Wave", "M&T"; not "N.V.", "Plan B"
            kind = "name" if initial_of_name(body, tokens, texts, i) else "stop"
        elif (folded := fold(word)) in BREAKERS:
            kind = "suffix" if folded in ORG_WORDS else "stop"  # "Quarry AI", "Vantage Cloud"
            if links and folded in DAYS:
                kind = "name"  # "Journal du Dimanche"
            if (kind == "stop" or not run) and opens_name(body, tokens, texts, i, folded):
                kind = "name"  # "New York Post", "European Union", "CA Technologies"
            elif kind == "stop" and run and breaker_in_name(body, tokens, texts, run, i):
                kind = "name"  # "Bruno Le Maire", "Stephen King said", "Take-Two"
        else:
            kind = "name"
        if kind == "link" and run and len(links) < 2:
            hyphenated = (
                body[tokens[i - 1].end() : start] == "-" == body[token.end() : token.end() + 1]
            )
            if hyphenated or link_ok(run, links, word, tokens):
                links.append(i)
                continue
        joined = False
        if run and not links:
            gap = body[tokens[run[-1]].end() : start]
            joined = (
                gap in _JOIN_GAPS
                or after_initial(tokens, run, gap)
                or _domain(body, tokens, run, i)
            )
        linked = (  # "Bank of America", "Allen Institute for AI"
            run and links and kind != "stop" and gaps_are_spaces(body, tokens, run[-1], i)
        )
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
        if kind == "name" and (not is_initial(body, start) or _INNER_CAPITAL.search(word)):
            support.add(fold(word))  # (a capital inside a word is a name's: "PrepOnline")
    if run:
        runs.append(run)
    runs = [part for run in runs for part in split_and(run, texts)]
    runs = [part for run in runs for part in split_title(run, texts)]
    runs = [part for run in runs for part in split_holder(run, texts)]
    runs = [
        without_cue(body, without_gerund(body, run, texts, tokens), texts, tokens) for run in runs
    ]
    found = classify_runs(body, tokens, texts, runs, support, after_known, people, known_orgs or {})
    if headings and found:
        found += _named_in_headings(body, tokens, covered, headings, found)
    return credited + found


def _named_in_headings(body, tokens, covered, headings, found: list[Mention]) -> list[Mention]:
    """ "Indonesian FinTech LinkAja Closes $100M Series B Led By Singapore Super App
    Grab": a title's capitalized words are no evidence of a name, but the names the
    article's prose gives are found in its titles too."""
    common = {w for w in (t.group() for t in tokens) if w[0].islower()}
    names = {
        m.text: m
        for m in found
        if m.type in ("organization", "person")
        and len(m.text) > 2
        # a one-word name the prose also writes as a word ("a wave of") stays a word there
        and (" " in m.text or m.text.lower() not in common)
    }
    if not names:
        return []
    starts = [t.start() for t in tokens]
    taken = [(m.start, m.end) for m in found]
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(t) for t in sorted(names, key=len, reverse=True))
        + r")(?![\w-])"
    )
    more = []
    for lo, hi in headings:
        for match in pattern.finditer(body, lo, hi):
            start, end = match.span()
            inside = range(bisect_left(starts, start), bisect_left(starts, end))
            if any(covered[k] for k in inside) or any(a < end and start < b for a, b in taken):
                continue
            named = names[match.group()]
            more.append(Mention(named.type, match.group(), start, end, name=named.name))
    return more


_DOMAINS = frozenset({"com", "io", "ai", "net", "co", "fr", "app"})
_SMALL = LINK_WORDS | _DOMAINS


def _domain(body: str, tokens, run: list[int], i: int) -> bool:
    """ "Ke.com", "Booking.com": a web domain's ending joined to the name before it."""
    return (
        bool(run)
        and run[-1] == i - 1
        and tokens[i].group() in _DOMAINS
        and body[tokens[i - 1].end() : tokens[i].start()] == "."
        and not body[tokens[i].end() : tokens[i].end() + 1].isalnum()
    )


def _syllable(body: str, tokens, run: list[int], i: int) -> bool:
    """ "Hae-jin", "Jun-koo", "Bong-jin": a given name's second syllable after a hyphen."""
    if not run or run[-1] != i - 1 or len(run) < 2:
        return False
    before = tokens[i - 1].group()
    return (
        body[tokens[i - 1].end() : tokens[i].start()] == "-"
        and before[0].isupper()
        and before[1:].islower()
        and len(before) <= 5
        and len(tokens[i].group()) <= 4
        and tokens[i].group() not in _NOT_SYLLABLES
    )


# Words hyphened to a name that are no part of it: "a Founders Fund-led round", "Anna
# Holt-run Lumora", "the Mary Barra-era GM", "Brindle Corp-held shares".
_NOT_SYLLABLES = word_set(
    "led run era held like free wide type size born made only long term up in out on off "
    "owned based backed style linked tied"
)
