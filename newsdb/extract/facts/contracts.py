"""Service and cloud contracts, hosting, partnerships and generic deal words
("a $10 billion cloud contract", "provide Y with cloud services", "in talks
with X", "run its applications on Microsoft Azure"). The entry is ``purchases.read``.
"""

from __future__ import annotations

import re

from newsdb.extract.facts import cues
from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.coref import Doc, public_body
from newsdb.extract.facts.readings import AGENT, FROM_ONLY, GENERIC, PATIENT, Lazy, Reading, roles
from newsdb.extract.facts.rules import (
    BY,
    WITH,
    Draft,
    Hit,
    deal_status,
    definite,
    ents_between,
    is_passive,
    marker,
)
from newsdb.extract.facts.sentences import ABSOLUTE, Ent
from newsdb.extract.facts.subjects import after, modifier, possessor, subject

_PLURAL_GENERIC = {"deals", "agreements", "accords"}
_WITH_NEAR = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:with|avec|between|entre)\s")
_CLIENT = marker(r"with|from|for|avec|pour|auprès de|auprès du|by|par")
_TALKS = {"talks": "in_talks"}
_NOT_A_DEAL = re.compile(
    r"\s+(?:to|de|d['’]|pour)\s*(?:dismiss|settle|end|resolve|drop|withdraw|abandonner|mettre fin|"
    r"régler|retirer|clore)"
)
_SUIT_WORD = re.compile(r"(?<![\w-])(?:sued|sues|sue|suing|poursuivi\w*|assign\w*)(?![\w-])")
_SUPPLY = marker(
    r"to provide|to supply|to deliver|to sell|providing|supplying|pour fournir|de fournir|"
    r"pour livrer|de livrer"
)
# "content licensing agreements with X", "un accord de licence avec X": a contract
_LICENSING = re.compile(
    r"(?<![\w-])(?:cross-)?licen[cs]\w*\s+$|\s+(?:[a-z]+\s+)?(?:de|of)\s+licen[cs]\w*"
)
_TO_ONLY = marker(r"to|à|au|aux")
_BETWEEN = re.compile(r"\s+(?:between|entre)\s")
_AWARDED = marker(r"awarded|awards|award|granted|grants|gave|attribué|attribue|confié|confie")
_WON = re.compile(
    r"(?<![\w-])(?:won|wins|win|winning|secured|secures|landed|lands|clinched|remporté|remporte|"
    r"décroché|décroche)\s+(?:[\w$€£.,-]+\s+){0,3}?$"
)
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
        and _AN.search(doc.lowered, max(lo, e.start - 8), e.start)
    ][:1]


_MODIFIER_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z$€£\d.,-]+\s+){0,2}")
_AN = re.compile(r"(?<![\w-])(?:an?|the|its|un|une|le|la)\s+(?:u\.s\.\s+)?$")


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
    return Reading(hit, kind, roles(kind, subj(), client))


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


_ASIDE_WITH = re.compile(r",\s+(?:with|avec)\s")


def _capital_owner(doc: Doc, i: int, pos: int, hi: int, others: list[Ent]) -> list[Ent]:
    """ "… 11% du capital d'Altran", "a stake in Lumora" after the counterparty:
    the company whose shares change hands."""
    if not others:
        return []
    return [
        e
        for e in doc.ents(i)
        if others[-1].end < e.start < hi
        and e.type == "organization"
        and e.name not in {o.name for o in others}
        and cues.CAPITAL_OF.search(doc.lowered, max(pos, e.start - 40), e.start)
    ][:1]


_TO_BE_BOUGHT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:to be|d['’]être)\s+(?:acquired|bought|purchased|taken|rachetée?s?|"
    r"acquise?s?|absorbée?s?)"
)


_TO_DEAL_WITH = re.compile(r"(?<![\w-])(?:to|must|will|can|could|would|should)\s+deal\s+with\s")


def agreement(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """A generic deal word ("deal", "accord", "partner", "talks"): the kind
    its clause names, or a contract or partnership."""
    i, word, voice, kind = hit.i, hit.word, hit.trigger.voice, hit.trigger.kind
    body = doc.lowered
    clients = supplied(doc, hit, hi) if voice == "with" else []
    if clients:
        # "won a deal to provide Orbital Bank with cloud services"
        return Reading(hit, "contract", roles("contract", subj(), clients), supply=True)
    if voice == "talks" and not cues.TALKS_WITH.match(body, hit.end):
        # "Western Digital and Kioxia have broken off talks to create ...", "Kioxia and
        # Western Digital have held merger talks": talks between the two named before
        pair = [e for e in subj() if e.type == "organization" and e.name]
        if len({e.name for e in pair}) != 2 or kind_from_context(body[lo:hi], hit, "") != "merger":
            return None
        return Reading(hit, "merger", roles("merger", pair, []))
    if word == "deal" and _TO_DEAL_WITH.search(body, max(lo, hit.start - 12), hit.end + 6):
        return None  # "made no provision to deal with a fine": the verb
    if _NOT_A_DEAL.match(body, hit.end):
        return None  # "an agreement to dismiss all litigation": a settlement
    if _SUIT_WORD.search(body, lo, hit.start):
        return None  # "X sued a global advertising alliance"
    if word in ("partner", "partners") and job_title(doc, hit, lo):
        return None  # "Jane Smith, a former Sequoia Capital partner"
    if word not in _VENTURES and describes_name(doc, hit, lo):
        return None  # "SWW Partners, a New York-based investment partnership,"
    if word in _WORK and not _WORK_WITH.match(body, hit.end):
        return None  # "works at", "worked for": no partnership (not "has been working with")
    if word in _JOINED and (
        _AGAINST_AIM.match(body, hit.end)
        or _RELATIVE_OPEN.search(body, max(lo, hit.start - 12), hit.start)
    ):
        # "joining forces to oppose Orbital's bid", "Amazon, which collaborated with Nvidia
        # on chips, invested": no partnership of the sentence's
        return None
    if word in _PLURAL_GENERIC and not _WITH_NEAR.match(body, hit.end):
        return None  # "Among the four Series A deals, X took": deals, not one deal
    told = word in GENERIC and definite(doc, hit) and not cues.PRICED.match(body, hit.end)
    if told and not WITH.match(body, hit.end + 1):
        return None  # "the deal", "l'accord": one told before
    others = after(doc, i, hit.end, hi, WITH, reach=60, mark_reach=40)
    aside = None if others else _ASIDE_WITH.search(body, hit.end, hi)
    if aside is not None and not ABSOLUTE.match(doc.body, aside.end()):
        # "un accord exclusif, validé par les conseils, avec Altran": after an aside
        others = after(doc, i, aside.start(), hi, WITH, reach=30, mark_reach=12)
    # "its approval for Amazon's deal with Future Coupons": the possessor's deal
    owner = possessor(doc, i, lo, hit.start) if word in GENERIC else []
    if owner and _SMALL_WORD.search(body, owner[-1].end, hit.start):
        owner = []  # not "the company's infrastructure in case a deal with xAI"
    own = owner or subj() or modifier(doc, i, lo, hit.start)
    if word in _JOINED and any(e.name and public_body(e.name) for e in others):
        return None  # "collaborating with the European Commission on the investigation"
    if others and _BETWEEN.match(body, hit.end):
        own = []  # "the deal between OpenAI and Oracle" names both sides, not the subject
    if word in GENERIC or voice == "talks":
        kind = kind_from_context(body[lo:hi], hit, kind)
        if kind in ("contract", "other") and priced_big(doc, i, lo, hi):
            kind = kind_nearby(doc, i, kind)
        if (
            kind in ("contract", "partnership")
            and others
            and not _TYPED_AGREEMENT.search(body, max(lo, hit.start - 24), hit.start)
            and not _TYPED_AFTER.match(body, hit.end)
            and merger_next(doc, i)
        ):
            # an agreement signed for a merger: the merger is announced, not done
            return Reading(hit, "merger", roles("merger", own, others), status="announced")
        if kind == "acquisition" and _TO_BE_BOUGHT.match(body, hit.end):
            return None  # "entered a definitive agreement to be acquired by Y": Y's purchase
        if not others and kind in ("contract", "other"):
            return None  # "signed agreements to support it": no counterparty
        if kind == "investment" and cues.SALE.search(body, hit.end, hi):
            # "in talks with KKR about selling a 40% stake in its fibre network"
            parties = [(e, "investee") for e in own] + [(e, "investor") for e in others]
            return Reading(hit, kind, parties, status=_TALKS.get(voice))
        owned = (
            _capital_owner(doc, i, hit.end, hi, others)
            if kind in ("acquisition", "investment")
            else []
        )
        if owned:
            # "un accord avec le fonds Apax pour l'acquisition d'un bloc de 11% du capital
            # d'Altran": the company whose shares are bought; the one "with" sells them
            parties = [(e, AGENT[kind]) for e in own] + [(owned[0], PATIENT[kind])]
            parties += [(e, "seller") for e in others]
            return Reading(hit, kind, parties, status=_TALKS.get(voice))
        if kind == "acquisition" and cues.SALE.search(body, hit.end, hi):
            # "en discussion avec Ardian pour lui céder sa filiale"
            parties = [(e, "seller") for e in own] + [(e, "acquirer") for e in others]
            return Reading(hit, kind, parties, status=_TALKS.get(voice))
    if (
        others
        and kind in ("contract", "other")
        and (
            _SUPPLY.search(body, hit.end, hi)
            or _licensing(body, hit)
            or _WON.search(body, max(lo, hit.start - 40), hit.start)
        )
    ):
        # "won a deal with the CIA": a contract won, not a partnership
        # "an agreement with the USDA to supply online applications"
        return Reading(hit, "contract", roles("contract", own, others), supply=True)
    venture = _venture_named(doc, hit, lo, hi) if word in _VENTURES else []
    founders = [
        e
        for e in own + others
        if e.name not in {v.name for v in venture} and e.type == "organization"
    ]
    if venture and not founders:
        # "VIS and NXP announced plans to establish the VSMC joint venture": the names
        # before it, the complement's subject being the venture's own name
        founders = [
            e
            for e in doc.ents(i)
            if lo <= e.start < venture[0].start and e.type == "organization" and not e.agentive
        ]
    if venture:
        # "plans to establish the VSMC joint venture", "une coentreprise baptisée Bleu":
        # the founders invest in the company they create ("to support the VSMC joint
        # venture project," said its CEO: the venture told before)
        parties = [(e, "investor") for e in founders] + [(venture[0], "investee")]
        return Reading(hit, "investment", parties) if founders else None
    reading = Reading(hit, kind, roles(kind, own, others), own=tuple(own))
    if voice == "talks":
        reading.status = "in_talks"
    return reading


_VENTURES = frozenset({"joint venture", "coentreprise", "co-entreprise"})
_VENTURE_NAME = re.compile(
    r",?\s+(?:called|named|dubbed|known as|baptisée?|dénommée?|appelée?|nommée?)\s+$"
)


def _venture_named(doc: Doc, hit: Hit, lo: int, hi: int) -> list[Ent]:
    """The company a joint venture is: "the VSMC joint venture", "a joint venture called X"."""
    ents = [e for e in doc.ents(hit.i) if lo <= e.start < hi and e.type == "organization"]
    before = [e for e in ents if e.end <= hit.start and doc.lowered[e.end : hit.start] == " "]
    if before and _AN.search(doc.lowered, max(lo, before[0].start - 8), before[0].start):
        return before[:1]
    return [
        e
        for e in ents
        if e.start > hit.end and _VENTURE_NAME.fullmatch(doc.lowered, hit.end, e.start)
    ][:1]


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


def provider(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """ "Microsoft's Azure will be OpenAI's exclusive cloud provider": the subject hosts
    the one whose provider it is."""
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
    found = _SUPPLY.search(body, hit.end, min(hi, hit.end + 40))
    if found is None or cues.MODIFIED.match(body, found.end()):
        return []
    lo = found.start()
    provide = Hit(hit.i, lo, found.end(), "provide", lex.TRIGGERS_EN["provide"])
    reading = supply(doc, provide, lo, hi, Lazy(lambda: subject(doc, hit.i, lo, lo)))
    return [e for e, role in reading.parties if role == "client"] if reading else []


def job_title(doc: Doc, hit: Hit, lo: int) -> bool:
    """ "general partner", "a former Sequoia partner" said of a person,
    "Sequoia partner Jane Smith": a post at a firm, not a partnership."""
    body = doc.lowered
    if cues.JOB_PARTNER.search(body, max(lo, hit.start - 12), hit.start):
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


_JOINED = frozenset(
    {
        "team up",
        "teams up",
        "teaming up",
        "teamed up",
        "join forces",
        "joins forces",
        "joining forces",
        "joined forces",
        "collaborating",
        "collaborates",
        "collaborated",
        "teaming",
        "teamed",
        "working",
        "works",
        "worked",
    }
)
_SMALL_WORD = re.compile(r"\s(?:in|a|an|the|of|with|for|to|on|at|by|case)\s")
_WORK = frozenset({"working", "works", "worked"})
# "has been working with OpenAI since 2019", "works closely with": a partnership
_WORK_WITH = re.compile(r"\s+(?:closely\s+|together\s+)?with\s")
_AGAINST_AIM = re.compile(
    r"\s+(?:to\s+(?:oppose|fight|lobby|block|resist|challenge|stop)|against)(?![\w-])"
)
_RELATIVE_OPEN = re.compile(r"(?:which|who|that|qui)\s+$")
# "SWW Partners, a New York-based investment partnership, would buy it": the noun
# that ends a name's apposition says what the firm is.
_APPOSED = re.compile(r",\s+(?:an?|the|une?)\s+(?:[\w.'’-]+\s+){0,4}")
_APPOSITION_END = re.compile(r"\s*(?:[,;).]|$)")


def describes_name(doc: Doc, hit: Hit, lo: int) -> bool:
    if not _APPOSITION_END.match(doc.lowered, hit.end):
        return False
    named = [e for e in doc.plain_ents(hit.i) if lo <= e.end <= hit.start]
    return bool(named) and _APPOSED.fullmatch(doc.lowered, named[-1].end, hit.start) is not None


def priced_big(doc: Doc, i: int, lo: int, hi: int) -> bool:
    return any(
        lo <= m.start < hi and m.amount is not None and m.amount >= 100_000_000
        for m in doc.of_type(i, "money")
    )


_ACQUISITION_NEARBY = re.compile(
    r"(?<![\w-])(?:acquisition|acquire[sd]?|acquiring|takeover|buyout|merger|rachat|racheter|"
    r"rachète|fusion|to buy|bought)(?![\w-])"
)


def kind_nearby(doc: Doc, i: int, kind: str) -> str:
    """ "Adobe abandoned the $20 billion deal with Figma. ... The acquisition deal,
    which cost Adobe": a priced deal the next sentences call an acquisition."""
    for k in range(max(0, i - 1), min(len(doc.sentences), i + 3)):
        sentence = doc.sentences[k]
        if _ACQUISITION_NEARBY.search(doc.lowered, sentence.start, sentence.end):
            return "acquisition"
    return kind


_MERGER_TOLD = re.compile(
    r"(?<![\w-])(?:the|this|that|cette|la|ce|le)\s+(?:proposed\s+|planned\s+|future\s+)?"
    r"(?:merger|fusion|rapprochement)(?![\w-])"
)


def merger_next(doc: Doc, i: int) -> bool:
    """ "Orange a annoncé avoir signé un « accord ferme » avec MasMovil. ... Cette fusion
    prendra la forme d'une co-entreprise": an agreement the next sentences call a merger
    (not "the merger of Zentrix and Brindle": another one)."""
    for k in range(i + 1, min(len(doc.sentences), i + 3)):
        sentence = doc.sentences[k]
        told = _MERGER_TOLD.search(doc.lowered, sentence.start, sentence.end)
        if told is not None:
            return not _SIDES_NAMED.match(doc.lowered, told.end())
    return False


_SIDES_NAMED = re.compile(r"\s+(?:of|between|entre|de|du|des|d['’])\s")
# "a distribution agreement", "un accord de licence": an agreement of a kind, no merger
_TYPED_AGREEMENT = re.compile(
    r"(?<![\w-])(?:distribution|licen[cs]e|licensing|supply|marketing|commercial|reseller)\s+$"
)
_TYPED_AFTER = re.compile(
    r"\s+(?:de|d['’])\s*(?:distribution|licences?|approvisionnement|fourniture|"
    r"commercialisation|partenariat)(?![\w-])"
)


def kind_from_context(text: str, hit: Hit, default: str) -> str:
    for kind, cue in cues.KIND_CUES:
        if cue.search(text):
            return kind
    return "contract" if default == "contract" and hit.trigger.voice == "with" else default


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


def _licensing(body: str, hit: Hit) -> bool:
    before = _LICENSING.search(body, max(0, hit.start - 24), hit.start)
    return bool(before and before.end() == hit.start) or bool(_LICENSING.match(body, hit.end))
