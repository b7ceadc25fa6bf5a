"""Regulators' fines as lawsuits.

The authority (or the complainant) is the plaintiff and the fined company the
defendant: "The CNIL fined Microsoft", "Meta was fined €1.2bn by the DPC",
"l'Autorité a infligé à Apple une amende". Also the small readings the lawsuit
rules share: owners before a suit noun, the plaintiff after "from". Orders to
pay and appeals are in ``rulings.py``; which authority a case belongs
to when its sentence does not say, in ``authorities.py``."""

from __future__ import annotations

import re

from newsdb.extract.facts.authorities import (
    REGULATOR,
    all_regulators,
    nearest_regulator,
    only_authority,
    salient,
)
from newsdb.extract.facts.coref import Doc, public_body
from newsdb.extract.facts.rules import BY, Hit, ents_between, is_passive, marker
from newsdb.extract.facts.sentences import Ent
from newsdb.extract.facts.subjects import after, group_at, possessor

_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}")


def owner_before(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """ "an FTC lawsuit", "the Justice Department's antitrust suit": the name
    owning the suit noun at ``pos``."""
    for e in reversed(ents_between(doc, i, lo, pos)):
        return [e] if _OWNER_GAP.fullmatch(doc.lowered, e.end, pos) else []
    return []


FROM_PLAINTIFF = marker(r"by|par|from|de la part de|de|du|des|d['’]")

CLITIC = re.compile(r"(?<!\w)(?:l['’]|le |la |les )(?:a |ont |avait |avaient )?$")


_WITH = marker(r"with|avec")

_AS_PART_OF = re.compile(
    r"\s*(?:as part of|under|in|through|dans le cadre d['’]|aux termes d['’])\s*"
    r"(?:[\w$€£.,'’-]+\s+){0,4}$"
)


# "with Australia's privacy regulator", "with the UK competition watchdog" (not "with
# the tax authority in Ireland": an authority the article need not name)
_AUTHORITY_DESCRIBED = (
    r"(?:[\w.-]+['’]s\s+|the\s+(?:(?:uk|us|u\.s\.|eu|[a-z]+(?:an|ish|ese|ch|i))\s+)?|its\s+"
    r"|l['’]|le\s+|la\s+)"
    r"(?:(?:competition|antitrust|privacy|data(?:[ -]protection)?|consumer|markets?|financial|"
    r"securities|telecoms?|communications|media|digital|information|de la concurrence|"
    r"des données)\s+)?"
    r"(?:regulator|watchdog|authority|régulateur|gendarme|autorité)(?![\w-])"
)
_WITH_REGULATOR = re.compile(r"\s+(?:with|avec)\s+" + _AUTHORITY_DESCRIBED)
_AUTHORITY_NEAR = re.compile(r"(?<![\w-])(?:with|by|from|avec|par)\s+" + _AUTHORITY_DESCRIBED)


def settled_with_regulator(doc: Doc, hit: Hit, hi: int, subj: list[Ent]):
    """ "Orbital agreed to a $2.5 billion settlement with the Federal Trade
    Commission", "Orbital settled with the SEC", "The FTC reached a settlement with
    Orbital": a settlement with an authority ends the authority's case."""
    other = [e for e in after(doc, hit.i, hit.end, hi, _WITH, reach=10, mark_reach=30) if e.name]
    if not other and subj and _WITH_REGULATOR.match(doc.lowered, hit.end):
        # "a settlement with Australia's privacy regulator": the one the article names
        settling = {e.name for e in subj if e.name}
        other = nearest_regulator(doc, hit.i, settling) or only_authority(doc, settling)
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


# Fines and sanctions (regulators' decisions are lawsuits: the authority is the
# plaintiff, the one fined the defendant).
FINE_NOUNS = {
    "fine",
    "fines",
    "penalty",
    "penalties",
    "amende",
    "amendes",
    "sanction",
    "sanctions",
}

_AGENT_BEFORE = re.compile(r"(?<![\w-])(?:par|by)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$")
_FINED = marker(r"on|against|to|à|au|aux|contre|à l['’]encontre de|à l['’]encontre du")

# "a $5 billion fine for Google": "for" names the one fined only when the name
# follows at once; "fined for breaching EU rules" gives the reason.
# "the maximum penalty for a GDPR breach": a name after an article is the reason's.
_FOR = re.compile(r"(?<![\w-])(?:for|pour)(?=\s)(?!\s+(?:an?|une?|des?)\s)")

_INFLICT = re.compile(
    r"(?<![\w-])(?:impos\w*|issu\w*|levied|levies|levy|handed|hands|slapped|slaps|announced|"
    r"inflig\w*|prononc\w*|décid\w*|annonc\w*|a annoncé)\s+(?:[\w'’-]+\s+){0,4}$"
)

_AND_DATIVE = re.compile(
    r"(?<![\w-])(?:(?:et|and)\s+)?(?:à|au|aux|to|on)\s+(?:l['’]|la\s+|le\s+|the\s+)?$"
)
_ARTICLE_GAP = re.compile(r"\s+(?:une|un|an?|la|sa)\s+(?:[\w-]+\s+)?")
_EARNED = re.compile(
    r"(?:(?P<clitic>lui|leur)\s+)?(?:a|ont|avait|avaient|aura|va)\s+(?:\w+\s+)?(?P<verb>valu\w*)\s+"
    r"(?:[\w'’-]+\s+){0,5}$"
)


_PAYS = re.compile(
    r"(?<![\w-])(?:pay|pays|paid|paying|payer|paie|paient|verser|versé|verse|acquitter|acquitte"
    r"|acquitté|acquittée)\s+"
    r"(?:[\w$€£.,'’()-]+\s+){0,5}$"  # "pay $42.7 million (A$60 million) in fines"
)

PAID = marker(r"to|à|au|aux")

_HIT_BY = re.compile(
    r"(?<![\w-])(?:(?:is|was|were|are|been|being|gets?|got)\s+)?(?:hit|slapped|struck|slammed)\s+"
    r"(?:by|with)\s+(?:[\w$€£.,();-]+\s+){0,6}$"  # "with a €290m (£246m; $324m) fine"
)
_HIT_WITH = re.compile(
    r"(?<![\w-])(?:hit|hits|slapped|slaps|slap|slammed|slams|slam)\s+(?!with\s)"
    r"(?P<object>[^,;]{1,60}?)\s+with\s+"
    r"(?:[\w$€£.,();-]+\s+){0,6}$"  # "with a massive €345 million ($369 million) fine"
)

_DATIVE = re.compile(
    # ("inflige aujourd'hui à Google", "imposed on Friday on Meta")
    r"\s*(?:(?:aujourd['’]hui|mardi|lundi|mercredi|jeudi|vendredi|today|on \w+day|also|aussi|"
    r"également)\s+)?(?:à|au|aux|on|to)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?"
)


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


_TARGET_OF = re.compile(
    # (not "has handed out fines to X and Y": the one handing them out)
    r"(?:hit with|slapped with|faces?|facing|faced|received|receives|got|gets|given|"
    r"handed(?! out| down)|"
    r"écop\w*|reçu|visée?s? par|se voit infliger|s['’]est vue? infliger|condamnée? à)"
    r"\s+(?:[\w$€£.,'’-]+\s+){0,5}$"  # ("a écopé d'une amende")
)

_AMOUNT_NEXT = re.compile(
    r"\s+(?:[$€£]|us\$|usd\s|eur\s|\d[\d.,]*\s*(?:bn|m|billion|million|euros?|dollars?))"
)

_PRICED_NEAR = re.compile(r"[$€£]|\d\s*(?:bn|m|milliards?|millions?)|billion|million")


def fine(doc: Doc, hit: Hit, lo: int, hi: int, subj: list[Ent]):
    """ "The CNIL fined Microsoft", "Meta was fined €1.2bn by the DPC", "a fine
    of $5 billion against Google", "l'Autorité a infligé à Apple une amende",
    "Apple est sanctionné par", "Meta has been hit with a €1.2bn fine"."""
    i, word, body = hit.i, hit.word, doc.lowered
    # "a penalty of Rs 936 crore"; "le montant de l'amende imposée à Apple par
    # l'Autorité ... à 372 millions d'euros": a penalty (not "a fine line") priced in its clause
    near = (lo, hi) if word not in ("fine", "fines") else (hit.start - 60, hit.end + 60)
    near = max(lo, near[0]), min(hi, near[1])
    priced = _PRICED_NEAR.search(body, *near) or any(
        near[0] <= m.start < near[1] for m in doc.of_type(i, "money")
    )
    earned = _EARNED.search(body, max(lo, hit.start - 60), hit.start)
    struck = _HIT_WITH.search(body, max(lo, hit.start - 90), hit.start)
    if not (priced or earned or struck) and word in FINE_NOUNS | {"fine"}:
        return None  # "a fine line", "in fine"
    if word in FINE_NOUNS:
        paired = [
            e
            for e in doc.ents(i)
            if lo <= e.start
            and e.end <= hit.start
            and _ARTICLE_GAP.fullmatch(body, e.end, hit.start)
            and _AND_DATIVE.search(body, max(lo, e.start - 12), e.start)
        ]
        regulators = [e for e in subj if e.name and REGULATOR.search(e.name)]
        if paired and regulators:
            # "inflige à Google une amende de 150 millions d'euros et à Facebook une amende
            # de 60 millions": each the one named right before its fine
            return regulators, paired[-1:]
        if _TARGET_OF.search(body, max(lo, hit.start - 60), hit.start):
            plaintiffs = after(doc, i, hit.end, hi, FROM_PLAINTIFF, reach=40, mark_reach=80)
            return plaintiffs, subj
        if _PAYS.search(body, max(lo, hit.start - 60), hit.start):
            # "Orbital agreed to pay a $5 million penalty to the SEC" (not "au Trésor")
            paid = after(doc, i, hit.end, hi, PAID, reach=30, mark_reach=60)
            authority = [e for e in paid if e.name and REGULATOR.search(e.name)]
            if not paid and subj and _AUTHORITY_NEAR.search(doc.lowered, lo, hi):
                # "agreed to pay A$60 million in fines after a legal battle with Australia's
                # competition authority": the authority the article names nearby
                fined = {e.name for e in subj if e.name}
                authority = nearest_regulator(doc, i, fined) or only_authority(doc, fined)
            return authority, subj
        if subj and _HIT_BY.search(body, max(lo, hit.start - 60), hit.start):
            # "Delivery Hero Hit by $376 Million Fine for Glovo Cartel": the subject is fined
            plaintiffs = after(doc, i, hit.end, hi, FROM_PLAINTIFF, reach=40, mark_reach=80)
            return plaintiffs, subj
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
            plaintiffs = after(doc, i, hit.end, hi, FROM_PLAINTIFF, reach=40, mark_reach=80)
            if not fined and earned.group("clitic"):
                fined = salient(doc, i, {e.name for e in plaintiffs})
            return plaintiffs, fined
        owner = possessor(doc, i, lo, hit.start)
        against = after(doc, i, hit.end, hi, _FINED, reach=40, mark_reach=80) or [
            e  # ("une amende historique pour la CNIL": a record for the regulator)
            for e in after(doc, i, hit.end, hi, _FOR, reach=5, mark_reach=40)
            if not (e.name and REGULATOR.search(e.name))
        ]
        # "une amende ... qui doit être versée à Inwi": the one paid, not the one fined
        against = [
            e
            for e in against
            if not _PAYEE_BEFORE.search(body, max(lo, e.start - 24), e.start)
            # "l'amende prononcée à son encontre par la Cnil": the one fining
            and not _AGENT_BEFORE.search(body, max(lo, e.start - 12), e.start)
        ]
        by = after(doc, i, hit.end, hi, BY, reach=40, mark_reach=80)
        inflict = _INFLICT.search(body, max(lo, hit.start - 60), hit.start)
        if inflict is not None:
            # "infligé à Apple une amende": who inflicts it comes before the verb
            fining = [e for e in subj if e.end <= inflict.start()]
            # (the one between the verb and the fine first: "inflige à Google une amende
            # de 150 millions d'euros et à Facebook une amende de 60 millions")
            return fining or by, _fined_between(doc, i, inflict.start(), hit.start) or against
        if owner and against:
            return owner, against
        if by and not (against or owner):
            # "an earlier fine of €265m by the DPC"; "Meta went to court to quash an
            # earlier fine by the DPC": the one fined appeals against the authority
            fined = [e for e in subj if e.name not in {b.name for b in by}]
            appellant = _APPEAL_BY.search(body, max(lo, hit.start - 80), hit.start)
            if appellant is not None:
                # "an appeal by Google against a fine imposed by the Commission": the
                # fine itself (the appeal word tells the appeal)
                named = ents_between(doc, i, appellant.end(), hit.start)[:1]
                return by, named or fined
            if fined and _appealed(body, lo, hit.start):
                return fined, by
            return by, fined
        if against and not (by or owner):
            # "The European Union has handed out fines totalling €700 million to X and Y"
            by = [e for e in subj if e.name and public_body(e.name) and e not in against]
        if by or against or owner:
            return by, against or owner
        authorities = [e for e in subj if e.name and REGULATOR.search(e.name)]
        if len(authorities) == 1 and len(subj) > len(authorities):
            # "Epic Games and the FTC have agreed on a penalty of $520 million"
            return authorities, [e for e in subj if e not in authorities]
        deciding = [
            e
            for e in ents_between(doc, i, lo, hit.start)
            if e.agentive and e.name and REGULATOR.search(e.name)
        ]
        fined = [e for e in subj if e.name and not REGULATOR.search(e.name)]
        if deciding and fined:
            # "faire appel de sa condamnation par la Cnil ... à une amende de 32 millions"
            return deciding[-1:], fined
        return None
    passive = (
        is_passive(doc, hit, hi)
        or _PARTICIPLE_BY.match(body, hit.end)
        # "de se voir sanctionner financièrement par la Cnil", "s'est vu infliger"
        or _SEES_ITSELF.search(body, max(lo, hit.start - 24), hit.start)
        or (
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
            and not CLITIC.search(body, max(lo, hit.start - 12), hit.start)
            and not re.search(
                # "avait déjà sanctionné": active, an adverb after the auxiliary
                r"(?<!\w)(?:a|ont|avait|avaient|aura|auront)\s+(?:\w+\s+)?$",
                body[max(lo, hit.start - 20) : hit.start],
            )
        )
    )
    if passive:
        owed = _paid_to(doc, hit, hi) if word.startswith("condamn") else []
        by = owed or after(doc, i, hit.end, hi, BY, reach=40, mark_reach=80)
        apposed = _APPOSED_PARTICIPLE.search(body, max(lo, hit.start - 16), hit.start)
        named = [e for e in doc.ents(i) if apposed and e.end == apposed.start() and e.name]
        if named and not _COMPLEMENT_BEFORE.search(
            body, max(lo, named[0].start - 40), named[0].start
        ):
            # (not "Kestrel, concurrent de Orbital, déjà sanctionné": Kestrel's apposition)
            return by, named
        if word.startswith(("inflig", "impos")) and not subj:
            # "Des amendes de 500 et 200 millions d'euros ont été infligées aux groupes
            # Apple et Meta": the one fined after "à", the authority told nearby
            fined = after(doc, i, hit.end, hi, _FINED, reach=60, mark_reach=20)
            return by or nearest_regulator(doc, i, {e.name for e in fined}), fined
        return by, subj
    if _AMOUNT_NEXT.match(body, hit.end) and subj and not all_regulators({e.name for e in subj}):
        # "Orbital fined €4.3 billion over ...": a title's passive without its "was";
        # the authority named after "by", or the one the article names most
        by = after(doc, i, hit.end, hi, BY, reach=40, mark_reach=80)
        return by or salient(doc, i, {e.name for e in subj}, regulator=True), subj
    if word.startswith("condamn"):
        # "La cour a condamné Lumora à verser 10 millions d'euros à Orbital"; "vient de
        # condamner, ce lundi, le Maroc Telecom à une pénalité ... versée à Inwi"
        defendants = after(doc, i, hit.end, hi, None, reach=40)
        if not defendants:
            ents = doc.ents(i)
            aside = [
                k
                for k, e in enumerate(ents)
                if e.start > hit.end and _ASIDE_THEN.fullmatch(body, hit.end, e.start)
            ]
            defendants = group_at(doc, ents, aside[0], hi) if aside else []
        owed = _paid_to(doc, hit, hi)
        if owed and defendants:
            return owed, defendants
    if word.startswith(("inflig", "impos")):
        # "infligé à Apple une amende", "infligé une sanction de 250 millions à Alphabet",
        # "infligé au groupe asiatique de prêt-à-porter discount Shein une amende"
        defendants = after(doc, i, hit.end, hi, _FINED, reach=60, mark_reach=90)
        if _NOUN_PARTICIPLE.search(body, max(lo, hit.start - 60), hit.start):
            # "Le Conseil d'Etat a validé l'amende de 100 millions d'euros infligée à
            # Google par la Cnil": the fine's participle, its agent after "par" (not the
            # court upholding it)
            by = after(doc, i, hit.end, hi, BY, reach=60, mark_reach=90)
            if by:
                return by, [e for e in defendants if e not in by]
        return subj, defendants
    return subj, after(doc, i, hit.end, hi, None, reach=40)


_SEES_ITSELF = re.compile(
    r"(?<![\w-])(?:se\s+voi\w*|s['’](?:est|était)\s+vue?s?|se\s+sont\s+vue?s?)\s+$"
)
# "l'amende de 100 millions d'euros infligée": a fine noun right before the participle
_NOUN_PARTICIPLE = re.compile(
    r"(?<![\w-])(?:amendes?|sanctions?|pénalités?|fines?|penalt(?:y|ies))\s+"
    r"(?:(?:de|d['’]|of)\s+[^,;]{0,40}?)?$"
)
# "une amende ... infligée par l'autorité": a participle and its agent, no active verb
_PARTICIPLE_BY = re.compile(r"(?<=[eé])s?\s+(?:par|by)\s")
# "la négligence de Google, déjà sanctionné en 2020": the participle says who was fined
_APPOSED_PARTICIPLE = re.compile(r",\s*(?:déjà\s+|already\s+|also\s+|aussi\s+|lui-même\s+)?$")

_COMPLEMENT_BEFORE = re.compile(r",\s+(?:[a-zà-ÿ'’-]+\s+){1,3}(?:de|d['’]|du|of)\s*(?:l['’])?$")

_PAYEE_BEFORE = re.compile(
    r"(?<![\w-])(?:versée?s?|payée?s?|paid|payable|owed|due)\s+(?:to|à|au|aux)\s+"
    r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$"
)
_ASIDE_THEN = re.compile(r",[^,;.]{1,30},\s*(?:le\s+|la\s+|les\s+|l['’])?")
_APPEAL_BY = re.compile(r"(?<![\w-])appeals?\s+by\s+")
_APPEAL = re.compile(
    r"(?<![\w-])(?:appeal\w*|quash\w*|overturn\w*|challeng\w*|contest\w*|fait appel|faire appel|"
    r"contester|contest[ée]\w*|annuler|annulation)(?![\w-])"
)

# "Google avait renoncé à faire appel", "decided not to appeal": no appeal.
GIVEN_UP = re.compile(
    r"(?:renonc\w* à|(?<![\w-])not to|(?<![\w-])not|n['’]\w+ pas|ne pas|sans|without|"
    r"declin\w* to|refus\w* de|dropp\w*|abandon\w*)\s+(?:[\w'’]+\s+){0,2}$"
)


def _appealed(body: str, lo: int, pos: int) -> bool:
    """An appeal word in [lo, pos) that no "renoncé à", "not" gives up."""
    return any(
        not GIVEN_UP.search(body, max(lo, m.start() - 30), m.start())
        for m in _APPEAL.finditer(body, lo, pos)
    )


_PAY_TO = re.compile(
    # ("une pénalité de 6,3 milliards de dirhams qui doit être versée à Wana")
    r"(?<![\w-])(?:verser|payer|rembourser|(?:être|été|sera|seront)\s+"
    r"(?:versée?s?|payée?s?|remboursée?s?))\s+(?:[\w$€£.,'’-]+\s+){0,8}?"
    # "à payer 249,5 millions d'euros de dommages et intérêts au bénéfice de Digicel"
    r"(?:(?:au bénéfice|en faveur)\s+(?:de\s+|d['’])|à\s+|au\s+|aux\s+)"
    r"(?:l['’]|la\s+|le\s+|les\s+)?"
)


def _paid_to(doc: Doc, hit: Hit, hi: int) -> list[Ent]:
    """ "condamné à verser 10 millions d'euros à Orbital": the one paid won the suit."""
    pay = _PAY_TO.search(doc.lowered, hit.end, min(hi, hit.end + 120))
    paid = after(doc, hit.i, pay.end(), hi, None, reach=2) if pay else []
    # (not "versée au Trésor public", "payée à l'État": a fine's destination, no plaintiff)
    return [e for e in paid if not (e.name and public_body(e.name))]
