"""Orders to pay, appeals and probes that end in a settlement or a fine, as lawsuits:
"ordered to pay $X to Y", "Google will appeal the Commission's decision", "The SEC's
probe into Lumora ended with a $5 million settlement" (fines themselves: ``fines``; an
investigation alone is no lawsuit: ``lawsuits``)."""

from __future__ import annotations

import re

from newsdb.extract.facts.authorities import (
    REGULATOR,
    named_again,
    nearest_regulator,
    only_authority,
)
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.fines import FINE_NOUNS, GIVEN_UP, PAID, owner_before
from newsdb.extract.facts.rules import BY, Hit, ents_between, is_passive, marker
from newsdb.extract.facts.sentences import Ent
from newsdb.extract.facts.subjects import after, possessor

# "A jury ordered Samsung to pay $290 million to Apple", "Intel was told to pay
# VLSI $2.18 billion", "Amazon must pay $25 million": a decision to pay is a
# ruling against the one who pays, in favour of the one paid.
TO_PAY = re.compile(
    r"(?P<object>\s+(?:[^,;:]{1,60}?\s+)??)(?:to|de|d['’]|à)\s*(?:also\s+)?"
    r"(?P<verb>pay|repay|refund|compensate|payer|verser|rembourser|indemniser)(?![\w-])"
)


_A_FINE = re.compile(r"(?<![\w-])(?:fines?|penalty|penalties|amendes?|sanctions?)(?![\w-])")


PAY_WORD = re.compile(r"(?:^|\s+)(?:also\s+)?(?:pay|payer|verser|owes|owe)$")


LEGAL = re.compile(
    r"(?<![\w-])(?:court|jury|judge|verdict|ruling|ruled|trial|lawsuit|suit|damages|fine|"
    r"charges|infring\w*|settle\w*|jurors?|tribunal|cour|juge|jugement|procès|amende|"
    r"dommages)(?![\w-])"
)


def ordered(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    """The one ordered to pay is sued by the one paid ("to pay $290 million to
    Apple", "pay VLSI $2.18 billion"), else by the authority ordering or named
    by "by"; the court is no party (a plaintiff left out is found nearby)."""
    i, body = hit.i, doc.lowered
    start, end = doc.sentences[max(0, i - 1)].start, doc.sentences[i].end
    authority = [e for e in subj if e.name and REGULATOR.search(e.name)]
    if not (authority or LEGAL.search(body, start, end)):
        return None
    if PAY_WORD.search(hit.word):
        pay, obj = hit.end, None
    else:
        order = TO_PAY.match(body, hit.end, hi)
        if order is None:
            return None
        pay, obj = order.end(), order.span("object")
    money = [m for m in doc.of_type(i, "money") if pay <= m.start <= pay + 60 and m.end <= hi]
    if not money or _A_FINE.search(body, pay, min(hi, money[0].end + 20)):
        return None  # "devra verser une amende au Trésor": the fine's words say who fines
    paid = _named_between(doc, i, pay, money[0].start)[:1] or after(
        doc, i, money[0].end, hi, PAID, reach=5, mark_reach=40
    )
    by = after(doc, i, money[0].end, hi, BY, reach=40, mark_reach=60)
    paid = paid or _rights_owner(doc, i, money[0].end, hi)
    named = ents_between(doc, i, *obj) if obj and obj[1] > obj[0] else []
    if named and not (is_passive(doc, hit, hi) or _BE_ORDERED.search(body, lo, hit.start)):
        # "The CNIL ordered Google to pay": the object pays, the subject decides
        return paid or authority or by, named[:1]
    return paid or [e for e in by if e.name and REGULATOR.search(e.name)], subj


_FOR_BREACH = re.compile(
    r"(?<![\w-])(?:for|pour)\s+(?:breach\w*|infring\w*|violat\w*|misappropriat\w*|steal\w*|"
    r"copying|avoir enfreint|avoir violé|contrefaçon)(?![\w-])"
)


_OWNS_RIGHTS = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:patents?|copyrights?|trade secrets?|trademarks?)(?![\w-])"
)


def _rights_owner(doc: Doc, i: int, pos: int, hi: int) -> list[Ent]:
    """ "must pay $32.5 million for breaching one of Sonos Inc's patents": the
    owner of the rights breached is the one paid."""
    breach = _FOR_BREACH.search(doc.lowered, pos, hi)
    if breach is None:
        return []
    return [
        e
        for e in doc.ents(i)
        if breach.end() < e.start < hi
        and e.start - breach.end() <= 60
        and e.name
        and _OWNS_RIGHTS.match(doc.lowered, e.end)
    ][:1]


def _named_between(doc: Doc, i: int, lo: int, hi: int) -> list[Ent]:
    """The names in [lo, hi), those a source word keeps from ``doc.ents`` too
    ("Intel was told to pay VLSI": a party, not a source)."""
    return [
        Ent(m.start, m.end, m.name or m.text, m.type)
        for m in doc.sentences[i].mentions
        if m.type in ("organization", "person") and lo <= m.start and m.end <= hi
    ]


# "Microsoft is appealing the CMA decision", "Meta has appealed the fine imposed
# by the DPC", "Apple a fait appel de la décision de l'Autorité": an appeal of an
# authority's decision is a suit against the authority (the appeal of a court's
# ruling goes on with the suit told before: no new suit).
DECISION = re.compile(
    r"\s+(?:(?:against|of|de|du|d['’]|contre)\s*)?(?P<np>(?:[\w$€£.,'’-]+\s+|[ld]['’]){0,7}?)"
    r"(?P<noun>decision|ruling|fine|penalty|order|sanction|décision|amende|verdict|condamnation)"
    r"s?(?![\w-])"
)


_OF_AUTHORITY = marker(r"by|of|par|de|du|d['’]|de la part de")


def appeal(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    i = hit.i
    found = DECISION.match(doc.lowered, hit.end, hi)
    if found is None or GIVEN_UP.search(doc.lowered, max(lo, hit.start - 30), hit.start):
        return None  # "Google avait renoncé à faire appel"
    intended = _INTENDED.search(doc.lowered, max(lo, hit.start - 30), hit.start)
    if intended and "later" not in intended.group():
        return None  # "Google vowed to appeal the decision": no appeal lodged yet
    named = ents_between(doc, i, found.start("np"), found.start("noun")) + after(
        doc, i, found.end(), hi, _OF_AUTHORITY, reach=30, mark_reach=40
    )
    authority = [e for e in named if e.name and REGULATOR.search(e.name)][:1]
    if not authority and found.group("noun") in FINE_NOUNS:
        # "Google appealed the fine": the authority of the fine told nearby, else the one
        # the article names
        fined = {e.name for e in subj}
        authority = nearest_regulator(doc, i, fined) or only_authority(doc, fined)
    appellant = (
        possessor(doc, i, lo, hit.start) or after(doc, i, hit.end, hi, BY, reach=3, mark_reach=5)
        if hit.word in ("appeal", "appeals")
        else []
    ) or subj
    appellant = [e for e in appellant if e.name and not REGULATOR.search(e.name)]
    return (appellant, authority) if authority and appellant else None


# "The Commission closed an investigation into Apple's handling of browser
# settings", "the FTC is investigating Meta", "une enquête visant Google": an
# authority's case against a company's conduct (not a review of a deal: "an
# investigation into the deal", "into Microsoft's acquisition of Activision").
_INTO = marker(r"into|of|on|against|sur|visant|contre|concernant|à l['’]encontre de")


_DEAL_OWNED = re.compile(
    r"(?:['’]s?)?[\s-]+(?:[\w-]+\s+){0,2}?(?:deal|acquisition|takeover|merger|purchase|bid|buyout|"
    r"offer|transaction)(?![\w-])"
)


def probe(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    i, body = hit.i, doc.lowered
    if is_passive(doc, hit, hi):
        target, authority = subj, after(doc, i, hit.end, hi, BY, reach=40, mark_reach=60)
    else:
        verb = hit.word.endswith(("ing", "ed", "es"))
        target = after(doc, i, hit.end, hi, None if verb else _INTO, reach=6, mark_reach=12)
        authority = (
            subj
            if verb
            else possessor(doc, i, lo, hit.start)
            or owner_before(doc, i, lo, hit.start)
            or subj
            or after(doc, i, hit.end, hi, BY, reach=40, mark_reach=60)
        )
    target = [e for e in target[:1] if e.name and not REGULATOR.search(e.name)]
    if not target or _DEAL_OWNED.match(body, target[0].end):
        return None  # an authority probed by another; a deal's review
    authority = [e for e in authority if e.name and REGULATOR.search(e.name)]
    return authority or named_again(doc, i, {target[0].name}), target


_BE_ORDERED = re.compile(r"(?<![\w-])(?:was|were|been|is|are|being|a été|ont été|est|sont)\s+$")


# "vowed to appeal", "will appeal", "plans to challenge", "va faire appel": an appeal
# announced, not lodged.
_INTENDED = re.compile(
    r"(?:(?<![\w-])(?:vow\w*|plans?|planned|planning|intends?|intended|intending|expected|"
    r"set|threaten\w*|prepar\w*|option|likely|going)\s+to|(?<![\w-])(?:will|would|could|may|"
    r"might|shall|va|vont|compte|comptent|entend|entendent|envisage\w*\s+de)|['’]ll)"
    r"\s+(?:[\w'’]+\s+){0,1}$"
)
