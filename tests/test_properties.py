"""Property-based tests: adversarial text never crashes the readers, the facts
parser or the extractors, and every mention is an exact, well-formed span.

Lone surrogates cannot occur in a UTF-8 file, so generated text leaves them out
(category Cs) where it goes through a file; JSON and YAML escapes ("\\ud800")
can still produce them, and the readers must refuse those cleanly.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdb.extract import extract_article
from newsdb.extract.mentions.mention import MENTION_TYPES
from newsdb.partial_date import PartialDate
from newsdb.readers.articles import ArticleRecord, read_articles
from newsdb.readers.curated import parse_facts, read_facts
from newsdb.readers.errors import InputError

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces real articles and careless editors produce, to splice into random text.
FRAGMENTS = [
    "$33 billion",
    "33 milliards de $",
    "97,4 milliards de dollars",
    "€2bn",
    "1.5 trillion yen",
    "$$$",
    "1,,5 milliards",
    "$1,,,000",
    "€.5bn",
    "$" + "9" * 400,
    "9" * 5000 + " milliards d'euros",
    "1e999 dollars",
    "$NaN",
    "-$5 billion",
    "0,000001 milliard de dollars",
    "2025-05-02 11:09",
    "2025-13-45",
    "0000-00-00",
    "9999-12-31",
    "in 2023",
    "l'année dernière",
    "le mois dernier",
    "Earlier this month",
    "last week",
    "next Tuesday",
    "31 février 2025",
    "May 32, 2025",
    "Elon Musk",
    "Musk",
    "xAI",
    "x.AI",
    "OpenAI’s",
    "Microsoft",
    "Open AI",
    "İstanbul",  # lowercases to two characters: offsets must not drift
    "ﬁnance",  # a ligature that NFKC and casefold expand
    "STRASSE ß",
    "e\u0301",  # combining accent
    "\u200b\u200d\ufeff",  # zero-width characters and a BOM inside the text
    "\u2028\u2029\x85",  # Unicode line breaks
    "\x0b\x0c\x1c",
    "\t\r\n",
    "\r",
    "---",
    "« »",
    "“quoted”",
    "🤖💰",
    "\U000e0001",  # a tag character
]

TEXT = st.characters(exclude_categories=("Cs",))
ADVERSARIAL = st.lists(
    st.one_of(st.text(TEXT, max_size=40), st.sampled_from(FRAGMENTS), st.just(" ")),
    max_size=25,
).map("".join)
# Years 1 and 9999 are left to KNOWN_CRASHES below.
DATES = st.dates()
PUBLISHED = st.one_of(
    st.none(),
    st.sampled_from(["2025", "2025-05", "2025-05-02", "0002", "0002-01", "9998-12-31"]),
    DATES.map(dt.date.isoformat),
    DATES.map(lambda d: f"{d.year:04d}"),
)
LANGUAGES = st.sampled_from([None, "en", "fr", "de", "zz"])
CURRENCY = re.compile(r"[A-Z]{3}")


def _one_line(error: InputError) -> None:
    message = str(error)
    assert message and "\n" not in message and "\r" not in message, message
    assert message.startswith(error.path), message


def _read(name: str, data: bytes) -> list[ArticleRecord] | InputError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            records = read_articles(path)
        except InputError as error:
            _one_line(error)
            return error
    for record in records:
        assert isinstance(record.body, str) and record.body.strip()
        record.body.encode("utf-8")  # storable: no lone surrogate
        assert "\x00" not in record.body
        assert record.key and isinstance(record.key, str)
        if record.published is not None:
            assert isinstance(record.published, PartialDate)
    return records


# --- readers -------------------------------------------------------------------


@SETTINGS
@given(text=ADVERSARIAL, suffix=st.sampled_from([".txt", ".md", ".jsonl"]))
def test_reading_any_text_gives_records_or_one_line_error(text, suffix):
    result = _read("article" + suffix, text.encode("utf-8"))
    if suffix != ".jsonl" and not text.startswith("---") and isinstance(result, list):
        assert result[0].body == text.removeprefix("\ufeff")  # byte-exact without front matter


@SETTINGS
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_reading_any_bytes_gives_records_or_one_line_error(data, suffix):
    _read("article" + suffix, data)


METADATA_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.dates(),
    ADVERSARIAL,
    st.sampled_from(["2025-05-02", "2025-13-45", "en", "english", "EN", "e\n"]),
    st.lists(st.text(TEXT, max_size=5), max_size=3),
    st.dictionaries(st.text(TEXT, max_size=5), st.integers(), max_size=2),
)
METADATA = st.dictionaries(
    st.one_of(
        st.sampled_from(["id", "title", "url", "source", "language", "published"]),
        st.text(TEXT, max_size=8),
    ),
    METADATA_VALUE,
    max_size=6,
)


@SETTINGS
@given(meta=METADATA, body=ADVERSARIAL, raw=st.one_of(st.none(), ADVERSARIAL))
def test_front_matter_gives_records_or_one_line_error(meta, body, raw):
    front = raw if raw is not None else yaml.safe_dump(meta, allow_unicode=True)
    result = _read("article.md", f"---\n{front}\n---\n{body}".encode())
    if isinstance(result, list) and raw is None and "---" not in body:
        assert result[0].body == body


@SETTINGS
@given(
    lines=st.lists(
        st.one_of(
            st.builds(lambda m, b: {**m, "body": b}, METADATA, ADVERSARIAL).map(
                lambda item: json.dumps(item, default=str, ensure_ascii=False)
            ),
            st.builds(lambda m, b: {**m, "body": b}, METADATA, ADVERSARIAL).map(
                lambda item: json.dumps(item, default=str)  # \\uXXXX escapes
            ),
            ADVERSARIAL,
            st.sampled_from(
                [
                    '{"body": "\\ud800 lone surrogate"}',
                    '{"body": "NUL \\u0000 inside"}',
                    '{"body": "ok", "title": "\\udfff"}',
                    '{"body": ' + "1" * 5000 + "}",
                    "[" * 100_000,
                    '{"body": "line\u2028separator inside a string"}',
                    "",
                ]
            ),
        ),
        max_size=6,
    )
)
def test_json_lines_give_records_or_one_line_error(lines):
    result = _read("articles.jsonl", "\n".join(lines).encode("utf-8"))
    if isinstance(result, list):
        assert [r.line for r in result] == sorted({r.line for r in result})


def test_json_lines_end_at_newline_only():
    """U+2028, U+0085 and form feeds are text inside a JSON string, not line ends."""
    body = "one\u2028two\x85three\x0cfour"
    lines = [json.dumps({"id": "a", "body": body}, ensure_ascii=False), '{"body": "b"}']
    [first, second] = _read("articles.jsonl", "\n".join(lines).encode())
    assert (first.body, first.line, second.line) == (body, 1, 2)


# --- curated facts ---------------------------------------------------------------

FACT_KEYS = [
    "key", "title", "kind", "status", "amount", "currency", "amount_text", "announced",
    "announced_precision", "completed", "completed_precision", "description", "flags",
    "parties", "products", "evidence", "organization", "as_of", "as_of_precision", "basis",
    "deal", "filed", "filed_precision", "court", "claims", "parent", "person", "role", "since",
    "until", "name", "aliases", "owner", "entity", "alias", "article", "quote", "occurrence",
]  # fmt: skip
SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**20, max_value=10**40),
    st.floats(),
    st.dates(),
    st.text(TEXT, max_size=12),
    st.sampled_from(
        [
            "1,,5 milliards",
            "$$$",
            "1e30",
            "1e-30",
            "12.345",
            "-5",
            "NaN",
            "Infinity",
            "USD",
            "usd",
            "$",
            "2025",
            "2025-05",
            "2025-13",
            "day",
            "month",
            "in_talks",
            "announced",
            "host",
            "OpenAI",
            "Elon Musk",
            "001_e2b979e251adb17f",
        ]
    ),
)
FACTS_DATA = st.recursive(
    SCALAR,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(FACT_KEYS), children, max_size=6),
    ),
    max_leaves=30,
)
FACTS_DOCUMENT = st.dictionaries(
    st.sampled_from(
        [
            "deals",
            "valuations",
            "lawsuits",
            "affiliations",
            "organizations",
            "people",
            "products",
            "aliases",
            "nonsense",
        ]
    ),
    st.one_of(st.lists(FACTS_DATA, max_size=3), FACTS_DATA),
    max_size=3,
)

# Valid entries, one per section, to break one or two values at a time.
VALID = {
    "deals": {
        "key": "d",
        "title": "Grok on Azure",
        "kind": "hosting",
        "status": "in_talks",
        "amount": "33000000000",
        "currency": "USD",
        "announced": "2025-05",
        "parties": [{"name": "Microsoft", "role": "host"}],
        "products": ["Grok 3"],
        "evidence": [{"article": "a", "quote": "Microsoft", "status": "in_talks"}],
    },
    "valuations": {
        "key": "v",
        "organization": "OpenAI",
        "amount": "300000000000",
        "currency": "USD",
        "as_of": "2025",
        "basis": "post_money",
        "evidence": [{"article": "a", "quote": "OpenAI"}],
    },
    "lawsuits": {
        "key": "l",
        "title": "Musk v. OpenAI",
        "status": "filed",
        "filed": "2024",
        "parties": [{"name": "Elon Musk", "role": "plaintiff"}],
        "evidence": [{"article": "a", "quote": "Musk"}],
    },
    "affiliations": {
        "key": "f",
        "person": "Sam Altman",
        "organization": "OpenAI",
        "role": "CEO",
        "since": "2019",
        "evidence": [{"article": "a", "quote": "Altman"}],
    },
    "organizations": {"name": "Zyx", "kind": "company", "aliases": ["ZYX"], "parent": "xAI"},
    "people": {"name": "Ann Example", "aliases": ["Ann"]},
    "aliases": {"entity": "OpenAI", "alias": "Open AI"},
}
BROKEN_ENTRY = st.sampled_from(sorted(VALID)).flatmap(
    lambda section: st.dictionaries(
        st.sampled_from(sorted(VALID[section])) | st.sampled_from(FACT_KEYS),
        SCALAR | FACTS_DATA,
        min_size=1,
        max_size=2,
    ).map(lambda changes: {section: [{**VALID[section], **changes}]})
)


@SETTINGS
@given(
    document=st.one_of(
        BROKEN_ENTRY.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
        FACTS_DOCUMENT.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
        ADVERSARIAL,
        st.sampled_from(
            [
                "deals: [" * 5000,
                "deals:\n  - key: !!int abc\n",
                "deals:\n  - announced: 2025-02-30\n",
                "deals:\n  - title: !!timestamp soon\n",
                'people:\n  - name: "\\ud800"\n',
                'people:\n  - name: "\\0"\n',
                "deals: &a [*a]\n",
                "deals:\n  - parties: 5\n",
                "a: 1\n---\nb: 2\n",
            ]
        ),
    )
)
def test_facts_files_give_facts_or_one_line_error(document):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.yaml"
        path.write_text(document, encoding="utf-8")
        try:
            curated = parse_facts(read_facts(path))
        except InputError as error:
            _one_line(error)
            return
    for fact in curated.facts:
        amount = fact.columns.get("amount")
        if amount is not None:
            assert isinstance(amount, Decimal) and amount.is_finite() and amount >= 0
            assert CURRENCY.fullmatch(fact.columns["currency"])


# --- extraction ---------------------------------------------------------------


# Crashes hypothesis found once: relative dates whose arithmetic leaves years
# 1 to 9999 are now unresolved (value None) instead of raising.
@pytest.mark.parametrize(
    ("body", "published"), [("next Tuesday", "9999-12-31"), ("last week", "0001-01-01")]
)
def test_relative_dates_at_the_ends_of_the_calendar(body, published):
    mentions = extract_article(body, published=published, language="en", facts=False).mentions
    check_mentions(body, mentions)
    assert [m.value for m in mentions if m.type == "date"] == [None]


def check_mentions(body: str, mentions) -> None:
    for m in mentions:
        assert m.type in MENTION_TYPES, m
        assert 0 <= m.start < m.end <= len(body), m
        assert body[m.start : m.end] == m.text, m
        if m.type == "money":
            assert isinstance(m.amount, Decimal), m
            assert m.amount.is_finite() and m.amount >= 0, m
            # None where the text names no currency ("491,85 millions")
            assert m.currency is None or CURRENCY.fullmatch(m.currency), m
        elif m.type == "date":
            if m.value is not None:
                date = PartialDate.parse(m.value)
                if m.precision in ("week", "quarter"):  # stored as the month or year holding it
                    assert date.precision in ("month", "year"), m
                    assert date.value.year - int(m.value[:4]) in (0, 1), m
                else:
                    assert (date.iso(), date.precision) == (m.value, m.precision), m
        else:
            assert isinstance(m.name, str) and m.name, m


@SETTINGS
@given(body=ADVERSARIAL, published=PUBLISHED, language=LANGUAGES)
def test_extraction_never_crashes_and_spans_are_exact(body, published, language):
    check_mentions(
        body, extract_article(body, published=published, language=language, facts=False).mentions
    )


@SETTINGS
@given(
    words=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12),
    published=PUBLISHED,
    language=LANGUAGES,
)
def test_extraction_of_spliced_fragments(words, published, language):
    body = " ".join(words)
    check_mentions(
        body, extract_article(body, published=published, language=language, facts=False).mentions
    )
