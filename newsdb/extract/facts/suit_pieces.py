"""Lawsuits told in pieces across sentences, completed or left out.

A suit naming only its defendants and one naming only its plaintiffs close
together are one suit; a fine whose authority the clause leaves out is the
regulator's named nearby; a suit still missing a side is dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from newsdb.extract.facts.authorities import (
    AUTHORITY_AGAIN,
    REGULATOR,
    all_regulators,
    named_again,
    nearest_regulator,
    only_authority,
    salient,
    side_names,
)
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.rules import (
    Draft,
)
from newsdb.extract.facts.sentences import Ent
from newsdb.extract.facts.suit_phrases import accused_later
from newsdb.vocab import PLAINTIFF_ROLES

_BLOCK = re.compile(
    r"(?<![\w-])(?:to block|blocking|block|against|challenging|to stop|contre|pour bloquer|"
    r"bloquer)\s+(?:the|this|that|its|their|le|la|l['’]|cette|ce)\s*(?:[\w$€£.,-]+\s+){0,3}?"
    r"(?:deal|transaction|merger|acquisition|takeover|purchase|move|combination|opération|"
    r"rachat|fusion|accord)(?![\w-])"
)


def complete_suits(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Lawsuits told in pieces: a suit naming only its defendants and one
    naming only its plaintiffs within three sentences are one suit ("A trade
    group has sued OpenAI ... The lawsuit, filed by the Authors Guild"); a
    suit "to block the deal" is against the deal's buyer; a fine whose
    authority the clause leaves out is the regulator's named nearby.  A suit
    still missing a side is left out: one side says too little to review."""
    out: list[Draft] = []
    for draft in drafts:
        if draft.type != "lawsuit":
            out.append(draft)
            continue
        plaintiffs = [e for e, role in draft.parties if role in PLAINTIFF_ROLES and e.name]
        defendants = [e for e, role in draft.parties if role not in PLAINTIFF_ROLES and e.name]
        if plaintiffs and not defendants:
            names = {e.name for e in plaintiffs}
            if draft.status == "countersuit":
                # "Media Matters filed a countersuit": against the one who sued it
                defendants = _sued_by(out, names)
                draft.parties += [(e, "counter_defendant") for e in defendants]
            else:
                defendants = (
                    _blocked(doc, draft, out, names)
                    or accused_later(doc, draft.i, names)
                    or _fined_topic(doc, draft, out, names)
                )
                draft.parties += [(e, "defendant") for e in defendants]
        if defendants and not plaintiffs and draft.status != "ruled":
            start = doc.sentences[draft.i].start
            if AUTHORITY_AGAIN.search(doc.lowered, start, draft.anchor):
                # "The agency first sued Orbital in December": the authority told before
                plaintiffs = salient(doc, draft.i, {e.name for e in defendants}, regulator=True)
                draft.parties = [(e, "plaintiff") for e in plaintiffs] + draft.parties
        if (
            defendants
            and not plaintiffs
            and (
                draft.status == "ruled"
                or (
                    draft.status == "settled" and _CHARGES.search(doc.lowered, *_span(doc, draft.i))
                )
                or (draft.status == "settled" and _CLAIMS.search(doc.lowered, *_span(doc, draft.i)))
            )
        ):
            # "YouTube must pay $170 million to settle charges": an authority's case;
            # "to settle claims": one the authority announcing the settlement brought
            charged = draft.status != "settled" or _CHARGES.search(
                doc.lowered, *_span(doc, draft.i)
            )
            plaintiffs = (
                nearest_regulator(doc, draft.i, {e.name for e in defendants})
                or named_again(doc, draft.i, {e.name for e in defendants})
                # "Netflix got a fine of €4.75 million", in a review of one regulator's year
                or only_authority(doc, {e.name for e in defendants})
                if charged
                else _settling_authority(doc, draft.i)
            )
            if not plaintiffs and _ORDERED.search(doc.lowered, *_span(doc, draft.i)):
                # "Bouygues condamné à payer 308 millions d'euros", in an article about
                # Free's suits: the plaintiff of the suit told before
                plaintiffs = _plaintiff_before(out, {e.name for e in defendants})
            draft.parties = [(e, "plaintiff") for e in plaintiffs] + draft.parties
        if draft.distinct and not (plaintiffs and defendants):
            inherited = _dispute(out, draft, plaintiffs, defendants)
            if inherited is not None:
                draft.parties = inherited
                out.append(draft)
                continue
        if not (plaintiffs and defendants):
            partner = _other_half(doc, out, draft, bool(plaintiffs))
            if partner is not None:
                partner.parties += draft.parties
                continue
        out.append(draft)
    out = _complainants(doc, out)
    kept = []
    for draft in out:
        if draft.type != "lawsuit":
            kept.append(draft)
        elif _two_sided(draft):
            # a ruling against several companies is one per company ("a lawsuit against
            # both Apple and Google"), but a jury's verdict "in a patent case against
            # Apple and Broadcom" is one case
            verdict = _VERDICT.search(doc.lowered, *_span(doc, draft.i))
            apart = draft.status == "ruled" and (
                all_regulators(side_names(draft, True)) or not verdict
            )
            kept += _per_defendant(draft) if apart else [draft]
    for k, draft in enumerate(kept):
        if draft.type == "lawsuit" and any(_dated_apart(e, draft) for e in kept[:k]):
            draft.distinct = True  # "sued Monday", "first sued in December": two suits
    return [d for draft in kept for d in (draft, *_upheld(doc, draft))]


# "Le Conseil d'Etat a validé ... l'amende", "The General Court upheld the fine": a
# court that upholds a fine decided the fined company's appeal against the authority
_UPHELD = re.compile(
    r"(?<![\w-])(?P<verb>upheld|upholds|upholding|confirmed|confirms|validé|valide|validant|"
    r"confirmé|confirme|confirmant|maintenu)\s+"
    # the fine itself is the object: "upheld the €2.4 billion fine", "a validé le 28
    # janvier 2022 l'amende" (not "confirmed the date of a hearing on the fine")
    r"(?:(?:le\s+)?\d{1,2}\s+[a-zéû]+\s+\d{4}\s+|on\s+\w+day\s+)?"
    r"(?:the|its|this|that|la|le|l['’]|cette|son|sa)\s*(?:[\w$€£.,()-]+\s+){0,5}?$"
)
_THAT_NEXT = re.compile(r"\s+(?:that|que|qu['’])")
# The court upholding, as the verb's subject: "The General Court upheld", "Le Conseil
# d'Etat a validé le 28 janvier" (not "A court spokesman confirmed", "a confirmé que")
_COURT = re.compile(
    r"(?<![\w-])(?:court|tribunal|conseil d['’][ée]tat|cour|judges?|juges?|justices?)"
    r"(?:\s+(?!spokes|porte|said|says|told|they|it|a\s+d)[\w'’-]+){0,4}?\s+$"
)


def _upheld(doc: Doc, fine: Draft) -> list[Draft]:
    if fine.type != "lawsuit" or fine.status != "ruled" or fine.amount is None:
        return []
    lo = doc.clause(fine.i, fine.anchor)[0]
    upheld = _UPHELD.search(doc.lowered, max(lo, fine.anchor - 80), fine.anchor)
    if (
        upheld is None
        or not _COURT.search(doc.lowered, max(lo, upheld.start() - 60), upheld.start())
        or _THAT_NEXT.match(doc.lowered, upheld.end("verb"))
    ):
        return []
    fined = [(e, "plaintiff") for e, role in fine.parties if role not in PLAINTIFF_ROLES]
    authority = [(e, "defendant") for e, role in fine.parties if role in PLAINTIFF_ROLES]
    if not (fined and authority):
        return []
    return [replace(fine, parties=fined + authority, amount=None, distinct=True)]


def _dated_apart(a: Draft, b: Draft) -> bool:
    """Suits between the same sides, at one stage, dated differently ("2023-06-12",
    "2022-12"); a probe and the fine it led to are one case told in steps."""
    if a.type != "lawsuit" or a.status != b.status:
        return False
    if not (a.date and b.date and a.date.value and b.date.value):
        return False
    x, y = str(a.date.value), str(b.date.value)
    if x.startswith(y) or y.startswith(x):
        return False
    return side_names(a, True) == side_names(b, True) and side_names(a, False) == side_names(
        b, False
    )


_VERDICT = re.compile(r"(?<![\w-])(?:jury|verdict|verdicts)(?![\w-])")
_CHARGES = re.compile(r"(?<![\w-])(?:charges|allegations|civil penalty|penalty)(?![\w-])")
_CLAIMS = re.compile(r"(?<![\w-])claims(?![\w-])")
_SETTLEMENT = re.compile(r"(?<![\w-])(?:settlement|settled|settle|règlement|transaction)(?![\w-])")
_SEPARATE = re.compile(r"(?<![\w-])(?:separate|separately|had no role|not involved)(?![\w-])")


def _settling_authority(doc: Doc, i: int) -> list[Ent]:
    """The authority a sentence near ``i`` says announced or reached the settlement ("The
    Federal Trade Commission announced the proposed settlement"), not one acting apart."""
    for k in (i, i + 1, i - 1, i + 2):
        if not 0 <= k < len(doc.sentences):
            continue
        sentence = doc.sentences[k]
        if not _SETTLEMENT.search(doc.lowered, sentence.start, sentence.end) or _SEPARATE.search(
            doc.lowered, sentence.start, sentence.end
        ):
            continue
        found = [e for e in doc.plain_ents(k) if e.name and REGULATOR.search(e.name)]
        if found:
            return found[:1]
    return []


_COMPLAINT_WORD = re.compile(r"(?<![\w-])(?:complaints?|plaintes?|saisie?)(?![\w-])")


def _complainants(doc: Doc, out: list[Draft]) -> list[Draft]:
    """ "The watchdog's decision to impose the fine was the result of a complaint
    by X": a regulator's case opened on a named complaint is the complainant's
    suit against the one fined (the complainant is the plaintiff, not the
    authority that decides)."""
    complaints = [
        d
        for d in out
        if d.type == "lawsuit"
        and _lodged(doc, d)
        and side_names(d, True)
        and not all_regulators(side_names(d, True))
    ]
    if not complaints:
        return out
    fined = _fined(out)
    for draft in complaints:
        if not side_names(draft, False) and fined:
            draft.parties += [(e, "defendant") for e in fined]
    targets = set().union(*(side_names(d, False) for d in complaints if _two_sided(d)))
    decided = [
        d
        for d in out
        if d.type == "lawsuit"
        and d.status == "ruled"
        and all_regulators(side_names(d, True))
        and side_names(d, False)
        and side_names(d, False) <= targets
    ]
    for fine in decided:
        # the complainant's case is the one decided: its fine, its status, its date (when
        # one fine is told), and the authority that decided it beside the complainant
        for draft in complaints:
            if _two_sided(draft) and side_names(fine, False) <= side_names(draft, False):
                if len(decided) == 1:
                    draft.amount = draft.amount or fine.amount
                    draft.date = draft.date or fine.date
                    draft.status = fine.status
                names = side_names(draft, True)
                draft.parties += [
                    (e, r) for e, r in fine.parties if r in PLAINTIFF_ROLES and e.name not in names
                ]
                break
    return [d for d in out if not any(d is f for f in decided)]


def _lodged(doc: Doc, draft: Draft) -> bool:
    """A complaint word and a plaintiff of ``draft`` lodging it: named after it ("une
    plainte de l'ONG X", "a complaint filed in 2021 by X") or before it ("X avaient
    saisi"); not one named in a clause of its own after it ("à la suite de plaintes de
    salariés et avait conclu qu'AFL avait")."""
    body = doc.lowered
    plaintiffs = [e for e, role in draft.parties if role in PLAINTIFF_ROLES and e.name]
    for word in _COMPLAINT_WORD.finditer(body, *_span(doc, draft.i)):
        for e in plaintiffs:
            if e.end <= word.start() or not _THAT.search(body, word.end(), e.start):
                return True
    return False


_THAT = re.compile(r"(?<![\w-])(?:que|qu['’]|that)(?![\w-])|(?<![\w-])qu['’]")


def _fined(out: list[Draft]) -> list[Ent]:
    """The one a regulator fined in the article: the defendant of its fine, or
    the appellant against the regulator."""
    for draft in out:
        if draft.type != "lawsuit" or not _two_sided(draft):
            continue
        plaintiffs = [e for e, role in draft.parties if role in PLAINTIFF_ROLES and e.name]
        defendants = [e for e, role in draft.parties if role not in PLAINTIFF_ROLES and e.name]
        if all_regulators({e.name for e in plaintiffs}):
            return defendants
        if all_regulators({e.name for e in defendants}):
            return plaintiffs
    return []


def _per_defendant(draft: Draft) -> list[Draft]:
    """A regulator's fines of several companies are one decision per company
    ("celles infligées ... contre Amazon, Google et Facebook")."""
    plaintiffs = [(e, role) for e, role in draft.parties if role in PLAINTIFF_ROLES]
    defendants = [(e, role) for e, role in draft.parties if role not in PLAINTIFF_ROLES]
    if len({e.name for e, _ in defendants}) < 2:
        return [draft]
    out, seen = [], set()
    for ent, role in defendants:
        if ent.name not in seen:
            seen.add(ent.name)
            out.append(replace(draft, parties=[*plaintiffs, (ent, role)]))
    return out


def _dispute(out: list[Draft], draft: Draft, plaintiffs: list, defendants: list):
    """ "Another trial in Northern California is set to begin": when the article
    has told one dispute (one plaintiff and one defendant), the other trial or
    case is between the same sides (those it names must agree)."""
    pairs = {
        (frozenset(side_names(d, True)), frozenset(side_names(d, False)))
        for d in out
        if d.type == "lawsuit" and _two_sided(d)
    }
    if len(pairs) != 1:
        return None
    ((p_names, d_names),) = pairs
    if any(e.name not in p_names for e in plaintiffs) or any(
        e.name not in d_names for e in defendants
    ):
        return None
    source = next(d for d in reversed(out) if d.type == "lawsuit" and _two_sided(d))
    return [(e, role) for e, role in source.parties]


_ORDERED = re.compile(
    r"(?<![\w-])(?:condamnée?s? à (?:payer|verser)|ordered to pay|found liable|must pay|"
    r"devra verser|devra payer)(?![\w-])"
)


def _span(doc: Doc, i: int) -> tuple[int, int]:
    return doc.sentences[i].start, doc.sentences[i].end


def _sued_by(out: list[Draft], defendants: set[str]) -> list[Ent]:
    """The plaintiffs of the last suit told against ``defendants`` ("Media
    Matters" for "Media Matters for America")."""
    for earlier in reversed(out):
        sued = side_names(earlier, False) if earlier.type == "lawsuit" else set()
        if all(any(a == b or b.startswith(a + " ") for b in sued) for a in defendants):
            return [e for e, role in earlier.parties if role in PLAINTIFF_ROLES and e.name]
    return []


def _plaintiff_before(out: list[Draft], defendants: set) -> list[Ent]:
    for earlier in reversed(out):
        if earlier.type == "lawsuit" and _two_sided(earlier):
            found = [
                e
                for e, role in earlier.parties
                if role in PLAINTIFF_ROLES and e.name not in defendants
            ]
            if found:
                return found[:1]
    return []


def _two_sided(draft: Draft) -> bool:
    plaintiffs = {e.name for e, role in draft.parties if role in PLAINTIFF_ROLES and e.name}
    defendants = {e.name for e, role in draft.parties if role not in PLAINTIFF_ROLES and e.name}
    return bool(plaintiffs) and bool(defendants - plaintiffs)


# "The lawsuit, led by X, covers": a sentence opening on the suit told before
_THE_SUIT = re.compile(
    r"\W*(?:the|this|that|la|le|l['’]|cette|ce)\s*(?:[\w-]+\s+)?(?:lawsuit|suit|complaint|"
    r"class action|plainte|action collective|assignation)(?![\w-])"
)


# Another case told in between: "Separately, Kestrel Bank is facing litigation"
_OTHER_CASE = re.compile(
    r"(?<![\w-])(?:separately|séparément|sued|sues|"
    r"(?:another|other|a separate|a second|a new|a different|une autre|un autre)\s+(?:[\w-]+\s+)?"
    r"(?:lawsuits?|suits?|cases?|complaints?|class actions?|plaintes?|procès)|"
    r"fac(?:es|ing|ed)\s+(?:litigation|a lawsuit|lawsuits|a suit))(?![\w-])"
)


def _other_half(doc: Doc, out: list[Draft], draft: Draft, has_plaintiffs: bool) -> Draft | None:
    """The earlier suit naming only the other side, within three sentences (eight when
    this sentence opens on "The lawsuit")."""
    reach = 8 if _THE_SUIT.match(doc.lowered, doc.sentences[draft.i].start) else 3
    for earlier in reversed(out):
        if earlier.type != "lawsuit" or draft.i - earlier.i > reach:
            continue
        if draft.i - earlier.i > 3 and _OTHER_CASE.search(
            doc.lowered, doc.sentences[earlier.i].end, doc.sentences[draft.i].start
        ):
            continue  # "Separately, Kestrel Bank is facing litigation ... The lawsuit, filed by"
        sides = {role in PLAINTIFF_ROLES for e, role in earlier.parties if e.name}
        if sides == {not has_plaintiffs}:
            return earlier
    return None


def _fined_topic(doc: Doc, draft: Draft, out: list[Draft], plaintiffs: set[str]) -> list[Ent]:
    """ "The State Administration for Market Regulation ... handed down a fine of
    500,000 yuan": a regulator's fine naming no one fines the company the article is
    about."""
    if draft.status != "ruled" or draft.amount is None or not all_regulators(plaintiffs):
        return []
    if any(
        d.type == "lawsuit" and d.amount and d.amount.amount == draft.amount.amount for d in out
    ):
        return []  # the fine told before ("est sanctionné à hauteur de 60 millions d'euros")
    # the company the sentence names before the fine ("required Tencent and its
    # affiliates to ... and handed down a fine"), not a guess from elsewhere ("fined a
    # reseller £12.5m" fines no one named)
    named = [
        e
        for e in doc.plain_ents(draft.i)
        if e.type == "organization"
        and e.name
        and e.end <= draft.anchor
        and e.name not in plaintiffs
        and not REGULATOR.search(e.name)
    ]
    return named[:1]


def _blocked(doc: Doc, draft: Draft, out: list[Draft], plaintiffs: set) -> list[Ent]:
    """ "The FTC sued to block the transaction": the buyer of the deal told before."""
    sentence = doc.sentences[draft.i]
    if not _BLOCK.search(doc.lowered, sentence.start, sentence.end):
        return []
    for earlier in reversed(out):
        if earlier.type == "deal":
            buyers = [
                e
                for e, role in earlier.parties
                if role in ("acquirer", "bidder") and e.name and e.name not in plaintiffs
            ]
            if buyers:
                return buyers[:1]
    return []
