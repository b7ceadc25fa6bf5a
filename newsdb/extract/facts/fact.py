"""A fact proposed by the extractor, and how a draft (rules.py) becomes one:
its parties named once, its amount, date and basis, and a confidence."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from newsdb.amounts import decimal_text
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.rules import Draft
from newsdb.extract.mentions.mention import Mention
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES


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


def to_fact(doc: Doc, draft: Draft) -> Fact:
    """The fact ``draft`` proposes, quoting its sentence."""
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
