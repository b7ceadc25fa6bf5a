"""Deals from trigger words (see ``facts/__init__.py``): each word of a
sentence is read (``purchases.read``; funding rounds in ``rounds.py``,
contracts, hosting and partnerships in ``contracts.py``), and the words of one
clause that describe one deal are joined ("a déposé une offre ... pour
racheter X" is one bid), whose kind is the most specific of theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdb.extract.facts import cues
from newsdb.extract.facts.coref import Doc, public_body
from newsdb.extract.facts.merge import alike
from newsdb.extract.facts.purchases import PRIORITY, read
from newsdb.extract.facts.readings import AGENT, GENERIC, PATIENT, Reading
from newsdb.extract.facts.rules import (
    Draft,
    Hit,
    amount,
    date,
    deal_status,
    definite,
    is_passive,
    marker,
)
from newsdb.extract.facts.sentences import INTRO, Ent
from newsdb.extract.facts.subjects import employer, subject

_LAST = re.compile(
    r"(?<![\w-])(?:its|their|his|her|son|sa|leur)\s+(?:last|latest|previous|most recent|"
    r"dernière?|précédente?)\s+"
)


_COMBINED = re.compile(
    r"(?<![\w-])(?:combined|(?P<total>total of)|in total|together|altogether|cumulés?|au total|"
    r"en tout)\s+(?:(?:of|de|about|some|environ|près de)\s+)?$"
)


# "a total of $1 billion in Indian startups, including Zepto": many companies' money
_LIST_CUE = re.compile(r"(?<![\w-])(?:including|such as|like|notamment|dont|comme)(?![\w-])")


_MAIN_VERB_AFTER = re.compile(
    r",\s+(?:a|ont|avait|avaient|has|had|have)\s+(?:\w+\s+)?(?:investi|invested|acquis|"
    r"acquired|racheté|bought|levé|raised|pris|took|injecté|injected)\s"
)


_VALUED = re.compile(r"(?<![\w-])(?:valued|valuing|valuation|valoris\w+)(?![\w-])")


_TO_BLOCK = marker(r"to block|to stop|to halt|to unwind|de bloquer|d['’]empêcher|pour bloquer")


_STATUS_AFTER = re.compile(
    r"(?:\s+(?:of|for|in|de|du|d['’]|pour|sur)\s+(?:[\w.&'’$€£,-]+\s+){1,5}?)?,?\s*"
    r"(?:(?:was|were|has been|had been|have been|a été|ont été|avait été)\s+(?:\w+\s+)?)?"
    r"(?:(?P<withdrawn>abandoned|withdrawn|dropped|abandonnée?s?|retirée?s?)|"
    r"(?P<cancelled>terminated|called off|scrapped|cancell?ed|blocked|collapsed|fell through|"
    r"fell apart|failed|annulée?s?|bloquée?s?|a échoué|ont échoué)|"
    r"(?P<rejected>rejected|turned down|rebuffed|rejetée?s?|refusée?s?)|"
    r"(?P<completed>completed|closed|finali[sz]ed|finalisée?s?|bouclée?s?|conclue?s?))(?![\w-])"
)


def _status_after(doc: Doc, pos: int, hi: int) -> str | None:
    """ "Salesforce's bid for Lumora was abandoned in March": the status said
    after the deal noun, when the words before it say none."""
    found = _STATUS_AFTER.match(doc.lowered[: min(hi, pos + 90)], pos)
    return found.lastgroup if found else None


# Kinds one clause may join into one deal: "offered to buy" (bid), "raised
# ... in a round" (funding), and a generic word ("talks", "deal", "accord")
# with the kind its clause names ("in talks with xAI to host Grok").
_JOINABLE = [{"bid", "acquisition"}, {"funding_round", "investment"}, {"contract", "hosting"}]
_ORG_ONLY = {"host", "provider", "investee", "target"}
# Roles in a change of ownership, which a regulator or a court never takes.
_ENFORCER = re.compile(
    r"Competition|Concurrence|Antitrust|Court\b|Cour\b|Tribunal|Prosecutor|Parquet|"
    r"Attorney General|Commissioner|Trade Commission|Data Protection|"
    r"^(?:FTC|DOJ|SEC|CMA|CNIL|FCC|DPC|ICO)$",
    re.IGNORECASE,
)
_OWNERSHIP = {"acquirer", "bidder", "lead_bidder", "target", "investor", "investee", "seller"}


def _acted_on(reading: Reading) -> set[str]:
    roles = ("target", "investee", "client", "other")  # "other": a listing's issuer
    return {e.name for e, role in reading.parties if role in roles and e.name}


def _acting(reading: Reading) -> set[str]:
    """The bidders and buyers a reading names (not a pronoun's guess)."""
    return {
        e.name
        for e, role in reading.parties
        if role in ("bidder", "lead_bidder", "acquirer") and e.name and not e.coref
    }


def _generic(reading: Reading) -> bool:
    voice = reading.hit.trigger.voice
    return voice == "talks" or (voice == "with" and reading.hit.word in GENERIC)


def _joinable(a: Reading, b: Reading) -> bool:
    if _generic(a) or _generic(b):
        # "last week's $35 billion deal between AMD and Xilinx and NVIDIA's $40 billion
        # purchase of Arm": a deal word naming other companies than the purchase is another
        names_a = {e.name for e, _ in a.parties if e.name and not e.coref}
        names_b = {e.name for e, _ in b.parties if e.name and not e.coref}
        return not (len(names_a) >= 2 and len(names_b) >= 2 and not names_a & names_b)
    if a.hit.trigger.voice == b.hit.trigger.voice == "series":
        return False  # "une série C de 450 millions ..., un tour initial de 209 millions"
    if a.kind == b.kind:
        # "Nikon bought RED, and ... Lensrentals bought BorrowLenses": two deals
        ta, tb = _acted_on(a), _acted_on(b)
        if a.kind == "bid":
            # "Microsoft was the first to make a bid before Intel offered $6 billion for
            # the firm": two bidders, two bids
            aa, ab = _acting(a), _acting(b)
            if aa and ab and not aa & ab:
                return False
        return not (ta and tb and not ta & tb)
    return any({a.kind, b.kind} <= pair for pair in _JOINABLE)


_OWNERSHIP_KINDS = frozenset({"acquisition", "bid", "merger", "investment"})
# A deal word used as a noun: "in $1.4bn Nuvia purchase", "a purchase", "its takeover".
_NOUN_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:a|an|the|its|their|this|that)|[$€£][\d.,]+\s*(?:bn|billion|m|million)?)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)


# The sum a deal word carries: "invested more than $400m in", "a $600m round"
_SUM_GAP_AFTER = re.compile(
    r"\s+(?:(?:of|de)\s+)?"
    r"(?:(?:more than|over|about|nearly|some|around|up to|plus de|près de)\s+)?$"
)  # "a $600m round", "une levée de fonds de 385 millions $"


def _own_sum(doc: Doc, i: int, hit) -> object | None:
    for m in doc.of_type(i, "money"):
        if 0 <= hit.start - m.end <= 2 or (
            0 < m.start - hit.end <= 16 and _SUM_GAP_AFTER.fullmatch(doc.lowered, hit.end, m.start)
        ):
            return m
    return None


def _two_sums(doc: Doc, i: int, a: Reading, b: Reading) -> bool:
    """ "Ant Financial has invested more than $400m in Zomato and is in line to
    participate in a $600m round": each word with its own sum, two deals."""
    sa, sb = _own_sum(doc, i, a.hit), _own_sum(doc, i, b.hit)
    return sa is not None and sb is not None and sa.amount != sb.amount


def _two_buyers(doc: Doc, i: int, lo: int, a: Reading, b: Reading) -> bool:
    """ "Qualcomm offered to buy Veoneer, seeking to upend its deal to be acquired by
    Magna": a bid and a purchase whose buyers differ, named by the words ("by Magna") or,
    for the first, the clause's subject: two deals."""
    if {a.kind, b.kind} != {"bid", "acquisition"}:
        return False
    named, other = (a, b) if _acting(a) else (b, a)
    if _acting(named) and _acting(other):
        return not _acting(named) & _acting(other)
    if not _acting(named) or other.hit.start > named.hit.start:
        return False
    buyers = {e.name for e in subject(doc, i, lo, other.hit.start) if e.type == "organization"}
    return bool(buyers) and not buyers & _acting(named)


def _drop_the_suer(doc: Doc, reading: Reading, hits: list[Hit], lo: int, hi: int) -> None:
    """ "Arm sues Qualcomm alleging license breach in $1.4bn Nuvia purchase": the one
    suing buys nothing (the buyer the words name stays: "over its purchase"; and not "was
    sued by Orbital for acquiring Kestrel", "Orbital, which sued Kestrel, agreed to buy
    Lumora": a verb says who buys)."""
    hit = reading.hit
    suit = [h for h in hits if lo <= h.start < hit.start and h.trigger.voice == "sue"]
    if not suit or (
        hit.trigger.voice != "nominal"
        and not _NOUN_BEFORE.search(doc.lowered, max(lo, hit.start - 30), hit.start)
    ):
        return
    suit = [h for h in suit if not is_passive(doc, h, hi)]
    if not suit:
        return
    suing = {e.name for e in subject(doc, hit.i, lo, suit[0].start)}
    agent = AGENT[reading.kind]
    reading.parties = [(e, r) for e, r in reading.parties if not (r == agent and e.name in suing)]


def deals(doc: Doc, i: int, hits: list[Hit], used: set[int]) -> tuple[list[Draft], list[str]]:
    """The deals of sentence ``i``, and terminal statuses ("rejected") said of
    an earlier deal by a clause that names no new one."""
    clusters: list[tuple[int, int, int, list[Reading]]] = []
    opening = _opening_deal(doc, i, hits)
    for hit in hits:
        if hit.trigger.type != "deal":
            continue
        lo, hi = doc.clause(i, hit.start)
        relative = doc.relative(i, lo, hit.start)
        segment = relative[0] if relative and not relative[2] else lo
        if opening is not None and lo < opening <= hi:
            # "deux ans après une ronde record de 137 millions $, Element AI avait annoncé
            # avoir amassé 200 millions $": the opening phrase's deal is another one
            if hit.start < opening:
                hi = opening
            else:
                segment = max(segment, opening)
        if relative and relative[2]:
            segment = relative[0]
            main = _MAIN_VERB_AFTER.search(doc.lowered, hit.end, hi)
            inside = ", " not in doc.lowered[relative[0] : hit.start]
            if main is not None and relative[0] > lo and inside:
                # "Ce dernier qui est déjà partenaire avec OpenAI, a investi 16 millions":
                # the relative clause ends at the comma before the main verb; the money
                # after it is the verb's
                hi = main.start()
        reading = read(doc, hit, lo, hi)
        if reading is None:
            continue
        if reading.kind in _OWNERSHIP_KINDS:
            _drop_the_suer(doc, reading, hits, lo, hi)
        for lo_, hi_, seg_, members in clusters:
            if (lo_, hi_, seg_) == (lo, hi, segment) and all(
                _joinable(reading, m)
                and not _two_buyers(doc, i, lo, reading, m)
                and not _two_sums(doc, i, reading, m)
                for m in members
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
        if cues.ANOTHER.search(doc.lowered, max(lo, first.start - 30), first.start):
            continue  # "une première approche ... avait été repoussée": another, earlier bid
        status = next((r.status for r in members if r.status == "rejected"), None)
        status = status or deal_status(doc, segment, first.start, first.end, "")
        if status in ("rejected", "withdrawn", "cancelled"):
            updates.append(status)
    return drafts, updates


# The deal told done later in its sentence, or in the next one: "..., and the deal closed
# on Monday", "et l'opération a été finalisée lundi", "completed the $2 billion purchase"
CLOSED_LATER = re.compile(
    r"(?<![\w-])(?:the|this|that)\s+(?:[\w$.,-]+\s+){0,2}?(?:deal|transaction|acquisition|"
    r"purchase|takeover|merger)\s+(?:(?:was|has been|had been|is now)\s+)?(?:closed|completed|"
    r"finali[sz]ed|consummated)(?![\w-])"
    r"|(?<![\w-])(?:completed|closed|finali[sz]ed)\s+(?:the|its)\s+(?:[\w$.,-]+\s+){0,3}?"
    r"(?:deal|transaction|acquisition|purchase|takeover|merger)(?![\w-])"
    r"|(?<![\w-])(?:l['’]|cette\s+)(?:opération|acquisition|transaction|rachat)\s+(?:a été|est)\s+"
    r"(?:finalisée?|bouclée?|conclue?|réalisée?)(?![\w-])"
    r"|(?<![\w-])(?:a|ont)\s+(?:finalisé|bouclé)\s+(?:l['’]|cette\s+|le\s+)(?:opération|"
    r"acquisition|transaction|rachat)(?![\w-])"
)


_NOUN_VOICES = frozenset({"round", "series", "nominal"})


def _opening_deal(doc: Doc, i: int, hits: list[Hit]) -> int | None:
    """Where the sentence's opening phrases end, when a deal word is inside them
    and another after them."""
    deal_hits = [h for h in hits if h.trigger.type == "deal"]
    if len(deal_hits) < 2 or not any(h.trigger.voice in _NOUN_VOICES for h in deal_hits):
        return None  # the cheap test first
    intro = INTRO.match(doc.lowered, doc.sentences[i].start)
    if intro is None:
        return None
    end = intro.end()
    inside = any(
        h.start < end and h.word not in GENERIC and h.trigger.voice in _NOUN_VOICES
        for h in deal_hits
    )
    return end if inside and any(h.start >= end for h in deal_hits) else None


_CLOSED_ROUND = re.compile(
    r"(?<![\w-])(?:closed|completed|finalized|finalised|réalisé|bouclé|finalisé|clôturé|conclu)"
    r"\s+(?:a|an|its|un|une|son|sa)\s+(?:new\s+|nouveau\s+|nouvelle\s+)?$"
)
# A round noun pointing back: "ce tour de financement", "this round".
_DEFINITE_ROUND = re.compile(r"(?:ce|cet|cette|this|that|the)\s")


def _combine(doc, i, lo, hi, segment, members: list[Reading], used) -> Draft | None:
    specific = [r for r in members if not _generic(r) or r.supply] or members
    if any(r.hit.trigger.voice == "stake" and r.kind == "investment" for r in members):
        kind = "investment"
    elif any(r.hit.trigger.voice == "contract" for r in members):
        kind = "contract"  # "a remporté un contrat ... pour héberger": a contract
    else:
        kind = min((r.kind for r in specific), key=PRIORITY.index)
    # a verb's roles before a generic word's ("A and B ... terminate the agreement, under
    # which A would acquire B")
    ordered = sorted(members, key=lambda r: (r.kind != kind, _generic(r), r.hit.start))
    main = ordered[0]
    parties: list[tuple[Ent, str]] = []
    seen: set[str | None] = set()
    agent = AGENT.get(kind)
    # "the food delivery platform will buy Blinkit": a descriptor resolved to the very
    # company bought is a wrong guess, no buyer
    named_patients = {
        e.name
        for r in ordered
        for e, role in r.parties
        if role == PATIENT.get(kind) and not e.coref
    }
    for reading in ordered:
        for ent, role in reading.parties:
            if ent.coref and role == agent and ent.name in named_patients:
                continue
            if (
                _generic(reading)
                and ent in reading.own
                and reading.hit.start > main.hit.start
                and any(
                    r is not reading and role_ == agent for r in ordered for _, role_ in r.parties
                )
            ):
                # "blocking Broadcom from acquiring Qualcomm in a deal worth $117 billion":
                # the deal word restates the purchase; its clause's subject is no party
                continue
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
            if role in _OWNERSHIP and ent.name and cues.AUTHORITY.search(ent.name):
                continue  # "the Justice Department sued, arguing it was buying Plaid"
            if kind == "merger" and ent.name and public_body(ent.name):
                continue  # "the CMA has approved its proposed combination with Three UK"
            seen.add(ent.name)
            parties.append((ent, role))
    money = None
    for reading in ordered:
        money = amount(doc, i, reading.hit.start, reading.hit.end, segment, hi, used)
        if money is not None:
            break
    if money is None and kind in ("acquisition", "merger", "investment"):
        # "Lightspeed acquiert Upserve, une entreprise américaine ... ; une transaction de
        # 430 millions US": the price in a verbless clause after the semicolon
        told = _PRICE_CLAUSE.match(doc.lowered, hi)
        money = next((m for m in doc.of_type(i, "money") if told and m.start == told.end()), None)
        if money is not None and money.start in used:
            money = None
    generic = all(_generic(r) and not r.supply for r in members)
    told = False
    if kind == "contract" and money is None and generic:
        kind = "partnership"
        parties = [(e, "partner") for e, _ in parties]
        told = definite(doc, members[0].hit)  # "the deal between A and B", "l'accord avec B"
    if kind == "partnership":
        # "Google s'était mis d'accord avec l'Autorité de la concurrence sur des
        # solutions": an agreement with an enforcer settles a case, it is no partnership
        parties = [(e, r) for e, r in parties if not (e.name and _ENFORCER.search(e.name))]
        # "Nvidia CEO Jensen Huang called the deal a historic collaboration": Nvidia's
        parties = [
            ((employer(doc, i, e) or e) if e.type == "person" else e, role) for e, role in parties
        ]
    targets = [e for e, r in parties if r == "target" and e.name and not e.coref]
    if kind == "acquisition" and len(targets) == 2 and len(parties) == 2 and generic:
        # "the $35 billion deal between AMD and Xilinx": the buyer named first, as news writes
        first, second = sorted(targets, key=lambda e: e.start)
        parties = [(first, "acquirer"), (second, "target")]
    # "Emerson Electric Co. bumped up its offer for the maker of ...": a descriptor resolved
    # to the buyer's own name is no second party (no company deals with itself)
    parties = [
        (e, role)
        for e, role in parties
        if not (
            e.coref
            and e.name
            and any(o.name and o is not e and alike(o.name, e.name) for o, _ in parties)
        )
    ]
    named = [e for e, _ in parties if e.name]
    if not named and kind == "funding_round" and any(r.joined for r in members):
        named = [None]  # investors or an amount only: _complete_rounds finds the company
    round_told = kind == "funding_round" and (
        any(r.joined or r.unpriced or r.hit.trigger.voice == "series" for r in members)
        # "Rivian a réalisé un nouveau tour de table", "closed a new funding round": told
        # done, its sum perhaps in the next sentence
        or any(_CLOSED_ROUND.search(doc.lowered, segment, r.hit.start) for r in members)
        # "Kustomer was valued at $710 million in a private funding round"; not
        # "was valued by investors at $6 billion in its last round", a valuation;
        # nor "Ce tour valorise Databricks", a round told before, here only valued
        or bool(
            _VALUED.search(doc.lowered, segment, hi)
            and not _LAST.search(doc.lowered, segment, hi)
            and not (
                all(e is None or e.coref for e in named)
                and all(_DEFINITE_ROUND.match(r.hit.word) or definite(doc, r.hit) for r in members)
            )
        )
    )
    # "Uber's IPO", "Kyndryl completed its spin-off from IBM": told with no sum
    listing = any(r.hit.trigger.voice in ("ipo", "listed", "spin") for r in members)
    if not named or not (money or len(named) >= 2 or round_told or listing):
        return None  # one name and no amount says too little ("Rain's Series A" says enough)
    if kind == "other" and money is None and not listing:
        return None  # "held talks with X" about nothing the clause names
    roles_told = {r for _, r in parties}
    if (
        kind == "acquisition"
        and "seller" in roles_told
        and "acquirer" not in roles_told
        and cues.STAKE.search(doc.lowered, segment, hi)
    ):
        # "Intel sells stake in chip designer Arm Holdings": a stake sold to no one named
        kind = "other"
        parties = [(e, "investee" if r == "target" else r) for e, r in parties]
    if kind == "investment" and not any(e.name and r == "investee" for e, r in parties):
        return None  # "X invested $75 million in the startup": in whom, unsaid
    first = min(members, key=lambda r: r.hit.start).hit
    verb = next((r.hit for r in ordered if not _generic(r)), first)
    if verb.start > first.start and all(_generic(r) for r in members if r.hit is first):
        first = verb  # "signed a deal to buy X": the status of buying, read up to "buy"
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
    if status == "announced" and CLOSED_LATER.search(doc.lowered, first.end, doc.sentences[i].end):
        status = "completed"  # "signed an agreement to acquire Lumora, and the deal closed"
    if money is not None:
        used.add(money.start)
        combined = _COMBINED.search(doc.lowered, max(segment, money.start - 24), money.start)
        if combined and not (
            kind == "investment"
            and len(parties) == 2
            and combined.group("total")
            and not _LIST_CUE.search(doc.lowered, money.end, hi)
        ):
            # "contracts worth a combined $500 million": no one deal's price; but one
            # investor's "total of $13 billion" in one company is its investment
            money = None
    return Draft(
        "deal",
        i,
        kind=kind,
        status=status,
        parties=parties,
        amount=money,
        date=date(doc, i, main.hit.start, lo, hi),
        anchor=main.hit.start,
        told=told,
    )


_PRICE_CLAUSE = re.compile(
    r"\s*;\s*(?:une|un|a|an)\s+(?:transaction|deal|opération|accord|acquisition)\s+"
    r"(?:de|d['’]|worth|valued at|of)\s+(?:(?:près de|environ|about|nearly|some)\s+)?"
)
_PLURAL_DEALS = re.compile(r"(?:deals|agreements|contracts|partnerships|pacts|accords)(?![\w-])")
_PATIENTS = {"target", "investee"}
_VERB_AFTER_NAME = re.compile(
    r"\s+(?:[a-z]+ed|bought|sold|won|raised|sued|has|had|have|is|was|were|will|said|says|"
    r"agreed|took|paid|buys|sells|raises|acquires|sues)(?![\w-])"
)
def _priced_next(doc: Doc, i: int, e: Ent) -> bool:
    return any(_FOR_PRICE.fullmatch(doc.lowered, e.end, m.start) for m in doc.of_type(i, "money"))


_FOR_PRICE = re.compile(
    r"(?:,\s+(?:an?|another|the|une?|la|le)\s+[^,;]{1,60},)?\s+(?:for|pour)\s+"
    r"(?:(?:about|some|nearly|around|environ|près de)\s+)?"
)
_AND_THEN = re.compile(r"(?:,|\band|\bet)(?:\s+(?:then|later|puis|ensuite))?\s+$")
_EACH = re.compile(r"\s+(?:each|apiece|chacun|chacune)(?![\w-])")


def _split_targets(doc: Doc, i: int, draft: Draft, hi: int, used: set[int]) -> list[Draft]:
    """ "its acquisition of Instagram in 2012 for $1 billion and WhatsApp in 2014
    for $19 billion": one deal per target, each with the amount told after it."""
    clients = [e for e, role in draft.parties if role == "client" and e.name]
    contractors = [e for e, role in draft.parties if role == "contractor" and e.name]
    each = draft.amount is not None and _EACH.match(doc.lowered, draft.amount.end)
    if draft.kind == "contract" and len(contractors) > 1 and each:
        # "awarded contracts to A, B and C worth up to $9 billion each": one contract each
        others = [(e, role) for e, role in draft.parties if role != "contractor"]
        return [replace(draft, parties=[(e, "contractor"), *others]) for e in contractors]
    if draft.kind == "contract" and len(clients) > 1 and (draft.amount is None or each):
        # "signed contracts with Orbital Bank and Salesforce": one contract each
        others = [(e, role) for e, role in draft.parties if role != "client"]
        return [replace(draft, parties=[*others, (e, "client")]) for e in clients]
    if draft.kind in ("partnership", "contract") and _PLURAL_DEALS.match(doc.lowered, draft.anchor):
        # "News Corp, the Financial Times and Dotdash Meredith ... strike deals with OpenAI":
        # a deal each with the one after the word
        before = [(e, r) for e, r in draft.parties if e.name and e.end <= draft.anchor]
        later = [(e, r) for e, r in draft.parties if e.name and e.start > draft.anchor]
        if len(before) > 1 and len(later) == 1 and draft.amount is None:
            return [replace(draft, parties=[one, *later]) for one in before]
    targets = [e for e, role in draft.parties if role in _PATIENTS and e.name]
    if draft.kind in ("funding_round", "investment") and len(targets) > 1 and not draft.amount:
        # "Accel led rounds in Lumora, Brightwave and Cortexa": a round per company;
        # "invested in companies such as Spotify and Slack": an investment in each
        investors = [(e, role) for e, role in draft.parties if role != "investee"]
        return [replace(draft, parties=[(e, "investee"), *investors]) for e in targets]
    if (
        draft.kind == "acquisition"
        and len(targets) > 1
        and draft.amount is None
        and not any(role == "seller" for _, role in draft.parties)
    ):
        # "He previously purchased CA Technologies and Symantec": a purchase per company
        # (not "will buy A and B from Lumora": one sale of both)
        others = [(e, role) for e, role in draft.parties if role not in _PATIENTS]
        return [replace(draft, parties=[*others, (e, "target")]) for e in targets]
    if draft.kind not in ("acquisition", "investment") or not targets:
        return [draft]
    end = doc.sentences[i].end
    for e in doc.ents(i):
        # "of Instagram in 2012 for $1 billion and WhatsApp in 2014 for $19 billion"; past
        # the clause when the name's price follows it ("of SailPoint, another
        # cybersecurity firm, for $6.9 billion, and Anaplan, an enterprise software company,
        # for $10.7 billion")
        if (
            targets[-1].end < e.start
            and e.type == "organization"
            and e.name
            and (e.start < hi or (e.start < end and _priced_next(doc, i, e)))
            and _AND_THEN.search(doc.lowered, max(0, e.start - 14), e.start)
            and any(e.end <= m.start <= e.end + 40 for m in doc.of_type(i, "money"))
            # not "purchase of Arm and AMD's $35 billion acquisition of Xilinx": a buyer
            and not re.match(r"['’]s?\s", doc.lowered[e.end : e.end + 3])
            # nor "... and then Brindle acquired Lumora for $1bn": a new clause's subject
            and not _VERB_AFTER_NAME.match(doc.lowered, e.end)
        ):
            targets.append(e)
            draft.parties.append((e, "target" if draft.kind == "acquisition" else "investee"))
    far = [e for e in targets if e.start >= hi]  # past the clause: kept only when split
    if far:
        split = _split_priced(doc, i, draft, targets, min(end, targets[-1].end + 80), used)
        if split is None:
            draft.parties = [(e, r) for e, r in draft.parties if e not in far]
        return split or [draft]
    return _split_priced(doc, i, draft, targets, hi, used) or [draft]


def _split_priced(doc: Doc, i: int, draft: Draft, targets: list[Ent], hi: int, used: set[int]):
    """A deal per target, each with the amount told after it; None when one has none."""
    if len(targets) < 2:
        return None
    money = [m for m in doc.of_type(i, "money") if targets[0].end <= m.start < hi]
    if len(money) < 2:
        return None
    others = [(e, role) for e, role in draft.parties if role not in _PATIENTS]
    out: list[Draft] = []
    for k, target in enumerate(targets):
        stop = targets[k + 1].start if k + 1 < len(targets) else hi
        own = [m for m in money if target.end <= m.start < stop]
        if not own:
            return None
        role = next(r for e, r in draft.parties if e is target)
        out.append(replace(draft, parties=[*others, (target, role)], amount=own[0]))
    used.update(d.amount.start for d in out)
    return out
