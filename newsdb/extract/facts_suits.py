"""Lawsuits from trigger words (see ``facts.py``): who sues whom, and how far
the suit has gone (threatened, filed, countersuit, settled, dismissed...)."""

from __future__ import annotations

import re

from newsdb.extract import facts_lexicon as lex
from newsdb.extract.facts_coref import Doc
from newsdb.extract.facts_rules import (
    AGAINST,
    BY,
    Draft,
    Hit,
    after,
    date,
    is_passive,
    marker,
    possessor,
    subject,
)
from newsdb.extract.facts_text import Ent

_BROUGHT_BY = marker(r"brought by|filed by|lodged by|initiated by|by|with|avec|par|de la part de")
_SUIT_TOPIC = re.compile(
    r"claims?|lawsuits?|suits?|case|complaint|dispute|charges|allegations|class action|"
    r"legal action|litige|plainte|procès|poursuites|contentieux|action en justice",
)
_BY_AFTER = re.compile(
    r"\s+(?:(?:filed|brought|lodged|initiated|launched|déposée?|intentée?|engagée?)\s+)?"
    r"(?:\w+\s+){0,2}?(?:by|par|from|de|du|d['’])(?:\s|(?<=['’]))",
)
_THAT_BROUGHT = re.compile(r"\s+(?:that|which|que|qu['’])\s*")
_FROM_PLAINTIFF = marker(r"by|par|from|de la part de|de|du|d['’]")
_TARGETED = re.compile(
    r"(?:faces?|facing|faced|fighting|fights|fought|hit with|target of|subject of|"
    r"visée?s? par|fait l['’]objet d['’]|fait face à|confrontée? à|sous le coup d['’])"
    r"\s+(?:[\w-]+\s+){0,3}$",
)
_CLITIC = re.compile(r"(?<!\w)(?:l['’]|le |la |les )(?:a |ont |avait |avaient )?$")
_IN_COURT = re.compile(r"en justice|devant|tribunal|court")
_INCISE = re.compile(r"[,»\"”]\s*$")
_NEEDS_AGAINST = {"case", "complaint", "suit", "suits", "recours", "plainte", "plaintes", "procès"}


def lawsuits(doc: Doc, i: int, hits: list[Hit]) -> list[Draft]:
    out = []
    for hit in hits:
        if hit.trigger.type != "lawsuit":
            continue
        lo, hi = doc.clause(i, hit.start)
        sides = _sides(doc, hit, lo, hi)
        if sides is None:
            continue
        plaintiffs, defendants = sides
        defendants = [e for e in defendants if e.name not in {p.name for p in plaintiffs}]
        if not any(e.name for e in plaintiffs + defendants):
            continue
        status = _status(doc, hit, lo)
        counter = status == "countersuit" or hit.trigger.kind == "countersuit"
        p_role, d_role = (
            ("counter_plaintiff", "counter_defendant")
            if counter
            else (
                "plaintiff",
                "defendant",
            )
        )
        parties = [(e, p_role) for e in plaintiffs] + [(e, d_role) for e in defendants]
        draft = Draft(
            "lawsuit",
            i,
            status=status,
            parties=parties,
            date=date(doc, i, hit.start, lo, hi),
            anchor=hit.start,
        )
        if out and _one_suit(out[-1], draft):
            out[-1] = _join(out[-1], draft)
        else:
            out.append(draft)
    return out


def _names(draft: Draft, plaintiff: bool) -> set[str]:
    wanted = ("plaintiff", "counter_plaintiff") if plaintiff else ("defendant", "counter_defendant")
    return {e.name for e, role in draft.parties if role in wanted and e.name}


def _one_suit(a: Draft, b: Draft) -> bool:
    """Two trigger words of a sentence telling one suit ("Vexa a contre-attaqué :
    la société a déposé une plainte contre Médiapresse")."""
    for plaintiff in (True, False):
        x, y = _names(a, plaintiff), _names(b, plaintiff)
        if x and y and not x & y:
            return False
    return bool(_names(a, True) & _names(b, True) or _names(a, False) & _names(b, False))


def _join(a: Draft, b: Draft) -> Draft:
    statuses = {a.status, b.status}
    status = (
        "countersuit" if "countersuit" in statuses and "threatened" not in statuses else a.status
    )
    counter = status == "countersuit"
    parties = []
    seen = set()
    for ent, role in a.parties + b.parties:
        plaintiff = role in ("plaintiff", "counter_plaintiff")
        role = ("counter_" if counter else "") + ("plaintiff" if plaintiff else "defendant")
        if ent.name not in seen:
            seen.add(ent.name)
            parties.append((ent, role))
    a.status, a.parties, a.date = status, parties, a.date or b.date
    return a


def _sides(doc: Doc, hit: Hit, lo: int, hi: int) -> tuple[list[Ent], list[Ent]] | None:
    i, word, body, voice = hit.i, hit.word, doc.lowered, hit.trigger.voice
    subj = subject(doc, i, lo, hit.start)
    if voice == "sue":
        if word.startswith("attaqu") and not _IN_COURT.search(body, hit.end, hi):
            return None
        if word.startswith("poursui"):
            if _INCISE.search(body, max(lo, hit.start - 4), hit.start):
                return None  # "», poursuit Sophie Marchand": a speech verb
            if not after(doc, i, hit.end, hi, None, reach=25):
                return None
        if is_passive(doc, hit, hi):
            return after(doc, i, hit.end, hi, BY, reach=40), subj
        defendants = after(doc, i, hit.end, hi, AGAINST, reach=40) or after(
            doc, i, hit.end, hi, None, reach=40
        )
        if not defendants and _CLITIC.search(body, max(lo, hit.start - 12), hit.start):
            # "Kalthaus, qui l'a assigné": the one the sentence is about
            topic = doc.subject(i)
            if topic is not None and topic.name not in {e.name for e in subj}:
                defendants = [topic]
        return subj, defendants
    if voice == "suit":
        against = AGAINST.search(body, hit.end, min(hi, hit.end + 100))
        by = _BY_AFTER.match(body, hit.end)
        that = _THAT_BROUGHT.match(body, hit.end)
        targeted = _TARGETED.search(body, max(lo, hit.start - 40), hit.start)
        if word in _NEEDS_AGAINST and against is None and not targeted:
            return None
        if against is None and by is None and not targeted:
            return None
        if targeted:
            # "Pinebrook is fighting a lawsuit filed by Aurelia", "X est visée par une plainte de Y"
            return after(doc, i, hit.end, hi, _FROM_PLAINTIFF, reach=40, mark_reach=40), subj
        if by is not None:
            plaintiffs = after(doc, i, hit.end, hi, _FROM_PLAINTIFF, reach=40, mark_reach=40)
        elif that is not None:
            plaintiffs = after(doc, i, that.end(), hi, None, reach=20)
        else:
            plaintiffs = possessor(doc, i, lo, hit.start) or subj
        defendants = after(doc, i, against.end(), hi, None, reach=40) if against else []
        return plaintiffs, defendants
    if voice == "settle":
        if not _SUIT_TOPIC.search(body, lo, hi):
            return None
        return after(doc, i, hit.end, hi, _BROUGHT_BY, reach=40, mark_reach=60), subj
    return None


def _status(doc: Doc, hit: Hit, lo: int) -> str:
    window = doc.lowered[max(lo, hit.start - 80) : hit.start]
    following = doc.lowered[hit.end : hit.end + 40]
    if lex.THREAT.search(window):
        return "threatened"
    if lex.DISMISSED.search(window) or lex.DISMISSED.match(following.lstrip(" ,")):
        return "dismissed"
    if lex.RULED.search(window):
        return "ruled"
    if lex.SUIT_DROPPED.search(window):
        return "withdrawn"
    if hit.trigger.voice == "settle" or re.search(r"settle", window):
        return "settled"
    return hit.trigger.kind
