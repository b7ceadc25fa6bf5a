"""Word shapes the name rules share: sentence starts, initials, titles, linking words.

Used by ``candidates.py`` (which words make a run) and ``classify.py`` (what a
run is): "de" and "of" inside names, nouns that open institution names, the
verbs of business news after a subject, Reuters codes and camel-case names.
"""

from __future__ import annotations

import re

from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.word_lists import (
    STOPWORDS,
    TITLES,
)

PARTICLES = frozenset(
    {"de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "dos", "bin", "bint", "ibn"}
)

# Particles that only people's names carry ("Ludwig van der Berg", "Ursula von
# der Leyen"); "de", "du" and "des" also link organization names.
NAME_PARTICLES = PARTICLES - {"de", "du", "des"}

ORG_LINKS = frozenset({"of", "de", "du", "des", "for", "and", "et"})

SECOND_LINKS = frozenset({"the", "la", "le", "der", "los", "las"})

LINK_WORDS = PARTICLES | ORG_LINKS | SECOND_LINKS

SKIP_BACK = " \t\u00a0\"“”«»‘’'([{—–-*#>•"

# Common nouns that open institution names joined by "and": "Competition and
# Markets Authority", "Securities and Exchange Commission".
GENERIC_NOUNS = folded_word_set(
    """competition markets securities exchange trade science sciences research health human
    services energy commerce industry technology safety data protection consumer consumers
    finance economic development culture education justice food drug drugs aviation
    communications information media arts defense defence security environment climate
    labor labour transport transportation innovation skills business enterprise economy
    concurrence marches industrie recherche sante donnees libertes informatique
    sales marketing engineering operations product products strategy policy legal growth
    operating technology people investor relations state treasury interior agriculture
    patent patents trademark trademarks copyright fish wildlife alcohol tobacco firearms
    housing urban veterans nuclear telecommunications postal customs border immigration
    tax revenue standards statistics employment pensions family youth sport sports
    tourism fisheries forestry mines land water parks"""
)

OPENERS = frozenset({"new", "la", "le", "les", "l"})

NUMBER_OPENERS = folded_word_set(
    "one two three four five six seven eight nine ten twelve hundred thousand "
    "deux trois quatre cinq six sept huit neuf dix cent mille"
)

INSTITUTION_ENDS = folded_word_set(
    """authority commission agency council board office administration bureau department
    ministry association federation union committee institute foundation university school
    centre center society alliance organisation organization autorite agence conseil
    commission comite federation commissioner"""
)

# A verb of business news right after a sentence-initial word makes it a
# name: "Cineworld will buy", "Nikon bought", "Free a remporté".
SUBJECT_VERB = re.compile(
    r"[ \u00a0]+(?:\w+ly[ \u00a0]+)?"  # "Groupon reportedly rejected"
    r"(?:will|has|had|said|says|agreed|announced|bought|acquired|buys|acquires"
    r"|raised|raises|reported|plans|filed|sued|won|launched|completed|confirmed|signed"
    r"|rejected|declined|denied|sold|offered|invested|unveiled|hired|accused|accuses"
    r"|va|annonce|rachète|lève|vient|acquiert|cède|s['’]offre)[ \u00a0]"
    # money gained, an amount right after: "Lumora secures $20M", "bags", "lands", "nets"
    # (not "Security lands in focus", "Crypto nets a win")
    r"|[ \u00a0]+(?:secures|secured|bags|bagged|lands|landed|nets|netted|snags|snagged|"
    r"scoops|scooped|receives|received|attracts|attracted|obtains|obtained|obtient|décroche|"
    r"boucle|finalise)[ \u00a0]+(?:(?:about|nearly|over|more than|plus de|près de)[ \u00a0]+)?"
    r"(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}[ \u00a0]?\d|\d(?![\d.,]*[ \u00a0]?(?:%|per ?cent)))"
    r"|[ \u00a0]+a[ \u00a0]+\w+(?:é|ée|és|ées|is|it|u|us|ert)\b"  # "Free a remporté"
    # what is said of a company: "Lumora is backed by", "Kestrel was founded in 2015"
    r"|[ \u00a0]+(?:is|was|has been)[ \u00a0]+(?:backed|founded|headquartered|valued|"
    r"majority-owned|owned|listed)[ \u00a0]"
)

# The exchange code of a Reuters ticker: "TSLA.O", "AIR.PA", "NOKIA.HE".
REUTERS_CODE = re.compile(r"\.[A-Z]{1,2}\b(?!\.\w)")  # (a sentence may end after it)
# A Reuters code's stem: "NOKIA" in "NOKIA.HE", "SOWGn" (a share class) in "SOWGn.DE".
RIC_STEM = re.compile(r"[A-Z0-9]{2,6}(?:[a-z]|_[a-z])?")  # "VOWG_p.DE": a preferred share

CAMEL = re.compile(r"^[a-z](?:[a-z]{1,4})?[A-Z][a-z]{2,}$")  # "eBay", "iRobot", "ironSource"

ABBREVIATIONS = folded_word_set("mr mrs ms dr m mme st jr sr inc corp co vs no prof gen sen rep me")


def is_initial(body: str, pos: int) -> bool:
    """True when ``pos`` starts a sentence, a line or a quotation."""
    i = pos - 1
    while i >= 0 and body[i] in SKIP_BACK:
        i -= 1
    if i < 0 or body[i] in "\n!?…:":
        return True
    if body[i] == ")" and body[i + 1 : pos].strip(" \u00a0") in ("—", "–", "-"):
        return True  # a dateline: "AUSTIN, Texas (AP) — Officials say"
    if body[i] != ".":
        return False
    word = re.search(r"(\w+)$", body[max(0, i - 12) : i])
    if word and len(word.group(1)) == 1 and _INITIALS_END.search(body, max(0, i - 8), i + 1):
        # "funding rounds in the U.S. Check out the biggest": a call to the reader after
        # initials starts a sentence (not "the U.S. Commerce Department", "the U.S.
        # Treasury fined")
        return _CALL_TO_READER.match(body, pos) is not None
    return not (word and (len(word.group(1)) == 1 or word.group(1).lower() in ABBREVIATIONS))


_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_CALL_TO_READER = re.compile(
    r"(?:Check|Read|Click|See|Sign|Subscribe|Learn|Find|Watch|Listen|Download|Join|Follow|"
    r"Discover|Explore|Get) (?:out|up|in|more|here|our|the|now|also)\b"
)


def title_of(texts: list[str], k: int) -> bool:
    """Whether token ``k`` is the department of a title: "Secretary of State",
    "Head of Research"."""
    return (
        k > 1
        and texts[k - 1] == "of"
        and fold(texts[k - 2]) in TITLES
        and fold(texts[k]) in GENERIC_NOUNS
    )


# A brand written in lowercase, as the subject of a verb of business news where a
# sentence or a line starts: "onsemi announced", "onsemi will focus" (edited prose
# opens no sentence with a common word in lowercase).
_LOWER_NAME = re.compile(
    r"(?:\A|\n[ \t]*\n|[.!?:”\"»][ \t]*\n|[.!?][ \u00a0]+)[ \t]*([a-z][a-z0-9]{2,})(?="
    + SUBJECT_VERB.pattern
    + ")"
)  # (not a hard-wrapped line: "Cette\nsituation a permis")
_NOT_LOWER_NAMES = frozenset({"also", "then", "now", "today", "which", "that", "who", "still"})


def lowercase_names(body: str) -> set[str]:
    """The brands ``body`` writes in lowercase ("onsemi", "smallcase")."""
    found = {
        m.group(1)
        for m in _LOWER_NAME.finditer(body)
        if m.group(1) not in _NOT_LOWER_NAMES | STOPWORDS and not m.group(1).endswith(("ly", "s"))
    }
    # a brand comes back, always in lowercase (not "startups announced funding rounds")
    return {w for w in found if body.count(w) >= 2 and w.capitalize() not in body}
