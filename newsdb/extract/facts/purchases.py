"""What one word of an acquisition or a merger says (``read``, the entry for
every deal word: the other voices are read in ``bids.py``, ``rounds.py``,
``stakes.py`` and ``contracts.py``): who buys, who is bought, for how much.

Each trigger word is read with its voice (``triggers``): who acts,
who is acted on, and which small word introduces the other party ("by",
"to", "with", "for", "led by", "par", "à", "avec", "pour", "auprès de").
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdb.extract.facts import contracts, cues, partnerships, rounds, stakes
from newsdb.extract.facts.bids import FROM_PART, bid
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.readings import GENERIC, PAY_FOR, Lazy, Reading, roles
from newsdb.extract.facts.rules import BY, IN, TO, WITH, Hit, ents_between, is_passive, marker
from newsdb.extract.facts.sentences import DESCRIPTOR_NOUNS, INTRO, Ent
from newsdb.extract.facts.subjects import after, employer, possessor, subject
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.word_lists import ORG_CUES

# The most specific kind first: the kind of a deal told by several words.
PRIORITY = ["bid", "merger", "acquisition", "funding_round", "investment", "hosting"]
PRIORITY += ["contract", "partnership", "other"]
_CLITIC = re.compile(r"(?<![\w-])(?:la|le|les|l['’])\s*$")
_CLITIC_OBJECT = re.compile(
    r"(?<![\w-])(?:la|le|les|l['’])\s*(?:(?:a|ont|avait|avaient|avoir|aura|auront)\s+)?$"
)
# "its Dalian factory", "Nand memory and storage business" (a product's name before a
# unit's noun); not "the Arriver business", a unit's own name
# The main clause's own deal verb after a relative clause: "Ce dernier qui est déjà
# partenaire avec OpenAI, a investi 16 millions" (not ", said it will pay $2 billion",
# the relative clause's deal restated).
_INTO = re.compile(r"\s+into\s")
_OUTRIGHT = re.compile(r"(?<![\w-])(?:outright|the rest|remaining|entire|whole|all of)(?![\w-])")
_OWN_SHARES = re.compile(
    r"\s+(?:(?:new|newly issued|its own|fresh|additional)\s+)?(?:shares|stock|equity)\s+"
    r"(?:worth\s+[^,;]{0,30}\s+)?(?:to|à)\s"
)
# "la vente de sa filiale Worldgrid", "la vente de Worldgrid à Alten": a company sold
_VENTE_OF = re.compile(
    r"\s+(?:de|d['’]|du)\s*(?:(?:sa|son|ses|la|le|l['’]|leur|cette)\s*(?:filiale|division|"
    r"branche|activité|activités|participation|pôle|unité|société|entreprise|start-up)\b|[A-Z])"
)
_A_SUM = re.compile(r"\s+(?:an?|un|une)\s+")  # "scooped up a $600 million round"
# "its stake", "sa participation": the seller's whole holding, perhaps control (not "a
# minority stake", "a 10% stake")
_WHOLE_STAKE = re.compile(r"(?<![\w-])(?:its|their|sa|son|ses|leur|leurs|all|entire)\s")
# What two companies combine when they merge: their businesses ("agreed to combine their UK
# telecommunication businesses"), or each other ("combination with X")
_COMBINED = re.compile(
    r"\s+(?:with\s|(?:their|its|the two)\s+(?:[\w-]+\s+){0,3}?(?:businesses|business|"
    r"operations|companies|units|divisions|activities|networks|groups)(?![\w-]))|[,.;]|\s*$"
)
# "reprendre" takes a company over only with the company right after it: "reprend Sigfox",
# "a repris la start-up Lumora" (not "repris contact avec", "reprend les discussions")
_TAKES_OVER = re.compile(
    r"\s+(?:(?:la|le|l['’]|La|Le|L['’])\s*(?:(?:start-up|startup|société|entreprise|groupe|pépite|"
    r"licorne|fleuron|ancien|ancienne|jeune pousse|opérateur|éditeur|fabricant|branche|filiale|"
    r"division|activité)\s+){1,2})?(?=[A-ZÀ-Ý])|\s+par\s"
)
_VENTE_TO = re.compile(r"\s+(?:à|a)\s+")
_OF_SOLD = marker(r"de|des|du|d['’]")


def _sold_to_first(doc: Doc, hit: Hit, hi: int, subj: Lazy) -> Reading | None:
    """ "DPG Media a annoncé la vente à Proximus des opérateurs mobiles virtuels
    Mobile Vikings et Jim Mobile": the buyer named first, then what is sold."""
    buyer = after(doc, hit.i, hit.end, hi, None, reach=6)
    if not buyer:
        return None
    target = after(doc, hit.i, buyer[-1].end, hi, _OF_SOLD, reach=45, mark_reach=4)
    if not target:
        return None
    return Reading(
        hit, "acquisition", roles("acquisition", buyer, target) + [(e, "seller") for e in subj()]
    )


_CHEQUE = re.compile(r"\s+(?:un|a)\s+(?:chèque|cheque|check)\s+(?:de|of|for)\s+")
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
_OWNS_PART = re.compile(r"\.?['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
_PRICED_NOUN = re.compile(r"[$€£]\s?[\d.,]+\s*(?:[mb]n?|billion|million|milliards?|millions?)?\s+$")
_OF_ONLY = marker(r"of|de|d['’]|du|des")
_NOT_A_BUYER = re.compile(
    r"(?:similar|compared|due|according|thanks|equal|related|relative|addition|comparable|"
    r"identical)\s+$"
)
_SELLER = marker(
    # (not a date: "racheté à l'automne dernier le challenger local Dottori")
    r"from|auprès de|auprès du|à(?! présent| nouveau| son tour| terme| partir| l['’](?:automne|"
    r"été|hiver|époque|issue|occasion)| la fin| la mi| la suite| (?:la |l['’])?(?:rentrée|"
    r"printemps))|au(?! printemps| début| cours| mois| moment)|aux"
)
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
# A priced offering of shares: "the $1.57-billion offering", "its $500 million share offering".
_SHARES_OFFERED = re.compile(
    r"(?:[$€£]\s?[\d.,]+(?:[-\s](?:billion|million|bn|m))?|public|share|stock|equity|secondary)"
    r"[^,;$€£]{0,30}$"
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


_COUNTS_AS = re.compile(
    r"(?<![\w-])(?:counts?|counted|counting)\s[^.;:]*\sas\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:(?:early|key|major|strategic|existing)\s+)?$"
)
_SAID_THAT = re.compile(r"(?<![\w-])(?:said|says|say|noted|added|believes)\s+(?:that\s+)?$")
_ALL_OF = re.compile(r"(?<![\w-])(?:all of|the whole of|the entirety of)\s+$")
_SHARES_FIRST = re.compile(
    r"\s+(?:(?:up to|about|some|nearly|around|another|an additional)\s+)?"
    r"(?:[\d.,]+\s*(?:million|billion|m|bn)?\s+)?(?:new\s+|additional\s+|common\s+|"
    r"ordinary\s+|preferred\s+)?(?:shares|stock)\s+(?:of|in)\s+"
)
_SPA = re.compile(r"\s+agreements?\b")
_ENDED_AFTER = re.compile(
    r"(?<![\w-])(?:(?:has|have|had|was|were) been |was |were )?(?:terminated|cancelled|canceled|"
    r"scrapped|abandoned|called off|résilié|annulé|abandonné)(?![\w-])"
)
# A price paid for use, not for a company: "pay $3bn annually to use OpenAI's technology"
_PAY_TO_USE = re.compile(
    r"(?<![\w-])(?:to use|to access|for access to|for the use of|to license|pour utiliser|"
    r"pour accéder à|pour l['’]utilisation de)\s+(?:the\s+|la\s+|les\s+|l['’])?"
)
_ALL_SHARES = re.compile(r"\s+(?:all|100\s*%)\s+(?:of\s+)?(?:the\s+)?(?:outstanding\s+)?")
_SHARES_BEFORE = re.compile(r"\s+(?:share|stock|equity)\s+$")


def _share_purchase(doc: Doc, hit: Hit, lo: int, hi: int) -> Reading | None:
    """ "Applied Materials today announced that the Kokusai Electric share purchase
    agreement with KKR has been terminated": the company whose shares are bought,
    bought from the one the agreement is with, by the company announcing it."""
    ents = [e for e in doc.ents(hit.i) if lo <= e.start and e.type == "organization" and e.name]
    bought = [e for e in ents if _SHARES_BEFORE.fullmatch(doc.lowered, e.end, hit.start)]
    if not bought:
        return None
    seller = [e for e in after(doc, hit.i, hit.end, hi, WITH, reach=20, mark_reach=20) if e.name]
    buyer = [e for e in ents if e.end <= bought[0].start and e.name not in {s.name for s in seller}]
    parties = roles("acquisition", buyer[:1], bought[:1]) + [(e, "seller") for e in seller[:1]]
    ended = _ENDED_AFTER.search(doc.lowered, hit.end, hi)  # "... has been terminated"
    return Reading(hit, "acquisition", parties, status="cancelled" if ended else None)


_INTO_HANDS = ("passe aux mains", "passé aux mains", "passera aux mains", "tombe dans l")
_INTO_HANDS += ("tombé dans l",)
_OFFERED_A = re.compile(r"(?<![\w-])offered\s+(?:an?|the)\s+(?:[\w-]+\s+)?$")


_PRICE_FIRST = re.compile(  # (", pour deux milliards d’euros, Tech Foundations")
    r",?\s+(?:pour|for)\s+(?:(?:près de|environ|plus de|about|nearly|around|some)\s+)?$"
)
_ASIDE = re.compile(r"\s*\([^()]{1,60}\)|,(?=\s)")


_NAME_THEN_NOUN = re.compile(r"[ -]")
_DETERMINED = re.compile(
    r"(?<![\w-])(?:the|this|that|its|their|his|her|a|an)\s+(?:[$€£][\w.,]+\s+\w+\s+)?$|['’]s?\s+"
    r"(?:[$€£][\w.,]+\s+\w+\s+)?$"
)


def _named_before(doc: Doc, hit: Hit, lo: int, kind: str) -> Reading | None:
    """ "the Fitbit purchase", "Google's Fitbit acquisition", "Microsoft’s $69 billion
    Activision takeover": the company named right before the noun is bought, by the
    one whose possessive comes before it."""
    bought = [
        e
        for e in doc.ents(hit.i)
        if lo <= e.start
        and e.type == "organization"
        and e.name
        and _NAME_THEN_NOUN.fullmatch(doc.lowered, e.end, hit.start)
    ]
    if not bought or not _DETERMINED.search(
        doc.lowered, max(lo, bought[0].start - 30), bought[0].start
    ):
        return None
    buyer = possessor(doc, hit.i, lo, bought[0].start)
    return Reading(hit, kind, roles(kind, buyer, bought[:1]))


def _price_first(doc: Doc, hit: Hit) -> int:
    """ "racheter pour près de 69 milliards de dollars (60,7 milliards d'euros) l'éditeur
    X": where the object starts after a price told first (else the verb's end)."""
    for m in doc.of_type(hit.i, "money"):
        if m.start > hit.end and _PRICE_FIRST.fullmatch(doc.lowered, hit.end, m.start):
            aside = _ASIDE.match(doc.lowered, m.end)
            return aside.end() if aside else m.end
    return hit.end


# "Qualcomm’s recently acquired chip design firm Nuvia": the name, or a descriptor and
# its name (not "acquired shares of Lumora", "acquired customers include Zentrix")
_NAMED_OBJECT = re.compile(rf"\s+(?:(?:[\w-]+\s+){{0,3}}?(?:{DESCRIPTOR_NOUNS})\s+)?")
_OWNED_PARTICIPLE = re.compile(r"['’]s?\s+(?:(?:recently|newly|just|since|freshly)\s+)?$")
_PAYER_GAP = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?((?:paid|spent)\s+to\s+)?")


def _payer_after_price(doc: Doc, hit: Hit, lo: int) -> list[Ent]:
    """ "more than the $32 billion SoftBank paid to take Arm private": the name
    between a price and "paid" ("paid to take") pays it (a relative clause without
    "that")."""
    named = [e for e in ents_between(doc, hit.i, lo, hit.start) if e.name]
    gap = _PAYER_GAP.fullmatch(doc.lowered, named[-1].end, hit.start) if named else None
    if gap is None or not (hit.trigger.voice == "pay" or gap.group(1)):
        return []  # (not "won a $10 billion Kestrel Agency contract")
    start = named[-1].start
    if any(0 < start - m.end <= 2 for m in doc.of_type(hit.i, "money")):
        return named[-1:]
    return []


def read(doc: Doc, hit: Hit, lo: int, hi: int) -> Reading | None:
    """The reading of one deal trigger in the clause [lo, hi), or None when
    the word is not about a deal here (no object, a definite "the deal")."""
    i, word, voice, kind = hit.i, hit.word, hit.trigger.voice, hit.trigger.kind
    body = doc.lowered
    if word == "purchase" and _SPA.match(body, hit.end):
        return _share_purchase(doc, hit, lo, hi)  # "the Kokusai share purchase agreement"
    modifier = cues.MODIFIED.match(body, hit.end)
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
    if voice in ("with", "nominal", "round", "host") and cues.NOUN_MODIFIED.match(body, hit.end):
        return None  # "the workplace collaboration platform", not "to buy software maker X"
    if word == "offering" and not _OFFERING_BID.match(body, hit.end, hi):
        if _SHARES_OFFERED.search(body, max(lo, hit.start - 40), hit.start):
            # "the $1.57-billion offering by Amer Sports Inc.", "the $713-million Astera
            # Labs Inc. offering": shares sold on a market, a listing
            return stakes.listing(doc, hit, lo, hi, Lazy(lambda: subject(doc, i, lo, hit.start)))
        return None  # "a secondary offering", "is offering cloud credits to OpenAI"
    if cues.DENIED.search(body, max(lo, hit.start - 40), hit.start):
        return None  # "promised not to sell Qualcomm's 5G assets", "n'a pas racheté"
    if _SUPPORT_BOUGHT.match(body, hit.end):
        return None  # "s'offre à nouveau le soutien de l'IFC": backing gained, no purchase
    if word in ("partners", "partner", "investor", "investors") and _COUNTS_AS.search(
        body, max(lo, hit.start - 120), hit.start
    ):
        return None  # "which counts Volkswagen and GM as partners": read by investors.py
    if word in GENERIC and _OFFERED_A.search(body, max(lo, hit.start - 30), hit.start):
        return None  # "Mellanox has been offered a deal": the offer itself, read by its verb
    subj = Lazy(lambda: _payer_after_price(doc, hit, lo) or subject(doc, i, lo, hit.start))
    if voice == "pay" and (use := _PAY_TO_USE.search(body, hit.end, hi)):
        # "will pay $3bn annually to use OpenAI's technology": a customer's contract
        provider = [e for e in after(doc, i, use.end(), hi, None, reach=4) if e.name]
        client = [e for e in subj() if e.name]
        if not (provider and client) or provider[0].name in client[0].name:
            return None  # (not "OpenAI Japan" paying OpenAI)
        return Reading(hit, "contract", [(provider[0], "contractor"), (client[0], "client")])
    if voice == "pay":
        # "paid $1.9 billion for MedFirst", "a payé 95 millions pour Alpina"
        target = after(doc, i, hit.end, hi, PAY_FOR, reach=50, mark_reach=70)
        if not target or not (
            any(hit.end <= m.start < target[0].start for m in doc.of_type(i, "money"))
            or "premium" in body[hit.end : target[0].start]  # "pay a 45% premium for X"
        ):
            return None  # "pay dearly for violations", "a 'pay or consent' model for X"
        if cues.STAKE.search(body, hit.end, min(hi, target[0].start)):
            return Reading(hit, "investment", roles("investment", subj(), target[:1]))
        if not after(doc, i, hit.end, hi, PAY_FOR, reach=50, mark_reach=70, head=True):
            return None  # "pay $1 billion for infringement of five Apple patents": no purchase
        if _UNIT_OF.search(body, max(hit.end, target[0].start - 50), target[0].start):
            # "débourse 155 millions d'euros pour reprendre les activités antillaises de X"
            return Reading(hit, kind, [*roles(kind, subj(), []), (target[0], "seller")])
        return Reading(hit, kind, roles(kind, subj(), target))
    if word.startswith(_INTO_HANDS):
        # "Element AI ... passe aux mains de la société américaine ServiceNow": bought by
        buyer = [e for e in after(doc, i, hit.end, hi, None, reach=60) if e.name]
        bought = [e for e in subj() if e.type == "organization"]
        if not (buyer and bought) or buyer[0].type != "organization":
            return None  # "La présidence du conseil passe aux mains de Paul Martin"
        return Reading(hit, kind, roles(kind, buyer[:1], bought))
    if voice == "active" and re.match(r"\s+of\s", body[hit.end : hit.end + 5]):
        voice = "nominal"  # "Amazon's $775 million purchase of Kiva Systems"
    if word.startswith("combin") and word != "combine with" and not _COMBINED.match(body, hit.end):
        return None  # "agreed to combine their marketing efforts", "combines features of"
    if word.startswith("repr") and not _TAKES_OVER.match(doc.body, hit.end):
        return None  # "a repris contact avec", "reprend 200 salariés de", "ont repris entre"
    if voice == "active" and word in ("purchase", "purchases"):
        named = _named_before(doc, hit, lo, kind)
        if named is not None:
            return named  # "said that the Fitbit purchase is": a noun, Fitbit bought
    supplier = (
        contracts.supplier(doc, hit, hi) if voice == "active" and kind == "acquisition" else []
    )
    if supplier and subj() and not is_passive(doc, hit, hi):
        # "Apple currently purchases Intel modems", "agreed to buy an additional $4.2
        # billion in chips from GlobalFoundries": goods bought under a supply contract
        parties = [(e, "client") for e in subj()] + [(e, "contractor") for e in supplier]
        return Reading(hit, "contract", parties)
    if voice == "active" and kind == "acquisition":
        worth = stakes.shares_worth(doc, hit, lo, hi, subj)  # "$300 million worth of X shares"
        if worth is not None:
            return worth
        buyers = stakes.share_buyers(doc, hit, hi)  # "committed to buy shares include A, B"
        if buyers is not None:
            return buyers
    cheque = _CHEQUE.match(body, hit.end)  # "met la main sur un chèque de 100 millions $"
    if (
        voice == "active"
        and any(
            0 < m.start - hit.end <= 2
            or (cheque and m.start == cheque.end())
            or (0 < m.start - hit.end <= 5 and _A_SUM.fullmatch(body, hit.end, m.start))
            for m in doc.of_type(i, "money")
        )
        and not _CLITIC.search(body, max(lo, hit.start - 5), hit.start)  # "en la rachetant 410 M€"
    ):
        # "Wugen picked up $115 million in equity financing": money, not a company, acquired
        collect = hit.trigger._replace(kind="funding_round", voice="collect")
        return rounds.funding(doc, replace(hit, trigger=collect), lo, hi, subj)
    if voice == "active" and word.endswith("ed") and _OWNED_PARTICIPLE.search(
        body, max(lo, hit.start - 30), hit.start
    ):
        # "Qualcomm’s recently acquired chip design firm Nuvia": the possessor bought it
        owner = possessor(doc, i, lo, hit.start)
        bought = [  # the company itself (not "acquired shares of Lumora", "licence from")
            e
            for e in after(doc, i, hit.end, hi, None, reach=40)
            if _NAMED_OBJECT.fullmatch(body, hit.end, e.start)
        ]
        priced = bought and any(bought[0].end <= m.start < hi for m in doc.of_type(i, "money"))
        if owner and bought and not priced:  # (a sum after it is the clause verb's)
            return Reading(hit, kind, roles(kind, owner, bought[:1]))
        if owner and bought:
            return None
    if voice == "active":
        seller: list[Ent] = []
        if is_passive(doc, hit, hi):
            agents, patients = after(doc, i, hit.end, hi, BY), subj()
        else:
            agents = subj()
            if word.endswith("ing") and _SAID_THAT.search(body, max(lo, hit.start - 24), hit.start):
                # "CEO Dr Lisa Su said that buying ZT Systems marks": a person speaking buys
                # through the company named with her title, else no one named
                agents = [
                    firm
                    for e in agents
                    if (firm := (employer(doc, i, e) if e.type == "person" else e)) is not None
                ]
            patients = (
                after(doc, i, hit.end, hi, None)
                or _apposed(doc, hit, hi)
                or after(doc, i, _price_first(doc, hit), hi, None, reach=40)
            )
            if _CLITIC_OBJECT.search(body, max(lo, hit.start - 16), hit.start):
                # "cinq ans après les avoir rachetés dans la foulée de l'acquisition de
                # Base": the object was named before the pronoun, not after the verb
                patients = []
            seller = after(doc, i, hit.end, hi, _SELLER, reach=40, mark_reach=100)
            patients = [e for e in patients if e not in seller]
            # "purchased Symantec Corp.'s corporate security business": Symantec sells
            owners = [
                e
                for e in patients
                if (
                    _OWNS_PART.match(doc.body, e.end)
                    # "all of Careem's mobility, delivery and payments businesses": all of it
                    and not _ALL_OF.search(body, max(hit.end, e.start - 16), e.start)
                )
                # "pour reprendre les activités antillaises de Bouygues Telecom": Bouygues sells
                or _UNIT_OF.search(body, max(hit.end, e.start - 50), e.start)
            ]
            seller += owners
            patients = [
                e for e in patients if e not in owners and not _UNIT_AFTER.match(body, e.end)
            ]
            if (
                patients
                and cues.SHARES_OF.match(body, patients[-1].end)
                and not _ALL_SHARES.fullmatch(body, hit.end, patients[-1].start)
            ):
                # "Nvidia will purchase Intel common stock at $23.78 per share": a stake
                # ("will purchase all Mellanox shares": the company)
                return Reading(hit, "investment", roles("investment", agents, patients[:1]))
            shares = _SHARES_FIRST.match(body, hit.end)
            if shares and patients and patients[0].start == shares.end():
                # "buy up to 160 million shares of the company": a stake, no takeover
                return Reading(hit, "investment", roles("investment", agents, patients[:1]))
        if cues.STAKE.search(body, max(lo, hit.start - 30), min(hi, hit.end + 30)):
            investee = after(doc, i, hit.end, hi, IN, reach=35) or [
                e
                for e in doc.ents(i)
                if lo <= e.start < hi
                and e.type == "organization"
                and e not in agents
                and cues.CAPITAL_OF.search(body, max(lo, e.start - 40), e.start)
            ]
            if kind == "acquisition" and cues.MAJORITY.search(body, hit.end, min(hi, hit.end + 40)):
                # "afin d'acquérir 51% du capital de Salvia Group": control is a purchase
                return Reading(hit, kind, roles(kind, agents, investee[:1]))
            return Reading(hit, "investment", roles("investment", agents, investee[:1]))
        if cues.BID_CUE.search(body, max(lo, hit.start - 40), hit.start):
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
        if word == "vente" and _VENTE_TO.match(body, hit.end):
            return _sold_to_first(doc, hit, hi, subj)  # "la vente à Proximus des opérateurs X"
        if word == "vente" and not _VENTE_OF.match(doc.body, hit.end):
            return None  # "la vente de logiciels", "de 20 avions": goods sold, not a company
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
        stake = cues.STAKE.search(body, hit.end, to.start()) if to and buyer else None
        if (
            stake is not None
            and seller
            and not _WHOLE_STAKE.search(body, hit.end, stake.start())
            # (not "a majority stake", "a 51% stake": control, a sale)
            and not cues.MAJORITY.search(body, hit.end, to.start())
        ):
            # "MTN has agreed to sell a minority stake in its mobile money arm to Mastercard":
            # the buyer invests in the company (or the seller's own unit)
            named = after(doc, i, stake.end(), to.start(), IN, reach=35)
            investee = named or seller[:1]
            parties = roles("investment", buyer, investee[:1])
            return Reading(hit, "investment", parties + [(e, "seller") for e in seller if named])
        if buyer and not target and _OWN_SHARES.match(body, hit.end) and seller:
            # "Lumora sold shares to Orbital", "raised $2 million by selling new shares to
            # Orbital": the buyer invests in the company selling its own shares
            return Reading(hit, "investment", roles("investment", buyer, seller[:1]))
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
        of = (
            re.match(r"\s+(?:of|de|d['’]|du|des|avec)(?!\w)|\s*d['’]", body[at : at + 7])
            or (  # "un autre rachat avec Lumora"; "made three acquisitions: A, B and C"
                word.endswith("s") and re.match(r"\s*:\s", body[at : at + 3])
            )
        )
        by = re.match(r"\s+(?:by|par|de la part d)", body[hit.end : hit.end + 16])
        if not (of or by):
            return _named_before(doc, hit, lo, kind)  # "Google's Fitbit acquisition"
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
            if patients and FROM_PART.search(body, hit.end, patients[0].start):
                return None  # "une offre de rachat ... de la part d'Orbital": who offers
            main = [e for e in doc.ents(i) if opening and 0 <= e.start - intro.end() <= 1]
            agents = (
                possessor(doc, i, lo, hit.start)
                or after(doc, i, hit.end, stop, BY, 100)
                or _sued_over(doc, i, lo, hit.start)
                or (main[:1] if opening else _speaker_buys(doc, hit, lo, subj()))
            )
        if cues.BID_CUE.search(body, max(lo, hit.start - 40), hit.start):
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
            and not cues.THEIR.search(body, max(lo, hit.start - 24), hit.start)
            and not _THEIR_PRICED.search(body, lo, hit.start)
        ):
            return None  # "before the merger was announced"; "leur projet de fusion" is theirs
        # "a merger of A and B" names both; "a merger with B" leaves A to the subject
        own = subj() if not noun or not partners or cues.WITH_ONLY.match(body, hit.end) else []
        if noun and not partners and len(own) < 2 and _THEIR_PRICED.search(body, lo, hit.start):
            # "A and B announced that the waiting period for their proposed $7.4 billion
            # merger has expired": the pair the sentence opens with
            said = cues.SAID.search(body, doc.sentences[i].start, hit.start)
            pair = [
                e
                for e in doc.ents(i)
                if e.type == "organization" and said is not None and e.end <= said.start()
            ]
            own = pair if len(pair) == 2 else own
        return Reading(hit, kind, roles(kind, own, partners))
    reader = _READERS.get(voice)
    return reader(doc, hit, lo, hi, subj) if reader else None


def _speaker_buys(doc: Doc, hit: Hit, lo: int, subject: list[Ent]) -> list[Ent]:
    """ "Orbital said the acquisition of Kestrel would close": the company speaking
    buys; a person speaking buys through the company they lead ("Sheikh Mohammed ... said
    the acquisition of both companies reflects": no one)."""
    if not _SPOKEN_OF.search(doc.lowered, max(lo, hit.start - 50), hit.start):
        return subject
    if any(e.type != "person" for e in subject):
        return subject
    return [firm for e in subject if (firm := employer(doc, hit.i, e)) is not None]


_SPOKEN_OF = re.compile(
    r"(?<![\w-])(?:said|says|say|told|noted|added|stated|explained|believes|thinks|argued|"
    r"a déclaré|a dit|affirme|a affirmé|estime|a estimé|souligne|a souligné)\s+"
    r"(?:that\s+|que\s+|qu['’])?(?:the|this|that|these|la|le|l['’]|les|cette|ce|ces)\s*"
    r"(?:[\w-]+\s+){0,2}$"
)
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


def _buyer_named(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """ "Unabiz a été désigné repreneur de Sigfox", "was named the buyer of X", "the new
    owner of X": the subject buys the company after "of"/"de"."""
    body = doc.lowered
    if _NOT_NAMED.search(body, max(lo, hit.start - 30), hit.start):
        return None  # "n'a pas été choisi comme repreneur de Kestrel"
    if hit.word.endswith(("owner", "propriétaire")) and not _BECOMES.search(
        body, max(lo, hit.start - 30), hit.start
    ):
        return None  # "Orbital, the new owner of Kestrel, sued Brindle": an apposition
    bought = [e for e in after(doc, hit.i, hit.end, hi, _OF_ONLY, reach=30, mark_reach=6) if e.name]
    buyer = [e for e in subj() if e.name and e not in bought]
    if not (bought and buyer):
        return None
    return Reading(hit, "acquisition", roles("acquisition", buyer, bought[:1]))


_NOT_NAMED = re.compile(
    r"(?<![\w-])(?:not|never|n['’]a pas|n['’]ont pas|ne sera pas|pas)\s+(?:[\w-]+\s+){0,3}$"
)
_BECOMES = re.compile(
    r"(?<![\w-])(?:became|become|becomes|becoming|is now|will be|would be|is the|was the|"
    r"est devenue?|devient|deviendra|sera|est le|est la)\s+(?:the\s+|le\s+|la\s+)?$"
)


# The readers of the other voices, in the modules of their kind of deal.
_READERS = {
    "bid": bid,
    "series": rounds.series,
    "raise": rounds.funding,
    "round": rounds.funding,
    "collect": rounds.funding,
    "invest": stakes.invest,
    "pour": stakes.invest,
    "stake": stakes.invest,
    "backed": stakes.backers,
    "backs": stakes.backs,
    "take": stakes.take,
    "host": contracts.host,
    "provider": contracts.provider,
    "contract": contracts.contract,
    "supply": contracts.supply,
    "spend": contracts.spend,
    "rely": contracts.rely,
    "with": partnerships.agreement,
    "talks": partnerships.agreement,
    "ipo": stakes.listing,
    "listed": stakes.listed,
    "spin": stakes.spin_off,
    "buyer": _buyer_named,
}
