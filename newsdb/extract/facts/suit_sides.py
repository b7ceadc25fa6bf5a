"""Who sues whom, as one lawsuit word's clause says it (``suit_sides``): by the
word's voice (sue, suit, infringe, fine, order, appeal, probe, verdict, settle), with
the phrases of ``suit_phrases.py``; regulators' fines, orders and appeals are read by
``fines.py``."""

from __future__ import annotations

import re

from newsdb.extract.facts.coref import Doc, public_body
from newsdb.extract.facts.fines import (
    CLITIC,
    FROM_PLAINTIFF,
    fine,
    owner_before,
    settled_with_regulator,
)
from newsdb.extract.facts.rules import AGAINST, BY, Hit, ents_between, is_passive, marker
from newsdb.extract.facts.rulings import DECISION, LEGAL, PAY_WORD, TO_PAY, appeal, ordered, probe
from newsdb.extract.facts.sentences import INTRO, Ent
from newsdb.extract.facts.subjects import after, lex_intro, possessor, subject
from newsdb.extract.facts.suit_phrases import (
    CHALLENGE_TO,
    accusation,
    between,
    block_case,
    collective,
    entitled,
    favored,
    favored_own,
    infringed,
    members,
    payee,
    plaintiffs_after,
    suit_owner,
)

_BROUGHT_BY = marker(r"brought by|filed by|lodged by|initiated by|by|with|avec|par|de la part de")

_SUIT_TOPIC = re.compile(
    r"claims?|lawsuits?|suits?|case|complaint|dispute|charges|allegations|class action|"
    r"legal action|litige|plainte|procès|poursuites|contentieux|action en justice",
)

_BY_AFTER = re.compile(
    r"\s+(?:(?:filed|brought|lodged|initiated|launched|déposée?|intentée?|engagée?)\s+)?"
    r"(?:\w+\s+){0,2}?(?:by|par|from|de|du|des|d['’])(?:\s|(?<=['’]))",
)

# "The case was filed last year by authors A and B": a filing names the plaintiffs
_FILED_BY = re.compile(
    r",?\s+(?:(?:that|which|qui)\s+)?"
    r"(?:(?:was|were|has been|had been|have been|is|are|a été|ont été|avait été)\s+)?"
    r"(?:filed|brought|lodged|initiated|led|spearheaded|déposée?s?|intentée?s?|engagée?s?|portée?s?|"
    r"menée?s?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:by|par)\s"
)

# What the one sued does about the suit: "won the dismissal of", "lost", "to resolve".
_BEARING = re.compile(
    r"(?<![\w-])(?P<verb>won|wins|win|lost|loses|lose|defend\w*|contest\w*|resolv\w*|"
    r"beat|beats|avoid\w*|settl\w*|gagné|perdu|conteste\w*)\s+(?:[\w$€£.,'’-]+\s+){0,4}$"
)

# "to settle a lawsuit accusing": the subject settles the suit that accuses it
_SETTLING = re.compile(r"(?<![\w-])(?:settl\w*|resolv\w*)\s+(?:[\w$€£.,'’-]+\s+){0,4}$")
_SUIT_ACCUSING = re.compile(
    r"(?<![\w-])(?:lawsuits?|suits?|complaints?|actions?)\s+(?:accusing|accuses)$"
)

_THAT_BROUGHT = re.compile(r"\s+(?:that|which|que|qu['’])\s*")

_TARGETED = re.compile(
    r"(?:faces?|facing|faced|fighting|fights|fought|hit with|target of|subject of|"
    r"visée?s? par|fait l['’]objet d['’]|fait face à|confrontée? à|sous le coup d['’])"
    r"\s+(?:[\w-]+\s+){0,3}$",
)

_IN_COURT = re.compile(r"en justice|devant|tribunal|court")

_INCISE = re.compile(r"[,»\"”]\s*$")

_COMPLAINTS = {"complaint", "complaints", "plainte", "plaintes"}

_NEEDS_AGAINST = {"case", "complaint", "suit", "suits", "recours", "plainte", "plaintes", "procès"}

# The one who brought a suit, named right after its noun: "the case Epic has pursued against"
_FILER_VERB = re.compile(
    r"\s+(?:(?:has|had|have|is|was)\s+)?(?:filed|brought|pursued|lodged|launched|initiated|"
    r"started|pressed|pursuing|filing|bringing)(?![\w-])"
)


def suit_sides(doc: Doc, hit: Hit, lo: int, hi: int) -> tuple[list[Ent], list[Ent]] | None:
    i, word, body, voice = hit.i, hit.word, doc.lowered, hit.trigger.voice
    if voice == "order" and not (PAY_WORD.search(word) or TO_PAY.match(body, hit.end, hi)):
        return None  # "told Reuters", "ordered 50 aircraft": no order to pay
    if voice == "appeal" and word.startswith("challeng") and CHALLENGE_TO.match(body, hit.end):
        return block_case(doc, hit, lo, hi, [])  # "the FTC's challenge to X's acquisition"
    if voice == "appeal" and not DECISION.match(body, hit.end, hi):
        return None  # "the appeal of AI": no decision appealed
    subj = subject(doc, i, lo, hit.start) or members(doc, i, lo, hit.start)
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
        return subj or collective(
            doc, i, lex_intro(doc, lo, hit.start), hit.start, True
        ), defendants
    if voice == "infringe":
        return infringed(doc, hit, hi, subj)
    if voice == "suit":
        blocked = block_case(doc, hit, lo, hi, subj)
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
        accused = accusation(doc, i) if against is None and word != "case" else None
        if accused is not None and not targeted:
            # "X accused Y of fraud in a lawsuit filed Monday", "The suit, filed by X,
            # accuses Y of": the accuser (or the one filing) sues the accused
            accuser, target = accused
            return accuser or plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF), target
        if (
            word in _COMPLAINTS
            and against is None
            and subj
            and _LODGED_BEFORE.search(body, max(lo, hit.start - 40), hit.start)
            and _LODGED_WITH.match(body, hit.end)
        ):
            # "LDH, which subsequently submitted a complaint to the French DPA": the
            # complainant's case, against the one the authority fines (suit_pieces), or the
            # one it names ("a complaint with the FTC about Brindle")
            about = after(doc, i, hit.end, hi, _ABOUT, reach=30, mark_reach=60)
            return subj, [e for e in about if e.name and not public_body(e.name)]
        if word in _NEEDS_AGAINST and against is None and not (targeted or filed_by or lodged):
            if DISTINCT.search(body, max(lo, hit.start - 40), hit.start):
                return entitled(doc, hit, lo, hi, subj)  # "in a third patent case"
            return None
        bearing = against is None and _BEARING.search(body, max(lo, hit.start - 60), hit.start)
        if bearing and subj:
            # "Orbital won the dismissal of a lawsuit brought by Lumora", "Orbital will
            # pay $20 million to resolve a Federal Trade Commission lawsuit"
            owner = owner_before(doc, i, bearing.end("verb"), hit.start)
            plaintiffs = owner or plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF)
            return plaintiffs, [e for e in subj if e.name not in {p.name for p in plaintiffs}]
        if against is None and by is None and not targeted:
            if hit.trigger.kind == "countersuit" and subj:
                return subj, []  # "Media Matters filed a countersuit": against its plaintiff
            if subj and _FILED_A.search(body, max(lo, hit.start - 60), hit.start):
                # "They filed a copyright lawsuit in Los Angeles": against the one the
                # next sentences accuse (suit_pieces), else no suit
                return subj, []
            return None
        if targeted:
            # "Pinebrook is fighting a lawsuit filed by Aurelia", "X est visée par une plainte de Y"
            return plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF), subj
        if (
            subj
            and against is not None
            and _SUIT_ACCUSING.search(body, max(lo, hit.start - 60), against.end())
            and _SETTLING.search(body, max(lo, hit.start - 60), hit.start)
        ):
            # "Meta agreed to pay $725 million to settle a lawsuit accusing the social
            # media platform of": the one who settles is the accused
            return plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF), subj
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
            plaintiffs = plaintiffs_after(doc, hit, hi, FROM_PLAINTIFF)
        elif that is not None:
            plaintiffs = after(doc, i, that.end(), hi, None, reach=20)
        elif filer:
            plaintiffs = filer[:1]  # "a similar case Epic has pursued against Apple"
        else:
            plaintiffs = favored_own(doc, hit, lo) or possessor(doc, i, lo, hit.start) or subj
        # "une plainte ... contre les conditions de l'utilisation de leurs contenus par Google"
        reach = 60 if word in _COMPLAINTS else 40
        defendants = after(doc, i, against.end(), hi, None, reach=reach) if against else []
        if by is not None and defendants:
            # "The lawsuit, brought by X, accuses Apple of": the list after "by" ends
            # before the one accused
            plaintiffs = [e for e in plaintiffs if e.name not in {d.name for d in defendants}]
        return plaintiffs, defendants
    if voice == "favor":
        return favored(doc, hit, lo, hi)
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
            sides = between(doc, hit)
            if sides is not None:
                return sides
        if not (plaintiffs or defendants) and not DISTINCT.search(
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
        against = after(doc, i, hit.end, hi, AGAINST, reach=20, mark_reach=12)
        if subj and against and not {e.name for e in subj} & {e.name for e in against}:
            # "The FTC approved a record privacy settlement against Facebook"
            return subj, against
        if not _SUIT_TOPIC.search(body, lo, hi):
            return None
        if word in _DISPUTE_NOUNS and not _ENDING.search(body, max(lo, hit.start - 50), hit.start):
            return None  # "le litige porte sur": a dispute, not its end
        plaintiffs = (
            plaintiffs_after(doc, hit, hi, _BROUGHT_BY, groups=True)
            or suit_owner(doc, hit, hi)
            or payee(doc, hit, lo, subj)
        )
        paying = _PAYS_TO.search(body, max(lo, hit.start - 80), hit.start)
        if not plaintiffs and len(subj) == 2 and subj[0].name != subj[1].name and not paying:
            # "Apple, Qualcomm settle all legal disputes": each had sued the other
            return [subj[0]], [subj[1]]
        return plaintiffs, subj
    return None


_LODGED_BEFORE = re.compile(
    r"(?<![\w-])(?:submitted|filed|lodged|made|brought|sent|déposé|adressé|formulé)\s+"
    r"(?:an?|une|their|its|leur|sa)\s+(?:[\w-]+\s+)?$"
)
_FILED_A = re.compile(
    r"(?<![\w-])(?:filed|brought|lodged|launched|initiated|a déposé|ont déposé|a intenté|"
    r"ont intenté)\s+(?:an?|une?|their|its|leur|sa|son)\s+(?:[\w-]+\s+){0,4}$"
)
_ABOUT = marker(r"about|over|concerning|regarding|visant|concernant|au sujet de|sur")
_LODGED_WITH = re.compile(r"\s+(?:to|with|before|auprès de|auprès du|devant)\s")

# "Google and YouTube will pay $170 million to settle claims": both pay, both were sued.
_PAYS_TO = re.compile(
    r"(?<![\w-])(?:pay|pays|paid|paying|payer|paiera|paieront|verser|versera|verseront)\s+"
    r"(?:[\w$€£.,'’-]+\s+){0,6}?(?:to|in order to|pour|afin de)\s+$"
)

_OBTAINED = re.compile(
    r"(?<![\w-])(?:obtained|obtains|secured|secures|won|wins|extracted|obtenu|obtient|arraché)"
    r"\s+(?:[\w$€£.,'’-]+\s+){0,5}$"
)

_PAID_FROM = marker(r"from|de la part de|auprès de")

_APPROVAL = re.compile(r"(?<![\w-])(?:approval|approbation|homologation|validation)(?![\w-])")

# "the agency's case that sought to block Orbital's acquisition of Lumora", "an
# injunction to block the purchase": a suit against the buyer of a deal.
_BLOCKED_DEAL = re.compile(
    r"\s+(?P<object>(?:[\w$€£.,'’-]+\s+){0,4}?)(?P<noun>acquisition|purchase|merger|takeover|deal|"
    r"transaction|buyout|combination)(?![\w-])"
)

_TO_FORCE = re.compile(
    r"\s+(?:(?:that|which|qui)\s+)?(?:(?:seeking|seeks|aimed|aiming|visant)\s+)?"
    r"(?:to|à|pour|afin d['’])\s*(?:force|compel|oblige|require|stop|prevent|obliger|contraindre|"
    r"forcer|empêcher)\s+"
)

DISTINCT = re.compile(
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

_DISPUTE_NOUNS = {"litige", "litiges", "différend", "différends"}

_ENDING = re.compile(
    r"(?:mett\w+ (?:fin|un terme)|mis fin|mis un terme|terme|fin|régl\w+|sold\w+|clos\w+|"
    r"accord)\s+(?:[\w'’]+\s+){0,3}$"
)

_SUBORDINATE = re.compile(
    r"(?<![\w-])(?:after|before|when|because|since|until|once|as|après que|lorsque|quand|"
    r"parce que|depuis que)\s+"
)

_JUDGE = re.compile(r"(?<![\w-])(?:judge|juge|justice|magistrate)\s+$")
