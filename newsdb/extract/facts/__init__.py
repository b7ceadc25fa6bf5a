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

Layout: the words in ``triggers.py`` and ``cues.py``; sentences and clauses
in ``sentences.py``; coreference in ``coref.py``; the rules in ``deals.py``
(the deals of a sentence, joined from what each word says: ``purchases.py``
for acquisitions and mergers, and the entry for every deal word; ``bids.py``
for bids and offers),
``rounds.py`` (funding rounds, with ``backers.py`` for who backs them),
``stakes.py`` (investments and stakes), ``investors.py`` (investors named
outside a round's sentence), ``roundups.py`` (rounds told as lists),
``contracts.py`` (contracts, hosting), ``partnerships.py`` (partnerships and
generic deal words), ``valuations.py`` and ``lawsuits.py`` (with
``suit_sides.py`` and ``suit_phrases.py`` for who sues whom, ``fines.py``
for regulators' fines, ``rulings.py`` for orders and appeals,
``authorities.py`` for the authority a sentence leaves out, and
``suit_pieces.py`` across sentences), sharing ``subjects.py`` (the parties
around a word), ``rules.py`` (amounts, dates and statuses around a word)
and, for deals, ``readings.py`` (what one deal word says). ``fact.py`` turns
a draft into a ``Fact``; ``merge.py`` makes one fact of a deal or suit told
twice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdb.extract.facts import cues
from newsdb.extract.facts import triggers as lex
from newsdb.extract.facts.contracts import platform_hosting
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.deals import CLOSED_LATER, deals
from newsdb.extract.facts.fact import Fact, Party, to_fact
from newsdb.extract.facts.investors import (
    backed,
    holders,
    investors_in,
    investors_named,
    later_investors,
)
from newsdb.extract.facts.lawsuits import lawsuits
from newsdb.extract.facts.merge import merged
from newsdb.extract.facts.roundups import amounts_of, coordinated, headings, listed
from newsdb.extract.facts.rules import Draft, Hit, amount, definite
from newsdb.extract.facts.suit_pieces import complete_suits
from newsdb.extract.facts.valuations import settle_valuations, valuations
from newsdb.extract.gazetteer import Gazetteer
from newsdb.extract.mentions.credits import dateline_agencies
from newsdb.extract.mentions.mention import Mention

__all__ = ["EXTRACTOR_VERSION", "Fact", "Party", "extract_facts"]

EXTRACTOR_VERSION = "facts-2"  # issue 14: the rules for real news
_FINDERS = {
    "en": lex.TriggerFinder(lex.TRIGGERS_EN),
    "fr": lex.TriggerFinder(lex.TRIGGERS_FR),
    None: lex.TriggerFinder(lex.TRIGGERS_ALL),
}
_DEAL_NOUNS = {"deal", "agreement", "contract", "accord", "contrat"}
# A round told before, when definite: "the round", "l’opération", "cette levée".
_ROUND_NOUNS = {"round", "funding round", "financing round", "l'opération", "l’opération"}
_ROUND_NOUNS |= {"levée", "levée de fonds", "tour de table"}


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
    doc = Doc(body, mentions, gazetteer.owners, gazetteer.media | dateline_agencies(body))
    hits: dict[int, list[Hit]] = {}
    for start, end, word, trigger in finder.find(body):
        i = doc.index_of(start)
        if i >= len(doc.sentences) or doc.sentences[i].start > start:
            continue
        if _promo(doc, i):
            continue  # "Want to keep track of the largest funding deals? Check out": the site's
        if any(
            m.start < end and start < m.end and not (trigger.voice == "ipo" and m.start > start)
            for m in doc.sentences[i].mentions
        ):
            # "Partners" in "ARCH Venture Partners" is a name (not "introduction en Bourse de
            # Paris": the listing word, then the exchange's name)
            continue
        if word in cues.HELD and cues.held_denied(doc.lowered, doc.sentences[i].start, start):
            continue  # "qu'il ne détient pas encore", "dont la famille détient 41 %"
        hits.setdefault(i, []).append(Hit(i, start, end, word, trigger))
    for i, found in hits.items():
        held = [
            h
            for h in found
            if h.word in cues.HELD
            and cues.RELATIVE_HELD.search(doc.lowered, max(0, h.start - 20), h.start)
        ]
        if held and any(h.trigger.type == "deal" and h.word not in cues.HELD for h in found):
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
        sentence = doc.sentences[i]
        if not found and CLOSED_LATER.match(doc.lowered, sentence.start):
            # "... agreed to acquire Lumora. The deal closed on Monday.": done
            _update_previous(drafts, i, "completed", only="announced")
        if not found:
            _price_previous(doc, i, hits[i], used, drafts)
            start = doc.sentences[i].start
            if values and _DEAL_VALUES.search(doc.lowered, start, values[0].anchor + 12):
                # "The all-cash transaction values Helix at $2 billion": the deal's price too
                _give_amount(drafts, i, values[0].amount)
        found += coordinated(doc, found, used)
        found = _listing_proceeds(doc, found, drafts)
        drafts += rounds + found + settle_valuations(values, found) + lawsuits(doc, i, hits[i])
    if "-backed" in body or "-funded" in body or "-financed" in body:
        drafts += backed(doc)
    if any(d.kind == "funding_round" for d in drafts):
        drafts += headings(doc)
    drafts += platform_hosting(doc)
    if any(w in doc.lowered for w in ("among", "parmi", "backer", "count")):
        drafts += investors_named(doc)
    if "holder" in doc.lowered or "investor" in doc.lowered or "owner" in doc.lowered:
        drafts += holders(doc)
    _respectively(doc, drafts)
    if "millions d" in doc.lowered or "milliard" in doc.lowered:
        drafts += amounts_of(doc, drafts)
    later_investors(doc, drafts)
    if "investors" in doc.lowered or "backers" in doc.lowered or "shareholders" in doc.lowered:
        drafts += investors_in(doc, drafts)
    drafts = _complete_rounds(sorted(drafts, key=lambda d: d.anchor))  # (headings come last)
    drafts = complete_suits(doc, drafts)
    facts = [to_fact(doc, d) for d in sorted(drafts, key=lambda d: d.anchor)]
    return merged(facts) if merge else facts


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
        if _is_round(draft) and not _investee(draft) and draft.amount is not None:
            # "Ant Financial has invested $400m in Zomato and is in line to participate in a
            # $600m round": the company its sentence names as invested in
            same = [
                e
                for d in out
                if d.i == draft.i and d.type == "deal" and d.kind == "investment"
                for e in _investee(d)
            ]
            if same:
                draft.parties.insert(0, (replace(same[0], coref=True), "investee"))
                out.append(draft)
                continue
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


def _listing_proceeds(doc: Doc, found: list[Draft], before: list[Draft]) -> list[Draft]:
    """ "stopped Ant’s IPO days before it was scheduled to raise $34 billion": money a
    company raises in the sentence of its listing is the listing's, no round; so is
    money it plans to raise two sentences after its coming listing ("Arm’s public
    offering is looming. ... the chipmaker is planning to raise up to $4.9 billion")."""
    listings = [d for d in found if _is_listing(d)] or [
        d
        for d in before
        if _is_listing(d)
        and d.status == "announced"
        and found
        and found[0].i - d.i <= 2
        # (not "Until then, it is planning to raise $150 million in a Series D round")
        and not _ROUND_WORD.search(
            doc.lowered, doc.sentences[found[0].i].start, doc.sentences[found[0].i].end
        )
    ][-1:]
    if not listings:
        return found
    out = []
    for d in found:
        issuer = {e.name for e, r in listings[0].parties if r == "other"}
        if (
            d.kind == "funding_round"
            and d.anchor > listings[0].anchor  # (not "raise $200 million ahead of a listing")
            and (d.i == listings[0].i or d.status == "announced")
            and {e.name for e in _investee(d)} <= issuer
            and not any(r in ("investor", "lead_investor") for _, r in d.parties)
        ):
            if listings[0].amount is None:
                listings[0].amount = d.amount
            continue
        out.append(d)
    return out


_ROUND_WORD = re.compile(
    r"(?<![\w-])(?:round|series [a-h]|pre-ipo|seed|funding|tour de table|série [a-h]|levée)"
    r"(?![\w-])"
)


def _is_listing(draft: Draft) -> bool:
    return draft.kind == "other" and any(r == "other" for _, r in draft.parties)


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
        if _PURCHASE_NOUN.match(doc.lowered, named[0].end):
            # "the $69 billion acquisition was blocked": the last purchase of a company told
            # (not the sale of streaming rights told just before), however far
            _give_the_deal(drafts, i, named[0])
        else:
            _give_amount(drafts, i, named[0], reach=4)
        return
    nouns = [h.end for h in hits if h.word in _DEAL_NOUNS and definite(doc, h)]
    # "The round totaled $2.5 billion", "L’opération a constitué une somme de 2,5 milliards"
    rounds = [
        h
        for h in hits
        if h.word in _ROUND_NOUNS and (h.word.startswith(("l'", "l’")) or definite(doc, h))
    ]
    if rounds and not nouns:
        end = rounds[0].end
        money = amount(doc, i, end, end, sentence.start, sentence.end, used)
        if money is not None and money.start > end:
            # "Le montant de l’opération s’élève à 130 millions d’euros": "l'opération" is
            # any deal (a sale told before), "the round" a round
            generic = rounds[0].word in ("l'opération", "l’opération")
            _give_amount(drafts, i, money, kind=None if generic else "funding_round")
        return
    nouns += [h.end for h in hits if h.trigger.voice == "pay"]  # "Microsoft will pay $2 billion"
    told = _TOLD_DEAL.search(doc.lowered, sentence.start, min(sentence.end, sentence.start + 80))
    if told is not None and not any(
        told.start() <= e.start < told.end() for e in doc.plain_ents(i) if e.type == "organization"
    ):
        # (not "The Brindle acquisition, announced in August, was worth": Brindle's own)
        nouns.append(told.end())
    if not nouns:
        return
    first = min(nouns)
    money = amount(doc, i, first, first, sentence.start, sentence.end, used)
    if money is None or money.start < first:
        return
    if told is not None and first == told.end() and _BOUGHT_NOUN.search(told.group()):
        # "The takeover was initially valued at $1.7 billion" five sentences after the
        # purchase: the last purchase of a company told, as for "the $69 billion acquisition"
        _give_the_deal(drafts, i, money)
        return
    _give_amount(drafts, i, money)


_BOUGHT_NOUN = re.compile(
    r"(?<![\w-])(?:acquisition|takeover|purchase|buyout|merger|rachat|fusion)"
)


def _give_amount(
    drafts: list[Draft], i: int, money, kind: str | None = None, reach: int = 2
) -> bool:
    """The amount goes to the deal told in the ``reach`` sentences before (of ``kind``
    when given), if it has none; False when no deal was told there."""
    told = [d for d in drafts if d.type == "deal" and i - d.i <= reach and kind in (None, d.kind)]
    if not told:
        return False
    # the sentence's first deal, its main one ("la vente à Proximus de X, cinq ans après
    # l'acquisition de Base par Telenet. Le montant de l'opération s'élève à 130 M€")
    draft = next(d for d in told if d.i == told[-1].i)
    if draft.amount is None and draft.kind not in ("partnership", "other"):
        draft.amount = money
    return True


def _give_the_deal(drafts: list[Draft], i: int, money) -> None:
    """ "the $69 billion acquisition was blocked": the purchase of a company told last
    (in the four sentences before, else the article's only one), if it has no price."""
    bought = [
        d
        for d in drafts
        if d.type == "deal"
        and d.kind in ("acquisition", "merger", "bid")
        and any(r in ("target", "partner") for _, r in d.parties)  # a company, not rights sold
    ]
    near = [d for d in bought if i - d.i <= 4]
    chosen = near[-1] if near else bought[0] if len(bought) == 1 else None
    if chosen is not None and chosen.amount is None:
        chosen.amount = money


_PURCHASE_NOUN = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:acquisition|takeover|purchase|buyout|merger)\b"
)
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
    r"accord|opération|rachat|fusion|cession|stake|participation)(?=,?\s+(?:worth|valued|"
    r"which (?:values|valued|was "
    r"valued)|(?:is|was)\s+(?:(?:initially|originally|reportedly|previously|first)\s+)?"
    r"(?:valued|worth)|valorisée?|estimée?|d['’]un montant)"
    # "The acquisition, announced in late August, was worth US$4.7-billion"
    r"|,[^,;]{3,60},\s+(?:was|is|had been|has been|était|est)\s+(?:worth|valued|valorisée?))"
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


def _update_previous(drafts: list[Draft], i: int, status: str, only: str | None = None) -> None:
    """ "Une offre aussitôt rejetée par Sam Altman": the last deal of the two
    sentences before takes the status (if it has the status ``only``, when given)."""
    for draft in reversed(drafts):
        if draft.type == "deal" and i - draft.i <= 2:
            if only is None or draft.status == only:
                draft.status = status
            return


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
        named = None  # any name before the first amount may be one of the group's
        both = [d for d in group if len({e.name for e, _ in d.parties}) > 1]
        if both and len(both) < len(group):
            # "ElevenLabs raised $100 million while Fetch.ai and Iris Audio raised $40
            # million and $7 million respectively": only the drafts naming both
            group = both
            named = {e.name for d in both for e, _ in d.parties}
        first = group[0].amount.start
        names = list(
            dict.fromkeys(
                e.name
                for e in doc.plain_ents(i)
                if e.type == "organization"
                and e.end <= first
                and not e.agentive
                and (named is None or e.name in named)
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
