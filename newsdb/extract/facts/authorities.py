"""Which authority a fine or a case belongs to when its sentence does not say: the
regulators an article names (by their words: commission, authority, agency, CNIL,
FTC...), the one named nearest the fined company, the one named again ("the
agency"), the organization an article is most about (``salient``)."""

from __future__ import annotations

import re

from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.rules import Draft
from newsdb.extract.facts.sentences import Ent
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES


def side_names(draft: Draft, plaintiff: bool) -> set[str]:
    wanted = PLAINTIFF_ROLES if plaintiff else DEFENDANT_ROLES
    return {e.name for e, role in draft.parties if role in wanted and e.name}


def salient(doc: Doc, i: int, others: set[str], regulator: bool = False) -> list[Ent]:
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


REGULATOR = re.compile(
    r"commission|authorit|autorité|department|ministry|ministère|regulator|agency|agence|"
    r"administration|superintendenc|surintendance|inspectorate|"
    # the same words in other languages: "Autoriteit Persoonsgegevens", "Autoridad",
    # "Autorità", "Bundesnetzagentur", "Datatilsynet"
    r"autoriteit|autoridad|autorità|behörde|agentur|tilsyn|"
    r"office|board|bureau|watchdog|justice|procureur|prosecutor|attorneys? general|"
    r"(?<![\w-])(?:cnil|ftc|sec|doj|cma|fcc|dpc|arcep|adlc|dgccrf|ofcom|accc|kftc|samr|cnmc|"
    r"cnpd|aepd|ico|garante|agcm|bundeskartellamt)(?![\w-])",
    re.IGNORECASE,
)


def all_regulators(names: set[str]) -> bool:
    return bool(names) and all(REGULATOR.search(n) for n in names)


# "penalties imposed by Brussels", "the Commission had considered": an authority
# named again by its head noun or its seat.
AUTHORITY_AGAIN = re.compile(
    r"(?<![\w-])(?:(?:the|la|le|l['’])\s*(?:commission|regulator|watchdog|authority|autorité|"
    r"agency|agence|régulateur|gendarme)|brussels|bruxelles)(?![\w-])"
)


def named_again(doc: Doc, i: int, defendants: set[str]) -> list[Ent]:
    """The authority the article names most, when sentence ``i`` or one of the
    next two names an authority again without its name ("Meta's €200 million fine
    addresses its model. Under this system... The Commission concluded")."""
    end = doc.sentences[min(i + 2, len(doc.sentences) - 1)].end
    if not AUTHORITY_AGAIN.search(doc.lowered, doc.sentences[i].start, end):
        return []
    return salient(doc, i, defendants, regulator=True)


def nearest_regulator(doc: Doc, i: int, defendants: set[str]) -> list[Ent]:
    """The authority named in sentence ``i`` or nearest it (three sentences)."""
    order = [i] + [k for d in (1, 2, 3) for k in (i - d, i + d)] + [i + 4, i + 5]
    for k in order:
        if not 0 <= k < len(doc.sentences):
            continue
        for e in doc.plain_ents(k):
            if e.type == "organization" and e.name not in defendants and REGULATOR.search(e.name):
                return [Ent(e.start, e.end, e.name, e.type, coref=k != i)]
    return []


def only_authority(doc: Doc, defendants: set[str]) -> list[Ent]:
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
