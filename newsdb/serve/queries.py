"""The canned reports as Datasette stored queries (SQLite SQL with :named parameters).

Each mirrors a `newsdb report` command and its options. An empty parameter
means "no filter". Names are matched as the CLI matches them: the canonical
name in any case, or an alias (`newsdb_normalize`, registered by the plugin).
A year or month in `since`/`until` covers the whole period: `until=2024`
includes December 2024. Dates are shown at their precision (`newsdb_date`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    sql: str

    @property
    def params(self) -> list[str]:
        import re

        return list(dict.fromkeys(re.findall(r"(?<!:):([a-z_]+)", self.sql)))


def _ids(kind: str, param: str) -> str:
    """Ids of the organizations (or people) called :param, by name or alias."""
    return (
        f"SELECT id FROM {kind} WHERE lower(name) = newsdb_normalize(:{param}) "
        f"UNION SELECT {kind}_id FROM {kind}_alias WHERE normalized = newsdb_normalize(:{param})"
    )


def _party(fact: str, column: str) -> str:
    """Filters on :org and :person among the parties of a deal or lawsuit."""
    return (
        f"AND (:org = '' OR {column} IN (SELECT {fact}_id FROM {fact}_party "
        f"WHERE organization_id IN ({_ids('organization', 'org')})))\n"
        f"   AND (:person = '' OR {column} IN (SELECT {fact}_id FROM {fact}_party "
        f"WHERE person_id IN ({_ids('person', 'person')})))"
    )


def _period(date: str) -> str:
    return (
        f"AND (:since = '' OR {date} >= :since)\n"
        f"   AND (:until = '' OR substr({date}, 1, length(:until)) <= :until)"
    )


_DEAL_DATE = "COALESCE(d.announced, d.completed)"
_DEAL_PRECISION = (
    "CASE WHEN d.announced IS NOT NULL THEN d.announced_precision ELSE d.completed_precision END"
)

QUERIES: tuple[Query, ...] = (
    Query(
        "deals",
        "Deals by size",
        "Like `newsdb report deals`: largest first, unknown sizes last. The date is the "
        "announced (else completed) date. Filters: kind, status, org, person, since, until.",
        f"""SELECT d.title, d.kind, d.status, d.amount, d.currency,
       newsdb_date({_DEAL_DATE}, {_DEAL_PRECISION}) AS date,
       d.parties, d.article_count AS articles, d.flags, d.key
  FROM deal_overview d
 WHERE (:kind = '' OR d.kind = :kind)
   AND (:status = '' OR d.status = :status)
   {_party("deal", "d.deal_id")}
   {_period(_DEAL_DATE)}
 ORDER BY d.amount IS NULL, d.amount DESC, {_DEAL_DATE} IS NULL, {_DEAL_DATE} DESC, d.title""",
    ),
    Query(
        "valuations",
        "Valuations over time",
        "Like `newsdb report valuations`: each organization's valuations in date order, "
        "with the change from its previous point in the same currency. Filters: org, since, "
        "until.",
        f"""SELECT organization, date, amount, currency, basis, change, deal, key FROM (
  SELECT v.organization, newsdb_date(v.as_of, v.as_of_precision) AS date, v.as_of,
         v.amount, v.currency, v.basis, v.deal, v.key, v.valuation_id,
         v.amount - LAG(v.amount) OVER (
           PARTITION BY v.organization, v.currency
           ORDER BY v.as_of IS NULL, v.as_of, v.valuation_id) AS change
    FROM valuation_history v
   WHERE (:org = '' OR v.valuation_id IN (SELECT id FROM valuation
          WHERE organization_id IN ({_ids("organization", "org")})))
)
 WHERE 1 = 1
   {_period("as_of")}
 ORDER BY organization, as_of IS NULL, as_of, valuation_id""",
    ),
    Query(
        "lawsuits",
        "Lawsuits",
        "Like `newsdb report lawsuits`: in filing order, with plaintiffs, defendants and the "
        "suit a countersuit answers. Filters: status, org, person, since, until.",
        f"""SELECT l.title, l.status, newsdb_date(l.filed, l.filed_precision) AS filed,
       l.plaintiffs, l.defendants, l.answers, l.court, l.claims,
       l.article_count AS articles, l.key
  FROM lawsuit_overview l
 WHERE (:status = '' OR l.status = :status)
   {_party("lawsuit", "l.lawsuit_id")}
   {_period("l.filed")}
 ORDER BY l.filed IS NULL, l.filed, l.title""",
    ),
    Query(
        "timeline",
        "Timeline",
        "Like `newsdb report timeline`: every dated deal, valuation, lawsuit, role and "
        "article involving the org and/or person, in date order. Give org, person, or a "
        "period (since/until).",
        f"""WITH org AS ({_ids("organization", "org")}),
     who AS ({_ids("person", "person")}),
events(day, precision, type, event, key) AS (
  SELECT {_DEAL_DATE}, {_DEAL_PRECISION}, 'deal', d.title || ' (' || d.status || ')', d.key
    FROM deal d
   WHERE (:org = '' OR d.id IN (SELECT deal_id FROM deal_party
                                 WHERE organization_id IN (SELECT id FROM org)))
     AND (:person = '' OR d.id IN (SELECT deal_id FROM deal_party
                                    WHERE person_id IN (SELECT id FROM who)))
  UNION ALL
  SELECT v.as_of, v.as_of_precision, 'valuation',
         o.name || ' valued at ' || COALESCE(v.amount_text, v.currency) || ' (' || v.basis || ')',
         v.key
    FROM valuation v JOIN organization o ON o.id = v.organization_id
   WHERE :person = '' AND (:org = '' OR v.organization_id IN (SELECT id FROM org))
  UNION ALL
  SELECT l.filed, l.filed_precision, 'lawsuit', l.title || ' (' || l.status || ')', l.key
    FROM lawsuit l
   WHERE (:org = '' OR l.id IN (SELECT lawsuit_id FROM lawsuit_party
                                 WHERE organization_id IN (SELECT id FROM org)))
     AND (:person = '' OR l.id IN (SELECT lawsuit_id FROM lawsuit_party
                                    WHERE person_id IN (SELECT id FROM who)))
  UNION ALL
  SELECT a.since, a.since_precision, 'role', p.name || ': ' || a.role || ' of ' || o.name, a.key
    FROM affiliation a JOIN person p ON p.id = a.person_id
    JOIN organization o ON o.id = a.organization_id
   WHERE (:org = '' OR a.organization_id IN (SELECT id FROM org))
     AND (:person = '' OR a.person_id IN (SELECT id FROM who))
  UNION ALL
  SELECT a.until, a.until_precision, 'role',
         p.name || ' no longer ' || a.role || ' of ' || o.name, a.key
    FROM affiliation a JOIN person p ON p.id = a.person_id
    JOIN organization o ON o.id = a.organization_id
   WHERE (:org = '' OR a.organization_id IN (SELECT id FROM org))
     AND (:person = '' OR a.person_id IN (SELECT id FROM who))
  UNION ALL
  SELECT ar.published, ar.published_precision, 'article', ar.title, ar.key
    FROM article ar
   WHERE (:org = '' OR ar.id IN (SELECT article_id FROM mention
                                  WHERE organization_id IN (SELECT id FROM org)))
     AND (:person = '' OR ar.id IN (SELECT article_id FROM mention
                                     WHERE person_id IN (SELECT id FROM who)))
)
SELECT newsdb_date(day, precision) AS date, type, event, key FROM events
 WHERE day IS NOT NULL AND (:org != '' OR :person != '' OR :since != '' OR :until != '')
   {_period("day")}
 ORDER BY day, type, event""",
    ),
    Query(
        "profile",
        "Profile of an organization or person",
        "Like `newsdb report profile NAME`: the aliases, roles, deals, lawsuits, valuations "
        "and articles of the organization or person called name (or an alias of it).",
        f"""WITH org AS ({_ids("organization", "name")}),
     who AS ({_ids("person", "name")})
SELECT * FROM (
SELECT 'alias' AS section, alias AS what, NULL AS role, NULL AS date, NULL AS key
  FROM organization_alias WHERE organization_id IN (SELECT id FROM org)
UNION ALL
SELECT 'alias', alias, NULL, NULL, NULL FROM person_alias
 WHERE person_id IN (SELECT id FROM who)
UNION ALL
SELECT 'role', p.name || ' — ' || o.name, a.role, newsdb_date(a.since, a.since_precision), a.key
  FROM affiliation a JOIN person p ON p.id = a.person_id
  JOIN organization o ON o.id = a.organization_id
 WHERE a.organization_id IN (SELECT id FROM org) OR a.person_id IN (SELECT id FROM who)
UNION ALL
SELECT 'deal', d.title, dp.role, newsdb_date({_DEAL_DATE}, {_DEAL_PRECISION}), d.key
  FROM deal d JOIN deal_party dp ON dp.deal_id = d.id
 WHERE dp.organization_id IN (SELECT id FROM org) OR dp.person_id IN (SELECT id FROM who)
UNION ALL
SELECT 'lawsuit', l.title, lp.role, newsdb_date(l.filed, l.filed_precision), l.key
  FROM lawsuit l JOIN lawsuit_party lp ON lp.lawsuit_id = l.id
 WHERE lp.organization_id IN (SELECT id FROM org) OR lp.person_id IN (SELECT id FROM who)
UNION ALL
SELECT 'valuation', COALESCE(v.amount_text, v.currency) || ' (' || v.basis || ')', NULL,
       newsdb_date(v.as_of, v.as_of_precision), v.key
  FROM valuation v WHERE v.organization_id IN (SELECT id FROM org)
UNION ALL
SELECT 'article', ar.title, NULL, newsdb_date(ar.published, ar.published_precision), ar.key
  FROM article ar
 WHERE ar.id IN (SELECT article_id FROM mention WHERE organization_id IN (SELECT id FROM org)
                  OR person_id IN (SELECT id FROM who))
)
 ORDER BY section, date IS NULL, date, what""",
    ),
    Query(
        "sources",
        "Sources of a fact",
        "Like `newsdb report sources KEY`: the articles and exact quotes behind each fact, "
        "with the status each article reported. Filters: key (a fact key), kind (deal, "
        "valuation, lawsuit, affiliation).",
        """SELECT fact_type, fact_key, fact, article_key, article_title, source,
       newsdb_date(published, published_precision) AS published, reported_status, quote, url
  FROM fact_evidence
 WHERE (:key = '' OR fact_key = :key) AND (:kind = '' OR fact_type = :kind)
 ORDER BY fact_type, fact_key, fact_evidence.published IS NULL, fact_evidence.published,
          article_key, start_offset""",
    ),
    Query(
        "history",
        "History of a fact",
        "Like `newsdb report history KEY`: what each article reported about the fact, in "
        "the order of the steps (rumored, in talks, announced, then the end; then by when "
        "it was known). The CLI groups the articles into steps. Filters: key (a fact key), "
        "as_of (YYYY-MM-DD: only what was known by then).",
        """SELECT reported_status AS status, reported_amount AS amount,
       reported_currency AS currency,
       newsdb_date(published, published_precision) AS published, known_from, article_key,
       quote, origin
  FROM reported_claims
 WHERE fact_key = :key AND (:as_of = '' OR known_from <= :as_of)
 ORDER BY CASE WHEN reported_status IS NULL OR reported_status IN ('rumored', 'threatened') THEN 0
               WHEN reported_status = 'in_talks' THEN 1
               WHEN reported_status IN ('announced', 'filed', 'countersuit') THEN 2 ELSE 3 END,
          known_from IS NULL, known_from, article_key""",
    ),
    Query(
        "conflicts",
        "Conflicting reports",
        "Like `newsdb report conflicts`: two articles that report a different amount for "
        "the same fact, with both quotes (the CLI also compares dates, statuses and roles "
        "and names the preferred claim). Filters: key (a fact key).",
        """SELECT a.fact_type, a.fact_key,
       a.reported_amount || ' ' || a.reported_currency AS amount, a.article_key, a.quote,
       b.reported_amount || ' ' || b.reported_currency AS other_amount,
       b.article_key AS other_article_key, b.quote AS other_quote
  FROM reported_claims a
  JOIN reported_claims b ON b.fact_type = a.fact_type AND b.fact_key = a.fact_key
   AND b.evidence_id > a.evidence_id
 WHERE a.reported_amount IS NOT NULL AND b.reported_amount IS NOT NULL
   AND (a.reported_amount <> b.reported_amount OR a.reported_currency <> b.reported_currency)
   AND (:key = '' OR a.fact_key = :key)
 ORDER BY a.fact_type, a.fact_key, a.article_key, b.article_key""",
    ),
)
