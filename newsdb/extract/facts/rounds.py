"""Funding rounds: who raised, from whom, in which round ("raised $200 million
in a Series B led by Accel", "a mené la levée de fonds"). The entry is
``purchases.read``; investments and stakes outside a round are in ``stakes.py``.
"""

from __future__ import annotations

import re

from newsdb.extract.facts import cues
from newsdb.extract.facts.backers import (
    MONEY_FROM,
    NOT_INVESTED,
    from_investor,
    investor_subject,
    investors_after,
    joined_before,
    led_round,
    opening_backers,
)
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.readings import PAY_FOR, Lazy, Reading, roles
from newsdb.extract.facts.rules import INVESTORS, Hit, ents_between
from newsdb.extract.facts.sentences import INTRO, Ent
from newsdb.extract.facts.subjects import after, group_at, possessor, subject

_SERIES_PRICE = re.compile(r"\s+(?:de|of|d['’]|worth|à)\s+(?:about\s+|environ\s+)?")
_BACKERS_NAMED = re.compile(r"(?<![\w-])(?:auprès d|mené par|menée par|led by|from investors)")
_LEVE = re.compile(r"(?<![\w-])(?:lev[ée]\w*|lève\w*|raised|raises)(?![\w-])")
_ROUND_NOUNS = {"levée", "levée de fonds", "tour de table", "tour de financement", "round"}
_MONEY_VERB = re.compile(
    r"(?<![\w-])(?:rais|secur|contribut|invest|provid|land|clos|obtain|receiv|inject|"
    r"pump|pour|commit|pledg)\w*(?![\w-])"
)
# A company carrying out its own capital increase, no purchase in the sentence.
_CARRIED_OUT = re.compile(
    r"(?<![\w-])(?:annonc\w*|réalis\w*|boucl\w*|lanc\w*|finalis\w*|clôtur\w*|bouclé)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:une|son|sa|l['’])\s*$"
)
# "une augmentation de capital de 50 millions d'euros pour Lumora": another's round
_FOR_ANOTHER = re.compile(r"(?<![\w-])(?:pour|dans|au profit d[eu'’]|en faveur d[eu'’])\s+[A-Z0-9]")
_PURCHASE_NEAR = re.compile(r"(?<![\w-])(?:rachat|acquisition|acquérir|racheter|financer)")
_ROUND_NOUNS |= {"funding round", "financing round", "augmentation de capital"}
_OF_FUNDS = re.compile(r"\s+(?:de|d['’])\s*(?:capitaux|fonds|financement)\s+(?:de|d['’])\s*")
# (a description, not an investor's: not "de la part du fonds X", "de l'investisseur belge X")
_DESCRIBED_OWNER = re.compile(
    r"(?!(?:[a-zà-ÿ][\w'’-]*\s+){0,6}?(?:part|fonds|investisseurs?|fund|investors?|banque)\s)"
    r"(?:[a-zà-ÿ][\w'’-]*\s+){0,6}"
)
_ROUND_OWNER = re.compile(r"\s+(?:de|d['’]|du|of)\s*(?:la\s+|l['’]|the\s+)?")
# "pour boucler ce nouveau tour de table": the round told before
_TOLD_ROUND = re.compile(
    r"(?<![\w-])(?:ce|cet|cette)\s+(?:nouveau|nouvel|nouvelle|premier|première|dernier|"
    r"dernière)?\s*$"
)
_IN_FUNDING = re.compile(
    r"\d\s*(?:[mb]n?|million|billion|milliards?|millions?)?\s+(?:in|of|en)\s+$"
)
_COUNTED_SERIES = re.compile(
    r"(?<![\w$€£.,-])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|deux|trois|quatre|"
    r"cinq)\s+$"
)


# "a $250 million debt round raised by Tamara", "a $200 million Series D by Tabby": the
# company raising it (not "led by", "backed by": investors)
_RAISED_BY = re.compile(
    r"\s+(?:(?:funding|financing|equity|debt|round|extension)\s+){0,2}(?:raised|secured|closed)?\s*"
    r"by\s"
)


def _raised_by(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    """The company a priced round is "raised by": "a $200 million Series D by Tabby"."""
    body = doc.lowered
    found = _RAISED_BY.match(body, hit.end)
    if found is None or not any(0 <= hit.start - m.end <= 24 for m in doc.of_type(hit.i, "money")):
        return []
    return [
        e
        for e in after(doc, hit.i, found.end(), hi, None, reach=40)
        if e.type == "organization" and e.name
    ][:1]


def series(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """The round a Series word names ("Rain's Series A", "une série C")."""
    i, body = hit.i, doc.lowered
    # "New York-based Rain's Series A", "its series B": the company's round
    if cues.MODIFIED.match(body, hit.end):
        return None
    if _COUNTED_SERIES.search(body, max(lo, hit.start - 12), hit.start):
        return None  # "there were four Series A deals ..., one Series B of $5 million": a count
    led = led_round(doc, hit, lo, hi, subj)
    if led is not None:
        return led
    raiser = _raised_by(doc, hit, hi)
    if raiser:
        return Reading(hit, "funding_round", roles("funding_round", raiser, []))
    investee = possessor(doc, i, lo, hit.start)
    if investee:
        return Reading(
            hit,
            "funding_round",
            roles("funding_round", investee, [])
            + [(e, "investor") for e in investor_subject(doc, i, hit.start, investee)],
        )
    into = _round_into(doc, hit)
    if into:
        # "Tiger Global has invested in ... $42 million Series C funding in GoMechanic"
        backers = [e for e in subj() if e.name and e.name not in {x.name for x in into}]
        return Reading(hit, "funding_round", roles("funding_round", into, backers))
    before = body[max(lo, hit.start - 40) : hit.start]
    investors = investors_after(doc, i, hit.end, hi)
    if cues.ROUND_BEFORE.search(before) or cues.LED_BY.match(body, hit.end) or investors:
        # "Lumora closed a $30 million Series A led by Accel": the subject's round;
        # "Accel joined the Series A": investors of a round told before
        joined = joined_before(body, lo, hit.start)
        company = [] if joined else [e for e in subj() if e.type == "organization"]
        company = [e for e in company if not cues.PLURAL_HEAD.match(body, e.end)]
        backers = subj() if joined else []
        investors = [e for e in backers + investors if e not in company]
        parties = roles("funding_round", company, investors)
        return Reading(hit, "funding_round", parties, joined=not company)
    # "une série C de 450 millions d'euros": the round of the company told before
    priced = _SERIES_PRICE.match(body, hit.end)
    if not priced or not any(m.start == priced.end() for m in doc.of_type(i, "money")):
        return None
    return Reading(hit, "funding_round", [], joined=True)


_ROUND_WORDS = re.compile(
    r"(?<![\w-])(?:round|series|seed|funding|financing|investors?|backers?|angels?|tour|"
    r"série|levée|amorçage|investisseurs?|venture|capital-risque|auprès d)(?![\w-])"
)
_PRICED_AFTER = re.compile(r"\s+(?:à|de|d['’])\s*(?:\w+\s+)?\d")
_AUPRES = re.compile(r"(?<![\w-])auprès d")
# "bringing the total amount raised to $12 billion": a total, no round
_RAISED_TO = re.compile(r"\s+(?:to|à)\s+(?:about\s+|some\s+|nearly\s+|more than\s+)?[$€£\d]")


_COUNTED = re.compile(
    r"(?<![\w-])(?:\d+|several|many|multiple|numerous|dozens of|plusieurs|nombreux|"
    r"nombreuses|de nombreux|de nombreuses)\s+(?:[\w-]+\s+)?$"
)


def _round_of(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    """ "la levée de Mistral AI (1,7 milliard d'euros)", "la levée de 5 millions
    d'euros de Quarkslab": the company right after the round noun or its amount."""
    if hit.word not in _ROUND_NOUNS:
        return []
    money = [
        m
        for m in doc.of_type(hit.i, "money")
        if 0 < m.start - hit.end <= 8 or _OF_FUNDS.fullmatch(doc.lowered, hit.end, m.start)
    ]
    of = _ROUND_OWNER.match(doc.lowered, money[0].end if money else hit.end)
    if of is None:
        return []
    # (a description may come first: "de 13 millions de l'acteur belge de la fintech X")
    return [
        e
        for e in doc.ents(hit.i)
        if e.start >= of.end()
        and e.type == "organization"
        and _DESCRIBED_OWNER.fullmatch(doc.body, of.end(), e.start)
    ][:1]


def _its_round(doc: Doc, hit: Hit, lo: int) -> list[Ent]:
    """ "invested $16.2 million in Mistral AI in its latest funding round": "its" is
    the company invested in, named after the investing verb, not the subject."""
    its = _ITS_ROUND.search(doc.lowered, max(lo, hit.start - 40), hit.start)
    if its is None:
        return []
    verb = _INVESTED.search(doc.lowered, lo, its.start())
    if verb is None:
        return []
    named = [
        e
        for e in ents_between(doc, hit.i, verb.end(), its.start())
        if e.name
        and e.type == "organization"
        and _INVESTED_IN.fullmatch(doc.lowered, verb.end(), e.start)
    ]
    return named[:1]


_INVESTED = re.compile(
    r"(?<![\w-])(?:invest|invests|invested|investing|put|puts|poured|pumped|injected)\s"
)
# From the investing verb to the company invested in: "invested about $16.2 million in".
_INVESTED_IN = re.compile(r"[^,;]{0,40}?(?<![\w-])(?:in|into)\s+(?:the\s+)?")
_INVESTS_IN = re.compile(
    r"(?<![\w-])(?:invest|invests|invested|investing|inject\w*|contribut\w*)\s+"
    r"(?:[\w$€£.,'’()-]+\s+){0,6}?in(?:to)?\s+(?:(?:the|its|a|new)\s+)*$"
)
_ITS_ROUND = re.compile(r"(?<![\w-])(?:in|as part of|during)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}$")


def _round_into(doc: Doc, hit: Hit) -> list[Ent]:
    """ "Series B funding of $70 million in jobtech startup Apna", "$42 million Series C
    funding in GoMechanic": the company the round goes into, named after it."""
    lowered = doc.lowered
    for e in doc.ents(hit.i):
        if hit.end < e.start <= hit.end + 100 and _ROUND_INTO.fullmatch(lowered, hit.end, e.start):
            return [e] if e.type == "organization" else []
    return []


# What lies between a round word and the company it goes into: "funding of $70 million
# in jobtech startup".
_ROUND_INTO = re.compile(
    r"(?:\s+(?:funding|financing|round))?(?:\s+of\s+\S+(?:\s+(?:million|billion|crore))?)?"
    r"\s+(?:in|into)\s+(?:the\s+)?(?:(?!(?:a|an|round|deal|which|led|co-led|by|with|its|after|"
    r"before|following|during|since|as|when|while|from|to|for)\s)"
    r"[a-z][\w-]*\s+){0,5}"
)


# "unveils $2 bln funding in", "commits $500 million in funding to": money put in by the
# subject
_PUTS_IN = re.compile(
    r"(?<![\w-])(?:unveils?|unveiled|commits?|committed|pledges?|pledged|earmarks?|earmarked)"
    r"\s+(?:[\w$€£.,-]+\s+){0,4}$"
)
_FUNDING_IN = re.compile(r"\s+(?:in|into|to|for)\s")


_AT_VALUE = re.compile(r"(?<![\w-])(?:at|à)\s")  # "to raise funding at a $40 billion valuation"
_VALUATION_NEXT = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:pre-money\s+|post-money\s+)?(?:valuation|valorisation)"
)


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
        and cues.MONEY_BEFORE.search(body, max(lo, m.start - 50), m.start)
        for m in doc.of_type(hit.i, "money")
    )


def _earlier_sum(doc: Doc, hit: Hit, lo: int) -> int | None:
    """Where "after the $105 million raised", "après les 105 millions € récoltés"
    begins: an amount just before the participle, told as an earlier round."""
    if _BY_NEXT.match(doc.lowered, hit.end):
        return None  # "after the $105 million raised by rival Zentrix": another's round
    for m in doc.of_type(hit.i, "money"):
        if 0 <= hit.start - m.end <= 2:
            cue = _AFTER_THE.search(doc.lowered, max(lo, m.start - 30), m.start)
            if cue is not None:
                return cue.start()
    return None


_BY_NEXT = re.compile(r"\s+(?:by|par)\s")

_AFTER_THE = re.compile(
    r"(?<![\w-])(?:after|following|on top of|après|en plus des?)\s+"
    r"(?:the|its|their|les|ses|leurs)\s+(?:(?:first|initial|premiers)\s+)?$"
)


_PROCEEDS = re.compile(
    r"(?<![\w-])(?:from|through|by)\s+(?:the|its|a|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sale|sales|disposal|divestiture|selling)(?![\w-])"
)
# "attracted substantial investments", "raised fresh funding": a round with no amount
_UNPRICED = re.compile(
    r"\s+(?:(?:substantial|significant|fresh|new|additional|undisclosed|more|some|its|their|"
    r"an?)\s+)*(?:funding|investments?|financing)(?:\s+(?:this|last)\s+(?:week|month))?[,.]"
    # "raised an undisclosed seed round from", "raised an undisclosed amount"
    r"|\s+(?:an?\s+)?undisclosed\s+(?:amount|sum|round|(?:[\w-]+\s+){1,2}round)(?![\w-])"
)
_FUNDED_INCLUDE = re.compile(
    r"(?:garnered|raised|secured|received|attracted|bagged|landed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>funding|investments?)\s+(?:(?:this|last)\s+(?:week|month)\s+)?include[sd]?\s+"
)


def funding(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    i, word, body = hit.i, hit.word, doc.lowered
    if word.startswith("convertible") and not _MONEY_VERB.search(body, lo, hit.start):
        # "secured $230 million via a convertible note", "agreed to contribute €120 million
        # in convertible debt" (not "has $80 million of convertible debt due in 2026")
        return None
    if (
        _COUNTED.search(body, max(lo, hit.start - 24), hit.start)
        and word.endswith(("s", "x"))
        and not _raised_before(doc, hit, lo)  # "avec 9,3 millions levés" counts no rounds
    ):
        return None  # "invested in 12 rounds worth $3 billion in all": a tally, no deal
    if hit.trigger.voice == "round" and cues.NOT_JOINED.search(
        body, max(lo, hit.start - 60), hit.start
    ):
        return None  # "X ne fait pas partie de cette levée": X did not invest in it
    if (
        cues.DEBT.match(body, hit.start)
        and not _BACKERS_NAMED.search(body, hit.end, hi)
        and not _LEVE.search(body, lo, hit.start)
    ):
        # "un financement relais de 5,4 milliards d'euros": a loan (not "a levé 4 millions
        # dans un financement relais mené par Brindle Capital")
        return None
    if hit.trigger.voice == "round":
        led = led_round(doc, hit, lo, hi, subj)
        if led is not None:
            return led
        if (
            _PUTS_IN.search(body, max(lo, hit.start - 40), hit.start)
            and _FUNDING_IN.match(body, hit.end)
            and not _round_into(doc, hit)
        ):
            # "Alibaba unveils $2 bln funding in Turkey e-commerce marketplace": the
            # subject puts the money in, into a company not named here
            return Reading(hit, "funding_round", roles("funding_round", [], subj()), joined=True)
        raiser = _raised_by(doc, hit, hi)
        if raiser:
            return Reading(hit, "funding_round", roles("funding_round", raiser, []))
    investors = investors_after(doc, i, hit.end, hi)
    joined = joined_before(body, lo, hit.start)
    if word in ("l'opération", "the operation") and not joined:
        return None  # "l'opération" is a round only for those who took part in it
    if word == "une opération" and (
        not (investors and _PRICED_AFTER.match(body, hit.end) and _AUPRES.search(body, hit.end, hi))
        or cues.DEBT.search(body, hit.end, hi)
        or "rachat" in body[lo:hi]
    ):
        return None  # "avec une opération à 6 millions d'euros, bouclée auprès de X": a round
    if hit.trigger.voice == "round" and not joined and _INVESTS_IN.search(body, lo, hit.start):
        # "Andreessen Horowitz, which is in talks to invest €200 million in funding": the
        # subject puts money in a round, it raises none
        return Reading(hit, "funding_round", roles("funding_round", [], subj()), joined=True)
    if hit.trigger.voice == "round" and joined:
        # "X and Y also took part in the round": investors of a round told before
        backers = subj()
        if cues.PARTICIPLE.search(body, max(lo, joined.start() - 12), joined.start()):
            # "Marcelo Claure, directeur général de SoftBank, le groupe japonais ayant mené
            # la levée de fonds": the name the participle follows
            before = [e for e in doc.ents(i) if e.end <= joined.start() and e.name]
            backers = before[-1:]
        parties = roles("funding_round", [], backers + investors)
        return Reading(hit, "funding_round", parties, joined=True)
    if hit.trigger.voice == "raise" and (earlier := _earlier_sum(doc, hit, lo)) is not None:
        # "Lumora raised $385 million, after the $105 million raised in a seed round":
        # the main clause's subject raised that one too
        company = [e for e in subject(doc, i, lo, earlier) if e.type == "organization"]
        if not company:
            return None
        return Reading(hit, "funding_round", roles("funding_round", company, investors))
    if hit.trigger.voice == "raise" and _raised_before(doc, hit, lo):
        # "Avec 120 millions d'euros levés, Lumora devient": the subject after the comma
        company = _after_comma(doc, i, hit.end)
        if not company:
            return None
        return Reading(hit, "funding_round", roles("funding_round", company, investors))
    if word in ("ce tour", "le tour", "du tour", "au tour") or (
        word in _ROUND_NOUNS and _TOLD_ROUND.search(body, max(lo, hit.start - 20), hit.start)
    ):
        # "a pu compter sur Bpifrance et Eurazeo pour boucler ce tour"
        cue = cues.BACKERS_BEFORE.search(body, lo, hit.start)
        backers = [e for e in doc.ents(i) if cue and cue.end() <= e.start < hit.start]
        if not backers:
            return None
        parties = roles(
            "funding_round",
            [],
            group_at(doc, doc.ents(i), doc.ents(i).index(backers[0]), hit.start),
        )
        return Reading(hit, "funding_round", parties, joined=True)
    if hit.trigger.voice == "round":
        listed = _FUNDED_INCLUDE.search(body, max(lo, hit.start - 40), hi)
        if listed is not None and listed.start("noun") == hit.start:
            # "Other startups that garnered funding include robotics company Posha, edtech
            # firm Footprints": a round each, its amount not told
            named = [e for e in after(doc, i, listed.end(), hi, None, reach=40) if e.name]
            if named:
                parties = roles("funding_round", named, [])
                return Reading(hit, "funding_round", parties, unpriced=True)
    if hit.trigger.voice == "raise" and _PROCEEDS.search(body, hit.end, hi):
        return None  # "Intel would have raised about $146.7 million from the sale": proceeds
    if hit.trigger.voice in ("raise", "collect"):
        money = [m for m in doc.of_type(i, "money") if hit.end <= m.start <= hit.end + 60]
        if not money and _UNPRICED.match(body, hit.end) and not cues.DEBT.search(body, hit.end, hi):
            # "Celcius Logistics and Blissclub also attracted substantial investments this
            # week": rounds whose amounts are not told
            company = [e for e in subj() if e.type == "organization" and e.name]
            if company and not cues.MANY_RAISED.search(body, max(lo, hit.start - 60), hit.start):
                parties = roles("funding_round", company, investors)
                return Reading(hit, "funding_round", parties, unpriced=True)
        unpriced = MONEY_FROM.match(body, hit.end) if not money else None
        if (
            unpriced is not None
            and hit.trigger.voice == "raise"
            and not cues.DEBT.search(body, hit.end, hi)
            and not NOT_INVESTED.search(body, hit.end, hi)
        ):
            # "Revolut raised money from the US-based investors TCV and TSG": a round
            # whose amount is not told
            backers = after(doc, i, unpriced.end(), hi, None, reach=2)
            backers = [e for e in backers if e.type == "organization"]
            company = subj()
            if backers and company:
                return Reading(hit, "funding_round", roles("funding_round", company, backers))
        if not money or money[0].end > hi:
            return None
        if _VALUATION_NEXT.match(body, money[0].end) and not _AT_VALUE.search(
            body, hit.end, money[0].start
        ):
            return None  # "secured a $54.5bn valuation": a valuation, not a round
        if cues.DEBT.search(body, hit.end, min(hi, money[0].end + 50)):
            return None
        if cues.MANY_RAISED.search(body, max(lo, hit.start - 60), hit.start):
            return None  # "French startups raised $4 billion": many companies, no one round
        if cues.NOT_RAISED.search(body, hit.end, money[0].start):
            return None  # "raised its offer for Lakeshore to $1.9 billion"
        if _RAISED_TO.match(body, hit.end):
            return None  # "bringing the total amount raised to $12 billion": a total
        # "has raised $6 billion in its latest round, bringing the total ...": the total
        # after a comma is another clause's
        comma = body.find(",", money[0].end, money[0].end + 30)
        after_end = comma if comma >= 0 else money[0].end + 30
        if cues.TOTAL_RAISED.search(body, max(lo, hit.start - 30), min(hi, after_end)):
            return None  # "has raised a total of $400 million since its founding"
        if (
            hit.trigger.voice == "collect"
            and not cues.FUNDING_CONTEXT.search(body, lo, hi)
            and not from_investor(doc, i, money[0].end, hi)
        ):
            return None  # "secured a $700 million contract" is no round
    elif word in ("round", "funding", "financing") or word.startswith("round of"):
        before = body[max(lo, hit.start - 40) : hit.start]
        led_by = cues.LED_BY.match(body, hit.end)
        if not (cues.ROUND_BEFORE.search(before) or INVESTORS.match(body, hit.end + 1) or led_by):
            return None
        if _IN_FUNDING.search(before) and cues.TOTAL_RAISED.search(
            body, max(lo, hit.start - 60), min(hi, hit.end + 40)
        ):
            return None  # "had raised $284m in funding prior to the deal": a total, no round
    if hit.trigger.voice == "round" and cues.MANY_ROUNDS.search(body, lo, hit.start):
        return None  # "four companies that have raised more than $100 million in funding"
    if cues.AGGREGATE.search(body, lo, hi):
        return None  # "$158.2 billion in funding went to 9,363 deals": a market's total
    owner = possessor(doc, i, lo, hit.start) or _round_of(doc, hit, hi)
    if (
        word == "augmentation de capital"
        and not owner
        and _CARRIED_OUT.search(body, max(lo, hit.start - 40), hit.start)
        and not _PURCHASE_NEAR.search(body, lo, hi)
        and not _FOR_ANOTHER.search(doc.body, hit.end, hi)
    ):
        # "Pasqal vient d'annoncer une augmentation de capital de 100 millions d'euros"
        owner = [e for e in subj() if e.type == "organization"][:1]
    if word == "augmentation de capital" and not owner:
        return None  # "une augmentation de capital d'environ 350 M€" paying for a purchase
    if owner:
        investors += [e for e in investor_subject(doc, i, hit.start, owner) if e not in investors]
    elif hit.trigger.voice == "round" and (
        owner := _its_round(doc, hit, lo) or _round_into(doc, hit)
    ):
        # "Microsoft invested $16.2 million in Mistral AI in its latest funding round",
        # "Orbital invested $25 million of funding in fintech platform ProgCap": the
        # subject backs the company the round goes into
        names = {e.name for e in owner + investors}
        investors += [e for e in subj() if e.name and e.name not in names]
    investee = [e for e in owner or subj() if not cues.PLURAL_HEAD.match(body, e.end)]
    if hit.trigger.voice in ("raise", "collect") and (
        not investee or any(e.type == "person" for e in investee)
    ):
        # "Sutskever raised $1 billion for his new AI firm — Safe Superintelligence"
        end = doc.sentences[i].end
        company = after(doc, i, hit.end, end, PAY_FOR, reach=40, mark_reach=90)
        company = [e for e in company if e.type == "organization"]
        if company:
            investee = company[:1]
    offering = cues.IPO.search(body, lo, hi) and not cues.BEFORE_IPO.search(body, lo, hi)
    if not offering and hit.trigger.voice == "raise" and not _ROUND_WORDS.search(body, lo, hi):
        # "OVHcloud émettra de nouvelles actions ... La société comptait initialement lever
        # 400 millions d'euros": money raised in an article on a listing is the offering
        before = doc.sentences[max(0, i - 2)].start
        offering = (
            cues.IPO.search(body, before, lo)
            and not cues.BEFORE_IPO.search(body, before, hi)
            # the listing told is this company's, not a rival's debut
            and all(e.coref or (e.name and e.name.lower() in body[before:lo]) for e in investee)
        )
    if hit.trigger.voice in ("raise", "collect") and offering:
        # "listed its shares on the Nasdaq, raising $500 million": an offering
        issuer = [e for e in investee if e.name and not cues.EXCHANGE.search(e.name)]
        return Reading(hit, "other", [(e, "other") for e in issuer[:1]])
    intro = INTRO.match(body, lo)
    if not investee and intro and intro.end() > hit.end and not cues.LED_BY.match(body, hit.end):
        # "Avec un tour de table à 9 millions de dollars, Linkfluence conclut"
        investee = _after_comma(doc, i, hit.end)
    if not investee and hit.trigger.voice == "round":
        name = doc.resolve(i, hit.start, "organization")
        investee = [Ent(hit.start, hit.start, name, "organization", coref=True)] if name else []
    investors += [e for e in opening_backers(doc, i, hit.start) if e not in investee + investors]
    return Reading(hit, "funding_round", roles("funding_round", investee, investors))
