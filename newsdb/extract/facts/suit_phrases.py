"""Phrases that name a suit's sides in their own way, for ``suit_sides.py``: "in
favor of X in its lawsuit against Y", "X accused Y of", "a lawsuit brought by X", "a
legal challenge by the FTC to X's purchase", "a battle between A and B", the one paid,
the members of a group of plaintiffs ("eight states, including Texas"), "the Texas
attorney general"."""

from __future__ import annotations

import re

from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.fines import (
    FROM_PLAINTIFF,
)
from newsdb.extract.facts.rules import BY, Hit, ents_between, marker
from newsdb.extract.facts.sentences import Ent
from newsdb.extract.facts.subjects import after, group_at, possessor, subject
from newsdb.extract.text.normalize import fold
from newsdb.extract.text.word_lists import PLACES

# "X accused Y of", "X alleges that Y", "X accuse Y de": the accused right after the verb
_ACCUSE = re.compile(
    r"(?<![\w-])(?:accus\w*|alleg\w* that|claim\w* that|reproch\w* à|(?P<of>alleging))\s+"
    r"(?:the\s+|le\s+|la\s+|l['’])?"
)
# "alleging Sonos of copying": the accused, then "of" (after an apposition at most)
_OF_AFTER = re.compile(r"(?:,[^,;.]{1,60},)?\s+of\s")


def accusation(doc: Doc, i: int) -> tuple[list[Ent], list[Ent]] | None:
    sentence = doc.sentences[i]
    for verb, accuser, target in _accusations(doc, i):
        if accuser or FROM_PLAINTIFF.search(doc.lowered, sentence.start, verb.start()):
            return accuser, target
    return None


def accused_later(doc: Doc, i: int, plaintiffs: set[str]) -> list[Ent]:
    """ "Disney and Universal filed a lawsuit in Los Angeles. The studios accuse
    Midjourney of": the one the plaintiffs (or a subject naming no one else) accuse
    in the next two sentences."""
    for j in range(i + 1, min(i + 3, len(doc.sentences))):
        for verb, accuser, target in _accusations(doc, j):
            named = {e.name for e in target if e.name} - plaintiffs
            if not named or not {a.name for a in accuser} <= plaintiffs:
                continue
            lo = doc.clause(j, verb.start())[0]
            if accuser or _POINTS_BACK.search(doc.lowered, lo, verb.start()):
                # (not "Analysts accuse Lumora of overpricing its chips")
                return [e for e in target if e.name in named]
    return []


# Who accuses, told again: "The studios", "They", "The lawsuit", "La plainte".
_POINTS_BACK = re.compile(
    r"(?<![\w-])(?:they|ils|elles|the\s+(?:[\w-]+\s+)?(?:studios|companies|plaintiffs|"
    r"publishers|authors|firms|groups|artists|lawsuit|suit|complaint|filing|petition)|"
    r"(?:la|cette)\s+plainte|les\s+plaignants|l['’]assignation)(?![\w-])"
)


def _accusations(doc: Doc, i: int):
    """(verb, accuser, accused) of "X accused Y of", "X alleges that Y", "alleging Y of"."""
    ents = doc.ents(i)
    sentence = doc.sentences[i]
    for verb in _ACCUSE.finditer(doc.lowered, sentence.start, sentence.end):
        for k, e in enumerate(ents):
            if e.start == verb.end():
                if verb.group("of") and not _OF_AFTER.match(doc.lowered, e.end):
                    break  # "alleging Sonos of copying", not "alleging Sonos' guilt"
                lo = doc.clause(i, verb.start())[0]
                accuser = subject(doc, i, lo, verb.start())
                target = group_at(doc, ents, k, sentence.end)
                names = {t.name for t in target}
                yield verb, [a for a in accuser if a.name not in names], target


_FAVOR = re.compile(r"(?<![\w-])(?:in favou?r of|en faveur de|en faveur d['’])\s*")

_OWN_SUIT = re.compile(r",?\s+in\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}")


def favored_own(doc: Doc, hit: Hit, lo: int) -> list[Ent]:
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


def favored(doc: Doc, hit: Hit, lo: int, hi: int) -> tuple[list[Ent], list[Ent]] | None:
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


# Whose patents (or rights) were infringed: "infringed three patents held by Lumora",
# "a enfreint des brevets détenus par Lumora"; "Lumora's patents".
_RIGHTS = re.compile(
    # ("violated medical tech company Masimo's patent rights")
    # (an aside after the owner: "Textron Innovations’ (maker of the Huey military chopper)
    # patents")
    r"\s+(?:[\w.'’-]+\s+|\([^()]{1,60}\)\s+){0,8}?(?P<noun>patents?|brevets?|copyrights?|"
    r"trademarks?|"
    r"droits d['’]auteur|marques?)(?![\w-])"
)

_OWNED_BY = marker(
    r"owned by|held by|belonging to|of|détenus? par|détenues? par|appartenant à|de|du|d['’]"
)


def infringed(doc: Doc, hit: Hit, hi: int, infringer: list[Ent]):
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
        if not owner:  # "infringed Lumora's patents", "Textron’ (maker of the Huey) patents"
            aside = body.rfind("(", hit.end, rights.start("noun"))
            owner = possessor(doc, i, hit.end, aside if aside > 0 else rights.start("noun"))
    if not owner and hit.word.startswith("violat"):
        return None  # "violated copyright laws": a law, no owner's rights
    accused = accusation(doc, i)
    if not owner and accused is not None:
        return accused
    if not owner or not infringer:
        return None
    return owner, [e for e in infringer if e.name not in {o.name for o in owner}]


# "the verdict in the long fight between Lumora and Orbital": the case's sides, the first
# named the one who brought it (as in "Lumora v. Orbital").
_BATTLE_BETWEEN = re.compile(
    r"\s+(?:in|of|from|dans|de)\s+(?:[\w-]+\s+){0,3}?(?:battle|dispute|fight|feud|case|"
    r"clash|trial|lawsuit|litigation|bataille|litige|différend|conflit|affaire|procès)\s+"
    r"(?:between|entre)\s+"
)


def between(doc: Doc, hit: Hit) -> tuple[list[Ent], list[Ent]] | None:
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


def payee(doc: Doc, hit: Hit, lo: int, subj: list[Ent]) -> list[Ent]:
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


def members(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
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


def collective(
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


def plaintiffs_after(
    doc: Doc, hit: Hit, hi: int, mark: re.Pattern, groups: bool = False
) -> list[Ent]:
    """The plaintiffs after "by"/"from" past the trigger: named, or collective (not the
    counsel: "The lawsuit, led by law firm Hagens Berman")."""
    named = [
        e
        for e in after(doc, hit.i, hit.end, hi, mark, reach=40, mark_reach=60)
        if e.name and not _COUNSEL.search(doc.lowered, max(0, e.start - 24), e.start)
    ]
    found = mark.search(doc.lowered, hit.end, min(hi, hit.end + 60))
    end = min(hi, found.end() + 40) if found else 0
    group = collective(doc, hit.i, found.end(), end, True, groups) if found else []
    if group and not (named and named[0].start < group[0].start):
        return group  # "a lawsuit from investors claiming the company lied"
    return named


_COUNSEL = re.compile(
    r"(?<![\w-])(?:law firms?|attorneys?|lawyers?|counsel|cabinet(?: d['’]avocats)?|avocats?)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)


# "to settle SEC charges", "settled the Justice Department's antitrust lawsuit":
# the name before the suit noun brought it.
_BEFORE_OWNER = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her|two|several)\s+)?(?:[\w$€£.,-]+\s+){0,2}"
)

_OWNED_SUIT = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:charges|claims|lawsuits?|suits?|case|complaint|"
    r"allegations)(?![\w-])"
)


def suit_owner(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    ents = doc.ents(hit.i)
    for k, e in enumerate(ents):
        if hit.end <= e.start and e.end <= hi:
            if _BEFORE_OWNER.fullmatch(doc.lowered, hit.end, e.start) and _OWNED_SUIT.match(
                doc.lowered, e.end, hi
            ):
                return group_at(doc, ents, k, e.end)
            break
    return []


CHALLENGE_TO = re.compile(
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

_GRANTED = re.compile(r"(?:an?|a preliminary|une?)\s+$")


def block_case(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    """ "The FTC withdrew the agency's case that sought to block Orbital's
    acquisition of Lumora", "refused to grant the FTC an injunction to block":
    the one seeking to block sues the buyer."""
    body, i = doc.lowered, hit.i
    block = _TO_BLOCK.match(body, hit.end) or CHALLENGE_TO.match(body, hit.end)
    if block is None:
        return None
    buyer = possessor(doc, i, block.start("object"), block.start("noun")) or after(
        doc, i, block.end(), hi, BY, reach=40, mark_reach=40
    )
    if block.re is CHALLENGE_TO:
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


_ENTITLED = re.compile(r"entitled to|owed|owes|doit verser|awarded")


def entitled(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    """ "VLSI was entitled to nearly $949 million from Intel in a third patent case"."""
    body = doc.lowered
    if _ENTITLED.search(body, lo, hit.start):
        return subj, after(doc, hit.i, lo, hit.start, FROM_PLAINTIFF, reach=40, mark_reach=120)
    return [], []
