"""Fact rules on constructions of real business news (issue 14, blind-set failures).

Each case is a short sentence written for this test in a pattern the blind
real-news set showed the rules missing or misreading (never a sentence of an
article).  A case lists the facts the sentence must give, each summarized as
``kind amount role=name ...`` (deals), ``valuation amount name`` or
``lawsuit plaintiff=... defendant=...``; ``NONE`` cases must give no deal,
``NO VALUATION`` and ``NO LAWSUIT`` ones no valuation or lawsuit.
"""

from __future__ import annotations

import pytest

from newsdb.extract import extract_article
from newsdb.extract.facts import Fact


def summary(fact: Fact) -> str:
    if fact.type == "valuation":
        return f"valuation {fact.amount} {fact.organization}"
    parties = " ".join(
        f"{p.role}={p.name}" for p in sorted(fact.parties, key=lambda p: (p.role, p.name))
    )
    if fact.type == "lawsuit":
        return f"lawsuit {parties}"
    return f"{fact.kind} {fact.amount} {parties}"


def facts(text: str) -> list[str]:
    return [summary(f) for f in extract_article(text).facts]


CASES = [
    # a lead investor is no investee; the valuation is the company's, not the investor's
    (
        "Sequoia Capital led a $200 million round in Lumora at a valuation of $3 billion.",
        [
            "funding_round 200000000 investee=Lumora investor=Sequoia Capital",
            "valuation 3000000000 Lumora",
        ],
    ),
    (
        "Andreessen Horowitz led the $150 million Series C in Brightwave, which values the "
        "startup at $2 billion.",
        [
            "funding_round 150000000 investee=Brightwave investor=Andreessen Horowitz",
            "valuation 2000000000 Brightwave",
        ],
    ),
    (
        "Thrive Capital invested $500 million in Cortexa at a $10 billion valuation.",
        ["valuation 10000000000 Cortexa"],
    ),
    (
        "Lumora raised $300 million at a valuation north of $5 billion.",
        ["valuation 5000000000 Lumora"],
    ),
    # investors in the next sentence, in two groups
    (
        "Lumora said on Monday it had raised $80 million. The funding was led by Sequoia "
        "Capital, with participation from Index Ventures and Balderton.",
        [
            "funding_round 80000000 investee=Lumora investor=Balderton "
            "investor=Index Ventures investor=Sequoia Capital"
        ],
    ),
    # a total raised over the years is no round
    ("Lumora has raised a total of $400 million since its founding.", ["NONE"]),
    # coordinated rounds: one deal per company, the investor in each
    (
        "Sequoia Capital led rounds in Lumora, Brightwave and Cortexa last year.",
        [
            "funding_round None investee=Lumora investor=Sequoia Capital",
            "funding_round None investee=Brightwave investor=Sequoia Capital",
            "funding_round None investee=Cortexa investor=Sequoia Capital",
        ],
    ),
    (
        "Sequoia Capital was one of the key investors in Lumora's $100 million round, "
        "Brightwave's $80 million Series E and Cortexa's $50 million seed round.",
        [
            "funding_round 100000000 investee=Lumora investor=Sequoia Capital",
            "funding_round 80000000 investee=Brightwave investor=Sequoia Capital",
            "funding_round 50000000 investee=Cortexa investor=Sequoia Capital",
        ],
    ),
    # service and cloud contracts: the supplier is the contractor, the buyer the client
    (
        "Nimbus Labs won a deal to provide Orbital Bank with cloud services.",
        ["contract None client=Orbital Bank contractor=Nimbus Labs"],
    ),
    (
        "Orbital Bank agreed to spend $2 billion on cloud services from Nimbus Labs over "
        "five years.",
        ["contract 2000000000 client=Orbital Bank contractor=Nimbus Labs"],
    ),
    (
        "Nimbus Labs landed a $1.2 billion contract to supply Orbital Bank with computing "
        "capacity.",
        ["contract 1200000000 client=Orbital Bank contractor=Nimbus Labs"],
    ),
    (
        "Orbital Bank relies on Nimbus Labs' infrastructure to train its models.",
        ["contract None client=Orbital Bank contractor=Nimbus Labs"],
    ),
    (
        "The Department of Defense awarded a $9 billion cloud contract to Nimbus Labs.",
        ["contract 9000000000 client=Department of Defense contractor=Nimbus Labs"],
    ),
    (
        "Nimbus Labs signed an agreement with Orbital Bank to supply servers and software.",
        ["contract None client=Orbital Bank contractor=Nimbus Labs"],
    ),
    # an agreement's value is the deal's amount, not a valuation
    (
        "Nimbus Labs signed an agreement valued at $600 million with Orbital Bank.",
        ["contract 600000000 client=Orbital Bank contractor=Nimbus Labs", "NO VALUATION"],
    ),
    # two contracts stay two, and a combined total is no one contract's price
    (
        "Nvidia signed a $300 million contract with Orbital Bank and a $200 million contract "
        "with Salesforce.",
        [
            "contract 300000000 client=Orbital Bank contractor=Nvidia",
            "contract 200000000 client=Salesforce contractor=Nvidia",
        ],
    ),
    (
        "Nimbus Labs signed contracts with Orbital Bank and Salesforce worth a combined "
        "$500 million.",
        [
            "contract None client=Orbital Bank contractor=Nimbus Labs",
            "contract None client=Salesforce contractor=Nimbus Labs",
        ],
    ),
    # no service named: no contract
    ("Nimbus Labs provided Orbital Bank with a statement on Tuesday.", ["NONE"]),
    # French rounds and takeovers
    (
        "La start-up Lumora récolte 50 millions d'euros, dont 20 millions auprès de Bpifrance.",
        ["funding_round 50000000 investee=Lumora investor=Bpifrance"],
    ),
    (
        "Avec 120 millions d'euros levés, Lumora devient l'une des start-up les mieux "
        "financées du secteur.",
        ["funding_round 120000000 investee=Lumora"],
    ),
    (
        "Le groupe Orbital s'est emparé de Lumora pour 300 millions d'euros.",
        ["acquisition 300000000 acquirer=Orbital target=Lumora"],
    ),
    (
        "Après le rachat de Brightwave, Orbital signe un autre rachat avec Lumora.",
        [
            "acquisition None acquirer=Orbital target=Brightwave",
            "acquisition None acquirer=Orbital target=Lumora",
        ],
    ),
    (
        "Lumora a levé 30 millions d'euros. La jeune pousse a pu compter sur Bpifrance, "
        "Eurazeo et Partech pour boucler ce tour.",
        [
            "funding_round 30000000 investee=Lumora investor=Bpifrance investor=Eurazeo "
            "investor=Partech"
        ],
    ),
    (
        "Lumora a levé 30 millions d'euros grâce au soutien de Bpifrance et d'Eurazeo.",
        ["funding_round 30000000 investee=Lumora investor=Bpifrance investor=Eurazeo"],
    ),
    (
        "Avec un tour de table de 9 millions d'euros, Lumora signe la levée de la semaine. "
        "Bpifrance et Eurazeo ont participé à l'opération.",
        ["funding_round 9000000 investee=Lumora investor=Bpifrance investor=Eurazeo"],
    ),
    # plural "deals" opening a roundup line is no deal with the names after it
    (
        "Among the four Series A deals, Lumora took the largest, led by Insight Partners.",
        ["NONE"],
    ),
    # a valuation told of a past round is a valuation, not a new deal
    (
        "Mistral AI was valued by investors at $6 billion in its last funding round.",
        ["NONE", "valuation 6000000000 Mistral AI"],
    ),
    # investors of an unnamed startup: no deal without the company
    ("The startup is backed by Nvidia and Microsoft.", ["NONE"]),
    # what a failed deal cost is not its price
    (
        "Salesforce's abandoned takeover of Lumora cost it $1 billion.",
        ["acquisition None acquirer=Salesforce target=Lumora"],
    ),
    # the one who accepts an offer is its target
    (
        "Lumora agreed to Salesforce's increased offer of $4.5 billion on Thursday.",
        ["bid 4500000000 bidder=Salesforce target=Lumora"],
    ),
    (
        "Lumora had earlier accepted a $2.8 billion offer from Salesforce.",
        ["bid 2800000000 bidder=Salesforce target=Lumora"],
    ),
    # a deal's enterprise value is its price, not a valuation
    (
        "Salesforce agreed to acquire Lumora in a deal with an enterprise value of $6.6 billion.",
        ["acquisition 6600000000 acquirer=Salesforce target=Lumora", "NO VALUATION"],
    ),
    # one deal told twice, its buyer once by name and once by initials
    (
        "Hewlett Packard Enterprise Co agreed to buy Juniper Networks for $14 billion. "
        "HPE said on Tuesday that the purchase of Juniper Networks would double its "
        "networking business.",
        ["acquisition 14000000000 acquirer=Hewlett Packard Enterprise Co target=Juniper Networks"],
    ),
    # a majority of the capital is a takeover; a long descriptor before the name
    (
        "Le groupe de construction et de concessions Eiffage a annoncé avoir conclu un accord "
        "afin d'acquérir 51% du capital de la société allemande Salvia Group.",
        ["acquisition None acquirer=Eiffage target=Salvia Group"],
    ),
    # "the deal values X at": X's valuation, not the deal's price
    (
        "Eurazeo cède sa participation dans Trader Interactive. Cet accord valorise Trader "
        "Interactive à 1,9 milliard de dollars.",
        ["valuation 1900000000 Trader Interactive"],
    ),
    # a partner at a fund is a job, not a partnership
    ("Jane Smith, a former Sequoia Capital partner, joined Lumora as chief executive.", ["NONE"]),
    ("Sequoia Capital partner Jane Smith joined the board of Lumora.", ["NONE"]),
    # settled class actions: collective plaintiffs
    (
        "Orbital Bank agreed to settle a class action brought by shareholders for $90 million.",
        ["lawsuit defendant=Orbital Bank plaintiff=shareholders"],
    ),
    (
        "Orbital Bank agreed to pay $40 million to settle a lawsuit filed by the state of Texas.",
        ["lawsuit defendant=Orbital Bank plaintiff=Texas"],
    ),
    (
        "The state of Texas sued Orbital Bank in 2021.",
        ["lawsuit defendant=Orbital Bank plaintiff=Texas"],
    ),
    # a suit filed by unnamed artists names no plaintiff (devset convention)
    ("A class action was filed by artists against Orbital Bank in 2021.", ["NO LAWSUIT"]),
    # a case without "sue": seeking to block a deal
    (
        "The Federal Trade Commission withdrew the agency's case that sought to block "
        "Orbital's acquisition of Lumora.",
        [
            "lawsuit defendant=Orbital plaintiff=Federal Trade Commission",
            "acquisition None acquirer=Orbital target=Lumora",
        ],
    ),
    (
        "A federal judge refused to grant the FTC an injunction to block Orbital's purchase "
        "of Lumora.",
        ["lawsuit defendant=Orbital plaintiff=Federal Trade Commission"],
    ),
    # a fine is the deciding authority's, not the bloc's
    (
        "The European Union fined Orbital Bank €500 million, the European Commission said.",
        ["lawsuit defendant=Orbital Bank plaintiff=European Commission"],
    ),
    # "for breaching EU rules" gives the reason of a fine, not the one fined; the
    # one fined appeals against the authority, unless the appeal is given up
    (
        "Orbital Bank has appealed a €20 million fine for breaching European Union privacy "
        "rules imposed by the DPC.",
        ["lawsuit defendant=Data Protection Commission plaintiff=Orbital Bank"],
    ),
    (
        "Orbital Bank decided not to appeal a €30 million fine imposed by the CNIL.",
        ["lawsuit defendant=Orbital Bank plaintiff=CNIL"],
    ),
    (
        "Lumora a renoncé à faire appel de l'amende de 30 millions d'euros infligée par "
        "l'Autorité française de la concurrence.",
        ["lawsuit defendant=Lumora plaintiff=Autorité de la concurrence"],
    ),
    # "Orbital Bank parent Zephyr Holdings": the owner is the party
    (
        "Orbital Bank parent Zephyr Holdings was sued by Lumora Labs on Monday.",
        ["lawsuit defendant=Zephyr Holdings plaintiff=Lumora Labs"],
    ),
    # a case named by its parties, the plaintiff first
    (
        "The class action Harlow v. Orbital Bank goes to trial in May, said Jane Harlow.",
        ["lawsuit defendant=Orbital Bank plaintiff=Jane Harlow"],
    ),
    (
        "The Justice Department filed an antitrust lawsuit against Orbital Bank on Monday.",
        ["lawsuit defendant=Orbital Bank plaintiff=U.S. Department of Justice"],
    ),
    # plaintiffs named after a group noun: "authors including A and B sued"
    (
        "Authors including Jane Harlow and Tom Reyes sued Orbital Bank in federal court.",
        [
            "lawsuit defendant=Orbital Bank plaintiff=Jane Harlow plaintiff=Tom Reyes",
        ],
    ),
    (
        "Plusieurs médias, dont l'Agence France-Presse, ont déposé une plainte contre Orbital "
        "Bank.",
        ["lawsuit defendant=Orbital Bank plaintiff=AFP"],
    ),
    ("Investors including Sequoia Capital and Accel backed Orbital Bank.", ["NO LAWSUIT"]),
    # the name before the suit noun brought it: "to settle SEC charges"
    (
        "Orbital Bank agreed to pay $10 million to settle SEC charges that it misled investors.",
        ["lawsuit defendant=Orbital Bank plaintiff=U.S. Securities and Exchange Commission"],
    ),
    (
        "Orbital Bank settled the Justice Department's antitrust lawsuit in May.",
        ["lawsuit defendant=Orbital Bank plaintiff=U.S. Department of Justice"],
    ),
    # a state sues: its name, or the attorney general the article names for it
    (
        "Texas sued Orbital Bank over its use of biometric data.",
        ["lawsuit defendant=Orbital Bank plaintiff=Texas"],
    ),
    (
        "Officials say Orbital Bank has agreed to a $1.4 billion settlement with Texas in a "
        "privacy lawsuit. Texas Attorney General Ken Paxton said the deal was historic.",
        ["lawsuit defendant=Orbital Bank plaintiff=Ken Paxton"],
    ),
    # a suit word without "against": the accused, or the one bearing the suit
    (
        "Lumora Labs accused Orbital Bank of stealing trade secrets in a lawsuit filed on Monday.",
        ["lawsuit defendant=Orbital Bank plaintiff=Lumora Labs"],
    ),
    (
        "The lawsuit, filed by Lumora Labs in 2022, accuses Orbital Bank of fraud.",
        ["lawsuit defendant=Orbital Bank plaintiff=Lumora Labs"],
    ),
    (
        "Orbital Bank won the dismissal of a lawsuit brought by Lumora Labs.",
        ["lawsuit defendant=Orbital Bank plaintiff=Lumora Labs"],
    ),
    (
        "Orbital Bank will pay $20 million to resolve a Federal Trade Commission lawsuit.",
        ["lawsuit defendant=Orbital Bank plaintiff=Federal Trade Commission"],
    ),
    ("Lumora Labs accused Orbital Bank of lying, the case shows.", ["NO LAWSUIT"]),
    ("Lumora Labs joined a lawsuit filed by Brightwave.", ["NO LAWSUIT"]),
    # fines paid to an authority, fines an authority hits a company with
    (
        "Orbital Bank agreed to pay a $5 million penalty to the SEC.",
        ["lawsuit defendant=Orbital Bank plaintiff=U.S. Securities and Exchange Commission"],
    ),
    (
        "Orbital Bank devra verser une amende de 5 millions d'euros au Trésor public.",
        ["NO LAWSUIT"],
    ),
    (
        "The European Commission hit Orbital Bank with a €2 billion fine for abusing its "
        "dominance.",
        ["lawsuit defendant=Orbital Bank plaintiff=European Commission"],
    ),
    # a suit denied is none; "the largest fine ever imposed" is one
    ("Lumora Labs has not sued Orbital Bank.", ["NO LAWSUIT"]),
    ("Lumora Labs n'a pas porté plainte contre Orbital Bank.", ["NO LAWSUIT"]),
    (
        "La CNIL a infligé à Orbital Bank la plus lourde amende jamais infligée, 50 millions "
        "d'euros.",
        ["lawsuit defendant=Orbital Bank plaintiff=CNIL"],
    ),
    # French: the one fined after "infligé à", the one paid after "condamné à verser à"
    (
        "La Commission européenne a infligé à Orbital Bank une amende de 4,3 milliards d'euros.",
        ["lawsuit defendant=Orbital Bank plaintiff=European Commission"],
    ),
    (
        "La Cour d'appel de Paris a condamné Lumora Labs à verser 10 millions d'euros à "
        "Orbital Bank.",
        ["lawsuit defendant=Lumora Labs plaintiff=Orbital Bank"],
    ),
    (
        "Lumora Labs a été condamnée par le tribunal de commerce de Paris à verser 10 millions "
        "d'euros à Orbital Bank.",
        ["lawsuit defendant=Lumora Labs plaintiff=Orbital Bank"],
    ),
    # "poursuit" sues only a name right after it or "en justice"
    (
        "Lumora Labs poursuit Orbital Bank en justice pour violation de brevets.",
        ["lawsuit defendant=Orbital Bank plaintiff=Lumora Labs"],
    ),
    ("Lumora Labs poursuit ses discussions avec Orbital Bank.", ["NO LAWSUIT"]),
    (
        "Lumora Labs a saisi la justice contre Orbital Bank.",
        ["lawsuit defendant=Orbital Bank plaintiff=Lumora Labs"],
    ),
    (
        "Lumora Labs sued Orbital Bank in Texas.",
        ["lawsuit defendant=Orbital Bank plaintiff=Lumora Labs"],
    ),
    # amounts: after a price per share, in the next sentence
    (
        "Salesforce agreed to buy Lumora for $45 per share, or about $2.1 billion.",
        ["acquisition 2100000000 acquirer=Salesforce target=Lumora"],
    ),
    (
        "Salesforce agreed to buy Lumora. The $2 billion deal is expected to close next year.",
        ["acquisition 2000000000 acquirer=Salesforce target=Lumora"],
    ),
    (
        "Lumora raised new funding from Sequoia Capital. The $80 million raised this week "
        "will fund hiring.",
        ["funding_round 80000000 investee=Lumora investor=Sequoia Capital"],
    ),
    (
        "Salesforce's $2 billion acquisition of Lumora closed on Monday.",
        ["acquisition 2000000000 acquirer=Salesforce target=Lumora"],
    ),
    # a stock-market offering is no private round
    (
        "Lumora raised $500 million in its initial public offering on Thursday.",
        ["other 500000000 other=Lumora"],
    ),
    # the second name of a pair after its descriptor
    (
        "A $5 billion merger between chip designer Lumora and software company Brightwave "
        "is facing delays.",
        ["merger 5000000000 partner=Brightwave partner=Lumora"],
    ),
    # an offer's valuation is the target's, not the bidder's
    (
        "Salesforce agreed to buy Lumora in a deal valuing the company at $6 billion.",
        ["valuation 6000000000 Lumora"],
    ),
]


STATUSES = [
    ("Salesforce's bid for Lumora was abandoned in March.", "withdrawn"),
    ("Salesforce's acquisition of Lumora was completed on Monday.", "completed"),
    ("The merger of Lumora and Brightwave was called off in May.", "cancelled"),
    ("The collapse of Salesforce's bid for Lumora came after regulators objected.", "cancelled"),
    (
        "Le groupe Worldline finalise l'acquisition de la fintech Lumora pour 300 millions "
        "d'euros.",
        "completed",
    ),
]


@pytest.mark.parametrize(("text", "status"), STATUSES, ids=[s[0][:40] for s in STATUSES])
def test_status_said_after_the_deal(text: str, status: str) -> None:
    (deal,) = [f for f in extract_article(text).facts if f.type == "deal"]
    assert deal.status == status


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_gives_facts(text: str, expected: list[str]) -> None:
    found = facts(text)
    for item in expected:
        if item == "NONE":
            assert not [f for f in found if not f.startswith(("valuation", "lawsuit"))], found
        elif item == "NO LAWSUIT":
            assert not [f for f in found if f.startswith("lawsuit")], found
        elif item == "NO VALUATION":
            assert not [f for f in found if f.startswith("valuation")], found
        else:
            assert item in found, found


def test_a_deal_told_twice_under_two_names_is_one_deal() -> None:
    text = (
        "Hewlett Packard Enterprise Co agreed to buy Juniper Networks for $14 billion. "
        "HPE said on Tuesday that the purchase of Juniper Networks would double its "
        "networking business."
    )
    deals = [f for f in extract_article(text).facts if f.type == "deal"]
    assert [summary(f) for f in deals] == [
        "acquisition 14000000000 acquirer=Hewlett Packard Enterprise Co target=Juniper Networks"
    ]
