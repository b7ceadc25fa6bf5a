"""Valuations from trigger words (see ``facts.py``): "at a $300 billion
valuation", "valued at", "valuing the company at", "valorisée à", "market
value".  A valuation in a funding-round sentence is the round's post-money
valuation; one in an offer is the offer's ("valorisant Maisonneuve à 2,3
milliards" is also the offer's amount)."""

from __future__ import annotations

import re

from newsdb.extract.facts import cues
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.rules import Draft, Hit, date
from newsdb.extract.facts.sentences import Ent
from newsdb.extract.facts.subjects import possessor, subject

_AT = re.compile(r"\s+(?:[\w’'-]+\s+){0,7}?(?:,[^,;]{0,90},\s*)?(?:at|à)\s")
_ESTIMATED = re.compile(
    r"(?<![\w-])(?:estim\w*|évalu\w*|chiffr\w*|fix\w*|port\w*)\s+(?:sa|la|leur|cette)\s+"
    r"(?:nouvelle\s+)?$"
)
_VALUE_OF = re.compile(r"(?:market|enterprise|equity|its|their|combined|total) $")
# "valorisant l'entreprise 11,7 milliards": the object, then the amount.
_OBJECT_THEN = re.compile(r"\s+(?:(?:l['’]|la |le |les |the |it |them )\s*)?(?:[\w-]+\s+){0,2}?$")
# "its value to ~$9 billion, up from $3 billion", "slashed from $45.6 billion
# last year to just $6.5 billion": the other end of a change.
_CHANGE = re.compile(
    r"\s*,?\s*(?:(?:up|down|a drop|a rise|a fall)\s+)?(?:from|to|de|à|contre|against|versus|vs\.?)"
    r"\s+(?:(?:just|only|about|around|roughly|nearly|some|a|the|low|high|seulement|environ|"
    r"près de)\s+)*$"
    r"|\s*(?:[\w-]+\s+){0,3}(?:to|à)\s+(?:(?:just|only|about|around|roughly|nearly|some|seulement|"
    r"environ|près de)\s+)*$"
)
_FOR_ORG = re.compile(r"\s+(?:for|of|de|d['’]|du)\s*")
_APPOSED = re.compile(r",\s+(?:(?:already|now|then|once|déjà|alors|aujourd['’]hui)\s+)?$")
_BACKED = re.compile(r"-(?:backed|funded|financed|owned|controlled)\s")
_MARKET = re.compile(r"(?<!\w)(?:market|bourse|shares|stock|listed|coté|cotée|capitalisation)")
_PRE_MONEY = re.compile(r"pre-money|pré-money|avant (?:l['’]opération|l['’]augmentation)")
# "in a deal valued at $5.6 billion", "The deal is valued at $2 billion": the money
# is the price, not a valuation.
_PRICE_NOUN = re.compile(
    r"(?:deal|transaction|agreement|offer|bid|takeover|acquisition|purchase|sale|opération|"
    r"offre|accord|rachat|cession)\s*,?\s*(?:[^,;]{0,30},\s*)?(?:(?:is|was|were|are|has been|"
    r"had been|will be|would be|est|était|a été|sera|serait)\s+"
    r"(?:(?:initially|originally|reportedly|previously|first|then|now|initialement|alors)\s+)?)?$",
)
# "a deal valued at $5.6 billion" (its price), not "the deal values X at" (X's value)
_PARTICIPLE = re.compile(r"valued|valorisée?s?")
_DEAL_OBJECT = re.compile(
    r"\s+(?:the|this|that|its|their|la|le|l['’]|cette|cet)\s*(?:[\w-]+\s+)?"
    r"(?:deal|transaction|offer|acquisition|merger|takeover|purchase|bid|opération|offre|"
    r"acquisition|rachat|fusion)\s"
)
_PAYS_IN_ALL = re.compile(
    r"(?<![\w-])(?:represent\w*|impl\w*|reflect\w*)\s+(?:an?\s+|the\s+)?(?:total\s+)?"
    r"(?:equity|enterprise|transaction)\s+$"
)
_DEAL_VALUE = re.compile(
    r"(?:deal|transaction|offer|acquisition|takeover|purchase|merger)\s+(?:with|at|of|for)\s+"
    r"(?:an?\s+|the\s+)?(?:implied\s+)?(?:enterprise|equity|total|transaction)?\s*$"
)
# 'valuation of "just north of', "valuation for Wealthsimple by 47 per cent to",
# "valuation eight-fold to some" (not "between £3 billion and", a range's low end)
_VALUE_GAP = re.compile(
    r"\s*(?:(?:[\"“”«»]|[\w-]+fold|\d+x|by [\d.,]+ ?(?:per ?cent|percent|%|pour ?cent)|"
    r"for(?: [\w.&'’-]+){1,3}|"
    r"of|at|to|from|by|de|d['’]|à|proche de|autour de|estimée?s? à|up to|jusqu['’]à|"
    r"about|around|roughly|nearly|almost|more than|over|some|environ|près de|plus de|"
    r"north of|above|upwards of|in excess of|well over|plus|au-delà de|"
    r"an estimated|a|an|un|une|staggering|impressive|record|new|now|just|only|"
    r"d['’]environ|de près de|of nearly|of about|approximately|~|in the low|in the high|in the|"
    r"slashed from|cut from|raised from|increased from|lowered from|reduced from|marked down from|"
    r"cut to|slashed to|raised to|increased to|lowered to|reduced to|marked down to|"
    r"fell to|dropped to|rose to|jumped to|soared to|to just|to only|reaching|hitting|topping|"
    r"nearing|exceeding|atteignant|dépassant|reaches|reached|hits|tops|topped|stands at|"
    r"stood at|atteint|was|is|était|est|hit|down to|boursière|boursier)\s*){0,5}",
)


# Between an amount and the valuation it gives: a word at most ("a $2 billion
# post-money valuation"), after the amount restated ("$54.5bn (£43.6bn) valuation").
_BEFORE_VALUE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[\w-]+\s+)?")


def valuations(doc: Doc, i: int, hits: list[Hit], used: set[int]) -> list[Draft]:
    """Valuations of sentence ``i`` (their money is marked used, so no deal
    takes it); the organization may still be None, see ``settle_valuations``."""
    body = doc.lowered
    out = []
    for hit in hits:
        if hit.trigger.type != "valuation":
            continue
        lo, hi = doc.clause(i, hit.start)
        word = hit.word
        if word == "value" and not (
            _VALUE_OF.search(body[max(lo, hit.start - 12) : hit.start])
            or _AT.match(body, hit.end)  # "could value the business at up to €6 billion"
        ):
            continue
        if word == "valeur" and not (
            _ESTIMATED.search(body, max(lo, hit.start - 40), hit.start) and _AT.match(body, hit.end)
        ):
            continue  # "Bloomberg estime sa nouvelle valeur à 2 milliards $" (not "valeur ajoutée")
        if word == "value" and (
            _DEAL_VALUE.search(body, max(lo, hit.start - 40), hit.start)
            or _PRICE_NOUN.search(body, max(lo, hit.start - 24), hit.start)
            # "will acquire X for $16.00 per share in cash, which represents a total equity
            # value of $918 million": what the buyer pays in all, the purchase's price
            or (
                _PAYS_IN_ALL.search(body, max(lo, hit.start - 40), hit.start)
                and any(h.trigger.type == "deal" for h in hits)
            )
        ):
            continue  # "a deal with an enterprise value of $6.6 billion", "the transaction value"
        money = [m for m in doc.of_type(i, "money") if lo <= m.start and m.end <= hi]
        if _PARTICIPLE.fullmatch(word) and _PRICE_NOUN.search(
            body, max(lo, hit.start - 36), hit.start
        ):
            continue  # the price of the deal, left to the deal
        pick, org = None, []
        at = _AT.match(body, hit.end)
        if at and _DEAL_OBJECT.match(body, hit.end):
            continue  # "valuing the deal at $14.7 billion": the deal's price, left to the deal
        if at:
            pick = next((m for m in money if at.end() <= m.start <= at.end() + 30), None)
            if pick is not None:
                org = [e for e in doc.ents(i) if hit.end <= e.start and e.end <= at.end()]
                if re.search(r"(?<!\w)(?:share|action|titre)s?(?!\w)", body[hit.end : at.end()]):
                    pick = None  # "valorise chaque action Emerald à 2,10 €"
        if pick is None:
            pick = next(
                (
                    m
                    for m in money
                    if m.start >= hit.end and _VALUE_GAP.fullmatch(body, hit.end, m.start)
                ),
                None,
            )
        if pick is None:
            pick = next(
                (
                    m
                    for m in money
                    if m.end <= hit.start and _BEFORE_VALUE.fullmatch(body, m.end, hit.start)
                ),
                None,
            )
        if pick is None and word.startswith(("valoris", "valuing", "valued")):
            pick = next(
                (
                    m
                    for m in money
                    if m.start > hit.end and _OBJECT_THEN.fullmatch(body, hit.end, m.start)
                ),
                None,
            )
        if pick is None or cues.PER_SHARE.match(body, pick.end) or _COMPARED.match(body, pick.end):
            continue  # "its valuation was $2 billion lower than Orbital's": a difference
        used.add(pick.start)
        # the same valuation restated in another currency, or the other end of a change
        following = [m for m in money if m.start > pick.end]
        more = [
            m
            for m in following[:1]  # the next amount only: not one told of another company
            if m.start - pick.end <= 45
            and not cues.PER_SHARE.match(body, m.end)
            and (
                cues.RESTATED.search(body, max(pick.end, m.start - 16), m.start)
                or _CHANGE.fullmatch(body, pick.end, m.start)
            )
        ][:1]
        if (
            not org
            and word.startswith(("valued", "valoris"))
            and _APPOSED.search(body, max(lo, hit.start - 30), hit.start)
        ):
            # "sa filiale de conseil, valorisée 150 millions": what stands before the comma
            before = [e for e in doc.ents(i) if e.end <= hit.start and e.start >= lo]
            gap = body[before[-1].end : hit.start] if before else "x"
            if not _APPOSED.fullmatch(gap):
                continue
            org = before[-1:]
        org = [e for e in org if e.name]
        if not org and pick.start > hit.end and (of := _FOR_ORG.match(body, hit.end)):
            # "marked down its valuation for Wealthsimple by 47 per cent to $492-million"
            org = [e for e in doc.ents(i) if e.start == of.end() and e.end <= pick.start][:1]
        if not org and pick.start > hit.end:
            # "Ce tour valorise Databricks 62 milliards": the object between verb and amount
            org = [e for e in doc.ents(i) if hit.end <= e.start and e.end <= pick.start][:1]
            org = [e for e in org if e.name and _OBJECT_THEN.fullmatch(body, hit.end, pick.start)]
        if word != "valeur":  # (not the one estimating "sa valeur": the company spoken of)
            org = org or possessor(doc, i, lo, hit.start) or subject(doc, i, lo, hit.start)
        org = [e for e in org if e.name and e.name not in doc.media]
        if org and _BACKED.match(doc.body, org[0].end):
            # "SoftBank-backed Arm was valued at": the company backed, not its backer
            org = [e for e in doc.ents(i) if e.start > org[0].end and e.name][:1]
        if not org:
            # "Valorisée 4 milliards, cette nouvelle structure", "the same valuation of
            # $4.5 billion": the company the sentences before are about
            found = doc.antecedent(i, hit.start, "organization") or next(
                (
                    doc.subject(k)
                    for k in range(i - 1, max(-1, i - 4), -1)
                    if doc.subject(k) is not None
                    and doc.subject(k).type == "organization"
                    and doc.subject(k).name not in doc.media
                ),
                None,
            )
            org = [Ent(hit.start, hit.start, found.name, "organization", True)] if found else []
        also = _also_valued(doc, i, pick, following)
        for money_ in [pick, *more]:
            used.add(money_.start)
            out.append(
                Draft(
                    "valuation",
                    i,
                    amount=money_,
                    organization=org[0] if org else None,
                    date=date(doc, i, hit.start, lo, hi) if money_ is pick else None,
                    anchor=hit.start,
                    basis=_basis(body[lo:hi], hits),
                )
            )
        for company, money_ in also:
            used.add(money_.start)
            out.append(
                Draft(
                    "valuation",
                    i,
                    amount=money_,
                    organization=company,
                    anchor=hit.start,
                    basis=_basis(body[lo:hi], hits),
                )
            )
    return out


_COMPARED = re.compile(r"\s+(?:lower|higher|more|less|below|above|short)\s+(?:than|of)\s")
# "values xAI at $80 billion and X at $33 billion": a second company and its value
_AND_NAME = re.compile(r",?\s+(?:and|et)\s+(?:the\s+|la\s+|le\s+|l['’])?")
_NAME_AT = re.compile(r"\s+(?:at|à)\s+(?:about\s+|some\s+|nearly\s+|environ\s+)?")


def _also_valued(doc: Doc, i: int, pick, following) -> list[tuple[Ent, object]]:
    if not following:
        return []
    nxt = following[0]
    for e in doc.ents(i):
        if pick.end < e.start and e.end <= nxt.start and e.name:
            if _AND_NAME.fullmatch(doc.lowered, pick.end, e.start) and _NAME_AT.fullmatch(
                doc.lowered, e.end, nxt.start
            ):
                return [(e, nxt)]
            return []
    return []


def _basis(clause: str, hits: list[Hit]) -> str:
    # a stake held ("qu'il ne détient pas encore") tells no round's valuation
    kinds = {h.trigger.kind for h in hits if h.trigger.type == "deal" and h.word not in cues.HELD}
    if "funding_round" in kinds or ("investment" in kinds and not cues.SALE.search(clause)):
        return "pre_money" if _PRE_MONEY.search(clause) else "post_money"
    if _MARKET.search(clause):
        return "market"
    if "bid" in kinds:
        return "offer"
    if "acquisition" in kinds:
        return "sale_price"
    return "other"


_VALUED = {"investee", "target"}


def settle_valuations(values: list[Draft], deals_: list[Draft]) -> list[Draft]:
    """A valuation whose organization is unknown or unresolved takes the
    investee (or target) of the round (or sale) reported beside it; an offer
    or a sale "valuing X at Y" without its own price takes Y as its amount."""
    out = []
    for value in values:
        if value.basis in ("offer", "sale_price"):
            for deal in deals_:
                if deal.kind in ("bid", "acquisition", "merger") and deal.amount is None:
                    deal.amount = value.amount
        org = value.organization
        for deal in deals_:
            named = [e for e, role in deal.parties if role in _VALUED and e.name]
            payers = {e.name for e, role in deal.parties if role == "investor"}
            if value.basis in ("offer", "sale_price") and value.anchor > deal.anchor:
                # "IBM agreed to buy HashiCorp in a deal valuing it at $6.4 billion"
                payers |= {e.name for e, role in deal.parties if role in ("acquirer", "bidder")}
            if not named:
                continue
            if org is None or org.name is None or org.name in payers:
                # "Thrive invested $500 million in Cortexa at a $10 billion valuation":
                # the company valued is the one funded or bought, not its investor
                value.organization = named[0]
                break
        if value.organization is not None and value.organization.name:
            out.append(value)
    return out
