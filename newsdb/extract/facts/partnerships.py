"""Partnerships and the generic deal words ("a deal with", "in talks with",
"partnership", "joint venture", "teaming up", "working with"), whose kind the clause
names ("in talks with xAI to host Grok" is hosting). The entry is ``purchases.read``.
"""

from __future__ import annotations

import re

from newsdb.extract.facts import cues
from newsdb.extract.facts.contracts import AN, SUPPLY, supplied
from newsdb.extract.facts.coref import Doc, public_body
from newsdb.extract.facts.readings import AGENT, GENERIC, PATIENT, Lazy, Reading, roles
from newsdb.extract.facts.rules import WITH, Hit, definite
from newsdb.extract.facts.sentences import ABSOLUTE, Ent
from newsdb.extract.facts.subjects import after, modifier, possessor

_PLURAL_GENERIC = {"deals", "agreements", "accords"}
_WITH_NEAR = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:with|avec|between|entre)\s")
_TALKS = {"talks": "in_talks"}
_NOT_A_DEAL = re.compile(
    r"\s+(?:to|de|d['’]|pour)\s*(?:dismiss|settle|end|resolve|drop|withdraw|abandonner|mettre fin|"
    r"régler|retirer|clore)"
)
_SUIT_WORD = re.compile(r"(?<![\w-])(?:sued|sues|sue|suing|poursuivi\w*|assign\w*)(?![\w-])")
_CLAIM_AFTER = re.compile(r",\s+(?:saying|claiming|alleging|arguing|accusing)\s|\sthat\s")
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


_ALLIANCES = frozenset({"partnership", "partenariat", "collaboration", "alliance"})
# "Under the partnership,", "Dans le cadre de ce partenariat,": the sentence's setting
_UNDER_IT = re.compile(
    r"\s*(?:under|as part of|through|via|dans le cadre d[eu]|au titre d[eu]|grâce à)\s+"
    r"(?:the|this|that|ce|cette|le|la|l['’])\s*(?:new\s+|nouveau\s+|nouvelle\s+)?"
)
_LISTED_BEFORE = re.compile(r"(?<![\w-])(?:including|such as|like|among them|notamment|comme)\s")
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
    if word in _ALLIANCES and _UNDER_IT.fullmatch(body, doc.sentences[i].start, hit.start):
        # "Under the partnership, Nokia will use Nvidia's new Aerial RAN": the two
        # companies the sentence names are the partners
        if not body.startswith(",", hit.end):
            return None
        named = {
            e.name: e
            for e in doc.ents(i)
            if e.start > hit.end
            and e.type == "organization"
            and not _LISTED_BEFORE.search(body, max(hit.end, e.start - 30), e.start)
        }
        pair = [e for name, e in named.items() if name][:2]  # (not "Nvidia's Aerial RAN")
        if len(pair) < 2:
            return None
        return Reading(hit, "partnership", roles("partnership", pair[:1], pair[1:]))
    if word == "deal" and _TO_DEAL_WITH.search(body, max(lo, hit.start - 12), hit.end + 6):
        return None  # "made no provision to deal with a fine": the verb
    if _NOT_A_DEAL.match(body, hit.end):
        return None  # "an agreement to dismiss all litigation": a settlement
    suit = _SUIT_WORD.search(body, lo, hit.start)
    if suit and not (
        _CLAIM_AFTER.search(body, suit.end(), hit.start) and body.endswith("by ", 0, hit.start)
    ):
        # "X sued a global advertising alliance" (not "is suing OpenAI, saying the company
        # has diverged from its mission by partnering with Microsoft": the claim's deal)
        return None
    if word in ("partners", "partenaires") and _MEMBERS_LISTED.match(body, hit.end):
        return None  # "la participation de plusieurs partenaires stratégiques dont X": a list
    if word in ("partner", "partners") and job_title(doc, hit, lo):
        return None  # "Jane Smith, a former Sequoia Capital partner"
    if word not in _VENTURES and describes_name(doc, hit, lo):
        return None  # "SWW Partners, a New York-based investment partnership,"
    if word in _WORK and not _works_with(doc, hit, lo, hi):
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
    cloud = word in GENERIC and own and others and _CLOUD_DEAL.search(body, lo, hit.start)
    if cloud and (_cloud_named(doc, own) or _cloud_named(doc, others)):
        # "The company behind ChatGPT struck an initial cloud deal with CoreWeave": the one
        # the article calls a cloud ("AI cloud provider CoreWeave") hosts the other
        hosts, clients = (own, others) if _cloud_named(doc, own) else (others, own)
        parties = [(e, "host") for e in hosts] + [(e, "client") for e in clients]
        return Reading(hit, "hosting", parties)
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
            SUPPLY.search(body, hit.end, hi)
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


_MEMBERS_LISTED = re.compile(
    r"(?:\s+[\w-]+){0,2}\s+(?:dont|including|such as|notamment|comme|tels que|incluant)\s"
)
# "AI cloud provider CoreWeave", "cloud giant Oracle" (not "a cloud deal with OpenAI")
_CLOUD_WORDS = r"(?:(?!(?:deal|deals|agreement|contract|pact|with|for|to|from)\s)[\w-]+\s+){0,2}"
_CLOUD_DEAL = re.compile(r"(?<![\w-])cloud(?:[\s-]computing)?\s+$")  # "a cloud deal"


def _cloud_named(doc: Doc, ents: list[Ent]) -> bool:
    """ "AI cloud provider CoreWeave", "cloud giant Oracle": one the article calls a cloud."""
    return any(
        e.name
        and re.search(rf"cloud\s+{_CLOUD_WORDS}{re.escape(e.name.lower())}", doc.lowered)
        for e in ents
    )


_VENTURES = frozenset({"joint venture", "coentreprise", "co-entreprise"})


_VENTURE_NAME = re.compile(
    r",?\s+(?:called|named|dubbed|known as|baptisée?|dénommée?|appelée?|nommée?)\s+$"
)


def _venture_named(doc: Doc, hit: Hit, lo: int, hi: int) -> list[Ent]:
    """The company a joint venture is: "the VSMC joint venture", "a joint venture called X"."""
    ents = [e for e in doc.ents(hit.i) if lo <= e.start < hi and e.type == "organization"]
    before = [e for e in ents if e.end <= hit.start and doc.lowered[e.end : hit.start] == " "]
    if before and AN.search(doc.lowered, max(lo, before[0].start - 8), before[0].start):
        return before[:1]
    return [
        e
        for e in ents
        if e.start > hit.end and _VENTURE_NAME.fullmatch(doc.lowered, hit.end, e.start)
    ][:1]


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
_WORK_WITH = re.compile(r"\s+(?:closely\s+|together\s+)?with\s+(?:the\s+)?")
# Work with an opponent, an adviser, about a dispute: no partnership.
_WORK_NOT_PARTNERS = re.compile(
    r"(?<![\w-])(?:fight|dispute|lawyers?|attorneys?|litigation|resolve|settle|regulators?|"
    r"find a buyer|potential sale|sale of|to sell|advis\w+|certif\w+|approval|investigat\w+)"
)


def _works_with(doc: Doc, hit: Hit, lo: int, hi: int) -> bool:
    """ "Microsoft has been working with OpenAI since 2019": a company named right after
    "with" (not "working with lawyers ... Orbital's claims", "with Orbital's founder", "with
    Goldman Sachs on a potential sale", "with the Federal Aviation Administration")."""
    body = doc.lowered
    found = _WORK_WITH.match(body, hit.end)
    if found is None or _WORK_NOT_PARTNERS.search(body, hit.end, hi):
        return False
    named = [e for e in doc.ents(hit.i) if e.start == found.end() and e.type == "organization"]
    return (
        bool(named)
        and not public_body(named[0].name or "")
        and not body.startswith(("'s", "’s"), named[0].end)
    )


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


_BETWEEN = re.compile(r"\s+(?:between|entre)\s")


_WON = re.compile(
    r"(?<![\w-])(?:won|wins|win|winning|secured|secures|landed|lands|clinched|remporté|remporte|"
    r"décroché|décroche)\s+(?:[\w$€£.,-]+\s+){0,3}?$"
)


def _licensing(body: str, hit: Hit) -> bool:
    before = _LICENSING.search(body, max(0, hit.start - 24), hit.start)
    return bool(before and before.end() == hit.start) or bool(_LICENSING.match(body, hit.end))


# "content licensing agreements with X", "un accord de licence avec X": a contract
_LICENSING = re.compile(
    r"(?<![\w-])(?:cross-)?licen[cs]\w*\s+$|\s+(?:[a-z]+\s+)?(?:de|of)\s+licen[cs]\w*"
)
