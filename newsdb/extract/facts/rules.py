"""Shared pieces of the fact rules: finding parties, amounts, dates and
statuses around a trigger word in one clause (see ``deals`` and
``lawsuits``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.sentences import AUX_PARTICIPLE, HEADLINE_VERBS, INTRO, Ent
from newsdb.extract.facts.triggers import Trigger
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.normalize import word_set
from newsdb.extract.text.tokens import REUTERS_TICKER


@dataclass
class Hit:
    """A trigger word found in sentence ``i``."""

    i: int
    start: int
    end: int
    word: str  # normalized (text.normalize.normalize)
    trigger: Trigger


@dataclass
class Draft:
    """A fact under construction; ``facts.py`` turns it into a :class:`Fact`."""

    type: str
    i: int
    kind: str | None = None
    status: str | None = None
    parties: list[tuple[Ent, str]] = field(default_factory=list)
    amount: Mention | None = None
    date: Mention | None = None
    organization: Ent | None = None
    basis: str | None = None
    anchor: int = 0  # where the trigger is, to order facts
    distinct: bool = False  # "another trial", "a third patent case": not the suit told before
    told: bool = False  # "the deal between A and B": a deal noun pointing back to one told


def marker(words: str) -> re.Pattern:
    """A regex for one of ``words`` (an alternation) as whole words."""
    return re.compile(rf"(?<![\w-])(?:{words})(?!(?<=\w)\w)")


BY = marker(lex.BY)
AGAINST = marker(lex.AGAINST)
TO = marker(lex.TO)
WITH = marker(lex.WITH)
FOR = marker(lex.FOR)
OF = marker(lex.OF)
IN = marker(lex.IN)
INVESTORS = marker(lex.INVESTORS)
# A Reuters ticker after a name: "Amazon AMZN.O", "HP Inc HPQ.N".
# "Amazon AMZN.O and HP", "Vodafone (VOD.L) and CK Hutchison (0001.HK)"
_TICKER = re.compile(rf"\s+(?:{REUTERS_TICKER}|\((?:[A-Z0-9]{{1,6}}\.[A-Z]{{1,2}}|[A-Z]{{1,5}})\))")
_COORD = re.compile(
    # "Growth Fund III, Sofina": a fund's number is left out of its name
    r"(?:\s+(?:i{1,3}|iv|vi{0,3}|ix|x|\d{1,2}))?"
    r"\s*(?:,\s*|\s+(?:and|et|&|as well as|ainsi que|along with|together with|or|ou)\s+)"
    r"(?:(?:the|le|la|les|l['’]|its|his|her|their|son|sa|ses|leur|de|d['’]|du|des|a|an|un|une)"
    r"\s*(?:[\w-]+\s+){0,4}?|(?:and|et)\s+)?(?:[\w-]+,\s+)?(?:\w+['’]s\s+)?",
)
_POSSESSIVE = re.compile(r"['’]s?\s+")
_BE = re.compile(
    r"(?<![\w-])(?:be|been|being|is|are|was|were|get|gets|got|a été|ont été|avait été|été|est|"
    r"sont|sera|seront|fut|serait)\s+(?:\w+\s+){0,2}$",
)
_PREPOSITIONS = re.compile(r"(?<!\w)(?:in|at|of|for|near|dans|à|au|en|près de)\s")
_COMPLEMENT = re.compile(
    # "responded by saying the company was determined to acquire": the one it speaks of
    r"(?<![\w-])(?:(?:that|que|said|says|say|saying|stating|told|announced|rappelle|estime|explique|"
    r"affirme|indique|précise|souligne)(?![\w-])|qu['’])",  # "qu’Atos avait adopté"
)
# A verb right after "that": the relative pronoun, subject of its clause.
_VERB_NEXT = re.compile(r"\s+(?:was|were|is|are|has|had|have|will|would|can|could)(?![\w-])")
_NEAR = re.compile(r"\s*(?:[\w-]+\s+){0,2}")
_PRICE_WORD = re.compile(
    r"(?<!\w)(?:(?:for|pour|at|of|de|à|worth)\s+|d['’](?=environ|un montant))"
    r"(?:(?:about|some|approximately|roughly|around|nearly|almost|environ|près de)\s+)?$"
)
_PRICE_NOUN = re.compile(
    r"(?<![\w-])(?:pour|for)\s+(?:un|une|a|an)\s+(?:montant|prix|price|total|consideration|"
    r"valeur|value)\b[^.;]{0,24}$"
)
_REVISED = re.compile(
    r"(?<![\w-])(?:slashed|cut|reduced|lowered|trimmed|raised|increased|boosted|upped|sweetened|"
    r"revised|ramené|réduit|abaissé|relevé|porté)\s+(?:\w+\s+)?(?:to|à)\s+$"
)
_ACTIVE_BEFORE = re.compile(rf"(?<![\w-])(?:a|ont|avait|avaient|aura|auront){AUX_PARTICIPLE}")
_BY_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s")
_HAVE_EN = re.compile(r"(?<![\w-])(?:has|have|had|having)\s+(?:\w+\s+){0,1}$")
_HAVE = re.compile(r"(?<![\w-])(?:a|ont|avait|avaient|aura|aurait|ayant|avoir)\s+(?:\w+\s+){0,1}$")


# A descriptor between a word taken for a name and the name it describes.
_DESCRIPTOR_NOUNS = (
    r"firm|company|startup|start-up|maker|provider|platform|developer|"
    r"group|giant|unit|subsidiary|operator|lender|bank|fintech|insurtech|specialist|outfit|"
    r"business|brand|chipmaker|designer|publisher|retailer|manufacturer|supplier|app|network|"
    r"marketplace|insurer|studio|lab|labs|automaker|carmaker|airline|carrier|broadcaster|"
    r"streamer|conglomerate|consultancy|vendor|distributor|foundry|rival|competitor|peer|"
    r"investor|"
    # "Facebook owner Meta", "Google parent Alphabet": the owner is the party
    r"owner|parent"
)
_DESCRIBED = re.compile(
    # "Fortnite-maker Epic Games": the descriptor joined to the name by a hyphen
    r"(?:['’]s?)?\)?(?:\s+|-)(?:(?!(?:and|et|or|ou)\s)[\w-]+\s+){0,2}?"
    rf"(?:{_DESCRIPTOR_NOUNS})\s+",
)
# "Synopsys and engineering software company Ansys", "ShareChat, messaging platform Gupshup,
# and investment app Groww": a name after "and" or a comma and its descriptor.
_OWNER_GAP = re.compile(
    r"\s*,\s*(?:an?|the|une?|la|le|l['’])\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm|division|"
    r"affiliate|branch|filiale|branche|division)\s+(?:of|de|du|d['’])\s*"
)
_A_GAP = re.compile(r"\s*,\s*(?:an?|un|une)\s+")
_NOUN_AFTER = re.compile(r"(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|SA|AG)\b\.?)?\s+[a-z][\w-]*[\s,;.]")
_COORD_DESCRIBED = re.compile(
    rf"(?:\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et|&)\s+)(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DESCRIPTOR_NOUNS})\s+"
)


# ", le groupe Orbital devient", ", Orbital devient": the subject after an opening phrase
_SUBJECT_GAP = re.compile(r",\s*(?:(?:le|la|les|l['’]|the)\s*(?:[\w-]+\s+){0,2})?")
_GERUND = re.compile(r"\s*(?:en|tout en|after|by|while|since)\s+[\w’'-]+(?:ant|ing)(?!\w)")


# "Former OpenAI co-founder Ilya Sutskever": the company names the person's post.
_TITLE = re.compile(
    r"\s+(?:co-?founder|founder|ceo|chief|executive|president|chair\w*|head|director|cto|cfo|"
    r"coo|spokes\w+|analyst|engineer|researcher|employee|cofondateur|fondateur|pdg|directeur|"
    r"directrice|président\w*|patron|porte-parole)(?![\w-])"
)
_POST = re.compile(
    r"\.?(?:['’]s)?\s+(?:co-?founder|founder|ceo|chief executive(?: officer)?|chairman|president|"
    r"boss|cofondateur|fondateur|pdg|patron)\s+"
)
_RELATIVE_GAP = re.compile(r"(?<!\w)(?:that|which|where|qui|que|dont|où)\s")


def employer(doc: Doc, i: int, person: Ent) -> Ent | None:
    """ "Nvidia CEO Jensen Huang": the company whose post the person holds."""
    before = [e for e in doc.ents(i) if e.end <= person.start and e.type == "organization"]
    if before and _POST.fullmatch(doc.lowered, before[-1].end, person.start):
        return before[-1]
    return None


def ents_between(doc: Doc, i: int, lo: int, hi: int) -> list[Ent]:
    return [e for e in doc.ents(i) if lo <= e.start and e.end <= hi]


_SOURCE_END = re.compile(
    r"\s+(?:reports?|reported|says|said|writes|wrote|according to|rapporte|indique|"
    r"selon|a rapporté|a indiqué)\b[^,;]{0,40}(?:[.!?]|$)"
)


_ABBREVIATED = re.compile(r"(?<![\w-])(?:corp|inc|co|cos|ltd|bros|plc|llc)$")


def _opens_sentence(doc: Doc, e: Ent) -> bool:
    """Only capitalized words (a dateline) before ``e`` in its sentence."""
    start = doc.sentences[doc.index_of(e.start)].start
    return all(not w[0].isalpha() or w[0].isupper() for w in doc.body[start : e.start].split())


def group_at(doc: Doc, ents: list[Ent], k: int, hi: int) -> list[Ent]:
    """``ents[k]`` and the names coordinated with it ("OpenAI and its head, Sam
    Altman", "Nvidia, SoftBank et Bpifrance"); "Musk's xAI" gives xAI."""
    body = doc.lowered
    while (
        k + 1 < len(ents)
        and ents[k + 1].end <= hi
        and _DESCRIBED.fullmatch(body, ents[k].end, ents[k + 1].start)
    ):
        k += 1  # "Japanese BNPL firm Paidy", "la fintech Qonto": the name after the noun
    if (
        k + 1 < len(ents)
        and ents[k].type == "organization"
        and ents[k + 1].type == "person"
        and ents[k + 1].end <= hi
        and _POST.fullmatch(body, ents[k].end, ents[k + 1].start)
    ):
        k += 1  # "Tesla CEO Elon Musk": the person; the company names the post
    out = [ents[k]]
    while k + 1 < len(ents) and ents[k + 1].end <= hi:
        nxt = ents[k + 1]
        ticker = _TICKER.match(doc.body, ents[k].end, nxt.start)  # "Amazon AMZN.O and HP"
        gap = body[ticker.end() if ticker else ents[k].end : nxt.start]
        if (
            gap.startswith(".")
            and _ABBREVIATED.search(body, ents[k].start, ents[k].end)
            and _opens_sentence(doc, ents[k])
        ):
            # "Kioxia Holdings Corp. and Western Digital Corp. have": the suffix's stop, in
            # a subject (not "was bought by Orbital Corp. and Kestrel Inc. took a stake")
            gap = gap[1:]
        if nxt.start == ents[k].start:
            out.append(nxt)  # "the two companies": both
        elif _POSSESSIVE.fullmatch(gap) and nxt.type == "organization":
            out[-1] = nxt  # "Musk's xAI": the company, not its owner
        elif (_COORD.fullmatch(gap) or _COORD_DESCRIBED.fullmatch(gap)) and not any(
            ch in gap for ch in '()«»"'
        ):
            owns = _POSSESSIVE.match(body, nxt.end)
            if owns and not (k + 2 < len(ents) and ents[k + 2].start == owns.end()):
                break  # "xAI, Musk's AI company": an apposition, not a list
            if _A_GAP.fullmatch(gap) and _NOUN_AFTER.match(doc.body, nxt.end):
                break  # "Dialog Semiconductor, an Apple Inc. supplier,": a modifier
            if _OWNER_GAP.fullmatch(gap):
                break  # "Lumora Africa, a subsidiary of Lumora,": its owner, no party
            if gap.strip() == "," and _SOURCE_END.match(body, nxt.end):
                break  # "its purchase of IronSource, Reuters reports.": the source
            out.append(nxt)
        else:
            break
        k += 1
    return out


# A name inside a hyphenated modifier of the subject, not the subject: "Microsoft-backed
# OpenAI raised", "the SoftBank-led round", "Paris-based Mistral".
_COMPOUND = re.compile(
    r"-(?:backed|owned|funded|financed|controlled|led|based|founded|run|operated|supported)"
    r"(?![\w-])"
)


# A name then a lowercase word that is no preposition, article or conjunction: a verb.
_VERB_NEXT_NAME = re.compile(
    rf"\s+(?:has|have|had|will|would|a|ont|avait|va|vient|[a-z]+ed|{HEADLINE_VERBS}|"
    r"turns|agrees|signs|wins|takes|joins|closes)(?![\w-])"
)
# (a descriptor may come between: ", Swiss medtech firm CeQur raises $115 million")
_HEADLINE_CLAUSE = re.compile(r"[,:;]\s*(?:[A-Za-z][\w-]*\s+){0,4}$")


def subject(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """The subject group of the clause [lo, pos): after any opening phrase,
    the first organization or person not introduced by "by"/"led by"; inside
    a relative clause, its antecedent; in a clause without one ("It signed
    X, and is negotiating Y"), the subject of the clause before."""
    last = doc.lowered[max(lo, pos - 12) : pos].split()[-1:]  # cheap test: "from", "for"
    kept = (
        _KEPT_FROM.search(doc.lowered, max(lo, pos - 80), pos)
        if last == ["from"]
        else _BLAMED_FOR.search(doc.lowered, max(lo, pos - 80), pos)
        if last == ["for"]
        else None
    )
    if kept is not None and not _PASSIVE_AGENT.match(kept.group(1)):
        # "an order blocking Broadcom from acquiring Qualcomm": the one kept from it (not
        # "was blocked by the FTC from acquiring": the passive's subject)
        named = [e for e in ents_between(doc, i, kept.start(1), pos) if e.end <= kept.start(2)]
        if named:
            return named
    relative = doc.relative(i, lo, pos)
    if relative is not None:
        rel_start, antecedent, subject_relative = relative
        if subject_relative:
            return _coordinated_before(doc, i, antecedent)
        lo = rel_start
    intro = lex_intro(doc, lo, pos)
    before = ents_between(doc, i, lo, pos)
    for k in range(len(before) - 1, -1, -1):
        e = before[k]
        comma = _HEADLINE_CLAUSE.search(doc.body, max(lo, e.start - 40), e.start)
        if comma is None or e.agentive or not _VERB_NEXT_NAME.match(doc.body, e.end):
            continue
        if k and before[k - 1].end > comma.start():
            continue  # the words between the comma and the name hold another name
        if k and before[k - 1].end == comma.start():
            break  # "Apple, Qualcomm settle": one list
        # "Startup Digest: A and B turn unicorn, Jupiter gets $86 million in Series C
        # round, Teachmint acquires Airlearn": a headline's clauses run on commas
        return [e]
    for match in reversed(list(_COMPLEMENT.finditer(doc.lowered, lo, pos))):
        if match.group() == "that" and _VERB_NEXT.match(doc.lowered, match.end()):
            continue  # "a venture that was set up to rival Visa, is to acquire": a relative
        if any(match.end() <= e.start for e in ents_between(doc, i, match.end(), pos)):
            lo = intro = match.end()  # "Il rappelle que la société avait levé": la société
            break
    opened = _subordinate(doc, i, lo, pos)
    if opened is not None:
        lo = intro = opened
    ents = [
        e
        for e in ents_between(doc, i, lo, pos)
        if not e.agentive
        and not (e.type == "organization" and _TITLE.match(doc.lowered, e.end))
        and not _COMPOUND.match(doc.lowered, e.end)
    ]
    after_intro = [e for e in ents if e.start >= intro]
    ents = after_intro or ents
    if not ents:
        # "A group of investors led by Elon Musk is offering": the group's leader acts
        ents = [
            e
            for e in ents_between(doc, i, lo, pos)
            if e.agentive and _GROUP_LED.search(doc.lowered, max(lo, e.start - 60), e.start)
        ][:1]
    found = _POSSESSED_APPOSED.match(doc.lowered, ents[0].end) if len(ents) > 1 else None
    if found and ents[1].start == found.end():
        ents = ents[1:]  # "Elon Musk's AI company, xAI, has raised": the company, not its owner
    if len(ents) > 1 and ents[0].name is None and ents[1].name and ents[1].type == ents[0].type:
        # "La plateforme française de mise en relation entre photographes et clients Meero
        # a annoncé": a descriptor left unresolved, then the name it describes
        ents = ents[1:]
    if not ents and _GERUND.match(doc.lowered, lo):
        # "En levant 600 millions d'euros ..., elle porte": the subject after the phrase
        comma = doc.lowered.find(",", pos, doc.sentences[i].end)
        later = [
            e
            for e in doc.ents(i)
            if comma >= 0
            and e.start > comma
            and _SUBJECT_GAP.fullmatch(doc.lowered, comma, e.start)
        ]
        if later:
            return later[:1]
    if not ents:
        start = doc.sentences[i].start
        if lo > start and relative is None:
            return subject(doc, i, doc.clause(i, lo - 1)[0], lo)
        return []
    everything = doc.ents(i)
    return group_at(doc, everything, everything.index(ents[0]), pos)


def _coordinated_before(doc: Doc, i: int, antecedent: Ent) -> list[Ent]:
    """A relative's antecedent with the names coordinated before it: "OpenAI and
    Microsoft, which have a $10 billion partnership" (a plural verb only; not "A and B,
    which was founded in 2015")."""
    everything = doc.ents(i)
    if antecedent not in everything or not _PLURAL_RELATIVE.match(doc.lowered, antecedent.end):
        return [antecedent]
    last = k = everything.index(antecedent)
    while (
        k > 0
        and everything[k - 1].name
        and _COORD.fullmatch(doc.lowered, everything[k - 1].end, everything[k].start)
    ):
        k -= 1
    group = everything[k : last + 1]
    return group if _AND.search(doc.lowered, group[0].end, antecedent.start) else [antecedent]


_AND = re.compile(r"(?<![\w-])(?:and|et|&)(?![\w-])")
_PLURAL_RELATIVE = re.compile(
    r",?\s+(?:which|who|that|qui)\s+(?:(?:both|together|also|jointly|ensemble)\s+)?"
    r"(?:have|are|were|ont|sont|étaient|avaient)\s"
)


_KEPT_FROM = re.compile(
    r"(?<![\w-])(?:block|blocks|blocked|blocking|prevent\w*|bar|bars|barred|barring|stop|"
    r"stops|stopped|stopping|prohibit\w*|keep|keeps|kept|keeping|ban|bans|banned|banning|"
    r"forbid\w*|restrain\w*)\s+(.{1,60}?)(\s+from\s+)$"
)
# "will fine Altice for purchasing PT Portugal": the one fined did the purchasing.
# (a verb: not "received a fine from the Commission for acquiring")
_BLAMED_FOR = re.compile(
    r"(?<![\w-])(?<!a )(?<!an )(?<!the )(?:fine|fines|fined|fining|penali[sz]e|penali[sz]es|"
    r"penali[sz]ed)\s+(.{1,60}?)(\s+for\s+)$"
)
_PASSIVE_AGENT = re.compile(r"(?:by|from|par)\s")
_POSSESSED_APPOSED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+")
_GROUP_LED = re.compile(
    r"(?<![\w-])(?:group|consortium|syndicate|coalition|groupe)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:led|headed|mené|menée|emmené|emmenée|dirigé|dirigée)\s+(?:by|par)\s+$"
)


# Conjunctions opening a subordinate clause, whose own subject follows them:
# "Ad revenue at X slumped after Musk bought the company".
_SUBORDINATOR = re.compile(
    r"(?<![\w-])(?:after|before|when|once|since|because|until|as soon as|après que|"
    r"avant que|lorsque|lorsqu['’]|quand|depuis que|parce que|parce qu['’]|dès que|"
    r"une fois que)\s+"
)


def _subordinate(doc: Doc, i: int, lo: int, pos: int) -> int | None:
    """Where the subordinate clause holding ``pos`` starts, when a name opens
    it right after its conjunction and no comma ends it before ``pos``."""
    body = doc.lowered
    for match in reversed(list(_SUBORDINATOR.finditer(body, lo, pos))):
        if "," in body[match.end() : pos]:
            return None
        if any(0 <= e.start - match.end() <= 4 for e in ents_between(doc, i, match.end(), pos)):
            return match.end()
        return None
    return None


def lex_intro(doc: Doc, lo: int, pos: int) -> int:
    intro = INTRO.match(doc.lowered, lo)
    return intro.end() if intro and intro.end() <= pos else lo


def after(
    doc: Doc,
    i: int,
    pos: int,
    hi: int,
    mark: re.Pattern | None,
    reach: int = 80,
    mark_reach: int | None = None,
    head: bool = False,
) -> list[Ent]:
    """The group starting within ``reach`` characters after ``pos`` (or after
    the first ``mark`` word found within ``mark_reach``), inside the clause
    ending at ``hi``."""
    lo = pos
    if mark is not None:
        found = mark.search(doc.lowered, pos, min(hi, pos + (mark_reach or reach)))
        if found is None:
            return []
        lo = found.end()
        members = _consortium(doc, i, lo)
        if members:
            return members
    everything = doc.ents(i)
    for k, e in enumerate(everything):
        if e.start >= lo:
            gap = doc.lowered[lo : e.start]
            if e.start - lo > reach or e.end > hi or any(ch in gap for ch in ":;"):
                return []
            if mark is None and "," in gap:
                return []  # "Solberg, who took over in January 2022, said": no object
            if head and (_PREPOSITIONS.search(gap) or _RELATIVE_GAP.search(gap) or "(" in gap):
                return []  # "in a plant in Kumamoto": not the head of the phrase
            while (
                k + 1 < len(everything)
                and _COMPOUND.match(doc.lowered, everything[k].end)
                and everything[k + 1].end <= hi
                and everything[k + 1].start - everything[k].end <= 30
            ):
                k += 1  # "bought SoftBank-backed Lumora", "with Alphabet-owned Google"
            return group_at(doc, everything, k, hi)
    return []


# "an offer from a private equity consortium, which the WSJ reports included X, Y
# and Z", "une offre d'un consortium composé de X et Y": the members act.
_CONSORTIUM = re.compile(
    r"\s*(?:a|an|the|un|une|le|la)\s+(?:[\w-]+\s+){0,3}?(?:consortium|syndicate|"
    r"group of (?:investors|buyers|firms|companies)|groupe d['’]investisseurs)(?![\w-])"
)
_MEMBERS = re.compile(
    r"[^.;:]{0,40}?(?<![\w-])(?:included|includes|including|comprising|comprised of|made up of|"
    r"of|composé de|formé de|réunissant|regroupant|comprenant|dont)\s+"
)


def _consortium(doc: Doc, i: int, pos: int) -> list[Ent]:
    """The members of a consortium named right after ``pos``, within the sentence."""
    group = _CONSORTIUM.match(doc.lowered, pos)
    if group is None:
        return []
    members = _MEMBERS.match(doc.lowered, group.end())
    if members is None:
        return []
    everything = doc.ents(i)
    for k, e in enumerate(everything):
        if e.start >= members.end():
            if e.start - members.end() > 4:
                return []
            return group_at(doc, everything, k, doc.sentences[i].end)
    return []


def possessor(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """ "Pinecrest's $2 billion acquisition": the name owning the trigger noun."""
    for e in reversed(ents_between(doc, i, lo, pos)):
        gap = doc.lowered[e.end : pos]
        if re.fullmatch(r"\.?['’]s?\s+(?:[\w$€£.,%-]+\s+){0,4}", gap):  # "Coinbase Inc.'s"
            return [e]
        break
    return []


def modifier(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """ "a long-time Microsoft partner": the name just before the noun."""
    for e in reversed(ents_between(doc, i, lo, pos)):
        if doc.lowered[e.end : pos] == " ":
            return [e]
        break
    return []


def is_passive(doc: Doc, hit: Hit, hi: int) -> bool:
    body = doc.lowered
    before = body[max(0, hit.start - 30) : hit.start]
    if hit.word.endswith(("ing", "ing over", "ing up", "ing out")):
        return False  # "is buying": progressive, active
    if _BE.search(before):
        # "is set to acquire", "is expected to buy": an infinitive, active
        return not before.endswith(("to ", "de ", "à ", "d'", "d’"))
    if hit.word.endswith("ed") and _BY_NEXT.match(body, hit.end):
        # "Apple sued by Caltech", "Lumora, acquired by Orbital in 2019,": a
        # headline's or a reduced relative's passive, no "was"
        return not _HAVE_EN.search(before)
    participle = hit.word.endswith(("é", "ée", "és", "ées", "is", "ise", "ises"))
    if participle and not _HAVE.search(before):
        sentence_start = doc.sentences[hit.i].start
        if _ACTIVE_BEFORE.search(body, sentence_start, hit.start):
            return False  # "Orbital a racheté Lumora, cédé Brindle à Acme": active, coordinated
        comma = body.rfind(",", max(0, hit.start - 3), hit.start)
        if comma >= 0 and any(e.end == comma for e in doc.ents(hit.i)):
            return True  # "la néerlandaise OneWelcome, rachetée pour 100 millions d'euros"
        if any(e.end == hit.start - 1 and body[e.end] == " " for e in doc.ents(hit.i)):
            return True  # "Drivy cédé pour la même somme à Getaround": a headline's passive
        nxt = BY.search(body, hit.end, min(hi, hit.end + 60))
        return nxt is not None and not ents_between(doc, hit.i, hit.end, nxt.start())
    return False


def definite(doc: Doc, hit: Hit) -> bool:
    """ "the deal", "l'accord", "its partnership": a noun pointing back."""
    before = doc.lowered[max(0, hit.start - 40) : hit.start]
    parts = _CHUNK.findall(before)
    tail = []
    while parts and len(tail) < 3 and _TOKEN.fullmatch(parts[-1]):
        tail.insert(0, parts.pop())
    before = "".join(parts) + _strip_adjectives("".join(tail))
    return bool(lex.DEFINITE.search(before, max(0, len(before) - 16)))


_CHUNK = re.compile(r"\s*\S+\s*")
_TOKEN = re.compile(r"\s*[\w$€£.,%'’-]+\s+")


_DETERMINERS = word_set(
    "the this that its their le la les cet cette ce son sa ses leur leurs l' l’"
)


# Words that make "its biggest contract", "the first deal" new rather than told before.
_INDEFINITE = word_set(
    "a an un une des two deux several new biggest largest latest first premier première "
    "nouveau nouvel nouvelle plus"
)


def _strip_adjectives(words: str) -> str:
    """Drop the words between a determiner and its noun, unless one is an
    amount or a number ("a $10 billion deal" stays indefinite)."""
    kept = []
    for word in words.split():
        if word.lower() in _DETERMINERS or word.endswith(("'", "’", "'s", "’s")):
            kept = [word]
        elif word.lower() in _INDEFINITE or (
            re.search(r"[$€£]|\d(?:bn|m|b)$|illion|illiard", word)
        ):
            kept = ["a"]
    return " ".join(kept) + (" " if kept else "")


def amount(
    doc: Doc, i: int, start: int, end: int, lo: int, hi: int, used: set[int]
) -> Mention | None:
    """The price of the deal around the trigger [start, end) in the clause
    [lo, hi): an amount just before the noun ("a $10 billion deal"), else the
    first after it, else the last before it; not a valuation, a price per
    share, a restated conversion or a revenue figure."""
    body = doc.lowered
    candidates = [
        m
        for m in doc.of_type(i, "money")
        if m.start not in used and lo <= m.start and m.end <= hi and _price_like(doc, m, lo)
    ]
    if not candidates:
        return None
    for m in candidates:
        if m.start >= end and _REVISED.search(body, max(lo, m.start - 30), m.start):
            return m  # "initially targeting a $2.7bn raise, was slashed to $1.5bn": the last word
    for m in candidates:
        if m.end <= start and _NEAR.fullmatch(body, m.end, start):
            return m
    later = [
        m
        for m in candidates
        if m.start >= end
        # "made a bid before Intel offered $6 billion": the other clause's price
        and not _SUBORDINATE_NAMED.search(body, end, m.start)
        and (
            m.start - end <= 60
            or (m.start - end <= 140 and _PRICE_WORD.search(body, m.start - 24, m.start))
            # "va acquérir ... Gerber Technology, spécialisé dans ..., pour un montant
            # total d'environ 300 millions d'euros"
            or (m.start - end <= 240 and _PRICE_NOUN.search(body, m.start - 40, m.start))
        )
    ]
    if later:
        return later[0]
    earlier = [m for m in candidates if m.end <= start and start - m.end <= 50]
    return earlier[-1] if earlier else None


_SUBORDINATE_NAMED = re.compile(
    # (a deal verb of its own: not "after shareholders approved the $6.1 billion transaction")
    r"(?<![\w-])(?:before|after|while|whereas)\s+(?:[a-z][\w&.-]*\s+){1,3}?"
    r"(?:offered|bid|bought|acquired|raised|paid|invested|agreed to (?:buy|pay|acquire))\s"
)
_SMALLEST_DEAL = 10_000  # below it, an amount with cents is a share's price
_SMALLEST_SUM = 1_000  # below it, any amount is (but a symbolic sum)
_SYMBOLIC = re.compile(r"(?<![\w-])(?:symbolic|nominal|symbolique)(?:\s+|$)")
_MAKES_WORTH = re.compile(
    r"(?<![\w-])(?:makes?|made|making)\s+(?:it|them|the company|the startup|the firm)\s+"
    r"worth\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?$"
)
_TOTAL_TO = re.compile(r"(?<![\w-])(?:total|totale?)(?:\s+[\w-]+){0,3}\s+(?:to|à)\s+$")


def _price_like(doc: Doc, m: Mention, lo: int) -> bool:
    """Not a price per share, a restated conversion, a revenue or a fine."""
    key = (m.start, lo)
    if key not in doc._price_like:
        body = doc.lowered
        doc._price_like[key] = not (
            m.per_unit == "share"  # "US$22 a share that included US$17 in cash"
            # "a premium to its closing price of €12.42": a share's price, no deal's (not
            # "for $1", "pour 1 euro symbolique", "raised $5,000")
            or (m.amount is not None and m.amount < _SMALLEST_DEAL and m.amount % 1 != 0)
            # "prepared to pay $24 in cash and shares, up from its original bid of $22": a
            # few dollars are a share's price (not "pour 1 euro symbolique")
            or (
                m.amount is not None
                and 1 < m.amount < _SMALLEST_SUM
                and not _SYMBOLIC.search(body, max(lo, m.start - 14), m.start)
                and not _SYMBOLIC.match(body, m.end + 1)
            )
            or lex.PER_SHARE.match(body, m.end)
            or (
                lex.RESTATED.search(body, max(lo, m.start - 16), m.start)
                and _after_amount(doc, m)
                and not _after_share_price(doc, m)
            )
            or lex.NOT_PRICE_BEFORE.search(body, max(lo, m.start - 40), m.start)
            # "bringing the total amount raised to $12 billion": a total, not this price
            or _TOTAL_TO.search(body, max(lo, m.start - 40), m.start)
            # "a fundraising that makes it worth $33bn": what the company is worth
            or _MAKES_WORTH.search(body, max(lo, m.start - 40), m.start)
            or lex.NOT_PRICE_AFTER.match(body, m.end)
        )
    return doc._price_like[key]


def _after_amount(doc: Doc, m: Mention) -> bool:
    """ "4,5 milliards de livres (5,3 milliards d'euros)": an amount just before
    the one in parentheses, which restates it; "la levée de Mistral AI (1,7
    milliard d'euros)" restates nothing."""
    i = doc.index_of(m.start)
    return any(0 <= m.start - p.end <= 24 for p in doc.of_type(i, "money") if p is not m)


def _after_share_price(doc: Doc, m: Mention) -> bool:
    """ "$45 per share, or about $2.1 billion": the total after a price per share
    restates nothing, it is the deal's value."""
    before = [p for p in doc.of_type(doc.index_of(m.start), "money") if p.end <= m.start]
    return (
        bool(before)
        and bool(lex.PER_SHARE.match(doc.lowered, before[-1].end))
        and (m.start - before[-1].end <= 40)
    )


def date(doc: Doc, i: int, pos: int, lo: int, hi: int) -> Mention | None:
    """The date mention of the clause nearest the trigger, skipping deadlines
    ("by 2027", "d'ici à mars 2025") and starting points ("since 2019")."""
    best = None
    for m in doc.of_type(i, "date"):
        if m.start < lo or m.end > hi:
            continue
        if lex.NOT_EVENT_DATE.search(doc.lowered, max(lo, m.start - 30), m.start):
            continue
        if m.end <= pos and _aside(doc.lowered, lo, m, pos):
            continue
        if best is None or abs(m.start - pos) < abs(best.start - pos):
            best = m
    return best


_RELATIVE_OPENS = (", which ", ", who ", ", qui ", ", founded ", ", fondée ", ", fondé ")


def _aside(body: str, lo: int, m: Mention, pos: int) -> bool:
    """ "Careem, which was launched in 2012 as a ride-hailing app, was bought by Uber
    ... in 2020": a date in a relative clause closed before the word dates no deal."""
    opened = max(body.rfind(word, lo, m.start) for word in _RELATIVE_OPENS)
    return (
        opened >= 0
        and ", " not in body[opened + 2 : m.start]  # still open at the date
        and ", " in body[m.end : pos]  # closed before the word
        # a founding or a launch (not "The agreement, which was signed on May 2,")
        and _FOUNDED.search(body, opened, m.start) is not None
    )


_FOUNDED = re.compile(
    r"(?<![\w-])(?:founded|launched|created|established|set up|started|incorporated|spun off|"
    r"fondée?s?|lancée?s?|créée?s?)(?![\w-])"
)


def deal_status(
    doc: Doc, lo: int, start: int, end: int, default: str, look_after: bool = False
) -> str:
    """Status from the words of the clause before the trigger (80 characters
    at most), in order: withdrawn, cancelled, rejected, in talks, rumored,
    completed, announced; else the trigger's own default.  ``look_after``
    also reads "rejected" just after the word ("une offre aussitôt rejetée")."""
    if look_after and _REJECTED_AFTER.match(doc.lowered, end):
        return "rejected"
    best = len(_STATUS_ORDER)
    # the cues start before the word; their lookaheads read past it ("avoir signé un
    # contrat d'acquisition avec X pour racheter": a purchase agreed, not done)
    for match in _STATUS_CUES.finditer(doc.lowered, max(lo, start - 80), start + 160):
        if match.start() >= start:
            break
        if match.end() <= start:
            best = min(best, _STATUS_RANK[match.lastgroup])
    return _STATUS_ORDER[best][0] if best < len(_STATUS_ORDER) else default


_STATUS_ORDER = (
    ("withdrawn", lex.WITHDRAWN),
    ("cancelled", lex.CANCELLED),
    ("rejected", lex.REJECTED),
    ("in_talks", lex.IN_TALKS),
    ("rumored", lex.RUMORED),
    ("completed", lex.COMPLETED),
    ("announced", lex.ANNOUNCED),
    ("rumored", lex.WEAK_RUMOR),
)
# One pass over the window finds every cue; the first status in the order wins.
_STATUS_CUES = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<s{k}>{lex.inner(cue)})" for k, (_, cue) in enumerate(_STATUS_ORDER))
    + r")(?![\w-])"
)
_STATUS_RANK = {f"s{k}": k for k in range(len(_STATUS_ORDER))}
_REJECTED_AFTER = re.compile(
    r"[\s,]*(?:\w+ment\s+|aussitôt\s+|immediately\s+|quickly\s+|was\s+|were\s+|has been\s+|"
    r"a été\s+)?(?:rejet|repouss|refus|reject|rebuff|turned down|spurned)",
)
