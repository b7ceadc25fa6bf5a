"""Unknown capitalized names as unresolved organization and person candidates.

Runs of capitalized words ("Halcyon Systems", "Bank of America", "Pieter de
Vries", "New York Post", "D-Wave Quantum", "M&T Bank", "James E. Boasberg",
"UK Competition and Markets Authority", "World Federation of Advertisers")
outside the gazetteer's matches, cut where a word cannot continue a name (a
month, day, title, nationality or common word) and not on a heading line.
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
from newsdb.extract.mentions.name_shapes import (
    CAMEL,
    GENERIC_NOUNS,
    INSTITUTION_ENDS,
    LINK_WORDS,
    NAME_PARTICLES,
    NUMBER_OPENERS,
    OPENERS,
    ORG_LINKS,
    PARTICLES,
    REUTERS_CODE,
    RIC_STEM,
    SECOND_LINKS,
    SUBJECT_VERB,
    is_initial,
    title_of,
)
from newsdb.extract.text.normalize import fold, folded_word_set, word_set
from newsdb.extract.text.word_lists import (
    DAYS,
    FIRST_NAMES,
    MONTHS,
    NATIONALITIES,
    ORG_WORDS,
    STOPWORDS,
    TITLES,
)

_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac)\w*[a-z][A-Z][a-z]")

_BREAKERS = STOPWORDS | MONTHS | DAYS | TITLES | NATIONALITIES
_BEFORE_MONTH = folded_word_set(
    "in on since until by from through last next this early late mid of en depuis de d fin "
    "debut mi au le after during before throughout said says told reported for"
)
_FRENCH_VERB_AFTER = re.compile(r" (?:a|avait|aura|est|était|sera) [a-zéèêàç]")
_LABEL = re.compile(
    r"[ \t]*(?:(?:What|Why|How|Where|When|Who|Bottom|Key|The Big)\b[^:\n.]{0,30}:"
    # a roundup item's label before its sentence: "Money in the bank: Zeta, a ...",
    # "Security M&As: Security compliance firm Data acquired ..."
    # (a company's name is no label: "Lumora Systems: The analytics startup raised")
    r"|[A-Z][\w’'-]*(?:[ \t]+[\w&’'-]+)*?[ \t]+(?:[a-z][\w’'-]*|[\w’'-]*&[\w’'-]*)"
    r"(?:[ \t]+[\w&’'-]+)*?:(?=[ \t]+[A-Z][^\n]{40,}[.!?…»”\"]\s*$))"
)
_NOT_OPENERS = MONTHS | DAYS | TITLES | NATIONALITIES  # "l'Américain Gerber Technology"

# "El- Fassy": a hyphen the layout split from the rest of the name.
_JOIN_GAPS = frozenset({" ", "\u00a0", "-", "- ", "’", "'", " & ", "&", " &\u00a0"})

# Company words that make a nationality the start of a name ("European
# Semiconductor Manufacturing Company", "British Airways").
_COMPANY_WORDS = folded_word_set(
    """company corp corporation inc ltd plc group holdings airways airlines motors telecom
    semiconductor semiconductors electronics industries pharmaceuticals technologies
    press broadcasting initiative"""
)

_OFFICES = folded_word_set("office bureau")
_INSTITUTIONS = folded_word_set(
    """union commission parliament council court bank agency authority space investment
    central parlement conseil banque agence autorite"""
)

_ARABIC_PARTICLES = frozenset({"bin", "bint", "ibn"})

_SURNAME_END = re.compile(r"[,;)]|[ \u00a0]+[a-zà-ÿ]")

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
    for i in [
        i
        for i, w in enumerate(texts)
        if w[0].isupper()
        or w in LINK_WORDS
        or (w[1:2].isupper() and CAMEL.match(w))
        or (w[0].isdigit() and _DIGIT_NAME.match(w))
        or w in _DOMAINS
        or w in syllables
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
        ):
            kind = "stop"  # "Nokia NOKIA.HE", "HP Inc HPQ.N": the ticker ends the name
        elif not word[0].isupper():
            kind = (
                "link"
                if word in LINK_WORDS
                else "name"
                if CAMEL.match(word)
                or _DIGIT_NAME.match(word)
                or _domain(body, tokens, run, i)
                or _syllable(body, tokens, run, i)
                else "stop"
            )
        elif word == "General" and i > 0 and fold(texts[i - 1]) in TITLES:
            kind = "stop"  # "Attorney General Makan Delrahim"
        elif len(word) == 1:  # a middle initial, "D-Wave", "M&T"; not "N.V.", "Plan B"
            kind = "name" if _initial_of_name(body, tokens, texts, i) else "stop"
        elif (folded := fold(word)) in _BREAKERS:
            kind = "suffix" if folded in ORG_WORDS else "stop"  # "Quarry AI", "Vantage Cloud"
            if links and folded in DAYS:
                kind = "name"  # "Journal du Dimanche"
            if (kind == "stop" or not run) and _opens_name(body, tokens, texts, i, folded):
                kind = "name"  # "New York Post", "European Union", "CA Technologies"
            elif kind == "stop" and run and _breaker_in_name(body, tokens, texts, run, i):
                kind = "name"  # "Bruno Le Maire", "Stephen King said", "Take-Two"
        else:
            kind = "name"
        if kind == "link" and run and len(links) < 2:
            hyphenated = (
                body[tokens[i - 1].end() : start] == "-" == body[token.end() : token.end() + 1]
            )
            if hyphenated or _link_ok(run, links, word, tokens):
                links.append(i)
                continue
        joined = False
        if run and not links:
            gap = body[tokens[run[-1]].end() : start]
            joined = (
                gap in _JOIN_GAPS
                or _after_initial(tokens, run, gap)
                or _domain(body, tokens, run, i)
            )
        linked = (  # "Bank of America", "Allen Institute for AI"
            run and links and kind != "stop" and _gaps_are_spaces(body, tokens, run[-1], i)
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
    runs = [part for run in runs for part in _split_and(run, texts)]
    runs = [part for run in runs for part in _split_title(run, texts)]
    runs = [part for run in runs for part in _split_holder(run, texts)]
    runs = [
        _without_cue(body, _without_gerund(body, run, texts, tokens), texts, tokens) for run in runs
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


def _split_and(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "Competition and Markets Authority" is one name (an organization word
    ends it, none before "and"); "Google and Amazon" are two."""
    for n, k in enumerate(run):
        if texts[k] in ("and", "et"):
            before, after = run[:n], run[n + 1 :]
            if (
                len(before) <= 2
                and fold(texts[before[-1]]) in GENERIC_NOUNS
                and (
                    fold(texts[after[-1]]) in INSTITUTION_ENDS
                    or (
                        fold(texts[after[-1]]) in ORG_WORDS
                        and fold(texts[after[0]]) in GENERIC_NOUNS
                    )
                )
            ):  # "Innovation and Technology Venture Fund", not "Tech Data et Ingram Micro"
                return [run]
            if (
                len(before) > 2
                and fold(texts[before[0]]) in INSTITUTION_ENDS
                and texts[before[1]] in ("of", "for")
                and "of" in [texts[j] for j in after]
            ):  # "Federation of Hotel and Restaurant Associations of India (and X)"
                first, *rest = _split_and(after, texts)
                return [[*before, k, *first], *rest]
            return [before, *_split_and(after, texts)]
    return [run]


def _split_title(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "Head of Research Anna Lee": a department or title word glued to the
    given name of the person who holds it is two runs."""
    if len(run) < 3 or fold(texts[run[0]]) not in GENERIC_NOUNS | TITLES:
        return [run]
    for n in range(1, len(run) - 1):
        if fold(texts[run[n]]) in FIRST_NAMES and texts[run[n - 1]] not in LINK_WORDS:
            return [run[:n], run[n:]]
    if title_of(texts, run[0]) and all(fold(texts[k]) not in ORG_WORDS for k in run[1:]):
        return [run[:1], run[1:]]  # "Secretary of State Antony Blinken"
    return [run]


def _without_cue(body: str, run: list[int], texts: list[str], tokens) -> list[int]:
    """ "STOCKHOLM -Chipmaker Qualcomm Inc", "Rival Tessera Molecular has": a noun that
    says what the company is, capitalized as the sentence's first word, is no part of
    its name (not "Bank of America", "Group Lotus")."""
    if len(run) < 2 or fold(texts[run[0]]) not in _CUE_OPENERS:
        return run
    start = tokens[run[0]].start()
    dateline = re.search(r"[-–—]\s*$", body[max(0, start - 3) : start])
    if not (is_initial(body, start) or dateline) or texts[run[1]] in LINK_WORDS:
        return run
    if body.count(body[start : tokens[run[-1]].end()]) > 1:
        return run  # "Startup Digest: ..." and "the weekly Startup Digest wrap": its name
    return run[1:]


# (not "Société Générale", "Banque Populaire", "Giant Eagle", "Radio France", "Groupe SEB")
_CUE_OPENERS = folded_word_set(
    """
    chipmaker automaker carmaker drugmaker rival startup start-up lender insurer retailer
    conglomerate regulator watchdog subsidiary firm brokerage operator
    """
)


def _without_gerund(body: str, run: list[int], texts: list[str], tokens) -> list[int]:
    """ "Combining Zynga's games with ours": a sentence-initial gerund is no
    first word of the name after it."""
    word = texts[run[0]]
    if (
        len(run) > 1
        and len(word) >= 7
        and word.endswith("ing")
        and fold(word) not in FIRST_NAMES
        and is_initial(body, tokens[run[0]].start())
    ):
        # only when the name is also written without it ("Zynga" alone elsewhere), not
        # "Corning Inc", "Pershing Square", "Sterling Bancorp"
        name = texts[run[1]]
        alone = any(
            texts[k] == name and texts[k - 1] != word for k in range(1, len(texts)) if k != run[1]
        )
        return run[1:] if alone else run
    return run


def _split_holder(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "le PDG de Databricks Ali Ghodsi": after "<title> de/of", a company
    then the given name and surname of the one who holds the title."""
    k = run[0]
    if len(run) < 3 or k < 2 or texts[k - 1] not in ("de", "of", "d"):
        return [run]
    if fold(texts[k - 2]) not in TITLES:
        return [run]
    if fold(texts[run[-1]]) in ORG_WORDS:
        return [run]  # "the chief executive of Lumora Grace Health Systems": one company
    # the name is the last two words, or three with a hyphened syllable ("Kim Bong-jin")
    for n in (len(run) - 2, len(run) - 3):
        if (
            n >= 1
            and fold(texts[run[n]]) in FIRST_NAMES
            and fold(texts[run[n - 1]]) not in FIRST_NAMES
            and (n == len(run) - 2 or texts[run[-1]].islower())
        ):
            return [run[:n], run[n:]]
    return [run]


def _link_ok(run: list[int], links: list[int], word: str, tokens) -> bool:
    if links:
        return word in SECOND_LINKS and fold(tokens[links[0]].group()) not in ("and", "et")
    if word in ORG_LINKS and any(
        fold(tokens[k].group()) in ORG_WORDS or fold(tokens[k].group()) in INSTITUTION_ENDS
        for k in run
    ):
        return True  # "Bank of America", "Center for Reproductive Rights"
    if word in ("and", "et") and len(run) <= 2:
        return True  # "Competition and Markets Authority": kept if an org word follows
    if word in _ARABIC_PARTICLES:
        return True  # "Tahnoon bin Zayed"
    if word in ("de", "du", "des") and fold(tokens[run[0]].group()) in OPENERS:
        return True  # "La Quadrature du Net", "Le Cercle des économistes"
    if word in NAME_PARTICLES and len(run) <= 2:
        return True  # "Ludwig van der Berg"
    return word in PARTICLES and len(run) <= 2 and fold(tokens[run[0]].group()) in FIRST_NAMES


def _breaker_in_name(body: str, tokens, texts, run: list[int], i: int) -> bool:
    """A breaker word that still belongs to the name ``run`` ends with: a particle
    or a title word of a surname after a given name ("Bruno Le Maire,", "Stephen
    King said"; not "named Robyn Denholm Chair in 2018"), a number hyphened to a
    name ("Take-Two"), a breaker between a name's words and its organization word
    ("Better Tomorrow Ventures")."""
    word, folded = texts[i], fold(texts[i])
    gap = body[tokens[i - 1].end() : tokens[i].start()]
    if gap == "-":
        return folded in NUMBER_OPENERS and tokens[i - 1].end() == tokens[run[-1]].end()
    if run[-1] != i - 1 or gap != " ":
        return False
    if len(run) == 1 and fold(texts[run[0]]) in ORG_WORDS and folded in NATIONALITIES:
        return True  # "Credit Suisse", "Crédit Suisse": a company word, then its country
    if (
        folded in INSTITUTION_ENDS
        and fold(texts[run[0]]) in _OFFICES
        and not (i + 1 < len(texts) and fold(texts[i + 1]) in FIRST_NAMES)
    ):
        return True  # "Office of the Australian Information Commissioner" (not "... Jane Doe")
    nxt = i + 1
    if (
        nxt < len(texts)
        and texts[nxt][0].isupper()
        and fold(texts[nxt]) in ORG_WORDS
        and body[tokens[i].end() : tokens[nxt].start()] == " "
    ):
        return True  # "Better Tomorrow Ventures", "Next Frontier Capital"
    if fold(texts[run[0]]) not in FIRST_NAMES:
        return False
    if word in ("Le", "La"):
        return i + 1 < len(texts) and texts[i + 1][0].isupper()
    end = tokens[i].end()
    return (
        folded in TITLES
        and not word.isupper()
        and (
            body[end : end + 1] in ",.;:"
            or bool(SUBJECT_VERB.match(body, end))
            or bool(_FRENCH_VERB_AFTER.match(body, end))  # "Paul Singer a également mis"
        )
    )


def _opens_name(body: str, tokens, texts, i: int, folded: str) -> bool:
    """A breaker that starts or carries a name: "New" or "La" before a
    capitalized word ("New York Post", "La Tribune") mid-sentence, a
    nationality before an institution word ("European Union"), an acronym
    before an organization word ("CA Technologies")."""
    word = texts[i]
    end = tokens[i].end()
    if word.isupper() and body[end : end + 1] == "&" and body[end + 1 : end + 2].isupper():
        return True  # "AT&T"
    if i + 1 >= len(tokens) or body[tokens[i].end() : tokens[i + 1].start()] not in (" ", "’", "'"):
        return False
    following = texts[i + 1]
    if not following[0].isupper():
        return False
    if (
        folded in FIRST_NAMES
        and fold(following) not in _BREAKERS
        and body[end : end + 1] != "."
        and (i == 0 or fold(texts[i - 1]) not in _BEFORE_MONTH)
    ):
        return True  # "Jan Wolfe and Stephen Nellis", "April Dunford"; not "in June Nvidia"
    if folded in ORG_WORDS and len(word) >= 5 and not word.isupper():
        # "Crédit Agricole", "Credit Suisse"
        return fold(following) not in _BREAKERS - NATIONALITIES
    if (
        (
            len(word) >= 4
            or (len(word) >= 2 and body[tokens[i].start() - 2 : tokens[i].start()] == ", ")
        )
        and word.istitle()
        and folded not in _NOT_OPENERS
        and not is_initial(body, tokens[i].start())
        and _org_word_ahead(body, tokens, texts, i)
    ):
        # "led by Better Tomorrow Ventures", "Next Frontier Capital"; a short word after a
        # list's comma: "Emerson Collective, At One Ventures, Mistletoe"
        return True
    if folded in NUMBER_OPENERS:  # "the 20-room Four Sight Hotel", not "Two Google engineers"
        return not is_initial(body, tokens[i].start()) and fold(following) not in _BREAKERS
    if not (folded in OPENERS or folded in NATIONALITIES or word.isupper()):
        return False
    if folded in OPENERS and not is_initial(body, tokens[i].start()):
        return fold(following) not in _BREAKERS or fold(following) in ORG_WORDS
    if folded in NATIONALITIES and fold(following) in _INSTITUTIONS:
        return True
    if folded in NATIONALITIES and _company_follows(body, tokens, texts, i):
        return True
    return word.isupper() and len(word) >= 2 and fold(following) in ORG_WORDS


def _org_word_ahead(body: str, tokens, texts, i: int) -> bool:
    """An organization word two or three capitalized words on ("Better Tomorrow
    Ventures"), the words joined by single spaces."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        if not texts[k][0].isupper() or body[tokens[k - 1].end() : tokens[k].start()] != " ":
            return False
        if k > i + 1 and fold(texts[k]) in ORG_WORDS:
            return True
    return False


def _company_follows(body: str, tokens, texts, i: int) -> bool:
    """A company word among the next capitalized words (at most four; "and" may join
    two: "Australian Competition and Consumer Commission")."""
    for k in range(i + 1, min(i + 5, len(tokens))):
        if body[tokens[k - 1].end() : tokens[k].start()] != " ":
            return False
        if texts[k] in ("and", "&") and k > i + 1 and fold(texts[k - 1]) in GENERIC_NOUNS:
            continue  # not "Indian Orbital and Brindle Holdings": two names
        if not texts[k][0].isupper():
            return False
        if fold(texts[k]) in _COMPANY_WORDS or fold(texts[k]) in INSTITUTION_ENDS:
            return True  # "European Payments Initiative", "European Publishers Council"
    return False


def _initial_of_name(body: str, tokens, texts, i: int) -> bool:
    """A capital letter that belongs to a name: a middle initial ("James E.
    Boasberg") or joined by a hyphen or an ampersand ("D-Wave", "M&T Bank")."""
    end = tokens[i].end()
    nxt = body[end : end + 2]
    if nxt[:1] in ("-", "&") and nxt[1:2].isupper():
        return True
    if nxt[:1] == "." and _in_initials(body, tokens, texts, i):
        return True  # "George R.R. Martin"
    if texts[i] in ("O", "D") and nxt[:1] in ("’", "'") and nxt[1:2].isupper():
        # "O’Neill", "Tony D'Angelo"
        return texts[i] == "O" or (i > 0 and texts[i - 1][0].isupper())
    if texts[i] == "L" and nxt[:1] in ("’", "'") and nxt[1:2].isupper():
        return not is_initial(body, tokens[i].start())  # "à L’Agefi"
    if body[tokens[i].start() - 1 : tokens[i].start()] in ("-", "&") and i > 0:
        return texts[i - 1][0].isupper() and nxt[:1] not in ("’", "'")
    if nxt[:1] == " " and i + 1 < len(tokens) and tokens[i + 1].start() == end + 1:
        following = texts[i + 1]  # "B Capital"; not "A Group spokesperson" opening a sentence
        if following[0].isupper() and fold(following) in ORG_WORDS:
            return texts[i] not in ("A", "I") or not is_initial(body, tokens[i].start())
    if (
        i > 0
        and body[tokens[i - 1].end() : tokens[i].start()] == " "
        and texts[i - 1][0].isupper()
        and fold(texts[i - 1]) in FIRST_NAMES
        and _SURNAME_END.match(body, end)
    ):
        return True  # a one-letter surname: "Cédric O, ancien secrétaire"
    return (
        nxt == ". "
        and i > 0
        and i + 1 < len(tokens)
        and texts[i - 1][0].isupper()
        and texts[i + 1][0].isupper()
        and body[tokens[i - 1].end() : tokens[i].start()] == " "
        and fold(texts[i - 1]) in FIRST_NAMES
    )


def _after_initial(tokens, run: list[int], gap: str) -> bool:
    """ "E. Boasberg", "R.R. Martin": the gap after a middle initial."""
    return gap in (". ", ".") and len(tokens[run[-1]].group()) == 1


# Two or three middle initials written together: "George R.R. Martin".
_INITIALS_RUN = re.compile(r"(?:[A-Z]\.){2,3} [A-Z]")


def _in_initials(body: str, tokens, texts, i: int) -> bool:
    """Token ``i`` is one of the initials of "R.R." after a given name."""
    start = chain = tokens[i].start()
    while chain >= 3 and body[chain - 1] == "." and body[chain - 2].isupper():
        chain -= 2
    match = _INITIALS_RUN.match(body, chain)
    k = i - (start - chain) // 2 - 1
    return (
        match is not None
        and k >= 0
        and tokens[k].end() == chain - 1
        and body[chain - 1] == " "
        and fold(texts[k]) in FIRST_NAMES
    )


def _gaps_are_spaces(body, tokens, last: int, nxt: int) -> bool:
    return all(body[tokens[k].end() : tokens[k + 1].start()] == " " for k in range(last, nxt))
