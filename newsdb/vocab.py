"""The controlled vocabularies: kinds, statuses and roles, stored by value."""

from enum import StrEnum

from newsdb.partial_date import Precision

__all__ = [
    "DEFENDANT_ROLES",
    "PLAINTIFF_ROLES",
    "AmountBasis",
    "DealKind",
    "DealStatus",
    "LawsuitStatus",
    "MentionType",
    "OrgKind",
    "Origin",
    "PartyRole",
    "Precision",
    "SourceFlag",
]


class OrgKind(StrEnum):
    COMPANY = "company"
    LAB = "lab"
    MEDIA = "media"
    GOVERNMENT = "government"
    COURT = "court"
    PROJECT = "project"
    NONPROFIT = "nonprofit"
    OTHER = "other"


class DealKind(StrEnum):
    ACQUISITION = "acquisition"
    MERGER = "merger"
    INVESTMENT = "investment"
    FUNDING_ROUND = "funding_round"
    PARTNERSHIP = "partnership"
    HOSTING = "hosting"
    BID = "bid"
    CONTRACT = "contract"
    OTHER = "other"


class DealStatus(StrEnum):
    RUMORED = "rumored"
    IN_TALKS = "in_talks"
    ANNOUNCED = "announced"
    COMPLETED = "completed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"


class LawsuitStatus(StrEnum):
    THREATENED = "threatened"
    FILED = "filed"
    COUNTERSUIT = "countersuit"
    DISMISSED = "dismissed"
    SETTLED = "settled"
    RULED = "ruled"
    WITHDRAWN = "withdrawn"


class AmountBasis(StrEnum):
    """What a valuation, or a deal's amount, measures: the money a round raised, a
    company's worth before or after it, a worth implied by a price paid, an offer,
    a sale price, the stock market's worth (market capitalisation or value)."""

    RAISED = "raised"
    PRE_MONEY = "pre_money"
    POST_MONEY = "post_money"
    IMPLIED = "implied"
    OFFER = "offer"
    SALE_PRICE = "sale_price"
    MARKET = "market"
    OTHER = "other"


class PartyRole(StrEnum):
    # deals
    ACQUIRER = "acquirer"
    TARGET = "target"
    SELLER = "seller"
    BUYER = "buyer"
    INVESTOR = "investor"
    INVESTEE = "investee"
    HOST = "host"
    PROVIDER = "provider"
    BIDDER = "bidder"
    PARTNER = "partner"
    CLIENT = "client"
    CONTRACTOR = "contractor"
    # lawsuits
    PLAINTIFF = "plaintiff"
    DEFENDANT = "defendant"
    COUNTER_PLAINTIFF = "counter_plaintiff"
    COUNTER_DEFENDANT = "counter_defendant"
    OTHER = "other"


# The two sides of a lawsuit, whether it is the suit or the countersuit.
PLAINTIFF_ROLES = frozenset({PartyRole.PLAINTIFF, PartyRole.COUNTER_PLAINTIFF})
DEFENDANT_ROLES = frozenset({PartyRole.DEFENDANT, PartyRole.COUNTER_DEFENDANT})


class Origin(StrEnum):
    CURATED = "curated"
    EXTRACTED = "extracted"


class Rank(StrEnum):
    """How a curator ranks one article's claims about a fact, as Wikidata ranks
    statements: preferred wins over the stated rule, deprecated loses to any other."""

    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"


class MentionType(StrEnum):
    ORGANIZATION = "organization"
    PERSON = "person"
    PRODUCT = "product"
    MONEY = "money"
    DATE = "date"


class SourceFlag(StrEnum):
    """A curated deal's note on a vague or doubtful source (deal_flag rows)."""

    AMOUNT_BY_REFERENCE = "amount_by_reference"
    AMOUNT_DOUBTFUL = "amount_doubtful"
    AMOUNT_VAGUE = "amount_vague"
    AMOUNT_WITHOUT_UNIT = "amount_without_unit"
    COUNTERPARTY_UNNAMED = "counterparty_unnamed"
    DATE_DOUBTFUL = "date_doubtful"
    SPECULATIVE = "speculative"
