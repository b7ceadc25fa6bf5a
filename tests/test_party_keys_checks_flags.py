"""Migration 0011: party rows unique, reported_status and money CHECKs, deal flags as rows."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from newsdb import db
from newsdb.cli import main
from newsdb.models import Deal, DealFlag
from newsdb.vocab import DealStatus, LawsuitStatus

BEFORE = "0010_reported_claims_view"
ID = 9001  # clear of the sequences: rows added by id beside rows added without
ROOT_ROWS = [
    "INSERT INTO organization (id, name, kind, origin) VALUES (9001, 'Acme', 'company', 'curated')",
    "INSERT INTO person (id, name, origin) VALUES (9001, 'Ada', 'curated')",
    "INSERT INTO article (id, key, body, sha256) VALUES (9001, 'a1', 'Acme buys Beta.', '"
    + "0" * 64
    + "')",
    "INSERT INTO deal (id, key, title, kind, status, origin) VALUES "
    "(9001, 'd1', 'Acme buys Beta', 'acquisition', 'announced', 'curated')",
    "INSERT INTO deal (id, key, title, kind, status, origin) VALUES "
    "(9002, 'd2', 'Plain', 'bid', 'rumored', 'curated')",
    "INSERT INTO lawsuit (id, key, title, status, origin) VALUES "
    "(9001, 's1', 'Ada v. Acme', 'filed', 'curated')",
    "INSERT INTO evidence (id, article_id, deal_id, quote, start_offset, end_offset, origin) "
    "VALUES (9001, 9001, 9001, 'Acme buys', 0, 9, 'curated')",
]
# Each party twice: UNIQUE (owner, role, organization_id, person_id) let them in.
PARTIES = {
    "deal_party": "deal_id",
    "lawsuit_party": "lawsuit_id",
    "evidence_party": "evidence_id",
}


def _party_rows(table: str, owner: str) -> list[str]:
    return [
        f"INSERT INTO {table} ({owner}, organization_id, person_id, role) VALUES ({ID}, {o}, {p}, "
        f"'{role}')"
        for o, p, role in [(ID, "NULL", "other"), ("NULL", ID, "other")] * 2
    ]


def _run(url: str, statements: list[str]) -> None:
    engine = db.make_engine(url)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _query(url: str, sql: str) -> list[tuple]:
    engine = db.make_engine(url)
    with engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(text(sql))]
    engine.dispose()
    return rows


def test_upgrade_from_0010_merges_duplicate_parties_moves_flags_and_downgrades(runner, empty_url):
    db.upgrade(empty_url, BEFORE)
    party_rows = [row for t, o in PARTIES.items() for row in _party_rows(t, o)]
    flags = "UPDATE deal SET flags = 'date_doubtful,amount_vague' WHERE id = 9001"
    _run(empty_url, [*ROOT_ROWS, flags, *party_rows])  # the duplicates go in at 0010
    for table in PARTIES:
        assert _query(empty_url, f"SELECT count(*) FROM {table}") == [(4,)]

    result = runner.invoke(main, ["--db", empty_url, "db", "upgrade"])
    assert result.exit_code == 0, result.output
    for table, owner in PARTIES.items():
        assert _query(
            empty_url, f"SELECT {owner}, organization_id, person_id FROM {table} ORDER BY id"
        ) == [(ID, ID, None), (ID, None, ID)]
        for row in _party_rows(table, owner)[:2]:
            with pytest.raises(IntegrityError):
                _run(empty_url, [row])
    assert _query(empty_url, "SELECT deal_id, flag FROM deal_flag ORDER BY flag") == [
        (ID, "amount_vague"),
        (ID, "date_doubtful"),
    ]
    assert _query(empty_url, "SELECT key, flags FROM deal_overview ORDER BY key") == [
        ("d1", "amount_vague; date_doubtful"),
        ("d2", None),
    ]
    assert _query(empty_url, "SELECT parties FROM deal_overview WHERE key = 'd1'") == [
        ("Acme (other); Ada (other)",)
    ]

    result = runner.invoke(main, ["--db", empty_url, "db", "downgrade", BEFORE, "--yes"])
    assert result.exit_code == 0, result.output
    assert _query(empty_url, "SELECT key, flags FROM deal ORDER BY key") == [
        ("d1", "amount_vague,date_doubtful"),
        ("d2", None),
    ]
    assert _query(empty_url, "SELECT key, flags FROM deal_overview ORDER BY key") == [
        ("d1", "amount_vague; date_doubtful"),
        ("d2", None),
    ]
    _run(empty_url, _party_rows("deal_party", "deal_id")[:1])  # the old, leaky key again
    assert _query(empty_url, "SELECT count(*) FROM deal_party") == [(3,)]


def test_upgrade_refuses_an_unknown_flag_and_leaves_the_database_at_0010(runner, empty_url):
    db.upgrade(empty_url, BEFORE)
    _run(empty_url, [*ROOT_ROWS, "UPDATE deal SET flags = 'amount_vague,made_up' WHERE id = 9001"])
    result = runner.invoke(main, ["--db", empty_url, "db", "upgrade"])
    assert result.exit_code == 1
    assert "deal 'd1' has flag 'made_up'" in result.output
    assert "Traceback" not in result.output
    assert db.current_revision(empty_url) == BEFORE
    assert _query(empty_url, "SELECT count(*) FROM deal_overview") == [(2,)]
    assert _query(empty_url, "SELECT flags FROM deal WHERE id = 9001") == [
        ("amount_vague,made_up",)
    ]


@pytest.mark.parametrize(("table", "owner"), PARTIES.items())
@pytest.mark.parametrize("party", ["organization_id", "person_id"])
def test_the_same_party_twice_is_refused(session, table, owner, party):
    _seed(session)
    row = text(f"INSERT INTO {table} ({owner}, {party}, role) VALUES ({ID}, {ID}, 'other')")
    session.execute(row)
    with pytest.raises(IntegrityError, match=f"uq_{table}_{party}|UNIQUE"), session.begin_nested():
        session.execute(row)
    other_role = text(
        f"INSERT INTO {table} ({owner}, {party}, role) VALUES ({ID}, {ID}, 'partner')"
    )
    session.execute(other_role)  # another role of the same party is another row


def _seed(session) -> None:
    for statement in ROOT_ROWS:
        session.execute(text(statement))


@pytest.mark.parametrize(
    ("fact", "status", "allowed"),
    [
        ("deal_id", DealStatus.COMPLETED, True),
        ("deal_id", LawsuitStatus.SETTLED, False),
        ("lawsuit_id", LawsuitStatus.SETTLED, True),
        ("lawsuit_id", DealStatus.COMPLETED, False),
        ("deal_id", "done", False),
        ("valuation_id", DealStatus.COMPLETED, False),
    ],
)
def test_reported_status_is_one_of_the_facts_statuses(session, fact, status, allowed):
    _seed(session)
    session.execute(
        text(
            "INSERT INTO valuation (id, key, organization_id, amount, currency, basis, origin) "
            "VALUES (9001, 'v1', 9001, 5, 'USD', 'market', 'curated')"
        )
    )
    insert = text(
        f"INSERT INTO evidence (article_id, {fact}, quote, start_offset, end_offset, origin,"
        " reported_status) VALUES (9001, 9001, 'Acme', 0, 4, 'curated', :status)"
    )
    if allowed:
        session.execute(insert, {"status": str(status)})
    else:
        with (
            pytest.raises(IntegrityError, match="ck_evidence_reported_status"),
            session.begin_nested(),
        ):
            session.execute(insert, {"status": str(status)})


MONEY_ROWS = {
    "deal": "INSERT INTO deal (key, title, kind, status, origin, amount, currency) "
    "VALUES ('m', 't', 'bid', 'rumored', 'curated', {amount}, {currency})",
    "valuation": "INSERT INTO valuation (key, organization_id, basis, origin, amount, currency) "
    "VALUES ('m', 9001, 'market', 'curated', {amount}, {currency})",
    "mention": "INSERT INTO mention (article_id, type, start_offset, end_offset, text, amount, "
    "currency) VALUES (9001, 'money', 0, 4, 'Acme', {amount}, {currency})",
}


@pytest.mark.parametrize("table", MONEY_ROWS)
@pytest.mark.parametrize(
    ("amount", "currency", "allowed"),
    [
        ("5", "'USD'", True),
        ("0", "'EUR'", True),
        ("-5", "'USD'", False),
        ("5", "NULL", False),  # an amount needs its currency
        ("5", "'usd'", False),
        ("5", "'US'", False),
        ("NULL", "'USD'", True),  # beyond NUMERIC(24, 2): the exact text only
    ],
)
def test_one_money_rule_on_deal_valuation_and_mention(session, table, amount, currency, allowed):
    _seed(session)
    if table == "valuation" and "NULL" in (amount, currency):
        allowed = False  # a valuation's amount and currency are also NOT NULL
    insert = text(MONEY_ROWS[table].format(amount=amount, currency=currency))
    if allowed:
        session.execute(insert)
    else:
        with (
            pytest.raises(IntegrityError, match=f"ck_{table}_money|null value|NOT NULL"),
            session.begin_nested(),
        ):
            session.execute(insert)


def test_a_deal_keeps_its_flags_as_rows_in_flag_order(session):
    _seed(session)
    deal = session.get(Deal, ID)
    deal.flags = ["amount_vague", "date_doubtful"]
    session.flush()
    session.expire_all()
    deal = session.get(Deal, ID)
    assert list(deal.flags) == ["amount_vague", "date_doubtful"]
    assert session.scalars(select(DealFlag.flag).where(DealFlag.deal_id == ID)).all() == [
        "amount_vague",
        "date_doubtful",
    ]
    with pytest.raises(IntegrityError, match="ck_deal_flag_flag_values"), session.begin_nested():
        session.execute(text("INSERT INTO deal_flag (deal_id, flag) VALUES (9001, 'made_up')"))


def test_views_list_parties_and_flags_in_their_stated_order(session):
    """By role, then name in code-point order; flags by name: whatever order rows came in."""
    _seed(session)
    statements = [
        "INSERT INTO organization (id, name, kind, origin) VALUES (9002, 'beta', 'company', "
        "'curated')",
        "INSERT INTO organization (id, name, kind, origin) VALUES (9003, 'Zeta', 'company', "
        "'curated')",
        "INSERT INTO deal_flag (deal_id, flag) VALUES (9001, 'speculative')",
        "INSERT INTO deal_flag (deal_id, flag) VALUES (9001, 'amount_vague')",
    ]
    for table, owner in [("deal_party", "deal_id"), ("evidence_party", "evidence_id")]:
        statements += [
            f"INSERT INTO {table} ({owner}, organization_id, role) VALUES ({ID}, 9002, 'target')",
            f"INSERT INTO {table} ({owner}, organization_id, role) VALUES ({ID}, 9003, 'acquirer')",
            f"INSERT INTO {table} ({owner}, person_id, role) VALUES ({ID}, {ID}, 'acquirer')",
            f"INSERT INTO {table} ({owner}, organization_id, role) VALUES ({ID}, {ID}, 'acquirer')",
        ]
    for statement in statements:
        session.execute(text(statement))
    parties = "Acme (acquirer); Ada (acquirer); Zeta (acquirer); beta (target)"
    assert session.execute(
        text(f"SELECT parties, flags FROM deal_overview WHERE deal_id = {ID}")
    ).one() == (parties, "amount_vague; speculative")
    assert (
        session.scalar(
            text(f"SELECT reported_parties FROM reported_claims WHERE evidence_id = {ID}")
        )
        == parties
    )


def test_upgrade_refuses_a_row_the_new_money_check_would_not_take(runner, empty_url):
    db.upgrade(empty_url, BEFORE)
    lower = (
        "INSERT INTO valuation (id, key, organization_id, amount, currency, basis, origin) "
        f"VALUES ({ID}, 'v1', {ID}, 5, 'usd', 'market', 'curated')"
    )
    _run(empty_url, [*ROOT_ROWS, lower])  # 0010's valuation CHECK let a lower-case code in
    result = runner.invoke(main, ["--db", empty_url, "db", "upgrade"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot migrate (0011): valuation row {ID} does not")
    assert len(result.output.splitlines()) == 1
    assert db.current_revision(empty_url) == BEFORE
    assert _query(empty_url, "SELECT count(*) FROM deal_overview") == [(2,)]
