"""Bids: who offers for whom ("Qualcomm offered to buy Veoneer", "Emerson's $7.6
billion bid for National Instruments", "Mellanox has been offered a deal", "Vodafone
rejected Iliad's offer"), read by ``purchases.read`` for the bid words."""

from __future__ import annotations

import re

from newsdb.extract.facts import cues
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.readings import FROM_ONLY, Lazy, Reading, roles
from newsdb.extract.facts.rules import BY, FOR, Hit, deal_status, is_passive, marker
from newsdb.extract.facts.subjects import after, possessor

_ACCEPTED = re.compile(
    r"(?<![\w-])(?:agreed to|agrees to|accepted|accepts|accept|backed|approved|welcomed|"
    r"rejected|rebuffed|turned down|spurned|accepté|rejeté|repoussé|refusé|received|receives|"
    r"reçu|reçoit)\s+"
    r"(?:[\w$€£.,'’-]+\s+){0,6}$"
)


_ABOUT_DEAL = re.compile(
    r"\s+(?:about|regarding|over|with)\s+(?:an?\s+)?(?:possible\s+|potential\s+)?"
    r"(?:takeover|acquisition|deal|merger|bid|offer|sale|purchase|buyout|combination)(?![\w-])"
)


_FOR_PRICE = re.compile(r"\s+(?:for|pour)\s")


_FROM = marker(r"from|by|par|de la part de|du|des|de|d['’]")


_LOST_OR_WON = re.compile(
    r"(?<![\w-])(?:lost|won|lose|win|losing|winning)\s+(?:the|a|its|their)\s+$"
)


_OFFER_VERBS = frozenset({"offer", "offers", "offered", "offering"})


FROM_PART = re.compile(r"(?<![\w-])(?:(?:from|de la part d(?:e|u|es))(?![\w-])|de la part d['’])")


_TENDER = re.compile(r"contract|tender|licen[cs]e|spectrum|franchise|rights")


# What a company "has been offered" when it is bid for: a deal, a takeover, a sum.
_OFFERED_WHAT = re.compile(
    r"\s+(?:(?:an?|the)\s+)?(?:(?:takeover|buyout|cash|all-cash|acquisition|merger)\s+)?"
    r"(?:deal|offer|bid|takeover|buyout|[$€£]|\d[\d.,]*\s*(?:billion|million|bn|mn|m)\b)"
)


def bid(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    i, body = hit.i, doc.lowered
    if hit.word == "bidding" and _TENDER.search(body, hit.end, min(hi, hit.end + 50)):
        return None  # "bidding for a $10 billion Pentagon cloud contract": a tender
    if _LOST_OR_WON.search(body, max(lo, hit.start - 20), hit.start):
        return None  # "Brindle, which lost the bid, said the contract was awarded to X"
    if cues.REJECTED.search(body, max(lo, hit.start - 60), hit.start):
        # "Emerald avait rejeté une approche de Blackstone": the subject is the target
        # "Helix rejected Microsoft's $500 million offer": the owner bids
        bidder = possessor(doc, i, lo, hit.start) or after(
            doc, i, hit.end, hi, _FROM, reach=40, mark_reach=50
        )
        return Reading(hit, "bid", roles("bid", bidder, subj()), status="rejected")
    if deal_status(doc, lo, hit.start, hit.end, "", look_after=True) == "rejected":
        rejecter = after(doc, i, hit.end, hi, BY, reach=40, mark_reach=40)
        return Reading(hit, "bid", [(e, "other") for e in rejecter], status="rejected")
    if hit.word in ("approached", "has approached"):
        # "Qualcomm has approached Intel about a possible takeover"
        target = after(doc, i, hit.end, hi, None, reach=3)
        if not (target and _ABOUT_DEAL.match(body, target[-1].end)):
            return None
        return Reading(hit, "bid", roles("bid", subj(), target))
    if hit.word == "offered" and is_passive(doc, hit, hi) and _OFFERED_WHAT.match(body, hit.end):
        # "Mellanox has been offered a deal in excess of $7 billion": the subject is bid for
        bidder = after(doc, i, hit.end, hi, BY, reach=40, mark_reach=100)
        target = [e for e in subj() if e.type == "organization"]
        return Reading(hit, "bid", roles("bid", bidder, target)) if target else None
    target = after(doc, hit.i, hit.end, hi, FOR, mark_reach=120, reach=60)
    near = [
        m
        for m in doc.of_type(i, "money")
        if hit.start - 40 <= m.start <= hit.end + 60 and lo <= m.start < hi
    ]
    if any(cues.NOT_PRICE_AFTER.match(body, m.end) for m in near):
        return None  # "VLSI's bid for more than $3 billion in damages"
    if target and not near and hit.word in _OFFER_VERBS and not FOR.match(body, hit.end + 1):
        target = []  # "The combination offers some much-needed closure for X": no bid
    owner = possessor(doc, i, lo, hit.start)
    # "une offre de rachat de 2 milliards d'euros de la part d'Orbital": who offers,
    # however far the price and the offer's words put it
    named = after(doc, i, hit.end, hi, FROM_PART, reach=30, mark_reach=80)
    if named:
        target = [e for e in target if e.name not in {n.name for n in named}]
    offered = owner or named or after(doc, i, hit.end, hi, FROM_ONLY, reach=30, mark_reach=50)
    if offered and not target and _ACCEPTED.search(body, max(lo, hit.start - 60), hit.start):
        # "Acacia agreed to Cisco's increased offer", "had accepted an offer from Cisco",
        # "a reçu une offre de la part d'Onepoint": the subject is the target
        target = [e for e in subj() if e not in offered and e.type == "organization"]
    if not (target or near):
        return None  # "signed a partnership to offer instant payments": no bid
    bidder = owner or (offered if target and not _FOR_PRICE.match(body, hit.end) else []) or subj()
    return Reading(hit, "bid", roles("bid", bidder, target))
