"""The declarative models, one table per SPEC §1 entity, and the one registry of them by kind.

`from newsdb.models import Deal` works for every model; the modules under this
package say where each lives: base (Base, money types, checks), entities,
articles (with mentions), facts, parties, evidence, known (what was known when).
"""

from newsdb.models.articles import Article, Mention
from newsdb.models.base import (
    EXACT_CHARS,
    MONEY_DIGITS,
    Base,
    ExactMoney,
    Money,
    MoneyMixin,
    Rate,
    cents,
    enum_checks,
)
from newsdb.models.entities import (
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Product,
    ProductAlias,
)
from newsdb.models.evidence import Evidence
from newsdb.models.facts import (
    Affiliation,
    Deal,
    DealFlag,
    DealProduct,
    FactMixin,
    Lawsuit,
    Valuation,
)
from newsdb.models.known import KnownState
from newsdb.models.parties import DealParty, EvidenceParty, LawsuitParty, PartyMixin

enum_checks(Base.metadata)

# The one registry: a kind, as the YAML, the CLI and `evidence` name it → its model.
ENTITY_MODELS = {"organization": Organization, "person": Person, "product": Product}
FACT_MODELS = {"deal": Deal, "valuation": Valuation, "lawsuit": Lawsuit, "affiliation": Affiliation}
MODELS = {**ENTITY_MODELS, **FACT_MODELS}
# An entity kind → the model of its other names (its owner column: "<kind>_id").
ALIAS_MODELS = {"organization": OrganizationAlias, "person": PersonAlias, "product": ProductAlias}

__all__ = [
    "ALIAS_MODELS",
    "ENTITY_MODELS",
    "EXACT_CHARS",
    "FACT_MODELS",
    "MODELS",
    "MONEY_DIGITS",
    "Affiliation",
    "Article",
    "Base",
    "Deal",
    "DealFlag",
    "DealParty",
    "DealProduct",
    "Evidence",
    "EvidenceParty",
    "ExactMoney",
    "FactMixin",
    "KnownState",
    "Lawsuit",
    "LawsuitParty",
    "Mention",
    "Money",
    "MoneyMixin",
    "Organization",
    "OrganizationAlias",
    "PartyMixin",
    "Person",
    "PersonAlias",
    "Product",
    "ProductAlias",
    "Rate",
    "Valuation",
    "cents",
]
