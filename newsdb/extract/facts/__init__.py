"""Deals, valuations and lawsuits proposed from an article's text (SPEC §4b).

``extract_facts(body, mentions)`` reads the article sentence by sentence,
from the mentions already found (money, dates, organizations, people,
products, with offsets) and the words around them, in English and French:

* deals: acquisitions, mergers, investments, funding rounds (amount raised,
  investors), bids and offers, partnerships, hosting, contracts, with their
  parties and roles, amount, date and status ("in talks", "agreed to buy",
  "a racheté", "backed out", "a rejeté"...);
* valuations: "at a $300 billion valuation", "valued at", "valorisée à",
  "market value"; a valuation stated in a funding-round sentence gives both
  a deal and a valuation;
* lawsuits: "sued", "filed a lawsuit/countersuit against", "threatened to
  sue", "a poursuivi", "a contre-attaqué en justice", "menacé de poursuivre",
  with plaintiffs, defendants, filing date and status.

Each fact carries the sentence that supports it (``body[start:end] ==
quote``) and a confidence.  A party is a name the mentions found (canonical
when resolved) or what "the company", "le groupe", "it" resolves to; an
anaphor left unresolved is left out rather than stored as "the company".
The same deal told twice in an article is one fact.  Pure functions: no
database.

Layout: the words in ``triggers.py``; sentences and clauses in
``sentences.py``; coreference in ``coref.py``; the rules in
``deals.py`` (acquisitions, mergers, bids; the entry for every deal word),
``rounds.py`` (funding rounds, investments), ``investors.py`` (investors
named outside a round's sentence), ``roundups.py`` (rounds told as lists),
``contracts.py`` (contracts,
hosting, partnerships), ``valuations.py`` and ``lawsuits.py`` (with
``suit_sides.py`` and ``suit_phrases.py`` for who sues whom, ``fines.py`` for regulators
and ``suit_pieces.py`` across sentences), sharing
``rules.py`` (parties, amounts, dates and statuses around a word) and, for
deals, ``readings.py`` (what one deal word says).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from newsdb.amounts import decimal_text
from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.contracts import platform_hosting
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.deals import deals
from newsdb.extract.facts.investors import backed, investors_named, later_investors
from newsdb.extract.facts.lawsuits import lawsuits
from newsdb.extract.facts.roundups import amounts_of, coordinated, headings, listed
from newsdb.extract.facts.rules import Draft, Hit, amount, definite
from newsdb.extract.facts.suit_pieces import complete_suits
from newsdb.extract.facts.valuations import settle_valuations, valuations
from newsdb.extract.gazetteer import Gazetteer
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.mentions.money import find_money
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES

__all__ = ["EXTRACTOR_VERSION", "Fact", "Party", "extract_facts"]

EXTRACTOR_VERSION = "facts-2"  # issue 14: the rules for real news
_FINDERS = {
    "en": lex.TriggerFinder(lex.TRIGGERS_EN),
    "fr": lex.TriggerFinder(lex.TRIGGERS_FR),
    None: lex.TriggerFinder(lex.TRIGGERS_ALL),
}
_SYMMETRIC = {"partner", "other"}
_DEAL_NOUNS = {"deal", "agreement", "contract", "accord", "contrat"}
# A round told before, when definite: "the round", "l’opération", "cette levée".
_ROUND_NOUNS = {"round", "funding round", "financing round", "l'opération", "l’opération"}
_ROUND_NOUNS |= {"levée", "levée de fonds", "tour de table"}
_STAGE = {"threatened": 0, "filed": 1, "countersuit": 1, "settled": 2, "dismissed": 2}
_STAGE |= {"ruled": 2, "withdrawn": 2}
_DEAL_STAGE = {"rumored": 0, "in_talks": 1, "announced": 2, "completed": 3}


@dataclass(frozen=True)
class Party:
    name: str  # canonical name when resolved, else the text
    role: str  # a newsdb.vocab.PartyRole value


@dataclass(frozen=True)
class Fact:
    """A deal, valuation or lawsuit proposed by the extractor, with the
    sentence that supports it (``body[start:end] == quote``)."""

    type: str  # "deal" | "valuation" | "lawsuit"
    quote: str
    start: int
    end: int
    confidence: float
    kind: str | None = None  # deal: DealKind value
    status: str | None = None  # deal: DealStatus; lawsuit: LawsuitStatus
    amount: Decimal | None = None
    currency: str | None = None
    amount_text: str | None = None
    date: str | None = None  # "2025", "2025-04", "2025-05-02"
    precision: str | None = None
    parties: tuple[Party, ...] = ()
    organization: str | None = None  # valuation
    basis: str | None = None  # valuation: AmountBasis value
    distinct: bool = False  # lawsuit: "another trial", never merged into the one before
    told: bool = False  # deal: "the deal between A and B", a deal told before named again
    inferred: frozenset[str] = frozenset()  # parties found by coreference ("the firm")
    qualifier: str | None = None  # issue 15: up_to, more_than… (extract/mentions/qualifiers.py)
    amount_high: Decimal | None = None  # a range: `amount` to `amount_high`

    def names(self, roles: frozenset[str]) -> list[str]:
        return [p.name for p in self.parties if p.role in roles]

    def to_json(self) -> dict:
        """The ``newsdb extract --facts`` object for this fact (issue 8)."""
        amount = decimal_text(self.amount) if self.amount is not None else None
        tail = {"quote": self.quote, "start": self.start, "end": self.end}
        tail["confidence"] = self.confidence
        high = decimal_text(self.amount_high) if self.amount_high is not None else None
        meaning = {"qualifier": self.qualifier, "amount_high": high, "basis": self.basis}
        if self.type == "deal":
            head = {"type": "deal", "kind": self.kind, "status": self.status, "amount": amount}
            head |= {"currency": self.currency, "date": self.date, "precision": self.precision}
            head["parties"] = [{"name": p.name, "role": p.role} for p in self.parties]
            return head | meaning | tail
        if self.type == "valuation":
            head = {"type": "valuation", "organization": self.organization, "amount": amount}
            head |= {"currency": self.currency, "date": self.date, "precision": self.precision}
            return head | meaning | tail
        head = {"type": "lawsuit", "plaintiffs": self.names(PLAINTIFF_ROLES)}
        head |= {"defendants": self.names(DEFENDANT_ROLES), "filed": self.date}
        head |= {"precision": self.precision, "status": self.status}
        return head | tail


def extract_facts(
    body: str,
    mentions: list[Mention],
    *,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
    merge: bool = True,
) -> list[Fact]:
    """The deals, valuations and lawsuits ``body`` reports, in text order.

    ``mentions`` are the article's mentions (``newsdb.extract.mentions.find_mentions``);
    ``language`` ("en", "fr") picks the trigger words, both when None;
    ``gazetteer`` gives the products' makers and the media outlets (default:
    the bundled one; pass the one that found ``mentions``);
    ``merge=False`` keeps every sentence's facts apart (one per mention of
    a deal) instead of one fact per deal.
    """
    finder = _FINDERS.get(language if language in ("en", "fr") else None)
    if gazetteer is None:
        gazetteer = Gazetteer.bundled()
    doc = Doc(body, mentions, gazetteer.owners, gazetteer.media)
    hits: dict[int, list[Hit]] = {}
    for start, end, word, trigger in finder.find(body):
        i = doc.index_of(start)
        if i >= len(doc.sentences) or doc.sentences[i].start > start:
            continue
        if _promo(doc, i):
            continue  # "Want to keep track of the largest funding deals? Check out": the site's
        if any(m.start < end and start < m.end for m in doc.sentences[i].mentions):
            continue  # "Partners" in "ARCH Venture Partners" is a name
        if word in lex.HELD and lex.held_denied(doc.lowered, doc.sentences[i].start, start):
            continue  # "qu'il ne détient pas encore", "dont la famille détient 41 %"
        hits.setdefault(i, []).append(Hit(i, start, end, word, trigger))
    for i, found in hits.items():
        held = [
            h
            for h in found
            if h.word in lex.HELD
            and lex.RELATIVE_HELD.search(doc.lowered, max(0, h.start - 20), h.start)
        ]
        if held and any(h.trigger.type == "deal" and h.word not in lex.HELD for h in found):
            hits[i] = [h for h in found if h not in held]
    drafts: list[Draft] = []
    priced = {i for i, s in enumerate(doc.sentences) if any(m.type == "money" for m in s.mentions)}
    for i in sorted(hits.keys() | priced):
        if i not in hits:  # money and no trigger word: maybe "The transaction, worth $61 billion"
            if any(d.type == "deal" and d.amount is None and i - d.i <= 4 for d in drafts[-4:]):
                _price_previous(doc, i, [], set(), drafts)
            continue
        used: set[int] = set()
        rounds = listed(doc, i, hits[i], used)
        values = valuations(doc, i, hits[i], used)
        found, updates = deals(doc, i, hits[i], used)
        for status in updates[:1]:
            _update_previous(drafts, i, status)
        if not found:
            _price_previous(doc, i, hits[i], used, drafts)
            start = doc.sentences[i].start
            if values and _DEAL_VALUES.search(doc.lowered, start, values[0].anchor + 12):
                # "The all-cash transaction values Helix at $2 billion": the deal's price too
                _give_amount(drafts, i, values[0].amount)
        found += coordinated(doc, found, used)
        drafts += rounds + found + settle_valuations(values, found) + lawsuits(doc, i, hits[i])
    if "-backed" in body or "-funded" in body or "-financed" in body:
        drafts += backed(doc)
    if any(d.kind == "funding_round" for d in drafts):
        drafts += headings(doc)
    drafts += platform_hosting(doc)
    if "among" in doc.lowered or "parmi" in doc.lowered or "backer" in doc.lowered:
        drafts += investors_named(doc)
    _respectively(doc, drafts)
    if "millions d" in doc.lowered or "milliard" in doc.lowered:
        drafts += amounts_of(doc, drafts)
    later_investors(doc, drafts)
    drafts = _complete_rounds(drafts)
    drafts = complete_suits(doc, drafts)
    facts = [_fact(doc, d) for d in sorted(drafts, key=lambda d: d.anchor)]
    return _merge(facts) if merge else facts


# A site's call to its reader, no news: "Want to keep track of the largest startup
# funding deals ...?", "Sign up for our newsletter", "Check out our list of deals".
_PROMO = re.compile(
    r"(?:want to|looking for|interested in|sign up|subscribe|click|read more|check out|"
    r"don['’]t miss|vous souhaitez|abonnez-vous|inscrivez-vous|cliquez)(?![\w-])"
)


_TO_READER = re.compile(
    r"(?<![\w-])(?:you|your|our|here|newsletter|vous|votre|notre|ici)(?![\w-])|\?\s*$"
)


def _promo(doc: Doc, i: int) -> bool:
    """A call to the reader (not "Looking for growth abroad, Orbital bought Kestrel")."""
    sentence = doc.sentences[i]
    return bool(
        _PROMO.match(doc.lowered, sentence.start)
        and _TO_READER.search(doc.lowered, sentence.start, sentence.end)
    )


def _complete_rounds(drafts: list[Draft]) -> list[Draft]:
    """ "Temasek et Eurazeo ont également participé au tour de table": a round
    told with its investors only belongs to the round reported just before."""
    out: list[Draft] = []
    for draft in drafts:
        if _is_round(draft) and not _investee(draft):
            earlier = [d for d in out if _is_round(d) and _investee(d) and draft.i - d.i <= 10]
            if not earlier:
                continue
            if draft.amount is None:
                # its investors join that round (whose other investors they need not share)
                names = {e.name for e, _ in earlier[-1].parties}
                earlier[-1].parties += [(e, r) for e, r in draft.parties if e.name not in names]
                continue
            investee = _investee(earlier[-1])[0]  # "un tour initial de 209 millions": another
            draft.parties.insert(0, (replace(investee, coref=True), "investee"))
        out.append(draft)
    return out


def _is_round(draft: Draft) -> bool:
    return draft.type == "deal" and draft.kind == "funding_round"


def _investee(draft: Draft) -> list:
    return [e for e, role in draft.parties if role == "investee"]


def _price_previous(doc: Doc, i: int, hits: list[Hit], used: set[int], drafts: list[Draft]):
    """ "Under the deal, Lyra will spend about $2.4 billion", "The transaction,
    worth $61 billion when it was announced": a sentence about "the deal" gives
    its amount to the deal just told without one."""
    sentence = doc.sentences[i]
    named = [
        m
        for m in doc.of_type(i, "money")
        if m.start not in used
        and _THE.search(doc.lowered, max(sentence.start, m.start - 16), m.start)
        and _PRICED_DEAL.match(doc.lowered, m.end)
    ]
    if named:
        # "The $2 billion deal is expected to close", "the $80 million raised this week":
        # a priced definite noun points back further ("The $14.7bn deal, to be paid in
        # stock, was announced in July" four sentences after Zoom's acquisition of Five9)
        _give_amount(drafts, i, named[0], reach=4)
        return
    nouns = [h.end for h in hits if h.word in _DEAL_NOUNS and definite(doc, h)]
    # "The round totaled $2.5 billion", "L’opération a constitué une somme de 2,5 milliards"
    rounds = [
        h.end
        for h in hits
        if h.word in _ROUND_NOUNS and (h.word.startswith(("l'", "l’")) or definite(doc, h))
    ]
    if rounds and not nouns:
        money = amount(doc, i, rounds[0], rounds[0], sentence.start, sentence.end, used)
        if money is not None and money.start > rounds[0]:
            _give_amount(drafts, i, money, kind="funding_round")
        return
    nouns += [h.end for h in hits if h.trigger.voice == "pay"]  # "Microsoft will pay $2 billion"
    told = _TOLD_DEAL.search(doc.lowered, sentence.start, min(sentence.end, sentence.start + 80))
    if told is not None:
        nouns.append(told.end())
    if not nouns:
        return
    first = min(nouns)
    money = amount(doc, i, first, first, sentence.start, sentence.end, used)
    if money is None or money.start < first:
        return
    _give_amount(drafts, i, money)


def _give_amount(
    drafts: list[Draft], i: int, money, kind: str | None = None, reach: int = 2
) -> None:
    """The amount goes to the deal told in the ``reach`` sentences before (of ``kind``
    when given), if it has none."""
    for draft in reversed(drafts):
        if draft.type == "deal" and i - draft.i <= reach and kind in (None, draft.kind):
            if draft.amount is None and draft.kind not in ("partnership", "other"):
                draft.amount = money
            return


_THE = re.compile(
    r"(?:^|(?<=[\s(]))(?:the|this|that|le|la|l['’]|cette|ce)\s*"
    r"(?:(?:first|second|initial|latest|new|fresh|premier|première|nouvelle?)\s+)?$"
)
_PRICED_DEAL = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:deal|agreement|transaction|merger|acquisition|takeover|purchase|"
    r"buyout|round|funding|investment|raised|accord|opération|rachat|fusion|levée|levés?|"
    r"investissement|tour|injection|tranche)(?![\w-])"
)


# "The merger, worth about $31.8 billion", "L'opération, valorisée à": a deal
# named again, then priced.
_TOLD_DEAL = re.compile(
    r"(?:^|(?<=[\s(]))(?:the|this|that|its|le|la|l['’]|cette|cet|ce)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|transaction|merger|acquisition|takeover|purchase|buyout|sale|"
    r"accord|opération|rachat|fusion|cession)(?=,?\s+(?:worth|valued|which (?:values|valued|was "
    r"valued)|is valued|was valued|valorisée?|estimée?|d['’]un montant))"
    # "le prix proposé par le groupe français avoisinait 11 milliards"
    r"|(?:the|le|its|son)\s+(?:price|prix|offer price)\s+(?:offered|proposed|proposé|offert)"
    # "The purchase price is $2 billion", "le prix de cession s'élève à"
    r"|(?:the|its|le|son)\s+(?:(?:purchase|acquisition|sale|deal|transaction|takeover)\s+price|"
    r"price tag|prix d['’](?:achat|acquisition)|prix de (?:cession|rachat|vente))"
    # "Le montant total de la transaction s'élèvera à", "the total value of the deal is"
    r"|(?:the|le|la)\s+(?:total\s+)?(?:value|amount|montant|valeur)\s+(?:totale?\s+)?"
    r"(?:of|de|du)\s+(?:the\s+|this\s+|la\s+|l['’]|ce\s+|cette\s+)?"
    r"(?:deal|transaction|acquisition|takeover|opération|rachat|fusion)"
)
_DEAL_VALUES = re.compile(
    r"(?:^|(?<=[\s(]))(?:the|this|that|le|la|l['’]|cette|ce)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:deal|transaction|acquisition|takeover|merger|offer(?: price)?|purchase|opération|"
    r"offre|rachat)"
    r"\s+(?:values|valued|valuing|valorise|valorisant)\s"
    # "... to buy Cypress for $23.85/share. That means an enterprise value of €9B."
    r"|(?<![\w-])(?:means|implies|represents|gives|for|at)\s+(?:an?|the)\s+enterprise value"
    r"\s+of\s|(?<![\w-])(?:pour|soit)\s+une\s+valeur d['’]entreprise\s+de\s"
)


def _update_previous(drafts: list[Draft], i: int, status: str) -> None:
    """ "Une offre aussitôt rejetée par Sam Altman": the last deal of the two
    sentences before takes the status."""
    for draft in reversed(drafts):
        if draft.type == "deal" and i - draft.i <= 2:
            draft.status = status
            return


def _fact(doc: Doc, draft: Draft) -> Fact:
    sentence = doc.sentences[draft.i]
    quote = doc.body[sentence.start : sentence.end]
    parties, seen = [], set()
    corefs = 0
    inferred = set()
    for ent, role in draft.parties:
        if ent.name and ent.name not in seen:
            seen.add(ent.name)
            parties.append(Party(ent.name, role))
            corefs += ent.coref
            if ent.coref:
                inferred.add(ent.name)
    money, when = draft.amount, draft.date
    fields = {
        "amount": (money.amount if money.amount_high is None else money.amount_low)
        if money
        else None,
        "qualifier": money.qualifier if money else None,
        "amount_high": money.amount_high if money else None,
        "currency": money.currency if money else None,
        "amount_text": money.text if money else None,
        "date": when.value if when and when.value else None,
        "precision": when.precision if when and when.value else None,
    }
    organization = draft.organization.name if draft.organization else None
    if draft.type == "valuation":
        corefs = int(bool(draft.organization and draft.organization.coref))
    confidence = _confidence(draft, parties, corefs)
    return Fact(
        draft.type,
        quote,
        sentence.start,
        sentence.end,
        confidence,
        kind=draft.kind,
        status=draft.status,
        parties=tuple(parties),
        organization=organization,
        basis=_basis(draft, money),
        distinct=draft.distinct,
        told=draft.told,
        inferred=frozenset(inferred),
        **fields,
    )


# What a deal's amount measures when the words do not say (a valuation's: valuations.py).
_DEAL_BASIS = {"funding_round": "raised", "bid": "offer", "acquisition": "sale_price"}
# What the words around a valuation's amount may say it is, over the sentence's reading.
_VALUATION_STATED = frozenset({"pre_money", "post_money", "implied", "market"})


def _basis(draft: Draft, money: Mention | None) -> str | None:
    stated = money.basis if money else None
    if draft.type == "valuation":
        return stated if stated in _VALUATION_STATED else draft.basis
    if draft.type == "deal" and money is not None:
        return stated or _DEAL_BASIS.get(str(draft.kind))
    return None


def _confidence(draft: Draft, parties: list[Party], corefs: int) -> float:
    """0.9 for a deal with an amount and two named parties, a valuation of a
    named organization, a lawsuit naming both sides; less for each missing
    piece and each party found by coreference."""
    if draft.type == "valuation":
        score = 0.85
    elif draft.type == "lawsuit":
        sides = {p.role in PLAINTIFF_ROLES for p in parties}
        score = 0.5 + 0.2 * len(sides)
    else:
        score = 0.5 + (0.2 if draft.amount else 0) + 0.1 * min(2, len(parties))
        if draft.status == "rumored":
            score -= 0.1
    return round(max(0.2, min(0.95, score - 0.15 * corefs)), 2)


def _respectively(doc: Doc, drafts: list[Draft]) -> None:
    """ "X et Y ont respectivement levé 200 millions et 135 millions d'euros", "X and Y
    raised $200 million and $135 million, respectively": the n-th name has the n-th
    amount (the drafts of such a sentence name both, or only the one nearest)."""
    for i in sorted({d.i for d in drafts if d.type == "deal" and d.amount is not None}):
        sentence = doc.sentences[i]
        if "respectiv" not in doc.lowered[sentence.start : sentence.end]:
            continue
        group = sorted(
            (d for d in drafts if d.type == "deal" and d.i == i and d.amount is not None),
            key=lambda d: d.amount.start,
        )
        first = group[0].amount.start
        names = list(
            dict.fromkeys(
                e.name
                for e in doc.plain_ents(i)
                if e.type == "organization" and e.end <= first and not e.agentive
            )
        )
        shared = set.intersection(*({r for e, r in d.parties if e.name in names} for d in group))
        if len(group) < 2 or len(names) != len(group) or len(shared) != 1:
            continue
        role = shared.pop()
        ents = {e.name: e for e in doc.plain_ents(i)}
        for draft, name in zip(group, names, strict=True):
            kept = [(e, r) for e, r in draft.parties if not (r == role and e.name in names)]
            draft.parties = [(ents[name], role), *kept]


def _merge(facts: list[Fact]) -> list[Fact]:
    """One fact per deal, valuation or lawsuit of the article: a later
    mention of the same one (same kind, no conflicting amount or party) adds
    its parties, amount and date to the first.  Mentions of one kind are merged
    first, then the kinds that tell one deal ("the offer" and "the purchase"):
    a stake held since 2017 and its price told next stay apart from today's bid."""
    # Mentions with one amount are merged first: "e& takes $400m majority stake in Careem"
    # is the "$400 million majority stake" e& acquired, not Uber's purchase of Careem
    # in 2020 told without its price between them.
    for same_kind, priced in ((True, True), (True, False), (False, False)):
        out: list[Fact] = []
        for fact in facts:
            for k, kept in enumerate(out):
                if priced and (fact.amount is None or kept.amount != fact.amount):
                    continue
                if (kept.kind == fact.kind or not same_kind) and _same(kept, fact):
                    out[k] = _union(kept, fact)
                    break
            else:
                out.append(fact)
        facts = out
    return out


_LEDE = 400  # characters: a headline and the first sentence
_ANOTHER = re.compile(
    r"(?<![\w-])(?:another|further|second|additional|also|then|later|rest|remaining|"
    r"nouvelle|nouveau|autre|deuxième|second|aussi|ensuite|reste)(?![\w-])",
    re.IGNORECASE,
)
_ASIDE_OPEN = re.compile(r"\s*\(\s*(?:about|around|roughly|some|approximately|environ|soit|~)?\s*")


def _converted(a: Fact, b: Fact) -> bool:
    """ "653 billion won ($595 million)" and "at least $600 million": one price told in
    two currencies, the article's own conversion within a tenth of the other."""
    if a.currency == b.currency or not a.amount_text or a.amount_text not in a.quote:
        return False
    if min(a.start, b.start) > _LEDE or _ANOTHER.search(a.quote) or _ANOTHER.search(b.quote):
        return False  # a headline or lede told again; not "another 10% stake ... for $60 million"
    rest = a.quote[a.quote.index(a.amount_text) + len(a.amount_text) :]
    aside = _ASIDE_OPEN.match(rest)
    if aside is None or aside.end() == 0 or "(" not in rest[: aside.end()]:
        return False
    close = rest.find(")", aside.end())
    money = find_money(rest[aside.end() : close if close > 0 else None])
    if not money or money[0].currency != b.currency or money[0].amount is None:
        return False
    told, other = money[0].amount, b.amount
    return abs(told - other) <= max(told, other) / 10


def _same(a: Fact, b: Fact) -> bool:
    """The same deal (or suit) told twice: same kind, amounts that do not
    differ, one's roles a subset of the other's, and the names of every
    shared role in common (for "partner", one set within the other)."""
    if a.type != b.type:
        return False
    if a.type == "deal" and a.date != b.date and (_before_now(a) or _before_now(b)):
        return False  # "Thoma Bravo had previously approached Darktrace in 2022": another try
    if a.kind != b.kind:
        if _talks_of(a, b) or _talks_of(b, a):
            return True
        if {a.kind, b.kind} == {"merger", "acquisition"}:
            return _merger_as_purchase(a, b)
        if {a.kind, b.kind} == {"investment", "funding_round"}:
            if not _halves_of_a_round(a, b):
                return False
            a, b = _as_round(a), _as_round(b)
        # "PayPal had made an offer ... to acquire Pinterest" and "the deal to
        # buy Pinterest": an offer and the acquisition it proposes are one deal
        elif {a.kind, b.kind} != {"bid", "acquisition"} or None not in (a.amount, b.amount):
            return False
        else:
            a, b = _as_acquisition(a), _as_acquisition(b)
    if a.type == "valuation":
        return a.organization == b.organization and a.amount == b.amount
    if a.kind == "funding_round" and _other_series(a, b):
        return False  # "a Series B ... five months after Rain's Series A": two rounds
    if (
        a.amount is not None
        and b.amount is not None
        and a.amount != b.amount
        and not (_converted(a, b) or _converted(b, a))
    ):
        return False
    roles_a: dict[str, set[str]] = {}
    roles_b: dict[str, set[str]] = {}
    for p in a.parties:
        roles_a.setdefault(p.role, set()).add(p.name)
    for p in b.parties:
        roles_b.setdefault(p.role, set()).add(p.name)
    if not (roles_a.keys() <= roles_b.keys() or roles_b.keys() <= roles_a.keys()):
        return False
    if a.type == "lawsuit" and (b.distinct or roles_a.keys() != roles_b.keys()):
        return False  # "It settled a separate lawsuit": one side is not enough
    shared = roles_a.keys() & roles_b.keys()
    for role in shared:
        x, y = roles_a[role], roles_b[role]
        if role in _SYMMETRIC and not (x <= y or y <= x):
            return False  # "partner of A and B" is not "partner of A and C"
        if not _overlap(x, y) and not _guessed_twice(a, b, x, y):
            return False
    # (last, the dearest test: "Masimo's trade-secret case against Apple" is not its
    # patent case)
    return bool(shared) and not (a.type == "lawsuit" and _other_claims(a, b))


_SUFFIX = {"co", "inc", "corp", "corporation", "ltd", "plc", "sa", "ag", "nv", "llc", "group"}


def _alike(a: str, b: str) -> bool:
    """One name of a party written two ways in an article: "HPE" and "Hewlett
    Packard Enterprise Co", "Juniper" and "Juniper Networks Inc"."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    words = [w for w in re.findall(r"[\w&]+", long) if w.lower().strip(".") not in _SUFFIX]
    if short.isupper() and len(short) >= 2 and "".join(w[0] for w in words).upper() == short:
        return True
    head = short.split()
    return len(words) > len(head) and [w.lower() for w in words[: len(head)]] == [
        w.lower() for w in head
    ]


def _overlap(x: set[str], y: set[str]) -> bool:
    return any(_alike(a, b) for a in x for b in y)


def _guessed_twice(a: Fact, b: Fact, x: set[str], y: set[str]) -> bool:
    """ "The fledgling firm raised $2 billion" told twice, "the firm" resolved
    differently: the same priced deal when the later names were all guessed."""
    return a.type == "deal" and a.amount is not None and a.amount == b.amount and y <= b.inferred


# What a suit is about, as its sentence names it: two suits between the same sides
# about different things are two suits.
_CLAIMS = (
    ("patent", re.compile(r"(?<![\w-])(?:patents?|brevets?)(?![\w-])")),
    ("trade_secret", re.compile(r"(?<![\w-])(?:trade[ -]secrets?|secrets? d['’]affaires)")),
    ("copyright", re.compile(r"(?<![\w-])(?:copyright\w*|droits? d['’]auteur)")),
    (
        "antitrust",
        re.compile(r"(?<![\w-])(?:antitrust|anti-competitive|anticoncurrenti\w*|monopol\w*)"),
    ),
    (
        "privacy",
        re.compile(r"(?<![\w-])(?:privacy|data protection|gdpr|rgpd|données personnelles)"),
    ),
    ("defamation", re.compile(r"(?<![\w-])(?:defamation|libel|diffamation)")),
)


_SUIT_NOUN = re.compile(
    r"(?<![\w-])(?:lawsuits?|suits?|cases?|complaints?|trials?|infring\w*|verdicts?|procès|"
    r"plaintes?|contrefaçon)(?![\w-])"
)
_ALSO = re.compile(r"(?<![\w-])(?:also|aussi|également)(?![\w-])")


def _claims(quote: str) -> set[str]:
    """What the suit is about, as the words next to its noun say ("trade-secret case",
    "for infringing a patent")."""
    lowered = quote.lower()
    found = set()
    for noun in _SUIT_NOUN.finditer(lowered):
        near = lowered[max(0, noun.start() - 30) : noun.end() + 30]
        found |= {name for name, cue in _CLAIMS if cue.search(near)}
    return found


def _other_claims(a: Fact, b: Fact) -> bool:
    """Two suits about different things (not "the lawsuit also alleges antitrust ...")."""
    if _ALSO.search(a.quote.lower()) or _ALSO.search(b.quote.lower()):
        return False
    mine, theirs = _claims(a.quote), _claims(b.quote)
    return bool(mine and theirs) and not (mine & theirs)


_SERIES = re.compile(r"(?<![\w-])(?:series|série)\s+([a-h])(?![\w-])")


def _other_series(a: Fact, b: Fact) -> bool:
    """Two rounds told with different series letters and none in common."""
    mine = set(_SERIES.findall(a.quote.lower()))
    theirs = set(_SERIES.findall(b.quote.lower()))
    return bool(mine and theirs) and not (mine & theirs)


def _talks_of(talks: Fact, deal: Fact) -> bool:
    """ "Valeant was close to a deal with Salix" in an article on Valeant buying
    Salix: talks of no named kind between the parties of a deal are that deal."""
    if talks.kind != "partnership" or not (talks.status in ("in_talks", "rumored") or talks.told):
        return False  # "the deal between Cisco and Splunk" after Cisco's purchase of Splunk
    if deal.kind not in ("acquisition", "merger", "bid", "investment", "funding_round"):
        return False
    names = {p.name for p in deal.parties}
    return talks.amount is None and all(_overlap({p.name}, names) for p in talks.parties)


_PREVIOUSLY = re.compile(
    r"(?<![\w-])(?:(?:had|has)\s+previously\s+(?:approached|tried|attempted|sought|made|offered|"
    r"bid|explored|held talks|considered)|avait (?:déjà |précédemment )?tenté|une première fois)"
)


def _before_now(fact: Fact) -> bool:
    """A deal dated and told as an earlier attempt ("had previously approached
    Darktrace ... in 2022")."""
    return fact.date is not None and bool(_PREVIOUSLY.search(fact.quote.lower()))


def _merger_as_purchase(a: Fact, b: Fact) -> bool:
    """ "NortonLifeLock's acquisition of Avast" and "the $8.6 billion merger of
    the two firms", "its purchase of IronSource" and "the merger with IronSource":
    one deal, when the merger's partners are the purchase's two sides."""
    merger, purchase = (a, b) if a.kind == "merger" else (b, a)
    if None not in (a.amount, b.amount) and a.amount != b.amount:
        return False
    partners = {p.name for p in merger.parties if p.role == "partner"}
    sides = {p.name for p in purchase.parties if p.role in ("acquirer", "target")}
    return len(sides) >= 2 and bool(partners) and all(_overlap({n}, sides) for n in partners)


def _halves_of_a_round(a: Fact, b: Fact) -> bool:
    """ "London investors pump £10m into HH2E" and "the fresh funding from HydrogenOne and
    Foresight Group": money without investors, investors without money, one investee."""
    priced, named = (a, b) if a.amount is not None else (b, a)
    return (
        priced.amount is not None
        and named.amount is None
        # (named again: not "funded by companies including Google" beside "$750 million
        # raised in two rounds", an investment of its own)
        and _FUNDING_TOLD.search(named.quote.lower()) is not None
        # (not "The previous funding from Brindle was raised in 2022")
        and not _EARLIER_ROUND.search(named.quote.lower())
        and (named.date is None or priced.date is None or named.date == priced.date)
        and not priced.names(_INVESTORS)
        and bool(named.names(_INVESTORS))
        and _overlap(set(priced.names(_INVESTEE)), set(named.names(_INVESTEE)))
    )


_INVESTEE = frozenset({"investee"})
_INVESTORS = frozenset({"investor", "lead_investor"})
_EARLIER_ROUND = re.compile(
    r"(?<![\w-])(?:previous|earlier|prior|initial|first|last|précédente?|première|dernière)"
    r"(?![\w-])"
)
_FUNDING_TOLD = re.compile(
    r"(?<![\w-])(?:the|this|that|its|their|le|la|l['’]|cette|ce)\s*(?:[\w-]+\s+){0,2}?"
    r"(?:funding|investment|financing|round|cash injection|capital|injection|financement|"
    r"investissement|levée|tour de table)\s+(?:from|by|de la part|de|du|des|par)(?![\w-])"
)


def _as_round(fact: Fact) -> Fact:
    return replace(fact, kind="funding_round")


def _as_acquisition(fact: Fact) -> Fact:
    roles = {"bidder": "acquirer", "lead_bidder": "acquirer"}
    parties = tuple(Party(p.name, roles.get(p.role, p.role)) for p in fact.parties)
    return replace(fact, kind="acquisition", parties=parties)


def _as_bid(fact: Fact) -> Fact:
    parties = tuple(Party(p.name, {"acquirer": "bidder"}.get(p.role, p.role)) for p in fact.parties)
    return replace(fact, kind="bid", parties=parties)


def _union(a: Fact, b: Fact) -> Fact:
    """``a`` completed by ``b``; the sentence with the amount is the quote."""
    if _talks_of(a, b) or _talks_of(b, a):
        return b if _talks_of(a, b) else a
    if {a.kind, b.kind} == {"merger", "acquisition"}:
        # the purchase keeps its sides; the merger gives its amount and date
        a, b = (a, b) if a.kind == "acquisition" else (b, a)
        b = replace(b, kind="acquisition", parties=())
    elif {a.kind, b.kind} == {"investment", "funding_round"}:
        a, b = _as_round(a), _as_round(b)
    elif a.kind != b.kind:
        # an offer and the acquisition it proposes: the one priced ("offered $97.4
        # billion", a bid), else the acquisition
        priced = a if a.amount is not None else b if b.amount is not None else None
        keep = priced.kind if priced is not None else "acquisition"
        a, b = (a, b) if a.kind == keep else (b, a)
        b = _as_acquisition(b) if keep == "acquisition" else _as_bid(b)
    if a.amount is None and b.amount is not None:
        a, b = b, a
    names = {p.name for p in a.parties}
    roles = {p.role for p in a.parties}
    extra = tuple(
        p
        for p in b.parties
        if not _overlap({p.name}, names) and not (p.name in b.inferred and p.role in roles)
    )
    updates = {"parties": a.parties + extra, "confidence": max(a.confidence, b.confidence)}
    if a.type == "lawsuit" and _STAGE.get(b.status, 1) > _STAGE.get(a.status, 1):
        updates["status"] = b.status  # "dismissed" tells more than "filed"
    if a.type == "deal" and _DEAL_STAGE.get(b.status, -1) > _DEAL_STAGE.get(a.status, 9):
        updates["status"] = b.status  # "agreed to buy" told first, "bought" later: done
    if a.date is None and b.date is not None:
        updates |= {"date": b.date, "precision": b.precision}
    return Fact(**{**a.__dict__, **updates})
