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
        "Tarrow Quill Enterprise Co agreed to buy Juniper Networks for $14 billion. "
        "TQE said on Tuesday that the purchase of Juniper Networks would double its "
        "networking business.",
        ["acquisition 14000000000 acquirer=Tarrow Quill Enterprise Co target=Juniper Networks"],
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
    # a round named by its Series word and the amount before it, whatever the verb
    (
        "Lumora, a Berlin-based fintech, closed a $30 million Series A led by Accel, with "
        "participation from Index Ventures.",
        ["funding_round 30000000 investee=Lumora investor=Accel investor=Index Ventures"],
    ),
    (
        "Brightwave Robotics scores $40 million Series B.",
        ["funding_round 40000000 investee=Brightwave Robotics"],
    ),
    # headline verbs of funding; money after a purchase verb is raised, not bought
    (
        "Brightwave Robotics nabs $25 million in seed funding from Accel.",
        ["funding_round 25000000 investee=Brightwave Robotics investor=Accel"],
    ),
    (
        "Paris-based Cortexa, a maker of lab robots, picked up $115 million in equity financing "
        "led by Index Ventures.",
        ["funding_round 115000000 investee=Cortexa investor=Index Ventures"],
    ),
    ("Brightwave Robotics bought $50 million of its own shares last quarter.", ["NONE"]),
    # a list of rounds, each company with its amount in parentheses
    (
        "Other big rounds this quarter: Lumora ($60 million), Brightwave ($50 million round), "
        "and Cortexa ($43 million).",
        [
            "funding_round 60000000 investee=Lumora",
            "funding_round 50000000 investee=Brightwave",
            "funding_round 43000000 investee=Cortexa",
        ],
    ),
    ("The most valued startups: Lumora ($6 billion) and Cortexa ($4 billion).", ["NONE"]),
    # a comma before a new subject and its verb ends the clause of the deal before
    (
        "Orbital Systems paid $2 billion for Helix Robotics, Brightwave bought Cortexa for $16 "
        "billion and Lumora acquired Quantix.",
        [
            "acquisition 2000000000 acquirer=Orbital Systems target=Helix Robotics",
            "acquisition 16000000000 acquirer=Brightwave target=Cortexa",
        ],
    ),
    # "This round of financing was led by": investors of the round told before, past an
    # apposition; "a valuation now reaching"
    (
        "Lumora has raised $100 million in its latest round of funding, with a valuation now "
        "reaching $1.5 billion. This round of financing was led by Accel, the London venture "
        "firm, with participation from institutions such as Index Ventures.",
        [
            "funding_round 100000000 investee=Lumora investor=Accel investor=Index Ventures",
            "valuation 1500000000 Lumora",
        ],
    ),
    # taking part in a round named with its company: the subject invests in that company
    (
        "Sequoia Capital participated in a $400 million Series C funding round for Lumora, a "
        "payments company.",
        ["funding_round 400000000 investee=Lumora investor=Sequoia Capital"],
    ),
    # a market's totals are no round, and "Pacific Northwest startups" no company
    ("Overall, an estimated $158.2 billion in funding went to 9,363 deals.", ["NONE"]),
    ("Pacific Northwest startups raised $920 million in the third quarter.", ["NONE"]),
    # licensing agreements are contracts, one per counterparty
    (
        "Lumora has entered into content licensing agreements with several companies, "
        "including Brightwave, Cortexa and Quantix.",
        [
            "contract None client=Brightwave contractor=Lumora",
            "contract None client=Cortexa contractor=Lumora",
            "contract None client=Quantix contractor=Lumora",
        ],
    ),
    # investments in companies listed after "such as", one each, by the name an
    # apposition describes; a co-investor "alongside"
    (
        "Accel has invested in companies such as Lumora, Brightwave and Cortexa.",
        [
            "investment None investee=Lumora investor=Accel",
            "investment None investee=Brightwave investor=Accel",
            "investment None investee=Cortexa investor=Accel",
        ],
    ),
    (
        "Le groupe Orbital Systems entre au capital de Quantix, aux côtés de Eurazeo, un fonds "
        "par ailleurs investi dans des entreprises comme Lumora et Cortexa.",
        [
            "investment None investee=Quantix investor=Eurazeo investor=Orbital Systems",
            "investment None investee=Lumora investor=Eurazeo",
            "investment None investee=Cortexa investor=Eurazeo",
        ],
    ),
    # a buyout told as taking a company private; an approach about a takeover is a bid
    (
        "Private equity firm Eurazeo will take Helix Robotics private in a $12.3 billion deal.",
        ["acquisition 12300000000 acquirer=Eurazeo target=Helix Robotics"],
    ),
    (
        "Orbital Systems has approached Helix Robotics about a possible takeover, according to "
        "people familiar with the matter.",
        ["bid None bidder=Orbital Systems target=Helix Robotics"],
    ),
    ("Orbital Systems approached the market cautiously.", ["NONE"]),
    # an offer received: the subject is the target, "de la part de" names the bidder
    (
        "Le groupe Helix Robotics a reçu une offre de rachat de la part d'Orbital Systems.",
        ["bid None bidder=Orbital Systems target=Helix Robotics"],
    ),
    # "the deal between A and B" names both sides, not the clause's subject
    (
        "Analysts said Orbital Systems could benefit from the deal between Lumora and Cortexa.",
        ["partnership None partner=Cortexa partner=Lumora"],
    ),
    # a valuation of "SoftBank-backed X" is X's
    (
        "Eurazeo-backed Lumora was valued at $54.5 billion in its listing.",
        ["valuation 54500000000 Lumora"],
    ),
    # capital injections; an investment says in whom, or it is none
    (
        "Le fonds Bpifrance a injecté 50 millions d'euros dans Brightwave.",
        ["investment 50000000 investee=Brightwave investor=Bpifrance"],
    ),
    (
        "Orbital Systems injected $200 million into Helix Robotics last year.",
        ["investment 200000000 investee=Helix Robotics investor=Orbital Systems"],
    ),
    ("Orbital Systems invested $75 million in the startup.", ["NONE"]),
    # a round "sponsored by" its investors
    (
        "The chip designer Lumora might get another round of funding sponsored by Accel and "
        "Index Ventures.",
        ["funding_round None investee=Lumora investor=Accel investor=Index Ventures"],
    ),
    # French gerunds of deal verbs; a price after "en la rachetant" is the price
    (
        "En rachetant Brightwave pour 200 millions d'euros, le groupe Orbital Systems devient "
        "le leader du secteur.",
        ["acquisition 200000000 acquirer=Orbital Systems target=Brightwave"],
    ),
    (
        "Le groupe Orbital Systems va nationaliser la division Quantix de Lumora, mais en la "
        "rachetant 410 millions d'euros.",
        ["acquisition 410000000 acquirer=Orbital Systems target=Quantix"],
    ),
    # investors of a round named in the next sentence
    (
        "Helix Robotics has raised $40 million in a Series B round. Investors in the round "
        "include Accel, Index Ventures and Balderton.",
        [
            "funding_round 40000000 investee=Helix Robotics investor=Accel investor=Balderton "
            "investor=Index Ventures"
        ],
    ),
    (
        "Helix Robotics has raised $40 million. Existing investors Accel and Index Ventures "
        "also participated.",
        ["funding_round 40000000 investee=Helix Robotics investor=Accel investor=Index Ventures"],
    ),
    (
        "La start-up Brightwave a levé 40 millions d'euros. Parmi les investisseurs figurent "
        "Eurazeo et Partech.",
        ["funding_round 40000000 investee=Brightwave investor=Eurazeo investor=Partech"],
    ),
    # selling a stake is read from the sale, not as the seller investing
    (
        "Le fonds Eurazeo a cédé sa participation dans Brightwave à Orbital Systems.",
        ["acquisition None acquirer=Orbital Systems seller=Eurazeo target=Brightwave"],
    ),
    # French funding verbs and the company of "la levée de N de X"
    (
        "C'est le cas de la société Brightwave, qui a rassemblé 9 millions d'euros auprès d'un "
        "investisseur privé.",
        ["funding_round 9000000 investee=Brightwave"],
    ),
    (
        "En récoltant 90 millions d'euros pour commercialiser son processeur, Brightwave signe "
        "la deuxième plus grosse opération du mois.",
        ["funding_round 90000000 investee=Brightwave"],
    ),
    (
        "Enfin, la levée de 5 millions d'euros de Cortexa réalisée auprès d'Eurazeo lui permet "
        "de monter sur le podium.",
        ["funding_round 5000000 investee=Cortexa investor=Eurazeo"],
    ),
    # the price in the next sentence: "the deal is valued at", "will pay"
    (
        "Orbital Systems has agreed to acquire Helix Robotics. The deal is valued at $2.1 billion.",
        [
            "acquisition 2100000000 acquirer=Orbital Systems target=Helix Robotics",
            "NO VALUATION",
        ],
    ),
    (
        "Orbital Systems has agreed to acquire Helix Robotics. Orbital Systems will pay $2.1 "
        "billion in cash.",
        ["acquisition 2100000000 acquirer=Orbital Systems target=Helix Robotics"],
    ),
    (
        "Orbital Systems will acquire Helix Robotics. The purchase price is $2 billion.",
        ["acquisition 2000000000 acquirer=Orbital Systems target=Helix Robotics"],
    ),
    (
        "Orbital Systems has agreed to acquire Helix Robotics. The all-cash transaction values "
        "Helix Robotics at $2 billion.",
        [
            "acquisition 2000000000 acquirer=Orbital Systems target=Helix Robotics",
            "valuation 2000000000 Helix Robotics",
        ],
    ),
    # talks of no named kind between a deal's parties are that deal; a deal's value is
    # its price, not a valuation, past a parenthetical
    (
        "Orbital Systems is buying Helix Robotics for $48.5 billion. The deal, including debt, "
        "is valued at about $67 billion.",
        ["acquisition 48500000000 acquirer=Orbital Systems target=Helix Robotics", "NO VALUATION"],
    ),
    # "is set to acquire": an infinitive after the copula, not a passive
    (
        "Orbital Systems is set to acquire Helix Robotics for $500 million.",
        ["acquisition 500000000 acquirer=Orbital Systems target=Helix Robotics"],
    ),
    # a majority stake is a purchase, a minority one an investment
    (
        "Orbital Systems took a 60% stake in Helix Robotics.",
        ["acquisition None acquirer=Orbital Systems target=Helix Robotics"],
    ),
    (
        "Orbital Systems bought a 10% stake in Helix Robotics for $50 million.",
        ["investment 50000000 investee=Helix Robotics investor=Orbital Systems"],
    ),
    (
        "Helix Robotics rejected Orbital Systems' $500 million offer.",
        ["bid 500000000 bidder=Orbital Systems target=Helix Robotics"],
    ),
    # French: control taken, entry into the capital, a minority stake read once
    (
        "Le groupe Orbital Systems prend le contrôle de Brightwave pour 300 millions d'euros.",
        ["acquisition 300000000 acquirer=Orbital Systems target=Brightwave"],
    ),
    (
        "Le fonds Eurazeo est entré au capital de Brightwave à hauteur de 15 millions d'euros.",
        ["investment 15000000 investee=Brightwave investor=Eurazeo"],
    ),
    (
        "Le groupe Orbital Systems prend une participation minoritaire au capital de Brightwave.",
        ["investment None investee=Brightwave investor=Orbital Systems"],
    ),
    # many companies raising, in a market's total, make no round
    (
        "Selon une étude de la banque Orbital, les jeunes pousses françaises ont récolté "
        "3,2 milliards d'euros en avril.",
        ["NONE"],
    ),
    ("According to Orbital, French startups in turn raised $3.2 billion in April.", ["NONE"]),
    ("Lumora, Brightwave et Nexora récoltent 97,5 millions d'euros en cinq opérations.", ["NONE"]),
    # a list of names, each after its descriptor
    (
        "Orbital Capital led investments in social network Lumora, business messaging platform "
        "Brightwave, and Nexora.",
        [
            "investment None investee=Lumora investor=Orbital Capital",
            "investment None investee=Brightwave investor=Orbital Capital",
        ],
    ),
    # a fund's size is no investment's amount
    (
        "Orbital Capital, which recently closed a $2.5 billion fund, led investments in Lumora "
        "and Brightwave.",
        [
            "investment None investee=Lumora investor=Orbital Capital",
            "investment None investee=Brightwave investor=Orbital Capital",
        ],
    ),
    # contracts to several awardees "each": one contract per awardee
    (
        "The Department of Defense awarded contracts to Lumora, Brightwave and Nexora up to "
        "$9 billion each.",
        [
            "contract 9000000000 client=Department of Defense contractor=Lumora",
            "contract 9000000000 client=Department of Defense contractor=Brightwave",
            "contract 9000000000 client=Department of Defense contractor=Nexora",
        ],
    ),
    # a deal won is a contract; a deal signed stays a partnership
    ("Lumora won a deal with the CIA in 2013.", ["contract None client=CIA contractor=Lumora"]),
    ("Lumora a décroché un accord avec la SNCF.", ["contract None client=SNCF contractor=Lumora"]),
    (
        "Lumora signed a deal with Brightwave in 2013.",
        ["partnership None partner=Brightwave partner=Lumora"],
    ),
    (
        "Lumora raised $20 million in funds from Orbital.",
        ["funding_round 20000000 investee=Lumora investor=Orbital"],
    ),
    # "Orbital Inc. CEO Jane Smith": the person, the company only names her post
    (
        "Lumora agreed to be acquired by an entity wholly owned by Orbital Inc. CEO Jane Smith "
        "in a deal worth about $4 billion.",
        ["acquisition 4000000000 acquirer=Jane Smith target=Lumora"],
    ),
    # the price after a hedge word far from the verb; a price per named share is no deal price
    (
        "Orbital announced plans to buy software maker Lumora in an all-cash deal valued at "
        "approximately $3.2 billion. Under the agreement, Orbital will pay $41.50 per Lumora "
        "share.",
        ["acquisition 3200000000 acquirer=Orbital target=Lumora"],
    ),
    (
        "Orbital will pay $41.50 per Lumora share to buy Lumora.",
        ["acquisition None acquirer=Orbital target=Lumora"],
    ),
    # a subordinate clause has its own subject
    (
        "Ad revenue at Lumora slumped for months after Brightwave bought the company in 2022.",
        ["acquisition None acquirer=Brightwave target=Lumora"],
    ),
    # a name inside a descriptor's own phrase is not the descriptor's name
    (
        "Lumora a été fondée en 2020 à Paris. La start-up lancée avec l'aide de Bpifrance "
        "serait sur le point de lever 450 millions d'euros.",
        ["funding_round 450000000 investee=Lumora"],
    ),
    # one "Name (amount)" is no list: the round noun reads it
    (
        "Ce chiffre résulte pour l'essentiel de la levée de Lumora (120 millions d'euros).",
        ["funding_round 120000000 investee=Lumora"],
    ),
    (
        "SoftBank poured $250 million into Lumora, the workplace collaboration platform that "
        "competes with Brightwave.",
        ["investment 250000000 investee=Lumora investor=SoftBank", "NO PARTNERSHIP"],
    ),
    # the speaker is "it"; the object descriptor is the other company of the sentence
    (
        "Shares of Lumora jumped after Brightwave said it would buy the company for $4 billion.",
        ["acquisition 4000000000 acquirer=Brightwave target=Lumora"],
    ),
    (
        "Orbital Systems is in talks to acquire Lumora. The company could pay as much as "
        "$3 billion for the startup.",
        ["acquisition 3000000000 acquirer=Orbital Systems target=Lumora"],
    ),
    # a regulator never buys
    (
        "Prosecutors with the Justice Department filed a suit against the acquisition, arguing "
        "it was buying Lumora to remove a rival.",
        ["NONE"],
    ),
    # the first close of a round told before; the total expected is no round's amount
    (
        "Lumora has completed a fresh funding round led by Accel. The bank has closed the first "
        "$475 million injection, with a second close expected to take the total raised above "
        "$500 million.",
        ["funding_round 475000000 investee=Lumora investor=Accel"],
    ),
    # money many companies raised is no round; paying for an infringement buys nothing;
    # buying a company's stock is an investment in it
    (
        "In today's newsletter, there are four companies that have raised more than "
        "$100 million in funding.",
        ["NONE"],
    ),
    (
        "A jury ruled Lumora should pay just over $1 billion for infringement of five "
        "Brightwave patents.",
        ["NONE"],
    ),
    (
        "Under the agreement, SoftBank will purchase Lumora common stock at $23.78 per share.",
        ["investment None investee=Lumora investor=SoftBank"],
    ),
    # backers named in an opening phrase; paragraphs glued without a space; "after receiving"
    (
        "Markets were calm.With help from Goldman Sachs, Lumora itself raised $1.5 billion in "
        "financing last year.",
        ["funding_round 1500000000 investee=Lumora investor=Goldman Sachs"],
    ),
    (
        "Lumora Inc. was valued at $3.7 billion after receiving $200 million in new venture "
        "capital.",
        ["funding_round 200000000 investee=Lumora Inc"],
    ),
    # a chief executive speaking of a partnership speaks for the company
    (
        "Orbital Systems CEO Jane Smith called the deal a historic collaboration with Lumora.",
        ["partnership None partner=Lumora partner=Orbital Systems"],
    ),
    # an unresolved descriptor before its name; an aside between dashes ends no clause
    (
        "La plateforme française de mise en relation entre photographes et clients Lumora a "
        "annoncé avoir réalisé une nouvelle levée de fonds – la troisième – d'un montant de "
        "230 millions de dollars.",
        ["funding_round 230000000 investee=Lumora"],
    ),
    # idioms of ownership: "counts X among investors", "X, an early backer of Y"
    (
        "Lumora Inc. was founded in 2007. It counts Japan's SoftBank, an early backer of "
        "China's Alibaba, and early stage venture capital firm Sherpalo among investors.",
        [
            "investment None investee=Lumora Inc investor=SoftBank",
            "investment None investee=Lumora Inc investor=Sherpalo",
            "investment None investee=Alibaba investor=SoftBank",
        ],
    ),
    # a listing on a stock market: its issuer, the exchange it lists on
    (
        "Exits have been sparse. Lumora Inc.'s $86 billion direct listing on Nasdaq in 2021 "
        "is a notable exception.",
        ["other 86000000000 host=Nasdaq other=Lumora Inc"],
    ),
    (
        "Orbital Systems plans to raise $100 million in a public offering and an IPO for "
        "Lumora could follow.",
        ["other 100000000 other=Orbital Systems", "other None other=Lumora"],
    ),
    # sold to someone, nothing else named as sold: the subject is what is sold
    (
        "Lumora Inc. sold to Orbital Systems for $2 billion in 2019.",
        ["acquisition 2000000000 acquirer=Orbital Systems target=Lumora Inc"],
    ),
    # an amount revised ("slashed to") is the deal's last word
    (
        "The initial public offering of AI infrastructure firm Lumora, initially targeting a "
        "$2.7bn raise at $47-55 per share, was slashed to $1.5bn at $40 per share.",
        ["other 1500000000 other=Lumora"],
    ),
    # an amount joined to a round's own is another round of the company
    (
        "Lumora raised $5 million in 2021 and $20 million in 2022 from investors.",
        [
            "funding_round 5000000 investee=Lumora",
            "funding_round 20000000 investee=Lumora",
        ],
    ),
    # the headings of a list of the week's rounds
    (
        "The biggest funding rounds of the week.\n\n1. Lumora, $50M, fintech: Lumora raised "
        "$50 million in a Series B.\n\n2. Brightwave, $20M, autonomous ships:",
        [
            "funding_round 50000000 investee=Lumora",
            "funding_round 20000000 investee=Brightwave",
        ],
    ),
]


STATUSES = [
    ("Salesforce's bid for Lumora was abandoned in March.", "withdrawn"),
    ("Salesforce's acquisition of Lumora was completed on Monday.", "completed"),
    ("The merger of Lumora and Brightwave was called off in May.", "cancelled"),
    ("The acquisition of Lumora by Brightwave closed in March.", "completed"),
    ("The takeover of Lumora by Brightwave collapsed in June.", "cancelled"),
    ("Lumora is being acquired by Brightwave for $500 million.", "announced"),
    ("Brightwave has signed a definitive agreement to acquire Lumora.", "announced"),
    ("Le groupe Brightwave a signé un accord en vue d'acquérir Lumora.", "announced"),
    (
        "Brightwave and Lumora entered into an agreement for Brightwave to acquire Lumora.",
        "announced",
    ),
    ("Lumora raises $40 million in a Series B round led by Accel.", "completed"),
    ("La start-up Lumora a annoncé lundi avoir levé 25 millions d'euros.", "completed"),
    (
        "Brightwave agreed to buy Lumora for $2 billion in May. Brightwave bought Lumora after "
        "regulators cleared the deal.",
        "completed",
    ),
    ("Lumora and Brightwave agreed to terminate their $20 billion merger agreement.", "cancelled"),
    ("Le groupe Orbital rachèterait Brightwave pour 500 millions d'euros.", "rumored"),
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
        elif item == "NO PARTNERSHIP":
            assert not [f for f in found if f.startswith("partnership")], found
        elif item == "NO VALUATION":
            assert not [f for f in found if f.startswith("valuation")], found
        else:
            assert item in found, found


ONE_DEAL = [
    # one deal under two names of a party
    (
        "Tarrow Quill Enterprise Co agreed to buy Juniper Networks for $14 billion. "
        "TQE said on Tuesday that the purchase of Juniper Networks would double its "
        "networking business.",
        "acquisition 14000000000 acquirer=Tarrow Quill Enterprise Co target=Juniper Networks",
    ),
    # talks of no named kind between the parties of a deal are that deal
    (
        "Orbital Systems agreed to acquire Helix Robotics in an all-cash deal valued at about "
        "$10.1 billion. Bloomberg first reported that Orbital Systems was close to a deal with "
        "Helix Robotics.",
        "acquisition 10100000000 acquirer=Orbital Systems target=Helix Robotics",
    ),
    # "the deal between" the parties of a deal told before is that deal, no partnership
    (
        "Orbital Systems agreed to buy Helix Robotics for $28 billion. The deal between "
        "Orbital Systems and Helix Robotics is expected to close in March.",
        "acquisition 28000000000 acquirer=Orbital Systems target=Helix Robotics",
    ),
]


@pytest.mark.parametrize(("text", "deal"), ONE_DEAL, ids=[c[1][:40] for c in ONE_DEAL])
def test_a_deal_told_twice_is_one_deal(text: str, deal: str) -> None:
    deals = [f for f in extract_article(text).facts if f.type == "deal"]
    assert [summary(f) for f in deals] == [deal]


# Constructions of the blind sets (invented sentences): (sentence, a fact it must give
# or None, what no deal or lawsuit it gives may contain)
CONSTRUCTIONS = [
    # a name in a hyphenated modifier is not the subject: "Orbital-backed Lumora raised"
    (
        "Orbital Capital-backed Lumora recently raised $300 million, valuing the company at "
        "$2 billion.",
        "funding_round 300000000 investee=Lumora",
        "investee=Orbital",
    ),
    # the subject of "ne fait pas partie de / is not taking part in" the round invests nothing
    # in it; its earlier investment, in the relative clause, stays
    (
        "Orbital, qui a investi en mars 8 millions d'euros dans Lumora, ne fait pas partie "
        "de cette nouvelle levée de fonds.",
        "investment 8000000 investee=Lumora investor=Orbital",
        "investee=Orbital",
    ),
    (
        "Orbital, which invested $15 million in Lumora in February, is not taking part in this "
        "new funding round.",
        "investment 15000000 investee=Lumora investor=Orbital",
        "investee=Orbital",
    ),
    ("Orbital ne fait pas partie de cette nouvelle levée de fonds.", None, "Orbital"),
    # "committing" money in a company invests it
    (
        "Orbital Capital has announced a large investment, committing up to $100 billion in "
        "Lumora to build data centres.",
        "investment 100000000000 investee=Lumora investor=Orbital Capital",
        "investee=Orbital",
    ),
    # a price per share paid "in cash", then the total: the total is the deal's value
    (
        "Orbital Capital will acquire Lumora for $115 per share in cash or about $4.5 billion.",
        "acquisition 4500000000 acquirer=Orbital Capital target=Lumora",
        "target=Orbital",
    ),
    # an aside between a new name and its verb: the name still raises
    (
        "Lumora a, quant à elle, levé 7,5 millions d'euros.",
        "funding_round 7500000 investee=Lumora",
        "investor=",
    ),
    ("Lumora, however, raised $7 million.", "funding_round 7000000 investee=Lumora", "investor="),
    # the backers of "ce nouveau tour de table" are the investors of the round told before
    (
        "Lumora a levé 7,5 millions d'euros. La start-up a pu compter sur Orbital Capital et "
        "Brightwave Ventures pour boucler ce nouveau tour de table.",
        "funding_round 7500000 investee=Lumora investor=Brightwave Ventures "
        "investor=Orbital Capital",
        "investee=Orbital",
    ),
    # the owner of the patents infringed sues the infringer
    (
        "Orbital Capital infringed three patents held by Lumora Labs, a jury in Delaware decided.",
        "lawsuit defendant=Orbital Capital plaintiff=Lumora Labs",
        "plaintiff=Orbital",
    ),
    (
        "The jury found that Orbital Capital infringed Lumora Labs's patents.",
        "lawsuit defendant=Orbital Capital plaintiff=Lumora Labs",
        "plaintiff=Orbital",
    ),
    (
        "Lumora accused Orbital Capital of infringing its patents.",
        "lawsuit defendant=Orbital Capital plaintiff=Lumora",
        "plaintiff=Orbital",
    ),
    (
        "Orbital Capital a enfreint des brevets détenus par Lumora Labs, selon le tribunal.",
        "lawsuit defendant=Orbital Capital plaintiff=Lumora Labs",
        "plaintiff=Orbital",
    ),
    ("The merger infringed competition rules, regulators said.", None, "lawsuit"),
    # a verdict in a battle between two sides, an apposition between dashes, and a
    # descriptor coordinated with the first side that names the other
    (
        "Lumora Labs lost its case, a jury said. The verdict in the long fight between Orbital "
        "Capital — maker of the game Starfall — and the software giant ends the case.",
        "lawsuit defendant=Lumora Labs plaintiff=Orbital Capital",
        "plaintiff=Lumora",
    ),
    # "the company" fined is never the European Union
    (
        "Lumora Labs challenged the European Union's rules in court. The European Commission "
        "fined the company in 2017 for abusing its dominance.",
        "lawsuit defendant=Lumora Labs plaintiff=European Commission",
        "defendant=European Union",
    ),
    # a French adjective after the deal noun, and a long opening phrase before the buyer
    (
        "Avec son acquisition planifiée de Lumora Labs pour le montant record de 12 milliards de "
        "dollars, Orbital Capital signe le plus gros rachat de son histoire.",
        "acquisition 12000000000 acquirer=Orbital Capital target=Lumora Labs",
        "acquirer=Lumora",
    ),
    # taking part in a round a company names: the company raises, the subject invests
    (
        "Orbital Capital also participated in Jane Doe’s Lumora $6 billion funding round in 2024.",
        "funding_round 6000000000 investee=Lumora investor=Orbital Capital",
        "investee=Orbital",
    ),
    (
        "Orbital Capital first backed Lumora, the maker of Starfall, in March, contributing "
        "$50 million to a $2 billion round.",
        None,
        "investee=Orbital",
    ),
    # a tally of rounds is no round
    (
        "Last year Orbital Capital invested in 12 rounds that totaled $3 billion.",
        None,
        "funding_round",
    ),
    # "à l'approche de" is "in the run-up to", no bid
    (
        "Lumora et Orbital Capital renforcent leur modération des contenus à l'approche du "
        "scrutin.",
        None,
        "bid",
    ),
    # a penalty with its conversion in parentheses, restated as a fine "by the EU": one
    # fine, the regulator's, on the company; no regulator fines another
    (
        "The European Commission's competition regulator on Tuesday slapped Lumora Labs with a "
        "2-billion-euro ($2.2-billion) penalty, one of the largest antitrust fines by the "
        "European Union.",
        "lawsuit defendant=Lumora Labs plaintiff=European Commission",
        "defendant=European",
    ),
    # "$41.10/share" is a price per share; the enterprise value said next is the deal's
    (
        "Orbital Capital has a definitive deal to buy Lumora Labs for $41.10/share in cash. "
        "That implies an enterprise value of €6B.",
        "acquisition 6000000000 acquirer=Orbital Capital target=Lumora Labs",
        "acquisition 41.1",
    ),
    # an appeal of "the fine" far from the one authority the article names: against it
    (
        "The European Commission published its list of fines on Monday. Its biggest fine was "
        "4.3 billion euros. Brussels is strict. The sum was reduced in 2022. Few expected it. "
        "Lumora Labs is appealing the fine in the EU's highest court.",
        "lawsuit defendant=European Commission plaintiff=Lumora Labs",
        "plaintiff=European",
    ),
    # the object described, then named in an apposition
    (
        "Orbital Capital agreed to buy the Toronto-based chip designer, Lumora Labs, for $400 "
        "million.",
        "acquisition 400000000 acquirer=Orbital Capital target=Lumora Labs",
        "acquirer=Lumora",
    ),
    # what those rules must leave alone (a review's counterexamples)
    (
        "The SEC fined Western Union $586 million for failing to stop fraud.",
        "lawsuit defendant=Western Union plaintiff=U.S. Securities and Exchange Commission",
        "plaintiff=Western",
    ),
    (
        "La start-up Lumora, qui n'a pas précisé sa valorisation, a bouclé une levée de fonds "
        "de 20 millions d'euros menée par Orbital Capital.",
        "funding_round 20000000 investee=Lumora investor=Orbital Capital",
        "investee=Orbital",
    ),
    (
        "Orbital Capital agreed to buy Lumora in September. Brightwave, which has an enterprise "
        "value of $3 trillion, said nothing.",
        "acquisition None acquirer=Orbital Capital target=Lumora",
        "acquisition 3000000000000",
    ),
    (
        "Orbital Capital acquired a startup last year, Lumora Labs, in turn, bought two.",
        None,
        "target=Lumora",
    ),
    (
        "Lumora, which led the market last year, raised a $20 million round.",
        "funding_round 20000000 investee=Lumora",
        "investor=Lumora",
    ),
    # shoppers' purchases are no acquisition
    (
        "Orbital Capital and Lumora Labs sparred over the fees Lumora Labs charges for in-app "
        "purchases.",
        None,
        "acquisition",
    ),
    # the round's leader named in the next sentence: "La transaction a été menée par X"
    (
        "Le néo-assureur Lumora a opéré un nouveau tour de table de 183 millions d'euros en "
        "série E.\nLa transaction a été menée par Kestrel Growth, fonds de pension de l'Ontario "
        "et une demi-douzaine d'investisseurs historiques parmi lesquels Index ou encore Exor.",
        "funding_round 183000000 investee=Lumora investor=Kestrel Growth",
        "investee=Kestrel",
    ),
    (
        "Lumora raised $40 million in a Series B. The round was led by Kestrel Capital.",
        "funding_round 40000000 investee=Lumora investor=Kestrel Capital",
        "investee=Kestrel",
    ),
    # "un accord exclusif, validé par les conseils, avec Lumora pour l'acquisition": the
    # counterparty after an aside; "le montant total de la transaction" prices it
    (
        "Orbital a signé un accord exclusif, validé à l'unanimité par les conseils des deux "
        "entreprises, avec Lumora pour l'acquisition du groupe. Le montant total de la "
        "transaction s'élèvera à 3,6 milliards d'euros.",
        "acquisition 3600000000 acquirer=Orbital target=Lumora",
        "target=Orbital",
    ),
    # a block of shares bought from a fund: the fund sells, the company is the target
    (
        "Orbital a signé un accord avec le fonds Kestrel Partners pour l'acquisition d'un bloc "
        "de 11% du capital de Lumora.",
        "acquisition None acquirer=Orbital seller=Kestrel Partners target=Lumora",
        "target=Kestrel",
    ),
    # "Ce tour de financement valorise Lumora 62 milliards": the valuation of the object, and
    # no new round for the lenders named just before
    (
        "Le total atteint 15 milliards de dollars grâce à un emprunt apporté par Orbital Bank et "
        "Kestrel. Ce tour de financement valorise Lumora 62 milliards de dollars.",
        "valuation 62000000000 Lumora",
        "funding_round",
    ),
    # "talking with", "negotiating with" are talks; "an acquisition" gives them their kind
    (
        "Orbital was talking with Lumora Group about an acquisition.",
        "acquisition None acquirer=Orbital target=Lumora Group",
        "partner",
    ),
    (
        "Orbital is negotiating with Lumora over a possible acquisition.",
        "acquisition None acquirer=Orbital target=Lumora",
        "partner",
    ),
    # "X, a venture that was set up to rival A and B, is to acquire C": "that" opens a
    # relative clause (a verb follows), so X, not A and B, acquires
    (
        "The Northern Payments Initiative, a bank-backed venture that was initially set up to "
        "build a rival to Orbital and Lumora in Europe, is to acquire payment scheme Brightwave.",
        "acquisition None acquirer=Northern Payments Initiative target=Brightwave",
        "acquirer=Orbital",
    ),
    # but "seeking to raise funding at a $40 billion valuation" is a round (and a valuation)
    (
        "Orbital has been seeking to raise funding at a $40 billion valuation, Bloomberg reported.",
        "funding_round None investee=Orbital",
        "investor",
    ),
    # "secured a $54.5bn (£43.6bn) valuation": a valuation (restated in pounds), no round
    (
        "Lumora Holdings has secured a $54.5bn (£43.6bn) valuation, as it returns to the stock "
        "market.",
        "valuation 54500000000 Lumora Holdings",
        "funding_round",
    ),
    # "avec 9,3 millions levés": a bare French amount before a participle of raising is the
    # round of the name after the comma (its currency the article's); the next sentence's
    # investors join it
    (
        "Orbital a levé 5 millions d'euros. Avec 9,3 millions levés, Lumora occupe la première "
        "place. La DeepTech a bouclé son tour de table grâce au soutien de Brightwave et Kestrel.",
        "funding_round 9300000 investee=Lumora investor=Brightwave investor=Kestrel",
        "investee=Brightwave",
    ),
    # "must pay $32.5 million for breaching one of Lumora Inc's patents": the owner is paid
    (
        "A federal jury decided that Orbital must pay $32.5 million in damages for breaching "
        "one of speaker maker Lumora Inc's patents.",
        "lawsuit defendant=Orbital plaintiff=Lumora Inc",
        "plaintiff=Orbital",
    ),
    # "has previously backed startups like A, B and C": an investment in each; "backed out of"
    # a deal and "backed Lumora's offer" back no company
    (
        "Lumora finished a round of fundraising led by venture capital firm Kestrel Capital, "
        "which has previously backed prominent startups like Soylent, Coinbase, and Airbnb.",
        "investment None investee=Coinbase investor=Kestrel Capital",
        "investee=Kestrel",
    ),
    ("Orbital backed out of a $10 billion deal with Lumora in 2023.", None, "investment"),
    # investors listed by "investors … included" (a person too), a firm's partner standing
    # for the firm
    (
        "Other large investors to bankroll Lumora in the Series C funding round included Hong "
        "Kong-based Kestrel Global, investment firm Tiger Peak and serial entrepreneur Elad Gil.",
        "funding_round None investee=Lumora investor=Elad Gil investor=Kestrel Global "
        "investor=Tiger Peak",
        "investee=Kestrel",
    ),
    (
        "Lumora raised $40 million in a round led by Andrew Chen of venture capital firm Kestrel "
        "Capital.",
        "funding_round 40000000 investee=Lumora investor=Kestrel Capital",
        "investor=Andrew Chen",
    ),
    # "is offering $X for Y" is a bid; "a group of investors led by X" bids through X
    (
        "A group of investors led by Tomas Varga is offering about $97.4 billion for Lumora, "
        "escalating a dispute with the company.",
        "bid 97400000000 bidder=Tomas Varga target=Lumora",
        "target=Tomas",
    ),
    (
        "Orbital is offering $12 a share for Lumora.",
        "bid None bidder=Orbital target=Lumora",
        "funding_round",
    ),
    ("The company is offering a new product to Lumora customers.", None, "bid"),
    ("Lumora's secondary offering raised $4.9 billion for Orbital.", None, "bid"),
    ("Orbital is offering $10 billion in cloud credits to Lumora.", None, "bid"),
    # what is not an investment: a sale backed, a claim backed up
    ("Kestrel backed the sale of Lumora to Orbital.", None, "investment"),
    ("Orbital backed up its claims with data from Lumora.", None, "investment"),
    # ", with X as financial adviser" names no party; an adviser leads no round
    (
        "Orbital reached an agreement to buy Lumora for $2 billion, with Kestrel Capital as "
        "financial adviser.",
        "acquisition 2000000000 acquirer=Orbital target=Lumora",
        "Kestrel",
    ),
    (
        "Lumora a levé 40 millions d'euros. L'opération a été menée par Rothschild & Co, conseil "
        "de Lumora.",
        "funding_round 40000000 investee=Lumora",
        "Rothschild",
    ),
    # "X, whose other investments have included A and B": X's earlier investments
    (
        "Other large investors in Lumora included Hong Kong-based Kestrel Capital, whose other "
        "investments have included Facebook and Twitter.",
        "investment None investee=Facebook investor=Kestrel Capital",
        "investee=Kestrel",
    ),
    ("Orbital's board backed Lumora's offer on Monday.", None, "investment"),
    # accused of stealing trade secrets or poaching staff: the accuser's claim; theft alone is none
    (
        "Orbital accuses Lumora of having illegally poached Orbital employees and stole trade "
        "secrets.",
        "lawsuit defendant=Lumora plaintiff=Orbital",
        "plaintiff=Lumora",
    ),
    ("Thieves stole trade secrets from Orbital in May.", None, "lawsuit"),
    # Reuters tickers between the names of a list: both are defendants
    (
        "Orbital ORBI.HE on Tuesday sued Lumora LUMO.O and Brightwave Inc BRWV.N in Delaware "
        "federal court.",
        "lawsuit defendant=Brightwave Inc defendant=Lumora plaintiff=Orbital",
        "ORBI",
    ),
    # "their merger agreement" is the two subjects' merger, not a modifier of "agreement"
    (
        "Orbital and Lumora terminated their merger agreement.",
        "merger None partner=Lumora partner=Orbital",
        "contract",
    ),
    # taking part is investing, not raising
    (
        "Orbital participe à la levée de fonds de 20 millions d'euros de Lumora.",
        None,
        "investee=Orbital",
    ),
    # the winner of an award against a company sued it
    (
        "Brindle Labs has won a $1.1 billion patent infringement award against Orbital Inc.",
        "lawsuit defendant=Orbital Inc plaintiff=Brindle Labs",
        "plaintiff=Orbital",
    ),
    # "slammed X with a fine", the fine's amount before a conversion in parentheses
    (
        "The European Union on Friday slammed Chinese social media giant Lumora with a "
        "massive €345 million ($369 million) fine over breaches of children's data.",
        "lawsuit defendant=Lumora plaintiff=European Union",
        "plaintiff=Lumora",
    ),
    # the one that must pay a fine is fined by the authority the article is about
    (
        "The Federal Trade Commission was tough. Orbital Bank must pay a fine of $35 million.",
        "lawsuit defendant=Orbital Bank plaintiff=Federal Trade Commission",
        "plaintiff=Orbital",
    ),
    (
        "La Cnil a eu la main lourde. La société Lumora Europe Core devra s'acquitter d'une "
        "amende de 35 millions d'euros.",
        "lawsuit defendant=Lumora Europe Core plaintiff=Cnil",
        "plaintiff=Lumora",
    ),
    # the court after "assigner devant" is no defendant; "l'association" is the one told before
    (
        "Cette procédure n'était pas la première option de l'association Quorvia. "
        "L’association, forte de 200 consommateurs, va assigner devant le TGI de Paris, la "
        "direction irlandaise et la direction américaine de Lumora, pour violation du RGPD.",
        "lawsuit defendant=Lumora plaintiff=Quorvia",
        "TGI",
    ),
    # a round told closed, its sum in the next sentence about "the round" / "l'opération"
    (
        "Lumora closed a new funding round. The round totaled $2.5 billion.",
        "funding_round 2500000000 investee=Lumora",
        "investor=",
    ),
    (
        "Lumora a réalisé un nouveau tour de table. L’opération a constitué une somme "
        "colossale de 2,5 milliards de dollars.",
        "funding_round 2500000000 investee=Lumora",
        "investor=",
    ),
    ("Orbital agreed to buy Lumora. The round totaled $5 million.", None, "5000000"),
    # "X vient de confirmer la semaine dernière qu'il": the pronoun is the speaker X
    (
        "Orbital s’envole en bourse, et un concurrent du nom de Lumora vient de confirmer la "
        "semaine dernière qu’il avait réalisé un nouveau tour de table.",
        "funding_round None investee=Lumora",
        "investee=Orbital",
    ),
    # a plural subject of "must pay" is no party
    ("The FTC finalized new rules on Monday. Sellers must pay a fine of $50,000.", None, "Sellers"),
    # winning the reversal of an award is not winning the award
    (
        "Orbital won the reversal of a $1.1 billion patent award against it in a case brought "
        "by Lumora.",
        None,
        "plaintiff=Orbital",
    ),
    # who slams with a fine is an authority, not a company named before
    (
        "Shares of Orbital fell after European regulators slammed Lumora with a €345 million fine.",
        None,
        "plaintiff=Orbital",
    ),
    # "a round led by X" and "a round in which X participated" do not go into X
    (
        "Lumora raised $50 million in Series B funding in a round led by Sequoia Capital.",
        "funding_round 50000000 investee=Lumora investor=Sequoia Capital",
        "investee=Sequoia",
    ),
    # the investing verb outside the relative clause "in which X owns a stake"
    (
        "Lumora, in which Sequoia Capital owns a stake, said it had invested $50 million of "
        "its own cash.",
        None,
        "investor=Sequoia",
    ),
    # "its round" after "invested heavily in research": the subject's own round
    (
        "Lumora, which has invested heavily in research, raised $50 million from Sequoia "
        "Capital in its latest funding round.",
        "funding_round 50000000 investee=Lumora investor=Sequoia Capital",
        "investee=Sequoia",
    ),
    # an investor's total across startups is no one deal's amount
    (
        "Sequoia Capital has invested a total of $1 billion in Indian startups, including Lumora.",
        None,
        "1000000000",
    ),
    # "the EC" is the European Commission; "the TikTok maker" the company that owns TikTok
    (
        "The EC fined the TikTok maker €345 million.",
        "lawsuit defendant=ByteDance plaintiff=European Commission",
        "defendant=TikTok",
    ),
    # "the TikTok owner": the gazetteer's parent
    (
        "Meta sued the TikTok owner in a California court over data.",
        "lawsuit defendant=ByteDance plaintiff=Meta",
        "defendant=Meta",
    ),
    # "Y, in which X has invested": X invests in the antecedent; one investor's total
    (
        "Lumora competes with Quarn LLC, in which Orbital has reportedly invested a total of "
        "about $13 billion.",
        "investment 13000000000 investee=Quarn LLC investor=Orbital",
        "investor=Lumora",
    ),
    # who makes an announcement is what "the company" in the next sentence points to
    (
        "Yesterday's announcement by Quennapay, Ghana's leading fintech, was welcome. The "
        "fintech company said that it had raised $110 million in Series C funding.",
        "funding_round 110000000 investee=Quennapay",
        "investor=",
    ),
    # the news agency that reports "qu'X avait adopté" is no bidder; a dateline after an
    # update notice names no party
    (
        "Reuters a rapporté en janvier, citant des sources, qu’Orbital avait adopté une "
        "approche formelle évaluant Lumora à plus de 10 milliards de dollars.",
        "bid 10000000000 bidder=Orbital",
        "Reuters",
    ),
    (
        "(Actualisé avec précisions) PARIS, 26 avril (Reuters) - Orbital a annoncé mercredi "
        "vouloir acquérir son concurrent Lumora pour trois milliards d'euros.",
        "acquisition 3000000000 acquirer=Orbital target=Lumora",
        "Reuters",
    ),
    # "its" round after "invested in Y" is Y's round, not the investor's
    (
        "Lumora is a provider of models. Orbital invested about $16.2 million in the company "
        "valued at $2 billion in its latest funding round.",
        "funding_round 16200000 investee=Lumora investor=Orbital",
        "investee=Orbital",
    ),
    # rounds listed by the companies they go into: the subject backs each
    (
        "Orbital Global has invested in four startups as part of Series B funding of $70 "
        "million in jobtech startup Lumora, $42 million Series C funding in vehicle services "
        "platform Brindle, and $25 million of funding in fintech platform Quarn.",
        "funding_round 42000000 investee=Brindle investor=Orbital Global",
        "investee=Orbital",
    ),
    (
        "Orbital Global has invested $25 million of funding in fintech platform Quarn.",
        "funding_round 25000000 investee=Quarn investor=Orbital Global",
        "investee=Orbital",
    ),
    # "the Brindle parent" is the company that owns Brindle, not Brindle
    (
        "Lumora Platforms faces a probe. Quorvia sued the Brindle parent in 2022.",
        "lawsuit defendant=Lumora Platforms plaintiff=Quorvia",
        "defendant=Brindle",
    ),
    # a company told as a fintech once, by an apposition: its round
    (
        "Quennapay, Ghana's leading fintech, announced that it had raised $110 million in "
        "Series C funding.",
        "funding_round 110000000 investee=Quennapay",
        "investor=",
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    CONSTRUCTIONS,
    ids=[c[0][:40] for c in CONSTRUCTIONS],
)
def test_constructions_of_blind_sets(text: str, wanted: str | None, unwanted: str) -> None:
    found = facts(text)
    if wanted is not None:
        assert wanted in found, found
    assert not [f for f in found if unwanted in f and not f.startswith("valuation")], found


def test_a_fine_takes_its_amount_before_a_conversion_in_parentheses() -> None:
    """ "a massive €345 million ($369 million) fine": the fine is €345 million."""
    body = (
        "The European Union on Friday slammed Chinese social media giant Lumora with a "
        "massive €345 million ($369 million) fine over breaches of children's data."
    )
    [suit] = [f for f in extract_article(body).facts if f.type == "lawsuit"]
    assert (suit.amount, suit.currency) == (345000000, "EUR")


def test_deals_listed_in_a_funding_roundup_are_its_rounds() -> None:
    """ "the three largest deals—Lumora ($2B), Orbital ($90M)…" under a funding headline:
    one round per name; the same list in an article about something else gives none."""
    listing = (
        "The three largest deals—Lumora ($2.3B), Orbital Labs ($787.5M), and Brightwave "
        "($500M)—made up most of the week."
    )
    found = facts("Funding this week: $4 billion for startups\n\n" + listing)
    assert "funding_round 2300000000 investee=Lumora" in found, found
    assert "funding_round 500000000 investee=Brightwave" in found, found
    other = facts("Chip sales in Europe\n\n" + listing)
    assert not [f for f in other if f.startswith("funding_round")], other
    raised = facts("Market update: stocks raised hopes on Monday. Deals of the week: " + listing)
    assert not [f for f in raised if f.startswith("funding_round")], raised
