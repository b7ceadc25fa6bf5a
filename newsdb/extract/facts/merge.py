"""One fact per deal, valuation or lawsuit of an article: the same one told
twice (a later mention with the same kind, no conflicting amount or party, or
an offer and the purchase it proposes) is one fact with the parties, amount,
date and status of both."""

from __future__ import annotations

import re
from dataclasses import replace

from newsdb.extract.facts.fact import Fact, Party
from newsdb.extract.mentions.money import find_money

_SYMMETRIC = {"partner", "other"}
_STAGE = {"threatened": 0, "filed": 1, "countersuit": 1, "settled": 2, "dismissed": 2}
_STAGE |= {"ruled": 2, "withdrawn": 2}
_ENDED = frozenset({"cancelled", "rejected", "withdrawn"})
_EARLIER_TRY = re.compile(
    r"(?<![\w-])(?:an? (?:earlier|previous|prior|first) |an attempt|a previous|une première|"
    r"une précédente|une tentative)"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DEAL_STAGE = {"rumored": 0, "in_talks": 1, "announced": 2, "completed": 3}


def merged(facts: list[Fact]) -> list[Fact]:
    """One fact per deal, valuation or lawsuit of the article: a later
    mention of the same one (same kind, no conflicting amount or party) adds
    its parties, amount and date to the first.  Mentions of one kind are merged
    first, then the kinds that tell one deal ("the offer" and "the purchase"):
    a stake held since 2017 and its price told next stay apart from today's bid."""
    # Mentions with one amount are merged first: "e& takes $400m majority stake in Careem"
    # is the "$400 million majority stake" e& acquired, not Uber's purchase of Careem
    # in 2020 told without its price between them.
    for same_kind, priced in ((True, True), (True, False), (False, False)):
        out: list[Fact] = []
        for fact in facts:
            for k, kept in enumerate(out):
                if priced and (fact.amount is None or kept.amount != fact.amount):
                    continue
                if (kept.kind == fact.kind or not same_kind) and _same(kept, fact):
                    out[k] = _union(kept, fact)
                    break
            else:
                out.append(fact)
        facts = out
    return _earlier_of_more(out)


def _earlier_of_more(facts: list[Fact]) -> list[Fact]:
    """ "Amazon is investing an additional $4 billion in Anthropic ... follows a $4
    billion investment in Anthropic": the earlier money told without its investor
    came from the one now giving more."""
    more = [f for f in facts if f.kind in ("investment", "funding_round") and _more(f)]
    if not more:
        return facts
    out = []
    for fact in facts:
        giver = [
            g
            for g in more
            if g is not fact
            # (an earlier round's investors are not told: "Lumora raised $100 million last
            # year ... Kestrel agreed to invest an additional $100 million")
            and fact.kind == "investment"
            and fact.amount == g.amount
            and not any(p.role in ("investor", "lead_investor") for p in fact.parties)
            and _investees(fact)
            and _investees(fact) == _investees(g)
        ]
        if giver:
            investors = [p for p in giver[0].parties if p.role in ("investor", "lead_investor")]
            fact = replace(
                fact,
                parties=fact.parties + tuple(investors),
                inferred=fact.inferred | {p.name for p in investors},
            )
        out.append(fact)
    return out


def _investees(fact: Fact) -> set[str]:
    return {p.name for p in fact.parties if p.role == "investee"}


_LEDE = 400  # characters: a headline and the first sentence
_ANOTHER = re.compile(
    r"(?<![\w-])(?:another|further|second|additional|also|then|later|rest|remaining|"
    r"nouvelle|nouveau|autre|deuxième|second|aussi|ensuite|reste)(?![\w-])",
    re.IGNORECASE,
)
_ASIDE_OPEN = re.compile(r"\s*\(\s*(?:about|around|roughly|some|approximately|environ|soit|~)?\s*")


def _converted(a: Fact, b: Fact) -> bool:
    """ "653 billion won ($595 million)" and "at least $600 million": one price told in
    two currencies, the article's own conversion within a tenth of the other."""
    if a.currency == b.currency or not a.amount_text or a.amount_text not in a.quote:
        return False
    if min(a.start, b.start) > _LEDE or _ANOTHER.search(a.quote) or _ANOTHER.search(b.quote):
        return False  # a headline or lede told again; not "another 10% stake ... for $60 million"
    rest = a.quote[a.quote.index(a.amount_text) + len(a.amount_text) :]
    aside = _ASIDE_OPEN.match(rest)
    if aside is None or aside.end() == 0 or "(" not in rest[: aside.end()]:
        return False
    close = rest.find(")", aside.end())
    money = find_money(rest[aside.end() : close if close > 0 else None])
    if not money or money[0].currency != b.currency or money[0].amount is None:
        return False
    told, other = money[0].amount, b.amount
    return abs(told - other) <= max(told, other) / 10


_JOINED_ROUND = re.compile(
    r"(?<![\w-])(?:joined|joins|participated in|participates in|took part in|takes part in|"
    r"also invested in|a participé à|ont participé à|a rejoint|ont rejoint)\s+(?:the|this|that|"
    r"la|le|l['’]|ce|cette)\s*(?:[\w-]+\s+){0,2}?(?:round|raise|financing|funding|levée|"
    r"tour de table|opération)(?![\w-])"
    # "Scale's latest round was led by Accel": the round told before, named again
    r"|(?:^|(?<=[\s(]))(?:the|its|their|[\w.-]+['’]s?)\s+(?:latest|new|newest|recent|current)\s+"
    r"(?:funding\s+|financing\s+)?(?:round|raise)\s+(?:was|is|has been|were)\s+(?:co-?)?led\s+by"
)


def _joins(a: Fact, b: Fact) -> bool:
    """ "Existing investor Nvidia also joined the round for the San Francisco-based
    startup": investors of a round told before, without its amount, join it."""
    joined, told = (a, b) if a.amount is None else (b, a)
    return (
        joined.amount is None
        and told.amount is not None
        and _JOINED_ROUND.search(joined.quote.lower()) is not None
        and _overlap(set(joined.names(_INVESTEE)), set(told.names(_INVESTEE)))
    )


def _ends(end: Fact, deal: Fact) -> bool:
    """ "Amazon called off its purchase of iRobot ... Amazon announced in 2022 that it
    would acquire iRobot": the deal's end, told anywhere, is where it stands (not "In 2019,
    Orbital had abandoned an attempt to buy Kestrel", before this one)."""
    if end.status not in _ENDED or deal.status in _ENDED:
        return False
    if deal.date and end.date and str(end.date) < str(deal.date):
        return False
    if deal.date and any(year < str(deal.date)[:4] for year in _YEAR.findall(end.quote)):
        return False
    return not _EARLIER_TRY.search(end.quote.lower())


def _rounded(a: Fact, b: Fact) -> bool:
    """ "for $5.3 billion" in the headline, "for $5.32 billion" below: ``a`` is ``b``'s
    price rounded in a title (same currency, within 1%)."""
    if not (_headline(a) and a.amount and b.amount and a.currency == b.currency):
        return False
    return a.amount != b.amount and abs(a.amount - b.amount) <= b.amount / 100


def _headline(fact: Fact) -> bool:
    """Told in the article's first line, a title without a full stop."""
    return fact.start == 0 and not fact.quote.rstrip().endswith((".", "!", "?", '"', "”"))


def _same(a: Fact, b: Fact) -> bool:
    """The same deal (or suit) told twice: same kind, amounts that do not
    differ, one's roles a subset of the other's, and the names of every
    shared role in common (for "partner", one set within the other)."""
    if a.type != b.type:
        return False
    if a.type == "deal" and a.date != b.date and (_before_now(a) or _before_now(b)):
        return False  # "Thoma Bravo had previously approached Darktrace in 2022": another try
    if a.kind != b.kind:
        if _talks_of(a, b) or _talks_of(b, a):
            return True
        if {a.kind, b.kind} == {"merger", "acquisition"}:
            return _merger_as_purchase(a, b)
        if {a.kind, b.kind} == {"investment", "funding_round"}:
            if not _halves_of_a_round(a, b):
                return False
            a, b = _as_round(a), _as_round(b)
        # "PayPal had made an offer ... to acquire Pinterest" and "the deal to
        # buy Pinterest": an offer and the acquisition it proposes are one deal
        elif {a.kind, b.kind} != {"bid", "acquisition"} or None not in (a.amount, b.amount):
            return False
        else:
            a, b = _as_acquisition(a), _as_acquisition(b)
    if a.type == "valuation":
        return a.organization == b.organization and a.amount == b.amount
    if a.kind == "funding_round" and _other_series(a, b):
        return False  # "a Series B ... five months after Rain's Series A": two rounds
    if (
        a.amount is not None
        and b.amount is not None
        and a.amount != b.amount
        and not (_converted(a, b) or _converted(b, a) or _rounded(a, b) or _rounded(b, a))
    ):
        return False
    if a.type == "deal" and a.amount == b.amount is not None and _more(a) != _more(b):
        return False  # "investing an additional $4 billion" after "a $4 billion investment"
    if a.type == "deal" and _prior(a) != _prior(b):
        return False  # "cleared the prior investments from Amazon and Google": earlier ones
    if a.kind == "funding_round" and _joins(a, b):
        return True
    roles_a: dict[str, set[str]] = {}
    roles_b: dict[str, set[str]] = {}
    for p in a.parties:
        roles_a.setdefault(p.role, set()).add(p.name)
    for p in b.parties:
        roles_b.setdefault(p.role, set()).add(p.name)
    nested = roles_a.keys() <= roles_b.keys() or roles_b.keys() <= roles_a.keys()
    if not nested and not (
        a.date == b.date  # (not "sold Lumora in 2015" and "agreed to buy Lumora")
        and (_sale_and_purchase(roles_a, roles_b) or _sale_and_purchase(roles_b, roles_a))
    ):
        return False
    if a.type == "lawsuit" and (b.distinct or roles_a.keys() != roles_b.keys()):
        return False  # "It settled a separate lawsuit": one side is not enough
    shared = roles_a.keys() & roles_b.keys()
    for role in shared:
        x, y = roles_a[role], roles_b[role]
        if role in _SYMMETRIC and not (x <= y or y <= x):
            return False  # "partner of A and B" is not "partner of A and C"
        if not _overlap(x, y) and not _guessed_twice(a, b, x, y):
            return False
    # (last, the dearest test: "Masimo's trade-secret case against Apple" is not its
    # patent case)
    return bool(shared) and not (a.type == "lawsuit" and _other_claims(a, b))


_SUFFIX = {"co", "inc", "corp", "corporation", "ltd", "plc", "sa", "ag", "nv", "llc", "group"}


def alike(a: str, b: str) -> bool:
    """One name of a party written two ways in an article: "HPE" and "Hewlett
    Packard Enterprise Co", "Juniper" and "Juniper Networks Inc"."""
    if a == b or a.casefold() == b.casefold():
        return True  # "CNIL" and "Cnil"
    short, long = sorted((a, b), key=len)
    words = [w for w in re.findall(r"[\w&]+", long) if w.lower().strip(".") not in _SUFFIX]
    if short.isupper() and len(short) >= 2 and "".join(w[0] for w in words).upper() == short:
        return True
    head = short.split()
    return len(words) >= len(head) and [w.lower() for w in words[: len(head)]] == [
        w.lower() for w in head
    ]


def _overlap(x: set[str], y: set[str]) -> bool:
    return any(alike(a, b) for a in x for b in y)


def _guessed_twice(a: Fact, b: Fact, x: set[str], y: set[str]) -> bool:
    """ "The fledgling firm raised $2 billion" told twice, "the firm" resolved
    differently: the same priced deal when the later names were all guessed."""
    return a.type == "deal" and a.amount is not None and a.amount == b.amount and y <= b.inferred


# What a suit is about, as its sentence names it: two suits between the same sides
# about different things are two suits.
_CLAIMS = (
    ("patent", re.compile(r"(?<![\w-])(?:patents?|brevets?)(?![\w-])")),
    ("trade_secret", re.compile(r"(?<![\w-])(?:trade[ -]secrets?|secrets? d['’]affaires)")),
    ("copyright", re.compile(r"(?<![\w-])(?:copyright\w*|droits? d['’]auteur)")),
    (
        "antitrust",
        re.compile(r"(?<![\w-])(?:antitrust|anti-competitive|anticoncurrenti\w*|monopol\w*)"),
    ),
    (
        "privacy",
        re.compile(r"(?<![\w-])(?:privacy|data protection|gdpr|rgpd|données personnelles)"),
    ),
    ("defamation", re.compile(r"(?<![\w-])(?:defamation|libel|diffamation)")),
)


_SUIT_NOUN = re.compile(
    r"(?<![\w-])(?:lawsuits?|suits?|cases?|complaints?|trials?|infring\w*|verdicts?|procès|"
    r"plaintes?|contrefaçon)(?![\w-])"
)
_ALSO = re.compile(r"(?<![\w-])(?:also|aussi|également)(?![\w-])")


def _claims(quote: str) -> set[str]:
    """What the suit is about, as the words next to its noun say ("trade-secret case",
    "for infringing a patent")."""
    lowered = quote.lower()
    found = set()
    for noun in _SUIT_NOUN.finditer(lowered):
        near = lowered[max(0, noun.start() - 30) : noun.end() + 30]
        found |= {name for name, cue in _CLAIMS if cue.search(near)}
    return found


def _other_claims(a: Fact, b: Fact) -> bool:
    """Two suits about different things (not "the lawsuit also alleges antitrust ...")."""
    if _ALSO.search(a.quote.lower()) or _ALSO.search(b.quote.lower()):
        return False
    mine, theirs = _claims(a.quote), _claims(b.quote)
    return bool(mine and theirs) and not (mine & theirs)


_SERIES = re.compile(r"(?<![\w-])(?:series|série)\s+([a-h])(?![\w-])")


def _other_series(a: Fact, b: Fact) -> bool:
    """Two rounds told with different series letters and none in common."""
    mine = set(_SERIES.findall(a.quote.lower()))
    theirs = set(_SERIES.findall(b.quote.lower()))
    return bool(mine and theirs) and not (mine & theirs)


def _talks_of(talks: Fact, deal: Fact) -> bool:
    """ "Valeant was close to a deal with Salix" in an article on Valeant buying
    Salix: talks of no named kind between the parties of a deal are that deal."""
    if talks.kind != "partnership" or not (talks.status in ("in_talks", "rumored") or talks.told):
        return False  # "the deal between Cisco and Splunk" after Cisco's purchase of Splunk
    if deal.kind not in ("acquisition", "merger", "bid", "investment", "funding_round"):
        return False
    names = {p.name for p in deal.parties}
    return talks.amount is None and all(_overlap({p.name}, names) for p in talks.parties)


_PREVIOUSLY = re.compile(
    r"(?<![\w-])(?:(?:had|has)\s+previously\s+(?:approached|tried|attempted|sought|made|offered|"
    r"bid|explored|held talks|considered)|avait (?:déjà |précédemment )?tenté|une première fois)"
)


def _before_now(fact: Fact) -> bool:
    """A deal dated and told as an earlier attempt ("had previously approached
    Darktrace ... in 2022")."""
    return fact.date is not None and bool(_PREVIOUSLY.search(fact.quote.lower()))


def _merger_as_purchase(a: Fact, b: Fact) -> bool:
    """ "NortonLifeLock's acquisition of Avast" and "the $8.6 billion merger of
    the two firms", "its purchase of IronSource" and "the merger with IronSource":
    one deal, when the merger's partners are the purchase's two sides."""
    merger, purchase = (a, b) if a.kind == "merger" else (b, a)
    if None not in (a.amount, b.amount) and a.amount != b.amount:
        return False
    partners = {p.name for p in merger.parties if p.role == "partner"}
    sides = {p.name for p in purchase.parties if p.role in ("acquirer", "target")}
    return len(sides) >= 2 and bool(partners) and all(_overlap({n}, sides) for n in partners)


def _halves_of_a_round(a: Fact, b: Fact) -> bool:
    """ "London investors pump £10m into HH2E" and "the fresh funding from HydrogenOne and
    Foresight Group": money without investors, investors without money, one investee."""
    if a.amount is not None and a.amount == b.amount:
        # "Vade Secure a échoué à lever 70 millions d'euros" and "un investissement de 70
        # millions d'euros du fonds General Catalyst": the round and its one investor
        round_, stake = (a, b) if a.kind == "funding_round" else (b, a)
        return (
            (a.date == b.date or None in (a.date, b.date))  # (not 2021's round and 2023's)
            and not round_.names(_INVESTORS)
            and bool(stake.names(_INVESTORS))
            and _overlap(set(round_.names(_INVESTEE)), set(stake.names(_INVESTEE)))
            and not _more(a)
            and not _more(b)
        )
    priced, named = (a, b) if a.amount is not None else (b, a)
    return (
        priced.amount is not None
        and named.amount is None
        # (named again: not "funded by companies including Google" beside "$750 million
        # raised in two rounds", an investment of its own)
        and _FUNDING_TOLD.search(named.quote.lower()) is not None
        # (not "The previous funding from Brindle was raised in 2022")
        and not _EARLIER_ROUND.search(named.quote.lower())
        and (named.date is None or priced.date is None or named.date == priced.date)
        and not priced.names(_INVESTORS)
        and bool(named.names(_INVESTORS))
        and _overlap(set(priced.names(_INVESTEE)), set(named.names(_INVESTEE)))
    )


_INVESTEE = frozenset({"investee"})
_INVESTORS = frozenset({"investor", "lead_investor"})
_EARLIER_ROUND = re.compile(
    r"(?<![\w-])(?:previous|earlier|prior|initial|first|last|précédente?|première|dernière)"
    r"(?![\w-])"
)
_FUNDING_TOLD = re.compile(
    r"(?<![\w-])(?:the|this|that|its|their|le|la|l['’]|cette|ce)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:funding|investment|financing|round|cash injection|capital|injection|financement|"
    r"investissement|levée|tour de table)\s+(?:from|by|de la part|de|du|des|par)(?![\w-])"
)


def _as_round(fact: Fact) -> Fact:
    return replace(fact, kind="funding_round")


def _as_acquisition(fact: Fact) -> Fact:
    roles = {"bidder": "acquirer", "lead_bidder": "acquirer"}
    parties = tuple(Party(p.name, roles.get(p.role, p.role)) for p in fact.parties)
    return replace(fact, kind="acquisition", parties=parties)


def _as_bid(fact: Fact) -> Fact:
    parties = tuple(Party(p.name, {"acquirer": "bidder"}.get(p.role, p.role)) for p in fact.parties)
    return replace(fact, kind="bid", parties=parties)


def _union(a: Fact, b: Fact) -> Fact:
    """``a`` completed by ``b``; the sentence with the amount is the quote."""
    if _talks_of(a, b) or _talks_of(b, a):
        return b if _talks_of(a, b) else a
    if {a.kind, b.kind} == {"merger", "acquisition"}:
        # the purchase keeps its sides; the merger gives its amount and date
        a, b = (a, b) if a.kind == "acquisition" else (b, a)
        b = replace(b, kind="acquisition", parties=())
    elif {a.kind, b.kind} == {"investment", "funding_round"}:
        a, b = _as_round(a), _as_round(b)
    elif a.kind != b.kind:
        # an offer and the acquisition it proposes: the one priced ("offered $97.4
        # billion", a bid), else the acquisition
        priced = a if a.amount is not None else b if b.amount is not None else None
        keep = priced.kind if priced is not None else "acquisition"
        bought = b if priced is a else a
        if keep == "bid" and _agreed_apart(bought, priced):
            # "Nvidia has announced that it plans to buy Mellanox. ... Nvidia's bid of
            # $6.9 billion was enough to secure the deal": the bid became the purchase
            keep = "acquisition"
        a, b = (a, b) if a.kind == keep else (b, a)
        b = _as_acquisition(b) if keep == "acquisition" else _as_bid(b)
    if (a.amount is None and b.amount is not None) or (
        a.amount != b.amount
        and b.amount is not None
        and _headline(a)
        and (_converted(b, a) or _rounded(a, b))
    ):
        # the sentence with the amount is the quote; of a price told twice ("for $5 billion"
        # in a headline, "worth £4.3 billion ($5.32 billion)" below), the one the article
        # converts from
        a, b = b, a
    names = {p.name for p in a.parties}
    roles = {p.role for p in a.parties}
    extra = tuple(
        p
        for p in b.parties
        if not _overlap({p.name}, names) and not (p.name in b.inferred and p.role in roles)
    )
    updates = {"parties": a.parties + extra, "confidence": max(a.confidence, b.confidence)}
    if a.type == "lawsuit" and _STAGE.get(b.status, 1) > _STAGE.get(a.status, 1):
        updates["status"] = b.status  # "dismissed" tells more than "filed"
    if a.type == "deal" and _DEAL_STAGE.get(b.status, -1) > _DEAL_STAGE.get(a.status, 9):
        updates["status"] = b.status  # "agreed to buy" told first, "bought" later: done
    if a.type == "deal" and _ends(b, a):
        updates["status"] = b.status
    if a.date is None and b.date is not None:
        updates |= {"date": b.date, "precision": b.precision}
    return Fact(**{**a.__dict__, **updates})


def _agreed_apart(bought: Fact, bid: Fact) -> bool:
    """A purchase agreed or done, told in a sentence of its own apart from the bid
    that prices it."""
    return (
        bought.kind == "acquisition"
        and bought.status in ("announced", "completed")
        and (bought.end <= bid.start or bid.end <= bought.start)
    )


_MORE = re.compile(r"(?<![\w-])(?:additional|another|further|extra|fresh)\s+$")


def _more(fact: Fact) -> bool:
    """The amount is told as more money on top of earlier money ("an additional $4
    billion", "another $2 billion")."""
    at = fact.quote.find(fact.amount_text) if fact.amount_text else -1
    return at > 0 and bool(_MORE.search(fact.quote, max(0, at - 14), at))


_PRIOR = re.compile(
    r"(?<![\w-])(?:prior|previous|earlier|past)\s+(?:[\w-]+\s+)?"
    r"(?:investments?|deals?|acquisitions?|stakes?|rounds?|funding)(?![\w-])"
)


def _prior(fact: Fact) -> bool:
    """Told as an earlier deal ("the prior investments from Amazon and Google")."""
    return bool(_PRIOR.search(fact.quote.lower()))


def _sale_and_purchase(sale: dict[str, set[str]], purchase: dict[str, set[str]]) -> bool:
    """ "Meta has sold Giphy" and "Shutterstock is paying $53 million for Giphy": a sale
    told without its buyer and a purchase without its seller, of one company."""
    return (
        sale.keys() == {"target", "seller"}
        and purchase.keys() == {"acquirer", "target"}
        and _overlap(sale["target"], purchase["target"])
        and not _overlap(sale["seller"], purchase["acquirer"])
    )
