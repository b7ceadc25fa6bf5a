"""Generate a deterministic synthetic corpus of business-press articles.

    python benchmarks/generate.py --articles 10000 --out benchmarks/corpus/10k [--seed 1]

Writes, in the formats newsdb imports:
- articles-NNNN.jsonl: 5,000 articles per file, ~2-4 KB each, English and French,
  with money in many formats, absolute and relative dates, and many
  organizations and people (thousands, with aliases);
- entities.yaml: every organization and person, with aliases;
- facts-NNNN.yaml: curated deals, valuations and lawsuits for one article in
  five, each quoting a sentence that really occurs in its article.
Same arguments, same bytes.

    python benchmarks/generate.py --retold 200 --out /tmp/retold [--seed 1]

writes instead a corpus where each of N acquisitions is told by three outlets, in
the ways the press rounds and converts one amount ("$2.4 billion", "2,3 milliards
d'euros" at that day's ECB rate, "nearly $3 billion"), plus one more acquisition
between the same two companies at three times the amount: the import should hold
2·N deals, each told ones with three pieces of evidence (issue 16).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from decimal import Decimal
from pathlib import Path

import yaml

PER_FILE = 5000
STEMS = [
    "Nor",
    "Vex",
    "Quan",
    "Tor",
    "Lum",
    "Aster",
    "Brio",
    "Cal",
    "Dyn",
    "Ely",
    "Fen",
    "Gal",
    "Hel",
    "Iri",
    "Jun",
    "Kal",
    "Lyr",
    "Mer",
    "Nim",
    "Oro",
    "Pax",
    "Rho",
    "Sol",
    "Tal",
    "Umb",
    "Val",
    "Wyn",
    "Xan",
    "Yor",
    "Zen",
]
ENDS = ["ix", "ora", "eon", "ara", "ent", "ium", "os", "ity", "ade", "ion", "yx", "el"]
SUFFIXES = [
    "Systems",
    "Labs",
    "AI",
    "Robotics",
    "Networks",
    "Capital",
    "Bio",
    "Energy",
    "Cloud",
    "Semiconductors",
    "Analytics",
    "Mobility",
]
FIRST = [
    "Anna",
    "Marc",
    "Julia",
    "David",
    "Sofia",
    "Thomas",
    "Claire",
    "Hugo",
    "Elena",
    "Omar",
    "Lucas",
    "Maya",
    "Noah",
    "Ines",
    "Paul",
    "Sara",
    "Victor",
    "Lea",
    "Adam",
    "Nina",
    "Karim",
    "Eva",
    "Louis",
    "Chloe",
    "Yuki",
    "Ravi",
    "Grace",
    "Felix",
    "Alice",
    "Jonas",
]
LAST = [
    "Martin",
    "Keller",
    "Moreau",
    "Okafor",
    "Tanaka",
    "Silva",
    "Novak",
    "Laurent",
    "Fischer",
    "Haddad",
    "Rossi",
    "Dubois",
    "Kowalski",
    "Nakamura",
    "Petrov",
    "Garcia",
    "Lindqvist",
    "Mensah",
    "Bernard",
    "Costa",
    "Schmidt",
    "Yilmaz",
    "Andersen",
    "Roux",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FILLER_EN = [
    "Analysts said the move reflects a broader consolidation across the sector.",
    "The company did not respond to a request for comment.",
    "Shares of {a} rose in early trading after the news.",
    "Investors have poured money into the segment over the past two years.",
    "{p}, who joined {a} as chief executive, has pushed for faster expansion in Europe.",
    "Competition from larger rivals has squeezed margins across the industry.",
    "The deal still requires approval from regulators in several countries.",
    "Industry executives expect more transactions of this kind in the coming months.",
]
FILLER_FR = [
    "Selon les analystes, l’opération illustre la consolidation du secteur.",
    "La société n’a pas souhaité faire de commentaire.",
    "{p}, directeur général de {a}, mise sur une expansion rapide en Europe.",
    "Les investisseurs ont massivement misé sur ce segment ces deux dernières années.",
    "La concurrence des grands groupes pèse sur les marges de tout le secteur.",
    "L’opération doit encore être validée par les autorités de la concurrence.",
    "Le titre de {a} a progressé en début de séance après l’annonce.",
]


def make_entities(rng: random.Random, n_orgs: int, n_people: int):
    orgs, seen = [], set()
    while len(orgs) < n_orgs:
        short = rng.choice(STEMS) + rng.choice(ENDS) + rng.choice(["", "a", "o", "ex", "on"])
        if len(seen) > 1000:  # 1,800 short names at most: then two stems (54,000)
            short = rng.choice(STEMS) + rng.choice(STEMS).lower() + rng.choice(ENDS)
        name = f"{short} {rng.choice(SUFFIXES)}"
        if short.lower() in seen:
            continue
        seen.add(short.lower())
        orgs.append({"name": name, "kind": "company", "aliases": [short]})
    people, seen = [], set()
    while len(people) < n_people:
        name = (
            f"{rng.choice(FIRST)} {rng.choice(LAST)}-{rng.choice(LAST)}"
            if rng.random() < 0.5
            else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        )
        if name in seen:
            continue
        seen.add(name)
        people.append({"name": name, "aliases": []})
    return orgs, people


def money(rng: random.Random, language: str, billions: bool = False) -> tuple[str, int, str]:
    """(text, amount in currency units, ISO code) in one of the formats press uses."""
    scales = [(10**9, "billion", "milliards", "bn", "Md")]
    if not billions:
        scales.append((10**6, "million", "millions", "m", "M"))
    units = rng.choice(scales)
    whole, tenth = rng.randint(1, 950), rng.randint(0, 9)
    amount = whole * units[0] + tenth * units[0] // 10
    currency = rng.choice(["USD", "USD", "EUR", "GBP"])
    number_en = f"{whole}.{tenth}" if tenth else str(whole)
    number_fr = f"{whole},{tenth}" if tenth else str(whole)
    if language == "fr":
        word = {"USD": "dollars", "EUR": "euros", "GBP": "livres sterling"}[currency]
        return (
            rng.choice(
                [
                    f"{number_fr} {units[2]} de {word}",
                    f"{number_fr} {units[4]}€"
                    if currency == "EUR"
                    else f"{number_fr} {units[2]} de {word}",
                ]
            ),
            amount,
            currency,
        )
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}[currency]
    return (
        rng.choice([f"{symbol}{number_en} {units[1]}", f"{symbol}{number_en}{units[3]}"]),
        amount,
        currency,
    )


def when(rng: random.Random, published: dt.date, language: str) -> tuple[str, str, str]:
    """(text, ISO value, precision): an absolute or relative date before `published`."""
    choice = rng.randrange(4)
    if choice == 0:
        year = published.year - rng.randint(1, 4)
        return (f"in {year}" if language == "en" else f"en {year}"), str(year), "year"
    if choice == 1:
        month = published.replace(day=1) - dt.timedelta(days=1)
        return (
            ("last month" if language == "en" else "le mois dernier"),
            f"{month.year:04d}-{month.month:02d}",
            "month",
        )
    if choice == 2:
        return (
            ("last year" if language == "en" else "l’année dernière"),
            str(published.year - 1),
            "year",
        )
    day = published - dt.timedelta(days=rng.randint(1, 20))
    text = (
        f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
        if language == "en"
        else f"{day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    )
    return ("on " if language == "en" else "le ") + text, day.isoformat(), "day"


def _deal(key, title, kind, status, money_, announced, parties, article_key, quote) -> dict:
    """A curated deal entry quoting the article's lead sentence."""
    amount, currency, amount_text = money_
    return {
        "key": key,
        "title": title,
        "kind": kind,
        "status": status,
        "amount": str(amount),
        "currency": currency,
        "amount_text": amount_text,
        "announced": announced,
        "parties": [{"name": org["name"], "role": role} for org, role in parties],
        "evidence": [{"article": article_key, "quote": quote, "status": status}],
    }


def article(rng, index, orgs, people):
    language = "fr" if rng.random() < 0.3 else "en"
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(8 * 365))
    a, b = rng.sample(orgs, 2)
    person = rng.choice(people)
    amount_text, amount, currency = money(rng, language)
    date_text, date_value, _precision = when(rng, published, language)
    kind = rng.choice(["acquisition", "funding_round", "lawsuit"])
    key = f"gen-{index:07d}"
    if kind == "acquisition":
        lead = (
            (
                f"{a['name']} agreed to buy {b['aliases'][0]} for {amount_text} {date_text}, "
                f"according to people familiar with the matter."
            )
            if language == "en"
            else (
                f"{a['name']} a racheté {b['aliases'][0]} pour {amount_text} {date_text}, "
                f"selon des sources proches du dossier."
            )
        )
        title = f"{a['aliases'][0]} to buy {b['aliases'][0]}"
        fact = {
            "deals": [
                _deal(
                    f"{key}-deal",
                    title,
                    "acquisition",
                    "announced",
                    (amount, currency, amount_text),
                    date_value,
                    [(a, "acquirer"), (b, "target")],
                    key,
                    lead,
                )
            ]
        }
    elif kind == "funding_round":
        valuation_text, valuation, valuation_currency = money(rng, language, billions=True)
        lead = (
            (
                f"{a['name']} raised {amount_text} {date_text} in a round led by {b['name']}, "
                f"at a {valuation_text} valuation."
            )
            if language == "en"
            else (
                f"{a['name']} a levé {amount_text} {date_text} auprès de {b['name']}, "
                f"pour une valorisation de {valuation_text}."
            )
        )
        title = f"{a['aliases'][0]} funding round"
        fact = {
            "deals": [
                _deal(
                    f"{key}-round",
                    title,
                    "funding_round",
                    "completed",
                    (amount, currency, amount_text),
                    date_value,
                    [(a, "investee"), (b, "investor")],
                    key,
                    lead,
                )
            ],
            "valuations": [
                {
                    "key": f"{key}-valuation",
                    "organization": a["name"],
                    "amount": str(valuation),
                    "currency": valuation_currency,
                    "amount_text": valuation_text,
                    "as_of": date_value,
                    "basis": "post_money",
                    "deal": f"{key}-round",
                    "evidence": [{"article": key, "quote": lead}],
                }
            ],
        }
    else:
        lead = (
            (
                f"{person['name']} sued {a['name']} {date_text}, accusing the company of breach "
                f"of contract and seeking {amount_text} in damages."
            )
            if language == "en"
            else (
                f"{person['name']} a poursuivi {a['name']} en justice {date_text}, réclamant "
                f"{amount_text} de dommages et intérêts."
            )
        )
        title = f"{person['name']} v. {a['aliases'][0]}"
        fact = {
            "lawsuits": [
                {
                    "key": f"{key}-suit",
                    "title": title,
                    "status": "filed",
                    "filed": date_value,
                    "parties": [
                        {"name": person["name"], "role": "plaintiff"},
                        {"name": a["name"], "role": "defendant"},
                    ],
                    "evidence": [{"article": key, "quote": lead, "status": "filed"}],
                }
            ]
        }
    filler = FILLER_FR if language == "fr" else FILLER_EN
    sentences = [lead]
    while sum(len(s) for s in sentences) < rng.randint(2000, 3800):
        sentences.append(
            rng.choice(filler).format(
                a=rng.choice(orgs)["aliases"][0], p=rng.choice(people)["name"]
            )
        )
    body = "\n".join([" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)])
    record = {
        "id": key,
        "title": title,
        "source": rng.choice(["Reuters", "Bloomberg", "Les Echos", "TechCrunch"]),
        "language": language,
        "published": published.isoformat(),
        "body": body,
    }
    return record, (fact if rng.random() < 0.2 else None)


def generate(n_articles: int, out: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    orgs, people = make_entities(rng, max(50, n_articles // 20), max(50, n_articles // 20))
    out.mkdir(parents=True, exist_ok=True)
    (out / "entities.yaml").write_text(
        yaml.safe_dump(
            {"organizations": orgs, "people": people}, allow_unicode=True, sort_keys=False
        ),
        encoding="utf-8",
    )
    for start in range(0, n_articles, PER_FILE):
        facts: dict[str, list] = {"deals": [], "valuations": [], "lawsuits": []}
        with (out / f"articles-{start // PER_FILE:04d}.jsonl").open("w", encoding="utf-8") as f:
            for index in range(start, min(start + PER_FILE, n_articles)):
                record, fact = article(rng, index, orgs, people)
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                for section, items in (fact or {}).items():
                    facts[section].extend(items)
        (out / f"facts-{start // PER_FILE:04d}.yaml").write_text(
            yaml.safe_dump(facts, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8"
        )
    return out


def retold(n_deals: int, out: Path, seed: int = 1) -> Path:
    """Each acquisition told three times (see the module doc), as articles-0000.jsonl
    (the first tellings), articles-0001.jsonl (the other two) and entities.yaml."""
    import math

    from newsdb import fx

    rng = random.Random(seed)
    orgs, people = make_entities(rng, max(50, 2 * n_deals), 50)
    out.mkdir(parents=True, exist_ok=True)
    (out / "entities.yaml").write_text(
        yaml.safe_dump({"organizations": orgs}, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    first, others = [], []
    for index in range(n_deals):
        a, b = orgs[2 * index], orgs[2 * index + 1]
        usd = rng.randint(12, 950) / 10  # billions, one decimal: "$2.4 billion"
        published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
        eur = fx.convert(Decimal(str(usd)), "USD", published, target="EUR").amount.quantize(
            Decimal("0.1")
        )
        tellings = [
            ("en", 0, f"{a['name']} agreed to buy {b['aliases'][0]} for ${usd} billion."),
            (
                "fr",
                1,
                f"{a['name']} a racheté {b['aliases'][0]} pour "
                f"{str(eur).replace('.', ',')} milliards d'euros.",
            ),
            (
                "en",
                2,
                f"{a['name']} agreed to buy {b['aliases'][0]} for nearly "
                f"${math.ceil(usd)} billion.",
            ),
            (
                "en",
                400,  # later: another deal between the same two companies
                f"{a['name']} agreed to buy {b['aliases'][0]} for ${usd * 3:.1f} billion.",
            ),
        ]
        for n, (language, days, lead) in enumerate(tellings):
            filler = FILLER_FR if language == "fr" else FILLER_EN
            body = " ".join(
                [lead]
                + [
                    rng.choice(filler).format(
                        a=rng.choice(orgs)["aliases"][0], p=rng.choice(people)["name"]
                    )
                    for _ in range(3)
                ]
            )
            (first if n == 0 else others).append(
                {
                    "id": f"retold-{index:05d}-{n}",
                    "title": f"{a['aliases'][0]} to buy {b['aliases'][0]}",
                    "language": language,
                    "published": (published + dt.timedelta(days=days)).isoformat(),
                    "body": body,
                }
            )
    for name, records in (("articles-0000.jsonl", first), ("articles-0001.jsonl", others)):
        with (out / name).open("w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--articles", type=int)
    which.add_argument("--retold", type=int, help="acquisitions, each told three times")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.retold:
        retold(args.retold, args.out, args.seed)
        print(f"wrote {args.retold} acquisitions told three times to {args.out}")
        return
    generate(args.articles, args.out, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
