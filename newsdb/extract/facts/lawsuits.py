"""Lawsuits from trigger words (see ``facts.py``): a suit per word, its sum, and how
far it has gone (threatened, filed, countersuit, settled, dismissed...).

Who sues whom is read by ``suit_sides.py`` (with ``suit_phrases.py``, and ``fines.py``
for regulators' fines, orders to pay, appeals and probes); suits told in pieces across
sentences are joined by ``suit_pieces.py``."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newsdb.extract.facts import cues
from newsdb.extract.facts.authorities import nearest_regulator, side_names
from newsdb.extract.facts.coref import Doc, public_body
from newsdb.extract.facts.rules import Draft, Hit, date, ents_between
from newsdb.extract.facts.sentences import Ent
from newsdb.extract.facts.subjects import employer
from newsdb.extract.facts.suit_sides import DISTINCT, suit_sides
from newsdb.extract.mentions.mention import Mention
from newsdb.vocab import PLAINTIFF_ROLES

_NEGATED = re.compile(
    # not "jamais" nor "plus": "la plus lourde amende jamais infligée"
    r"(?<![\w-])(?:not|never|n['’]t|no longer|pas)\s+(?:(?:yet|ever|encore|été|been)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)

_ESCAPED = re.compile(
    r"(?<![\w-])(?:n['’]\s*(?:é|e)chapp\w*|n['’]\s*évit\w*|escape|avoid|evade)(?![\w-])"
)
_REFERRED_BY = re.compile(r"\s+(?:\w+\s+)?par\s")

_SEIZED_AGAINST = re.compile(r"\s+(?:l['’]|la\s+|le\s+)[^.;:]{0,60}?(?<![\w-])contre\s")


def lawsuits(doc: Doc, i: int, hits: list[Hit]) -> list[Draft]:
    out = _case_names(doc, i) if any(h.trigger.type == "lawsuit" for h in hits) else []
    for hit in hits:
        if hit.trigger.type != "lawsuit":
            continue
        concluded = _CONCLUDED.search(doc.lowered, *doc.clause(i, hit.start))
        if hit.trigger.voice == "probe" and not concluded:
            # "the FTC is investigating Meta": an investigation is no case yet (its words
            # are kept so that they read no deal); one that ended in a settlement or a
            # fine is ("The SEC's probe into Lumora ended with a $5 million settlement")
            continue
        lo, hi = doc.clause(i, hit.start)
        negated = _NEGATED.search(doc.lowered, max(lo, hit.start - 40), hit.start)
        if negated and not _ESCAPED.search(doc.lowered, max(lo, negated.start() - 20), hit.start):
            # "has not sued", "n'a pas porté plainte" (not "Amazon n'échappera pas à
            # l'amende", "could not escape the fine": fined all the same)
            continue
        if (
            hit.word in ("saisi", "saisie")
            and not _REFERRED_BY.match(doc.lowered, hit.end)
            and not (hit.word == "saisi" and _SEIZED_AGAINST.match(doc.lowered, hit.end))
        ):
            # "l'Autorité, saisie par trois groupes de presse"; "qui avaient saisi
            # l'autorité française en octobre 2020 contre Apple"; not "une saisie"
            continue
        sides = suit_sides(doc, hit, lo, hi)
        if (sides is None or not sides[1]) and hit.trigger.voice == "fine" and out:
            # "Uber was slapped with two fines: a €10 million fine ..., plus a €290 million
            # fine for": another sum the same sides
            again = _another_fine(doc, hit, lo, hi, out[-1])
            if again is not None:
                out.append(again)
                continue
        if sides is None:
            continue
        plaintiffs, defendants = sides
        if plaintiffs:
            # "FTC Chairman Joe Simons" is on the side of the FTC, never sued by it
            sides_of = {e.name for e in plaintiffs}
            defendants = [
                e
                for e in defendants
                if e.type != "person" or getattr(employer(doc, i, e), "name", None) not in sides_of
            ]
        if (
            hit.trigger.voice == "fine"
            and plaintiffs
            and defendants
            and all(e.name and public_body(e.name) for e in plaintiffs + defendants)
        ):
            continue  # a restated fine "by the EU" whose subject is the regulator: no suit
        if hit.trigger.voice == "fine" and plaintiffs:
            plaintiffs = _deciding(doc, i, plaintiffs, defendants)
        distinct = bool(DISTINCT.search(doc.lowered, max(lo, hit.start - 40), hit.start))
        named = list({e.name: e for e in plaintiffs if e.name}.values())
        if not defendants and len(named) == 2 and _MUTUAL.match(doc.lowered, hit.end):
            # "the companies have sued one another": each sued the other
            for a, b in (named, named[::-1]):
                out.append(
                    Draft(
                        "lawsuit",
                        i,
                        status=_status(doc, hit, lo),
                        parties=[(a, "plaintiff"), (b, "defendant")],
                        anchor=hit.start,
                    )
                )
            continue
        defendants = [e for e in defendants if e.name not in {p.name for p in plaintiffs}]
        if not any(e.name for e in plaintiffs + defendants) and (not distinct or _plural(hit.word)):
            continue  # "the 40 other lawsuits filed against AI companies": others' suits
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
            amount=(
                _sum(doc, hit, lo, hi, shared=len(defendants) > 1)
                if hit.trigger.voice in _PRICED_VOICES
                else None
            ),
            date=_suit_date(doc, hit, hits, lo, hi),
            anchor=hit.start,
            distinct=distinct,
        )
        if (
            hit.trigger.voice == "settle"
            and len(plaintiffs) == 1
            and len(defendants) == 1
            and _DISPUTES.match(doc.lowered, hit.end)
        ):
            # "Apple, Qualcomm settle all legal disputes": suits both ways
            reverse = [(defendants[0], p_role), (plaintiffs[0], d_role)]
            out.append(replace(draft, parties=reverse))
        if distinct:
            if not (out and out[-1].distinct and out[-1].i == i):
                out.append(draft)  # "a separate Getty case against Stability": a new suit
            continue
        if out and not out[-1].distinct and _one_suit(out[-1], draft):
            out[-1] = _join(out[-1], draft)
        else:
            out.append(draft)
    priced = [d for d in out if d.amount is not None]
    # (one fine of one company only: not "fines of €4 million and €1 million on Lumora and
    # its subsidiary Zentrix", each company with its own)
    return out + (_fines_listed(doc, priced[0]) if len(priced) == 1 else [])


# "fines of €600,000 (£508,000) in 2018 and €10m (£8.5m) last year": one per sum
_FINES_OF = re.compile(r"(?<![\w-])(?:fines|penalties|amendes|sanctions)\s+(?:of|de|d['’])\s*$")
_NO_FINE = re.compile(
    r"\s+(?:in\s+|of\s+|en\s+|de\s+|d['’])?(?:restitution|damages|disgorgement|compensation|"
    r"refunds?|dommages|indemnit\w*|remboursement)|\s+(?:a|per|par)\s+(?:day|jour)"
)
_AND_NEXT_SUM = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:in|en)\s+[^,;()]{1,25}?|\s+[a-z]+\s+(?:year|month|week))?"
    r",?\s+(?:and|et)\s+"
)


def _fines_listed(doc: Doc, fine: Draft) -> list[Draft]:
    if fine.amount is None or not _FINES_OF.search(
        doc.lowered, max(0, fine.amount.start - 20), fine.amount.start
    ):
        return []
    sentence = doc.sentences[fine.i]
    if "respectiv" in doc.lowered[sentence.start : sentence.end]:
        return []  # "Amazon, Google et Facebook ... respectivement de sanctions de A et B"
    if len([e for e, role in fine.parties if role not in PLAINTIFF_ROLES]) > 1:
        return []  # "fines of €4 million and €1 million on Lumora and its subsidiary Zentrix"
    out, last = [], fine.amount
    for money in doc.of_type(fine.i, "money"):
        if money.start <= last.end or doc.lowered[last.end : money.start].strip() == "(":
            continue  # (the same sum converted: "€600,000 (£508,000)")
        if not _AND_NEXT_SUM.fullmatch(doc.lowered, last.end, money.start) or _NO_FINE.match(
            doc.lowered, money.end
        ):
            break  # (not "fines of $5 million and $3 million in restitution")
        when = [m for m in doc.of_type(fine.i, "date") if 0 <= m.start - money.end <= 16]
        out.append(replace(fine, amount=money, date=when[0] if when else None, distinct=True))
        last = money
    return out


_CONCLUDED = re.compile(
    r"(?<![\w-])(?:settlement|settled|settles|fine|fined|fines|penalty|penalties|amende|"
    r"sanction\w*|règlement|transaction|condamn\w*)(?![\w-])"
)


def _another_fine(doc: Doc, hit: Hit, lo: int, hi: int, last: Draft) -> Draft | None:
    """A second fine of the sentence with its own sum and no sides of its own: the
    sides of the fine told just before, when that one had another sum."""
    if last.i != hit.i or last.amount is None:
        return None
    told = {e.name for e, _ in last.parties}
    if any(e.name not in told for e in ents_between(doc, hit.i, last.anchor, hit.start)):
        return None  # "Apple has been fined €500 million, while Meta ... faces a €200 million fine"
    money = _sum(doc, hit, lo, hi)
    if money is None or money.amount == last.amount.amount:
        return None
    if not _ANOTHER.search(doc.lowered, last.amount.end, money.start):
        return None  # "half the €20 million fine sought", "could rise to a €50 million fine"
    if ents_between(doc, hit.i, hit.end, min(hi, hit.end + 40)):
        return None  # "far below the €290 million fine Kestrel paid in 2020"
    return replace(last, amount=money, anchor=hit.start, date=None)


# A second fine told as such: "two fines: a €10 million fine ..., plus a €290 million fine"
_ANOTHER = re.compile(
    r"(?<![\w-])(?:plus|and a|and an|as well as|in addition to|along with|another|second|"
    r"et une|ainsi qu['’]une|ainsi que|plus une)(?![\w-])"
)


# A fine or an award is one decision: two of them with different sums are two
# suits ("fined €1.8 billion last year", "a €500 million fine" this week).
_PRICED_VOICES = {"fine", "verdict", "order"}

# "a €797 million fine", "a €345 million ($369 million) fine": a conversion aside
_SUM_GAP = re.compile(r"\s*(?:\([^()]{1,30}\)\s+)?(?:[\w-]+\s+){0,2}")


def _sum(doc: Doc, hit: Hit, lo: int, hi: int, shared: bool = False):
    """The sum of the fine or award at ``hit``: just before its noun ("a €797
    million fine"), else the first within 60 characters after it ("fined Google
    €4.3 billion", "une amende de 150 millions d'euros")."""
    money = [m for m in doc.of_type(hit.i, "money") if lo <= m.start and m.end <= hi]
    for m in money:
        if m.end <= hit.start and _SUM_GAP.fullmatch(doc.lowered, m.end, hit.start):
            return m
    found = next((m for m in money if hit.end <= m.start <= hit.end + 60), None)
    if found is not None and shared and _TOTALLING.search(doc.lowered, hit.end, found.start):
        # "fines totalling €700 million to Apple and Meta", "fined Apple and Meta a combined
        # €700 million": the sum of two
        return None
    return found


_TOTALLING = re.compile(r"(?<![\w-])(?:total\w*|combined|cumul\w*|au total|en tout)(?![\w-])")

# "the class action Bartz v. Anthropic", "Epic Games v Apple": a case named by
# its parties, the plaintiff first ("vs." compares products as often).
_VERSUS = re.compile(r"\s+v\.?\s+")


def _case_names(doc: Doc, i: int) -> list[Draft]:
    ents = doc.plain_ents(i)
    out = []
    for a, b in pairwise(ents):
        if a.name and b.name and a.name != b.name and _VERSUS.fullmatch(doc.body, a.end, b.start):
            parties = [(a, "plaintiff"), (b, "defendant")]
            out.append(Draft("lawsuit", i, status="filed", parties=parties, anchor=a.start))
    return out


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("procès", "damages"))


def _one_suit(a: Draft, b: Draft) -> bool:
    """Two trigger words of a sentence telling one suit ("Vexa a contre-attaqué :
    la société a déposé une plainte contre Médiapresse"); not two fines with two sums
    ("two fines: a €10 million fine ..., plus a €290 million fine")."""
    if a.amount is not None and b.amount is not None and a.amount.amount != b.amount.amount:
        return False
    for plaintiff in (True, False):
        x, y = side_names(a, plaintiff), side_names(b, plaintiff)
        if x and y and not x & y:
            return False
    return bool(
        side_names(a, True) & side_names(b, True) or side_names(a, False) & side_names(b, False)
    )


def _join(a: Draft, b: Draft) -> Draft:
    statuses = {a.status, b.status}
    status = (
        "countersuit" if "countersuit" in statuses and "threatened" not in statuses else a.status
    )
    counter = status == "countersuit"
    parties = []
    seen = set()
    for ent, role in a.parties + b.parties:
        plaintiff = role in PLAINTIFF_ROLES
        role = ("counter_" if counter else "") + ("plaintiff" if plaintiff else "defendant")
        if ent.name not in seen:
            seen.add(ent.name)
            parties.append((ent, role))
    a.status, a.parties, a.date = status, parties, a.date or b.date
    return a


def _status(doc: Doc, hit: Hit, lo: int) -> str:
    window = doc.lowered[max(lo, hit.start - 80) : hit.start]
    following = doc.lowered[hit.end : hit.end + 40]
    if cues.THREAT.search(window) and hit.trigger.voice != "settle":
        return "threatened"  # not "will pay $50 million to settle": a settlement agreed
    if cues.DISMISSED.search(window) or cues.DISMISSED.match(following.lstrip(" ,")):
        return "dismissed"
    if cues.RULED.search(window):
        return "ruled"
    if cues.SUIT_DROPPED.search(window):
        return "withdrawn"
    if hit.trigger.voice == "settle" or re.search(r"settle", window):
        return "settled"
    return hit.trigger.kind


_DISPUTES = re.compile(
    r"\s+(?:all\s+|their\s+|tous\s+leurs\s+|leurs\s+)(?:[\w-]+\s+){0,2}?(?:disputes|lawsuits|"
    r"litigation|suits|cases|litiges|procès|contentieux)"
)

_MUTUAL = re.compile(r"\s+(?:one another|each other|l['’]un l['’]autre|mutuellement)")

_BLOC = re.compile(r"european union|eu|ue|union européenne|union", re.IGNORECASE)


def _deciding(doc: Doc, i: int, fining: list[Ent], fined: list[Ent]) -> list[Ent]:
    """ "The EU fined Meta ..., the European Commission said": a fine is the
    deciding authority's; a bloc or a country named as fining gives way to the
    regulator named nearby."""
    if not all(e.name and _BLOC.fullmatch(e.name) for e in fining):
        return fining
    return nearest_regulator(doc, i, {e.name for e in fined}) or fining


def _suit_date(doc: Doc, hit: Hit, hits: list[Hit], lo: int, hi: int) -> Mention | None:
    """The suit's date, not a deal's told after it ("Arm's lawsuit against Qualcomm asks
    for the destruction of chip designs it acquired from Nuvia for $1.4 billion in 2021")."""
    when = date(doc, hit.i, hit.start, lo, hi)
    if when is not None and any(
        h.trigger.type == "deal"
        and hit.end <= h.start < when.start
        # (not "first sued to block the deal in December": the deal is the suit's object)
        and not _BLOCK_THE.search(doc.lowered, max(hit.end, h.start - 24), h.start)
        for h in hits
    ):
        return None
    return when


_BLOCK_THE = re.compile(
    r"(?<![\w-])(?:block|stop|bloquer)\s+(?:the|this|that|its|le|la|l['’]|ce|cette)\s*$"
)
