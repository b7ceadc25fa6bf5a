"""Deals from trigger words (see ``facts/__init__.py``): acquisitions, mergers
and bids here, funding rounds in ``rounds.py``, contracts, hosting and
partnerships in ``contracts.py``; ``read`` is the entry for every voice.

Each trigger word is read with its voice (``triggers``): who acts,
who is acted on, and which small word introduces the other party ("by",
"to", "with", "for", "led by", "par", "à", "avec", "pour", "auprès de").
Trigger words of one clause describe one deal ("a déposé une offre ... pour
racheter X" is one bid), whose kind is the most specific of theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdb.extract.facts import contracts, rounds
from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.readings import (
    AGENT,
    FROM_ONLY,
    GENERIC,
    PATIENT,
    PAY_FOR,
    Lazy,
    Reading,
    roles,
)
from newsdb.extract.facts.rules import (
    BY,
    FOR,
    IN,
    TO,
    WITH,
    Draft,
    Hit,
    after,
    amount,
    date,
    deal_status,
    definite,
    employer,
    is_passive,
    marker,
    possessor,
    subject,
)
from newsdb.extract.facts.sentences import INTRO, Ent
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.word_lists import ORG_CUES

PRIORITY = ["bid", "merger", "acquisition", "funding_round", "investment", "hosting"]
PRIORITY += ["contract", "partnership", "other"]
_LAST = re.compile(
    r"(?<![\w-])(?:its|their|his|her|son|sa|leur)\s+(?:last|latest|previous|most recent|"
    r"dernière?|précédente?)\s+"
)
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
_CLITIC = re.compile(r"(?<![\w-])(?:la|le|les|l['’])\s*$")
_FOR_PRICE = re.compile(r"\s+(?:for|pour)\s")
_COMBINED = re.compile(
    r"(?<![\w-])(?:combined|(?P<total>total of)|in total|together|altogether|cumulés?|au total|"
    r"en tout)\s+(?:(?:of|de|about|some|environ|près de)\s+)?$"
)
# "a total of $1 billion in Indian startups, including Zepto": many companies' money
_LIST_CUE = re.compile(r"(?<![\w-])(?:including|such as|like|notamment|dont|comme)(?![\w-])")
_FROM = marker(r"from|by|par|de la part de|du|des|de|d['’]")
# "its Dalian factory", "Nand memory and storage business" (a product's name before a
# unit's noun); not "the Arriver business", a unit's own name
# The main clause's own deal verb after a relative clause: "Ce dernier qui est déjà
# partenaire avec OpenAI, a investi 16 millions" (not ", said it will pay $2 billion",
# the relative clause's deal restated).
_INTO = re.compile(r"\s+into\s")
_OUTRIGHT = re.compile(r"(?<![\w-])(?:outright|the rest|remaining|entire|whole|all of)(?![\w-])")
_CHEQUE = re.compile(r"\s+(?:un|a)\s+(?:chèque|cheque|check)\s+(?:de|of|for)\s+")
_MAIN_VERB_AFTER = re.compile(
    r",\s+(?:a|ont|avait|avaient|has|had|have)\s+(?:\w+\s+)?(?:investi|invested|acquis|"
    r"acquired|racheté|bought|levé|raised|pris|took|injecté|injected)\s"
)
_UNIT_OF = re.compile(
    r"(?<![\w-])(?:activités|activité|business|businesses|unit|units|division|branche|"
    r"operations|assets|actifs)(?:\s+[a-zé][\w-]*){0,2}\s+(?:of|de|du|des|d['’])\s*"
    r"(?:the\s+|la\s+|l['’])?$"
)
_UNIT_AFTER = re.compile(
    # (not "Lumora and its consumer business", "and other assets", "et ses activités")
    r"\s+(?!(?:and|et|&|as well as|ainsi que)\s)"
    r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:factory|plant|plants|fab|usine|usines|site)"
    r"|(?:[a-z][\w-]*\s+){1,3}?(?:business|businesses|unit|units|division|operations|assets|"
    r"activities|activité|activités|branche))(?![\w-])"
)
_LOST_OR_WON = re.compile(
    r"(?<![\w-])(?:lost|won|lose|win|losing|winning)\s+(?:the|a|its|their)\s+$"
)
_OFFER_VERBS = frozenset({"offer", "offers", "offered", "offering"})
_FROM_PART = re.compile(r"(?<![\w-])(?:(?:from|de la part d(?:e|u|es))(?![\w-])|de la part d['’])")
_OWNS_PART = re.compile(r"\.?['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
_VALUED = re.compile(r"(?<![\w-])(?:valued|valuing|valuation|valoris\w+)(?![\w-])")
_PRICED_NOUN = re.compile(r"[$€£]\s?[\d.,]+\s*(?:[mb]n?|billion|million|milliards?|millions?)?\s+$")
_OF_ONLY = marker(r"of|de|d['’]|du|des")
_TENDER = re.compile(r"contract|tender|licen[cs]e|spectrum|franchise|rights")
_NOT_A_BUYER = re.compile(
    r"(?:similar|compared|due|according|thanks|equal|related|relative|addition|comparable|"
    r"identical)\s+$"
)
_SELLER = marker(r"from|auprès de|auprès du|à(?! présent| nouveau| son tour| terme| partir)|au|aux")
_TO_BLOCK = marker(r"to block|to stop|to halt|to unwind|de bloquer|d['’]empêcher|pour bloquer")


_POSTNOMINAL = re.compile(
    r"\s+(?:planifié|prévu|annoncé|envisagé|proposé|projeté|avorté|raté|manqué|présumé|"
    r"potentiel|éventuel|controversé|géant|record)(?:e|s|es|le|les)?(?![\w-])"
)
# "acquérir la start-up canadienne spécialisée en IA, Lumora, pour": the object described,
# then named in an apposition.
_DESCRIBED = re.compile(
    r"\s+(?:(?:the|a|an|its|la|le|une?|sa|son)\s+|l['’])[^,;:.()]{0,60}?"
    r"(?P<noun>[\w-]+),\s+"
)


def _apposed(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    described = _DESCRIBED.match(doc.lowered, hit.end)
    if described is None or fold(described.group("noun")) not in _DESCRIBING:
        return []  # "acquired a startup last year, Google, in turn": no apposition
    return [
        e
        for e in doc.ents(hit.i)
        if e.start == described.end()
        and e.end <= hi
        and e.type == "organization"
        and _APPOSITION_END.match(doc.lowered, e.end)
    ][:1]


_APPOSITION_END = re.compile(r"\s*(?:,|\.|$|for\s|pour\s|in\s|en\s)")
# Nouns that describe a company, as a name's apposition ends on them: ORG_CUES and the
# makers of things ("chip designer", "la start-up spécialisée en IA").
_DESCRIBING = ORG_CUES | folded_word_set(
    "designer developer specialist platform pioneer startup start-up pepite specialiste "
    "concepteur developpeur artificielle intelligence"
)


# "is offering about $97.4 billion for OpenAI": money, then what it is offered for.
_OFFERING_BID = re.compile(
    r"\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?[$€£]\s?[\d.,]+\s*"
    r"(?:billion|million|bn|m|b)?(?:\s+(?:a|per)\s+share)?(?:\s+in\s+cash)?\s+for\s"
)
# What shoppers buy, not a company bought: "in-app purchases", "achats en ligne".
_SHOPPERS = re.compile(
    r"(?<![\w-])(?:customers|consumers|users|shoppers|subscribers|players|fans|households|"
    r"consommateurs|utilisateurs)\s+(?:who|that|qui)\s+(?:[\w-]+\s+){0,3}$"
)
_CONSUMER = re.compile(
    r"(?<![\w-])(?:in-app|in-game|online|consumer|customer|impulse|app|retail)\s+$"
    # "charging unlawfully high fees on purchases of apps": a cut of shoppers' spending
    r"|(?<![\w-])(?:fees?|tax|taxes|cut|charges?)\s+(?:on|from|of)\s+$"
)


_SUPPORT_BOUGHT = re.compile(
    r"\s+(?:à nouveau\s+|encore\s+|aussi\s+|également\s+)?(?:le soutien|l['’]appui|"
    r"le concours|l['’]aide|un soutien|the support|the backing)"
    r"\s+(?:de|d['’]|du|des|of)"
)


def read(doc: Doc, hit: Hit, lo: int, hi: int) -> Reading | None:
    """The reading of one deal trigger in the clause [lo, hi), or None when
    the word is not about a deal here (no object, a definite "the deal")."""
    i, word, voice, kind = hit.i, hit.word, hit.trigger.voice, hit.trigger.kind
    body = doc.lowered
    modifier = lex.MODIFIED.match(body, hit.end)
    if modifier and not (voice == "merge" and "agreement" in modifier.group()):
        return None  # "a buying spree", "its acquisition strategy" (not "their merger agreement")
    if _CONSUMER.search(body, max(lo, hit.start - 16), hit.start) or _SHOPPERS.search(
        body, max(lo, hit.start - 50), hit.start
    ):
        # "the fees Google charges for in-app purchases", "Apple customers who owned or
        # bought certain Siri-enabled devices": shoppers buying
        return None
    if word == "approche" and re.search(
        r"(?<![\w-])à l['’]$", body[max(lo, hit.start - 4) : hit.start]
    ):
        return None  # "à l'approche des élections": in the run-up to, no bid
    if voice in ("with", "nominal", "round", "host") and lex.NOUN_MODIFIED.match(body, hit.end):
        return None  # "the workplace collaboration platform", not "to buy software maker X"
    if word == "offering" and not _OFFERING_BID.match(body, hit.end, hi):
        return None  # "a secondary offering", "is offering cloud credits to OpenAI"
    if lex.DENIED.search(body, max(lo, hit.start - 40), hit.start):
        return None  # "promised not to sell Qualcomm's 5G assets", "n'a pas racheté"
    if _SUPPORT_BOUGHT.match(body, hit.end):
        return None  # "s'offre à nouveau le soutien de l'IFC": backing gained, no purchase
    subj = Lazy(lambda: subject(doc, i, lo, hit.start))  # only when a voice needs it
    if voice == "pay":
        # "paid $1.9 billion for MedFirst", "a payé 95 millions pour Alpina"
        target = after(doc, i, hit.end, hi, PAY_FOR, reach=50, mark_reach=70)
        if not target or not (
            any(hit.end <= m.start < target[0].start for m in doc.of_type(i, "money"))
            or "premium" in body[hit.end : target[0].start]  # "pay a 45% premium for X"
        ):
            return None  # "pay dearly for violations", "a 'pay or consent' model for X"
        if lex.STAKE.search(body, hit.end, min(hi, target[0].start)):
            return Reading(hit, "investment", roles("investment", subj(), target[:1]))
        if not after(doc, i, hit.end, hi, PAY_FOR, reach=50, mark_reach=70, head=True):
            return None  # "pay $1 billion for infringement of five Apple patents": no purchase
        if _UNIT_OF.search(body, max(hit.end, target[0].start - 50), target[0].start):
            # "débourse 155 millions d'euros pour reprendre les activités antillaises de X"
            return Reading(hit, kind, [*roles(kind, subj(), []), (target[0], "seller")])
        return Reading(hit, kind, roles(kind, subj(), target))
    if voice == "active" and re.match(r"\s+of\s", body[hit.end : hit.end + 5]):
        voice = "nominal"  # "Amazon's $775 million purchase of Kiva Systems"
    cheque = _CHEQUE.match(body, hit.end)  # "met la main sur un chèque de 100 millions $"
    if (
        voice == "active"
        and any(
            0 < m.start - hit.end <= 2 or (cheque and m.start == cheque.end())
            for m in doc.of_type(i, "money")
        )
        and not _CLITIC.search(body, max(lo, hit.start - 5), hit.start)  # "en la rachetant 410 M€"
    ):
        # "Wugen picked up $115 million in equity financing": money, not a company, acquired
        collect = hit.trigger._replace(kind="funding_round", voice="collect")
        return rounds.funding(doc, replace(hit, trigger=collect), lo, hi, subj)
    if voice == "active":
        seller: list[Ent] = []
        if is_passive(doc, hit, hi):
            agents, patients = after(doc, i, hit.end, hi, BY), subj()
        else:
            agents = subj()
            patients = after(doc, i, hit.end, hi, None) or _apposed(doc, hit, hi)
            seller = after(doc, i, hit.end, hi, _SELLER, reach=40, mark_reach=100)
            patients = [e for e in patients if e not in seller]
            # "purchased Symantec Corp.'s corporate security business": Symantec sells
            owners = [
                e
                for e in patients
                if _OWNS_PART.match(doc.body, e.end)
                # "pour reprendre les activités antillaises de Bouygues Telecom": Bouygues sells
                or _UNIT_OF.search(body, max(hit.end, e.start - 50), e.start)
            ]
            seller += owners
            patients = [
                e for e in patients if e not in owners and not _UNIT_AFTER.match(body, e.end)
            ]
            if patients and lex.SHARES_OF.match(body, patients[-1].end):
                # "Nvidia will purchase Intel common stock at $23.78 per share": a stake
                return Reading(hit, "investment", roles("investment", agents, patients[:1]))
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
                return Reading(hit, kind, roles(kind, agents, investee[:1]))
            return Reading(hit, "investment", roles("investment", agents, investee[:1]))
        if lex.BID_CUE.search(body, max(lo, hit.start - 40), hit.start):
            kind = "bid"
        if (
            _INTO.match(body, hit.end)
            and kind == "acquisition"
            and not _OUTRIGHT.search(body, lo, hi)
        ):
            kind = "investment"  # "Naya also bought into Bolt in July with €60mn": a stake
        parties = roles(kind, agents, patients) + [(e, "seller") for e in seller]
        return Reading(hit, kind, parties)
    if voice == "sell":
        to = TO.search(body, hit.end, min(hi, hit.end + 150))
        if to and _NOT_A_BUYER.search(body, max(0, to.start() - 16), to.start()):
            return None  # "startups that sell products similar to that of InfoSec's"
        target = after(doc, i, hit.end, to.start() if to else hi, None)
        target = [e for e in target if not _OWNS_PART.match(doc.body, e.end)]  # "Red Hat's version"
        # "sell Nand memory business to SK Hynix", "selling off its Dalian factory": a unit
        # or a site sold, not a company
        target = [e for e in target if not _UNIT_AFTER.match(doc.lowered, e.end)]
        buyer = after(doc, i, to.end(), hi, None, reach=40) if to else []
        seller = possessor(doc, i, lo, hit.start) or subj()
        if is_passive(doc, hit, hi) or (not target and buyer and hit.trigger.status == "completed"):
            # "Mistral AI vendue au géant américain Apple ?", "Acme sold to Globex": the
            # subject is what is sold
            target, seller = subj(), []
        if not (target or buyer):
            return None
        parties = roles(kind, buyer, target) + [(e, "seller") for e in seller]
        return Reading(hit, kind, parties)
    if voice == "nominal":
        # "son acquisition planifiée d'Activision": an adjective after the French noun
        noun_end = _POSTNOMINAL.match(body, hit.end)
        at = noun_end.end() if noun_end else hit.end
        of = re.match(
            r"\s+(?:of|de|d['’]|du|des|avec)(?!\w)|\s*d['’]", body[at : at + 7]
        )  # "un autre rachat avec Lumora"
        by = re.match(r"\s+(?:by|par|de la part d)", body[hit.end : hit.end + 16])
        if not (of or by):
            return None
        if by:
            # "Lumen's acquisition by Vexa", "the acquisition by Adobe of Figma";
            # the clause's subject is no patient ("the EU, ..., the acquisition by Adobe")
            agents = after(doc, i, hit.end, hi, BY)
            patients = possessor(doc, i, lo, hit.start)
            if agents and not patients:
                patients = after(doc, i, agents[-1].end, hi, _OF_ONLY, reach=40, mark_reach=8)
            if agents and not patients:
                patients = _agreed_to_be_bought(doc, hit, lo, subj(), agents)
        else:
            # "Après le rachat de Brightwave, Orbital signe": the opening phrase ends
            # the object, and the main clause's subject is the buyer
            intro = INTRO.match(body, lo)
            opening = intro is not None and hit.end < intro.end() <= hi
            stop = body.rfind(",", lo, intro.end()) if opening else hi
            patients = after(doc, i, hit.end, stop, None)
            if patients and _FROM_PART.search(body, hit.end, patients[0].start):
                return None  # "une offre de rachat ... de la part d'Orbital": who offers
            main = [e for e in doc.ents(i) if opening and 0 <= e.start - intro.end() <= 1]
            agents = (
                possessor(doc, i, lo, hit.start)
                or after(doc, i, hit.end, stop, BY, 100)
                or _sued_over(doc, i, lo, hit.start)
                or (main[:1] if opening else subj())
            )
        if lex.BID_CUE.search(body, max(lo, hit.start - 40), hit.start):
            kind = "bid"
        return Reading(hit, kind, roles(kind, agents, patients))
    if voice == "merge":
        partners = after(doc, i, hit.end, hi, WITH, reach=60, mark_reach=14)
        noun = word in ("merger", "mergers", "fusion", "rapprochement")
        struck = _PRICED_NOUN.search(body, max(lo, hit.start - 30), hit.start) and len(subj()) >= 2
        # "Vodafone and CK Hutchison unveiled the merger of their British operations"
        struck = struck or (_OF_THEIR.match(body, hit.end) and len(subj()) >= 2)
        if (
            noun
            and not partners
            and not struck  # "Sprint and T-Mobile US struck a $26 billion merger"
            and not lex.THEIR.search(body, max(lo, hit.start - 24), hit.start)
            and not _THEIR_PRICED.search(body, lo, hit.start)
        ):
            return None  # "before the merger was announced"; "leur projet de fusion" is theirs
        # "a merger of A and B" names both; "a merger with B" leaves A to the subject
        own = subj() if not noun or not partners or lex.WITH_ONLY.match(body, hit.end) else []
        if noun and not partners and len(own) < 2 and _THEIR_PRICED.search(body, lo, hit.start):
            # "A and B announced that the waiting period for their proposed $7.4 billion
            # merger has expired": the pair the sentence opens with
            said = lex.SAID.search(body, doc.sentences[i].start, hit.start)
            pair = [
                e
                for e in doc.ents(i)
                if e.type == "organization" and said is not None and e.end <= said.start()
            ]
            own = pair if len(pair) == 2 else own
        return Reading(hit, kind, roles(kind, own, partners))
    reader = _READERS.get(voice)
    return reader(doc, hit, lo, hi, subj) if reader else None


_OF_THEIR = re.compile(r"\s+(?:of|de)\s+(?:their|leurs?)\s")
_THEIR_PRICED = re.compile(
    r"(?<![\w-])(?:their|leur)\s+(?:proposed\s+|planned\s+|projet de\s+)?"
    r"(?:(?:us)?[$€£][\d.,]+\s*(?:billion|million|bn|m)?\s+|[\d.,]+\s+(?:milliards?|millions?)"
    r"\s+(?:d['’]euros|de dollars)\s+)?(?:all-stock\s+|all-cash\s+)?$"
)


# "X announced that it has reached agreement on the terms of a recommended
# acquisition by Y": the company that agrees to a purchase by another is bought;
# not one that reviews it ("the EU has cleared the acquisition by Adobe").
_AGREED_TO = re.compile(
    r"(?<![\w-])(?:agreed|reached|entered|accepted|signed|a accepté|accepte|a signé)(?![\w-])"
)
_REVIEWED = re.compile(r"clear|approv|investigat|probe|block|review|oppos|examin|autoris|enquête")


def _agreed_to_be_bought(doc: Doc, hit: Hit, lo: int, subject: list[Ent], agents) -> list[Ent]:
    agreed = [e for e in subject if e.type == "organization" and e not in agents]
    if not agreed:
        return []
    between = doc.lowered[agreed[-1].end : hit.start]
    if not _AGREED_TO.search(between) or _REVIEWED.search(between):
        return []
    return agreed


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


def _bid(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    i, body = hit.i, doc.lowered
    if hit.word == "bidding" and _TENDER.search(body, hit.end, min(hi, hit.end + 50)):
        return None  # "bidding for a $10 billion Pentagon cloud contract": a tender
    if _LOST_OR_WON.search(body, max(lo, hit.start - 20), hit.start):
        return None  # "Brindle, which lost the bid, said the contract was awarded to X"
    if lex.REJECTED.search(body, max(lo, hit.start - 60), hit.start):
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
    target = after(doc, hit.i, hit.end, hi, FOR, mark_reach=120, reach=60)
    near = [
        m
        for m in doc.of_type(i, "money")
        if hit.start - 40 <= m.start <= hit.end + 60 and lo <= m.start < hi
    ]
    if any(lex.NOT_PRICE_AFTER.match(body, m.end) for m in near):
        return None  # "VLSI's bid for more than $3 billion in damages"
    if target and not near and hit.word in _OFFER_VERBS and not FOR.match(body, hit.end + 1):
        target = []  # "The combination offers some much-needed closure for X": no bid
    owner = possessor(doc, i, lo, hit.start)
    # "une offre de rachat de 2 milliards d'euros de la part d'Orbital": who offers,
    # however far the price and the offer's words put it
    named = after(doc, i, hit.end, hi, _FROM_PART, reach=30, mark_reach=80)
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


# The readers of the other voices, in the modules of their kind of deal.
_READERS = {
    "bid": _bid,
    "series": rounds.series,
    "raise": rounds.funding,
    "round": rounds.funding,
    "collect": rounds.funding,
    "invest": rounds.invest,
    "pour": rounds.invest,
    "stake": rounds.invest,
    "backed": rounds.backers,
    "backs": rounds.backs,
    "take": rounds.take,
    "host": contracts.host,
    "contract": contracts.contract,
    "supply": contracts.supply,
    "spend": contracts.spend,
    "rely": contracts.rely,
    "with": contracts.agreement,
    "talks": contracts.agreement,
    "ipo": rounds.listing,
}


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
    """The bidders a reading names (not a pronoun's guess)."""
    return {
        e.name
        for e, role in reading.parties
        if role in ("bidder", "lead_bidder") and e.name and not e.coref
    }


def _generic(reading: Reading) -> bool:
    voice = reading.hit.trigger.voice
    return voice == "talks" or (voice == "with" and reading.hit.word in GENERIC)


def _joinable(a: Reading, b: Reading) -> bool:
    if _generic(a) or _generic(b):
        return True
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
    ordered = sorted(members, key=lambda r: (r.kind != kind, r.hit.start))
    main = ordered[0]
    parties: list[tuple[Ent, str]] = []
    seen: set[str | None] = set()
    agent = AGENT.get(kind)
    for reading in ordered:
        for ent, role in reading.parties:
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
            if role in _OWNERSHIP and ent.name and lex.AUTHORITY.search(ent.name):
                continue  # "the Justice Department sued, arguing it was buying Plaid"
            seen.add(ent.name)
            parties.append((ent, role))
    money = None
    for reading in ordered:
        money = amount(doc, i, reading.hit.start, reading.hit.end, segment, hi, used)
        if money is not None:
            break
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
    named = [e for e, _ in parties if e.name]
    if not named and kind == "funding_round" and any(r.joined for r in members):
        named = [None]  # investors or an amount only: _complete_rounds finds the company
    round_told = kind == "funding_round" and (
        any(r.joined or r.hit.trigger.voice == "series" for r in members)
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
    listing = any(r.hit.trigger.voice == "ipo" for r in members)  # "Uber's planned IPO"
    if not named or not (money or len(named) >= 2 or round_told or listing):
        return None  # one name and no amount says too little ("Rain's Series A" says enough)
    if kind == "other" and money is None and not listing:
        return None  # "held talks with X" about nothing the clause names
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
    targets = [e for e, role in draft.parties if role in _PATIENTS and e.name]
    if draft.kind in ("funding_round", "investment") and len(targets) > 1 and not draft.amount:
        # "Accel led rounds in Lumora, Brightwave and Cortexa": a round per company;
        # "invested in companies such as Spotify and Slack": an investment in each
        investors = [(e, role) for e, role in draft.parties if role != "investee"]
        return [replace(draft, parties=[(e, "investee"), *investors]) for e in targets]
    if draft.kind == "acquisition" and len(targets) > 1 and draft.amount is None:
        # "He previously purchased CA Technologies and Symantec": a purchase per company
        others = [(e, role) for e, role in draft.parties if role not in _PATIENTS]
        return [replace(draft, parties=[*others, (e, "target")]) for e in targets]
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
