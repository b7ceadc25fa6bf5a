"""Lawsuits from trigger words (see ``facts.py``): who sues whom, and how far
the suit has gone (threatened, filed, countersuit, settled, dismissed...)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.coref import Doc, public_body
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
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES

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
_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}")
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
                if accuser or _FROM_PLAINTIFF.search(doc.lowered, sentence.start, verb.start()):
                    return accuser, target
    return None


def _owner_before(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """ "an FTC lawsuit", "the Justice Department's antitrust suit": the name
    owning the suit noun at ``pos``."""
    for e in reversed(ents_between(doc, i, lo, pos)):
        return [e] if _OWNER_GAP.fullmatch(doc.lowered, e.end, pos) else []
    return []


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
_NEGATED = re.compile(
    # not "jamais" nor "plus": "la plus lourde amende jamais infligée"
    r"(?<![\w-])(?:not|never|n['’]t|no longer|pas)\s+(?:(?:yet|ever|encore|été|been)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
_COMPLAINTS = {"complaint", "complaints", "plainte", "plaintes"}
_NEEDS_AGAINST = {"case", "complaint", "suit", "suits", "recours", "plainte", "plaintes", "procès"}


def lawsuits(doc: Doc, i: int, hits: list[Hit]) -> list[Draft]:
    out = _case_names(doc, i) if any(h.trigger.type == "lawsuit" for h in hits) else []
    for hit in hits:
        if hit.trigger.type != "lawsuit":
            continue
        lo, hi = doc.clause(i, hit.start)
        if _NEGATED.search(doc.lowered, max(lo, hit.start - 40), hit.start):
            continue  # "has not sued", "n'a pas porté plainte"
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
            amount=_sum(doc, hit, lo, hi) if hit.trigger.voice in _PRICED_VOICES else None,
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


def _sum(doc: Doc, hit: Hit, lo: int, hi: int):
    """The sum of the fine or award at ``hit``: just before its noun ("a €797
    million fine"), else the first within 60 characters after it ("fined Google
    €4.3 billion", "une amende de 150 millions d'euros")."""
    money = [m for m in doc.of_type(hit.i, "money") if lo <= m.start and m.end <= hi]
    for m in money:
        if m.end <= hit.start and _SUM_GAP.fullmatch(doc.lowered, m.end, hit.start):
            return m
    return next((m for m in money if hit.end <= m.start <= hit.end + 60), None)


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


def _names(draft: Draft, plaintiff: bool) -> set[str]:
    wanted = PLAINTIFF_ROLES if plaintiff else DEFENDANT_ROLES
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
    r"\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>patents?|brevets?|copyrights?|trademarks?|"
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
    owner: list[Ent] = []
    if rights is not None:
        owner = after(doc, i, rights.end(), hi, _OWNED_BY, reach=30, mark_reach=16)
        if not owner:  # "infringed Lumora's patents"
            owner = possessor(doc, i, hit.end, rights.start("noun"))
    accused = _accused(doc, i)
    if not owner and accused is not None:
        return accused
    if not owner or not infringer:
        return None
    return owner, [e for e in infringer if e.name not in {o.name for o in owner}]


def _sides(doc: Doc, hit: Hit, lo: int, hi: int) -> tuple[list[Ent], list[Ent]] | None:
    i, word, body, voice = hit.i, hit.word, doc.lowered, hit.trigger.voice
    if voice == "order" and not (_PAY_WORD.search(word) or _TO_PAY.match(body, hit.end, hi)):
        return None  # "told Reuters", "ordered 50 aircraft": no order to pay
    if voice == "appeal" and not _DECISION.match(body, hit.end, hi):
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
        if not defendants and _CLITIC.search(body, max(lo, hit.start - 12), hit.start):
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
            return accuser or _plaintiffs_after(doc, hit, hi, _FROM_PLAINTIFF), target
        if word in _NEEDS_AGAINST and against is None and not (targeted or filed_by or lodged):
            if _DISTINCT.search(body, max(lo, hit.start - 40), hit.start):
                return _entitled(doc, hit, lo, hi, subj)  # "in a third patent case"
            return None
        bearing = against is None and _BEARING.search(body, max(lo, hit.start - 60), hit.start)
        if bearing and subj:
            # "Orbital won the dismissal of a lawsuit brought by Lumora", "Orbital will
            # pay $20 million to resolve a Federal Trade Commission lawsuit"
            owner = _owner_before(doc, i, bearing.end("verb"), hit.start)
            plaintiffs = owner or _plaintiffs_after(doc, hit, hi, _FROM_PLAINTIFF)
            return plaintiffs, [e for e in subj if e.name not in {p.name for p in plaintiffs}]
        if against is None and by is None and not targeted:
            if hit.trigger.kind == "countersuit" and subj:
                return subj, []  # "Media Matters filed a countersuit": against its plaintiff
            return None
        if targeted:
            # "Pinebrook is fighting a lawsuit filed by Aurelia", "X est visée par une plainte de Y"
            return _plaintiffs_after(doc, hit, hi, _FROM_PLAINTIFF), subj
        if by is not None:
            plaintiffs = _plaintiffs_after(doc, hit, hi, _FROM_PLAINTIFF)
        elif that is not None:
            plaintiffs = after(doc, i, that.end(), hi, None, reach=20)
        else:
            plaintiffs = possessor(doc, i, lo, hit.start) or subj
        # "une plainte ... contre les conditions de l'utilisation de leurs contenus par Google"
        reach = 60 if word in _COMPLAINTS else 40
        defendants = after(doc, i, against.end(), hi, None, reach=reach) if against else []
        return plaintiffs, defendants
    if voice == "fine":
        return _fine(doc, hit, lo, hi, subj)
    if voice == "order":
        return _ordered(doc, hit, lo, hi, subj)
    if voice == "appeal":
        return _appeal(doc, hit, lo, hi, subj)
    if voice == "probe":
        return _probe(doc, hit, lo, hi, subj)
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
            if not _LEGAL.search(body, lo, hi):
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
        regulator = _settled_with_regulator(doc, hit, hi, subj)
        if regulator is not None:
            return regulator
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


_WITH = marker(r"with|avec")
_AS_PART_OF = re.compile(
    r"\s*(?:as part of|under|in|through|dans le cadre d['’]|aux termes d['’])\s*"
    r"(?:[\w$€£.,'’-]+\s+){0,4}$"
)


def _settled_with_regulator(doc: Doc, hit: Hit, hi: int, subj: list[Ent]):
    """ "Orbital agreed to a $2.5 billion settlement with the Federal Trade
    Commission", "Orbital settled with the SEC", "The FTC reached a settlement with
    Orbital": a settlement with an authority ends the authority's case."""
    other = [e for e in after(doc, hit.i, hit.end, hi, _WITH, reach=10, mark_reach=30) if e.name]
    sentence = doc.sentences[hit.i]
    if other and not subj and _AS_PART_OF.match(doc.lowered, sentence.start, hit.start):
        # "As part of a settlement with the FTC, which included a fine, it agreed":
        # the one settling is the subject after the opening phrase
        subj = [
            e
            for e in doc.ents(hit.i)
            if e.start > other[-1].end and doc.lowered[e.start - 2 : e.start] == ", "
        ][:1]
    if not other or not subj:
        return None
    if all(REGULATOR.search(e.name) for e in other) and not any(
        REGULATOR.search(e.name) for e in subj if e.name
    ):
        return other, subj
    if all(REGULATOR.search(e.name) for e in subj if e.name) and not any(
        REGULATOR.search(e.name) for e in other
    ):
        return subj, other
    return None


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
    block = _TO_BLOCK.match(body, hit.end)
    if block is None:
        return None
    buyer = possessor(doc, i, block.start("object"), block.start("noun")) or after(
        doc, i, block.end(), hi, BY, reach=40, mark_reach=40
    )
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


# Fines and sanctions (regulators' decisions are lawsuits: the authority is the
# plaintiff, the one fined the defendant).
_FINE_NOUNS = {
    "fine",
    "fines",
    "penalty",
    "penalties",
    "amende",
    "amendes",
    "sanction",
    "sanctions",
}
_FINED = marker(r"on|against|to|à|au|aux|contre|à l['’]encontre de|à l['’]encontre du")
# "a $5 billion fine for Google": "for" names the one fined only when the name
# follows at once; "fined for breaching EU rules" gives the reason.
# "the maximum penalty for a GDPR breach": a name after an article is the reason's.
_FOR = re.compile(r"(?<![\w-])(?:for|pour)(?=\s)(?!\s+(?:an?|une?|des?)\s)")
_INFLICT = re.compile(
    r"(?<![\w-])(?:impos\w*|issu\w*|levied|levies|levy|handed|hands|slapped|slaps|announced|"
    r"inflig\w*|prononc\w*|décid\w*|annonc\w*|a annoncé)\s+(?:[\w'’-]+\s+){0,4}$"
)
_EARNED = re.compile(
    r"(?:(?P<clitic>lui|leur)\s+)?(?:a|ont|avait|avaient|aura|va)\s+(?:\w+\s+)?(?P<verb>valu\w*)\s+"
    r"(?:[\w'’-]+\s+){0,5}$"
)


def _salient(doc: Doc, i: int, others: set[str], regulator: bool = False) -> list[Ent]:
    """ "lui a valu une sanction": the organization the article is about so far
    (named most often up to sentence ``i``, the first of equals); with
    ``regulator``, the authority the whole article names most."""
    counts: dict[str, int] = {}
    first: dict[str, Ent] = {}
    for k in range(len(doc.sentences) if regulator else i + 1):
        for e in doc.plain_ents(k):
            if (
                e.type == "organization"
                and e.name
                and e.name not in others
                and (not regulator or REGULATOR.search(e.name))
            ):
                counts[e.name] = counts.get(e.name, 0) + 1
                first.setdefault(e.name, e)
    best = max(counts, key=counts.get, default=None)
    if best is None:
        return []
    e = first[best]
    return [Ent(e.start, e.end, e.name, e.type, coref=True)]


_PAYS = re.compile(
    r"(?<![\w-])(?:pay|pays|paid|paying|payer|paie|paient|verser|versé|verse|acquitter|acquitte"
    r"|acquitté|acquittée)\s+"
    r"(?:[\w$€£.,'’-]+\s+){0,5}$"
)
_PAID = marker(r"to|à|au|aux")
_HIT_WITH = re.compile(
    r"(?<![\w-])(?:hit|hits|slapped|slaps|slap|slammed|slams|slam)\s+(?!with\s)"
    r"(?P<object>[^,;]{1,60}?)\s+with\s+"
    r"(?:[\w$€£.,()-]+\s+){0,6}$"  # "with a massive €345 million ($369 million) fine"
)
_DATIVE = re.compile(r"\s*(?:à|au|aux|on|to)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?")


def _fined_between(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """ "infligé à Apple une amende", "imposed on Meta a fine": the one fined
    between the verb and the fine."""
    verb = re.match(r"[\w-]+", doc.lowered[lo:pos])
    start = lo + (verb.end() if verb else 0)
    for k, e in enumerate(ents := doc.ents(i)):
        if start <= e.start and e.end <= pos:
            return (
                group_at(doc, ents, k, pos)
                if _DATIVE.fullmatch(doc.lowered, start, e.start)
                else []
            )
    return []


_PAY_TO = re.compile(
    r"(?<![\w-])(?:verser|payer|rembourser)\s+(?:[\w$€£.,'’-]+\s+){0,8}?(?:à|au|aux)\s+"
    r"(?:l['’]|la\s+|le\s+|les\s+)?"
)


def _paid_to(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    """ "condamné à verser 10 millions d'euros à Orbital": the one paid won the suit."""
    pay = _PAY_TO.search(doc.lowered, hit.end, min(hi, hit.end + 120))
    return after(doc, hit.i, pay.end(), hi, None, reach=2) if pay else []


# "A jury ordered Samsung to pay $290 million to Apple", "Intel was told to pay
# VLSI $2.18 billion", "Amazon must pay $25 million": a decision to pay is a
# ruling against the one who pays, in favour of the one paid.
_TO_PAY = re.compile(
    r"(?P<object>\s+(?:[^,;:]{1,60}?\s+)??)(?:to|de|d['’]|à)\s*(?:also\s+)?"
    r"(?P<verb>pay|repay|refund|compensate|payer|verser|rembourser|indemniser)(?![\w-])"
)
_A_FINE = re.compile(r"(?<![\w-])(?:fines?|penalty|penalties|amendes?|sanctions?)(?![\w-])")
_PAY_WORD = re.compile(r"\s+(?:also\s+)?(?:pay|payer|verser)$")
_LEGAL = re.compile(
    r"(?<![\w-])(?:court|jury|judge|verdict|ruling|ruled|trial|lawsuit|suit|damages|fine|"
    r"charges|infring\w*|settle\w*|jurors?|tribunal|cour|juge|jugement|procès|amende|"
    r"dommages)(?![\w-])"
)
_PAY_DATIVE = re.compile(r"\s+(?:(?:to|à|au|aux)\s+)?(?:the\s+|l['’]|la\s+|le\s+|les\s+)?")


def _ordered(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    """The one ordered to pay is sued by the one paid ("to pay $290 million to
    Apple", "pay VLSI $2.18 billion"), else by the authority ordering or named
    by "by"; the court is no party (a plaintiff left out is found nearby)."""
    i, body = hit.i, doc.lowered
    start, end = doc.sentences[max(0, i - 1)].start, doc.sentences[i].end
    authority = [e for e in subj if e.name and REGULATOR.search(e.name)]
    if not (authority or _LEGAL.search(body, start, end)):
        return None
    if _PAY_WORD.search(hit.word):
        pay, obj = hit.end, None
    else:
        order = _TO_PAY.match(body, hit.end, hi)
        if order is None:
            return None
        pay, obj = order.end(), order.span("object")
    money = [m for m in doc.of_type(i, "money") if pay <= m.start <= pay + 60 and m.end <= hi]
    if not money or _A_FINE.search(body, pay, min(hi, money[0].end + 20)):
        return None  # "devra verser une amende au Trésor": the fine's words say who fines
    paid = _named_between(doc, i, pay, money[0].start)[:1] or after(
        doc, i, money[0].end, hi, _PAID, reach=5, mark_reach=40
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


# "Microsoft is appealing the CMA decision", "Meta will appeal the fine imposed
# by the DPC", "Apple a fait appel de la décision de l'Autorité": an appeal of an
# authority's decision is a suit against the authority (the appeal of a court's
# ruling goes on with the suit told before: no new suit).
_DECISION = re.compile(
    r"\s+(?:(?:against|of|de|du|d['’]|contre)\s*)?(?P<np>(?:[\w$€£.,'’-]+\s+){0,7}?)"
    r"(?P<noun>decision|ruling|fine|penalty|order|sanction|décision|amende|verdict)s?(?![\w-])"
)
_OF_AUTHORITY = marker(r"by|of|par|de|du|d['’]|de la part de")


def _appeal(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    i = hit.i
    found = _DECISION.match(doc.lowered, hit.end, hi)
    if found is None or _GIVEN_UP.search(doc.lowered, max(lo, hit.start - 30), hit.start):
        return None  # "Google avait renoncé à faire appel"
    named = ents_between(doc, i, found.start("np"), found.start("noun")) + after(
        doc, i, found.end(), hi, _OF_AUTHORITY, reach=30, mark_reach=40
    )
    authority = [e for e in named if e.name and REGULATOR.search(e.name)][:1]
    if not authority and found.group("noun") in _FINE_NOUNS:
        # "Google appealed the fine": the authority of the fine told nearby, else the one
        # the article names
        fined = {e.name for e in subj}
        authority = _regulator(doc, i, fined) or _only_authority(doc, fined)
    appellant = possessor(doc, i, lo, hit.start) or subj
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


def _probe(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
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
            or _owner_before(doc, i, lo, hit.start)
            or subj
            or after(doc, i, hit.end, hi, BY, reach=40, mark_reach=60)
        )
    target = [e for e in target[:1] if e.name and not REGULATOR.search(e.name)]
    if not target or _DEAL_OWNED.match(body, target[0].end):
        return None  # an authority probed by another; a deal's review
    authority = [e for e in authority if e.name and REGULATOR.search(e.name)]
    return authority or _named_again(doc, i, {target[0].name}), target


_BE_ORDERED = re.compile(r"(?<![\w-])(?:was|were|been|is|are|being|a été|ont été|est|sont)\s+$")


_TARGET_OF = re.compile(
    r"(?:hit with|slapped with|faces?|facing|faced|received|receives|given|handed|was handed|"
    r"écop\w*|reçu|visée?s? par|se voit infliger|s['’]est vue? infliger|condamnée? à)"
    r"\s+(?:[\w$€£.,-]+\s+){0,5}$"
)
_AMOUNT_NEXT = re.compile(
    r"\s+(?:[$€£]|us\$|usd\s|eur\s|\d[\d.,]*\s*(?:bn|m|billion|million|euros?|dollars?))"
)
_PRICED_NEAR = re.compile(r"[$€£]|\d\s*(?:bn|m|milliards?|millions?)|billion|million")
REGULATOR = re.compile(
    r"commission|authorit|autorité|department|ministry|ministère|regulator|agency|agence|"
    r"office|board|bureau|watchdog|justice|procureur|prosecutor|attorneys? general|"
    r"(?<![\w-])(?:cnil|ftc|sec|doj|cma|fcc|dpc|arcep|adlc|dgccrf|ofcom|accc|kftc|samr|cnmc|"
    r"cnpd|aepd|ico|garante|agcm|bundeskartellamt)(?![\w-])",
    re.IGNORECASE,
)


def _fine(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    """ "The CNIL fined Microsoft", "Meta was fined €1.2bn by the DPC", "a fine
    of $5 billion against Google", "l'Autorité a infligé à Apple une amende",
    "Apple est sanctionné par", "Meta has been hit with a €1.2bn fine"."""
    i, word, body = hit.i, hit.word, doc.lowered
    window = body[max(lo, hit.start - 60) : min(hi, hit.end + 60)]
    earned = _EARNED.search(body, max(lo, hit.start - 60), hit.start)
    struck = _HIT_WITH.search(body, max(lo, hit.start - 90), hit.start)
    if not (_PRICED_NEAR.search(window) or earned or struck) and word in _FINE_NOUNS | {"fine"}:
        return None  # "a fine line", "in fine"
    if word in _FINE_NOUNS:
        if _TARGET_OF.search(body, max(lo, hit.start - 60), hit.start):
            plaintiffs = after(doc, i, hit.end, hi, _FROM_PLAINTIFF, reach=40, mark_reach=80)
            return plaintiffs, subj
        if _PAYS.search(body, max(lo, hit.start - 60), hit.start):
            # "Orbital agreed to pay a $5 million penalty to the SEC" (not "au Trésor")
            paid = after(doc, i, hit.end, hi, _PAID, reach=30, mark_reach=60)
            return [e for e in paid if e.name and REGULATOR.search(e.name)], subj
        if struck is not None:
            # "The Commission hit Orbital with a €2 billion fine"
            fined = ents_between(doc, i, struck.start("object"), struck.end("object"))
            if fined:
                fining = [e for e in subj if e.end <= struck.start()] or [
                    # "The European Union on Friday slammed X": the authority before the verb
                    e
                    for e in ents_between(doc, i, lo, struck.start())[:1]
                    if e.name and public_body(e.name)
                ]
                return fining, fined[:1]
        if earned is not None:
            # "Ce manquement a valu à Apple une amende de la CNIL", "lui a valu une
            # sanction de la Cnil": the one it earned the fine (the topic, for "lui")
            fined = _fined_between(doc, i, earned.start("verb"), hit.start)
            plaintiffs = after(doc, i, hit.end, hi, _FROM_PLAINTIFF, reach=40, mark_reach=80)
            if not fined and earned.group("clitic"):
                fined = _salient(doc, i, {e.name for e in plaintiffs})
            return plaintiffs, fined
        owner = possessor(doc, i, lo, hit.start)
        against = after(doc, i, hit.end, hi, _FINED, reach=40, mark_reach=80) or after(
            doc, i, hit.end, hi, _FOR, reach=5, mark_reach=40
        )
        by = after(doc, i, hit.end, hi, BY, reach=40, mark_reach=80)
        inflict = _INFLICT.search(body, max(lo, hit.start - 60), hit.start)
        if inflict is not None:
            # "infligé à Apple une amende": who inflicts it comes before the verb
            fining = [e for e in subj if e.end <= inflict.start()]
            return fining or by, against or _fined_between(doc, i, inflict.start(), hit.start)
        if owner and against:
            return owner, against
        if by and not (against or owner):
            # "an earlier fine of €265m by the DPC"; "Meta went to court to quash an
            # earlier fine by the DPC": the one fined appeals against the authority
            fined = [e for e in subj if e.name not in {b.name for b in by}]
            if fined and _appealed(body, lo, hit.start):
                return fined, by
            return by, fined
        if by or against or owner:
            return by, against or owner
        return None
    passive = is_passive(doc, hit, hi) or (
        word
        in (
            "sanctionné",
            "sanctionnée",
            "sanctionnés",
            "sanctionnées",
            "condamné",
            "condamnée",
            "condamnés",
            "condamnées",
        )
        and not _CLITIC.search(body, max(lo, hit.start - 12), hit.start)
        and not re.search(
            # "avait déjà sanctionné": active, an adverb after the auxiliary
            r"(?<!\w)(?:a|ont|avait|avaient|aura|auront)\s+(?:\w+\s+)?$",
            body[max(lo, hit.start - 20) : hit.start],
        )
    )
    if passive:
        owed = _paid_to(doc, hit, hi) if word.startswith("condamn") else []
        return owed or after(doc, i, hit.end, hi, BY, reach=40, mark_reach=80), subj
    if _AMOUNT_NEXT.match(body, hit.end) and subj and not _REGULATOR_NAMES({e.name for e in subj}):
        # "Orbital fined €4.3 billion over ...": a title's passive without its "was";
        # the authority named after "by", or the one the article names most
        by = after(doc, i, hit.end, hi, BY, reach=40, mark_reach=80)
        return by or _salient(doc, i, {e.name for e in subj}, regulator=True), subj
    if word.startswith("condamn"):
        # "La cour a condamné Lumora à verser 10 millions d'euros à Orbital"
        defendants = after(doc, i, hit.end, hi, None, reach=40)
        owed = _paid_to(doc, hit, hi)
        if owed and defendants:
            return owed, defendants
    if word.startswith(("inflig", "impos")):
        # "infligé à Apple une amende", "infligé une sanction de 250 millions à Alphabet"
        defendants = after(doc, i, hit.end, hi, _FINED, reach=30, mark_reach=90)
        return subj, defendants
    return subj, after(doc, i, hit.end, hi, None, reach=40)


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
        return subj, after(doc, hit.i, lo, hit.start, _FROM_PLAINTIFF, reach=40, mark_reach=120)
    return [], []


_APPEAL = re.compile(
    r"(?<![\w-])(?:appeal\w*|quash\w*|overturn\w*|challeng\w*|contest\w*|fait appel|faire appel|"
    r"contester|contest[ée]\w*|annuler|annulation)(?![\w-])"
)
# "Google avait renoncé à faire appel", "decided not to appeal": no appeal.
_GIVEN_UP = re.compile(
    r"(?:renonc\w* à|(?<![\w-])not to|(?<![\w-])not|n['’]\w+ pas|ne pas|sans|without|"
    r"declin\w* to|refus\w* de|dropp\w*|abandon\w*)\s+(?:[\w'’]+\s+){0,2}$"
)


def _appealed(body: str, lo: int, pos: int) -> bool:
    """An appeal word in [lo, pos) that no "renoncé à", "not" gives up."""
    return any(
        not _GIVEN_UP.search(body, max(lo, m.start() - 30), m.start())
        for m in _APPEAL.finditer(body, lo, pos)
    )


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
                defendants = _blocked(doc, draft, out, names)
                draft.parties += [(e, "defendant") for e in defendants]
        if defendants and not plaintiffs and draft.status != "ruled":
            start = doc.sentences[draft.i].start
            if _AUTHORITY_AGAIN.search(doc.lowered, start, draft.anchor):
                # "The agency first sued Orbital in December": the authority told before
                plaintiffs = _salient(doc, draft.i, {e.name for e in defendants}, regulator=True)
                draft.parties = [(e, "plaintiff") for e in plaintiffs] + draft.parties
        if defendants and not plaintiffs and draft.status == "ruled":
            plaintiffs = _regulator(doc, draft.i, {e.name for e in defendants}) or _named_again(
                doc, draft.i, {e.name for e in defendants}
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
            partner = _other_half(out, draft, bool(plaintiffs))
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
            kept += _per_defendant(draft) if draft.status == "ruled" else [draft]
    for k, draft in enumerate(kept):
        if draft.type == "lawsuit" and any(_dated_apart(e, draft) for e in kept[:k]):
            draft.distinct = True  # "sued Monday", "first sued in December": two suits
    return kept


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
    return _names(a, True) == _names(b, True) and _names(a, False) == _names(b, False)


_COMPLAINT_WORD = re.compile(r"(?<![\w-])(?:complaints?|plaintes?)(?![\w-])")


def _complainants(doc: Doc, out: list[Draft]) -> list[Draft]:
    """ "The watchdog's decision to impose the fine was the result of a complaint
    by X": a regulator's case opened on a named complaint is the complainant's
    suit against the one fined (the complainant is the plaintiff, not the
    authority that decides)."""
    complaints = [
        d
        for d in out
        if d.type == "lawsuit"
        and _COMPLAINT_WORD.search(doc.lowered, *_span(doc, d.i))
        and _names(d, True)
        and not _REGULATOR_NAMES(_names(d, True))
    ]
    if not complaints:
        return out
    fined = _fined(out)
    for draft in complaints:
        if not _names(draft, False) and fined:
            draft.parties += [(e, "defendant") for e in fined]
    targets = set().union(*(_names(d, False) for d in complaints if _two_sided(d)))
    return [
        d
        for d in out
        if not (
            d.type == "lawsuit"
            and d.status == "ruled"
            and _REGULATOR_NAMES(_names(d, True))
            and _names(d, False)
            and _names(d, False) <= targets
        )
    ]


def _REGULATOR_NAMES(names: set[str]) -> bool:
    return bool(names) and all(REGULATOR.search(n) for n in names)


def _fined(out: list[Draft]) -> list[Ent]:
    """The one a regulator fined in the article: the defendant of its fine, or
    the appellant against the regulator."""
    for draft in out:
        if draft.type != "lawsuit" or not _two_sided(draft):
            continue
        plaintiffs = [e for e, role in draft.parties if role in PLAINTIFF_ROLES and e.name]
        defendants = [e for e, role in draft.parties if role not in PLAINTIFF_ROLES and e.name]
        if _REGULATOR_NAMES({e.name for e in plaintiffs}):
            return defendants
        if _REGULATOR_NAMES({e.name for e in defendants}):
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
        (frozenset(_names(d, True)), frozenset(_names(d, False)))
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
        sued = _names(earlier, False) if earlier.type == "lawsuit" else set()
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


def _other_half(out: list[Draft], draft: Draft, has_plaintiffs: bool) -> Draft | None:
    for earlier in reversed(out):
        if earlier.type != "lawsuit" or draft.i - earlier.i > 3:
            continue
        sides = {role in PLAINTIFF_ROLES for e, role in earlier.parties if e.name}
        if sides == {not has_plaintiffs}:
            return earlier
    return None


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


_BLOC = re.compile(r"european union|eu|ue|union européenne|union", re.IGNORECASE)


def _deciding(doc: Doc, i: int, fining: list[Ent], fined: list[Ent]) -> list[Ent]:
    """ "The EU fined Meta ..., the European Commission said": a fine is the
    deciding authority's; a bloc or a country named as fining gives way to the
    regulator named nearby."""
    if not all(e.name and _BLOC.fullmatch(e.name) for e in fining):
        return fining
    return _regulator(doc, i, {e.name for e in fined}) or fining


# "penalties imposed by Brussels", "the Commission had considered": an authority
# named again by its head noun or its seat.
_AUTHORITY_AGAIN = re.compile(
    r"(?<![\w-])(?:(?:the|la|le|l['’])\s*(?:commission|regulator|watchdog|authority|autorité|"
    r"agency|agence|régulateur|gendarme)|brussels|bruxelles)(?![\w-])"
)


def _named_again(doc: Doc, i: int, defendants: set[str]) -> list[Ent]:
    """The authority the article names most, when sentence ``i`` or the next
    one names an authority again without its name."""
    end = doc.sentences[min(i + 1, len(doc.sentences) - 1)].end
    if not _AUTHORITY_AGAIN.search(doc.lowered, doc.sentences[i].start, end):
        return []
    return _salient(doc, i, defendants, regulator=True)


def _regulator(doc: Doc, i: int, defendants: set[str]) -> list[Ent]:
    """The authority named in sentence ``i`` or nearest it (three sentences)."""
    order = [i] + [k for d in (1, 2, 3) for k in (i - d, i + d)] + [i + 4, i + 5]
    for k in order:
        if not 0 <= k < len(doc.sentences):
            continue
        for e in doc.plain_ents(k):
            if e.type == "organization" and e.name not in defendants and REGULATOR.search(e.name):
                return [Ent(e.start, e.end, e.name, e.type, coref=k != i)]
    return []


def _only_authority(doc: Doc, defendants: set[str]) -> list[Ent]:
    """The one authority the article names, if it names one only ("the commission" of a
    list of its fines)."""
    named = {
        e.name: e
        for k in range(len(doc.sentences))
        for e in doc.plain_ents(k)
        if e.type == "organization" and e.name not in defendants and REGULATOR.search(e.name)
    }
    if len(named) != 1:
        return []
    e = next(iter(named.values()))
    return [Ent(e.start, e.end, e.name, e.type, coref=True)]
