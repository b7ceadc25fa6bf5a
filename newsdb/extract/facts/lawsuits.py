"""Lawsuits from trigger words (see ``facts.py``): who sues whom, and how far
the suit has gone (threatened, filed, countersuit, settled, dismissed...).

Regulators' fines, orders to pay, appeals and probes are read by ``fines.py``;
suits told in pieces across sentences are joined by ``suit_pieces.py``."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.coref import Doc, public_body
from newsdb.extract.facts.fines import (
    CLITIC,
    DECISION,
    FROM_PLAINTIFF,
    LEGAL,
    PAY_WORD,
    TO_PAY,
    appeal,
    fine,
    nearest_regulator,
    ordered,
    owner_before,
    probe,
    settled_with_regulator,
    side_names,
)
from newsdb.extract.facts.rules import (
    AGAINST,
    BY,
    Draft,
    Hit,
    after,
    date,
    ents_between,
    group_at,
    is_passive,
    lex_intro,
    marker,
    possessor,
    subject,
)
from newsdb.extract.facts.sentences import INTRO, Ent
from newsdb.extract.text.normalize import fold
from newsdb.extract.text.word_lists import PLACES
from newsdb.vocab import PLAINTIFF_ROLES

_BROUGHT_BY = marker(r"brought by|filed by|lodged by|initiated by|by|with|avec|par|de la part de")

_SUIT_TOPIC = re.compile(
    r"claims?|lawsuits?|suits?|case|complaint|dispute|charges|allegations|class action|"
    r"legal action|litige|plainte|procès|poursuites|contentieux|action en justice",
)

_BY_AFTER = re.compile(
    r"\s+(?:(?:filed|brought|lodged|initiated|launched|déposée?|intentée?|engagée?)\s+)?"
    r"(?:\w+\s+){0,2}?(?:by|par|from|de|du|d['’])(?:\s|(?<=['’]))",
)

# "The case was filed last year by authors A and B": a filing names the plaintiffs
_FILED_BY = re.compile(
    r",?\s+(?:(?:that|which|qui)\s+)?"
    r"(?:(?:was|were|has been|had been|have been|is|are|a été|ont été|avait été)\s+)?"
    r"(?:filed|brought|lodged|initiated|déposée?s?|intentée?s?|engagée?s?|portée?s?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:by|par)\s"
)

# What the one sued does about the suit: "won the dismissal of", "lost", "to resolve".
_BEARING = re.compile(
    r"(?<![\w-])(?P<verb>won|wins|win|lost|loses|lose|defend\w*|contest\w*|resolv\w*|"
    r"beat|beats|avoid\w*|gagné|perdu|conteste\w*)\s+(?:[\w$€£.,'’-]+\s+){0,4}$"
)

# "X accused Y of", "X alleges that Y", "X accuse Y de": the accused right after the verb
_ACCUSE = re.compile(
    r"(?<![\w-])(?:accus\w*|alleg\w* that|claim\w* that|reproch\w* à)\s+"
    r"(?:the\s+|le\s+|la\s+|l['’])?"
)


def _accused(doc: Doc, i: int) -> tuple[list[Ent], list[Ent]] | None:
    ents = doc.ents(i)
    sentence = doc.sentences[i]
    for verb in _ACCUSE.finditer(doc.lowered, sentence.start, sentence.end):
        for k, e in enumerate(ents):
            if e.start == verb.end():
                lo = doc.clause(i, verb.start())[0]
                accuser = subject(doc, i, lo, verb.start())
                target = group_at(doc, ents, k, sentence.end)
                names = {t.name for t in target}
                accuser = [a for a in accuser if a.name not in names]
                if accuser or FROM_PLAINTIFF.search(doc.lowered, sentence.start, verb.start()):
                    return accuser, target
    return None


_THAT_BROUGHT = re.compile(r"\s+(?:that|which|que|qu['’])\s*")

_TARGETED = re.compile(
    r"(?:faces?|facing|faced|fighting|fights|fought|hit with|target of|subject of|"
    r"visée?s? par|fait l['’]objet d['’]|fait face à|confrontée? à|sous le coup d['’])"
    r"\s+(?:[\w-]+\s+){0,3}$",
)

_IN_COURT = re.compile(r"en justice|devant|tribunal|court")

_INCISE = re.compile(r"[,»\"”]\s*$")

_NEGATED = re.compile(
    # not "jamais" nor "plus": "la plus lourde amende jamais infligée"
    r"(?<![\w-])(?:not|never|n['’]t|no longer|pas)\s+(?:(?:yet|ever|encore|été|been)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)

_COMPLAINTS = {"complaint", "complaints", "plainte", "plaintes"}

_NEEDS_AGAINST = {"case", "complaint", "suit", "suits", "recours", "plainte", "plaintes", "procès"}


_REFERRED_BY = re.compile(r"\s+(?:\w+\s+)?par\s")
_SEIZED_AGAINST = re.compile(r"\s+(?:l['’]|la\s+|le\s+)[^.;:]{0,60}?(?<![\w-])contre\s")


def lawsuits(doc: Doc, i: int, hits: list[Hit]) -> list[Draft]:
    out = _case_names(doc, i) if any(h.trigger.type == "lawsuit" for h in hits) else []
    for hit in hits:
        if hit.trigger.type != "lawsuit":
            continue
        lo, hi = doc.clause(i, hit.start)
        if _NEGATED.search(doc.lowered, max(lo, hit.start - 40), hit.start):
            continue  # "has not sued", "n'a pas porté plainte"
        if (
            hit.word in ("saisi", "saisie")
            and not _REFERRED_BY.match(doc.lowered, hit.end)
            and not (hit.word == "saisi" and _SEIZED_AGAINST.match(doc.lowered, hit.end))
        ):
            # "l'Autorité, saisie par trois groupes de presse"; "qui avaient saisi
            # l'autorité française en octobre 2020 contre Apple"; not "une saisie"
            continue
        sides = _sides(doc, hit, lo, hi)
        if sides is None:
            continue
        plaintiffs, defendants = sides
        if (
            hit.trigger.voice == "fine"
            and plaintiffs
            and defendants
            and all(e.name and public_body(e.name) for e in plaintiffs + defendants)
        ):
            continue  # a restated fine "by the EU" whose subject is the regulator: no suit
        if hit.trigger.voice == "fine" and plaintiffs:
            plaintiffs = _deciding(doc, i, plaintiffs, defendants)
        distinct = bool(_DISTINCT.search(doc.lowered, max(lo, hit.start - 40), hit.start))
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
            date=date(doc, i, hit.start, lo, hi),
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
    return out


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
    if (
        found is not None
        and shared
        and _plural(hit.word)
        and _TOTALLING.search(doc.lowered, hit.end, found.start)
    ):
        return None  # "fines totalling €700 million to Apple and Meta": the sum of two
    return found


# The one who brought a suit, named right after its noun: "the case Epic has pursued against"
_FILER_VERB = re.compile(
    r"\s+(?:(?:has|had|have|is|was)\s+)?(?:filed|brought|pursued|lodged|launched|initiated|"
    r"started|pressed|pursuing|filing|bringing)(?![\w-])"
)
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


_FAVOR = re.compile(r"(?<![\w-])(?:in favou?r of|en faveur de|en faveur d['’])\s*")
_OWN_SUIT = re.compile(r",?\s+in\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}")


def _favored_own(doc: Doc, hit: Hit, lo: int) -> list[Ent]:
    """ "a judgment in favor of Thomson Reuters in its copyright infringement lawsuit
    against Ross": the one favored brought its own suit."""
    favors = list(_FAVOR.finditer(doc.lowered, max(lo, hit.start - 120), hit.start))
    if not favors:
        return []
    favor = favors[-1]
    return [
        e
        for e in ents_between(doc, hit.i, favor.end(), hit.start)
        if e.start == favor.end() and _OWN_SUIT.fullmatch(doc.lowered, e.end, hit.start)
    ][:1]


# "The court ruled in favour of X", "a partial summary judgment in favor of X": a
# decision's winner (not "voted in favor of the deal", "plaide en faveur de").
_DECIDED = re.compile(
    r"(?<![\w-])(?:ruled|rules|ruling|found|finds|decided|decides|sided|judgment|judgement|"
    r"verdict|decision|held|tranché|statué|jugé|décidé|donné raison)\s+(?:[\w-]+\s+){0,2}$"
)
_DECIDER = re.compile(
    r"(?<![\w-])(?:court|jury|judge|justice|tribunal|arbitrat\w*|panel|cour|juge|juges|jurés)"
    r"(?![\w-])"
)
_NOT_A_SIDE = re.compile(r"(?:['’]s)?\s+(?:offer|bid|proposal|plan|vote|objections?|offre)")
_FOUND_THAT = re.compile(
    r"[,;]?\s+(?:finding|ruling|holding|deciding|estimant|jugeant)\s+(?:that\s+(?:that\s+)*|"
    r"qu['’]|que\s+)"
)
_WRONG_DONE = re.compile(
    r"\s+(?:has|had|have)\s+(?:[\w-]+\s+)?(?:abused|violated|infringed|breached|broken|"
    r"misused|copied|stolen)|\s+(?:a|avait)\s+(?:abusé|violé|enfreint|contrefait)"
)


def _favored(doc: Doc, hit: Hit, lo: int, hi: int) -> tuple[list[Ent], list[Ent]] | None:
    """ "The tribunal has found unanimously in favour of Dr Rachael Kent, finding that
    Apple has abused its dominant position": the one favored sued the one found at
    fault.  "In favor of X against Y" alone does not say who sued (a defendant wins
    too: "ruled in favor of Google against Oracle")."""
    body, i = doc.lowered, hit.i
    sentence = doc.sentences[i]
    if not (
        _DECIDED.search(body, max(lo, hit.start - 40), hit.start)
        and _DECIDER.search(body, sentence.start, hit.start)
    ):
        return None  # not "the board decided in favor of Orbital's offer", "voted in favor"
    winner = after(doc, i, hit.end, hi, None, reach=12)
    if not winner or _NOT_A_SIDE.match(body, winner[0].end):
        return None
    found = _FOUND_THAT.search(body, winner[-1].end, min(sentence.end, winner[-1].end + 60))
    if found is None:
        return None
    named = [e for e in doc.ents(i) if e.start >= found.end()][:1]
    if named and named[0].start - found.end() <= 2 and _WRONG_DONE.match(body, named[0].end):
        return winner[:1], named
    return None


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("procès", "damages"))


def _one_suit(a: Draft, b: Draft) -> bool:
    """Two trigger words of a sentence telling one suit ("Vexa a contre-attaqué :
    la société a déposé une plainte contre Médiapresse")."""
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


# Whose patents (or rights) were infringed: "infringed three patents held by Lumora",
# "a enfreint des brevets détenus par Lumora"; "Lumora's patents".
_RIGHTS = re.compile(
    # ("violated medical tech company Masimo's patent rights")
    r"\s+(?:[\w'’-]+\s+){0,5}?(?P<noun>patents?|brevets?|copyrights?|trademarks?|"
    r"droits d['’]auteur|marques?)(?![\w-])"
)

_OWNED_BY = marker(
    r"owned by|held by|belonging to|of|détenus? par|détenues? par|appartenant à|de|du|d['’]"
)


def _infringed(doc: Doc, hit: Hit, hi: int, infringer: list[Ent]):
    """ "Orbital infringed three patents held by Lumora": the owner sues the infringer;
    "X accused Y of infringing its patents", "X accuse Y d'avoir enfreint ses brevets": the
    accuser sues the accused."""
    i, body = hit.i, doc.lowered
    rights = _RIGHTS.match(body, hit.end)
    if rights is None and hit.word.startswith("violat"):
        return None  # "violated antitrust law": no one's rights (but "violated X's patents")
    owner: list[Ent] = []
    if rights is not None:
        owner = after(doc, i, rights.end(), hi, _OWNED_BY, reach=30, mark_reach=16)
        if not owner:  # "infringed Lumora's patents"
            owner = possessor(doc, i, hit.end, rights.start("noun"))
    if not owner and hit.word.startswith("violat"):
        return None  # "violated copyright laws": a law, no owner's rights
    accused = _accused(doc, i)
    if not owner and accused is not None:
        return accused
    if not owner or not infringer:
        return None
    return owner, [e for e in infringer if e.name not in {o.name for o in owner}]


def _sides(doc: Doc, hit: Hit, lo: int, hi: int) -> tuple[list[Ent], list[Ent]] | None:
    i, word, body, voice = hit.i, hit.word, doc.lowered, hit.trigger.voice
    if voice == "order" and not (PAY_WORD.search(word) or TO_PAY.match(body, hit.end, hi)):
        return None  # "told Reuters", "ordered 50 aircraft": no order to pay
    if voice == "appeal" and word.startswith("challeng") and _CHALLENGE_TO.match(body, hit.end):
        return _block_case(doc, hit, lo, hi, [])  # "the FTC's challenge to X's acquisition"
    if voice == "appeal" and not DECISION.match(body, hit.end, hi):
        return None  # "the appeal of AI": no decision appealed
    subj = subject(doc, i, lo, hit.start) or _members(doc, i, lo, hit.start)
    for sub in _SUBORDINATE.finditer(body, lo, hit.start):
        # "Visa terminated the deal after the Justice Department filed a lawsuit"
        if ents_between(doc, i, sub.end(), hit.start):
            subj = subject(doc, i, sub.end(), hit.start)
    subj = [e for e in subj if not _JUDGE.search(body, max(lo, e.start - 10), e.start)]
    opening = INTRO.match(body, lo)
    if opening is not None and opening.end() <= hit.start:
        # "In addition to Microsoft-backed OpenAI, similar lawsuits are pending": the
        # opening phrase names no party
        subj = [e for e in subj if e.start >= opening.end()]
    if voice == "block":
        # "the Justice Department is now seeking to unwind Google's Anthropic deal"
        block = _BLOCKED_DEAL.match(body, hit.end)
        if block is None:
            return None
        owners = [
            e
            for e in ents_between(doc, i, block.start("object"), block.start("noun"))
            if re.match(r"['’]s?\s", body[e.end : e.end + 3])
        ]
        buyer = owners[:1] or after(doc, i, block.end(), hi, BY, reach=40, mark_reach=40)
        return (subj, buyer) if subj and buyer else None
    if voice == "sue":
        if word.startswith("attaqu") and not _IN_COURT.search(body, hit.end, hi):
            return None
        if word.startswith("poursui"):
            if _INCISE.search(body, max(lo, hit.start - 4), hit.start):
                return None  # "», poursuit Sophie Marchand": a speech verb
            # "poursuit Orbital en justice"; "poursuit ses discussions avec X" goes on
            reach = 2 if word == "poursuit" and not _IN_COURT.search(body, hit.end, hi) else 25
            if not after(doc, i, hit.end, hi, None, reach=reach):
                return None
        if is_passive(doc, hit, hi):
            return after(doc, i, hit.end, hi, BY, reach=40), subj
        court = _BEFORE_COURT.match(body, hit.end, hi)
        start, reach = (court.end(), 70) if court else (hit.end, 40)
        # "va assigner devant le TGI de Paris, la direction américaine de Google"
        defendants = after(doc, i, start, hi, AGAINST, reach=40) or after(
            doc, i, start, hi, None, reach=reach
        )
        if not defendants and CLITIC.search(body, max(lo, hit.start - 12), hit.start):
            # "Kalthaus, qui l'a assigné": the one the sentence is about
            topic = doc.subject(i)
            if topic is not None and topic.name not in {e.name for e in subj}:
                defendants = [topic]
        return subj or _collective(
            doc, i, lex_intro(doc, lo, hit.start), hit.start, True
        ), defendants
    if voice == "infringe":
        return _infringed(doc, hit, hi, subj)
    if voice == "suit":
        blocked = _block_case(doc, hit, lo, hi, subj)
        if blocked is not None:
            return blocked
        forced = _TO_FORCE.match(body, hit.end, hi)
        if forced is not None and subj:
            # "took legal action to force him to stand by his offer": against the one forced
            forced_one = after(doc, i, forced.end(), hi, None, reach=3)
            if forced_one:
                return subj, forced_one
        against = AGAINST.search(body, hit.end, min(hi, hit.end + 100))
        filed_by = _FILED_BY.match(body, hit.end)
        by = _BY_AFTER.match(body, hit.end) or filed_by
        that = _THAT_BROUGHT.match(body, hit.end)
        targeted = _TARGETED.search(body, max(lo, hit.start - 40), hit.start)
        lodged = by is not None and word in _COMPLAINTS  # "a 2018 complaint by X"
        accused = _accused(doc, i) if against is None and word != "case" else None
        if accused is not None and not targeted:
            # "X accused Y of fraud in a lawsuit filed Monday", "The suit, filed by X,
            # accuses Y of": the accuser (or the one filing) sues the accused
            accuser, target = accused
            return accuser or _plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF), target
        if word in _NEEDS_AGAINST and against is None and not (targeted or filed_by or lodged):
            if _DISTINCT.search(body, max(lo, hit.start - 40), hit.start):
                return _entitled(doc, hit, lo, hi, subj)  # "in a third patent case"
            return None
        bearing = against is None and _BEARING.search(body, max(lo, hit.start - 60), hit.start)
        if bearing and subj:
            # "Orbital won the dismissal of a lawsuit brought by Lumora", "Orbital will
            # pay $20 million to resolve a Federal Trade Commission lawsuit"
            owner = owner_before(doc, i, bearing.end("verb"), hit.start)
            plaintiffs = owner or _plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF)
            return plaintiffs, [e for e in subj if e.name not in {p.name for p in plaintiffs}]
        if against is None and by is None and not targeted:
            if hit.trigger.kind == "countersuit" and subj:
                return subj, []  # "Media Matters filed a countersuit": against its plaintiff
            return None
        if targeted:
            # "Pinebrook is fighting a lawsuit filed by Aurelia", "X est visée par une plainte de Y"
            return _plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF), subj
        filer = (
            [
                e
                for e in ents_between(doc, i, hit.end, against.start())
                if re.fullmatch(r"\s+", body[hit.end : e.start]) and _FILER_VERB.match(body, e.end)
            ]
            if against is not None
            else []
        )
        if by is not None:
            plaintiffs = _plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF)
        elif that is not None:
            plaintiffs = after(doc, i, that.end(), hi, None, reach=20)
        elif filer:
            plaintiffs = filer[:1]  # "a similar case Epic has pursued against Apple"
        else:
            plaintiffs = _favored_own(doc, hit, lo) or possessor(doc, i, lo, hit.start) or subj
        # "une plainte ... contre les conditions de l'utilisation de leurs contenus par Google"
        reach = 60 if word in _COMPLAINTS else 40
        defendants = after(doc, i, against.end(), hi, None, reach=reach) if against else []
        return plaintiffs, defendants
    if voice == "favor":
        return _favored(doc, hit, lo, hi)
    if voice == "fine":
        return fine(doc, hit, lo, hi, subj)
    if voice == "order":
        return ordered(doc, hit, lo, hi, subj)
    if voice == "appeal":
        return appeal(doc, hit, lo, hi, subj)
    if voice == "probe":
        return probe(doc, hit, lo, hi, subj)
    if voice == "verdict":
        # "a $2.18 billion award won by VLSI against Intel", "another Waco jury trial"
        plaintiffs = after(doc, i, hit.end, hi, _WON_BY, reach=40, mark_reach=60)
        defendants = after(doc, i, hit.end, hi, _AWARDED_AGAINST, reach=40, mark_reach=80)
        if not plaintiffs and defendants and subj:
            won = _WON_AWARD.search(body, max(lo, hit.start - 60), hit.start)
            if (
                won is not None
                and not ents_between(doc, i, won.end(), hit.start)
                and not _UNDONE.search(body, won.end(), hit.start)
            ):
                plaintiffs = subj  # "Caltech has won a $1.1 billion patent award against Apple"
        if word in ("awarded", "awards"):
            # "A jury awarded VLSI $2.18 billion against Intel"; "VLSI was awarded"
            if not LEGAL.search(body, lo, hi):
                return None  # "The Pentagon awarded Microsoft a contract"
            passive = is_passive(doc, hit, hi)
            plaintiffs = subj if passive else after(doc, i, hit.end, hi, None, reach=3)
            return (plaintiffs, defendants) if plaintiffs else None
        if not (plaintiffs or defendants):
            sides = _between(doc, hit)
            if sides is not None:
                return sides
        if not (plaintiffs or defendants) and not _DISTINCT.search(
            body, max(lo, hit.start - 40), hit.start
        ):
            return None
        return plaintiffs, defendants
    if voice == "settle":
        regulator = settled_with_regulator(doc, hit, hi, subj)
        if regulator is not None:
            return regulator
        obtained = _OBTAINED.search(body, max(lo, hit.start - 40), hit.start)
        if subj and obtained and not _APPROVAL.search(body, obtained.start(), hit.start):
            # "Paxton obtained a $1.4 billion settlement for Texas from Meta" (not "obtained
            # approval of its settlement from Judge Alsup")
            payer = after(doc, i, hit.end, hi, _PAID_FROM, reach=40, mark_reach=60)
            payer = [e for e in payer if not _JUDGE.search(body, max(lo, e.start - 10), e.start)]
            if payer:
                return subj, payer[:1]
        if not _SUIT_TOPIC.search(body, lo, hi):
            return None
        if word in _DISPUTE_NOUNS and not _ENDING.search(body, max(lo, hit.start - 50), hit.start):
            return None  # "le litige porte sur": a dispute, not its end
        plaintiffs = (
            _plaintiffs_after(doc, hit, hi, _BROUGHT_BY, groups=True)
            or _suit_owner(doc, hit, hi)
            or _payee(doc, hit, lo, subj)
        )
        if not plaintiffs and len(subj) == 2 and subj[0].name != subj[1].name:
            # "Apple, Qualcomm settle all legal disputes": each had sued the other
            return [subj[0]], [subj[1]]
        return plaintiffs, subj
    return None


_OBTAINED = re.compile(
    r"(?<![\w-])(?:obtained|obtains|secured|secures|won|wins|extracted|obtenu|obtient|arraché)"
    r"\s+(?:[\w$€£.,'’-]+\s+){0,5}$"
)
_PAID_FROM = marker(r"from|de la part de|auprès de")
_APPROVAL = re.compile(r"(?<![\w-])(?:approval|approbation|homologation|validation)(?![\w-])")

# "the verdict in the long fight between Lumora and Orbital": the case's sides, the first
# named the one who brought it (as in "Lumora v. Orbital").
_BATTLE_BETWEEN = re.compile(
    r"\s+(?:in|of|from|dans|de)\s+(?:[\w-]+\s+){0,3}?(?:battle|dispute|fight|feud|case|"
    r"clash|trial|lawsuit|litigation|bataille|litige|différend|conflit|affaire|procès)\s+"
    r"(?:between|entre)\s+"
)


def _between(doc: Doc, hit: Hit) -> tuple[list[Ent], list[Ent]] | None:
    """Across the whole sentence: an apposition between dashes may come between the two."""
    found = _BATTLE_BETWEEN.match(doc.lowered, hit.end)
    if found is None:
        return None
    ents = [e for e in doc.ents(hit.i) if found.end() <= e.start]
    if not ents or ents[0].start != found.end():
        return None
    other = [
        e
        for e in ents[1:]
        if re.search(r"(?:^|\s)(?:and|et)\s+$", doc.lowered[ents[0].end : e.start])
        and e.name != ents[0].name
    ]
    return ([ents[0]], other[:1]) if other else None


_PAYEE = re.compile(
    r"(?<![\w-])(?:pay|pays|paid|paying|payer|verser)\s+(?:(?:[\w$€£.,'’-]+\s+){0,5}?"
    r"(?:to|à|au|aux)\s+)?(?:the\s+|l['’]|la\s+|le\s+)?$"
)


def _payee(doc: Doc, hit: Hit, lo: int, subj: list[Ent]) -> list[Ent]:
    """ "Apple agreed to pay Qualcomm $4.5 billion to settle": the one paid sued."""
    payers = {e.name for e in subj}
    for e in ents_between(doc, hit.i, lo, hit.start):
        if (
            e.name
            and e.name not in payers
            and _PAYEE.search(doc.lowered, max(lo, e.start - 60), e.start)
        ):
            return [e]
    return []


# "Authors including A and B sued", "Plusieurs médias, dont l'AFP, ont porté
# plainte": the names after a plural noun opening the clause are its subject.
_INCLUDING = re.compile(
    r"\s*(?:(?:the|some|several|other|many|more than \d+|plusieurs|des|les|d['’]autres|"
    r"certains|certaines)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+[sx],?\s+(?:including|among them|"
    r"such as|dont|notamment|parmi lesquels|parmi lesquelles)\s+(?:l['’]|le\s+|la\s+|les\s+)?"
)


def _members(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    ents = doc.ents(i)
    for k, e in enumerate(ents):
        if lo <= e.start and e.end <= pos:
            if _INCLUDING.fullmatch(doc.lowered, lo, e.start):
                return group_at(doc, ents, k, pos)
            break
    return []


# Plaintiffs that are no organization or person: "a class action brought by
# shareholders", "a lawsuit filed by the state of Texas", "Texas attorney general".
_COLLECTIVE = re.compile(
    r"(?<![\w-])(?P<group>shareholders|stockholders|investors|customers|consumers|users|"
    r"authors|artists|musicians|writers|employees|workers|drivers|subscribers|parents|"
    r"actionnaires|consommateurs|utilisateurs|auteurs|artistes|salariés|abonnés)(?![\w-])"
    r"|(?<![\w-])(?:state|commonwealth|état) (?:of|de|du) (?P<state>[a-z]+(?: [a-z]+)?)"
    r"|(?P<ag>[a-z]+(?: [a-z]+)?) attorneys? general(?![\w-])"
)

_CAPITALIZED = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)?")


def _collective(
    doc: Doc, i: int, lo: int, hi: int, first: bool = False, groups: bool = False
) -> list[Ent]:
    """The collective plaintiff in [lo, hi): a US state ("Texas"), and with
    ``groups`` a group ("shareholders": the plaintiffs of a settled class
    action; a suit filed by unnamed "artists" names no plaintiff); ``first``
    asks for one starting at ``lo`` (after spaces and an article)."""
    for match in _COLLECTIVE.finditer(doc.lowered, lo, hi):
        if any(e.start <= match.start() < e.end for e in doc.ents(i)):
            continue  # "the Authors Guild": a name
        if first and not re.fullmatch(
            r"\s*(?:(?:the|a|some|its|les|des|ses)\s+)?(?:[\w-]+\s+)?",
            doc.lowered[lo : match.start()],
        ):
            break  # "by California that it deceived consumers": maybe a place first
        group = match.lastgroup
        start, end = match.span(group)
        name = doc.body[start:end]
        if group == "group":
            if not groups:
                continue
            name = name.lower()
        else:
            # "the state of California over ...": the capitalized words only
            name = _CAPITALIZED.match(name).group() if _CAPITALIZED.match(name) else ""
            if not name:
                continue  # "the state of play"
            end = start + len(name)
        return [_attorney_general(doc, name) or Ent(start, end, name, "organization")]
    place = _PLACE.match(doc.body, lo, hi) if first else None
    if place is not None and fold(place.group("name")) in PLACES:
        # "Texas sued Meta", "a settlement with Texas": the state (or country)
        start, end = place.span("name")
        if not any(e.start < end and start < e.end for e in doc.ents(i)):
            name = place.group("name")
            return [_attorney_general(doc, name) or Ent(start, end, name, "organization")]
    return []


_PLACE = re.compile(r"\s*(?:the\s+)?(?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})(?![\w-])")


def _attorney_general(doc: Doc, state: str) -> Ent | None:
    """ "Texas Attorney General Ken Paxton": the official named for the state
    that sues (annotated as the plaintiff where the article names one)."""
    pattern = re.compile(
        rf"(?<![\w-]){re.escape(state)}(?:['’]s)?\s+(?:attorney general|AG)\s*,?\s+",
        re.IGNORECASE,
    )
    for found in pattern.finditer(doc.body):
        k = doc.index_of(found.end())
        if k < len(doc.sentences):
            for e in doc.plain_ents(k):
                if e.start == found.end() and e.type == "person":
                    return Ent(e.start, e.end, e.name, e.type, coref=True)
    return None


def _plaintiffs_after(
    doc: Doc, hit: Hit, hi: int, mark: re.Pattern, groups: bool = False
) -> list[Ent]:
    """The plaintiffs after "by"/"from" past the trigger: named, or collective."""
    named = [e for e in after(doc, hit.i, hit.end, hi, mark, reach=40, mark_reach=60) if e.name]
    found = mark.search(doc.lowered, hit.end, min(hi, hit.end + 60))
    end = min(hi, found.end() + 40) if found else 0
    group = _collective(doc, hit.i, found.end(), end, True, groups) if found else []
    if group and not (named and named[0].start < group[0].start):
        return group  # "a lawsuit from investors claiming the company lied"
    return named


# "to settle SEC charges", "settled the Justice Department's antitrust lawsuit":
# the name before the suit noun brought it.
_BEFORE_OWNER = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her|two|several)\s+)?(?:[\w$€£.,-]+\s+){0,2}"
)

_OWNED_SUIT = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:charges|claims|lawsuits?|suits?|case|complaint|"
    r"allegations)(?![\w-])"
)


def _suit_owner(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    ents = doc.ents(hit.i)
    for k, e in enumerate(ents):
        if hit.end <= e.start and e.end <= hi:
            if _BEFORE_OWNER.fullmatch(doc.lowered, hit.end, e.start) and _OWNED_SUIT.match(
                doc.lowered, e.end, hi
            ):
                return group_at(doc, ents, k, e.end)
            break
    return []


# "the agency's case that sought to block Orbital's acquisition of Lumora", "an
# injunction to block the purchase": a suit against the buyer of a deal.
_BLOCKED_DEAL = re.compile(
    r"\s+(?P<object>(?:[\w$€£.,'’-]+\s+){0,4}?)(?P<noun>acquisition|purchase|merger|takeover|deal|"
    r"transaction|buyout|combination)(?![\w-])"
)
_CHALLENGE_TO = re.compile(
    r"\s+(?:by\s+(?P<by>(?:[\w.&'’-]+\s+){1,6}?))?(?:to|against|contre|à)\s+"
    r"(?P<object>(?:[\w$€£.,'’-]+\s+){0,4}?)(?P<noun>acquisition|purchase|merger|takeover|deal|"
    r"buyout|rachat|fusion)(?![\w-])"
)
_TO_BLOCK = re.compile(
    r"\s+(?:(?:that|which|qui)\s+)?(?:(?:sought|seeks|seeking|aimed|aims|aiming|was seeking|"
    r"visait|visant|cherchait)\s+)?(?:to|à|de)\s+(?:block|stop|halt|unwind|bloquer|empêcher)\s+"
    r"(?P<object>(?:[\w$€£.,'’-]+\s+){0,4}?)(?P<noun>acquisition|purchase|merger|takeover|deal|"
    r"transaction|buyout|combination|rachat|fusion|opération)(?![\w-])"
)

_TO_FORCE = re.compile(
    r"\s+(?:(?:that|which|qui)\s+)?(?:(?:seeking|seeks|aimed|aiming|visant)\s+)?"
    r"(?:to|à|pour|afin d['’])\s*(?:force|compel|oblige|require|stop|prevent|obliger|contraindre|"
    r"forcer|empêcher)\s+"
)

_GRANTED = re.compile(r"(?:an?|a preliminary|une?)\s+$")


def _block_case(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    """ "The FTC withdrew the agency's case that sought to block Orbital's
    acquisition of Lumora", "refused to grant the FTC an injunction to block":
    the one seeking to block sues the buyer."""
    body, i = doc.lowered, hit.i
    block = _TO_BLOCK.match(body, hit.end) or _CHALLENGE_TO.match(body, hit.end)
    if block is None:
        return None
    buyer = possessor(doc, i, block.start("object"), block.start("noun")) or after(
        doc, i, block.end(), hi, BY, reach=40, mark_reach=40
    )
    if block.re is _CHALLENGE_TO:
        # "a legal challenge by the Federal Trade Commission to Microsoft's $69 billion
        # purchase of Activision": the challenger sues the buyer
        if block.group("by") is None:
            challenger = possessor(doc, i, lo, hit.start)
        else:
            challenger = ents_between(doc, i, block.start("by"), block.end("by"))
        challenger = [e for e in challenger if e not in buyer]
        return (challenger, buyer) if challenger and buyer else None
    granted = [
        e
        for e in ents_between(doc, i, lo, hit.start)
        if _GRANTED.fullmatch(body, e.end + 1, hit.start)
    ]
    seeker = possessor(doc, i, lo, hit.start) or granted or subj
    return [e for e in seeker if e not in buyer], buyer


def _status(doc: Doc, hit: Hit, lo: int) -> str:
    window = doc.lowered[max(lo, hit.start - 80) : hit.start]
    following = doc.lowered[hit.end : hit.end + 40]
    if lex.THREAT.search(window) and hit.trigger.voice != "settle":
        return "threatened"  # not "will pay $50 million to settle": a settlement agreed
    if lex.DISMISSED.search(window) or lex.DISMISSED.match(following.lstrip(" ,")):
        return "dismissed"
    if lex.RULED.search(window):
        return "ruled"
    if lex.SUIT_DROPPED.search(window):
        return "withdrawn"
    if hit.trigger.voice == "settle" or re.search(r"settle", window):
        return "settled"
    return hit.trigger.kind


_DISPUTES = re.compile(
    r"\s+(?:all\s+|their\s+|tous\s+leurs\s+|leurs\s+)(?:[\w-]+\s+){0,2}?(?:disputes|lawsuits|"
    r"litigation|suits|cases|litiges|procès|contentieux)"
)

_DISTINCT = re.compile(
    r"(?<![\w-])(?:another|separate|second|third|fourth|fifth|other|autre|deuxième|troisième)"
    r"\s+(?:[\w,$.-]+\s+){0,3}$"
)

_AWARDED_AGAINST = marker(r"against|from|contre|to be paid by")

# A court right after the verb of suing: "assigner devant le TGI de Paris, X".
_BEFORE_COURT = re.compile(
    r"\s+(?:devant|before)\s+(?:le|la|l['’]|the)\s*(?:[^,;.]{0,40}?)(?:tgi|tribunal|court|cour|"
    r"juge|judge)[^,;.]{0,40},"
)

# The winner's verb before its award: "has won a $1.1 billion patent infringement award";
# not "won the reversal of a $1.1 billion award against it".
_WON_AWARD = re.compile(
    r"\b(?:won|wins|win|winning|secured|obtained|a obtenu|a remporté|obtient)\b"
)

_UNDONE = re.compile(
    r"(?<![\w-])(?:revers\w*|overturn\w*|dismiss\w*|vacat\w*|annul\w*|cut|reduc\w*|"
    r"appeal\w*|annulation|réduction)(?![\w-])"
)

_WON_BY = marker(
    r"won by|obtained by|secured by|in favou?r of|en faveur de|obtenu par|obtenue par|"
    r"remporté par|for|pour"
)

_ENTITLED = re.compile(r"entitled to|owed|owes|doit verser|awarded")


def _entitled(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    """ "VLSI was entitled to nearly $949 million from Intel in a third patent case"."""
    body = doc.lowered
    if _ENTITLED.search(body, lo, hit.start):
        return subj, after(doc, hit.i, lo, hit.start, FROM_PLAINTIFF, reach=40, mark_reach=120)
    return [], []


_DISPUTE_NOUNS = {"litige", "litiges", "différend", "différends"}

_ENDING = re.compile(
    r"(?:mett\w+ (?:fin|un terme)|mis fin|mis un terme|terme|fin|régl\w+|sold\w+|clos\w+|"
    r"accord)\s+(?:[\w'’]+\s+){0,3}$"
)

_MUTUAL = re.compile(r"\s+(?:one another|each other|l['’]un l['’]autre|mutuellement)")

_SUBORDINATE = re.compile(
    r"(?<![\w-])(?:after|before|when|because|since|until|once|as|après que|lorsque|quand|"
    r"parce que|depuis que)\s+"
)

_JUDGE = re.compile(r"(?<![\w-])(?:judge|juge|justice|magistrate)\s+$")

_BLOC = re.compile(r"european union|eu|ue|union européenne|union", re.IGNORECASE)


def _deciding(doc: Doc, i: int, fining: list[Ent], fined: list[Ent]) -> list[Ent]:
    """ "The EU fined Meta ..., the European Commission said": a fine is the
    deciding authority's; a bloc or a country named as fining gives way to the
    regulator named nearby."""
    if not all(e.name and _BLOC.fullmatch(e.name) for e in fining):
        return fining
    return nearest_regulator(doc, i, {e.name for e in fined}) or fining
