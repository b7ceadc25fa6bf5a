"""Who backs a round, in the round's own sentence (``rounds``): "Sequoia led a $200
million round in X", "led by Accel, with participation from Index", "raised a seed
round of $2 million by Nexus and Omnivore", "with SoftBank and DST Global leading
the round", "Andrew Chen of venture firm Kestrel" (the firm), and whether money
raised came from an investor.
"""

from __future__ import annotations

import re

from newsdb.extract.facts import cues
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.investors import NAMED_AFTER
from newsdb.extract.facts.readings import Lazy, Reading, roles
from newsdb.extract.facts.rules import INVESTORS, Hit, ents_between, marker
from newsdb.extract.facts.sentences import INTRO, Ent
from newsdb.extract.facts.subjects import after, group_at, possessor, subject

_WITH_LEADING = re.compile(
    r"(?<![\w-])(?:with|avec)\s+[^;]{2,120}?(\s+(?:co-?)?lead(?:ing)?\s+(?:the|this|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:round|raise|financing|funding)"
    # "with Accel and Index also participating"
    r"|\s+(?:also\s+)?(?:participating|joining|taking part|chipping in)(?![\w-]))"
)


_BY_NAME = re.compile(r"\s+by\s+(?=[A-Z])")


def investors_after(doc: Doc, i: int, pos: int, hi: int) -> list[Ent]:
    """ "led by Accel, with participation from Index and Balderton": each group
    of investors after the round word."""
    found = after(doc, i, pos, hi, INVESTORS, mark_reach=160, reach=50)
    if not found:
        # "raised a seed round of $2 million by Nexus Venture Partners and Omnivore"
        sums = [m for m in doc.of_type(i, "money") if pos <= m.start and m.end < hi]
        by = [m for m in sums[:1] if _BY_NAME.match(doc.body, m.end)]
        found = [e for e in after(doc, i, by[0].end, hi, None, reach=5) if e.name] if by else []
    # (a clause of its own after the comma: the sentence's end bounds it)
    leading = None if found else _WITH_LEADING.search(doc.lowered, pos, doc.sentences[i].end)
    if leading is not None:
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


MONEY_FROM = re.compile(
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
NOT_INVESTED = re.compile(
    r"(?<![\w-])(?:settlement|sale|sold|selling|order|orders|contract|grant|grants|subsid\w+|"
    r"damages|payment|dividend|refund|accord|vente|commande|contrat|subvention)(?![\w-])"
)


def from_investor(doc: Doc, i: int, pos: int, hi: int) -> bool:
    """ "snagged $53 million from Baird Capital", "got $47 million led by Accel": the
    money comes from an investor, so it is a round."""
    if NOT_INVESTED.search(doc.lowered, doc.sentences[i].start, hi):
        return False
    for e in doc.ents(i):
        if pos <= e.start < hi and e.name and e.type == "organization":
            cue = _FROM_OR_LED.fullmatch(doc.lowered, pos, e.start)
            if cue is None:
                return False
            return "led" in cue.group() or bool(_INVESTOR_NAME.search(e.name.lower()))
    return False


def opening_backers(doc: Doc, i: int, pos: int) -> list[Ent]:
    """ "With help from Goldman Sachs, Facebook raised $1.5 billion": the backers an
    opening phrase names before the company raising."""
    start = doc.sentences[i].start
    intro = INTRO.match(doc.lowered, start)
    if intro is None or intro.end() > pos:
        return []
    cue = cues.BACKERS_BEFORE.search(doc.lowered, start, intro.end())
    return after(doc, i, cue.end(), intro.end(), None, reach=5) if cue else []


def led_round(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """ "Sequoia led a $200 million round in Lumora", "a mené le tour de table de
    Lumora": the subject leads the round, the company is the possessor or comes
    after "in"/"de"."""
    i, body = hit.i, doc.lowered
    led = cues.LED.search(body, max(lo, hit.start - _JOIN_REACH), hit.start)
    if not (led or joined_before(body, lo, hit.start)):
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
    # "led Anthropic's newest round, with participation from A, B and C"
    if _JOINING.search(body, hit.end, doc.sentences[i].end):
        taken = {e.name for e in investee + investors}
        investors += [e for e in investors_after(doc, i, hit.end, hi) if e.name not in taken]
    return Reading(hit, "funding_round", roles("funding_round", investee, investors))


# "a $600m series D round for UK-based surgical robotics developer CMR Surgical"
_FOR_DESCRIBED = re.compile(
    r"\s+(?:for|in|into|de|d['’]|du|dans|pour)\s+(?:(?:the|a|an|la|le|l['’])\s*)?"
    r"(?:(?!(?:in|of|with|to|for|on|at|by|from|and|de|du|des|avec|à|dans|et)\s)[\w’'-]+\s+){1,7}$"
)


# Others joining a round led by the subject: "which drew additional support from", "with
# participation from", "with A and B also participating" (not "drew criticism from")
_JOINING = re.compile(
    r"(?<![\w-])(?:participation|support|backing|investment|investments|funding|money|"
    r"contributions?)\s+from\s|(?<![\w-])(?:alongside|along with|together with)\s"
    r"|\s(?:also\s+)?(?:participating|joining|taking part|chipping in)(?![\w-])"
)
_CO_LEAD = re.compile(r"\s+(?:with|avec)\s+(?:[a-z][\w-]*\s+){0,4}")


def _described_after(doc: Doc, i: int, pos: int, hi: int) -> list[Ent]:
    """The company a round is for, after words describing it."""
    for e in ents_between(doc, i, pos, hi):
        if _FOR_DESCRIBED.fullmatch(doc.lowered, pos, e.start):
            return group_at(doc, doc.ents(i), doc.ents(i).index(e), hi)[:1]
        return []
    return []


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


_ROUND_OF = marker(r"in|into|for|of|de|d['’]|du|dans|pour")


_JOIN_REACH = 64  # "participated in Jane Doe's Lumora $6 billion funding round"


def joined_before(body: str, lo: int, pos: int) -> re.Match | None:
    """ "Accel joined", "a participé à", "contributing $50 million to" right before the
    round word at ``pos``: its subject invests in a round, it does not raise one."""
    return cues.JOINED.search(body, max(lo, pos - _JOIN_REACH), pos)
