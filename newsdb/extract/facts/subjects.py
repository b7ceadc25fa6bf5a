"""Who is around a trigger word: the subject of its clause (past an opening
phrase, a subordinate clause or a hyphenated modifier), the names after a
small word ("by", "with", "par"), a possessor ("Microsoft's purchase"), a
group of coordinated names, and the employer of a person (see ``rules``)."""

from __future__ import annotations

import re

from newsdb.extract.facts.coref import Doc, owner_apposed
from newsdb.extract.facts.rules import ents_between
from newsdb.extract.facts.sentences import DESCRIPTOR_NOUNS, HEADLINE_VERBS, INTRO, Ent
from newsdb.extract.text.tokens import REUTERS_TICKER

# A Reuters ticker after a name: "Amazon AMZN.O", "HP Inc HPQ.N".
# "Amazon AMZN.O and HP", "Vodafone (VOD.L) and CK Hutchison (0001.HK)"
_TICKER = re.compile(rf"\s+(?:{REUTERS_TICKER}|\((?:[A-Z0-9]{{1,6}}\.[A-Z]{{1,2}}|[A-Z]{{1,5}})\))")
_COORD = re.compile(
    # "Growth Fund III, Sofina": a fund's number is left out of its name
    r"(?:\s+(?:i{1,3}|iv|vi{0,3}|ix|x|\d{1,2}))?"
    r"\s*(?:,\s*|\s+(?:and|et|&|as well as|ainsi que|along with|together with|or|ou)\s+)"
    # ("a" no verb: not "Microsoft, qui a investi dans OpenAI, a qualifié Mistral")
    r"(?:(?:the|le|la|les|l['’]|its|his|her|their|son|sa|ses|leur|de|d['’]|du|des|"
    r"a(?!\s+[\w-]*(?:é|ée|és|ées)\s)|an|un|une)"
    r"\s*(?:[\w-]+\s+){0,4}?|(?:and|et)\s+)?(?:[\w-]+,\s+)?(?:\w+['’]s\s+)?",
)
_POSSESSIVE = re.compile(r"['’]s?\s+")
_PREPOSITIONS = re.compile(r"(?<!\w)(?:in|at|of|for|near|dans|à|au|en|près de)\s")
_COMPLEMENT = re.compile(
    # "responded by saying the company was determined to acquire": the one it speaks of
    r"(?<![\w-])(?:(?:that|que|said|says|say|saying|stating|told|announced|rappelle|estime|explique|"
    r"affirme|indique|précise|souligne)(?![\w-])|qu['’])",  # "qu’Atos avait adopté"
)
# A verb right after "that": the relative pronoun, subject of its clause.
_VERB_NEXT = re.compile(r"\s+(?:was|were|is|are|has|had|have|will|would|can|could)(?![\w-])")
# A descriptor between a word taken for a name and the name it describes.
_DESCRIBED = re.compile(
    # "Fortnite-maker Epic Games": the descriptor joined to the name by a hyphen
    r"(?:['’]s?)?\)?(?:\s+|-)(?:(?!(?:and|et|or|ou|[a-z]{2,}ed|bought|sold|won|took|made|"
    r"buys|sells|acquires|raises|has|have|had|is|was|will|said|says)\s)[\w-]+\s+){0,2}?"
    rf"(?:{DESCRIPTOR_NOUNS})\s+",
)  # (not "the company bought chipmaker Intersil": a verb, then its object)
# "Synopsys and engineering software company Ansys", "ShareChat, messaging platform Gupshup,
# and investment app Groww": a name after "and" or a comma and its descriptor.
_OWNER_GAP = re.compile(
    r"\s*,\s*(?:an?|the|une?|la|le|l['’])\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm|division|"
    r"affiliate|branch|filiale|branche|division|rival|competitor|challenger|alternative|"
    r"concurrent|rivale|parent|owner|mère|propriétaire|bras|spin-off|spinoff|spin-out)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:of|to|from|de|du|d['’]|à)\s*"
)  # (also "Lumora, a rival to Nvidia,", "Alphabet, la maison mère de Google,": no party)
_A_GAP = re.compile(r"\s*,\s*(?:an?|un|une)\s+")
_NOUN_AFTER = re.compile(r"(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|SA|AG)\b\.?)?\s+[a-z][\w-]*[\s,;.]")
_COORD_DESCRIBED = re.compile(
    rf"(?:\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et|&)\s+)(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{DESCRIPTOR_NOUNS})\s+(?:the\s+)?"  # "foodtech company The Good Bug"
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
    r"chief|boss|cofondateur|fondateur|pdg|patron)\s+"
)
_RELATIVE_GAP = re.compile(r"(?<!\w)(?:that|which|where|qui|que|dont|où)\s")


def employer(doc: Doc, i: int, person: Ent) -> Ent | None:
    """ "Nvidia CEO Jensen Huang": the company whose post the person holds."""
    before = [e for e in doc.ents(i) if e.end <= person.start and e.type == "organization"]
    if before and _POST.fullmatch(doc.lowered, before[-1].end, person.start):
        return before[-1]
    return None


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
            if _LED_GROUP_OWNS.match(body, nxt.end):
                break  # "HashiCorp and a Permira-led consortium’s $6.9 billion purchase of"
            owns = _POSSESSIVE.match(body, nxt.end)
            if owns and not (k + 2 < len(ents) and ents[k + 2].start == owns.end()):
                break  # "xAI, Musk's AI company": an apposition, not a list
            if _A_GAP.fullmatch(gap) and _NOUN_AFTER.match(doc.body, nxt.end):
                break  # "Dialog Semiconductor, an Apple Inc. supplier,": a modifier
            if _OWNER_GAP.fullmatch(gap):
                break  # "Lumora Africa, a subsidiary of Lumora,": its owner, no party
            if _MADE_BY.search(gap):
                break  # "Orbital, a startup backed by Sequoia,": its backer, no party
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
    r"-(?:backed|owned|funded|financed|controlled|led|based|founded|run|operated|supported|listed|"
    r"traded|quoted)"
    r"(?![\w-])"
)


# The one a subject rivals: "Europe's hope to rival OpenAI, Aleph Alpha, raised"
_RIVALLED = re.compile(
    r"(?<![\w-])(?:to rival|rivall?ing|to challenge|to take on|compete with|"
    r"competes with|competing with|concurrencer|rivaliser avec)\s+$"
)


# A participle phrase after the main clause: ", going on to", ", later" (+ "acquiring")
_PARTICIPIAL = re.compile(
    r"(?:,\s+(?:(?:then|later|subsequently|before|after|while)\s+)?"
    # "Qualcomm expanded after buying Nuvia", "grew by acquiring rivals"
    r"|(?<=\w)\s+(?:after|before|by|upon|while|since)\s+)(?P<to>going on to\s+)?$"
)
_ING = re.compile(r"[a-z]+ing(?![\w-])")


# "SoftBank-backed Lumora", "Nasdaq-listed engineering software company Bentley": the
# compound, then lowercase words describing the name
_COMPOUND_GAP = re.compile(r"-[\w-]+(?:\s+[a-z][\w-]*){0,5}\s+")


# A name modifying a deal noun is no subject: "the Fitbit purchase is an opportunity to
# invest in X" (the purchase invests in nothing)
_DEAL_NOUN_NEXT = re.compile(r"[ -](?:purchase|acquisition|takeover|buyout|merger)(?![\w-])")


# A name then a lowercase word that is no preposition, article or conjunction: a verb.
_VERB_NEXT_NAME = re.compile(
    rf"\s+(?:has|have|had|will|would|a|ont|avait|va|vient|[a-z]+ed|{HEADLINE_VERBS}|"
    r"turns|agrees|signs|wins|takes|joins|closes)(?![\w-])"
)
# (a descriptor may come between: ", Swiss medtech firm CeQur raises $115 million")
_HEADLINE_CLAUSE = re.compile(r"[,:;]\s*(?:[A-Za-z][\w-]*\s+){0,4}$")


# "A French start-up founded four weeks ago by a trio of former Meta and Google
# researchers has raised": the names after "founded ... by" are no subject
_TALKS_WITH = re.compile(
    r"(?<![\w-])(?:talks|discussions|négociations|pourparlers|negotiations)\s+(?:avec|with)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
_SOURCE_BEFORE = re.compile(
    r"(?<![\w-])(?:per|according to|selon|d['’]après)\s+(?:the\s+|le\s+|la\s+|l['’])?$"
)
_BY_WORD = re.compile(r"(?<![\w-])(?:by|par)\s")
_MADE_BY = re.compile(
    r"(?<![\w-])(?:founded|co-founded|cofounded|backed|run|created|owned|started|set up|"
    r"launched|built|formed|headed|fondée?s?|cofondée?s?|créée?s?|détenue?s?|soutenue?s?)"
    r"\s+(?:[^,;:()]{0,40}?\s)?(?:by|par)\s+[^,;:()]*$"
)


def subject(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """The subject group of the clause [lo, pos): after any opening phrase,
    the first organization or person not introduced by "by"/"led by"; inside
    a relative clause, its antecedent; in a clause without one ("It signed
    X, and is negotiating Y"), the subject of the clause before."""
    participle = _PARTICIPIAL.search(doc.lowered, max(lo, pos - 30), pos)
    if (
        participle is not None
        and participle.start() > lo
        and (participle.group("to") or _ING.match(doc.lowered, pos))
    ):
        # "the company bought Intersil for $3.2bn, going on to acquire IDT", "X bought A,
        # later acquiring B": the main clause's subject
        return subject(doc, i, lo, participle.start())
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
    made_by = _BY_WORD.search(doc.lowered, lo, pos) is not None  # the cheap test first
    ents = [
        e
        for e in ents_between(doc, i, lo, pos)
        if not e.agentive
        and not (e.type == "organization" and _TITLE.match(doc.lowered, e.end))
        and not _COMPOUND.match(doc.lowered, e.end)
        and not _DEAL_NOUN_NEXT.match(doc.lowered, e.end)  # "the Fitbit purchase is a way to"
        # "Mumbai, June 3 (PTI) Orbital acquired": a dateline's agency, never the subject
        and not (doc.body[e.start - 1 : e.start] == "(" and doc.body[e.end : e.end + 1] == ")")
        and not _RIVALLED.search(doc.lowered, max(lo, e.start - 24), e.start)
        and not (made_by and _MADE_BY.search(doc.lowered, lo, e.start))
        # "les discussions avec Airbus concernant la cession": the one talked with
        and not _TALKS_WITH.search(doc.lowered, max(lo, e.start - 40), e.start)
        # "took a 10% stake, per the Financial Times, and has": a source, never the subject
        and not _SOURCE_BEFORE.search(doc.lowered, max(lo, e.start - 20), e.start)
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
    ents = owner_apposed(doc.lowered, ents, intro)  # "The parent of Facebook, Meta, said"
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
    # (a French verb in the plural: "Tiger Global et TCV qui menaient le tour de table")
    r"(?:have|are|were|ont|sont|étaient|avaient|[a-zéèê]+(?:aient|ent))\s"
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
            listed = _LIST_OPENS.fullmatch(gap) is not None  # "acquired three startups: A, B"
            if e.start - lo > reach or e.end > hi or (any(ch in gap for ch in ":;") and not listed):
                return []
            if mark is None and "," in gap and not listed:
                return []  # "Solberg, who took over in January 2022, said": no object
            if head and (_PREPOSITIONS.search(gap) or _RELATIVE_GAP.search(gap) or "(" in gap):
                return []  # "in a plant in Kumamoto": not the head of the phrase
            while (
                k + 1 < len(everything)
                and _COMPOUND.match(doc.lowered, everything[k].end)
                and everything[k + 1].end <= hi
                and _COMPOUND_GAP.fullmatch(doc.lowered, everything[k].end, everything[k + 1].start)
            ):
                k += 1  # "bought SoftBank-backed Lumora", "with Alphabet-owned Google"
            return group_at(doc, everything, k, hi)
    return []


# What opens a list of names after a deal word: "three startups:", "two companies,",
# "acquisitions:".
_LIST_OPENS = re.compile(
    r"\s*(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|plusieurs)\s+(?:[\w-]+\s+){0,2}?(?:companies|startups|"
    r"start-ups|firms|businesses|rivals|competitors|makers|developers|providers|brands|"
    r"acquisitions|sociétés|entreprises|jeunes pousses|concurrents|marques)\s*[:,]|:"
    # "auprès d'un pool d'investisseurs de prestige : Amadeus, Itochu", "from a group of
    # investors: A, B"
    r"|\s*(?:an?\s+|une?\s+)?(?:(?:pool|group|consortium|syndicate|groupe|tour de table)\s+"
    r"(?:of|d['’]|de)\s*)?(?:(?:new|existing|strategic|nouveaux|prestigious)\s+)?"
    r"(?:investors|backers|investisseurs)(?:\s+(?:de prestige|prestigieux|including))?\s*:)\s*"
)  # (not "acquired two new clients, Kestrel and Brindle")


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
        if _POSSESSED_GAP.fullmatch(gap):  # "Coinbase Inc.'s"
            return [e]
        break
    return []


_LED_GROUP_OWNS = re.compile(r"-led\s+(?:[\w-]+\s+)?(?:consortium|group|syndicate)['’]s?\s")
# "Hewlett Packard Enterprise’s pending and recently challenged $14 billion acquisition":
# up to six words of the noun phrase, none that opens another phrase
_POSSESSED_GAP = re.compile(
    # "a Permira-led consortium’s": the group's leader
    r"(?:-led\s+(?:[\w-]+\s+)?(?:consortium|group|syndicate))?"
    r"\.?['’]s?\s+(?:(?!(?:the|an?|of|in|on|to|for|with|by|from|its|their|his|her|which|that|"
    r"who|is|was|has|have|had|de|du|des|la|le|les)\s)[\w$€£.,%<>-]+\s+){0,6}"  # "<XRX.N>" too
)


def modifier(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """ "a long-time Microsoft partner": the name just before the noun."""
    for e in reversed(ents_between(doc, i, lo, pos)):
        if doc.lowered[e.end : pos] == " ":
            return [e]
        break
    return []
