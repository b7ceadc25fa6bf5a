"""What one deal trigger word says, shared by the readers of each kind of deal
(``purchases.py``, ``rounds.py``, ``stakes.py``, ``contracts.py``,
``partnerships.py``): the kind, the parties with their roles (who acts, who
is acted on), and the small words they share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdb.extract.facts.rules import Hit, marker
from newsdb.extract.facts.sentences import Ent

AGENT = {"acquisition": "acquirer", "bid": "bidder", "merger": "partner", "hosting": "host"}
AGENT |= {"funding_round": "investee", "investment": "investor", "contract": "contractor"}
AGENT |= {"partnership": "partner", "other": "partner"}
PATIENT = {"acquisition": "target", "bid": "target", "merger": "partner", "hosting": "provider"}
PATIENT |= {"funding_round": "investor", "investment": "investee", "contract": "client"}
PATIENT |= {"partnership": "partner", "other": "partner"}
GENERIC = {"deal", "deals", "agreement", "agreements", "pact", "accord", "accords"}
FROM_ONLY = marker(r"from|de la part de|de")
PAY_FOR = marker(r"for|pour")


@dataclass
class Reading:
    """What one trigger word says: the kind of deal, its parties with their
    roles, and a status when the word itself fixes one ("in talks")."""

    hit: Hit
    kind: str
    parties: list[tuple[Ent, str]] = field(default_factory=list)
    status: str | None = None
    own: tuple[Ent, ...] = ()  # a generic word's subject side ("X is in talks with Y")
    joined: bool = False  # investors of a round told before ("X led the round")
    supply: bool = False  # "an agreement with X to supply chips": a contract, priced or not
    unpriced: bool = False  # "attracted substantial investments": a round told, its sum not


def roles(kind: str, agents: list[Ent], patients: list[Ent]) -> list[tuple[Ent, str]]:
    return [(e, AGENT[kind]) for e in agents] + [(e, PATIENT[kind]) for e in patients]


class Lazy:
    """A value computed on first use (the subject of a clause costs regexes)."""

    def __init__(self, compute):
        self.compute, self.done, self.value = compute, False, None

    def __call__(self):
        if not self.done:
            self.value, self.done = self.compute(), True
        return self.value
