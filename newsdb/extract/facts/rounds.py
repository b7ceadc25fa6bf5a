"""Funding rounds: who raised, from whom, in which round ("raised $200 million
in a Series B led by Accel", "a mené la levée de fonds"). The entry is
``purchases.read``; investments and stakes outside a round are in ``stakes.py``.
"""

from __future__ import annotations

import re

from newsdb.extract.facts import cues
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.investors import NAMED_AFTER
from newsdb.extract.facts.readings import PAY_FOR, Lazy, Reading, roles
from newsdb.extract.facts.rules import INVESTORS, Hit, ents_between, marker
from newsdb.extract.facts.sentences import INTRO, Ent
from newsdb.extract.facts.subjects import after, group_at, possessor, subject

_SERIES_PRICE = re.compile(r"\s+(?:de|of|d['’]|worth|à)\s+(?:about\s+|environ\s+)?")
_ROUND_OF = marker(r"in|into|for|of|de|d['’]|du|dans|pour")
_BACKERS_NAMED = re.compile(r"(?<![\w-])(?:auprès d|mené par|menée par|led by|from investors)")
_LEVE = re.compile(r"(?<![\w-])(?:lev[ée]\w*|lève\w*|raised|raises)(?![\w-])")
_ROUND_NOUNS = {"levée", "levée de fonds", "tour de table", "tour de financement", "round"}
_ROUND_NOUNS |= {"funding round", "financing round", "augmentation de capital"}
_OF_FUNDS = re.compile(r"\s+(?:de|d['’])\s*(?:capitaux|fonds|financement)\s+(?:de|d['’])\s*")
_DESCRIBED_OWNER = re.compile(r"(?:[a-zà-ÿ][\w'’-]*\s+){0,6}")
_ROUND_OWNER = re.compile(r"\s+(?:de|d['’]|du|of)\s*(?:la\s+|l['’]|the\s+)?")
# "pour boucler ce nouveau tour de table": the round told before
_TOLD_ROUND = re.compile(
    r"(?<![\w-])(?:ce|cet|cette)\s+(?:nouveau|nouvel|nouvelle|premier|première|dernier|"
    r"dernière)?\s*$"
)
_JOIN_REACH = 64  # "participated in Jane Doe's Lumora $6 billion funding round"


def _joined(body: str, lo: int, pos: int) -> re.Match | None:
    """ "Accel joined", "a participé à", "contributing $50 million to" right before the
    round word at ``pos``: its subject invests in a round, it does not raise one."""
    return cues.JOINED.search(body, max(lo, pos - _JOIN_REACH), pos)


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
    investors = _investors(doc, i, hit.end, hi)
    if cues.ROUND_BEFORE.search(before) or cues.LED_BY.match(body, hit.end) or investors:
        # "Lumora closed a $30 million Series A led by Accel": the subject's round;
        # "Accel joined the Series A": investors of a round told before
        joined = _joined(body, lo, hit.start)
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


def led_round(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """ "Sequoia led a $200 million round in Lumora", "a mené le tour de table de
    Lumora": the subject leads the round, the company is the possessor or comes
    after "in"/"de"."""
    i, body = hit.i, doc.lowered
    led = cues.LED.search(body, max(lo, hit.start - _JOIN_REACH), hit.start)
    if not (led or _joined(body, lo, hit.start)):
        return None  # "Sequoia participated in a $400 million Series C for Opay" too
    investee = (
        possessor(doc, i, lo, hit.start)
        or after(doc, i, hit.end, hi, _ROUND_OF, reach=30, mark_reach=30)
        or _named_before(doc, i, lo, hit.start)
        or _described_after(doc, i, hit.end, hi)
    )
    investee = [e for e in investee if e.type == "organization"]
    investors = [e for e in subj() if e not in investee]
    if not (investee and investors):
        return None
    # "co-led a $600m round for CMR Surgical with investment group Ally Bridge"
    for e in ents_between(doc, i, investee[-1].end, hi):
        if _CO_LEAD.fullmatch(body, investee[-1].end, e.start):
            investors += group_at(doc, doc.ents(i), doc.ents(i).index(e), hi)
        break
    return Reading(hit, "funding_round", roles("funding_round", investee, investors))


# "a $600m series D round for UK-based surgical robotics developer CMR Surgical"
_FOR_DESCRIBED = re.compile(
    r"\s+(?:for|in|into|de|d['’]|du|dans|pour)\s+(?:(?:the|a|an|la|le|l['’])\s*)?"
    r"(?:(?!(?:in|of|with|to|for|on|at|by|from|and|de|du|des|avec|à|dans|et)\s)[\w’'-]+\s+){1,7}$"
)


_CO_LEAD = re.compile(r"\s+(?:with|avec)\s+(?:[a-z][\w-]*\s+){0,4}")


def _described_after(doc: Doc, i: int, pos: int, hi: int) -> list[Ent]:
    """The company a round is for, after words describing it."""
    for e in ents_between(doc, i, pos, hi):
        if _FOR_DESCRIBED.fullmatch(doc.lowered, pos, e.start):
            return group_at(doc, doc.ents(i), doc.ents(i).index(e), hi)[:1]
        return []
    return []


_COUNTED = re.compile(
    r"(?<![\w-])(?:\d+|several|many|multiple|numerous|dozens of|plusieurs|nombreux|"
    r"nombreuses|de nombreux|de nombreuses)\s+(?:[\w-]+\s+)?$"
)
# "participated in Elon Musk's xAI $6 billion funding round": the company naming the round
_NAMES_ROUND = re.compile(
    r"(?:['’]s)?\s+(?:(?:us)?[$€£][\d.,]+\s*(?:billion|million|bn|m)?\s+)?"
    r"(?:series\s+\w+\s+|seed\s+|funding\s+|financing\s+)?"
)


def _named_before(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    ents = ents_between(doc, i, lo, pos)
    if ents and _NAMES_ROUND.fullmatch(doc.lowered, ents[-1].end, pos):
        return ents[-1:]
    return []


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
    r"\s+(?:in|into)\s+(?:the\s+)?(?:(?!(?:a|an|round|deal|which|led|co-led|by|with|its)\s)"
    r"[a-z][\w-]*\s+){0,5}"
)


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


_WITH_LEADING = re.compile(
    r"(?<![\w-])(?:with|avec)\s+[^;]{2,120}?(\s+(?:co-?)?lead(?:ing)?\s+(?:the|this|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:round|raise|financing|funding))"
)
_BY_NAME = re.compile(r"\s+by\s+(?=[A-Z])")


def _investors(doc: Doc, i: int, pos: int, hi: int) -> list[Ent]:
    """ "led by Accel, with participation from Index and Balderton": each group
    of investors after the round word."""
    found = after(doc, i, pos, hi, INVESTORS, mark_reach=160, reach=50)
    if not found:
        # "raised a seed round of $2 million by Nexus Venture Partners and Omnivore"
        sums = [m for m in doc.of_type(i, "money") if pos <= m.start and m.end < hi]
        by = [m for m in sums[:1] if _BY_NAME.match(doc.body, m.end)]
        found = [e for e in after(doc, i, by[0].end, hi, None, reach=5) if e.name] if by else []
    # (a clause of its own after the comma: the sentence's end bounds it)
    leading = _WITH_LEADING.search(doc.lowered, pos, doc.sentences[i].end)
    if not found and leading is not None:
        # "raised $100 million, with SoftBank and DST Global leading the round"
        opens = max(doc.lowered.rfind(w, pos, leading.start(1)) for w in (" with ", " avec "))
        found = [e for e in ents_between(doc, i, opens, leading.start(1)) if e.name]
    more = found
    while more:
        more = after(doc, i, more[-1].end, hi, INVESTORS, mark_reach=70, reach=50)
        found += [e for e in more if e not in found]
    listed = NAMED_AFTER.search(doc.lowered, doc.sentences[i].start, hi)
    if listed is not None:
        # "Other investors in the round included DST Global, Tiger Global and Elad Gil"
        later = [e for e in doc.ents(i) if listed.end() <= e.start < hi]
        if later:
            group = group_at(doc, doc.ents(i), doc.ents(i).index(later[0]), hi)
            found += [e for e in group if e not in found]
    return [_firm_of(doc, i, e, hi) for e in found]


def _firm_of(doc: Doc, i: int, e: Ent, hi: int) -> Ent:
    """ "led by Andrew Chen of venture capital firm Kestrel": the firm invests."""
    if e.type != "person":
        return e
    of = _OF_FIRM.match(doc.lowered, e.end)
    firm = [
        o
        for o in doc.ents(i)
        if of
        and of.end() <= o.start
        and o.end <= hi
        and _FIRM_GAP.fullmatch(doc.lowered, of.end(), o.start)
    ][:1]
    return firm[0] if firm and firm[0].type == "organization" else e


# "Andrew Chen of venture capital firm Kestrel", "Sarah Guo, a partner at Conviction"
_OF_FIRM = re.compile(
    r"(?:\s+(?:of|at|from|de|chez)|,\s+(?:a\s+|an\s+)?(?:general\s+|managing\s+)?partner\s+at)"
    r"\s+"
)
_FIRM_GAP = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}")


def investor_subject(doc: Doc, i: int, pos: int, investee: list[Ent]) -> list[Ent]:
    """ "Accel was one of the key investors in Lumora's $100 million round,
    Brightwave's Series E and ...": the sentence's subject invests in each."""
    start = doc.sentences[i].start
    found = cues.INVESTORS_IN.search(doc.lowered, start, pos)
    if found is None:
        return []
    return [e for e in subject(doc, i, start, found.start()) if e not in investee and e.name]


def funding(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    i, word, body = hit.i, hit.word, doc.lowered
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
        raiser = _raised_by(doc, hit, hi)
        if raiser:
            return Reading(hit, "funding_round", roles("funding_round", raiser, []))
    investors = _investors(doc, i, hit.end, hi)
    joined = _joined(body, lo, hit.start)
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
    if hit.trigger.voice in ("raise", "collect"):
        money = [m for m in doc.of_type(i, "money") if hit.end <= m.start <= hit.end + 60]
        unpriced = _MONEY_FROM.match(body, hit.end) if not money else None
        if (
            unpriced is not None
            and hit.trigger.voice == "raise"
            and not cues.DEBT.search(body, hit.end, hi)
            and not _NOT_INVESTED.search(body, hit.end, hi)
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
            and not _from_investor(doc, i, money[0].end, hi)
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
    investors += [e for e in _opening_backers(doc, i, hit.start) if e not in investee + investors]
    return Reading(hit, "funding_round", roles("funding_round", investee, investors))


_MONEY_FROM = re.compile(
    r"\s+(?:(?:fresh|new|more)\s+)?(?:money|funds|funding|capital|cash)\s+from\s+"
    r"(?:(?:the|its|new|existing|[\w-]+-based)\s+)*(?:investors?\s+|backers?\s+)?"
)
# An investor's name: "Baird Capital", "WestBridge Capital", "Accel Partners".
_INVESTOR_NAME = re.compile(
    r"(?:capital|ventures|venture partners|partners|vc|fund|investments|growth|equity|"
    r"management|capital partners)$"
)
# Right after the amount (no "credit facility", "order", "in cash" between).
_FROM_OR_LED = re.compile(
    r"\s+(?:in\s+(?:new\s+)?(?:funding|financing|equity|investment)\s+)?"
    r"(?:from|led by|co-led by|auprès d['’]e?|de la part d['’]e?)\s+"
)
# Money that is no investment: a settlement, a sale, an order, a grant.
_NOT_INVESTED = re.compile(
    r"(?<![\w-])(?:settlement|sale|sold|selling|order|orders|contract|grant|grants|subsid\w+|"
    r"damages|payment|dividend|refund|accord|vente|commande|contrat|subvention)(?![\w-])"
)


def _from_investor(doc: Doc, i: int, pos: int, hi: int) -> bool:
    """ "snagged $53 million from Baird Capital", "got $47 million led by Accel": the
    money comes from an investor, so it is a round."""
    if _NOT_INVESTED.search(doc.lowered, doc.sentences[i].start, hi):
        return False
    for e in doc.ents(i):
        if pos <= e.start < hi and e.name and e.type == "organization":
            cue = _FROM_OR_LED.fullmatch(doc.lowered, pos, e.start)
            if cue is None:
                return False
            return "led" in cue.group() or bool(_INVESTOR_NAME.search(e.name.lower()))
    return False


def _opening_backers(doc: Doc, i: int, pos: int) -> list[Ent]:
    """ "With help from Goldman Sachs, Facebook raised $1.5 billion": the backers an
    opening phrase names before the company raising."""
    start = doc.sentences[i].start
    intro = INTRO.match(doc.lowered, start)
    if intro is None or intro.end() > pos:
        return []
    cue = cues.BACKERS_BEFORE.search(doc.lowered, start, intro.end())
    return after(doc, i, cue.end(), intro.end(), None, reach=5) if cue else []
