"""Shared pieces of the fact rules: a trigger word found (``Hit``) and the
fact it drafts (``Draft``), the small words ("by", "with"), the voice of a
verb, and the amount, date and status around a trigger word in one clause
(see ``deals`` and ``lawsuits``; the parties around it: ``subjects``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsdb.extract.facts import cues
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.sentences import AUX_PARTICIPLE, Ent
from newsdb.extract.facts.triggers import Trigger
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.normalize import word_set


@dataclass
class Hit:
    """A trigger word found in sentence ``i``."""

    i: int
    start: int
    end: int
    word: str  # normalized (text.normalize.normalize)
    trigger: Trigger


@dataclass
class Draft:
    """A fact under construction; ``facts.py`` turns it into a :class:`Fact`."""

    type: str
    i: int
    kind: str | None = None
    status: str | None = None
    parties: list[tuple[Ent, str]] = field(default_factory=list)
    amount: Mention | None = None
    date: Mention | None = None
    organization: Ent | None = None
    basis: str | None = None
    anchor: int = 0  # where the trigger is, to order facts
    distinct: bool = False  # "another trial", "a third patent case": not the suit told before
    told: bool = False  # "the deal between A and B": a deal noun pointing back to one told


def marker(words: str) -> re.Pattern:
    """A regex for one of ``words`` (an alternation) as whole words."""
    return re.compile(rf"(?<![\w-])(?:{words})(?!(?<=\w)\w)")


BY = marker(cues.BY)
AGAINST = marker(cues.AGAINST)
TO = marker(cues.TO)
WITH = marker(cues.WITH)
FOR = marker(cues.FOR)
OF = marker(cues.OF)
IN = marker(cues.IN)
INVESTORS = marker(cues.INVESTORS)


_STATUS_ORDER = (
    ("withdrawn", cues.WITHDRAWN),
    ("cancelled", cues.CANCELLED),
    ("rejected", cues.REJECTED),
    ("in_talks", cues.IN_TALKS),
    ("rumored", cues.RUMORED),
    ("completed", cues.COMPLETED),
    ("announced", cues.ANNOUNCED),
    ("rumored", cues.WEAK_RUMOR),
)
# One pass over the window finds every cue; the first status in the order wins.
_STATUS_CUES = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<s{k}>{cues.inner(cue)})" for k, (_, cue) in enumerate(_STATUS_ORDER))
    + r")(?![\w-])"
)
_STATUS_RANK = {f"s{k}": k for k in range(len(_STATUS_ORDER))}
_REJECTED_AFTER = re.compile(
    r"[\s,]*(?:\w+ment\s+|aussitôt\s+|immediately\s+|quickly\s+|was\s+|were\s+|has been\s+|"
    r"a été\s+)?(?:rejet|repouss|refus|reject|rebuff|turned down|spurned)",
)


_BE = re.compile(
    r"(?<![\w-])(?:be|been|being|is|are|was|were|get|gets|got|a été|ont été|avait été|été|est|"
    r"sont|sera|seront|fut|serait)\s+(?:\w+\s+){0,2}$",
)


_NEAR = re.compile(r"\s*(?:[\w-]+\s+){0,2}")


_PRICE_WORD = re.compile(
    r"(?<!\w)(?:(?:for|pour|at|of|de|à|worth)\s+|d['’](?=environ|un montant))"
    r"(?:(?:about|some|approximately|roughly|around|nearly|almost|environ|près de)\s+)?$"
)


_IN_A = re.compile(r"(?<![\w-])(?:in|via|through|dans|par)\s+(?:an?|une?)\s+$")
_DEAL_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:deal|transaction|acquisition|takeover|merger|purchase|buyout|"
    r"opération|transaction|rachat)(?![\w-])"
)
_PRICE_NOUN = re.compile(
    r"(?<![\w-])(?:pour|for)\s+(?:un|une|a|an)\s+(?:montant|prix|price|total|consideration|"
    r"valeur|value)\b[^.;]{0,24}$"
)


_REVISED = re.compile(
    r"(?<![\w-])(?:slashed|cut|reduced|lowered|trimmed|raised|increased|boosted|upped|sweetened|"
    r"revised|ramené|réduit|abaissé|relevé|porté)\s+(?:\w+\s+)?(?:to|à)\s+$"
)


_ACTIVE_BEFORE = re.compile(rf"(?<![\w-])(?:a|ont|avait|avaient|aura|auront){AUX_PARTICIPLE}")


_BY_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s")


_HAVE_EN = re.compile(r"(?<![\w-])(?:has|have|had|having)\s+(?:\w+\s+){0,1}$")


_HAVE = re.compile(r"(?<![\w-])(?:a|ont|avait|avaient|aura|aurait|ayant|avoir)\s+(?:\w+\s+){0,1}$")


def ents_between(doc: Doc, i: int, lo: int, hi: int) -> list[Ent]:
    return [e for e in doc.ents(i) if lo <= e.start and e.end <= hi]


_CAUSATIVE = re.compile(
    r"(?<![\w-])(?:se fait|se font|se faire|s['’]est fait|se sont fait|s['’]était fait|"
    r"va se faire|got|gets|get|getting)\s+$"
)
_BY_NEXT_FR = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:par|by)\s")


def is_passive(doc: Doc, hit: Hit, hi: int) -> bool:
    body = doc.lowered
    before = body[max(0, hit.start - 30) : hit.start]
    if hit.word.endswith(("ing", "ing over", "ing up", "ing out")):
        return False  # "is buying": progressive, active
    if _CAUSATIVE.search(before) and _BY_NEXT_FR.match(body, hit.end):
        return True  # "Avaloq se fait racheter par NEC", "got acquired by": bought
    if _BE.search(before):
        # "is set to acquire", "is expected to buy": an infinitive, active
        return not before.endswith(("to ", "de ", "à ", "d'", "d’"))
    if hit.word.endswith("ed") and _BY_NEXT.match(body, hit.end):
        # "Apple sued by Caltech", "Lumora, acquired by Orbital in 2019,": a
        # headline's or a reduced relative's passive, no "was"
        return not _HAVE_EN.search(before)
    participle = hit.word.endswith(("é", "ée", "és", "ées", "is", "ise", "ises"))
    if participle and not _HAVE.search(before):
        sentence_start = doc.sentences[hit.i].start
        if _ACTIVE_BEFORE.search(body, sentence_start, hit.start):
            return False  # "Orbital a racheté Lumora, cédé Brindle à Acme": active, coordinated
        comma = body.rfind(",", max(0, hit.start - 3), hit.start)
        if comma >= 0 and any(e.end == comma for e in doc.ents(hit.i)):
            return True  # "la néerlandaise OneWelcome, rachetée pour 100 millions d'euros"
        if any(e.end == hit.start - 1 and body[e.end] == " " for e in doc.ents(hit.i)):
            return True  # "Drivy cédé pour la même somme à Getaround": a headline's passive
        nxt = BY.search(body, hit.end, min(hi, hit.end + 60))
        return nxt is not None and not ents_between(doc, hit.i, hit.end, nxt.start())
    return False


def definite(doc: Doc, hit: Hit) -> bool:
    """ "the deal", "l'accord", "its partnership": a noun pointing back."""
    before = doc.lowered[max(0, hit.start - 40) : hit.start]
    parts = _CHUNK.findall(before)
    tail = []
    while parts and len(tail) < 3 and _TOKEN.fullmatch(parts[-1]):
        tail.insert(0, parts.pop())
    before = "".join(parts) + _strip_adjectives("".join(tail))
    return bool(cues.DEFINITE.search(before, max(0, len(before) - 16)))


_CHUNK = re.compile(r"\s*\S+\s*")
_TOKEN = re.compile(r"\s*[\w$€£.,%'’-]+\s+")


_DETERMINERS = word_set(
    "the this that its their le la les cet cette ce son sa ses leur leurs l' l’"
)


# Words that make "its biggest contract", "the first deal" new rather than told before.
_INDEFINITE = word_set(
    "a an un une des two deux several new biggest largest latest first premier première "
    "nouveau nouvel nouvelle plus d'un d'une d’un d’une"
)


def _strip_adjectives(words: str) -> str:
    """Drop the words between a determiner and its noun, unless one is an
    amount or a number ("a $10 billion deal" stays indefinite)."""
    kept = []
    for word in words.split():
        if word.lower() in _DETERMINERS or word.endswith(("'", "’", "'s", "’s")):
            kept = [word]
        elif word.lower() in _INDEFINITE or (
            re.search(r"[$€£]|\d(?:bn|m|b)$|illion|illiard", word)
        ):
            kept = ["a"]
    return " ".join(kept) + (" " if kept else "")


def amount(
    doc: Doc, i: int, start: int, end: int, lo: int, hi: int, used: set[int]
) -> Mention | None:
    """The price of the deal around the trigger [start, end) in the clause
    [lo, hi): an amount just before the noun ("a $10 billion deal"), else the
    first after it, else the last before it; not a valuation, a price per
    share, a restated conversion or a revenue figure."""
    body = doc.lowered
    sums = doc.of_type(i, "money")
    candidates = [
        m
        for k, m in enumerate(sums)
        if m.start not in used
        and lo <= m.start
        and m.end <= hi
        and _price_like(doc, m, lo)
        # "to value it at between $10bn and $15bn": a range's end, its start taken
        and not (
            k and sums[k - 1].start in used and _RANGE_GAP.fullmatch(body, sums[k - 1].end, m.start)
        )
    ]
    if not candidates:
        return None
    for m in candidates:
        if m.start >= end and _REVISED.search(body, max(lo, m.start - 30), m.start):
            return m  # "initially targeting a $2.7bn raise, was slashed to $1.5bn": the last word
    for m in candidates:
        if m.end <= start and _NEAR.fullmatch(body, m.end, start):
            return m
    later = [
        m
        for m in candidates
        if m.start >= end
        # "made a bid before Intel offered $6 billion": the other clause's price
        and not _SUBORDINATE_NAMED.search(body, end, m.start)
        and (
            m.start - end <= 60
            or (m.start - end <= 140 and _PRICE_WORD.search(body, m.start - 24, m.start))
            # "va acquérir ... Gerber Technology, spécialisé dans ..., pour un montant
            # total d'environ 300 millions d'euros"
            or (m.start - end <= 240 and _PRICE_NOUN.search(body, m.start - 40, m.start))
            # "agreed to acquire Segment, developer of a ... platform, in a $3.2bn all-share
            # transaction"
            or (
                m.start - end <= 160
                and _IN_A.search(body, m.start - 8, m.start)
                and _DEAL_NOUN_AFTER.match(body, m.end)
            )
        )
    ]
    if later:
        return later[0]
    earlier = [m for m in candidates if m.end <= start and start - m.end <= 50]
    return earlier[-1] if earlier else None


_RANGE_GAP = re.compile(r"\s*(?:-|–|to|and|et|à)\s*")
_SUBORDINATE_NAMED = re.compile(
    # (a deal verb of its own: not "after shareholders approved the $6.1 billion transaction")
    r"(?<![\w-])(?:before|after|while|whereas)\s+(?:[a-z][\w&.-]*\s+){1,3}?"
    r"(?:offered|bid|bought|acquired|raised|paid|invested|agreed to (?:buy|pay|acquire))\s"
)
_SMALLEST_DEAL = 10_000  # below it, an amount with cents is a share's price
_SMALLEST_SUM = 1_000  # below it, any amount is (but a symbolic sum)
_SYMBOLIC = re.compile(r"(?<![\w-])(?:symbolic|nominal|symbolique)(?:\s+|$)")
_MAKES_WORTH = re.compile(
    r"(?<![\w-])(?:makes?|made|making)\s+(?:it|them|the company|the startup|the firm)\s+"
    r"worth\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?$"
)
_TOTAL_TO = re.compile(r"(?<![\w-])(?:total|totale?)(?:\s+[\w-]+){0,3}\s+(?:to|à)\s+$")


def _price_like(doc: Doc, m: Mention, lo: int) -> bool:
    """Not a price per share, a restated conversion, a revenue or a fine."""
    key = (m.start, lo)
    if key not in doc._price_like:
        body = doc.lowered
        doc._price_like[key] = not (
            m.per_unit == "share"  # "US$22 a share that included US$17 in cash"
            # "a premium to its closing price of €12.42": a share's price, no deal's (not
            # "for $1", "pour 1 euro symbolique", "raised $5,000")
            or (m.amount is not None and m.amount < _SMALLEST_DEAL and m.amount % 1 != 0)
            # "prepared to pay $24 in cash and shares, up from its original bid of $22": a
            # few dollars are a share's price (not "pour 1 euro symbolique")
            or (
                m.amount is not None
                and 1 < m.amount < _SMALLEST_SUM
                and not _SYMBOLIC.search(body, max(lo, m.start - 14), m.start)
                and not _SYMBOLIC.match(body, m.end + 1)
            )
            or cues.PER_SHARE.match(body, m.end)
            or (
                cues.RESTATED.search(body, max(lo, m.start - 16), m.start)
                and _after_amount(doc, m)
                and not _after_share_price(doc, m)
            )
            or cues.NOT_PRICE_BEFORE.search(body, max(lo, m.start - 40), m.start)
            # "bringing the total amount raised to $12 billion": a total, not this price
            or _TOTAL_TO.search(body, max(lo, m.start - 40), m.start)
            # "a fundraising that makes it worth $33bn": what the company is worth
            or _MAKES_WORTH.search(body, max(lo, m.start - 40), m.start)
            or cues.NOT_PRICE_AFTER.match(body, m.end)
        )
    return doc._price_like[key]


def _after_amount(doc: Doc, m: Mention) -> bool:
    """ "4,5 milliards de livres (5,3 milliards d'euros)": an amount just before
    the one in parentheses, which restates it; "la levée de Mistral AI (1,7
    milliard d'euros)" restates nothing."""
    i = doc.index_of(m.start)
    return any(0 <= m.start - p.end <= 24 for p in doc.of_type(i, "money") if p is not m)


def _after_share_price(doc: Doc, m: Mention) -> bool:
    """ "$45 per share, or about $2.1 billion": the total after a price per share
    restates nothing, it is the deal's value."""
    before = [p for p in doc.of_type(doc.index_of(m.start), "money") if p.end <= m.start]
    return (
        bool(before)
        and bool(cues.PER_SHARE.match(doc.lowered, before[-1].end))
        and (m.start - before[-1].end <= 40)
    )


def date(doc: Doc, i: int, pos: int, lo: int, hi: int) -> Mention | None:
    """The date mention of the clause nearest the trigger, skipping deadlines
    ("by 2027", "d'ici à mars 2025") and starting points ("since 2019")."""
    best = None
    for m in doc.of_type(i, "date"):
        if m.start < lo or m.end > hi:
            continue
        if cues.NOT_EVENT_DATE.search(doc.lowered, max(lo, m.start - 30), m.start):
            continue
        if m.end <= pos and _aside(doc.lowered, lo, m, pos):
            continue
        if best is None or abs(m.start - pos) < abs(best.start - pos):
            best = m
    return best or _opening_date(doc, i, lo)


_OPENING_DATE = re.compile(r"\s*(?:(?:in|on|during|en|le|au|courant)\s+)?(?:(?:the|l['’])\s*)?$")


def _opening_date(doc: Doc, i: int, lo: int) -> Mention | None:
    """ "In 2023, Kestrel invested $10 million": a date opening the sentence, cut
    from the clause by its comma, dates the clause right after it."""
    start = doc.sentences[i].start
    for m in doc.of_type(i, "date"):
        if (
            m.end < lo
            and not doc.lowered[m.end : lo].strip(" ,")
            and "," in doc.lowered[m.end : lo]
            and _OPENING_DATE.match(doc.lowered, start, m.start)
        ):
            return m
    return None


_RELATIVE_OPENS = (", which ", ", who ", ", qui ", ", founded ", ", fondée ", ", fondé ")


def _aside(body: str, lo: int, m: Mention, pos: int) -> bool:
    """ "Careem, which was launched in 2012 as a ride-hailing app, was bought by Uber
    ... in 2020": a date in a relative clause closed before the word dates no deal."""
    opened = max(body.rfind(word, lo, m.start) for word in _RELATIVE_OPENS)
    return (
        opened >= 0
        and ", " not in body[opened + 2 : m.start]  # still open at the date
        and ", " in body[m.end : pos]  # closed before the word
        # a founding or a launch (not "The agreement, which was signed on May 2,")
        and _FOUNDED.search(body, opened, m.start) is not None
    )


_FOUNDED = re.compile(
    r"(?<![\w-])(?:founded|launched|created|established|set up|started|incorporated|spun off|"
    r"fondée?s?|lancée?s?|créée?s?)(?![\w-])"
)


def deal_status(
    doc: Doc, lo: int, start: int, end: int, default: str, look_after: bool = False
) -> str:
    """Status from the words of the clause before the trigger (80 characters
    at most), in order: withdrawn, cancelled, rejected, in talks, rumored,
    completed, announced; else the trigger's own default.  ``look_after``
    also reads "rejected" just after the word ("une offre aussitôt rejetée")."""
    if look_after and _REJECTED_AFTER.match(doc.lowered, end):
        return "rejected"
    best = len(_STATUS_ORDER)
    # the cues start before the word; their lookaheads read past it ("avoir signé un
    # contrat d'acquisition avec X pour racheter": a purchase agreed, not done)
    for match in _STATUS_CUES.finditer(doc.lowered, max(lo, start - 80), start + 160):
        if match.start() >= start:
            break
        if match.end() <= start:
            best = min(best, _STATUS_RANK[match.lastgroup])
    return _STATUS_ORDER[best][0] if best < len(_STATUS_ORDER) else default
