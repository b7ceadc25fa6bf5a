"""Deals and valuations from trigger words (see ``facts.py``).

Each trigger word is read with its voice (``triggers``): who acts,
who is acted on, and which small word introduces the other party ("by",
"to", "with", "for", "led by", "par", "à", "avec", "pour", "auprès de").
Trigger words of one clause describe one deal ("a déposé une offre ... pour
racheter X" is one bid), whose kind is the most specific of theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.rules import (
    BY,
    FOR,
    IN,
    INVESTORS,
    TO,
    WITH,
    Draft,
    Hit,
    after,
    amount,
    date,
    deal_status,
    definite,
    group_at,
    is_passive,
    marker,
    modifier,
    possessor,
    subject,
)
from newsdb.extract.facts.sentences import INTRO, Ent

PRIORITY = ["bid", "merger", "acquisition", "funding_round", "investment", "hosting"]
PRIORITY += ["contract", "partnership", "other"]
AGENT = {"acquisition": "acquirer", "bid": "bidder", "merger": "partner", "hosting": "host"}
AGENT |= {"funding_round": "investee", "investment": "investor", "contract": "contractor"}
AGENT |= {"partnership": "partner", "other": "partner"}
PATIENT = {"acquisition": "target", "bid": "target", "merger": "partner", "hosting": "provider"}
PATIENT |= {"funding_round": "investor", "investment": "investee", "contract": "client"}
PATIENT |= {"partnership": "partner", "other": "partner"}
_GENERIC = {"deal", "deals", "agreement", "agreements", "pact", "accord", "accords"}
_LAST = re.compile(
    r"(?<![\w-])(?:its|their|his|her|son|sa|leur)\s+(?:last|latest|previous|most recent|"
    r"dernière?|précédente?)\s+"
)
_ACCEPTED = re.compile(
    r"(?<![\w-])(?:agreed to|agrees to|accepted|accepts|accept|backed|approved|welcomed|"
    r"rejected|rebuffed|turned down|spurned|accepté|rejeté|repoussé|refusé)\s+"
    r"(?:[\w$€£.,'’-]+\s+){0,6}$"
)
_FOR_PRICE = re.compile(r"\s+(?:for|pour)\s")
_COMBINED = re.compile(
    r"(?<![\w-])(?:combined|total of|in total|together|altogether|cumulés?|au total|en tout)\s+"
    r"(?:(?:of|de|about|some|environ|près de)\s+)?$"
)
_PLURAL_GENERIC = {"deals", "agreements", "accords"}
_WITH_NEAR = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:with|avec|between|entre)\s")
_FROM = marker(r"from|by|par|de la part de|du|des|de|d['’]")
_CLIENT = marker(r"with|from|for|avec|pour|auprès de|auprès du|by|par")
_TALKS = {"talks": "in_talks"}
_NOT_A_DEAL = re.compile(
    r"\s+(?:to|de|d['’]|pour)\s*(?:dismiss|settle|end|resolve|drop|withdraw|abandonner|mettre fin|"
    r"régler|retirer|clore)"
)
_SUIT_WORD = re.compile(r"(?<![\w-])(?:sued|sues|sue|suing|poursuivi\w*|assign\w*)(?![\w-])")
_SERIES_PRICE = re.compile(r"\s+(?:de|of|d['’]|worth|à)\s+(?:about\s+|environ\s+)?")
_OWNS_PART = re.compile(r"\.?['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
_VALUED = re.compile(r"(?<![\w-])(?:valued|valuing|valuation|valoris\w+)(?![\w-])")
_PRICED_NOUN = re.compile(r"[$€£]\s?[\d.,]+\s*(?:[mb]n?|billion|million|milliards?|millions?)?\s+$")
_OF_ONLY = marker(r"of|de|d['’]|du|des")
_FROM_ONLY = marker(r"from|de la part de|de")
_BACKERS = marker(
    r"including|such as|comme|dont|notamment|among them|from|by|par|"
    r"companies including|investors including|investisseurs comme"
)
_PAY_FOR = marker(r"for|pour")
_ROUND_OF = marker(r"in|into|for|of|de|d['’]|du|dans|pour")
_SELLER = marker(r"from|auprès de|auprès du|à|au|aux")


@dataclass
class Reading:
    """What one trigger word says: the kind of deal, its parties with their
    roles, and a status when the word itself fixes one ("in talks")."""

    hit: Hit
    kind: str
    parties: list[tuple[Ent, str]] = field(default_factory=list)
    status: str | None = None
    own: tuple[Ent, ...] = ()  # a generic word's subject side ("X is in talks with Y")
    joined: bool = False  # investors of a round told before ("X led the round")
    supply: bool = False  # "an agreement with X to supply chips": a contract, priced or not


def _roles(kind: str, agents: list[Ent], patients: list[Ent]) -> list[tuple[Ent, str]]:
    return [(e, AGENT[kind]) for e in agents] + [(e, PATIENT[kind]) for e in patients]


class _Lazy:
    """A value computed on first use (the subject of a clause costs regexes)."""

    def __init__(self, compute):
        self.compute, self.done, self.value = compute, False, None

    def __call__(self):
        if not self.done:
            self.value, self.done = self.compute(), True
        return self.value


def read(doc: Doc, hit: Hit, lo: int, hi: int) -> Reading | None:
    """The reading of one deal trigger in the clause [lo, hi), or None when
    the word is not about a deal here (no object, a definite "the deal")."""
    i, word, voice, kind = hit.i, hit.word, hit.trigger.voice, hit.trigger.kind
    body = doc.lowered
    if lex.MODIFIED.match(body, hit.end):
        return None  # "a buying spree", "its acquisition strategy"
    subj = _Lazy(lambda: subject(doc, i, lo, hit.start))  # only when a voice needs it
    if voice == "pay":
        # "paid $1.9 billion for MedFirst", "a payé 95 millions pour Alpina"
        target = after(doc, i, hit.end, hi, _PAY_FOR, reach=50, mark_reach=70)
        if not target:
            return None
        if lex.STAKE.search(body, hit.end, min(hi, target[0].start)):
            return Reading(hit, "investment", _roles("investment", subj(), target[:1]))
        return Reading(hit, kind, _roles(kind, subj(), target))
    if voice == "active" and re.match(r"\s+of\s", body[hit.end : hit.end + 5]):
        voice = "nominal"  # "Amazon's $775 million purchase of Kiva Systems"
    if voice == "active":
        seller: list[Ent] = []
        if is_passive(doc, hit, hi):
            agents, patients = after(doc, i, hit.end, hi, BY), subj()
        else:
            agents, patients = subj(), after(doc, i, hit.end, hi, None)
            seller = after(doc, i, hit.end, hi, _SELLER, reach=40, mark_reach=100)
            patients = [e for e in patients if e not in seller]
            # "purchased Symantec Corp.'s corporate security business": Symantec sells
            owners = [e for e in patients if _OWNS_PART.match(doc.body, e.end)]
            seller += owners
            patients = [e for e in patients if e not in owners]
        if lex.STAKE.search(body, max(lo, hit.start - 30), min(hi, hit.end + 30)):
            investee = after(doc, i, hit.end, hi, IN, reach=35) or [
                e
                for e in doc.ents(i)
                if lo <= e.start < hi
                and e.type == "organization"
                and e not in agents
                and lex.CAPITAL_OF.search(body, max(lo, e.start - 40), e.start)
            ]
            if kind == "acquisition" and lex.MAJORITY.search(body, hit.end, min(hi, hit.end + 40)):
                # "afin d'acquérir 51% du capital de Salvia Group": control is a purchase
                return Reading(hit, kind, _roles(kind, agents, investee[:1]))
            return Reading(hit, "investment", _roles("investment", agents, investee[:1]))
        if lex.BID_CUE.search(body, max(lo, hit.start - 40), hit.start):
            kind = "bid"
        parties = _roles(kind, agents, patients) + [(e, "seller") for e in seller]
        return Reading(hit, kind, parties)
    if voice == "sell":
        to = TO.search(body, hit.end, min(hi, hit.end + 150))
        target = after(doc, i, hit.end, to.start() if to else hi, None)
        target = [e for e in target if not _OWNS_PART.match(doc.body, e.end)]  # "Red Hat's version"
        buyer = after(doc, i, to.end(), hi, None, reach=40) if to else []
        seller = possessor(doc, i, lo, hit.start) or subj()
        if is_passive(doc, hit, hi):
            target, seller = subj(), []
        if not (target or buyer):
            return None
        parties = _roles(kind, buyer, target) + [(e, "seller") for e in seller]
        return Reading(hit, kind, parties)
    if voice == "nominal":
        of = re.match(
            r"\s+(?:of|de|d['’]|du|des|avec)(?!\w)|\s*d['’]", body[hit.end : hit.end + 7]
        )  # "un autre rachat avec Lumora"
        by = re.match(r"\s+(?:by|par)\s", body[hit.end : hit.end + 6])
        if not (of or by):
            return None
        if by:
            # "Lumen's acquisition by Vexa", "the acquisition by Adobe of Figma";
            # the clause's subject is no patient ("the EU, ..., the acquisition by Adobe")
            agents = after(doc, i, hit.end, hi, BY)
            patients = possessor(doc, i, lo, hit.start)
            if agents and not patients:
                patients = after(doc, i, agents[-1].end, hi, _OF_ONLY, reach=40, mark_reach=8)
        else:
            # "Après le rachat de Brightwave, Orbital signe": the opening phrase ends
            # the object, and the main clause's subject is the buyer
            intro = INTRO.match(body, lo)
            opening = intro is not None and hit.end < intro.end() <= hi
            stop = body.rfind(",", lo, intro.end()) if opening else hi
            patients = after(doc, i, hit.end, stop, None)
            main = [e for e in doc.ents(i) if opening and 0 <= e.start - intro.end() <= 1]
            agents = (
                possessor(doc, i, lo, hit.start)
                or after(doc, i, hit.end, stop, BY, 100)
                or _sued_over(doc, i, lo, hit.start)
                or (main[:1] if opening else subj())
            )
        if lex.BID_CUE.search(body, max(lo, hit.start - 40), hit.start):
            kind = "bid"
        return Reading(hit, kind, _roles(kind, agents, patients))
    if voice == "merge":
        partners = after(doc, i, hit.end, hi, WITH, reach=60, mark_reach=14)
        noun = word in ("merger", "mergers", "fusion", "rapprochement")
        struck = _PRICED_NOUN.search(body, max(lo, hit.start - 30), hit.start) and len(subj()) >= 2
        if (
            noun
            and not partners
            and not struck  # "Sprint and T-Mobile US struck a $26 billion merger"
            and not lex.THEIR.search(body, max(lo, hit.start - 24), hit.start)
        ):
            return None  # "before the merger was announced"; "leur projet de fusion" is theirs
        # "a merger of A and B" names both; "a merger with B" leaves A to the subject
        own = subj() if not noun or not partners or lex.WITH_ONLY.match(body, hit.end) else []
        return Reading(hit, kind, _roles(kind, own, partners))
    if voice == "bid":
        return _bid(doc, hit, lo, hi, subj)
    if voice == "series":
        # "New York-based Rain's Series A", "its series B": the company's round
        if lex.MODIFIED.match(body, hit.end):
            return None
        led = _led_round(doc, hit, lo, hi, subj)
        if led is not None:
            return led
        investee = possessor(doc, i, lo, hit.start)
        if investee:
            return Reading(
                hit,
                "funding_round",
                _roles("funding_round", investee, [])
                + [(e, "investor") for e in _investor_subject(doc, i, hit.start, investee)],
            )
        if not investee:
            # "une série C de 450 millions d'euros": the round of the company told before
            priced = _SERIES_PRICE.match(body, hit.end)
            if not priced or not any(m.start == priced.end() for m in doc.of_type(i, "money")):
                return None
            return Reading(hit, "funding_round", [], joined=True)
        return Reading(hit, "funding_round", _roles("funding_round", investee, []))
    if voice in ("raise", "round", "collect"):
        return _funding(doc, hit, lo, hi, subj)
    if voice in ("invest", "stake"):
        noun = word in ("investment", "investments", "investissement", "stake", "participation")
        investee = after(
            doc, i, hit.end, hi, IN, mark_reach=24 if noun else 120, reach=35, head=True
        )
        investee = [e for e in investee if e.type == "organization"]
        if not investee and noun:
            # "OpenAI received an unconventional corporate investment from Microsoft"
            investors = after(doc, i, hit.end, hi, _FROM_ONLY, mark_reach=30, reach=30)
            if investors and subj():
                return Reading(hit, kind, _roles(kind, investors, subj()), status="completed")
        if not investee:
            return None
        investor = possessor(doc, i, lo, hit.start) or subj()
        return Reading(hit, kind, _roles(kind, investor, investee))
    if voice == "backed":
        # "Anthropic was funded by companies including Google, Salesforce and Zoom",
        # "Sorare est soutenu par des investisseurs comme Gerard Piqué"
        investors = after(doc, i, hit.end, hi, _BACKERS, mark_reach=90, reach=40) or after(
            doc, i, hit.end, hi, None, reach=40
        )
        investee = [e for e in subj() if e.type == "organization" and e.name]
        if not (investors and investee):
            return None
        return Reading(hit, "investment", _roles("investment", investors, investee))
    if voice == "take":
        # "avoir pris environ 11% du capital de la start-up", "took a 10% stake in X"
        if not lex.STAKE.search(body, hit.end, min(hi, hit.end + 40)):
            return None
        investee = after(doc, i, hit.end, hi, IN, reach=35) or [
            e
            for e in doc.ents(i)
            if hit.end <= e.start < hi
            and e.type == "organization"
            and lex.CAPITAL_OF.search(body, max(lo, e.start - 20), e.start)
        ]
        if not investee:
            return None
        investor = subj()
        return Reading(hit, "investment", _roles("investment", investor, investee[:1]))
    if voice == "host":
        return _host(doc, hit, lo, hi, subj)
    if voice == "contract":
        named = re.match(r",?\s+(?:with|avec)\s", body[hit.end : hit.end + 8])
        if definite(doc, hit) and not lex.PRICED.match(body, hit.end) and not named:
            return None  # "that contract"; "son principal contrat, avec X" is named
        if _AWARDED.search(body, max(lo, hit.start - 50), hit.start):
            # "The Pentagon awarded a $10 billion cloud contract to Microsoft"
            contractor = after(doc, i, hit.end, hi, _TO_ONLY, reach=30, mark_reach=60)
            return Reading(hit, kind, _roles(kind, contractor, subj()))
        client = after(doc, i, hit.end, hi, _CLIENT, mark_reach=150, reach=50) or _supplied(
            doc, hit, hi
        )
        return Reading(hit, kind, _roles(kind, subj(), client))
    if voice == "supply":
        # "Nimbus will provide Orbital Bank with cloud capacity", "supply chips to Apple"
        client = after(doc, i, hit.end, hi, None, reach=12, head=True)
        served = client and lex.SERVICES.search(body, client[-1].end, min(hi, client[-1].end + 50))
        if not served:
            client = after(doc, i, hit.end, hi, _TO_ONLY, reach=30, mark_reach=60)
            served = client and lex.SERVICES.search(body, hit.end, client[0].start)
        client = [e for e in client if e.type == "organization" and e.name not in doc.media]
        if not (served and client):
            return None
        return Reading(hit, kind, _roles(kind, subj(), client))
    if voice == "spend":
        # "Orbital agreed to spend $2 billion on cloud services from Nimbus"
        money = [m for m in doc.of_type(i, "money") if hit.end <= m.start <= hit.end + 30]
        supplier = after(doc, i, hit.end, hi, _FROM_ONLY, reach=20, mark_reach=100)
        if not (money and supplier and lex.SERVICES.search(body, money[0].end, supplier[0].start)):
            return None
        return Reading(hit, kind, _roles(kind, supplier, subj()))
    if voice == "rely":
        # "Orbital relies on Nimbus's infrastructure": Nimbus supplies Orbital
        supplier = after(doc, i, hit.end, hi, None, reach=20)
        owns = supplier and _POSSESSED.match(body, supplier[-1].end)
        if not (owns and lex.SERVICES.match(body, owns.end())):
            return None
        return Reading(hit, kind, _roles(kind, supplier[-1:], subj()))
    if voice in ("with", "talks"):
        supplied = _supplied(doc, hit, hi) if voice == "with" else []
        if supplied:
            # "won a deal to provide Orbital Bank with cloud services"
            return Reading(hit, "contract", _roles("contract", subj(), supplied), supply=True)
        if voice == "talks" and not lex.TALKS_WITH.match(body, hit.end):
            return None
        if _NOT_A_DEAL.match(body, hit.end):
            return None  # "an agreement to dismiss all litigation": a settlement
        if _SUIT_WORD.search(body, lo, hit.start):
            return None  # "X sued a global advertising alliance"
        if word in ("partner", "partners") and _job_title(doc, hit, lo):
            return None  # "Jane Smith, a former Sequoia Capital partner"
        if word in _PLURAL_GENERIC and not _WITH_NEAR.match(body, hit.end):
            return None  # "Among the four Series A deals, X took": deals, not one deal
        told = word in _GENERIC and definite(doc, hit) and not lex.PRICED.match(body, hit.end)
        if told and not WITH.match(body, hit.end + 1):
            return None  # "the deal", "l'accord": one told before
        others = after(doc, i, hit.end, hi, WITH, reach=60, mark_reach=40)
        own = subj() or modifier(doc, i, lo, hit.start)
        if word in _GENERIC or voice == "talks":
            kind = _kind_from_context(body[lo:hi], hit, kind)
            if kind in ("contract", "other") and _priced_big(doc, i, lo, hi):
                kind = _kind_nearby(doc, i, kind)
            if not others and kind in ("contract", "other"):
                return None  # "signed agreements to support it": no counterparty
            if kind == "investment" and lex.SALE.search(body, hit.end, hi):
                # "in talks with KKR about selling a 40% stake in its fibre network"
                parties = [(e, "investee") for e in own] + [(e, "investor") for e in others]
                return Reading(hit, kind, parties, status=_TALKS.get(voice))
            if kind == "acquisition" and lex.SALE.search(body, hit.end, hi):
                # "en discussion avec Ardian pour lui céder sa filiale"
                parties = [(e, "seller") for e in own] + [(e, "acquirer") for e in others]
                return Reading(hit, kind, parties, status=_TALKS.get(voice))
        if others and kind in ("contract", "other") and _SUPPLY.search(body, hit.end, hi):
            # "an agreement with the USDA to supply online applications"
            return Reading(hit, "contract", _roles("contract", own, others), supply=True)
        reading = Reading(hit, kind, _roles(kind, own, others), own=tuple(own))
        if voice == "talks":
            reading.status = "in_talks"
        return reading
    return None


_SUPPLY = marker(
    r"to provide|to supply|to deliver|to sell|providing|supplying|pour fournir|de fournir|"
    r"pour livrer|de livrer"
)
_TO_ONLY = marker(r"to|à|au|aux")
_TO_BLOCK = marker(r"to block|to stop|to halt|to unwind|de bloquer|d['’]empêcher|pour bloquer")
_AWARDED = marker(r"awarded|awards|award|granted|grants|gave|attribué|attribue|confié|confie")
_POSSESSED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?")


def _supplied(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    """The client of "a deal to provide Y with cloud services", "un contrat pour
    fournir des serveurs à Y"; nothing unless a service is named."""
    body = doc.lowered
    supply = _SUPPLY.search(body, hit.end, min(hi, hit.end + 40))
    if supply is None:
        return []
    fake = Hit(hit.i, supply.start(), supply.end(), "provide", hit.trigger)
    reading = read(doc, replace(fake, trigger=lex.TRIGGERS_EN["provide"]), supply.start(), hi)
    return [e for e, role in reading.parties if role == "client"] if reading else []


def _job_title(doc: Doc, hit: Hit, lo: int) -> bool:
    """ "general partner", "a former Sequoia partner" said of a person,
    "Sequoia partner Jane Smith": a post at a firm, not a partnership."""
    body = doc.lowered
    if lex.JOB_PARTNER.search(body, max(lo, hit.start - 12), hit.start):
        return True
    people = [e for e in doc.ents(hit.i) if e.type == "person"]
    if any(0 <= e.start - hit.end <= 1 for e in people):
        return True
    firm = modifier(doc, hit.i, lo, hit.start)
    if not firm:
        return False
    return any(
        re.fullmatch(r",\s+(?:a|an|the|its|their)?\s*(?:[\w-]+\s+)?", body[e.end : firm[0].start])
        for e in people
        if e.end <= firm[0].start
    )


_STATUS_AFTER = re.compile(
    r"(?:\s+(?:of|for|in|de|du|d['’]|pour|sur)\s+(?:[\w.&'’$€£,-]+\s+){1,5}?)?,?\s*"
    r"(?:was|were|has been|had been|have been|a été|ont été|avait été)\s+(?:\w+\s+)?"
    r"(?:(?P<withdrawn>abandoned|withdrawn|dropped|abandonnée?s?|retirée?s?)|"
    r"(?P<cancelled>terminated|called off|scrapped|cancell?ed|blocked|annulée?s?|bloquée?s?)|"
    r"(?P<rejected>rejected|turned down|rebuffed|rejetée?s?|refusée?s?)|"
    r"(?P<completed>completed|closed|finali[sz]ed|finalisée?s?|bouclée?s?|conclue?s?))(?![\w-])"
)


def _status_after(doc: Doc, pos: int, hi: int) -> str | None:
    """ "Salesforce's bid for Lumora was abandoned in March": the status said
    after the deal noun, when the words before it say none."""
    found = _STATUS_AFTER.match(doc.lowered[: min(hi, pos + 90)], pos)
    return found.lastgroup if found else None


def _priced_big(doc: Doc, i: int, lo: int, hi: int) -> bool:
    return any(
        lo <= m.start < hi and m.amount is not None and m.amount >= 100_000_000
        for m in doc.of_type(i, "money")
    )


_ACQUISITION_NEARBY = re.compile(
    r"(?<![\w-])(?:acquisition|acquire[sd]?|acquiring|takeover|buyout|merger|rachat|racheter|"
    r"rachète|fusion|to buy|bought)(?![\w-])"
)


def _kind_nearby(doc: Doc, i: int, kind: str) -> str:
    """ "Adobe abandoned the $20 billion deal with Figma. ... The acquisition deal,
    which cost Adobe": a priced deal the next sentences call an acquisition."""
    for k in range(max(0, i - 1), min(len(doc.sentences), i + 3)):
        sentence = doc.sentences[k]
        if _ACQUISITION_NEARBY.search(doc.lowered, sentence.start, sentence.end):
            return "acquisition"
    return kind


def _kind_from_context(text: str, hit: Hit, default: str) -> str:
    for kind, cue in lex.KIND_CUES:
        if cue.search(text):
            return kind
    return "contract" if default == "contract" and hit.trigger.voice == "with" else default


def _bid(doc: Doc, hit: Hit, lo: int, hi: int, subj: _Lazy) -> Reading | None:
    i, body = hit.i, doc.lowered
    if lex.REJECTED.search(body, max(lo, hit.start - 60), hit.start):
        # "Emerald avait rejeté une approche de Blackstone": the subject is the target
        bidder = after(doc, i, hit.end, hi, _FROM, reach=40, mark_reach=50)
        return Reading(hit, "bid", _roles("bid", bidder, subj()), status="rejected")
    if deal_status(doc, lo, hit.start, hit.end, "", look_after=True) == "rejected":
        rejecter = after(doc, i, hit.end, hi, BY, reach=40, mark_reach=40)
        return Reading(hit, "bid", [(e, "other") for e in rejecter], status="rejected")
    target = after(doc, hit.i, hit.end, hi, FOR, mark_reach=120, reach=60)
    near = [
        m
        for m in doc.of_type(i, "money")
        if hit.start - 40 <= m.start <= hit.end + 60 and lo <= m.start < hi
    ]
    if any(lex.NOT_PRICE_AFTER.match(body, m.end) for m in near):
        return None  # "VLSI's bid for more than $3 billion in damages"
    priced = bool(near)
    if not (target or priced):
        return None  # "signed a partnership to offer instant payments": no bid
    owner = possessor(doc, i, lo, hit.start)
    offered = owner or after(doc, i, hit.end, hi, _FROM_ONLY, reach=30, mark_reach=50)
    if offered and not target and _ACCEPTED.search(body, max(lo, hit.start - 60), hit.start):
        # "Acacia agreed to Cisco's increased offer", "had accepted an offer from Cisco":
        # the subject is the target
        target = [e for e in subj() if e not in offered and e.type == "organization"]
    bidder = owner or (offered if target and not _FOR_PRICE.match(body, hit.end) else []) or subj()
    return Reading(hit, "bid", _roles("bid", bidder, target))


def _led_round(doc: Doc, hit: Hit, lo: int, hi: int, subj: _Lazy) -> Reading | None:
    """ "Sequoia led a $200 million round in Lumora", "a mené le tour de table de
    Lumora": the subject leads the round, the company is the possessor or comes
    after "in"/"de"."""
    i, body = hit.i, doc.lowered
    if not lex.LED.search(body, max(lo, hit.start - 50), hit.start):
        return None
    investee = possessor(doc, i, lo, hit.start) or after(
        doc, i, hit.end, hi, _ROUND_OF, reach=30, mark_reach=30
    )
    investee = [e for e in investee if e.type == "organization"]
    investors = [e for e in subj() if e not in investee]
    if not (investee and investors):
        return None
    return Reading(hit, "funding_round", _roles("funding_round", investee, investors))


def _after_comma(doc: Doc, i: int, pos: int) -> list[Ent]:
    """The organization opening the main clause after an opening phrase."""
    comma = doc.lowered.find(",", pos, doc.sentences[i].end)
    company = [e for e in doc.ents(i) if comma >= 0 and 0 <= e.start - comma <= 3]
    return [e for e in company if e.type == "organization"][:1]


def _raised_before(doc: Doc, hit: Hit, lo: int) -> bool:
    """ "Avec 120 millions d'euros levés", "With $50 million raised": the amount
    just before the participle, after "with"."""
    body = doc.lowered
    return any(
        0 <= hit.start - m.end <= 2
        and lex.MONEY_BEFORE.search(body, max(lo, m.start - 50), m.start)
        for m in doc.of_type(hit.i, "money")
    )


def _investors(doc: Doc, i: int, pos: int, hi: int) -> list[Ent]:
    """ "led by Accel, with participation from Index and Balderton": each group
    of investors after the round word."""
    found = after(doc, i, pos, hi, INVESTORS, mark_reach=160, reach=50)
    more = found
    while more:
        more = after(doc, i, more[-1].end, hi, INVESTORS, mark_reach=40, reach=50)
        found += [e for e in more if e not in found]
    return found


def _investor_subject(doc: Doc, i: int, pos: int, investee: list[Ent]) -> list[Ent]:
    """ "Accel was one of the key investors in Lumora's $100 million round,
    Brightwave's Series E and ...": the sentence's subject invests in each."""
    start = doc.sentences[i].start
    found = lex.INVESTORS_IN.search(doc.lowered, start, pos)
    if found is None:
        return []
    return [e for e in subject(doc, i, start, found.start()) if e not in investee and e.name]


def _funding(doc: Doc, hit: Hit, lo: int, hi: int, subj: _Lazy) -> Reading | None:
    i, word, body = hit.i, hit.word, doc.lowered
    if hit.trigger.voice == "round":
        led = _led_round(doc, hit, lo, hi, subj)
        if led is not None:
            return led
    investors = _investors(doc, i, hit.end, hi)
    joined = lex.JOINED.search(body, max(lo, hit.start - 40), hit.start)
    if word in ("l'opération", "the operation") and not joined:
        return None  # "l'opération" is a round only for those who took part in it
    if hit.trigger.voice == "round" and joined:
        # "X and Y also took part in the round": investors of a round told before
        backers = subj()
        if lex.PARTICIPLE.search(body, max(lo, joined.start() - 12), joined.start()):
            # "Marcelo Claure, directeur général de SoftBank, le groupe japonais ayant mené
            # la levée de fonds": the name the participle follows
            before = [e for e in doc.ents(i) if e.end <= joined.start() and e.name]
            backers = before[-1:]
        parties = _roles("funding_round", [], backers + investors)
        return Reading(hit, "funding_round", parties, joined=True)
    if hit.trigger.voice == "raise" and _raised_before(doc, hit, lo):
        # "Avec 120 millions d'euros levés, Lumora devient": the subject after the comma
        company = _after_comma(doc, i, hit.end)
        if not company:
            return None
        return Reading(hit, "funding_round", _roles("funding_round", company, investors))
    if word in ("ce tour", "le tour", "du tour", "au tour"):
        # "a pu compter sur Bpifrance et Eurazeo pour boucler ce tour"
        cue = lex.BACKERS_BEFORE.search(body, lo, hit.start)
        backers = [e for e in doc.ents(i) if cue and cue.end() <= e.start < hit.start]
        if not backers:
            return None
        parties = _roles(
            "funding_round",
            [],
            group_at(doc, doc.ents(i), doc.ents(i).index(backers[0]), hit.start),
        )
        return Reading(hit, "funding_round", parties, joined=True)
    if hit.trigger.voice in ("raise", "collect"):
        money = [m for m in doc.of_type(i, "money") if hit.end <= m.start <= hit.end + 60]
        if not money or money[0].end > hi:
            return None
        if lex.DEBT.search(body, hit.end, min(hi, money[0].end + 50)):
            return None
        if lex.NOT_RAISED.search(body, hit.end, money[0].start):
            return None  # "raised its offer for Lakeshore to $1.9 billion"
        if lex.TOTAL_RAISED.search(body, max(lo, hit.start - 30), min(hi, money[0].end + 30)):
            return None  # "has raised a total of $400 million since its founding"
        if hit.trigger.voice == "collect" and not lex.FUNDING_CONTEXT.search(body, lo, hi):
            return None  # "secured a $700 million contract" is no round
    elif word in ("round", "funding", "financing"):
        before = body[max(lo, hit.start - 40) : hit.start]
        led_by = lex.LED_BY.match(body, hit.end)
        if not (lex.ROUND_BEFORE.search(before) or INVESTORS.match(body, hit.end + 1) or led_by):
            return None
    owner = possessor(doc, i, lo, hit.start)
    if owner:
        investors += [e for e in _investor_subject(doc, i, hit.start, owner) if e not in investors]
    investee = owner or subj()
    if hit.trigger.voice in ("raise", "collect") and (
        not investee or any(e.type == "person" for e in investee)
    ):
        # "Sutskever raised $1 billion for his new AI firm — Safe Superintelligence"
        end = doc.sentences[i].end
        company = after(doc, i, hit.end, end, _PAY_FOR, reach=40, mark_reach=90)
        company = [e for e in company if e.type == "organization"]
        if company:
            investee = company[:1]
    if (
        hit.trigger.voice in ("raise", "collect")
        and lex.IPO.search(body, lo, hi)
        and not lex.BEFORE_IPO.search(body, lo, hi)
    ):
        # "listed its shares on the Nasdaq, raising $500 million": an offering
        issuer = [e for e in investee if e.name and not lex.EXCHANGE.search(e.name)]
        return Reading(hit, "other", [(e, "other") for e in issuer[:1]])
    if not investee and INTRO.match(body, lo) and INTRO.match(body, lo).end() > hit.end:
        # "Avec un tour de table à 9 millions de dollars, Linkfluence conclut"
        investee = _after_comma(doc, i, hit.end)
    if not investee and hit.trigger.voice == "round":
        name = doc.resolve(i, hit.start, "organization")
        investee = [Ent(hit.start, hit.start, name, "organization", coref=True)] if name else []
    return Reading(hit, "funding_round", _roles("funding_round", investee, investors))


def _host(doc: Doc, hit: Hit, lo: int, hi: int, subj: _Lazy) -> Reading:
    i = hit.i
    if is_passive(doc, hit, hi):
        host, provider_region = after(doc, i, hit.end, hi, BY), (lo, hit.start)
    else:
        host, provider_region = subj(), (hit.end, min(hi, hit.end + 80))
    provider = [
        Ent(p.start, p.end, doc.owners[p.name], "organization")
        for p in doc.of_type(i, "product")
        if provider_region[0] <= p.start < provider_region[1]
        and p.name in doc.owners
        and not lex.PLATFORM.search(doc.lowered, max(0, p.start - 12), p.start)
    ][:1]
    if not provider and provider_region[0] == hit.end:
        # "host the AI models of the German start-up Aleph", "host models from Mistral AI"
        provider = after(doc, i, hit.end, hi, None, reach=60)
    return Reading(hit, "hosting", _roles("hosting", host, provider))


# Kinds one clause may join into one deal: "offered to buy" (bid), "raised
# ... in a round" (funding), and a generic word ("talks", "deal", "accord")
# with the kind its clause names ("in talks with xAI to host Grok").
_JOINABLE = [{"bid", "acquisition"}, {"funding_round", "investment"}, {"contract", "hosting"}]
_ORG_ONLY = {"host", "provider", "investee", "target"}


def _acted_on(reading: Reading) -> set[str]:
    roles = ("target", "investee", "client")
    return {e.name for e, role in reading.parties if role in roles and e.name}


def _generic(reading: Reading) -> bool:
    voice = reading.hit.trigger.voice
    return voice == "talks" or (voice == "with" and reading.hit.word in _GENERIC)


def _joinable(a: Reading, b: Reading) -> bool:
    if _generic(a) or _generic(b):
        return True
    if a.hit.trigger.voice == b.hit.trigger.voice == "series":
        return False  # "une série C de 450 millions ..., un tour initial de 209 millions"
    if a.kind == b.kind:
        # "Nikon bought RED, and ... Lensrentals bought BorrowLenses": two deals
        ta, tb = _acted_on(a), _acted_on(b)
        return not (ta and tb and not ta & tb)
    return any({a.kind, b.kind} <= pair for pair in _JOINABLE)


def deals(doc: Doc, i: int, hits: list[Hit], used: set[int]) -> tuple[list[Draft], list[str]]:
    """The deals of sentence ``i``, and terminal statuses ("rejected") said of
    an earlier deal by a clause that names no new one."""
    clusters: list[tuple[int, int, int, list[Reading]]] = []
    for hit in hits:
        if hit.trigger.type != "deal":
            continue
        lo, hi = doc.clause(i, hit.start)
        relative = doc.relative(i, lo, hit.start)
        segment = relative[0] if relative and not relative[2] else lo
        if relative and relative[2]:
            segment = relative[0]
        reading = read(doc, hit, lo, hi)
        if reading is None:
            continue
        for lo_, hi_, seg_, members in clusters:
            if (lo_, hi_, seg_) == (lo, hi, segment) and all(
                _joinable(reading, m) for m in members
            ):
                members.append(reading)
                break
        else:
            clusters.append((lo, hi, segment, [reading]))
    drafts, updates = [], []
    for lo, hi, segment, members in clusters:
        draft = _combine(doc, i, lo, hi, segment, members, used)
        if draft is not None:
            drafts += _split_targets(doc, i, draft, hi, used)
            continue
        first = members[0].hit
        if lex.ANOTHER.search(doc.lowered, max(lo, first.start - 30), first.start):
            continue  # "une première approche ... avait été repoussée": another, earlier bid
        status = next((r.status for r in members if r.status == "rejected"), None)
        status = status or deal_status(doc, segment, first.start, first.end, "")
        if status in ("rejected", "withdrawn", "cancelled"):
            updates.append(status)
    return drafts, updates


def _combine(doc, i, lo, hi, segment, members: list[Reading], used) -> Draft | None:
    specific = [r for r in members if not _generic(r) or r.supply] or members
    if any(r.hit.trigger.voice == "stake" for r in members):
        kind = "investment"
    elif any(r.hit.trigger.voice == "contract" for r in members):
        kind = "contract"  # "a remporté un contrat ... pour héberger": a contract
    else:
        kind = min((r.kind for r in specific), key=PRIORITY.index)
    ordered = sorted(members, key=lambda r: (r.kind != kind, r.hit.start))
    main = ordered[0]
    parties: list[tuple[Ent, str]] = []
    seen: set[str | None] = set()
    for reading in ordered:
        for ent, role in reading.parties:
            if reading.kind != kind:
                role = {"acquirer": "bidder"}.get(role, role) if kind == "bid" else role
                if _generic(reading) and reading.own:
                    # "Wayve is in talks with Microsoft and SoftBank to raise": the
                    # talks' subject acts, the others are on the other side
                    role = AGENT[kind] if ent in reading.own else PATIENT[kind]
                elif _generic(reading):
                    role = {AGENT[reading.kind]: AGENT[kind]}.get(role, PATIENT[kind])
            if ent.name in seen or (role in _ORG_ONLY and ent.type != "organization"):
                continue
            seen.add(ent.name)
            parties.append((ent, role))
    money = None
    for reading in ordered:
        money = amount(doc, i, reading.hit.start, reading.hit.end, segment, hi, used)
        if money is not None:
            break
    generic = all(_generic(r) and not r.supply for r in members)
    if kind == "contract" and money is None and generic:
        kind = "partnership"
        parties = [(e, "partner") for e, _ in parties]
    named = [e for e, _ in parties if e.name]
    if not named and kind == "funding_round" and any(r.joined for r in members):
        named = [None]  # investors or an amount only: _complete_rounds finds the company
    round_told = kind == "funding_round" and (
        any(r.joined or r.hit.trigger.voice == "series" for r in members)
        # "Kustomer was valued at $710 million in a private funding round"; not
        # "was valued by investors at $6 billion in its last round", a valuation
        or bool(
            _VALUED.search(doc.lowered, segment, hi) and not _LAST.search(doc.lowered, segment, hi)
        )
    )
    if not named or not (money or len(named) >= 2 or round_told):
        return None  # one name and no amount says too little ("Rain's Series A" says enough)
    if kind == "other" and money is None:
        return None  # "held talks with X" about nothing the clause names
    first = min(members, key=lambda r: r.hit.start).hit
    status = next((r.status for r in ordered if r.status), None)
    if status is None or status == "in_talks":
        # "withdrew its case that sought to block X's acquisition": the case's
        # words say nothing of the deal's status
        blocked = list(_TO_BLOCK.finditer(doc.lowered, segment, first.start))
        since = blocked[-1].end() if blocked else segment
        found = deal_status(doc, since, first.start, first.end, "")
        found = found or _status_after(doc, first.end, hi) or main.hit.trigger.status
        if status is None or found in ("withdrawn", "cancelled", "rejected"):
            status = found
    if money is not None:
        used.add(money.start)
        if _COMBINED.search(doc.lowered, max(segment, money.start - 24), money.start):
            money = None  # "contracts worth a combined $500 million": no one deal's price
    return Draft(
        "deal",
        i,
        kind=kind,
        status=status,
        parties=parties,
        amount=money,
        date=date(doc, i, main.hit.start, lo, hi),
        anchor=main.hit.start,
    )


_BACKED = re.compile(r"(?<=[\w)])-(?:backed|funded|financed)\s+")
_BACKED_GAP = re.compile(r"(?:[\w-]+\s+){0,3}")


def backed(doc: Doc) -> list[Draft]:
    """ "Microsoft-backed OpenAI", "SoftBank-funded startup X": an investment
    of the first name in the second."""
    out = []
    for match in _BACKED.finditer(doc.body):
        i = doc.index_of(match.start())
        if i >= len(doc.sentences) or doc.sentences[i].start > match.start():
            continue
        ents = doc.ents(i)
        investor = [e for e in ents if e.end == match.start() and e.name]
        investee = [
            e
            for e in ents
            if e.start >= match.end()
            and e.type == "organization"
            and _BACKED_GAP.fullmatch(doc.body, match.end(), e.start)
        ]
        if investor and investee:
            parties = [(investor[0], "investor"), (investee[0], "investee")]
            out.append(Draft("deal", i, "investment", "completed", parties, anchor=match.start()))
    return out


_PATIENTS = {"target", "investee"}
_AND_THEN = re.compile(r"(?:,|\band|\bet)\s+$")
_SUED_OVER = re.compile(r"(?:against|contre|sued|sues|suing)\s+$")
_ITS = re.compile(r"(?<![\w-])(?:its|their|sa|son|ses|leur)\s+(?:[\w$€£.,-]+\s+){0,3}$")


def _sued_over(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """ "filed a lawsuit against Meta regarding its acquisition of Instagram": the
    one sued over its own deal is the buyer."""
    if not _ITS.search(doc.lowered, max(lo, pos - 40), pos):
        return []
    for e in reversed([e for e in doc.ents(i) if lo <= e.start and e.end <= pos]):
        if _SUED_OVER.search(doc.lowered, max(lo, e.start - 12), e.start):
            return [e]
    return []


def _split_targets(doc: Doc, i: int, draft: Draft, hi: int, used: set[int]) -> list[Draft]:
    """ "its acquisition of Instagram in 2012 for $1 billion and WhatsApp in 2014
    for $19 billion": one deal per target, each with the amount told after it."""
    clients = [e for e, role in draft.parties if role == "client" and e.name]
    if draft.kind == "contract" and len(clients) > 1 and draft.amount is None:
        # "signed contracts with Orbital Bank and Salesforce": one contract each
        others = [(e, role) for e, role in draft.parties if role != "client"]
        return [replace(draft, parties=[*others, (e, "client")]) for e in clients]
    targets = [e for e, role in draft.parties if role in _PATIENTS and e.name]
    if draft.kind == "funding_round" and len(targets) > 1 and draft.amount is None:
        # "Accel led rounds in Lumora, Brightwave and Cortexa": a round per company
        investors = [(e, role) for e, role in draft.parties if role != "investee"]
        return [replace(draft, parties=[(e, "investee"), *investors]) for e in targets]
    if draft.kind not in ("acquisition", "investment") or not targets:
        return [draft]
    for e in doc.ents(i):
        # "of Instagram in 2012 for $1 billion and WhatsApp in 2014 for $19 billion"
        if (
            targets[-1].end < e.start < hi
            and e.type == "organization"
            and e.name
            and _AND_THEN.search(doc.lowered, max(0, e.start - 8), e.start)
            and any(e.end <= m.start <= e.end + 40 for m in doc.of_type(i, "money"))
        ):
            targets.append(e)
            draft.parties.append((e, "target" if draft.kind == "acquisition" else "investee"))
    if len(targets) < 2:
        return [draft]
    money = [m for m in doc.of_type(i, "money") if targets[0].end <= m.start < hi]
    if len(money) < 2:
        return [draft]
    others = [(e, role) for e, role in draft.parties if role not in _PATIENTS]
    out: list[Draft] = []
    for k, target in enumerate(targets):
        stop = targets[k + 1].start if k + 1 < len(targets) else hi
        own = [m for m in money if target.end <= m.start < stop]
        if not own:
            return [draft]
        used.add(own[0].start)
        role = next(r for e, r in draft.parties if e is target)
        out.append(replace(draft, parties=[*others, (target, role)], amount=own[0]))
    return out


_ON_PLATFORM = re.compile(
    r"(?<![\w-])(?:run|runs|running|ran|move|moves|moving|moved|migrat\w+|deploy\w*|shift\w*|"
    r"train|trains|training|trained|héberg\w+|migr\w+|bascul\w+)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:on|to|onto|sur|vers)\s+$"
)


_PLATFORM_VERB = re.compile(
    r"(?<![\w-])(?:run|runs|running|ran|move|moves|moving|moved|migrat|deploy|shift|train|héberg|"
    r"migr|bascul)"
)


def platform_hosting(doc: Doc) -> list[Draft]:
    """ "G42 will run its AI applications on Microsoft Azure", "The startup will
    move to Microsoft Azure": the platform's owner hosts the company."""
    out: list[Draft] = []
    if not _PLATFORM_VERB.search(doc.lowered):
        return out
    for i, sentence in enumerate(doc.sentences):
        for m in sentence.mentions:
            owner = doc.owners.get(m.name) if m.type == "product" else None
            if owner is None or not _ON_PLATFORM.search(
                doc.lowered, max(sentence.start, m.start - 70), m.start
            ):
                continue
            lo, _ = doc.clause(i, m.start)
            moved = _ON_PLATFORM.search(doc.lowered, max(lo, m.start - 70), m.start)
            if moved is None:
                continue
            client = [
                e
                for e in subject(doc, i, lo, moved.start())
                if e.type == "organization" and e.name and e.name != owner
            ]
            if client:
                host = Ent(m.start, m.end, owner, "organization")
                status = deal_status(doc, lo, moved.start(), moved.end(), "announced")
                parties = [(host, "host"), (client[0], "client")]
                out.append(Draft("deal", i, "hosting", status, parties, anchor=m.start))
    return out
