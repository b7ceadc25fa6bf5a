"""Service and cloud contracts and hosting ("a $10 billion cloud contract", "provide
Y with cloud services", "run its applications on Microsoft Azure", "OpenAI's exclusive
cloud provider"); partnerships and generic deal words are in ``partnerships.py``. The
entry is ``purchases.read``.
"""

from __future__ import annotations

import re

from newsdb.extract.facts import cues
from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.readings import FROM_ONLY, Lazy, Reading, roles
from newsdb.extract.facts.rules import (
    BY,
    Draft,
    Hit,
    deal_status,
    definite,
    ents_between,
    is_passive,
    marker,
)
from newsdb.extract.facts.sentences import Ent
from newsdb.extract.facts.subjects import after, possessor, subject

_CLIENT = marker(r"with|from|for|avec|pour|auprès de|auprès du|by|par")
SUPPLY = marker(
    r"to provide|to supply|to deliver|to sell|providing|supplying|pour fournir|de fournir|"
    r"pour livrer|de livrer"
)
_TO_ONLY = marker(r"to|à|au|aux")
_AWARDED = marker(r"awarded|awards|award|granted|grants|gave|attribué|attribue|confié|confie")
_POSSESSED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?")


def contract(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """A contract named by its word ("a $10 billion cloud contract")."""
    i, kind, body = hit.i, hit.trigger.kind, doc.lowered
    named = re.match(r",?\s+(?:with|avec)\s", body[hit.end : hit.end + 8])
    if definite(doc, hit) and not cues.PRICED.match(body, hit.end) and not named:
        return None  # "that contract"; "son principal contrat, avec X" is named
    given = _AWARDED_TO.match(body, hit.end)
    contractors = after(doc, i, given.end() - 1, hi, None, reach=5) if given else []
    if contractors:
        # "up to $9 billion worth of cloud contracts were awarded to Google, Oracle, Amazon
        # and Microsoft": the winners after "to", the one awarding after "by" or a public
        # buyer the sentence opens with ("The Pentagon announced that"; not "Brindle, which
        # lost the bid, said that")
        said = cues.SAID.search(body, doc.sentences[i].start, hit.start)
        client = (
            after(doc, i, given.end(), hi, BY, reach=30, mark_reach=120)
            or [
                e
                for e in doc.ents(i)
                if said and e.end <= said.start() and e.name and _BUYER_BODY.search(e.name)
            ][:1]
        )
        return Reading(hit, kind, roles(kind, contractors, client))
    awarded = _AWARDED.search(body, max(lo, hit.start - 50), hit.start)
    if awarded and _BE_BEFORE.search(body, max(lo, awarded.start() - 20), awarded.start()):
        # "Orbital was awarded a $450 million contract by the Department of Agriculture"
        client = after(doc, i, hit.end, hi, BY, reach=30, mark_reach=60)
        return Reading(hit, kind, roles(kind, subj(), client))
    if awarded:
        # "The Pentagon awarded a $10 billion cloud contract to Microsoft", "The Pentagon
        # awarded Microsoft a contract"
        contractor = (
            after(doc, i, hit.end, hi, _TO_ONLY, reach=30, mark_reach=60)
            or [
                e
                for e in ents_between(doc, i, awarded.end(), hit.start)
                if e.type == "organization"
            ][:1]
        )
        return Reading(hit, kind, roles(kind, contractor, subj()))
    client = (
        after(doc, i, hit.end, hi, _CLIENT, mark_reach=150, reach=50)
        or supplied(doc, hit, hi)
        or _client_before(doc, hit, lo)
        or _served(doc, hit, hi)
    )
    return Reading(hit, kind, roles(kind, subj(), client))


# A public buyer awarding the contracts it announces.
_BUYER_BODY = re.compile(
    r"Pentagon|Department|Ministry|Ministère|Army|Navy|Air Force|Agency|Agence|Government|"
    r"Gouvernement|Commission|Council|Conseil|Authority|Autorité|DoD|NASA|ESA|State of|City of"
)
_AWARDED_TO = re.compile(
    r"\s+(?:were|was|have been|has been|had been|will be|ont été|a été)\s+"
    r"(?:awarded|granted|given|attribuée?s?|confiée?s?)\s+(?:to|à|au|aux)\s"
)
_BE_BEFORE = re.compile(r"(?<![\w-])(?:was|were|is|are|been|being|has been|a été|ont été)\s+$")
# "a $14 billion contract to modernise AT&T's wireless network": the one served
_TO_SERVE = re.compile(r"\s+(?:to|pour)\s+(?:help\s+)?[a-zé]+\s+(?:the\s+|le\s+|la\s+|l['’])?$")


def _served(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    for e in ents_between(doc, hit.i, hit.end, hi):
        if e.type == "organization" and _TO_SERVE.fullmatch(doc.lowered, hit.end, e.start):
            return [e]
        return []
    return []


def _client_before(doc: Doc, hit: Hit, lo: int) -> list[Ent]:
    """ "has won an Army contract", "a Pentagon cloud contract": the client named
    as the contract's modifier, just before it."""
    return [
        e
        for e in doc.plain_ents(hit.i)
        if lo <= e.start
        and e.type == "organization"
        and e.name
        and _MODIFIER_GAP.fullmatch(doc.lowered, e.end, hit.start)
        and (
            AN.search(doc.lowered, max(lo, e.start - 8), e.start)
            # "a $10 billion Pentagon contract", "$412.66 Mn NHS Contract": after its price
            or any(
                m.end <= e.start and _PRICE_GAP.fullmatch(doc.lowered, m.end, e.start)
                for m in doc.of_type(hit.i, "money")
            )
        )
    ][:1]


_PRICE_GAP = re.compile(r"(?:-|\s+)")
_MODIFIER_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z$€£\d.,-]+\s+){0,2}")
AN = re.compile(r"(?<![\w-])(?:an?|the|its|un|une|le|la)\s+(?:u\.s\.\s+)?$")


def supply(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """A supplier and its client ("provide Y with cloud services")."""
    i, kind, body = hit.i, hit.trigger.kind, doc.lowered
    # "Nimbus will provide Orbital Bank with cloud capacity", "supply chips to Apple"
    client = after(doc, i, hit.end, hi, None, reach=12, head=True)
    served = client and cues.SERVICES.search(body, client[-1].end, min(hi, client[-1].end + 50))
    if not served:
        client = after(doc, i, hit.end, hi, _TO_ONLY, reach=30, mark_reach=60)
        served = client and cues.SERVICES.search(body, hit.end, client[0].start)
    client = [e for e in client if e.type == "organization" and e.name not in doc.media]
    if not (served and client):
        return None
    # a company supplies (not "Wes Cummins said the deal provides the company with")
    suppliers = [e for e in subj() if e.type == "organization"]
    return Reading(hit, kind, roles(kind, suppliers, client)) if suppliers else None


def spend(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """A client spending on a supplier's services."""
    i, kind, body = hit.i, hit.trigger.kind, doc.lowered
    # "Orbital agreed to spend $2 billion on cloud services from Nimbus"
    money = [m for m in doc.of_type(i, "money") if hit.end <= m.start <= hit.end + 30]
    supplier = after(doc, i, hit.end, hi, FROM_ONLY, reach=20, mark_reach=100)
    if not (money and supplier and cues.SERVICES.search(body, money[0].end, supplier[0].start)):
        return None
    return Reading(hit, kind, roles(kind, supplier, subj()))


def rely(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """A client relying on a supplier's infrastructure."""
    i, kind, body = hit.i, hit.trigger.kind, doc.lowered
    # "Orbital relies on Nimbus's infrastructure": Nimbus supplies Orbital
    supplier = after(doc, i, hit.end, hi, None, reach=20)
    owns = supplier and _POSSESSED.match(body, supplier[-1].end)
    if not (owns and cues.SERVICES.match(body, owns.end())):
        return None
    return Reading(hit, kind, roles(kind, supplier[-1:], subj()))


def host(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading:
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
        and not cues.PLATFORM.search(doc.lowered, max(0, p.start - 12), p.start)
    ][:1]
    if not provider and provider_region[0] == hit.end:
        # "host the AI models of the German start-up Aleph", "host models from Mistral AI"
        provider = after(doc, i, hit.end, hi, None, reach=60)
    return Reading(hit, "hosting", roles("hosting", host, provider))


_NOT_PROVIDER = re.compile(
    r"(?<![\w-])(?:no longer|not|never|hoped|hopes|hoping|wanted|wants|sought|seeks|bid|vying|"
    r"competing|ceased|stopped|would have)(?![\w-])[^,;]{0,40}$"
)


def provider(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """ "Microsoft's Azure will be OpenAI's exclusive cloud provider": the subject hosts
    the one whose provider it is."""
    if _NOT_PROVIDER.search(doc.lowered, max(lo, hit.start - 60), hit.start):
        return None  # "will no longer be", "had hoped to be Orbital's exclusive cloud provider"
    client = possessor(doc, hit.i, lo, hit.start)
    names = {e.name for e in client}
    host = [e for e in subj() if e.name not in names] if client else []
    if not host:
        return None
    return Reading(hit, "hosting", [(e, "host") for e in host] + [(e, "client") for e in client])


def supplied(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    """The client of "a deal to provide Y with cloud services", "un contrat pour
    fournir des serveurs à Y"; nothing unless a service is named."""
    body = doc.lowered
    found = SUPPLY.search(body, hit.end, min(hi, hit.end + 40))
    if found is None or cues.MODIFIED.match(body, found.end()):
        return []
    lo = found.start()
    provide = Hit(hit.i, lo, found.end(), "provide", lex.TRIGGERS_EN["provide"])
    reading = supply(doc, provide, lo, hi, Lazy(lambda: subject(doc, hit.i, lo, lo)))
    return [e for e, role in reading.parties if role == "client"] if reading else []


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


# Goods bought, not a company: chips, modems, servers, power.
_GOODS = re.compile(
    r"(?<![\w-])(?:chips?|chipsets?|semiconductors?|processors?|modems?|gpus?|graphics cards|"
    r"memory chips|wafers|displays?|screens|panels|batteries|battery cells|cells|sensors|"
    r"components|parts|servers|equipment|hardware|devices|handsets|vehicles|aircraft|jets|"
    r"satellites|rockets|launches|turbines|capacity|computing power|compute|cloud services|"
    r"electricity|power|energy|gas|fuel|supplies|puces|processeurs|composants|serveurs|"
    r"équipements|batteries|capacités|électricité|énergie)(?![\w-])"
)


# Between the verb and the goods: a quantity or a price ("an additional $4.2 billion in").
_MAKER_GAP = re.compile(r"(['’]s?)?\s+(?:[\w-]+\s+)?")
_GOODS_END = re.compile(
    r"\s*(?:[,.;]|$)|\s+(?:for|from|in|at|to|and|worth|under|over|on|this|next|last|pour|de|à)\b"
)
_GOODS_GAP = re.compile(
    r"\s+(?:(?:an?|the|some|more|additional|its|their|up to|more than|about|nearly|"
    r"des|de|d['’]|du|plus de|[\d.,]+%?|[$€£][\d.,]+|[\d.,]+\s*(?:[mb]n?|billion|million|trillion|"
    r"milliards?|millions?)|billion|million|trillion|milliards?|millions?|worth of|worth|in|of)"
    r"\s+)*"
)


_GOODS_MODIFY = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:designers?|makers?|company|companies|firms?|startups?|start-ups?|group|"
    r"business|businesses|units?|divisions?|manufacturers?|suppliers?|providers?|developers?|"
    r"specialists?|giants?|operators?|producers?|players?|ventures?|arms?|subsidiar\w+|plants?|"
    r"factor\w+|assets|operations|activities|activités|fabricant|spécialiste|société|entreprise)"
    r"(?![\w-])"
)


_FROM_SUPPLIER = marker(r"from|auprès de|auprès du|chez")


def supplier(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    """The maker or seller of goods bought: "purchases Intel modems", "buy $4.2 billion in
    chips from GlobalFoundries", "acheter des puces à Nvidia"; none when what is bought is
    no goods."""
    body = doc.lowered
    goods = _GOODS.search(body, hit.end, min(hi, hit.end + 80))
    if goods is None or _GOODS_MODIFY.match(body, goods.end()):
        return []  # (not "to buy semiconductor chip designer Arm", "its chip business")
    made = [e for e in doc.ents(hit.i) if hit.end < e.start and e.end <= goods.start()]
    if made and not made[-1].name:
        return []
    if made:
        # "Intel modems", "Qualcomm chipsets": the maker, right before the goods
        maker = made[-1]
        # ("AMD's AI GPUs": the maker's goods; not "Lumora's gas fields", its assets)
        gap = _MAKER_GAP.fullmatch(body, maker.end, goods.start())
        if len(made) > 1 or not gap or (gap.group(1) and not _GOODS_END.match(body, goods.end())):
            return []
        gap_end = maker.start
    else:
        gap_end = goods.start()
    if _GOODS_GAP.fullmatch(body, hit.end, gap_end) is None:
        return []
    return made[-1:] or after(doc, hit.i, goods.end(), hi, _FROM_SUPPLIER, reach=25, mark_reach=40)
