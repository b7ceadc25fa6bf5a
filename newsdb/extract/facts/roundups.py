"""Rounds told as lists: a weekly roundup's "Name ($N)" items and "Name, $N,
sector:" headings, amounts joined to a round's ("$5 million in 2021 and $20
million in 2022"), and French rounds told by their amounts ("les 40 millions de
Robocath").
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdb.extract.facts import cues
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.rules import Draft, Hit
from newsdb.extract.facts.sentences import Ent

# "un tour initial de 209 millions d'euros en 2023, et 102,5 millions d'euros en 2021",
# "raised $5 million in 2021 and $20 million in 2022": amounts joined to a round's.
_AND_AMOUNT = re.compile(
    r"(?:\s+(?:en|in)\s+[^,;.()]{1,30}?)?,?\s+(?:and|et)\s+(?:another\s+|encore\s+)?"
)


def coordinated(doc: Doc, found: list[Draft], used: set[int]) -> list[Draft]:
    """Another round of the same company per amount joined by "and" to a
    round's own amount (not one in debt or a total)."""
    out = []
    for draft in found:
        if draft.kind != "funding_round" or draft.amount is None:
            continue
        last = draft.amount
        for money in doc.of_type(draft.i, "money"):
            if money.start <= last.end or money.start in used:
                continue
            if not _AND_AMOUNT.fullmatch(doc.lowered, last.end, money.start):
                break
            if cues.DEBT.match(doc.lowered, money.end + 1) or cues.NOT_PRICE_AFTER.match(
                doc.lowered, money.end
            ):
                break
            used.add(money.start)
            company = [(e, role) for e, role in draft.parties if role == "investee"]
            out.append(replace(draft, parties=company, amount=money, date=None))
            last = money
    return out


# "3. Rain, $58M, fintech:", "- Lumora, 20 M€, SaaS :": the heading of an item in a
# list of the week's rounds, the company, its amount and its sector.
_HEADING_BEFORE = re.compile(  # (a note after the number: "3. (tied) Scale AI, $1B, AI:")
    r"[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*(?:\([a-z ]{1,12}\)[ \t]*)?"
)
_HEADING_AFTER = re.compile(r",[ \t]*[^,:\n]{1,60}?[ \t]*:")


def headings(doc: Doc) -> list[Draft]:
    """A round per list item headed "Name, $N, sector:" in an article about rounds."""
    out = []
    for i in range(len(doc.sentences)):
        for money in doc.of_type(i, "money"):
            if not _HEADING_AFTER.match(doc.body, money.end):
                continue
            named = [e for e in doc.ents(i) if e.name and not e.coref and e.end <= money.start]
            if not named or not re.fullmatch(r",[ \t]*", doc.body[named[-1].end : money.start]):
                continue
            line = doc.body.rfind("\n", 0, named[-1].start) + 1
            if not _HEADING_BEFORE.fullmatch(doc.body, line, named[-1].start):
                continue
            parties = [(named[-1], "investee")]
            out.append(
                Draft("deal", i, "funding_round", "completed", parties, money, anchor=money.start)
            )
    return out


_DEAL_NOUNS = {"deal", "deals", "opération", "opérations"}
# The headline (first sentence) of an article about funding rounds.
_FUNDING_ARTICLE = re.compile(
    r"(?<![\w-])(?:funding|fundraising|venture capital|rounds|levées? de fonds|levées|"
    r"tours? de table)(?![\w-])"
)
# "rounds: Highspot ($60 million), Zenoti ($50 million round), and Flexe ($43 million)":
# a list of companies, each with the amount it raised in parentheses.
_LISTED_MONEY = re.compile(r"(?:\s+[\w-]+){0,3}\s*\)")
_LISTED_NAME = re.compile(
    r"(?:^|[,:;]\s*|(?<![\w-])(?:and|et)\s+)((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s*\($"
)


def listed(doc: Doc, i: int, hits: list[Hit], used: set[int]) -> list[Draft]:
    """The rounds a sentence about rounds lists as "Name ($N)", one per name; "deals"
    listed so under a headline about funding ("Funding this week: ... the three largest
    deals—Lumora ($2B), Orbital ($90M)") are its rounds too."""
    rounds = any(h.trigger.kind == "funding_round" for h in hits) or (
        any(h.word in _DEAL_NOUNS for h in hits)
        and _FUNDING_ARTICLE.search(doc.lowered, 0, doc.sentences[0].end)
    )
    if not rounds or any(h.trigger.type == "valuation" for h in hits):
        return []
    body, start = doc.body, doc.sentences[i].start
    out = []
    for money in doc.of_type(i, "money"):
        if body[money.start - 1 : money.start] != "(" or not _LISTED_MONEY.match(body, money.end):
            continue
        words = body[money.end : body.find(")", money.end)].lower()
        if "valu" in words or "%" in words:
            continue
        named = [
            e for e in doc.ents(i) if e.name and re.fullmatch(r"\s*\(", body[e.end : money.start])
        ]
        if named:
            company = named[-1]
        else:
            found = _LISTED_NAME.search(body, max(start, money.start - 60), money.start)
            if found is None:
                continue
            company = Ent(found.start(1), found.end(1), found.group(1), "organization")
        parties = [(company, "investee")]
        out.append(
            Draft("deal", i, "funding_round", "completed", parties, money, anchor=money.start)
        )
    if len(out) < 2:
        return []  # one "Name ($N)" is no list: the sentence's own words tell its deal
    used.update(d.amount.start for d in out)
    return out


# "comme en témoignent les 59 millions d'euros du champion du e-commerce Vestiaire
# Collective, les 50 millions de l'assurtech Alan et de la medtech Dynacure": in a
# sentence on rounds, the amounts that companies raised, named by "de".
_ROUNDS_TOLD = re.compile(
    r"(?<![\w-])(?:levées? de fonds|levées|tours? de table|tours de financement|financements|"
    r"investisseurs ont (?:\w+ )?financé)(?![\w-])"
)
_THE_AMOUNT = re.compile(r"(?<![\w-])(?:les|la|le|ses|leurs)\s+$")
# (descriptor words only: not "de chiffre d'affaires de", "de pertes de", "de l'opération
# ont été financés par", "du fonds Orbital investis dans")
_AMOUNT_OF = re.compile(
    r"(?:\s+d['’]euros|\s+de dollars)?\s+(?:de la|de l['’]|du|des|de|d['’])\s*"
    r"(?:(?!(?:chiffre|affaires|pertes?|bénéfices?|dettes?|revenus?|ventes|l['’]opération|"
    r"opération|transaction|fonds|ont|a|été|sont|est|par|d['’]\w+)\b)[a-zé][\w’'-]*\s+)"
    r"{0,4}?"
)
_AND_OF = re.compile(
    r"\s+(?:et|ainsi que)\s+(?:de la|de l['’]|du|des|de|d['’])\s*(?:[a-zé][\w’'-]*\s+){0,3}?"
)


def amounts_of(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Rounds told by their amounts in a sentence about rounds ("les 40 millions de
    Robocath"), the amount not already any fact's."""
    used = {d.amount.start for d in drafts if d.amount is not None}
    out = []
    for i, sentence in enumerate(doc.sentences):
        body = doc.lowered
        if not _ROUNDS_TOLD.search(body, sentence.start, sentence.end):
            continue
        ents = [e for e in doc.ents(i) if e.type == "organization" and e.name and not e.coref]
        for money in doc.of_type(i, "money"):
            if money.start in used or not _THE_AMOUNT.search(body, sentence.start, money.start):
                continue
            for k, e in enumerate(ents):
                if e.start < money.end:
                    continue
                if not _AMOUNT_OF.fullmatch(body, money.end, e.start):
                    break
                named = [e]
                if k + 1 < len(ents) and _AND_OF.fullmatch(body, e.end, ents[k + 1].start):
                    named.append(ents[k + 1])  # "de l'assurtech Alan et de la medtech Dynacure"
                for company in named:
                    draft = Draft("deal", i, "funding_round", "completed", [(company, "investee")])
                    draft.amount, draft.anchor = money, money.start
                    out.append(draft)
                break
    return out
