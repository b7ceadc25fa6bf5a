"""Constructions of real news met in blind gold sets (four sets of twelve real
articles annotated before newsdb ran on them, kept outside the repository),
each written here in invented words: (text, a fact it must give, a party
string no deal or lawsuit may carry)."""

from __future__ import annotations

import pytest
from test_extract_fact_patterns import facts

CONSTRUCTIONS = [
    # "racheté à l'automne dernier X": a date after "à", no seller
    (
        "Orbital Systems a racheté à l'automne dernier le challenger local Lumora.",
        "acquisition None acquirer=Orbital Systems target=Lumora",
        "seller=Lumora",
    ),
    # a lowercase-first brand ("ironSource"); "and said it would" starts a clause of its own
    (
        "Gaming software maker Lumora Software Inc on Monday rejected Orbital Corp's $17.54 "
        "billion takeover offer and said it would go ahead with its planned purchase of "
        "ironSource.",
        "acquisition None acquirer=Lumora Software Inc target=ironSource",
        "target=Lumora Software Inc target=ironSource",
    ),
    # a name the article writes in lowercase only in a web address stays a name; "une
    # amende historique pour la CNIL" fines no regulator
    (
        "La CNIL condamne Lumora à une amende record pour un opérateur télécom\n\nUne amende "
        "historique pour la CNIL auprès d’un opérateur télécom. Les utilisateurs du site "
        "lumora.fr retiraient leur consentement.",
        "lawsuit defendant=Lumora plaintiff=CNIL",
        "defendant=CNIL",
    ),
    # the review of round 10 (invented sentences near the round's rules that must not fire)
    ("Kestrel Systems bought a 10% stake in Lumora in 2019. The stake is now worth $500 "
     "million.", "investment None investee=Lumora investor=Kestrel Systems", "500000000"),
    ("Lumora Systems plans a public offering on Nasdaq next year. Until then, it is planning "
     "to raise $150 million in a Series D round.",
     "funding_round 150000000 investee=Lumora Systems", "other 150000000"),
    ("Investors filed a class action against Lumora Systems on Monday. The lawsuit, led by "
     "law firm Hagens Berman, seeks $500 million in damages.", None, "plaintiff=Hagens Berman"),
    ("A court spokesman confirmed the €2.4 billion fine the European Commission imposed on "
     "Lumora Systems.", "lawsuit defendant=Lumora Systems plaintiff=European Commission",
     "defendant=European Commission"),
    ("Le tribunal de commerce a confirmé que Lumora Systems avait payé l'amende de 20 "
     "millions d'euros infligée par la CNIL.", "lawsuit defendant=Lumora Systems plaintiff=CNIL",
     "defendant=CNIL"),
    ("Oracle signed a cloud deal with Lumora Systems worth $30 billion a year.", None,
     "host=Lumora"),
    ("Lumora Systems raised $385 million in a Series B, after the $105 million raised by rival "
     "Zentrix last month.", "funding_round 385000000 investee=Lumora Systems",
     "105000000 investee=Lumora"),
    ("Kestrel Group plans to spin off its cloud unit and has hired Goldman Sachs to advise on "
     "the separation.", None, "other=Goldman Sachs"),
    ("Kestrel Group is a spin-off of Zentrix Labs. Orbital acquired Kestrel Group last year.",
     "other None other=Kestrel Group seller=Zentrix Labs", "seller=Kestrel"),
    ("Lumora Systems, which was spun off from Kestrel Group in 2015, raised $50 million from "
     "Orbital Ventures.",
     "funding_round 50000000 investee=Lumora Systems investor=Orbital Ventures", "other="),
    ("Kestrel Group paid $2 billion for Lumora, and Zentrix, a rival insurer, for $1.5 "
     "billion.", None, "target=Zentrix"),
    ("Kestrel Group will buy Lumora's gas fields in Norway for $1 billion.",
     "acquisition 1000000000 acquirer=Kestrel Group seller=Lumora", "contract"),
    ("Lumora Systems raised $50 million from Orbital on Tuesday. Existing investors, including "
     "Kestrel Capital, declined to participate.",
     "funding_round 50000000 investee=Lumora Systems investor=Orbital", "investor=Kestrel"),
    ("Orbital's recently acquired shares of Lumora rose 10% on Tuesday.", None, "acquisition"),
    ("The Justice Department sued Lumora Systems on Tuesday after a two-year investigation "
     "into its pricing.", "lawsuit defendant=Lumora Systems plaintiff=U.S. Department of Justice",
     "plaintiff=Lumora"),
    ("The SEC's probe into Lumora Systems ended with a $5 million settlement.",
     "lawsuit defendant=Lumora Systems plaintiff=U.S. Securities and Exchange Commission",
     "plaintiff=Lumora"),
    # "Bloomberg estime sa nouvelle valeur à 2 milliards $": the company's valuation, not
    # the outlet's; "la valeur ajoutée" and a share's value are none
    (
        "Lumora AI a levé 385 millions. Quelle est désormais la valorisation de Lumora AI ? "
        "Impossible à dire. Cependant, l’agence Bloomberg estime sa nouvelle valeur à 2 "
        "milliards $.",
        "valuation 2000000000 Lumora AI",
        "Bloomberg",
    ),
    # a Reuters ticker between the possessor and its offer
    (
        "(Reuters) - Lumora Inc <LUMQ.N> reiterated on Sunday its rejection of Orbital "
        "Corp's <ORB.N> $33.5 billion cash-and-stock offer for Lumora.",
        "bid 33500000000 bidder=Orbital Corp target=Lumora Inc",
        "bidder=Lumora",
    ),
    # a roundup heading with a note after its number
    (
        "May was a big month to raise.\n3. (tied) Lumora AI, $1B, artificial intelligence: "
        "The data-labeling startup raised money from Orbital Ventures.",
        "funding_round 1000000000 investee=Lumora AI investor=Orbital Ventures",
        "investee=May",
    ),
    # "respectively" after a first clause with its own company and sum
    (
        "Fellow startup Orbital raised $100 million last month while the likes of Lumora.ai "
        "and Kestrel Audio raised $40 million and $7 million respectively.",
        "funding_round 7000000 investee=Kestrel Audio",
        "7000000 investee=Kestrel Audio investee=Lumora",
    ),
    # "X's recently acquired firm Y": X bought Y (not the one suing X)
    (
        "Chip technology firm Orbital Ltd said on Wednesday it has sued Kestrel Inc and "
        "Kestrel’s recently acquired chip design firm Lumora Inc for breach of license "
        "agreements.",
        "acquisition None acquirer=Kestrel Inc target=Lumora Inc",
        "acquirer=Orbital",
    ),
    # an acronym for the last words of a name ("The Dutch Data Protection Authority
    # (DPA)") is that name; a conversion's ";" in parentheses cuts no clause
    (
        "The ride-hailing app, Lumora, has been hit with a €290m (£246m; $324m) fine for "
        "transferring the personal data of European drivers to US servers in violation of "
        "EU rules, the Dutch data protection regulator said on Monday. The Dutch Data "
        "Protection Authority (DPA) said the transfers were a serious violation.",
        "lawsuit defendant=Lumora plaintiff=Dutch Data Protection Authority",
        "defendant=European Union",
    ),
    (
        "The Dutch Data Protection Authority (DPA) said so. The DPA fined Lumora Systems "
        "€10m.",
        "lawsuit defendant=Lumora Systems plaintiff=Dutch Data Protection Authority",
        "plaintiff=DPA",
    ),
    # existing investors "including" A and B who are to participate join the round
    (
        "Lumora Systems is discussing to raise $10 billion. Existing investors, including "
        "Orbital Capital, Kestrel Ventures and Zentrix Partners are in talks to participate "
        "in the deal, the report said.",
        "funding_round 10000000000 investee=Lumora Systems investor=Kestrel Ventures "
        "investor=Orbital Capital investor=Zentrix Partners",
        "investee=Orbital",
    ),
    # "could value the artificial intelligence startup at": the one raising; "The AI
    # startup" later is that one again (not the company the sentence before names)
    (
        "Elon Musk's Lumora is discussing to raise $10 billion that could value the "
        "artificial intelligence startup at about $75 billion. Earlier this week, a "
        "consortium made an offer of $97.4 billion to buy the nonprofit that controls "
        "Orbital. The AI startup raised $6 billion in series B funding announced last year.",
        "funding_round 6000000000 investee=Lumora",
        "investee=Orbital",
    ),
    # goods bought from their maker, named with a possessive: a supply contract
    (
        "The deal is more complicated than Orbital simply buying Lumora's AI GPUs.",
        "contract None client=Orbital contractor=Lumora",
        "target=Lumora",
    ),
    # the price told first between commas, then the company bought
    (
        "L'accord prévoit que le milliardaire tchèque Jan Novak rachète, pour deux milliards "
        "d’euros, Lumora Foundations, la branche d’Orbital dédiée à ses activités.",
        "acquisition 2000000000 acquirer=Jan Novak target=Lumora Foundations",
        "target=Orbital",
    ),
    # a second target past ", and", described, with its own price
    (
        "This move follows Orbital Capital’s recent acquisition of Lumora, another "
        "cybersecurity firm, for $6.9 billion, and Kestrel, an enterprise software company, "
        "for $10.7 billion in March.",
        "acquisition 10700000000 acquirer=Orbital Capital target=Kestrel",
        "target=Kestrel target=Lumora",
    ),
    # spin-offs: the new company and the parent that lets it go
    (
        "Lumora completed its spin-off from Orbital Business Machines and has started "
        "trading on the New York Stock Exchange.",
        "other None host=New York Stock Exchange other=Lumora seller=Orbital Business Machines",
        "investee=",
    ),
    (
        "Orbital Systems spun off its cloud unit Lumora Cloud in 2021.",
        "other None other=Lumora Cloud seller=Orbital Systems",
        "seller=Lumora",
    ),
    (
        "The spin-off of Lumora Cloud from Orbital Systems was completed.",
        "other None other=Lumora Cloud seller=Orbital Systems",
        "seller=Lumora",
    ),
    # "X, a spin-off of Y," describes X: no deal, and Y raises nothing
    (
        "Orbital Systems, a spin-off of Lumora Labs, raised $5 million.",
        "funding_round 5000000 investee=Orbital Systems",
        "Lumora Labs",
    ),
    # "after the $105 million raised in a seed round": an earlier round of the subject
    (
        "Lumora AI tient son rang de pépite nationale avec une levée de fonds de 385 "
        "millions $ pour sa Série A, après les 105 millions € récoltés sur un tour "
        "d’amorçage au printemps dernier.",
        "funding_round 105000000 investee=Lumora AI",
        "investee=Lumora AI investor",
    ),
    (
        "Lumora raised $385 million in a Series A, after the $105 million raised in a seed "
        "round last spring.",
        "funding_round 105000000 investee=Lumora",
        "funding_round 105000000 investee=Lumora investor",
    ),
    # "cette levée intègre la participation de ... dont X, Y": the round told sentences
    # before (its first round, not the earlier one); partners listed are no partnership
    (
        "Lumora AI annonce une levée de fonds de 385 millions $, après les 105 millions € "
        "récoltés sur un tour d’amorçage. Quelle est sa valorisation ? Impossible à dire. "
        "Bloomberg l'estime à 2 milliards $. Qui trouve-t-on au capital ? Outre les fonds "
        "déjà présents Orbital Ventures et Kestrel Capital, « cette levée intègre également "
        "la participation de plusieurs partenaires stratégiques dont Zentrix, Brindle et "
        "Castellan.",
        "funding_round 385000000 investee=Lumora AI investor=Brindle investor=Castellan "
        "investor=Zentrix",
        "partner=",
    ),
    # a roundup's heading gives the round its company; the investors told in the next
    # sentence join it, however the drafts were found
    (
        "May was a big month to raise.\n1. Lumora, $6B, artificial intelligence: Elon "
        "Musk’s generative AI startup, Lumora, officially announced its long-awaited "
        "fundraise — making it the second-most-valuable generative AI company in the world "
        "behind only competitor Kestrel. The $6 billion round included investment from the "
        "likes of "
        "Orbital Equity Partners, Kestrel Capital and Zentrix Ventures, among others.",
        "funding_round 6000000000 investee=Lumora investor=Kestrel Capital investor=Orbital "
        "Equity Partners investor=Zentrix Ventures",
        "investee=Kestrel",
    ),
    # a cloud deal with the one the article calls a cloud provider: it hosts
    (
        "AI cloud provider Lumora has expanded its partnership with Orbital. Orbital struck "
        "an initial cloud deal with Lumora in March worth up to $11.9 billion.",
        "hosting 11900000000 client=Orbital host=Lumora",
        "contractor=Orbital",
    ),
    # a descriptor with four words before its noun, pointing at the one company the
    # sentence before partners with (not the one it is compared with)
    (
        "Orbital now has a multi-year partnership with French startup Lumora AI, a "
        "competitor of Kestrel. On Monday, Orbital revealed it will pump two billion euros, "
        "or about $2.1 billion, into the fast-growing open source AI vendor in the form of "
        "supercomputing infrastructure.",
        "investment 2000000000 investee=Lumora AI investor=Orbital",
        "investee=Kestrel",
    ),
    # a person speaking supplies nothing
    (
        "Lumora Digital gets a $5 billion investment from Kestrel Capital. The company's "
        "chief executive, Wes Okafor, said the deal provides the company with enough equity "
        "to construct data centers.",
        "investment 5000000000 investee=Lumora Digital investor=Kestrel Capital",
        "contractor=Wes Okafor",
    ),
    # a relative clause between dashes belongs to the name before it and ends at the
    # second dash; "per the Financial Times" is a source; "the company" after the verb
    # is the one invested in, not the investor
    (
        "Orbital previously invested $400 million in Lumora — which had raised $1.1 "
        "billion before this latest round — and took a 10% stake, per the Financial Times, "
        "and has a cloud deal with the company as well.",
        "partnership None partner=Lumora partner=Orbital",
        "investee=Orbital",
    ),
    (
        "Orbital previously invested $400 million in Lumora — which had raised $1.1 "
        "billion before this latest round.",
        "funding_round 1100000000 investee=Lumora",
        "partner=Financial Times",
    ),
    # "is pouring billions into"
    (
        "Orbital Systems is pouring billions into Lumora and is working to incorporate its "
        "chatbot into its search engine.",
        "investment None investee=Lumora investor=Orbital Systems",
        "investee=Orbital",
    ),
    # a court upholding a fine: the authority's fine, and the fined company's appeal
    # against it (the court is no plaintiff)
    (
        "Le Conseil d'Etat a validé le 28 janvier 2022 l'amende de 100 millions d'euros "
        "infligée à Lumora Systems par la Commission nationale de l'informatique et des "
        "libertés (Cnil) pour des violations.",
        "lawsuit defendant=CNIL plaintiff=Lumora Systems",
        "plaintiff=Conseil",
    ),
    (
        "The General Court upheld the €2.4 billion fine the European Commission imposed on "
        "Lumora Systems.",
        "lawsuit defendant=European Commission plaintiff=Lumora Systems",
        "plaintiff=General Court",
    ),
    # "se voir sanctionner par la Cnil": fined by it
    (
        "C’est au tour de Lumora Logistique de se voir sanctionner financièrement par la "
        "Cnil à hauteur de 32 millions d’euros.",
        "lawsuit defendant=Lumora Logistique plaintiff=Cnil",
        "defendant=Cnil",
    ),
    # "The lawsuit, led by X," five sentences after the settlement of a suit naming
    # no plaintiff: X brought that suit
    (
        "Lumora has agreed to pay $350 million to settle a shareholder lawsuit over a "
        "security flaw. A preliminary settlement was filed late Monday in federal court. "
        "It addresses claims that Lumora hid the issue for months. Shareholders said "
        "Lumora was concerned. According to the complaint, the stock price fell. The "
        "lawsuit, led by Rhode Island Treasurer Jane Okafor on behalf of a state pension "
        "fund, covers Lumora shareholders.",
        "lawsuit defendant=Lumora plaintiff=Jane Okafor",
        "plaintiff=Lumora",
    ),
    # the list after "brought by" ends before the one the suit accuses
    (
        "The class action, brought by Jane Okafor, accuses Lumora of overcharging.",
        "lawsuit defendant=Lumora plaintiff=Jane Okafor",
        "plaintiff=Lumora",
    ),
    # a coming "public offering", and the money the company plans to raise two sentences
    # later: the listing's, no round
    (
        "Lumora’s public offering is looming—and there could be a lot riding on this IPO. "
        "Earlier this week, Lumora announced it would price its shares between $47-51 per "
        "share. That means the chipmaker is planning to raise up to about $4.9 billion.",
        "other 4900000000 other=Lumora",
        "funding_round",
    ),
    # the name between a price and "paid to take ... private" pays it
    (
        "This isn’t the valuation Lumora was aiming for, but it would still be much more "
        "than the $32 billion Orbital paid to take Lumora private six years ago.",
        "acquisition 32000000000 acquirer=Orbital target=Lumora",
        "acquirer=Lumora",
    ),
    # "scooping up $735 million worth of X’s shares": a stake
    (
        "Companies like Orbital or Kestrel have expressed interest in scooping up $735 "
        "million worth of Lumora’s shares.",
        "investment 735000000 investee=Lumora investor=Kestrel investor=Orbital",
        "acquisition",
    ),
    # a roundup's possessors: several words between the owner and its purchase, and a
    # group "led" by a firm buying (not a second target of the deal before)
    (
        "Notable deals included Orbital’s pending $35 billion acquisition of Lumora, Kestrel "
        "Networks’ pending and recently challenged $14 billion acquisition of Zentrix, "
        "Brindle’s pending $6.4 billion acquisition of Castellan and a Halden-led "
        "consortium’s $6.9 billion take-private acquisition of Norcom.",
        "acquisition 14000000000 acquirer=Kestrel Networks target=Zentrix",
        "target=Halden",
    ),
    (
        "Notable deals included Orbital’s pending $35 billion acquisition of Lumora and a "
        "Halden-led consortium’s $6.9 billion take-private acquisition of Norcom.",
        "acquisition 6900000000 acquirer=Halden target=Norcom",
        "acquirer=Orbital target=Norcom",
    ),
    # "The takeover was initially valued at" sentences after the purchase: its price,
    # no valuation of a company
    (
        "Orbital Systems is abandoning its plans to purchase the robot maker Lumora following "
        "opposition from regulators. The European Commission saw a risk. The cancellation "
        "has consequences for Lumora. The company said a third of its staff will go. The "
        "takeover was initially valued at $1.7 billion when it was announced in August 2022.",
        "acquisition 1700000000 acquirer=Orbital Systems target=Lumora",
        "valuation",
    ),
    # the same sum years apart, the second dated in an opening phrase: two deals
    (
        "Lumora raised $10 million in 2021. In 2023, Kestrel invested $10 million in Lumora.",
        "investment 10000000 investee=Lumora investor=Kestrel",
        "funding_round 10000000 investee=Lumora investor=Kestrel",
    ),
    # a round co-led "for" a company told with its description, "with" the co-lead
    (
        "Orbital Capital co-led a $600m series D round for UK-based surgical robotics "
        "developer Lumora Systems with healthcare investment group Brindle Partners.",
        "funding_round 600000000 investee=Lumora Systems investor=Brindle Partners "
        "investor=Orbital Capital",
        "investee=Orbital",
    ),
    # investors named in the next sentence: "Other backers are A, B and Ireland's C"
    (
        "Lumora Systems raised $600 million in a Series H funding round. Other backers are "
        "Orbital Capital, Brindle Partners and Ireland’s Kestrel Treasury Agency.",
        "funding_round 600000000 investee=Lumora Systems investor=Brindle Partners "
        "investor=Kestrel Treasury Agency investor=Orbital Capital",
        "investee=Orbital",
    ),
    # a fund's number ends no list: "led by X's Growth Fund III, Y and Z"
    (
        "Lumora Systems has raised $80 million. The funding was led by Orbital Capital’s "
        "Orbital Growth Fund III, Brindle Partners and Kestrel Fund.",
        "funding_round 80000000 investee=Lumora Systems investor=Brindle Partners "
        "investor=Kestrel Fund investor=Orbital Growth Fund III",
        "investee=Orbital",
    ),
    # "offers" with no price nor purchase right after it: no bid
    (
        "The combination offers some much-needed closure for Orbital parent Brindle "
        "Holdings AG and Japan's Kestrel Group Corp., Lumora's majority shareholder.",
        None,
        "target=",
    ),
    # "respectively": the n-th company has the n-th amount
    (
        "Orbital Systems, spécialiste de la mobilité hydrogène, et Lumora Systems, logiciel "
        "de planification financière, ont respectivement levé 200 millions et 135 millions "
        "d'euros.",
        "funding_round 200000000 investee=Orbital Systems",
        "135000000 investee=Orbital",
    ),
    (
        "Orbital Systems and Lumora Systems raised $200 million and $135 million, respectively.",
        "funding_round 135000000 investee=Lumora Systems",
        "200000000 investee=Lumora",
    ),
    # a contract's client: the one it serves ("to modernise X's network"), the one
    # awarding it ("was awarded ... by X", "X awarded Y a contract")
    (
        "Orbital Systems won a $14 billion contract to modernise Lumora Telecom's wireless "
        "network.",
        "contract 14000000000 client=Lumora Telecom contractor=Orbital Systems",
        "client=Orbital",
    ),
    (
        "Orbital Systems was awarded a $450 million contract by Lumora Systems.",
        "contract 450000000 client=Lumora Systems contractor=Orbital Systems",
        "client=Orbital",
    ),
    (
        "Lumora Systems awarded Orbital Systems a $3 billion contract.",
        "contract 3000000000 client=Lumora Systems contractor=Orbital Systems",
        "client=Orbital",
    ),
    # "an appeal by X against a fine imposed by Y": X appeals against Y, and Y's fine
    (
        "A court adviser said the court should dismiss an appeal by Lumora Systems against "
        "a fine of €4.1 billion imposed by the European Commission.",
        "lawsuit defendant=European Commission plaintiff=Lumora Systems",
        "plaintiff=European Union",
    ),
    (
        "A court adviser said the court should dismiss an appeal by Lumora Systems against "
        "a fine of €4.1 billion imposed by the European Commission.",
        "lawsuit defendant=Lumora Systems plaintiff=European Commission",
        "plaintiff=European Union",
    ),
    # fines "infligées aux groupes X et Y" with the authority in the sentence before
    (
        "Le 23 avril, la Commission européenne a adopté ses premières décisions de sanction. "
        "Des amendes de 500 millions d'euros et de 200 millions d'euros respectivement ont été "
        "infligées aux groupes technologiques américains Lumora Systems et Orbital Systems pour "
        "diverses infractions aux règles.",
        "lawsuit defendant=Orbital Systems plaintiff=European Commission",
        "plaintiff=Orbital",
    ),
    # a company named lowercase alone on a line (a tag, a logo) is still a company
    (
        "Lumobrain rachète Teads pour 1 milliard de dollars\n\nlumobrain\n\nLe PDG de "
        "Lumobrain, David Kostman, deviendra le PDG. Teads et Lumobrain vont fusionner.",
        "acquisition 1000000000 acquirer=Lumobrain target=Teads",
        "acquirer=Teads",
    ),
    # "la néerlandaise X, rachetée pour 100 millions": X is bought
    (
        "Puis, sur la néerlandaise Lumora Systems, rachetée pour 100 millions d’euros.",
        "acquisition 100000000 target=Lumora Systems",
        "acquirer=Lumora",
    ),
    # "The $14.7bn deal, ..., was announced in July": the price of the deal told three
    # sentences before
    (
        "Orbital’s acquisition of contact centre provider Lumora Systems has been terminated "
        "by mutual agreement. At a special meeting of Lumora shareholders held yesterday, the "
        "transaction did not receive sufficient support. This gave both companies the option "
        "to exit the agreement, which they did. The $14.7bn deal, to be paid entirely in "
        "stock, was announced in July.",
        "acquisition 14700000000 acquirer=Orbital target=Lumora Systems",
        "acquirer=Lumora",
    ),
    # a roundup headline's clauses run on commas: "Digest: ..., X gets $86 million in
    # Series C round, Y acquires Z"; "Apple, Qualcomm settle" stays one list
    (
        "Startup Digest: Orbital and Brindle turn unicorn, Lumoria gets $86 million in Series "
        "C round, Kestrelia acquires Airlearn\n\nThe fintech Lumoria said on Friday that "
        "Kestrelia, an edtech firm, had bought Airlearn, a language app.",
        "funding_round 86000000 investee=Lumoria",
        "Startup Digest",
    ),
    (
        "Startup Digest: Orbital and Brindle turn unicorn, Lumoria gets $86 million in Series "
        "C round, Kestrelia acquires Airlearn\n\nThe fintech Lumoria said on Friday that "
        "Kestrelia, an edtech firm, had bought Airlearn, a language app.",
        "acquisition None acquirer=Kestrelia target=Airlearn",
        "Startup Digest",
    ),
    # "a participé à la dernière augmentation de capital de X": X's round; "cela
    # valoriserait X à 260 millions d'euros": a valuation, even in the conditional
    (
        "Le géant de l’électronique Orbital Systems a participé à la dernière augmentation "
        "de capital de Lumora, la start-up française.",
        "funding_round None investee=Lumora investor=Orbital Systems",
        "investee=Orbital",
    ),
    (
        "Selon les documents, Orbital Systems investit 2,6 millions d’euros et cela "
        "valoriserait Lumora Systems à 260 millions d'euros.",
        "valuation 260000000 Lumora Systems",
        "investee=Orbital",
    ),
    # a capital increase paying for a purchase is no round of the lender
    (
        "L’opération sera financée par un prêt de 800 millions d’euros accordé par Orbital "
        "Bank et par une augmentation de capital d’environ 350 M€ à laquelle participera "
        "Lumora Capital.",
        None,
        "investee=",
    ),
    # complainants: "qui avaient saisi l'autorité française ... contre X"; "une plainte de
    # l'ONG britannique X" (an NGO is a kind, not a name); the case they opened is the
    # one decided, with its fine
    (
        "L'Orbital Alliance et le Brindle Syndicat avaient saisi l'autorité française en "
        "octobre 2020 contre Lumora Systems pour abus de position dominante.",
        "lawsuit defendant=Lumora Systems plaintiff=Brindle Syndicat plaintiff=Orbital Alliance",
        "plaintiff=Lumora",
    ),
    (
        "La CNIL a infligé une amende de 40 millions d'euros à Lumora Systems. À la fin de "
        "l’année 2018, la CNIL a reçu une plainte de l’ONG britannique Orbital International.",
        "lawsuit defendant=Lumora Systems plaintiff=CNIL plaintiff=Orbital International",
        "ONG",
    ),
    # a unit or a site sold is no company: "sell Nand memory business to X", "selling off
    # its Dalian factory"; "the Arriver business" is a unit's own name
    (
        "Orbital to sell Nand memory business to Lumora Systems for $9bn",
        "acquisition 9000000000 acquirer=Lumora Systems seller=Orbital",
        "target=Nand",
    ),
    (
        "Orbital Systems said Brindle Partners would sell the Kestrel business to Lumora Systems.",
        "acquisition None acquirer=Lumora Systems seller=Brindle Partners target=Kestrel",
        "target=Lumora",
    ),
    # "as noted by the New York Times": a source, no partner
    (
        "Starfall, as noted by the New York Times, is the brand name for Orbital’s memory "
        "technology, which was developed in collaboration with Lumora Systems.",
        None,
        "New York Times",
    ),
    # "Lumora, the Orbital- and Brindle-backed carmaker,": both back the apposed name
    (
        "Lumora Motors, the Orbital Capital- and Brindle Partners-backed electric vehicle "
        "company, started its initial public offering on the Nasdaq.",
        "investment None investee=Lumora Motors investor=Brindle Partners investor=Orbital Capital",
        "investee=Orbital",
    ),
    # a joint venture named is a company its founders invest in; one told again is none
    (
        "Orbital and Lumora announced on June 5 plans to establish the Brindle joint venture "
        "in Singapore to build a wafer fab with a total investment of $7.8 billion.",
        "investment 7800000000 investee=Brindle investor=Lumora investor=Orbital",
        "partner=",
    ),
    (
        "Orbital Systems et Lumora Systems ont créé une coentreprise baptisée Brindle Cloud.",
        "investment None investee=Brindle Cloud investor=Lumora Systems investor=Orbital Systems",
        "partner=",
    ),
    (
        "“We thank the agencies for moving with speed to support the Brindle Cloud joint "
        "venture project,” said Lumora President and CEO Jane Doe.",
        None,
        "Jane Doe",
    ),
    # "faire appel de sa condamnation par la Cnil ... à une amende": the appeal and the fine
    (
        "Lumora Systems a annoncé vendredi faire appel de sa condamnation par la Cnil, le "
        "gendarme français de la vie privée, à une amende de 32 millions d'euros.",
        "lawsuit defendant=Cnil plaintiff=Lumora Systems",
        "plaintiff=Lumora Systems defendant=Lumora",
    ),
    (
        "Lumora Systems a annoncé vendredi faire appel de sa condamnation par la Cnil, le "
        "gendarme français de la vie privée, à une amende de 32 millions d'euros.",
        "lawsuit defendant=Lumora Systems plaintiff=Cnil",
        "plaintiff=Lumora Systems defendant=Lumora",
    ),
    # complainants are named with their complaint, not in a clause after it
    (
        "La Cnil a infligé une amende de 32 millions d'euros à Lumora Systems. La Cnil avait "
        "ouvert une procédure en 2019 à la suite de plaintes de salariés et avait conclu "
        "qu'Orbital Logistique avait mis en place un système intrusif.",
        "lawsuit defendant=Lumora Systems plaintiff=Cnil",
        "plaintiff=Orbital",
    ),
    # "The Cambridge-based company": the one the article called "Cambridge-based" before
    (
        "Jane Doe, CEO of Cambridge-based Lumora Systems, spoke in London.\n\nIt has been "
        "one blow after another for the Orbital Exchange, this time a private equity deal for "
        "the cybersecurity firm Lumora Systems.\n\nThe Cambridge-based company "
        "agreed to be bought by the American Brindle Capital in a deal worth £4.3 billion.",
        "acquisition 4300000000 acquirer=Brindle Capital target=Lumora Systems",
        "target=Orbital",
    ),
    # a roundup's clauses on commas: "X vendu à Y pour ..., Z cédé ... à W, V acquis par U"
    (
        "Lumoria vendu à Orbital pour 300 millions de dollars, Brindle Labs cédé pour la même "
        "somme à son ancien rival américain Kestrel Motors, Compte Lumo acquis par Banque "
        "Orbitale pour 200 millions d'euros.",
        "acquisition None acquirer=Kestrel Motors target=Brindle Labs",
        "acquirer=Orbital acquirer=Kestrel",
    ),
    (
        "Lumoria vendu à Orbital pour 300 millions de dollars, Brindle Labs cédé pour la même "
        "somme à son ancien rival américain Kestrel Motors, Compte Lumo acquis par Banque "
        "Orbitale pour 200 millions d'euros.",
        "acquisition 200000000 acquirer=Banque Orbitale target=Compte Lumo",
        "acquirer=Orbital acquirer=Kestrel",
    ),
    # a roundup item's label ("Money in the bank:", "Security M&As:") names no company,
    # and a first word modifying "startup" before the name is no company either
    (
        "Plus, Orbital Fund should soon have more capital to invest.\nMoney in the bank: "
        "Lumoria, a Bengaluru-based provider of banking software, is now valued at $2 billion "
        "after raising $50 million from a strategic investor.",
        "funding_round 50000000 investee=Lumoria",
        "investee=Orbital",
    ),
    (
        "Forestation: Carbon removal startup Chestnut Lumora closed a $160 million Series B "
        "round of financing to turn old farms into forests.",
        "funding_round 160000000 investee=Chestnut Lumora",
        "investee=Carbon",
    ),
    (
        "In the photography space alone, I covered two: Orbital bought cinematic camera "
        "company Lumora Systems.",
        "acquisition None acquirer=Orbital target=Lumora Systems",
        "target=Orbital",
    ),
    # French roundups name rounds by their amounts: "les 59 millions d'euros du champion
    # du e-commerce X, les 50 millions de l'assurtech Y et de la medtech Z"
    (
        "La French Tech a continué à engendrer de grosses levées de fonds, comme en "
        "témoignent les 59 millions d'euros du champion du e-commerce Lumora Systems, les 50 "
        "millions de l'assurtech Orbital Labs et de la medtech Brindle Bio.",
        "funding_round 50000000 investee=Brindle Bio",
        "investee=Lumora Systems investee=",
    ),
    (
        "La French Tech a continué à engendrer de grosses levées de fonds, comme en "
        "témoignent les 59 millions d'euros du champion du e-commerce Lumora Systems, les 50 "
        "millions de l'assurtech Orbital Labs et de la medtech Brindle Bio.",
        "funding_round 59000000 investee=Lumora Systems",
        "investee=Lumora Systems investee=",
    ),
    # "A and B announced that the waiting period for their proposed $7.4 billion merger
    # has expired": the pair that opens the sentence merges
    (
        "Orbital Energy (ORB) and Lumora Energy (LUM) announced that the HSR waiting period "
        "for their proposed $7.4 billion merger has expired.",
        "merger 7400000000 partner=Lumora Energy partner=Orbital Energy",
        "HSR",
    ),
    # a licence agreement is a contract: "un accord mondial de licences croisées avec X"
    (
        "Orbital a annoncé aujourd’hui avoir signé un accord mondial de licences croisées avec "
        "Lumora Systems pour l’utilisation de brevets 5G.",
        "contract None client=Lumora Systems contractor=Orbital",
        "partner=",
    ),
    # "contracts were awarded to A, B and C": the winners; the speaker awards them
    (
        "The Lumora Agency announced that up to $9 billion worth of cloud-computing contracts "
        "were awarded to Orbital, Brindle Systems and Kestrel Cloud.",
        "contract 9000000000 client=Lumora Agency contractor=Brindle Systems "
        "contractor=Kestrel Cloud contractor=Orbital",
        "contractor=Lumora",
    ),
    # "raised $6 billion ..., bringing the total amount raised to $12 billion": the
    # round is the first amount, the total none
    (
        "Lumora Systems has raised $6 billion in its latest funding round, bringing the total "
        "amount raised to $12 billion.",
        "funding_round 6000000000 investee=Lumora Systems",
        "12000000000",
    ),
    # a Series B and the Series A told after it are two rounds
    (
        "Lumora Systems announced that it secured $58 million in a Series B funding round led "
        "by Orbital Ventures. The raise comes five months after New York-based Lumora "
        "Systems’s Series A and brings total funding to $88.5 million.",
        "funding_round None investee=Lumora Systems",
        "88500000",
    ),
    # "X's AI company, Y, has raised": Y raises, not its owner
    (
        "Orbital’s AI company, Lumora Systems, has raised $6 billion in its latest funding round.",
        "funding_round 6000000000 investee=Lumora Systems",
        "investee=Orbital",
    ),
    # misfires a review of the third round's rules found, each fixed
    (
        "Separately, Google parent Alphabet invested $100 million in Lumora Systems.",
        "investment 100000000 investee=Lumora Systems investor=Alphabet",
        "investor=Google",
    ),
    (
        "In the US, Orbital Capital subsidiary Lumora Systems acquired Brindle Partners for "
        "$90 million.",
        "acquisition 90000000 acquirer=Lumora Systems target=Brindle Partners",
        "acquirer=Orbital",
    ),
    (
        "Orbital a racheté Lumora, cédé Brindle à Acme et fermé deux usines.",
        "acquisition None acquirer=Acme seller=Orbital target=Brindle",
        "target=Orbital",
    ),
    (
        "Lumora Systems: The analytics startup raised $40 million in a Series B round led by "
        "Orbital Capital.",
        "funding_round 40000000 investee=Lumora Systems investor=Orbital Capital",
        "investee=Orbital",
    ),
    (
        "Orbital acquires data analytics firm Lumora for $120 million.",
        "acquisition 120000000 acquirer=Orbital target=Lumora",
        "acquirer=Lumora",
    ),
    (
        "Société Générale a acquis la fintech Lumora pour 100 millions d'euros.",
        "acquisition 100000000 acquirer=Société Générale target=Lumora",
        "acquirer=Générale",
    ),
    (
        "Lumora Systems reports that it raised $20 million in a Series A round led by Orbital "
        "Capital.",
        "funding_round 20000000 investee=Lumora Systems investor=Orbital Capital",
        "investee=Orbital",
    ),
    (
        "Le rapport évoque les 20 millions d'euros de chiffre d'affaires de Brindle Systems "
        "dans ses levées de fonds.",
        None,
        "investee=Brindle",
    ),
    (
        "Brindle Partners, which lost the bid, said that the $2 billion contract was awarded "
        "to Lumora Systems.",
        "contract 2000000000 contractor=Lumora Systems",
        "client=Brindle",
    ),
    (
        "Orbital Capital agreed to buy Lumora Systems and its consumer business for $2 billion.",
        "acquisition 2000000000 acquirer=Orbital Capital target=Lumora Systems",
        "target=Orbital",
    ),
    (
        "Orbital, qui détient déjà 20 % de Lumora, a lancé une offre de 300 millions d'euros "
        "sur le reste du capital.",
        "bid 300000000 bidder=Orbital",
        "investment",
    ),
    (
        "Lumora Systems, a San Francisco-based startup, was acquired by San Francisco-based "
        "Orbital Capital in 2020. The San Francisco-based startup had raised $20 million.",
        "funding_round 20000000 investee=Lumora Systems",
        "investee=Orbital",
    ),
    # a headline's passive without "was": "Apple sued by Caltech"
    (
        "Lumora Systems sued by Orbital Capital over Wi-Fi patents, The Daily Ledger "
        "(May 30, 2016)",
        "lawsuit defendant=Lumora Systems plaintiff=Orbital Capital",
        "plaintiff=Lumora",
    ),
    # who reports the news is no party: "Foss Patents reports that the countersuit"
    (
        "Orbital Systems sued Lumora Systems in Texas. Brindle Notes reports that the suit "
        "alleges that Lumora infringes on three patents owned by Orbital Systems.",
        "lawsuit defendant=Lumora Systems plaintiff=Orbital Systems",
        "Brindle",
    ),
    # a consortium's members bid: "an offer from a consortium, which the WSJ reports
    # included X, Y and Z"
    (
        "Lumora Systems said it rejected an unsolicited $16 billion takeover offer from a "
        "private equity consortium, which the Daily Ledger reports included Orbital Capital, "
        "Brindle Partners and Kestrel Group.",
        "bid 16000000000 bidder=Brindle Partners bidder=Kestrel Group bidder=Orbital Capital "
        "target=Lumora Systems",
        "Ledger",
    ),
    # "une offre de rachat de 2 milliards d'euros de la part d'X": X offers, the
    # subject who received it is the target
    (
        "Lumora Systems a reçu une offre de rachat de 2 milliards d'euros de la part "
        "d'Orbital Capital.",
        "bid 2000000000 bidder=Orbital Capital target=Lumora Systems",
        "bidder=Lumora",
    ),
    # Australian press: "$US68.7 billion ($95 billion)" is in US dollars, the
    # parenthesis its conversion
    (
        "Orbital Systems announced on Tuesday it was buying Lumora Systems in a $US68.7 "
        "billion ($95 billion) deal.",
        "acquisition 68700000000 acquirer=Orbital Systems target=Lumora Systems",
        "95000000000",
    ),
    # a penalty in rupees is priced: "imposed a penalty of Rs 936 crore on X"
    (
        "The Competition Council of Veldania on Tuesday imposed a penalty of Rs 936.44 crore "
        "on Lumora for abusing its dominant position.",
        "lawsuit defendant=Lumora plaintiff=Competition Council of Veldania",
        "plaintiff=Lumora",
    ),
    # "pay" buys only with a price paid: "paid $1.9 billion for X", not "pay dearly for"
    (
        "Orbital said smaller companies pay dearly for Lumora violations.",
        None,
        "Lumora",
    ),
    (
        "Orbital’s €200 million fine addresses its “pay or consent” model implemented for "
        "Lumora and Brindle in 2023.",
        None,
        "target=",
    ),
    (
        "Orbital Systems paid $1.9 billion for Lumora in 2021.",
        "acquisition 1900000000 acquirer=Orbital Systems target=Lumora",
        "target=Orbital",
    ),
    # French rounds: "avoir mobilisé 200 millions $", "avec un financement de 51 millions $"
    (
        "La fintech Lumora fait l'actualité pour avoir mobilisé 200 millions $ dans le cadre "
        "d'un financement dit de série A.",
        "funding_round 200000000 investee=Lumora",
        "investor=Lumora",
    ),
    (
        "C'est Lumora qui détenait le record, avec un financement de 51 millions $ annoncé "
        "le 1er janvier 2012.",
        "funding_round 51000000 investee=Lumora",
        "investor=Lumora",
    ),
    # a newsletter's flags between a name and its verb, between investors
    (
        "Trebolia 🇨🇴 raised a $3 Million Seed round led by Canaan Partners 🇺🇸 and Better "
        "Tomorrow Ventures 🇺🇸 with funding from Lumora Capital 🇺🇸.",
        "funding_round 3000000 investee=Trebolia investor=Better Tomorrow Ventures "
        "investor=Canaan Partners investor=Lumora Capital",
        "investee=Canaan",
    ),
    # investors of a round named two and three sentences on, in two lists
    (
        "Lumora announced on Wednesday that it had raised over $6.5 billion in Series I "
        "funding. Lumora noted that it does not need this capital to run its business. The "
        "latest raise is from existing investors, venture capital giants Orbital Capital and "
        "Brindle Partners. New investors in the round include Quarn Holdings and Temasek.",
        "funding_round 6500000000 investee=Lumora investor=Brindle Partners "
        "investor=Orbital Capital investor=Quarn Holdings investor=Temasek",
        "investee=Orbital",
    ),
    # the lead investor named in a sentence that also tells others' rounds
    (
        "Lumora a annoncé mercredi avoir finalisé un tour de table de 40 millions d'euros. "
        "Si le montant reste inférieur aux levées de fonds de Brindle (72 millions d'euros) "
        "ou de Quarn (70 millions), l'opération se distingue par l'identité de son "
        "investisseur principal : le géant chinois Tencent.",
        "funding_round 40000000 investee=Lumora investor=Tencent",
        "investee=Tencent",
    ),
    # a purchase and "the merger" of its two sides are one deal: the purchase's
    # sides, the merger's amount
    (
        "The regulator cleared Orbital Systems’s acquisition of British rival Lumora, saying "
        "the market would remain competitive after the $8.6 billion merger of the two firms.",
        "acquisition 8600000000 acquirer=Orbital Systems target=Lumora",
        "partner=",
    ),
    # a name after a comma and before "reports" is the source, not one more target
    (
        "Today Orbital Systems announced that it is continuing with its purchase of Lumora, "
        "Reuters reports.",
        "acquisition None acquirer=Orbital Systems target=Lumora",
        "Reuters",
    ),
    # the company that agrees to "a recommended acquisition by Y" is bought, and "the
    # offer price values X at" prices the purchase
    (
        "Lumora Semiconductor Plc announced Monday that it has reached agreement on the terms "
        "of a recommended acquisition by Orbital Electronics Corp., a Japanese supplier of "
        "chips, for 67.50 euros in cash per share. The offer price values Lumora at "
        "approximately 4.886 billion euros.",
        "acquisition 4886000000 acquirer=Orbital Electronics Corp target=Lumora Semiconductor Plc",
        "target=Orbital",
    ),
    # a regulator that clears "the acquisition by Y" is not bought
    (
        "The European Commission announced it has cleared the acquisition by Orbital Systems.",
        None,
        "target=European Commission",
    ),
    # "interested in bidding for X": a rumored bid
    (
        "Taiwan-based Orbital Inc. is also interested in bidding for Lumora Motion, which is "
        "also based in Taiwan, the people added.",
        "bid None bidder=Orbital Inc target=Lumora Motion",
        "bidder=Lumora",
    ),
    # "absorbait": bought, in the imperfect; "à présent" names no seller
    (
        "En novembre de l’année dernière, Orbital Systems absorbait Lumora et voici qu’à "
        "présent c’est Brindle qui tombe dans l’escarcelle du groupe français.",
        "acquisition None acquirer=Orbital Systems target=Lumora",
        "seller=Brindle",
    ),
    # a stake's size between the noun and its company; the town of the dateline,
    # written again, is no company
    (
        "DARMSTADT (dpa-AFX) - Le projet de rachat de Lumora AG pourrait donner lieu à une "
        "compétition d'offres. L'investisseur financier Orbital Capital a annoncé ce week-end "
        "une participation indirecte d'un peu plus de 10 pour cent dans l'entreprise de "
        "Darmstadt.",
        "investment None investee=Lumora AG investor=Orbital Capital",
        "Darmstadt",
    ),
    # ", so" opens another clause: the sale it names is not the purchase before it
    (
        "Reportedly, Orbital Systems paid approximately $400 million to acquire Lumora in "
        "2020, so the sale to Brindle represents a significant monetary loss.",
        "acquisition 400000000 acquirer=Orbital Systems target=Lumora",
        "acquirer=Brindle target=Lumora",
    ),
    # "similar to" names no buyer of what startups sell
    (
        "Orbital Group’s acquisition of the Lumora Institute will help the firm expand. And "
        "in 2021, investors put more than $12.2 billion into startups that sell products "
        "similar to that of Lumora’s, according to a New York Times report.",
        "acquisition None acquirer=Orbital Group target=Lumora Institute",
        "acquirer=Lumora",
    ),
    # a penalty priced anywhere in its clause; the fined after "imposée au"
    (
        "La cour d’appel de Paris a abaissé jeudi le montant de l’amende imposée au géant "
        "américain Lumora par l’Autorité de la concurrence en 2020 pour entente illicite à "
        "372 millions d’euros.",
        "lawsuit defendant=Lumora plaintiff=Autorité de la concurrence",
        "plaintiff=Lumora",
    ),
    # "a fait appel de l'amende": the fined appeals against the authority
    (
        "L'Autorité de la concurrence a infligé une amende de 1,1 milliard d'euros à Lumora. "
        "Lumora a fait appel de l'amende infligée par l'Autorité de la concurrence.",
        "lawsuit defendant=Autorité de la concurrence plaintiff=Lumora",
        "plaintiff=Brindle",
    ),
    # a fine's authority named again two sentences on ("The Commission concluded")
    (
        "The European Commission fined Orbital Systems last year. Its rules limit developers. "
        "They restrict consumers too. Developers complained. Users complained. Shops "
        "complained. Lumora Systems’s €200 million fine addresses its “pay or consent” model. "
        "Under this system, users had to pay. The Commission concluded this binary choice "
        "was not valid.",
        "lawsuit defendant=Lumora Systems plaintiff=European Commission",
        "plaintiff=Lumora",
    ),
    # an authority "saisie par" press groups: their complaint is the suit against the
    # one it fines; an agreement with the authority is no partnership
    (
        "L’Autorité de la concurrence a infligé 220 millions d’euros d’amende à Lumora, a "
        "indiqué l’Autorité de la concurrence qui avait initialement été saisie par trois "
        "groupes de presse, Orbital Media, Brindle et Quarn. Lumora a confirmé qu’il s’était "
        "mis d’accord avec l’Autorité de la concurrence sur des solutions.",
        "lawsuit defendant=Lumora plaintiff=Autorité de la concurrence plaintiff=Brindle "
        "plaintiff=Orbital Media plaintiff=Quarn",
        "partner=",
    ),
    # a company and an authority that agree on a penalty: the authority's case
    (
        "Game company Lumora Games and the US regulator FTC have agreed on a penalty of more "
        "than 500 million dollars.",
        "lawsuit defendant=Lumora Games plaintiff=Federal Trade Commission",
        "plaintiff=Lumora",
    ),
    # paying "to settle allegations": the case of the authority named next
    (
        "Lumora Games has agreed to pay 520 million US dollars to settle allegations of "
        "violations of the law. The FTC tells about this in its announcement.",
        "lawsuit defendant=Lumora Games plaintiff=Federal Trade Commission",
        "plaintiff=Lumora",
    ),
    # a verdict against two companies is one case
    (
        "The Lumora Institute of Technology said on Wednesday that it won a $1.1 billion jury "
        "verdict in a patent case against Orbital Systems and Brindle Networks.",
        "lawsuit defendant=Brindle Networks defendant=Orbital Systems "
        "plaintiff=Lumora Institute of Technology",
        "plaintiff=Orbital",
    ),
    # "seeking to overturn the fine": the fined appeals against the authority
    (
        "The European Commission fined Lumora Systems 1.49 billion euros for stifling "
        "competition. Lumora Systems is also seeking to overturn the fine in the EU courts.",
        "lawsuit defendant=European Commission plaintiff=Lumora Systems",
        "plaintiff=Orbital",
    ),
    # a mixed-case word opening a sentence is a name; "pris 20% du capital" takes a
    # stake in the company told of
    (
        "LUMORAcloud devrait faire ses premiers pas en Bourse. Orbital et Brindle Capital "
        "Partners avaient pris 20% du capital en 2016 en investissant 250 millions d'euros.",
        "investment 250000000 investee=LUMORAcloud investor=Brindle Capital Partners "
        "investor=Orbital",
        "investee=Orbital",
    ),
    # "une opération à 6 millions d'euros, bouclée auprès de X": a round and its backers
    (
        "Le spécialiste de l'IoT Lumora arrive deuxième, avec une opération à 6 millions "
        "d'euros, bouclée auprès de Bpifrance, Orbital Capital et Brindle Partners.",
        "funding_round 6000000 investee=Lumora investor=Bpifrance "
        "investor=Brindle Partners investor=Orbital Capital",
        "investee=Bpifrance",
    ),
    (
        "Orbital Systems a réalisé une opération de 6 millions d'euros pour racheter Lumora.",
        "acquisition 6000000 acquirer=Orbital Systems target=Lumora",
        "investee=",
    ),
    # an earlier attempt, dated and told as previous, is a deal of its own
    (
        "Lumora Systems is to be acquired by Orbital Capital in a deal worth $5.32 billion. "
        "Orbital Capital had previously approached Lumora Systems about a possible "
        "acquisition in 2022, but talks at the time did not result in an offer.",
        "bid None bidder=Orbital Capital target=Lumora Systems",
        "bidder=Lumora",
    ),
    # a part of a price per share is no deal value
    (
        "Orbital Systems had offered Lumora shareholders US$22 a share that included US$17 "
        "in cash and 0.137 Orbital shares for each Lumora share.",
        "bid None bidder=Orbital Systems target=Lumora",
        "17",
    ),
    # the total price told far after the verb, after "pour un montant total"
    (
        "La société française, qui fournit des logiciels, des machines de découpe et des "
        "services à plusieurs secteurs industriels, va acquérir la totalité des actions de "
        "Lumora Technology, spécialisé dans les logiciels et solutions d’automatisation pour "
        "les secteurs de l’habillement et de l’industrie, pour un montant total d’environ 300 "
        "millions d’euros.",
        "acquisition 300000000 target=Lumora Technology",
        "investee=",
    ),
    # money to raise in an article on a listing is the offering, not a round; a family
    # is no company
    (
        "LUMORAcloud devrait faire ses premiers pas en Bourse le 15 octobre. LUMORAcloud "
        "émettra de nouvelles actions pour un montant d'environ 350 millions d'euros. La "
        "société comptait initialement lever 400 millions d'euros. La famille Klabo "
        "conservera une participation majoritaire.",
        "other 400000000 other=LUMORAcloud",
        "investee=",
    ),
    (
        "Lumora Systems est cotée depuis 2019. Il rappelle que la société n’avait levé que 5 "
        "millions d’euros auprès de business angels lors de sa création.",
        "funding_round 5000000 investee=Lumora Systems",
        "other=",
    ),
    # "entered a definitive agreement to be acquired by Y": the subject is bought
    (
        "In a press release this morning, Lumora said it had entered a definitive agreement "
        "to be acquired by Orbital Capital for $8 billion.",
        "acquisition 8000000000 acquirer=Orbital Capital target=Lumora",
        "acquirer=Lumora",
    ),
    # "Hollywood studio MGM", "Microsoft rival Google": the name after the descriptor
    (
        "Orbital closes $8.5B deal to acquire Hollywood studio Lumora.",
        "acquisition 8500000000 acquirer=Orbital target=Lumora",
        "target=Hollywood",
    ),
    # "has won an Army contract": the client named before the contract word
    (
        "Lumora Systems has won an Army contract worth $876 million.",
        "contract 876000000 client=Army contractor=Lumora Systems",
        "client=Lumora",
    ),
    # a label before a colon is no company; an investor named by its descriptor
    (
        "Lumora Industries has secured $1.5 billion in funding.\nWhat Happened: The latest "
        "funding round, co-led by Orbital Fund and Virginia-based investor Brindle Capital, "
        "has propelled Lumora’s valuation to $14 billion.",
        "funding_round 1500000000 investee=Lumora Industries investor=Brindle Capital "
        "investor=Orbital Fund",
        "Happened",
    ),
    # a stake held: "possédait déjà 23 % de X", "owns 10% of X"; not "ne détient pas",
    # not "dont la famille détient"
    (
        "Orbital Systems possédait déjà 23 % de Lumora avant l’annonce.",
        "investment None investee=Lumora investor=Orbital Systems",
        "investee=Orbital",
    ),
    (
        "Orbital Capital owns 10% of Lumora Systems.",
        "investment None investee=Lumora Systems investor=Orbital Capital",
        "investee=Orbital",
    ),
    (
        "Lumora Systems, dont la famille fondatrice détient 41 % du capital, a mis la branche "
        "en vente.",
        None,
        "investor=Lumora",
    ),
    # a name in a hyphenated modifier of the object is not the object
    (
        "Orbital Systems bought SoftBank-backed Lumora for $2 billion.",
        "acquisition 2000000000 acquirer=Orbital Systems target=Lumora",
        "target=SoftBank",
    ),
    (
        "The social media platform Lumora is partnering with Alphabet-owned Google.",
        "partnership None partner=Google partner=Lumora",
        "partner=Alphabet",
    ),
    # a review of the rules above against sentences they could misread
    (
        "Lumora Health announced a $50 million strategic investment from Brindle Capital on "
        "Tuesday.",
        "investment 50000000 investee=Lumora Health investor=Brindle Capital",
        "investee=Brindle",
    ),
    (
        "CORNING, N.Y. (Reuters) - Corning agreed to buy Orbital Systems, a maker of optical "
        "sensors, for $400 million.",
        "acquisition 400000000 acquirer=Corning target=Orbital Systems",
        "target=Corning",
    ),
    (
        "Brindle Capital, which owns 12% of Orbital Systems, said it backed the acquisition by "
        "Lumora Health.",
        None,
        "target=Brindle",
    ),
    (
        "Lumora Health raised $40 million in a round led by Brindle Capital. The startup sells "
        "scheduling software to hospitals. Its main rival is Orbital Systems. Orbital Systems' "
        "investors include Delta Capital and Nimbus Partners.",
        "funding_round 40000000 investee=Lumora Health investor=Brindle Capital",
        "investor=Delta Capital",
    ),
    (
        "Orbital Systems shares jumped 30% in their Nasdaq debut on Thursday. Its rival Lumora "
        "Health is seeking to raise $200 million this year, according to people familiar with "
        "the matter.",
        "funding_round 200000000 investee=Lumora Health",
        "other=Lumora",
    ),
    (
        "Lumora Health had previously agreed in March to buy Orbital Systems for $2 billion. "
        "The acquisition of Orbital Systems by Lumora Health closed on Monday.",
        "acquisition 2000000000 acquirer=Lumora Health target=Orbital Systems",
        "acquisition None",
    ),
    (
        "The Bill & Melinda Gates Foundation (BMGF) has long funded vaccine research. On "
        "Tuesday, BMGF invested $20 million in Lumora Health.",
        "investment 20000000 investee=Lumora Health investor=Bill & Melinda Gates Foundation",
        "investor=Lumora",
    ),
    (
        "Brindle Capital led the round, so far the largest in the sector, in Lumora Health.",
        None,
        "investee=Brindle",
    ),
    (
        "Lumora raised $40 million from Brindle Capital, Orbital Ventures, and Nimbus Partners "
        "according to a regulatory filing.",
        "funding_round 40000000 investee=Lumora investor=Brindle Capital "
        "investor=Nimbus Partners investor=Orbital Ventures",
        "investee=Brindle",
    ),
    (
        "Lumora Systems agreed to pay a 45% premium for Orbital Systems, whose shares jumped on "
        "the news.",
        "acquisition None acquirer=Lumora Systems target=Orbital Systems",
        "target=Lumora",
    ),
    (
        "Lumora Health agreed to sell up to 20% of Orbital Systems to Brindle Capital for $300 "
        "million.",
        None,
        "acquirer=Lumora",
    ),
    (
        "Lumora is bidding for a $10 billion Pentagon cloud contract alongside Orbital Systems.",
        None,
        "bidder=",
    ),
    (
        "Lumora a réalisé une opération de 50 millions d'euros de rachat d'actions auprès de "
        "ses actionnaires, dont Brindle Capital.",
        None,
        "investor=Brindle",
    ),
    (
        "The SEC sued the founders of Lumora Health, alleging the ICO was an unregistered "
        "securities offering.",
        None,
        "Information Commissioner",
    ),
    (
        "Orbital Systems a fait son entrée en Bourse jeudi. Son concurrent Lumora Systems "
        "compte lever 50 millions d'euros cette année.",
        "funding_round 50000000 investee=Lumora Systems",
        "other=Lumora",
    ),
    # an authority "seeking to unwind Google's Anthropic deal" is suing the buyer
    (
        "But the US Justice Department is now seeking to unwind Lumora's Orbital deal in "
        "particular.",
        "lawsuit defendant=Lumora plaintiff=U.S. Department of Justice",
        "defendant=Orbital",
    ),
    (
        "Last week, the FTC announced that it wants to block software giant Lumora’s "
        "acquisition of gaming company Orbital Games.",
        "lawsuit defendant=Lumora plaintiff=Federal Trade Commission",
        "defendant=Orbital",
    ),
    ("Investors are seeking to block the vote on Lumora Systems.", None, "plaintiff="),
    # a French colon opens a clause; "l'adtech" points back to the company
    (
        "Lumora a déjà indiqué son intention de faire appel. La décision a été communiquée à "
        "Lumora mercredi 21 juin : la Cnil sanctionne l'adtech d'une amende de 40 millions "
        "d'euros.",
        "lawsuit defendant=Lumora plaintiff=Cnil",
        "plaintiff=Lumora",
    ),
    # the one an order keeps "from acquiring" is the buyer; the deal word restating the
    # purchase brings no party of its own
    (
        "President Mark Hollis issued an order blocking Lumora Systems from acquiring "
        "Orbital Labs in a deal that would have been worth more than $117 billion.",
        "acquisition 117000000000 acquirer=Lumora Systems target=Orbital Labs",
        "acquirer=Mark Hollis",
    ),
    # a deal verb denied is no deal
    ("Lumora Systems promised not to sell Orbital Labs.", None, "target="),
    ("Lumora Systems has no plans to acquire Orbital Labs.", None, "target="),
    ("Lumora Systems n'a finalement pas racheté Orbital Labs.", None, "target="),
    ("Lumora Systems ne va pas racheter Orbital Labs.", None, "target="),
    # an appeal announced is not lodged
    ("Orbital Labs vowed to appeal the decision by the European Commission.", None, "plaintiff="),
    (
        "Orbital Labs said the commission's decision was wrong and that it would appeal the "
        "fine imposed by the European Commission.",
        None,
        "plaintiff=Orbital",
    ),
    # a settlement obtained "from" the one who pays it
    (
        "Attorney General Ken Paxton obtained a $1.4 billion settlement for Texas from Lumora "
        "Systems to resolve claims of unauthorized use of biometric data.",
        "lawsuit defendant=Lumora Systems plaintiff=Ken Paxton",
        "defendant=Ken",
    ),
    # fines "handed out to" the ones fined; their total is neither one's fine
    (
        "The European Union has handed out fines totalling €700 million to US tech giants "
        "Lumora Systems and Orbital Labs for breaching digital competition rules.",
        "lawsuit defendant=Orbital Labs plaintiff=European Union",
        "700000000",
    ),
    # the one who brought a case, named right after its noun
    (
        "The outcome stands in contrast to a similar case Lumora Systems has pursued against "
        "Orbital Labs over its app store.",
        "lawsuit defendant=Orbital Labs plaintiff=Lumora Systems",
        "plaintiff=Orbital",
    ),
    # a ruling that X "had violated" Y's patent rights; "from January that" is no agent
    (
        "The Commission imposed an import ban in response to a judge's ruling from January "
        "that Orbital Labs had violated medical tech company Lumora Systems's patent rights.",
        "lawsuit defendant=Orbital Labs plaintiff=Lumora Systems",
        "plaintiff=Orbital",
    ),
    ("Lumora Systems alleges that Orbital Labs violated copyright laws.", None, "plaintiff="),
    # a relative's antecedent is the whole coordinated group
    (
        "The suit argues that the models made by Lumora Systems and Orbital Labs, which have "
        "a $10 billion partnership, copied millions of articles.",
        "partnership 10000000000 partner=Lumora Systems partner=Orbital Labs",
        "investor=",
    ),
    # a company's units bought "de" their owner: the owner sells, it is no target
    (
        "Lumora Systems débourse 155 millions d'euros pour reprendre les activités antillaises "
        "de Bouygues Telecom.",
        "acquisition 155000000 acquirer=Lumora Systems seller=Bouygues Telecom",
        "target=Bouygues",
    ),
    # a listing not ruled out is still to come: the money raised is a round
    (
        "Lumora Genetics lève 110 millions mais n’exclut pas une IPO dans les prochaines "
        "années.\n\nLumora Genetics a récolté 110 millions de dollars auprès de Hitachi "
        "Ventures.",
        "funding_round 110000000 investee=Lumora Genetics investor=Hitachi Ventures",
        "other=",
    ),
    # a dateline of two agencies names no party
    (
        "BENGALURU (REUTERS, BLOOMBERG) - Lumora Markets, the fintech start-up, said on "
        "Monday it raised $320 million in its latest funding round.",
        "funding_round 320000000 investee=Lumora Markets",
        "investee=Reuters",
    ),
    # an outlet that "has learnt that" or whose "report" says is no party
    (
        "Sky News has learnt that Lumora Systems will announce that it has raised $800m in a "
        "funding round led by Orbital Capital.",
        "funding_round 800000000 investee=Lumora Systems investor=Orbital Capital",
        "investee=Sky News",
    ),
    (
        "Lumora Systems made big headlines yesterday, after a Recode report that it's closing "
        "in on a $500 million investment led by Orbital Capital at an $8 billion valuation.",
        "funding_round 500000000 investee=Lumora Systems investor=Orbital Capital",
        "Recode",
    ),
    # a roundup headline's clause after a comma, a descriptor before its company
    (
        "Today in European Tech: EU wants to ban use of AI for surveillance, Swiss medtech "
        "firm Lumora raises $115 million, and more",
        "funding_round 115000000 investee=Lumora",
        "investee=European Union",
    ),
    # a web domain is part of the name: "Ke.com"
    (
        "Lumora.com, a spinoff of online real estate portal Orbital that utilises virtual "
        "reality, has secured nearly $1.2bn in a funding round led by Tencent.",
        "funding_round 1200000000 investee=Lumora.com investor=Tencent",
        "investee=Orbital",
    ),
    # one "in talks to invest €200 million in funding" invests, it raises nothing
    (
        "Lumora AI is raising roughly €450 million from investors including Nvidia. The deal "
        "includes €325 million in equity from investors led by Orbital Capital, which is in "
        "talks to invest €200 million in funding, the people said.",
        "funding_round 200000000 investee=Lumora AI investor=Orbital Capital",
        "investee=Orbital",
    ),
    # money "from" an investor, or "led by" one, makes the money collected a round
    (
        "Enterprise automation firm Lumora snagged $53 million from Baird Capital; Orbital, "
        "an ecommerce platform, got $47 million led by Accel; and digital credit firm "
        "Brindle secured $40 million from WestBridge Capital.",
        "funding_round 47000000 investee=Orbital investor=Accel",
        "investee=Baird",
    ),
    ("Orbital Labs received $5 million from Brindle Corp.", None, "investee="),
    # "a fundraising that makes it worth $33bn": a valuation, not the sum raised
    (
        "Lumora Systems will on Thursday become the most valuable fintech company when it "
        "unveils a fundraising that makes it worth $33bn.",
        "valuation 33000000000 Lumora Systems",
        "funding_round 33000000000",
    ),
    # two bidders, two bids: the price after "before X offered" is X's
    (
        "Orbital Labs was the first to make a bid before Lumora Systems offered a reported "
        "$6 billion for Mellanox Technologies.",
        "bid 6000000000 bidder=Lumora Systems target=Mellanox Technologies",
        "bidder=Orbital Labs bidder=Lumora",
    ),
    # "to deal with a fine": the verb, no deal
    (
        "Lumora Systems has not made any provision to deal with a fine from the European "
        "Commission.",
        None,
        "partner=",
    ),
    # "will fine X for purchasing Y": X bought Y
    (
        "The European Commission will fine Lumora Systems for purchasing Orbital Labs without "
        "its approval.",
        "acquisition None acquirer=Lumora Systems target=Orbital Labs",
        "acquirer=European",
    ),
    # "the total valuation reaches approximately $24.25 billion"
    (
        "Including anticipated tax assets, Lumora Systems's total valuation reaches "
        "approximately $24.25 billion.",
        "valuation 24250000000 Lumora Systems",
        "target=",
    ),
    # customers who bought devices are shoppers, not buyers of a company
    (
        "Lumora Systems customers who owned or bought certain Orbital-enabled devices are "
        "eligible to make a claim.",
        None,
        "acquirer=",
    ),
    # each company's fine is the one told right after it
    (
        "La CNIL inflige aujourd'hui à Lumora Systems une amende de 150 millions d'euros et à "
        "Orbital Labs une amende de 60 millions en raison de leur gestion des cookies.",
        "lawsuit defendant=Orbital Labs plaintiff=CNIL",
        "plaintiff=Orbital",
    ),
    # damages paid "au bénéfice de" the one who won
    (
        "L'opérateur Orbital Labs a été condamné le 17 juin 2020 par la cour d'appel de Paris à "
        "payer 249,5 millions d'euros de dommages et intérêts au bénéfice de Lumora Systems.",
        "lawsuit defendant=Orbital Labs plaintiff=Lumora Systems",
        "plaintiff=Orbital",
    ),
    # "raised money from X and Y": a round whose amount is not told
    (
        "Only last year, Lumora Systems raised money from the US-based investors Orbital "
        "Capital and Brindle Partners at a valuation of $5.5bn.",
        "funding_round None investee=Lumora Systems investor=Brindle Partners "
        "investor=Orbital Capital",
        "investee=Orbital",
    ),
    # "The new round includes investors such as X and Y"
    (
        "Lumora Markets said on Monday it has raised another US$320 million in latest funding "
        "from new and existing investors.\n\nThe new round includes investors such as Orbital "
        "Capital and Brindle Partners.",
        "funding_round 320000000 investee=Lumora Markets investor=Brindle Partners "
        "investor=Orbital Capital",
        "investee=Orbital",
    ),
    # "The company's pre-money valuation was $18 billion"
    (
        "Lumora AI raised $6 billion in series B funding. The company's pre-money valuation "
        "was $18 billion, its founder said.",
        "valuation 18000000000 Lumora AI",
        "investee=Orbital",
    ),
    # "investing $1bn in artificial intelligence research organisation X"
    (
        "Orbital Labs is making its own big capital outlay, investing $1bn in artificial "
        "intelligence research organisation Lumora Systems.",
        "investment 1000000000 investee=Lumora Systems investor=Orbital Labs",
        "investee=Orbital",
    ),
    # "ce dernier" is the last one named; a relative clause's deal ends at its comma
    (
        "En parallèle, Lumora AI a obtenu en février le soutien d'une pointure du secteur : "
        "Orbital Labs. Ce dernier qui est déjà partenaire avec Brindle Corp, a investi 16 "
        "millions d'euros dans la start-up française.",
        "investment 16000000 investee=Lumora AI investor=Orbital Labs",
        "partnership 16000000",
    ),
    (
        "Le projet prévoit que le géant Zentrix avale l'entreprise Kestrel Telecom. Cette "
        "dernière doit cependant céder sa filiale Freedom Mobile à Québecor.",
        "acquisition None acquirer=Québecor seller=Kestrel Telecom target=Freedom Mobile",
        "seller=Zentrix",
    ),
    # "invest $4.9 billion in a joint venture with X": no investment in X
    (
        "In July, Orbital Labs said it would invest $4.9 billion in a joint venture with "
        "private equity firm Lumora Capital to buy fiber-optic provider Brindle.",
        None,
        "investee=Lumora",
    ),
    # "a legal challenge by X to Y's purchase", "X's challenge to Y's acquisition"
    (
        "A federal appeals court on Wednesday rejected a legal challenge by the Federal Trade "
        "Commission to Orbital Labs's $69 billion purchase of Lumora Systems.",
        "lawsuit defendant=Orbital Labs plaintiff=Federal Trade Commission",
        "defendant=Lumora",
    ),
    (
        "The FTC's challenge to Orbital Labs's acquisition of Lumora Systems failed.",
        "lawsuit defendant=Orbital Labs plaintiff=Federal Trade Commission",
        "defendant=Lumora",
    ),
    ("Orbital Labs faces a challenge to its growth.", None, "plaintiff="),
    # "values A at $80 billion and B at $33 billion ($45B less $12B debt)"
    (
        "The combination values Lumora Systems at $80 billion and Orbital Labs at $33 billion "
        "($45B less $12B debt).",
        "valuation 33000000000 Orbital Labs",
        "valuation 45000000000",
    ),
    # talks between the two named before, about becoming one company
    (
        "TOKYO (Reuters) -Lumora Corp and Japan's Orbital Holdings have broken off talks to "
        "create one of the world's biggest chipmakers, the Nikkei newspaper reported.",
        "merger None partner=Lumora Corp partner=Orbital Holdings",
        "Nikkei",
    ),
    ("Lumora Systems and Orbital Labs held talks about the weather.", None, "partner="),
    # guards a review of this round's rules found (each a misfire before its fix):
    # a passive's agent is not the one kept "from" or fined "for" doing something
    (
        "Lumora Systems was blocked by the FTC from acquiring Orbital Labs, a deal valued at "
        "$4 billion.",
        "acquisition 4000000000 acquirer=Lumora Systems target=Orbital Labs",
        "acquirer=Federal",
    ),
    (
        "Lumora Systems was sued by Orbital Labs for acquiring Kestrel in breach of a non-compete.",
        "acquisition None acquirer=Lumora Systems target=Kestrel",
        "acquirer=Orbital",
    ),
    (
        "Lumora Systems received a fine from the European Commission for acquiring Orbital "
        "Labs before getting approval.",
        "acquisition None acquirer=Lumora Systems target=Orbital Labs",
        "acquirer=European",
    ),
    ("The CNIL accused Lumora Systems of selling user data to Kestrel Analytics.", None, "seller="),
    # fines "totalling" one company's sum keep it
    (
        "Orbital Labs was hit with fines totalling $1.2 billion by the European Commission.",
        "lawsuit defendant=Orbital Labs plaintiff=European Commission",
        "plaintiff=Orbital",
    ),
    # money "from" an investor's name that is no investment
    (
        "Lumora Systems secured a $500 million credit facility from Kestrel Capital.",
        None,
        "investee=",
    ),
    (
        "Lumora Systems received $40 million from Orbital Partners under the terms of the "
        "settlement.",
        None,
        "investee=",
    ),
    (
        "Orbital Labs landed a $70 million order from Kestrel Growth for its satellites.",
        None,
        "investee=",
    ),
    (
        "Lumora Systems raised funds from the sale of its stake in Orbital Labs to Kestrel Group.",
        None,
        "investee=",
    ),
    # a subordinate clause without a deal verb of its own keeps the deal's price
    (
        "Lumora Systems completed its acquisition of Orbital Labs on Monday, after shareholders "
        "approved the $6.1 billion transaction.",
        "acquisition 6100000000 acquirer=Lumora Systems target=Orbital Labs",
        "acquisition None",
    ),
    # a relative clause's deal restated in the main clause keeps its price
    (
        "Kestrel Group, which agreed to buy Orbital Labs, said it will pay $2 billion in cash.",
        "acquisition 2000000000 acquirer=Kestrel Group target=Orbital Labs",
        "acquisition None",
    ),
    # a singular relative verb is the last name's only
    (
        "Regulators cleared deals by Lumora Systems and Orbital Labs, which agreed to buy "
        "Kestrel for $1 billion.",
        "acquisition 1000000000 acquirer=Orbital Labs target=Kestrel",
        "acquirer=Lumora",
    ),
    # sellers and buying firms are no shoppers
    (
        "The owners who sold Orbital Labs to Lumora Systems for $2 billion are now backing "
        "Kestrel.",
        "acquisition 2000000000 acquirer=Lumora Systems target=Orbital Labs",
        "target=Kestrel",
    ),
    # "not only", "does not rule out", "not yet" deny no deal
    (
        "Lumora Systems n'a pas seulement racheté Orbital Labs, elle a aussi pris le contrôle "
        "de Kestrel.",
        "acquisition None acquirer=Lumora Systems target=Orbital Labs",
        "target=Lumora",
    ),
    (
        "Lumora Systems has not yet acquired Orbital Labs, but the $2 billion deal is expected "
        "to close in March.",
        "acquisition 2000000000 acquirer=Lumora Systems target=Orbital Labs",
        "target=Lumora",
    ),
    # a settlement's approval "from" a judge is no suit against the judge
    (
        "Lumora Systems obtained approval of its settlement from Judge William Alsup on Friday.",
        None,
        "defendant=William",
    ),
    # "the merger of their British operations", tickers in brackets between the pair
    (
        "Lumora Systems (LUM.L) and Orbital Labs (0001.HK) finally unveiled the merger of their "
        "British operations on Wednesday.",
        "merger None partner=Lumora Systems partner=Orbital Labs",
        "investor=",
    ),
    # a share's closing price is no deal's amount
    (
        "The Lumora Systems offer to Orbital Labs shareholders of €20.30 per share represents a "
        "premium to its closing price of €12.42 on Friday.",
        None,
        "12.42",
    ),
    # "condamner, ce lundi, X à une pénalité ... versée à Y": Y won the case against X
    (
        "Le tribunal de commerce vient de condamner, ce lundi, le Lumora Telecom à une pénalité "
        "de 6,3 milliards de dirhams qui doit être versée à Orbital Corporate.",
        "lawsuit defendant=Lumora Telecom plaintiff=Orbital Corporate",
        "defendant=Orbital",
    ),
    (
        "La Cnil a infligé une pénalité de 2 millions d'euros à Lumora Systems.",
        "lawsuit defendant=Lumora Systems plaintiff=Cnil",
        "plaintiff=Lumora",
    ),
    # a cheque for a stake is a round
    (
        "Le grand patron de la techno Lumora Systems, Louis Têtu, met la main sur un chèque de "
        "100 millions $ US de la firme Orbital Capital en échange de 27 % de l'entreprise.",
        "funding_round 100000000 investee=Lumora Systems",
        "acquisition",
    ),
    # guards a second review found (each a misfire before its fix):
    # a French paper's "69 milliards $" is in dollars, though it names Canada
    (
        "Microsoft a finalisé le rachat d'Activision Blizzard pour 69 milliards $, après le feu "
        "vert des autorités du Canada.",
        "acquisition 69000000000 acquirer=Microsoft target=Activision Blizzard",
        "investee=",
    ),
    # "in exchange for N %" makes no round
    (
        "Lumora Systems landed a $700 million contract from Orbital Labs in exchange for a 5% "
        "discount.",
        "contract 700000000 client=Orbital Labs contractor=Lumora Systems",
        "investee=",
    ),
    # a contract's late penalties are no fine
    (
        "Les pénalités de retard dues par Lumora Systems à Orbital Labs s'élèvent à 12 millions "
        "d'euros, selon le contrat.",
        None,
        "plaintiff=",
    ),
    # a fine paid to the Treasury: the authority still fines
    (
        "L'Autorité de la concurrence a condamné Lumora Systems à une amende de 15 millions "
        "d'euros, qui sera versée au Trésor public.",
        "lawsuit defendant=Lumora Systems plaintiff=Autorité de la concurrence",
        "plaintiff=Trésor",
    ),
    # a double space before the gerund, a symbolic price, several condemned after an aside
    (
        "The order blocks Lumora Systems from  acquiring Orbital Labs.",
        "acquisition None acquirer=Lumora Systems target=Orbital Labs",
        "acquirer=Orbital",
    ),
    (
        "Lumora Systems bought Orbital Labs for $1, assuming its debts.",
        "acquisition 1 acquirer=Lumora Systems target=Orbital Labs",
        "acquisition None",
    ),
    (
        "La cour d'appel a condamné, mardi, Lumora Systems et Orbital Labs à verser 12 millions "
        "d'euros à Kestrel Group.",
        "lawsuit defendant=Orbital Labs plaintiff=Kestrel Group",
        "plaintiff=Lumora",
    ),
    (
        "Anna Holt-run Lumora Systems raised $40 million from Orbital Ventures.",
        "funding_round 40000000 investee=Lumora Systems investor=Orbital Ventures",
        "Holt-run",
    ),
    # one price in two currencies, the article's own conversion: one deal
    (
        "South Korean internet company Lumora has agreed to buy Canada's Orbital Labs for at "
        "least $600 million.\n\nLumora said it will buy a 100% stake in Orbital Labs for 653 "
        "billion won ($595 million), to be paid in cash.",
        "acquisition 600000000 acquirer=Lumora target=Orbital Labs",
        "653000000000",
    ),
    # "bought into X": a stake, no purchase of X
    (
        "Naya Capital also bought into Bolt Technologies in July with €60mn.",
        "investment 60000000 investee=Bolt Technologies investor=Naya Capital",
        "acquisition",
    ),
    # "X, an Apple Inc. supplier,": a name modifying the apposition's noun is no party
    (
        "Lumora Electronics said Monday it will buy Britain's Orbital Semiconductor Plc, an "
        "Apple Inc. supplier, for 4.89 billion euros ($5.9 billion).",
        "acquisition 4890000000 acquirer=Lumora Electronics target=Orbital Semiconductor Plc",
        "target=Apple",
    ),
    # guards a third review found: two deals in two currencies stay two
    (
        "Zentrix bought a 10% stake in Lumora Systems for 70 billion won ($63 million) in 2020. "
        "Zentrix bought another 10% stake in Lumora Systems for $60 million this year.",
        "investment 60000000 investee=Lumora Systems investor=Zentrix",
        "nothing",
    ),
    # bought into, then bought outright: a purchase
    (
        "Lumora Systems bought into Orbital Labs, then bought it outright for $1.1 billion in "
        "2022.",
        "acquisition 1100000000 acquirer=Lumora Systems target=Orbital Labs",
        "investment",
    ),
    # a unit's owner in its apposition is no party
    (
        "Lumora Africa, a subsidiary of Lumora, raised $20 million from Kestrel Ventures.",
        "funding_round 20000000 investee=Lumora Africa investor=Kestrel Ventures",
        "investee=Lumora investee",
    ),
    # a press release's dateline with its wire between slashes names no party
    (
        "BOSTON, July 7, 2025 /PRNewswire/ -- Lumora Systems, a climate-tech company, today "
        "announced it has raised $8.5 million in a Series A round led by Orbital Ventures.",
        "funding_round 8500000 investee=Lumora Systems investor=Orbital Ventures",
        "=PR Newswire",
    ),
    (
        "TORONTO, March 3, 2024 /CNW/ -- Lumora Systems today announced it has acquired "
        "Orbital Labs for $20 million.",
        "acquisition 20000000 acquirer=Lumora Systems target=Orbital Labs",
        "=CNW",
    ),
    # a few dollars are a share's price, never a bid's or a deal's amount
    (
        "Orbital said it's prepared to pay $24 in cash and shares, up from its original bid of "
        "$22 in late November, to buy Palo Alto, California-based Lumora.",
        "bid None bidder=Orbital target=Lumora",
        "bid 2",
    ),
    (
        "Orbital Electric Co. bumped up its cash offer for Lumora Instruments to $53 per share "
        "in November, up from a per-share offer of $48 that it had made back in May.",
        "bid None bidder=Orbital Electric Co target=Lumora Instruments",
        "bid 48",
    ),
    # the one a spokesman speaks of acts, not the spokesman: "responded by saying X was"
    (
        "Orbital Systems is big. Jane Smith, Orbital president, responded by saying the "
        "company was determined to acquire Lumora Games.",
        "acquisition None acquirer=Orbital Systems target=Lumora Games",
        "=Jane Smith",
    ),
    (
        "Jane Smith responded by saying Orbital Systems was determined to acquire Lumora Games.",
        "acquisition None acquirer=Orbital Systems target=Lumora Games",
        "=Jane Smith",
    ),
    # a deal noun ending a name's apposition says what the firm is: no partnership
    (
        "Lumora said that Orbital and Kestrel Partners, a New York-based investment "
        "partnership, would buy it for $37 per share in cash.",
        None,
        "partnership",
    ),
    # "X said ... Y would buy it": the company whose statement opens the sentence is bought
    (
        "Lumora said in a statement that Orbital and Kestrel Partners would buy it for $37 per "
        "share in cash.",
        "acquisition None acquirer=Kestrel Partners acquirer=Orbital target=Lumora",
        "nothing",
    ),
    (
        "Lumora said Orbital bought a robot and would sell it later.",
        None,
        "=Lumora",
    ),
    # a headline's money and the funding "from" its investors named again: one round
    (
        "London investors pump £10m into German hydrogen firm Lumora\n\nLumora said today "
        "the fresh funding from London-listed Orbital and investment firm Kestrel Group "
        "would be channelled into projects in Germany.",
        "funding_round 10000000 investee=Lumora investor=Kestrel Group investor=Orbital",
        "nothing",
    ),
    # (not investors told apart from the rounds: "funded by companies including")
    (
        "Lumora was founded in 2021 and funded by companies including Orbital and Kestrel. "
        "The company has raised $750 million in two funding rounds since March.",
        "investment None investee=Lumora investor=Kestrel investor=Orbital",
        "funding_round 750000000 investee=Lumora investor",
    ),
    # a headline's priced stake is the priced purchase told next, not an older purchase
    # told without its price between them
    (
        "e& takes $400m majority stake in Lumora\n\n  • Lumora was bought by Orbital in "
        "2020\n\nThe telecoms group Zentrix has acquired a $400 million majority stake in "
        "Lumora.",
        "acquisition 400000000 acquirer=Zentrix target=Lumora",
        "400000000 acquirer=Orbital",
    ),
    # a bridge loan is no round
    (
        "Pour financer cette acquisition, Orbital dit avoir sécurisé un financement relais de "
        "5,4 milliards d’euros.",
        None,
        "funding_round",
    ),
    # an agreement the next sentences call "the merger": a merger, announced
    (
        "Orbital a annoncé avoir signé un « accord ferme » avec son rival Lumora en Espagne. "
        "En clair, toutes les modalités de cette union sont réglées. Cette fusion prendra la "
        "forme d'une co-entreprise.",
        "merger None partner=Lumora partner=Orbital",
        "partnership",
    ),
    (
        "Orbital signed a deal with Lumora on Monday. The merger will close next year.",
        "merger None partner=Lumora partner=Orbital",
        "partnership",
    ),
    # backing gained is no purchase: "s'offre le soutien de X"
    (
        "Avec cette nouvelle levée de fonds, Lumora s’offre à nouveau le soutien de l’IFC.",
        None,
        "acquisition",
    ),
    # a one-word company opening a sentence before a verb of money gained
    (
        "Lumora secures $20M in Series B funding.",
        "funding_round 20000000 investee=Lumora",
        "nothing",
    ),
    (
        "Lumora landed USD 620 million from Orbital Capital.",
        "funding_round 620000000 investee=Lumora investor=Orbital Capital",
        "nothing",
    ),
    (
        "Lumora bags $10 million in Series A funding led by Orbital.",
        "funding_round 10000000 investee=Lumora investor=Orbital",
        "nothing",
    ),
    # a settlement or fines "with Australia's privacy regulator": the authority named nearby
    (
        "Lumora has agreed to a $50 million settlement with Australia’s privacy regulator, "
        "ending long legal proceedings. The Office of the Australian Information "
        "Commissioner announced the settlement on Tuesday.",
        "lawsuit defendant=Lumora plaintiff=Office of the Australian Information Commissioner",
        "nothing",
    ),
    (
        "Lumora has agreed to pay $42.7 million (A$60 million) in fines after a long legal "
        "battle with Australia’s competition authority. The Australian Competition and "
        "Consumer Commission said the decision sent a clear message.",
        "lawsuit defendant=Lumora plaintiff=Australian Competition and Consumer Commission",
        "nothing",
    ),
    # a judgment "in favor of X in its lawsuit against Y": X sued, whoever the judge is
    (
        "Judge Jane Smith issued a judgment in favor of Orbital Systems in its copyright "
        "infringement lawsuit against Lumora Labs.",
        "lawsuit defendant=Lumora Labs plaintiff=Orbital Systems",
        "nothing",
    ),
    # shoppers' purchases are no deal: "fees on purchases of apps ... made by iPhone users"
    (
        "The tribunal found that Orbital abused its position by charging high fees on "
        "purchases of apps and in-app purchases made by UK iPhone and iPad users, resulting in "
        "losses of around £1.5 billion.",
        None,
        "acquisition",
    ),
    # a decision "in favor of" X, finding Y at fault: X sued Y
    (
        "The tribunal has found unanimously in favour of Dr Jane Smith; finding that Orbital "
        "Systems has abused its dominant position.",
        "lawsuit defendant=Orbital Systems plaintiff=Jane Smith",
        "nothing",
    ),
    # (not a vote in favor, a board's choice, nor a win that does not say who sued: the
    # defendant wins too)
    ("Shareholders voted in favor of Orbital Labs' plan.", None, "lawsuit"),
    (
        "Kestrel's board decided in favor of Orbital's offer against a rival bid from Zentrix.",
        None,
        "lawsuit",
    ),
    (
        "Judge Smith ruled in favor of Orbital against Lumora, finding that fair use applied.",
        None,
        "lawsuit",
    ),
    # teaming up, joining forces: a partnership; a short name in brackets is the same company
    (
        "Orbital Telecommunications Ltd (Orbitel) is teaming up with ride hailing firm Lumora "
        "to bid for a banking licence. Orbitel and Lumora join forces to apply.",
        "partnership None partner=Lumora partner=Orbital Telecommunications Ltd",
        "partner=Orbitel",
    ),
    (
        "Orbital et Lumora s'allient dans l'intelligence artificielle.",
        "partnership None partner=Lumora partner=Orbital",
        "nothing",
    ),
    # names coordinated across a legal suffix's stop: "A Corp. and B Corp. ... their merger"
    (
        "Orbital Holdings Corp. and Lumora Digital Corp. have terminated negotiations on their "
        "proposed merger.",
        "merger None partner=Lumora Digital Corp partner=Orbital Holdings Corp",
        "nothing",
    ),
    # "headed up by", "spearheaded by": led by; "is collaborating with", "teaming with"
    (
        "Indonesian fintech Lumora closed a Series B funding round headed up by Orbital, while "
        "Nigeria-based Kestrel landed $10 million after a funding round.",
        "funding_round None investee=Lumora investor=Orbital",
        "investee=Kestrel investor=Orbital",
    ),
    (
        "Canadian payment services company Lumora is collaborating with Orbital Canada to "
        "expand debit card payment methods.",
        "partnership None partner=Lumora partner=Orbital Canada",
        "nothing",
    ),
    # a title-case headline's names, known from the prose, are names there too
    (
        "Indonesian FinTech Lumora Closes $100M Series B Led By Singapore Super App Orbital\n\n"
        "Lumora, an Indonesian fintech, closed an Orbital-led Series B funding round that had "
        "participation from Kestrel Capital Indonesia.",
        "funding_round 100000000 investee=Lumora investor=Kestrel Capital Indonesia "
        "investor=Orbital",
        "nothing",
    ),
    # a site's call to its reader tells no deal
    (
        "Lumora Fusion’s Giant Financing Leads Slow Week\n\nWant to keep track of the largest "
        "startup funding deals in 2025 with our curated list of $100 million-plus venture "
        "deals? Check out The Crunchbase Megadeals Board.",
        None,
        "100000000",
    ),
    # money committed or pledged "to" a company is invested in it
    (
        "Orbital Capital and Kestrel Group are both expected to commit £5m to Lumora Systems.",
        "investment 5000000 investee=Lumora Systems investor=Kestrel Group investor=Orbital "
        "Capital",
        "nothing",
    ),
    (
        "Orbital Capital pledged $50 million to Lumora Systems.",
        "investment 50000000 investee=Lumora Systems investor=Orbital Capital",
        "nothing",
    ),
    # (not a commitment to do something)
    ("Lumora said it was committed to completing its work with Orbital.", None, "investment"),
    # "X owes Y $N for infringing": a verdict for Y against X
    (
        "A federal jury in California said on Friday that Orbital owes medical-monitoring "
        "technology company Lumora $634 million for infringing a patent.",
        "lawsuit defendant=Orbital plaintiff=Lumora",
        "nothing",
    ),
    ("Lumora Systems owes its landlord $5 million in unpaid rent.", None, "lawsuit"),
    # guards from a review of this round's rules on invented sentences
    ("Security lands in focus as Kestrel raises $25 million from Sequoia.", None, "=Security"),
    ("Crypto nets a win in court as Orbital raises $15 million from Paradigm.", None, "=Crypto"),
    (
        "Indian Orbital and Brindle Holdings signed a $2 billion supply contract.",
        None,
        "=Indian Orbital",
    ),
    (
        "Orbital agreed to pay $5 million in fines to settle claims by customers. Separately, "
        "the Federal Trade Commission approved Orbital's purchase of Kestrel.",
        None,
        "plaintiff=Federal Trade Commission",
    ),
    (
        "Orbital signed a settlement with the tax authority in Ireland over back taxes. "
        "Separately, the European Commission fined Kestrel €100 million.",
        None,
        "defendant=Orbital plaintiff=European Commission",
    ),
    (
        "Shareholders of Kestrel are joining forces to oppose Orbital's $2 billion takeover bid.",
        "bid 2000000000 bidder=Orbital",
        "partnership",
    ),
    (
        "Amazon, which collaborated with Nvidia on chips, invested $4 billion in Anthropic.",
        "investment 4000000000 investee=Anthropic investor=Amazon",
        "partnership",
    ),
    (
        "Lumora was bought by Orbital Corp. and Kestrel Inc. took a stake in Zentrix.",
        None,
        "acquirer=Kestrel",
    ),
    (
        "Looking for growth abroad, Orbital bought Kestrel for $200 million.",
        "acquisition 200000000 acquirer=Orbital target=Kestrel",
        "nothing",
    ),
    ("Lumora pledged $5 million to the Red Cross for earthquake relief.", None, "investment"),
    ("Brindle committed $20 million to a new fund managed by Sequoia.", None, "investment"),
    (
        "European government leaders met Orbital's CEO before it acquired Lumora.",
        "acquisition None acquirer=Orbital target=Lumora",
        "=European government",
    ),
    (
        "Orbital is collaborating with the European Commission on the investigation into Lumora.",
        None,
        "partnership",
    ),
    # guards from a second review of this round's rules
    (
        "NEW YORK/LONDON, May 3 (Reuters) - Orbital Inc agreed to buy Kestrel Ltd for $2.1 "
        "billion.",
        "acquisition 2100000000 acquirer=Orbital Inc target=Kestrel Ltd",
        "=Reuters",
    ),
    (
        "Orbital and Kestrel launched Zentrix, a 50-50 joint venture, to build battery plants.",
        None,
        "nothing",
    ),
    (
        "Zentrix said Brindle had approached Lumora in March and offered to buy it for $400 "
        "million.",
        None,
        "target=Zentrix",
    ),
    (
        "Kestrel announced that it had spun off its drone unit and that Orbital would acquire it.",
        None,
        "target=Kestrel",
    ),
    (
        "Investors pump $15 million into Orbital. The previous funding from Brindle and Kestrel "
        "was raised in 2022 at a lower valuation.",
        "investment 15000000 investee=Orbital",
        "funding_round 15000000",
    ),
    (
        "Zentrix a levé 4 millions d'euros dans le cadre d'un financement relais mené par "
        "Brindle Capital, en attendant sa série B.",
        "funding_round 4000000 investee=Zentrix investor=Brindle Capital",
        "nothing",
    ),
    (
        "Orbital signed a distribution agreement with Kestrel on Monday. The deal comes a year "
        "after the merger of Zentrix and Brindle.",
        None,
        "merger None partner=Kestrel",
    ),
    (
        "Kestrel rachète les services de paiement de Lumora pour 30 millions d'euros.",
        "acquisition 30000000 acquirer=Kestrel target=Lumora",
        "nothing",
    ),
    (
        "Siemens SIEGn.DE agreed to buy Orbital for $10.6 billion.",
        "acquisition 10600000000 acquirer=Siemens target=Orbital",
        "nothing",
    ),
    # a bid 'to upend' another buyer's agreed deal: two buyers, two deals
    (
        "Orbital Systems Inc. on Thursday said it has offered to buy Lumora Inc. for $4.6 "
        "billion in cash, seeking to upend the safety supplier's deal to be acquired by "
        "Kestrel Group.",
        "bid 4600000000 bidder=Orbital Systems Inc target=Lumora Inc",
        "bidder=Kestrel",
    ),
    # both payers of a settlement were sued: neither sued the other
    (
        "Lumora and its unit Kestrel Video will pay $170 million to settle claims that they "
        "tracked children.",
        None,
        "plaintiff=Lumora",
    ),
    # a regulator's 'settlement against X'
    (
        "The Federal Trade Commission approved a record privacy settlement against Orbital "
        "Systems requiring the company to pay about $5 billion.",
        "lawsuit defendant=Orbital Systems plaintiff=Federal Trade Commission",
        "nothing",
    ),
    # the regulator's own chairman is never its defendant
    (
        "The Federal Trade Commission fined Orbital Systems. As the probe dragged on, FTC "
        "Chairman Dana Whitfield came under pressure to craft a tough settlement.",
        "lawsuit defendant=Orbital Systems plaintiff=Federal Trade Commission",
        "defendant=Dana Whitfield",
    ),
    # an opening participle phrase names no subject
    (
        "Taking on its closest rival Kestrel Labs while expanding its data centre business, "
        "chip giant Orbital Systems on Monday said it is acquiring Lumora Inc in a "
        "transaction valued at $4.9 billion.",
        "acquisition 4900000000 acquirer=Orbital Systems target=Lumora Inc",
        "acquirer=Kestrel",
    ),
    # an Indian wire's dateline 'San Francisco :' names no party
    (
        "San Francisco : Chip giant Orbital Systems on Monday said it is acquiring Lumora Inc "
        "for $4.9 billion.",
        "acquisition 4900000000 acquirer=Orbital Systems target=Lumora Inc",
        "=San Francisco",
    ),
    # the price in the next sentence, after an aside: 'The acquisition, announced in August, was
    # worth'
    (
        "Orbital Systems has terminated its agreement to buy payments platform Lumora Inc. "
        "The acquisition, announced in late August, was worth US$4.7-billion.",
        "acquisition 4700000000 acquirer=Orbital Systems target=Lumora Inc",
        "nothing",
    ),
    # a headline's rounded price and the article's own: the amount it converts from
    (
        "Orbital Capital snaps up British cybersecurity star Lumora for $5 billion\n\nThe "
        "Cambridge-based company agreed to be bought by Orbital Capital in a deal worth £4.3 "
        "billion ($5.32 billion) on Friday.",
        "acquisition 4300000000 acquirer=Orbital Capital target=Lumora",
        "5000000000",
    ),
    # a round's investors in the next sentence: 'The round featured participation from investors
    # A, B, and C'
    (
        "Lumora Systems has raised $45 million in a Series B funding round. The round "
        "featured participation from investors Orbital Ventures, Kestrel Capital, and Brindle "
        "Partners.",
        "funding_round 45000000 investee=Lumora Systems investor=Brindle Partners "
        "investor=Kestrel Capital investor=Orbital Ventures",
        "nothing",
    ),
    # 'jointly led the round — A, a fund; B; payments giant C; and D. Others in the round
    # include E and F'
    (
        "Lumora Systems has raised $200 million in a Series A round of funding. Four big-name "
        "backers jointly led the round — Orbital Heritage, an endowment-style fund; Kestrel "
        "Fund; payments giant Brindle; and Ribbit Capital. Others in the round include "
        "existing investors Partech Africa and Sam Altman, the former CEO of Y Combinator.",
        "funding_round 200000000 investee=Lumora Systems investor=Brindle investor=Kestrel "
        "Fund investor=Orbital Heritage investor=Partech Africa investor=Ribbit Capital "
        "investor=Sam Altman",
        "nothing",
    ),
    # 'made three acquisitions: A, B, and C': one purchase each
    (
        "Lumora Systems became a unicorn in June. On the lines of its peers, the company also "
        "made three acquisitions: PrepOnline, Kestrel Vortex, and Brindle Co in 2022.",
        "acquisition None acquirer=Lumora Systems target=PrepOnline",
        "nothing",
    ),
    # 'acquired two companies, A and B'
    (
        "On Monday, Lumora Systems acquired two companies, Orbital Prep and Kestrel Vortex.",
        "acquisition None acquirer=Lumora Systems target=Kestrel Vortex",
        "nothing",
    ),
    # 'scooped up a $600 million round from X': a round, no purchase
    (
        "In May, Kota-based Lumora Institute scooped up a $600 million round from Orbital "
        "Tree Systems.",
        "funding_round 600000000 investee=Lumora Institute investor=Orbital Tree Systems",
        "acquirer=",
    ),
    # a roundup's counts ('there were four Series A deals ..., one Series B of $5 million') tell
    # no round
    (
        "Lumora Pay raised $1 million. This week, there were four Series A deals amounting to "
        "$25.10 million, one Series B of $5 million, and three Series C amounting to $20.67 "
        "million.",
        "funding_round 1000000 investee=Lumora Pay",
        "5000000",
    ),
    # investors after the amount with 'by': 'raised a seed round of $2 million by X and Y'
    (
        "AI-based agritech platform Lumora Labs raised a seed round of $2 million by Nexus "
        "Venture Partners and Orbital Capital.",
        "funding_round 2000000 investee=Lumora Labs investor=Nexus Venture Partners "
        "investor=Orbital Capital",
        "nothing",
    ),
    # 'by' before no name is no investor
    (
        "Lumora Labs raised $2 million by March.",
        "funding_round 2000000 investee=Lumora Labs",
        "investor=",
    ),
    # a company selling its own shares to X: X invests
    (
        "Lumora Labs raised $2 million by selling shares to Orbital Capital.",
        "funding_round 2000000 investee=Lumora Labs investor=Orbital Capital",
        "acquirer=",
    ),
    (
        "Lumora Labs sold new shares worth $5 million to Orbital Capital.",
        "investment None investee=Lumora Labs investor=Orbital Capital",
        "acquirer=",
    ),
    # 'with A and B leading the round': the round's leads
    (
        "Lumora Cars raised $100 million, with SoftBank and DST Global leading the round.",
        "funding_round 100000000 investee=Lumora Cars investor=DST Global investor=SoftBank",
        "nothing",
    ),
    # the one suing buys nothing: 'X sues Y alleging license breach in $1.4bn Z purchase'
    (
        "Orbital sues Kestrel alleging license breach in $1.4bn Lumora purchase",
        "lawsuit defendant=Kestrel plaintiff=Orbital",
        "acquirer=Orbital",
    ),
    # (the buyer the words name stays)
    (
        "Orbital sued Kestrel over its $1.4bn purchase of Lumora.",
        "acquisition 1400000000 acquirer=Kestrel target=Lumora",
        "acquirer=Orbital",
    ),
    # 'in case a deal with X moves forward' is no suit
    (
        "Engineers at Orbital Systems have been directed to ready the company's servers in "
        "case a deal with Lumora Labs moves forward.",
        "partnership None partner=Lumora Labs partner=Orbital Systems",
        "nothing",
    ),
    # a named complaint lodged 'to' the authority: the complainant's suit against the one fined
    (
        "The Dutch Data Protection Authority on Monday imposed a fine of 290 million euros on "
        "Lumora Rides. The Dutch DPA started the investigation on Lumora Rides after drivers "
        "complained to the rights group Orbital League, which subsequently submitted a "
        "complaint to the French DPA.",
        "lawsuit defendant=Lumora Rides plaintiff=Dutch Data Protection Authority "
        "plaintiff=Orbital League",
        "plaintiff=Lumora",
    ),
    # 'a écopé d'une amende ... infligée par l'autorité (Cnil)': the one receiving it is fined
    (
        "Le géant américain Lumora a écopé d'une amende record de 325 millions d'euros "
        "infligée par l'autorité française de contrôle du respect de la vie privée (Cnil) "
        "pour des manquements, a indiqué mercredi la Cnil.",
        "lawsuit defendant=Lumora plaintiff=Cnil",
        "defendant=Cnil",
    ),
    # a participle after a comma says who was fined: 'la négligence de X, déjà sanctionné en
    # 2020'
    (
        "La Cnil a justifié le montant record de l'amende en pointant la négligence de "
        "Lumora, déjà sanctionné en 2020 pour des manquements.",
        None,
        "defendant=Cnil",
    ),
    # 'infligé au groupe asiatique de prêt-à-porter discount X une amende'
    (
        "La Cnil a infligé en même temps au groupe asiatique de prêt-à-porter discount "
        "Kestrel une amende de 150 millions d'euros.",
        "lawsuit defendant=Kestrel plaintiff=Cnil",
        "nothing",
    ),
    # 'will pay $N to settle claims' and the regulator announcing the settlement next: its case
    (
        "Lumora and Kestrel will pay a record $170 million to settle claims the online giants "
        "illegally tracked children. The Federal Trade Commission announced the proposed "
        "settlement Wednesday.",
        "lawsuit defendant=Kestrel defendant=Lumora plaintiff=Federal Trade Commission",
        "plaintiff=Lumora",
    ),
    # a deal's end told anywhere is where it stands: 'called off its purchase' and 'announced in
    # 2022 that it would acquire'
    (
        "Orbital called off its purchase of Lumora Labs on Monday. Orbital announced in 2022 "
        "that it would acquire Lumora Labs for $1.7 billion.",
        "acquisition 1700000000 acquirer=Orbital target=Lumora Labs",
        "nothing",
    ),
    # 'the company iRobot': a descriptor before a name with a small first letter is that name
    (
        "Jan. 29 (UPI) -- Orbital announced that it was calling off plans to purchase the "
        "company iLumora on Monday.",
        "acquisition None acquirer=Orbital target=iLumora",
        "target=UPI",
    ),
    # the price 'in a $3.2bn all-share transaction' after an apposition
    (
        "Orbital Systems has agreed to acquire Lumora, developer of a customer data "
        "management platform, in a $3.2bn all-share transaction.",
        "acquisition 3200000000 acquirer=Orbital Systems target=Lumora",
        "nothing",
    ),
    # 'had raised $284m in funding prior to the deal': a total; the last round is the round
    (
        "Lumora had raised $284m in funding prior to the deal, its last round being a $175m "
        "series D.",
        "funding_round 175000000 investee=Lumora",
        "284000000",
    ),
    # 'Its earlier backers include X': X's investment, not the round just told
    (
        "Lumora Labs has raised $215m from SoftBank in a private placement. Its earlier "
        "backers include Microsoft's M12 unit and Walt Disney.",
        "investment None investee=Lumora Labs investor=M12",
        "investor=M12 investor=SoftBank",
    ),
    # 'Existing investor X also joined the round for the startup': X joins the round told before
    (
        "Lumora Labs raised a $1 billion venture round from prominent investors in late May. "
        "Existing investor Nvidia, the semiconductor giant, also joined the round for the San "
        "Francisco-based startup.",
        "funding_round 1000000000 investee=Lumora Labs investor=Nvidia",
        "funding_round None",
    ),
    # 'X's latest round was led by A, and involved additional commitments from investors
    # including B and C'
    (
        "Lumora Labs raised a $1 billion venture round in late May. Lumora's latest round was "
        "led by venture firm Accel, and involved additional commitments from investors "
        "including Y Combinator and Founders Fund.",
        "funding_round 1000000000 investee=Lumora Labs investor=Accel investor=Founders Fund "
        "investor=Y Combinator",
        "funding_round None",
    ),
    # goods bought are a supply contract, not a company bought: 'buy an additional $4.2 billion
    # in chips from X'
    (
        "Orbital agreed to buy an additional $4.2 billion in semiconductor chips from "
        "Lumora's Malta factory, the companies said.",
        "contract 4200000000 client=Orbital contractor=Lumora",
        "acquirer=",
    ),
    # 'purchases Intel modems': the maker sells
    (
        "Apple currently purchases Lumora modems for iPhones.",
        "contract None client=Apple contractor=Lumora",
        "acquirer=",
    ),
    # 'buy $10 billion of computing power from X'
    (
        "Microsoft will buy $10 billion of computing power from CoreWeave.",
        "contract 10000000000 client=Microsoft contractor=CoreWeave",
        "nothing",
    ),
    # (a chip designer bought is a company)
    (
        "Orbital and Kestrel Group have called off their $40 billion deal to buy "
        "semiconductor chip designer Arms from the Japanese bank.",
        None,
        "client=",
    ),
    # 'has been working with X since 2019': a partnership
    (
        "Microsoft has been working with OpenAI since 2019.",
        "partnership None partner=Microsoft partner=OpenAI",
        "nothing",
    ),
    # (not 'working with' a regulator)
    (
        "Orbital Systems is working with the European Commission on the probe.",
        None,
        "partner=",
    ),
    # 'X will be Y's exclusive cloud provider': X hosts Y
    (
        "Microsoft's Azure cloud computing service will be OpenAI's exclusive cloud provider, "
        "powering all OpenAI workloads.",
        "hosting None client=OpenAI host=Microsoft",
        "nothing",
    ),
    # 'the initial investment Microsoft made in OpenAI': the one who made it invests
    (
        "This investment follows the initial investment Microsoft made in OpenAI in 2019 "
        "worth $1 billion.",
        "investment 1000000000 investee=OpenAI investor=Microsoft",
        "nothing",
    ),
    # a roundup's rounds 'raised by' a company: 'a $250 million debt round raised by X, a $200
    # million Series D by Y'
    (
        "These include a $250 million debt round raised by Saudi Arabia-based Lumora, a $200 "
        "million Series D by Kestrel Pay, and a $130 million by Orbital in securitised bonds.",
        "funding_round 200000000 investee=Kestrel Pay",
        "investor=Kestrel",
    ),
    (
        "These include a $250 million debt round raised by Saudi Arabia-based Lumora, a $200 "
        "million Series D by Kestrel Pay.",
        "funding_round 250000000 investee=Lumora",
        "investor=Lumora",
    ),
    # 'Other investors in X include A, B as well as C': each an investment
    (
        "Other investors in Gojek include Facebook, KKR as well as Astra International.",
        "investment None investee=Gojek investor=KKR",
        "nothing",
    ),
    # (after the company's round they join the round)
    (
        "Lumora raised $30 million. Other investors in Lumora include Orbital and Kestrel Capital.",
        "funding_round 30000000 investee=Lumora investor=Kestrel Capital investor=Orbital",
        "investment None",
    ),
    # 'se fait racheter par X': bought by X
    (
        "Le développeur de logiciels bancaires Lumora se fait racheter par le conglomérat "
        "japonais Orbital pour 2,05 milliards de francs.",
        "acquisition 2050000000 acquirer=Orbital target=Lumora",
        "acquirer=Lumora",
    ),
    # 'la vente de sa filiale X à Y': a sale
    (
        "Atos a finalisé la vente de sa filiale Worldgrid à Alten, une opération stratégique.",
        "acquisition None acquirer=Alten seller=Atos target=Worldgrid",
        "nothing",
    ),
    # (sales are no sale)
    (
        "Les ventes de Lumora à Orbital ont augmenté de 10 %.",
        None,
        "acquirer=",
    ),
    # 'après l'injection de 227 millions provenant du fonds X': the subject's investment from X
    (
        "Lumora a quadruplé sa valeur après l’injection de 227 millions de nouveaux capitaux "
        "provenant du fonds ontarien OMERS.",
        "investment None investee=Lumora investor=OMERS",
        "nothing",
    ),
    # 'réussissait à attirer pas moins de 90 millions de dollars auprès d'investisseurs':
    # money raised (from investors: not deposits, orders or subscriptions)
    (
        "À la mi-décembre, l’entreprise wallonne de logiciels Lumora réussissait à attirer "
        "pas moins de 90 millions de dollars auprès d'investisseurs.",
        "funding_round 90000000 investee=Lumora",
        "nothing",
    ),
    # (visitors attracted are no money)
    (
        "Le salon de Lumora Systems a attiré 90 000 visiteurs.",
        None,
        "investee=",
    ),
    # 'la dernière levée de capitaux de 13 millions d'euros de l'acteur belge de la fintech X'
    (
        "Mais grâce à la dernière levée de capitaux de 13 millions d'euros de l’acteur belge "
        "de la fintech Lumora, le record a été battu.",
        "funding_round 13000000 investee=Lumora",
        "nothing",
    ),
    # 'China's cybersecurity regulator ... has fined X': the Administration the article names
    (
        "China's cybersecurity regulator said on Thursday it has fined Lumora Global Inc "
        "8.026 billion yuan ($1.19 billion). Lumora had illegally collected user information, "
        "the Cyberspace Administration of China (CAC) said in statements.",
        "lawsuit defendant=Lumora Global Inc plaintiff=Cyberspace Administration of China",
        "nothing",
    ),
    # 'an investment of Rs 43,574 crore by X into Y': the one named after 'by' invests, for that
    # sum
    (
        "On Wednesday, Reliance Industries Limited, Jio Platforms Limited and Facebook, Inc "
        "announced the signing of binding agreements for an investment of Rs 43,574 crore by "
        "Facebook into Jio Platforms.",
        "investment 435740000000 investee=Jio Platforms investor=Facebook",
        "investor=Reliance",
    ),
    # 'That stake is worth about $181 million': the stake told before is priced
    (
        "The deal will give Lyft a 2.5% stake in Argo AI in exchange for data. That stake is "
        "worth about $181 million, based on Argo's valuation.",
        "investment 181000000 investee=Argo AI investor=Lyft",
        "nothing",
    ),
    # a priced share offering is a listing: 'the $1.57-billion offering by Amer Sports Inc.'
    (
        "The biggest of those listings has been the $1.57-billion offering by Amer Sports "
        "Inc. in January.",
        "other 1570000000 other=Amer Sports Inc",
        "nothing",
    ),
    # (the name right before the noun: 'the $713-million Astera Labs Inc. offering')
    (
        "The listing follows the $713-million Astera Labs Inc. offering by one day.",
        "other 713000000 other=Astera Labs Inc",
        "nothing",
    ),
    # (offering credits is no listing)
    (
        "Orbital Systems is offering $5 million in cloud credits to startups.",
        None,
        "other=",
    ),
    # 'its approval for X's deal with Y': the possessor's deal, not the approving regulator's; a
    # sum before 'penalty' is a fine, no price
    (
        "New Delhi: In a significant development, the Competition Commission on Friday "
        "suspended its approval for Lumora's deal with Kestrel Coupons and imposed a Rs 202 "
        "crore penalty on Lumora.",
        "lawsuit defendant=Lumora plaintiff=Competition Commission",
        "contractor=Competition",
    ),
    (
        "New Delhi: In a significant development, the Competition Commission on Friday "
        "suspended its approval for Lumora's deal with Kestrel Coupons and imposed a Rs 202 "
        "crore penalty on Lumora.",
        "partnership None partner=Kestrel Coupons partner=Lumora",
        "2020000000 contractor",
    ),
    # review: the one suing still buys what a verb says it buys
    (
        "Orbital, which sued Kestrel last year, agreed on Monday to buy Lumora for $500 million.",
        "acquisition 500000000 acquirer=Orbital target=Lumora",
        "nothing",
    ),
    (
        "Orbital sued Kestrel, claiming the $1.4 billion it paid to acquire Lumora was based "
        "on fraudulent accounts.",
        "acquisition 1400000000 acquirer=Orbital target=Lumora",
        "nothing",
    ),
    (
        "On Monday, Orbital sued the General Services Administration over a cancelled $40 "
        "million cloud contract.",
        "contract 40000000 contractor=Orbital",
        "nothing",
    ),
    # review: a complaint about another company is that company's case
    (
        "The regulator fined Orbital $5 million. Kestrel, which had lodged a complaint with "
        "the Federal Trade Commission about Brindle, said it was pleased.",
        "lawsuit defendant=Brindle plaintiff=Kestrel",
        "defendant=Orbital plaintiff=Kestrel",
    ),
    # review: the complainant joins the regulator's fine, which stays
    (
        "The CNIL fined Orbital 10 million euros. Kestrel, which subsequently submitted a "
        "complaint to the CNIL, welcomed the decision.",
        "lawsuit defendant=Orbital plaintiff=CNIL plaintiff=Kestrel",
        "nothing",
    ),
    # review: an apposition's complement is not the one 'déjà sanctionné'
    (
        "La Cnil a sanctionné Kestrel, concurrent de Orbital, déjà sanctionné en 2020 par "
        "l'autorité.",
        None,
        "defendant=Orbital",
    ),
    # review: 'attirer' money is a round only among investors, not deposits or orders
    (
        "La banque Kestrel veut attirer 3 milliards d'euros de dépôts grâce à son nouveau livret.",
        None,
        "investee=",
    ),
    (
        "Le fonds Kestrel Gestion a attiré 1 milliard d'euros de souscriptions depuis son "
        "lancement.",
        None,
        "investee=",
    ),
    # review: 'une levée de 13 millions de la part du fonds X': X is no investee
    (
        "La start-up Lumora a bouclé lundi une levée de 13 millions d'euros de la part du "
        "fonds Kestrel Capital.",
        "funding_round 13000000 investee=Lumora",
        "investee=Kestrel",
    ),
    (
        "Lundi, la levée de 13 millions d'euros de l'investisseur belge Kestrel dans la "
        "start-up Lumora a été finalisée.",
        None,
        "investee=Kestrel",
    ),
    # review: goods sold ('la vente de logiciels', 'de 20 avions') are no company sold
    (
        "La vente de logiciels de Kestrel à Orbital, son principal client, a rapporté 20 "
        "millions d'euros.",
        None,
        "acquirer=",
    ),
    (
        "Lundi, Airbus a confirmé la vente de 20 avions A320 à Orbital Airlines.",
        None,
        "acquirer=",
    ),
    # review: a vaccine's injection is no investment
    (
        "Lumora Pharma lance l'injection de son vaccin provenant du laboratoire Orbital.",
        None,
        "investor=",
    ),
    # review: 'Other investors in X include Y's founder': a person, not Y
    (
        "Other investors in Lumora include Kestrel's founder and Brindle's former CEO.",
        None,
        "investor=Kestrel",
    ),
    # review: working with lawyers, an adviser, a regulator or against a rival is no partnership
    (
        "Lumora has been working with lawyers since 2019 to fight Orbital's patent claims.",
        None,
        "partner=",
    ),
    (
        "Lumora has been working with Goldman Sachs since March on a potential sale.",
        None,
        "partner=",
    ),
    (
        "Lumora has been working with the Federal Aviation Administration since 2019 to "
        "certify its drone.",
        None,
        "partner=",
    ),
    (
        "Lumora's CEO has been working with Orbital's founder since 2019, when they met at "
        "Stanford.",
        None,
        "partner=",
    ),
    # review: 'will no longer be' or 'had hoped to be' its cloud provider hosts nothing
    (
        "Kestrel will no longer be Lumora's exclusive cloud provider, the company said.",
        None,
        "host=",
    ),
    (
        "Orbital picked Kestrel over Lumora, which had hoped to be Orbital's exclusive cloud "
        "provider.",
        None,
        "host=Lumora",
    ),
    # review: settling 'claims' is an authority's case only when it announced the settlement
    (
        "Orbital will pay $10 million to settle claims. The European Commission separately "
        "cleared its acquisition of Kestrel.",
        None,
        "plaintiff=European",
    ),
    (
        "Orbital will pay $50 million to settle claims from former employees over unpaid "
        "overtime. The Department of Labor had backed the workers.",
        None,
        "plaintiff=Department",
    ),
    # review: an earlier abandoned attempt does not end the later deal
    (
        "Orbital announced in 2022 that it would acquire Kestrel for $1.7 billion. In 2019, "
        "Orbital had abandoned an attempt to buy Kestrel amid antitrust concerns.",
        "acquisition 1700000000 acquirer=Orbital target=Kestrel",
        "nothing",
    ),
    # review: clients won are no companies bought
    (
        "Orbital acquired two new clients, Kestrel and Brindle, in the quarter.",
        None,
        "acquirer=",
    ),
    # review: 'The Brindle acquisition ... was worth' prices Brindle's deal, not the one told
    # before
    (
        "Orbital acquired Kestrel last year. The Brindle acquisition, announced in August, "
        "was worth $700 million.",
        None,
        "700000000 acquirer=Orbital target=Kestrel",
    ),
    # 'They' opening a sentence: the names coordinated as the last sentence's subject
    (
        "Orbital and Kestrel announced a legal move on Monday. They sued Lumora in a "
        "federal court in Delaware.",
        "lawsuit defendant=Lumora plaintiff=Kestrel plaintiff=Orbital",
        "defendant=Orbital",
    ),
    # a suit filed with no defendant: the one its plaintiffs accuse in the next sentences
    (
        "Orbital and Kestrel filed a copyright lawsuit in Los Angeles on Monday. The "
        "studios accuse Lumora, the image generator, of copying their characters.",
        "lawsuit defendant=Lumora plaintiff=Kestrel plaintiff=Orbital",
        "defendant=Orbital",
    ),
    # (not the one someone else accuses)
    (
        "Orbital filed a lawsuit on Monday. Kestrel accused Lumora of fraud.",
        None,
        "defendant=Lumora",
    ),
    # 'alleging X of': the accused
    (
        "Orbital has come up with its own patent lawsuits in Texas, alleging Kestrel of "
        "copying its designs.",
        "lawsuit defendant=Kestrel plaintiff=Orbital",
        "defendant=Orbital",
    ),
    # a relative after an apposition: 'Porter, an on-demand goods transport agency, which
    # secured' (the name introduced by 'including' still raises)
    (
        "Funding went to growth-stage companies, with notable investments including "
        "Lumora, an on-demand freight agency, which secured USD 200 million in its Series"
        " F funding round.",
        "funding_round 200000000 investee=Lumora",
        "investor=Lumora",
    ),
    # rounds whose amounts are not told: 'also attracted substantial investments this week'
    (
        "Logistics firms Orbital Freight and Kestrel Labs also attracted substantial "
        "investments this week.",
        "funding_round None investee=Kestrel Labs",
        "investor=",
    ),
    # 'Other startups that garnered funding include A, B': a round each
    (
        "Other early-stage startups that garnered funding include robotics company Lumora"
        " Robotics and edtech firm Kestrel Learning.",
        "funding_round None investee=Kestrel Learning",
        "investor=",
    ),
    # (many companies' funding is no round)
    (
        "Startups in Lumora County raised fresh funding this week.",
        None,
        "funding_round",
    ),
    # a lede's indefinite subject ('A French start-up founded ... by former Kestrel and Lumora
    # researchers has raised'): the company the next sentence names, not a name inside
    # 'founded ... by'
    (
        "A French start-up founded two weeks ago by former Kestrel and Lumora researchers"
        " has raised €105 million in a seed round. Orbital AI’s first round of financing "
        "values the Paris-based concern at €240 million.",
        "funding_round 105000000 investee=Orbital AI",
        "investee=Lumora",
    ),
    # 'X, a startup founded by former Kestrel engineers, raised': the founders' employer is no
    # party
    (
        "Orbital Labs, a startup founded by former Kestrel engineers, raised $5 million.",
        "funding_round 5000000 investee=Orbital Labs",
        "investee=Kestrel",
    ),
    # 'is leading X's round' (a curly apostrophe)
    (
        "Orbital AI raised €105 million. Kestrel Venture Partners is leading Orbital AI’s round.",
        "funding_round 105000000 investee=Orbital AI investor=Kestrel Venture Partners",
        "investee=Kestrel",
    ),
    # people named as a round's other investors, after their titles ('former Kestrel chief
    # Anna Holt')
    (
        "Orbital AI raised €105 million. Other investors include former Kestrel chief "
        "Anna Holt, French telecoms billionaire Pierre Vallon, and Lumora Capital.",
        "funding_round 105000000 investee=Orbital AI investor=Anna Holt investor=Lumora "
        "Capital investor=Pierre Vallon",
        "investor=Kestrel ",
    ),
    # 'X, an early backer of companies including A, B and C': an investment in each
    (
        "Kestrel Venture Partners, an early backer of companies including Lumora, Brindle"
        " Games and Quarry AI, is leading the round.",
        "investment None investee=Brindle Games investor=Kestrel Venture Partners",
        "investee=Kestrel",
    ),
    # a verb's roles before a generic word's: 'A and B ... terminate the agreement, under
    # which A would have acquired B'; a termination fee prices no deal
    (
        "Orbital and Kestrel have entered into a mutual agreement to terminate the "
        "acquisition agreement, under which Orbital would have acquired Kestrel. Orbital "
        "will pay Kestrel a $94 million termination fee.",
        "acquisition None acquirer=Orbital target=Kestrel",
        "94000000",
    ),
    # 'X has been offered a deal ... by Y': X is bid for (and the deal offered is that bid,
    # not another)
    (
        "According to people familiar with the matter, Lumora Systems has been offered a "
        "deal in excess of $7 billion in cash by Orbital.",
        "bid 7000000000 bidder=Orbital target=Lumora Systems",
        "acquirer=Lumora",
    ),
    # 'which counts A and B as partners': a partnership each; 'counts X as an investor': an
    # investment
    (
        "Orbital Motor, which counts Kestrel AG and Lumora Co as partners, aims to raise "
        "as much as 1 billion yuan.",
        "partnership None partner=Lumora Co partner=Orbital Motor",
        "investee=Kestrel",
    ),
    # (as an investor)
    (
        "Orbital Labs, which counts Kestrel Capital as an investor, raised $5 million.",
        "investment None investee=Orbital Labs investor=Kestrel Capital",
        "investee=Kestrel",
    ),
    # 'China's biggest carmaker' points back as 'the carmaker' does (a place's, not a
    # company's)
    (
        "Orbital Motor is planning a fresh round of fund-raising. China's biggest "
        "carmaker aims to raise as much as 1 billion yuan, one of the people said.",
        "funding_round 1000000000 investee=Orbital Motor",
        "investee=China",
    ),
    # 'racheter pour près de 69 milliards de dollars (60,7 milliards d'euros) l'éditeur de
    # jeux X': the object after the price; 'jeux' says what the publisher makes (no product)
    (
        "Orbital a annoncé son intention de racheter pour près de 69 milliards de dollars"
        " (60,7 milliards d’euros) l’éditeur de jeux Lumora Studios.",
        "acquisition 69000000000 acquirer=Orbital target=Lumora Studios",
        "target=Orbital",
    ),
    # investors listed after a colon: 'auprès d'un pool d'investisseurs de prestige : A, B, C'
    # (the first, after the colon, is a name too)
    (
        "La Martech lyonnaise Lumora se place deuxième avec une levée de 5 millions "
        "d’euros auprès d’un pool d’investisseurs de prestige : Kestrel, Orbital "
        "Corporation, Brindle Construction ainsi qu’un investisseur privé.",
        "funding_round 5000000 investee=Lumora investor=Brindle Construction "
        "investor=Kestrel investor=Orbital Corporation",
        "investee=Kestrel",
    ),
    # (English)
    (
        "Lumora raised $5 million from a group of investors: Kestrel Capital, Orbital "
        "Corporation and Brindle Construction.",
        "funding_round 5000000 investee=Lumora investor=Brindle Construction "
        "investor=Kestrel Capital investor=Orbital Corporation",
        "investee=Kestrel",
    ),
    # the price in a verbless clause after a semicolon: 'X acquiert Y, une entreprise ... ;
    # une transaction de 430 millions US'
    (
        "Orbital acquiert Lumora, une entreprise américaine de logiciels de gestion de "
        "restaurants ; une transaction de 430 millions US (environ 560 millions CAD).",
        "acquisition 430000000 acquirer=Orbital target=Lumora",
        "target=Orbital",
    ),
    # 'le fabricant de ChatGPT OpenAI': the product's maker (and the French verb 'a'
    # coordinates no name: 'qui a investi ..., a qualifié Mistral')
    (
        "Microsoft, qui a déjà investi des milliards dans le fabricant de ChatGPT OpenAI,"
        " a qualifié Lumora d'innovateur.",
        "investment None investee=OpenAI investor=Microsoft",
        "investee=Lumora",
    ),
    # 'fining X and Y a combined €700 million' after the clause of the authority that fines
    (
        "The Lumora Commission has imposed its first major penalties under the new law, "
        "fining tech giants Orbital and Kestrel a combined €700 million for violating it.",
        "lawsuit defendant=Kestrel plaintiff=Lumora Commission",
        "defendant=Lumora",
    ),
    # a stake sold to no one named: the seller and the company (no acquisition without a
    # buyer, no investment of the seller's)
    (
        "Orbital sold its 1.18 million share stake in British chip designer Lumora "
        "Holdings in the second quarter.",
        "other None investee=Lumora Holdings seller=Orbital",
        "investor=Orbital",
    ),
    # money 'raised from the sale' is its proceeds, no round
    (
        "Orbital sold its stake in Lumora. Orbital would have raised about $146.7 million"
        " from the sale.",
        None,
        "funding_round",
    ),
    # 'A, B and C ... strike deals with D': a deal each with D
    (
        "In the past few weeks, Orbital News, the Kestrel Times and Lumora Media became "
        "the latest news organizations to strike deals with Brindle AI.",
        "partnership None partner=Brindle AI partner=Kestrel Times",
        "partner=Lumora Media partner=Orbital",
    ),
    # a new subject and its auxiliary after 'and' cuts the clause: 'Orbital has backed Lumora
    # and Kestrel has partnered with Brindle'
    (
        "Yet while Orbital has backed Lumora and Kestrel has partnered with companies "
        "including Brindle AI, Quarry has not been as active.",
        "partnership None partner=Brindle AI partner=Kestrel",
        "partner=Orbital",
    ),
    # French idiom: 'X passe aux mains de Y' is bought by Y
    (
        "La firme québécoise d’intelligence artificielle Lumora AI cofondée par Anna Holt"
        " passe aux mains de la société américaine Orbital, qui a son siège social à "
        "Santa Clara.",
        "acquisition None acquirer=Orbital target=Lumora AI",
        "acquirer=Lumora",
    ),
    # a round in an opening phrase is another round than the one the clause tells ('deux ans
    # après une ronde record de 137 millions $, X avait annoncé avoir amassé 200 millions $');
    # Québec's 'ronde', 'amasser'
    (
        "En septembre 2019, deux ans après une ronde record de 137 millions $, la start-"
        "up d’intelligence artificielle Lumora AI avait annoncé avoir amassé 200 millions"
        " $.",
        "funding_round 200000000 investee=Lumora AI",
        "investor=Lumora",
    ),
    # a person speaking of 'the acquisition of X' is not its buyer (a company speaking is; a
    # CEO's company is)
    (
        "Sheikh Rashid, also Prime Minister of the country, said the acquisition of "
        "Lumora Systems reflects the strength of the region.",
        None,
        "acquirer=Rashid",
    ),
    # (the CEO's company)
    (
        "Lumora said Orbital CEO Anna Holt said the acquisition of Kestrel would close in May.",
        "acquisition None acquirer=Orbital target=Kestrel",
        "acquirer=Anna Holt",
    ),
    # 'en série D. Les financeurs ...': a round's letter ends a sentence; 'A et B qui menaient
    # le tour de table' lead the round told before
    (
        "Lumora a ouvert le bal avec une levée de 486 millions d’euros en série D. Les "
        "financeurs se sont bousculés autour de Kestrel Global et Orbital Capital qui "
        "menaient le tour de table, avec 8 nouveaux entrants.",
        "funding_round 486000000 investee=Lumora investor=Kestrel Global investor=Orbital Capital",
        "investee=Orbital",
    ),
    # 'the private placement was led by A and B alongside existing investors C and D' (a
    # Reuters code with a share class ending the sentence: 'VOWG_p.DE.')
    (
        "Lumora said on Wednesday it had raised $2.75 billion in equity. The company said"
        " the private placement was led by Kestrel Capital alongside existing investors "
        "Orbital Partners and Brindle Motors BRDG_p.DE.",
        "funding_round 2750000000 investee=Lumora investor=Brindle Motors "
        "investor=Kestrel Capital investor=Orbital Partners",
        "BRDG",
    ),
    # a company's canonical name typed with a straight apostrophe ('Byju’s' and 'Byju's' are
    # one name); 'Educational' is a company word (no person 'Aakash Educational')
    (
        "India’s Orbyju’s has paid 19 billion rupees to Kestrel Inc as part of a $950 "
        "million deal to buy Aakash Educational, a source said.",
        "acquisition 950000000 acquirer=Orbyju's target=Aakash Educational",
        "acquirer=Kestrel",
    ),
    # investors after 'a funding round that included X'
    (
        "Interest is rising in the Tokyo-based startup Lumora AI, which recently "
        "announced a $100 million-plus funding round that included Orbital.",
        "funding_round 100000000 investee=Lumora AI investor=Orbital",
        "investee=Orbital",
    ),
    # the client named as a priced contract's modifier: 'a $10 billion Kestrel contract'
    (
        "Orbital won a $10 billion Kestrel Agency contract to build a cloud.",
        "contract 10000000000 client=Kestrel Agency contractor=Orbital",
        "contractor=Kestrel",
    ),
    # 'des plaintes collectives des associations A et B' after a fine: the complainants' case
    # against the one fined; title-case names with small words in prose ('None Of Your
    # Business')
    (
        "La CNIL a annoncé lundi avoir infligé une amende record de 50 millions d’euros à "
        "Orbital. Une amende qui intervient après des plaintes collectives des associations "
        "None Of Your Kestrel et La Quadrature du Brindle.",
        "lawsuit defendant=Orbital plaintiff=CNIL plaintiff=La Quadrature du Brindle "
        "plaintiff=None Of Your Kestrel",
        "defendant=None Of",
    ),
    # (review) 'has been offered a job / a partnership / a loan' is no bid for the company
    (
        "Kestrel's chief executive has been offered a job by Orbital. Lumora has been "
        "offered a partnership by Orbital.",
        None,
        "bid",
    ),
    # (review) a lede's company is the one the next sentence opens with as its topic, not the
    # round's lead nor a name further in
    (
        "A French start-up has raised $100 million. Orbital Capital, which led the round,"
        " said it was impressed.",
        None,
        "investee=Orbital",
    ),
    # (review) a suit's defendant is the one its plaintiffs accuse, not one analysts accuse
    (
        "Orbital filed a lawsuit on Tuesday. Analysts accuse Lumora of overpricing its chips.",
        None,
        "defendant=Lumora",
    ),
    # (review) the English article 'a' still coordinates a name ('and a Paris fund, X')
    (
        "Kestrel raised $10 million from Orbital and a Paris fund, Brindle Capital.",
        "funding_round 10000000 investee=Kestrel investor=Brindle Capital investor=Orbital",
        "investee=Orbital",
    ),
    # (review) a company named in quotes, and a name starting with 'Interim', stay names
    (
        "Interim Capital invested $10 million in 'Brindle Labs'.",
        "investment 10000000 investee=Brindle Labs investor=Interim Capital",
        "investee=Interim",
    ),
    # (review) 'passe aux mains de' a person is no purchase
    (
        "La présidence du conseil de Lumora passe aux mains de Paul Martin.",
        None,
        "acquisition",
    ),
    # (review) 'fined A and B a combined €700 million': no one company's fine
    (
        "The Lumora Commission fined Orbital and Kestrel a combined €700 million.",
        "lawsuit defendant=Kestrel plaintiff=Lumora Commission",
        "700000000",
    ),
    # 'buy up to 160 million shares of X': a stake, no takeover
    (
        "Orbital has issued a warrant that gives Kestrel the ability to buy up to 160 "
        "million shares of Orbital over the course of the deal.",
        "investment None investee=Orbital investor=Kestrel",
        "target=",
    ),
    # a 'fundraise' is a round: 'NuBank’s $400 million fundraise in July'
    (
        "The round is the largest ahead of Brazilian challenger Lumora’s $400 million "
        "fundraise in July of this year.",
        "funding_round 400000000 investee=Lumora",
        "investor=Lumora",
    ),
    # an opening phrase counts time from a number ('deux ans après', 'Two years after'), not
    # any two words ('It comes weeks after a judge ruled ..., paving the way for X to sue Y')
    (
        "Lumora filed a lawsuit this week accusing Orbital of violating antitrust laws. "
        "It comes weeks after a federal judge ruled Orbital violated antitrust laws, "
        "paving the way for Lumora and other companies to sue Orbital.",
        "lawsuit defendant=Orbital plaintiff=Lumora",
        "plaintiff=Orbital",
    ),
    # one authority written 'CNIL' and 'Cnil': one fine, not two
    (
        "Orbital a reçu une amende de 40 millions d'euros, a annoncé jeudi la CNIL. « Le "
        "15 juin 2023, la Cnil a sanctionné la société Orbital d'une amende de 40 "
        "millions d'euros », déclare la Cnil.",
        "lawsuit defendant=Orbital plaintiff=CNIL",
        "plaintiff=Cnil",
    ),
    # 'which represents a total equity value of $918 million': the price paid in all, no
    # valuation
    (
        "Orbital will acquire Kestrel for $16.00 per share in cash, which represents a "
        "total equity value of approximately $918 million.",
        "acquisition 918000000 acquirer=Orbital target=Kestrel",
        "valuation",
    ),
    # 'valuing the deal at $14.7 billion': the deal's price, no valuation of a company
    (
        "Orbital sought to buy Kestrel. Kestrel investors were offered 0.5533 shares of "
        "Orbital for each Kestrel share, valuing the deal at $14.7 billion.",
        None,
        "valuation",
    ),
    # 'qui a déjà levé près de 500 millions d'euros', 'has already raised': all it has raised,
    # no round, and no price of the deal the sentence tells
    (
        "L'entreprise française Lumora, qui a déjà levé près de 500 millions d'euros, a "
        "confirmé lundi le partenariat avec Orbital.",
        "partnership None partner=Lumora partner=Orbital",
        "500000000",
    ),
    # many companies raising is no round ('les entreprises technologiques d'Afrique de l'Ouest
    # ont levé')
    (
        "Sur les neuf premiers mois de l’année 2021, les entreprises technologiques "
        "d’Afrique de l’Ouest ont levé 1,34 milliard $.",
        None,
        "funding_round",
    ),
    # a descriptor resolved to the very company bought is no buyer ('the food delivery
    # platform will buy Lumora')
    (
        "Orbital approved the purchase of Lumora. Earlier, it was said that the food "
        "delivery platform will buy Lumora for about $700 million.",
        None,
        "acquirer=Lumora",
    ),
    # 'other existing investors such as X will also participate': X invests, it is not
    # invested in
    (
        "While Kestrel will pour in US$200 million, other existing investors such as "
        "Orbital Group will also participate, the people said.",
        None,
        "investee=Orbital",
    ),
    # 'all of X's businesses': X is bought, not a seller
    (
        "Orbital will acquire all of Kestrel’s mobility, delivery, and payments "
        "businesses across the region.",
        "acquisition None acquirer=Orbital target=Kestrel",
        "seller=Kestrel",
    ),
    # 'CEO Anna Holt said that buying X marks ...': the speaker buys through her company, if
    # named, else no buyer
    (
        "Orbital agreed to buy Kestrel. CEO Dr Anna Holt said that buying Kestrel marks "
        "the next major step.",
        "acquisition None acquirer=Orbital target=Kestrel",
        "acquirer=Anna Holt",
    ),
    # 'handed down a fine' is the authority's act (not 'was handed a fine'); a regulator's
    # priced fine naming no one fines the company its sentence names before it
    (
        "The Lumora Administration for Market Regulation required Orbital and its "
        "affiliates to waive exclusive music rights within 30 days and handed down a fine"
        " of 500,000 yuan.",
        "lawsuit defendant=Orbital plaintiff=Lumora Administration for Market Regulation",
        "defendant=Lumora",
    ),
    # (a fine of someone unnamed fines no one)
    (
        "Orbital sold its cloud unit. In Britain, the Competition and Markets Authority "
        "fined a reseller £12.5m in October.",
        None,
        "defendant=Orbital",
    ),
    # a wire's heading glued to the name: 'France-L'Autorité de la concurrence inflige' (no
    # 'France-L')
    (
        "France-L'Autorité de la concurrence inflige une sanction de €250 mlns à Orbital",
        "lawsuit defendant=Orbital plaintiff=Autorité de la concurrence",
        "France-L",
    ),
    # 'X has backed Y' names an investment (not 'has backed Y in its dispute', 'has backed Y's
    # offer')
    (
        "Yet while Orbital has backed Lumora AI and Kestrel has partnered with companies "
        "including Brindle, Quarry has not been as active.",
        "investment None investee=Lumora AI investor=Orbital",
        "investor=Kestrel",
    ),
    # (support, not money)
    (
        "Elliott Capital has backed Lumora in its dispute with Orbital. The board has "
        "backed Kestrel's offer.",
        None,
        "investment",
    ),
    # (review of the passive offer rule) 'X investors were offered 0.5533 shares of Y':
    # shares, no bid for X by no one
    (
        "Orbital sought to buy Kestrel. Kestrel investors were offered 0.5533 shares of "
        "Orbital for each Kestrel share, valuing the deal at $14.7 billion.",
        "acquisition 14700000000 acquirer=Orbital target=Kestrel",
        "target=Orbital",
    ),
    # a synergy 'target of $75 million per year' prices no bid
    (
        "When Orbital made its offer for Kestrel, it shared an approximate target of $75 "
        "million per year in savings.",
        None,
        "75000000",
    ),
    # 'the $69 billion acquisition was blocked' prices the purchase of a company told before,
    # not the sale of rights told just before it
    (
        "Orbital announced its acquisition of Kestrel Games in 2022. Kestrel had in "
        "August agreed to sell its streaming rights to Lumora Entertainment. Orbital "
        "announced the biggest gaming deal in history in early 2022, but the $69 billion "
        "acquisition was blocked in April by the regulator.",
        "acquisition 69000000000 acquirer=Orbital target=Kestrel Games",
        "69000000000 acquirer=Lumora",
    ),
    # a headline's rounded price ('for $5.3 billion') and the body's ('for $5.32 billion'):
    # one deal, at the body's
    (
        "Orbital to acquire UK cybersecurity company Kestrel for $5.3 billion in cash\n"
        "Private equity firm Orbital said on Friday it had agreed to buy Kestrel. Today, "
        "they announced their agreement to purchase UK cybersecurity company Kestrel for "
        "$5.32 billion in cash.",
        "acquisition 5320000000 acquirer=Orbital target=Kestrel",
        "5300000000",
    ),
    # a column's name before its item ('Daily Briefing: X bagged $28.35m') is no company
    (
        "Daily Briefing: Lumora bagged $28.35m in series B funding; the agency launches a"
        " tender for rooftop farming sites.",
        "funding_round 28350000 investee=Lumora",
        "Daily Briefing",
    ),
    # 'X announced that the Y share purchase agreement with Z has been terminated': X buys Y
    # from Z (a purchase ended), no partnership of Y and Z
    (
        "SANTA CLARA, Calif., March 29, 2021 – Orbital Materials, Inc. today announced "
        "that the amended Kestrel Electric Corporation share purchase agreement with "
        "Lumora Investment L.P. has been terminated.",
        "acquisition None acquirer=Orbital Materials seller=Lumora Investment "
        "target=Kestrel Electric Corporation",
        "partner=",
    ),
    # 'les discussions avec X concernant la cession de son activité Y': X is the one talked
    # with (the buyer), not the seller
    (
        "« Lumora […] a été informé que les discussions avec Orbital concernant la "
        "cession de son activité BDS (Big Data & Security) ont pris fin », a indiqué le "
        "groupe.",
        None,
        "seller=Orbital",
    ),
    # a year's review of one regulator's fines: 'Netflix got a fine of €4.75 million' is the
    # article's one authority's (Dutch 'Autoriteit' is an authority word)
    (
        "The Autoriteit Persoonsgegevens carried out numerous interventions in 2024. The "
        "AP took measures against several companies, including Orbital, Kestrel and "
        "Lumora. In the case of Orbital, it gave advice. Public bodies should not use "
        "such platforms. The regulator imposed fines on the other businesses. Kestrel got"
        " a fine of €4.75 million.",
        "lawsuit defendant=Kestrel plaintiff=Autoriteit Persoonsgegevens",
        "plaintiff=Kestrel",
    ),
    # the owner of patents infringed, after an aside and a country's abbreviation: 'infringed
    # on two of U.S. defense contractor X’ (maker of the Y) patents'
    (
        "A jury found that China-based drone maker Kestrel DJI willfully infringed on two"
        " of U.S. defense contractor Orbital Innovations’ (maker of the Huey military "
        "chopper) patents.",
        "lawsuit defendant=Kestrel DJI plaintiff=Orbital Innovations",
        "plaintiff=Kestrel",
    ),
    # two deals in a row: 'last week’s $35 billion deal between A and B and C’s $40 billion
    # purchase of D' (the deal word names others than the purchase; the buyer named first)
    (
        "The Orbital-Kestrel deal is the third chip acquisition in two months, following "
        "last week’s $35 billion deal between Lumora and Brindle and Quarry’s $40 billion"
        " purchase of Vexa.",
        "acquisition 35000000000 acquirer=Lumora target=Brindle",
        "target=Lumora",
    ),
    # 'purchase of Arm and AMD's $35 billion acquisition of Xilinx': the second name is a
    # buyer, no second target
    (
        "It follows Quarry's $40 billion purchase of Vexa and Lumora's $35 billion "
        "acquisition of Brindle.",
        "acquisition 40000000000 acquirer=Quarry target=Vexa",
        "target=Lumora",
    ),
    # The one who pays to settle a lawsuit accusing someone is the accused, never its
    # plaintiff (no plaintiff named: no suit)
    (
        "Orbital owner Lumora agreed to pay $725 million to settle a lawsuit accusing the"
        " platform of allowing Brindle to access data.",
        None,
        "plaintiff=Lumora",
    ),
    # The same, the plaintiff named by 'brought by'
    (
        "Lumora agreed to pay $20 million to settle a lawsuit brought by Orbital accusing"
        " it of fraud.",
        "lawsuit defendant=Lumora plaintiff=Orbital",
        "plaintiff=Lumora",
    ),
    # A short surname that is also a small word, after a given name and before a possessive:
    # 'Jack Ma's Ant Group' is Ant Group that backs Lumora; no company 'Jack'
    (
        "Lumora, backed by Jack Ma's Ant Group Co, launched its IPO.",
        "investment None investee=Lumora investor=Ant Group Co",
        "investor=Jack",
    ),
    # A lede's first words in capitals, with a possessive: 'IRELAND’S Data Protection
    # Commission' is the commission (no party 'IRELAND’S')
    (
        "IRELAND’S Data Protection Commission (DPC) has fined Lumora €310 million.",
        "lawsuit defendant=Lumora plaintiff=Data Protection Commission",
        "IRELAND",
    ),
    # A sum's worth of a company's shares bought is a stake in it, no takeover
    (
        "Lumora agreed to buy $300 million worth of Orbital shares.",
        "investment 300000000 investee=Orbital investor=Lumora",
        "acquisition",
    ),
    # The same, the company's shares with a possessive
    (
        "Lumora agreed to buy $300 million of Orbital's stock.",
        "investment 300000000 investee=Orbital investor=Lumora",
        "acquisition",
    ),
    # The same, the company unnamed in the sentence: the one the article is about (its IPO)
    (
        "Orbital raised $800 million in its IPO. Lumora Capital and Brindle Fund were two"
        " of the cornerstone investors who agreed to buy about $300 million worth of "
        "stock.",
        "investment 300000000 investee=Orbital investor=Brindle Fund investor=Lumora Capital",
        "acquirer=",
    ),
    # One deal told twice, once with the names' legal suffixes and once without ('Analog
    # Devices' and 'Analog Devices Inc'): one fact, with its price
    (
        "Lumora Devices is buying Orbital Systems in an all-stock deal. But Lumora "
        "Devices Inc.'s $21 billion deal to acquire rival Orbital Systems Inc. is about "
        "muscle.",
        "acquisition 21000000000 acquirer=Lumora Devices Inc target=Orbital Systems Inc",
        "acquisition None",
    ),
    # French: 'la vente à X des opérateurs A et B', the buyer named before what is sold; one
    # sale of both from the seller; its price in the next sentence ('Le montant de
    # l’opération') goes to the sentence's main deal, not to a background one after it; 'les
    # avoir rachetés' takes no object after the verb
    (
        "Le groupe Lumora a annoncé la vente à Orbital des opérateurs Brindle Mobile et "
        "Jim Mobile, cinq ans après les avoir rachetés dans la foulée de l’acquisition de"
        " Base par Telenet. Le montant de l’opération s’élève à 130 millions d’euros.",
        "acquisition 130000000 acquirer=Orbital seller=Lumora target=Brindle Mobile "
        "target=Jim Mobile",
        "acquirer=Lumora",
    ),
    # The same in English: two companies bought from one seller are one purchase
    (
        "Orbital will buy Brindle Mobile and Jim Mobile from Lumora. The deal is worth "
        "130 million euros.",
        "acquisition 130000000 acquirer=Orbital seller=Lumora target=Brindle Mobile "
        "target=Jim Mobile",
        "acquisition None",
    ),
    # Past purchases of several companies with no seller stay one per company
    (
        "He previously purchased CA Technologies and Symantec.",
        "acquisition None target=Symantec",
        "target=CA Technologies target=Symantec",
    ),
    # The agency of a dateline with a place and a date and no dash ('New Delhi, March 29
    # (IANS) The') is the article's source, never the company a descriptor points to
    (
        "New Delhi, March 29 (IANS) The domestic startup ecosystem secured more than $150"
        " million this week.\nIndia’s largest model portfolios platform raised $50 million"
        " in its Series D funding round led by Brindle Partners.",
        None,
        "investee=IANS",
    ),
    # 'could be taken private in a deal backed by A, B and C': a buyout by those named after
    # 'by', not an investment; a deal backed is no company backed
    (
        "Lumora Games could be taken private in a $55 billion deal announced Monday "
        "that's backed by Orbital Fund, Sarah Klein's Brindle Partners, and private "
        "equity firm Silver Lake.",
        "acquisition 55000000000 acquirer=Brindle Partners acquirer=Orbital Fund "
        "acquirer=Silver Lake target=Lumora Games",
        "investment",
    ),
    # A list of names goes on past one written with its owner's possessive ('Sarah Klein's
    # Brindle Partners, and Silver Lake')
    (
        "Lumora was bought by Orbital, Sarah Klein's Brindle Partners, and Silver Lake.",
        "acquisition None acquirer=Brindle Partners acquirer=Orbital acquirer=Silver Lake"
        " target=Lumora",
        "investor",
    ),
    # 'will be taken private by X'
    (
        "Lumora will be taken private by Thoma Bravo in a $5 billion deal.",
        "acquisition 5000000000 acquirer=Thoma Bravo target=Lumora",
        "investor",
    ),
    # A firm's size in a relative clause ('which managed over $30 billion in equity
    # commitments') prices no deal; the purchase told again merges with its priced telling
    (
        "Thoma Bravo will acquire the cybersecurity firm Lumora for £3.1 billion. Now "
        "Thoma Bravo, which as of January 2019 managed over $30 billion in equity "
        "commitments, has bought the British tech company.",
        "acquisition 3100000000 acquirer=Thoma Bravo target=Lumora",
        "30000000000",
    ),
    # The same with assets under management
    (
        "Thoma Bravo, which has $120 billion of assets under management, bought Lumora.",
        "acquisition None acquirer=Thoma Bravo target=Lumora",
        "120000000000",
    ),
    # A company named right before a deal noun is the one bought, by the possessive before it
    # ('Google's Fitbit acquisition')
    (
        "Google's Fitbit acquisition closed.",
        "acquisition None acquirer=Google target=Fitbit",
        "acquirer=Fitbit",
    ),
    # The same with a price between ('Microsoft’s $69 billion Activision takeover')
    (
        "Microsoft’s $69 billion Activision takeover closed.",
        "acquisition 69000000000 acquirer=Microsoft target=Activision",
        "acquirer=Activision",
    ),
    # 'the Fitbit purchase is an opportunity to invest in X': the purchase is a noun and
    # Fitbit no buyer or investor
    (
        "Osterloh said that the Fitbit purchase is an opportunity to invest in Lumora.",
        None,
        "=Fitbit",
    ),
    # An operating system ('Wear OS') is no company
    (
        "Google wants to invest even more in Wear OS.",
        None,
        "Wear OS",
    ),
    # The one a subject rivals is no party: 'Europe’s hope to rival OpenAI, Aleph Alpha,
    # raised'
    (
        "Europe’s hope to rival OpenAI, Lumora, may have just raised close to 500 million"
        " euros from investors this week.",
        "funding_round 500000000 investee=Lumora",
        "investee=OpenAI",
    ),
    # 'Lumora, a rival to Nvidia, raised': an apposition naming a rival, no list
    (
        "Lumora, a rival to Nvidia, raised $50 million.",
        "funding_round 50000000 investee=Lumora",
        "investee=Nvidia",
    ),
    # 'The owner of Google, Alphabet, agreed': the name apposed after the owned one acts
    (
        "The owner of Google, Alphabet, agreed to buy Lumora.",
        "acquisition None acquirer=Alphabet target=Lumora",
        "acquirer=Google",
    ),
    # The same through 'it', and a descriptor 'the GIF library Giphy' before the name
    (
        "The parent company of Facebook and Instagram, Meta, said that it will sell the "
        "GIF library Giphy.",
        "acquisition None seller=Meta target=Giphy",
        "seller=Facebook",
    ),
    # 'X's existing investors include A, B and C' after a round: each an investment of its
    # own, not in the round
    (
        "Lumora has raised $250 million in a Series E round led by Orbital Capital. "
        "Lumora’s existing investors include Brindle Ventures, Kestrel Partners and "
        "Cobalt Capital.",
        "investment None investee=Lumora investor=Kestrel Partners",
        "investor=Brindle Ventures investor=Kestrel Partners investor=Orbital Capital",
    ),
    # 'Major backers include' the same
    (
        "Lumora has raised around $2.7 billion, most recently in March 2021. Major "
        "backers include Brindle Ventures and Kestrel Partners.",
        "investment None investee=Lumora investor=Brindle Ventures",
        "funding_round 2700000000 investee=Lumora investor=Brindle Ventures",
    ),
    # Existing investors who took part stay in the round
    (
        "Lumora has raised $25 million in a Series A round led by Orbital Capital. "
        "Existing investors Brindle Ventures and Kestrel Partners also participated.",
        "funding_round 25000000 investee=Lumora investor=Brindle Ventures "
        "investor=Kestrel Partners investor=Orbital Capital",
        "investment",
    ),
    # A name opening a sentence before 'is backed by' (a verb of what is said of a company) is
    # a company, and its backers its investors
    (
        "Lumora is backed by Sequoia Capital and Accel Partners.",
        "investment None investee=Lumora investor=Accel Partners investor=Sequoia Capital",
        "acquisition",
    ),
    # A listing told with a verb: 'has listed on the LSE', 'went public in 2015', 'will be
    # listed on', 'a fait son entrée en Bourse'
    (
        "Bytes Technology has listed on the LSE and JSE.",
        "other None host=LSE other=Bytes Technology",
        "acquisition",
    ),
    # The same, the company's shares as the subject
    (
        "The shares of Prosus will be listed on the A2X market.",
        "other None other=Prosus",
        "acquisition",
    ),
    # The same in French
    (
        "Lumora a fait son entrée en Bourse le 3 mars.",
        "other None other=Lumora",
        "acquisition",
    ),
    # Being listed is where a company trades, no listing
    (
        "Halberd, which is listed on the Nasdaq and had revenue of $3.9 billion, plans to"
        " keep engineers.",
        None,
        "other=Halberd",
    ),
    # A list of names each after its descriptor, the last after ', and' ('foodtech company The
    # Good Bug, and e-commerce startup Blissclub'): all subjects
    (
        "Additionally, logistics firm Lumora Logistics, foodtech company The Good Bug, "
        "and e-commerce startup Brindle also attracted substantial investments this week.",
        "funding_round None investee=Good Bug",
        "investee=Brindle investee=Good Bug",
    ),
    # The same as investees listed
    (
        "Other startups that garnered funding include robotics company Posha, edtech firm"
        " Footprints, and proptech company Alt DRX.",
        "funding_round None investee=Alt DRX",
        "investor",
    ),
    # 'raised an undisclosed seed round': a round whose amount is not told
    (
        "Lumora, a cold chain marketplace startup raised an undisclosed seed round from a"
        " group of investors.",
        "funding_round None investee=Lumora",
        "acquisition",
    ),
    # 'raised an undisclosed amount from X'
    (
        "Lumora raised an undisclosed amount from Orbital Ventures.",
        "funding_round None investee=Lumora investor=Orbital Ventures",
        "acquisition",
    ),
    # 'X led Y's newest round, with participation from A, B and C': all investors of the round
    (
        "Lightspeed Venture Partners led Lumora’s newest round, with participation from "
        "Bessemer Venture Partners, Cisco Investments and General Catalyst.",
        "funding_round None investee=Lumora investor=Bessemer Venture Partners "
        "investor=Cisco Investments investor=General Catalyst investor=Lightspeed Venture"
        " Partners",
        "acquisition",
    ),
    # The same with 'which drew additional support from'
    (
        "Lightspeed Venture Partners led Lumora’s newest round, which drew additional "
        "support from Bessemer Venture Partners and General Catalyst.",
        "funding_round None investee=Lumora investor=Bessemer Venture Partners "
        "investor=General Catalyst investor=Lightspeed Venture Partners",
        "acquisition",
    ),
    # 'with A and B also participating'
    (
        "Sequoia led a $200 million round in Lumora, with Accel and Index Ventures also "
        "participating.",
        "funding_round 200000000 investee=Lumora investor=Accel investor=Index Ventures "
        "investor=Sequoia Capital",
        "acquisition",
    ),
    # 'The company acquired X': a verb after the descriptor is no apposition, the descriptor
    # is the buyer told before
    (
        "Lumora sued Apple and OpenAI on Monday. The company acquired Brindle in March "
        "for $33 billion to enhance chatbot training.",
        "acquisition 33000000000 acquirer=Lumora target=Brindle",
        "acquisition 33000000000 target=Brindle",
    ),
    # 'the company bought chipmaker Intersil ..., going on to acquire IDT': the main clause's
    # subject buys both, no 'chipmaker' description crossing a verb
    (
        "Lumora has been on a buying spree. In 2016, the company bought chipmaker "
        "Intersil for $3.2bn, going on to acquire Integrated Device Technology for $6.7bn"
        " in 2018.",
        "acquisition 6700000000 acquirer=Lumora target=Integrated Device Technology",
        "acquirer=Intersil",
    ),
    # 'Those already committed to buy shares include A, B and C': buyers of the company's
    # shares, not companies bought
    (
        "Lumora, owned by SoftBank, hopes to raise up to £4billion through the listing. "
        "Lumora will list in New York. Those already committed to buy shares include "
        "Apple, Google and Nvidia.",
        "investment None investee=Lumora investor=Apple investor=Google investor=Nvidia",
        "target=Apple",
    ),
    # A stake sold to a buyer is the buyer's investment: in the seller's own unit ('sell a
    # minority stake in its mobile money arm to Mastercard')
    (
        "Lumora has agreed to sell a minority stake in its mobile money arm to payments "
        "giant Orbital, the companies said on Monday.",
        "investment None investee=Lumora investor=Orbital",
        "acquisition",
    ),
    # The same in a company named, the seller selling (a stake; "its stake", the whole
    # holding, may be control and stays a sale)
    (
        "SoftBank will sell a 10% stake in T-Mobile to Deutsche Telekom.",
        "investment None investee=T-Mobile investor=Deutsche Telekom seller=SoftBank",
        "acquisition",
    ),
    # An apposition naming what the subject owns ('Alphabet, the parent company of Google,')
    # adds no party
    (
        "Alphabet, the parent company of Google, agreed to buy Looker for $2.6 billion.",
        "acquisition 2600000000 acquirer=Alphabet target=Looker",
        "acquirer=Google",
    ),
    # The same in French
    (
        "Alphabet, la maison mère de Google, vient d’investir 2,5 milliards de dollars "
        "pour l’achat de Looker.",
        "acquisition 2500000000 acquirer=Alphabet target=Looker",
        "acquirer=Google",
    ),
    # Two deal words each with its own sum are two deals: 'has invested more than $400m in
    # Zomato and is in line to participate in a $600m round' (an investment, and a round of
    # the same company the subject joins)
    (
        "Ant Financial has invested more than $400m in Lumora and is reportedly in line "
        "to participate in a $600m round that would value the company at $3bn.",
        "funding_round 600000000 investee=Lumora investor=Ant Financial",
        "investee=Ant Financial",
    ),
    # The same: the investment with its own sum
    (
        "Ant Financial has invested more than $400m in Lumora and is reportedly in line "
        "to participate in a $600m round that would value the company at $3bn.",
        "investment 400000000 investee=Lumora investor=Ant Financial",
        "funding_round 400000000",
    ),
    # A planned listing on a named exchange ('en vue d'une éventuelle introduction en Bourse
    # de Paris'): the subject's listing (the exchange's name hid the word)
    (
        "PARIS (Reuters) - OVHcloud a entamé des préparatifs en vue d'une éventuelle "
        "introduction en Bourse de Paris, a déclaré lundi une porte-parole du groupe.",
        "other None other=OVHcloud",
        "other=Bourse",
    ),
    # 'a potential IPO': the subject's
    (
        "Lumora Inc is weighing a potential IPO next year.",
        "other None other=Lumora Inc",
        "acquisition",
    ),
    # 'X a été désigné repreneur de Y': X buys Y
    (
        "Unabiz a été désigné repreneur de Sigfox, start-up basée à Labège.",
        "acquisition None acquirer=Unabiz target=Sigfox",
        "investment",
    ),
    # 'X will be the new owner of Y'
    (
        "Orbital will be the new owner of Lumora.",
        "acquisition None acquirer=Orbital target=Lumora",
        "investment",
    ),
    # French 'reprend', 'a repris', 'repris par': a takeover when a company is its object
    (
        "Le français Unabiz reprend Sigfox.",
        "acquisition None acquirer=Unabiz target=Sigfox",
        "acquirer=Sigfox",
    ),
    # The passive
    (
        "Sigfox a été repris par Unabiz.",
        "acquisition None acquirer=Unabiz target=Sigfox",
        "acquirer=Sigfox",
    ),
    # No company object, no takeover
    (
        "Les discussions ont repris lundi avec Lumora.",
        None,
        "acquisition",
    ),
    # 'X was hit by a $376 million fine from the Commission for its Y cartel': X is fined, Y
    # names the matter
    (
        "Lumora Systems was hit by a $376 million fine from the European Commission for "
        "its Brindle cartel.",
        "lawsuit defendant=Lumora Systems plaintiff=European Commission",
        "defendant=Brindle",
    ),
    # A list of purchases each with its price: '..., going on to acquire A for $6.7bn in 2018
    # and then B for $5.9bn in 2021'
    (
        "Lumora has been on a buying spree. In 2016, the company bought chipmaker "
        "Intersil for $3.2bn, going on to acquire Integrated Device Technology for $6.7bn"
        " in 2018 and then Dialog Semiconductor for $5.9bn in 2021.",
        "acquisition 5900000000 acquirer=Lumora target=Dialog Semiconductor",
        "acquirer=Intersil",
    ),
    # A single capital after a company word is part of the name ('Capital G'); 'une des bras
    # financiers de Google' names its owner, no party
    (
        "Lumora a grillé la priorité lors d'une levée de fonds à 100 millions d'euros "
        "auprès de Capital G, une des bras financiers de Google.",
        "funding_round 100000000 investee=Lumora investor=Capital G",
        "investor=Google",
    ),
    # The same in English
    (
        "Lumora raised $100 million from Capital G, the investment arm of Google.",
        "funding_round 100000000 investee=Lumora investor=Capital G",
        "investor=Google",
    ),
    # 'Darktrace, which counts Mike Lynch among its backers': the relative's antecedent is
    # backed, not the sentence's subject
    (
        "Thoma Bravo aims to leverage its expertise in software to fuel growth for "
        "Lumora, which counts Mike Lynch among its backers.",
        "investment None investee=Lumora investor=Mike Lynch",
        "investee=Thoma Bravo",
    ),
    # A compound before a described name ('Nasdaq-listed engineering software company Bentley
    # Systems'): the name acts, not the exchange
    (
        "Christchurch-based software company Seequent has been snapped up by Nasdaq-"
        "listed engineering software company Bentley Systems for $1.05 billion.",
        "acquisition 1050000000 acquirer=Bentley Systems target=Seequent",
        "acquirer=Nasdaq",
    ),
    # Money a company is to raise after its listing is told is the listing's proceeds, no
    # round
    (
        "In 2020, Chinese regulators had stopped Lumora’s massive IPO in November days "
        "before it was scheduled to raise an estimated $34 billion in Hong Kong and "
        "Shanghai.",
        "other 34000000000 other=Lumora",
        "funding_round",
    ),
    # Not a round raised ahead of a planned listing
    (
        "Lumora Systems is trying to raise about $200 million from investors ahead of a "
        "planned stock market listing.",
        "funding_round 200000000 investee=Lumora Systems",
        "other 200000000",
    ),
    # 'a stake in the operator of the London Stock Exchange': the group the article names
    # after it
    (
        "US software giant Microsoft has agreed to purchase an equity stake of about 4% "
        "in the operator of the London Stock Exchange, the sides said on Monday. "
        "Microsoft is taking the stake through the acquisition of shares from Blackstone,"
        " the London Stock Exchange Group said.",
        "investment None investee=London Stock Exchange Group investor=Microsoft",
        "acquisition",
    ),
    # 'a $200 million capital raising ..., led by A, B and C': a round; 'The tech juggernaut'
    # is the company
    (
        "Lumora Inc has hit a $40 billion valuation. The tech juggernaut announced a $200"
        " million capital raising on Wednesday morning, led by investment firms T. Rowe "
        "Price, Franklin Templeton and Sequoia.",
        "funding_round 200000000 investee=Lumora Inc investor=Franklin Templeton "
        "investor=Sequoia Capital investor=T. Rowe Price",
        "acquisition",
    ),
    # A range's end whose start is a valuation prices no round ('its next capital-raising to
    # value it at between $10bn and $15bn')
    (
        "Lumora’s potential valuation is staggering given that shareholders had been "
        "primed to expect its next capital-raising to value it at somewhere between $10bn"
        " and $15bn.",
        None,
        "funding_round 15000000000",
    ),
    # 'X and Y agreed to combine their businesses': a merger
    (
        "It was in June 2023 that Lumora and Orbital Holdings agreed to combine their UK "
        "telecommunication businesses.",
        "merger None partner=Lumora partner=Orbital Holdings",
        "acquisition",
    ),
    # A regulator approving a combination is no party to it
    (
        "Lumora Group Plc announced Thursday that the Competition and Markets Authority "
        "has approved its proposed combination with Orbital Holdings Ltd.'s Three UK.",
        None,
        "partner=Competition and Markets Authority",
    ),
    # Neither a combination of factors nor an app that combines features
    (
        "A combination of factors hurt Lumora. The app combines features of Slack and Zoom.",
        None,
        "merger",
    ),
    # 'X unveils $2 bln funding in <a market or company described>': X puts the money in, it
    # raises none
    (
        "Lumora unveils $2 bln funding in Turkey e-commerce marketplace after meeting Erdogan",
        None,
        "investee=Lumora",
    ),
    # 'reprendre' is no takeover without a company right after it: contact, talks, staff,
    # obligations
    (
        "Orbital Systems a repris contact avec Kestrel Labs la semaine dernière. Les "
        "négociations ont repris entre Orbital Systems et Kestrel Labs. Le groupe Orbital"
        " reprend 200 salariés de Kestrel, a annoncé jeudi le tribunal de commerce.",
        None,
        "acquisition",
    ),
    # The same: 'reprend les discussions avec', 'reprend à son compte les engagements de'
    (
        "Le groupe Orbital reprend les discussions avec Kestrel, a annoncé jeudi le "
        "ministère. Le groupe Orbital reprend à son compte les engagements de Kestrel "
        "envers ses clients.",
        None,
        "acquisition",
    ),
    # A list of priced purchases stops at a new clause: '... and then Brindle Group acquired
    # Lumora Inc for $1bn' (Brindle buys)
    (
        "Orbital Systems acquired Kestrel Labs for $6.7bn in 2018 and then Brindle Group "
        "acquired Lumora Inc for $1bn.",
        "acquisition 1000000000 acquirer=Brindle Group target=Lumora Inc",
        "acquirer=Orbital Systems target=Lumora Inc",
    ),
    # The same with a suit after 'and then'
    (
        "Orbital Systems acquired Kestrel Labs for $6.7bn and then Lumora Inc sued "
        "Orbital Systems for $1bn.",
        "lawsuit defendant=Orbital Systems plaintiff=Lumora Inc",
        "target=Lumora Inc",
    ),
    # A controlling stake sold to a buyer stays a takeover
    (
        "Orbital Systems sold a majority stake in Lumora Inc to Kestrel Group for $2 billion.",
        "acquisition 2000000000 acquirer=Kestrel Group seller=Orbital Systems target=Lumora Inc",
        "investment",
    ),
    # A listing told in a relative clause is background, no listing of the sentence's deal
    (
        "Kestrel Labs, which went public in 2015, acquired Lumora Inc for $1bn.",
        "acquisition 1000000000 acquirer=Kestrel Labs target=Lumora Inc",
        "other",
    ),
    # 'debuted on Monday', 'listed on the S&P 500 index': no exchange, no listing
    (
        "Orbital's new phone debuted on Monday in Paris. Orbital Systems will be listed "
        "on the S&P 500 index from Monday.",
        None,
        "other",
    ),
    # A buyer named by a noun, denied, buys nothing
    (
        "Le groupe Orbital n'a pas été choisi comme repreneur de Kestrel, a annoncé jeudi"
        " le tribunal.",
        None,
        "acquisition",
    ),
    # 'the new owner of' in an apposition is no takeover told here
    (
        "Orbital Systems, the new owner of Kestrel Labs, sued Brindle Group for $20 million.",
        "lawsuit defendant=Brindle Group plaintiff=Orbital Systems",
        "acquisition",
    ),
    # 'a été désignée repreneur de' (feminine)
    (
        "La société Orbital a été désignée repreneur de Kestrel par le tribunal de "
        "commerce de Toulouse.",
        "acquisition None acquirer=Orbital target=Kestrel",
        "investment",
    ),
    # 'combine' is a merger only with businesses or each other combined, not 'their marketing
    # efforts'
    (
        "Orbital and Kestrel Labs agreed to combine their marketing efforts for the "
        "holiday season.",
        None,
        "merger",
    ),
    # 'X said it would not oppose Y's proposed combination with Z': no merger of X
    (
        "Brindle Group said it would not oppose Orbital Systems' proposed combination "
        "with Kestrel Labs.",
        None,
        "partner=Brindle Group",
    ),
    # A round led by the subject 'which drew criticism from X': X is no investor
    (
        "Orbital Ventures led Kestrel's $50 million Series B round, which drew criticism "
        "from Lumora Capital.",
        "funding_round 50000000 investee=Kestrel investor=Orbital Ventures",
        "investor=Lumora Capital",
    ),
    # A dateline's agency in parentheses is never the subject ('Mumbai, June 3 (PTI) Orbital
    # acquired')
    (
        "Mumbai, June 3 (PTI) Orbital Systems acquired Kestrel Labs for $30 million.",
        "acquisition 30000000 acquirer=Orbital Systems target=Kestrel Labs",
        "PTI",
    ),
    # A place after 'of' in a name stays in it ('Bank of New Zealand')
    (
        "Orbital Systems acquired Bank of New Zealand for $4 billion.",
        "acquisition 4000000000 acquirer=Orbital Systems target=Bank of New Zealand",
        "investment",
    ),
    # A lowercase word opening a sentence once is no brand ('startups announced')
    (
        "startups announced funding rounds this week, including Kestrel's $5m seed.",
        None,
        "investee=startups",
    ),
    # A currency code before its amount ends the name before it ('Kestrel Labs for Rs 300
    # crore')
    (
        "Orbital Systems acquired Kestrel Labs for Rs 300 crore.",
        "acquisition 3000000000 acquirer=Orbital Systems target=Kestrel Labs",
        "investment",
    ),
    # 'Orbital Ventures's existing investors include A and B' back Orbital Ventures (the
    # possessive), not the round told before
    (
        "Kestrel Labs raised $50m in a round led by Orbital Ventures. Orbital Ventures's "
        "existing investors include Lumora Capital and Brindle Partners.",
        "investment None investee=Orbital Ventures investor=Lumora Capital",
        "investee=Kestrel Labs investor=Lumora Capital",
    ),
    # a bid that secured the deal told apart from the purchase: the purchase, priced
    (
        "Orbital Systems has announced that it plans to buy Dutch chipmaker Lumora. Fending "
        "off Kestrel, Orbital's bid of $6.9 billion was enough to secure the deal.",
        "acquisition 6900000000 acquirer=Orbital Systems target=Lumora",
        "bidder=",
    ),
    # all of a company's shares: the company, no stake
    (
        "As part of the agreement, Orbital Systems will purchase all Lumora Labs shares for "
        "$125 each in cash.",
        "acquisition None acquirer=Orbital Systems target=Lumora Labs",
        "investee=",
    ),
    # money contributed to a company or in convertible debt to the round told before
    (
        "Lumora AI is raising €450 million. Orbital Capital and Kestrel Partners agreed to "
        "contribute another €120 million in convertible debt, they said.",
        "funding_round 120000000 investee=Lumora AI investor=Kestrel Partners "
        "investor=Orbital Capital",
        "investee=Orbital",
    ),
    (
        "Orbital Capital agreed to contribute €120 million to Lumora AI.",
        "investment 120000000 investee=Lumora AI investor=Orbital Capital",
        "investee=Orbital",
    ),
    # money contributed to revenue goes to no company
    ("The acquisition will contribute $2 billion to revenue, Orbital Systems said.", None, "="),
    # a portfolio before an office is part of the title, no organization
    (
        "In 2017, Competition Commissioner Anna Berg filed a complaint against Lumora Labs.",
        "lawsuit defendant=Lumora Labs plaintiff=Anna Berg",
        "plaintiff=Competition",
    ),
    # "an additional $4 billion" and the earlier $4 billion are two investments
    (
        "Orbital Systems is investing an additional $4 billion in artificial intelligence "
        "startup Lumora Labs. The new infusion follows a $4 billion investment in Lumora Labs "
        "completed earlier this year.",
        "investment 4000000000 investee=Lumora Labs investor=Orbital Systems",
        "investee=Orbital",
    ),
    # investors after the noun: "investments from A and B into C", "investment by A in C"
    (
        "The regulator cleared the prior investments from Orbital Systems and Kestrel Labs "
        "into Lumora Labs.",
        "investment None investee=Lumora Labs investor=Kestrel Labs investor=Orbital Systems",
        "investee=Orbital",
    ),
    (
        "Regulators cleared an investment by Orbital Systems in Lumora Labs.",
        "investment None investee=Lumora Labs investor=Orbital Systems",
        "investee=Orbital",
    ),
    # "the AI startup": the one company the article called a startup
    (
        "Orbital Systems has a partnership with French startup Lumora Labs. The AI startup "
        "has raised $650 million.",
        "funding_round 650000000 investee=Lumora Labs",
        "investee=Orbital",
    ),
    # borrowed money that pays for a purchase is not its price
    (
        "Orbital va racheter Lumora pour 3,6 milliards d’euros. Pour financer cette "
        "acquisition, Orbital dit avoir sécurisé un financement relais de 5,4 milliards "
        "d’euros.",
        "acquisition 3600000000 acquirer=Orbital target=Lumora",
        "5400000000",
    ),
    # ownership told as a rank: the holder invests in the company
    (
        "Behind Kestrel Media, Lumora Labs's second largest shareholder is Chinese technology "
        "company Orbital Systems.",
        "investment None investee=Lumora Labs investor=Orbital Systems",
        "investee=Orbital",
    ),
    (
        "Anna Berg, CEO of Orbital Systems, is Lumora Labs' third-largest shareholder, "
        "according to a filing.",
        "investment None investee=Lumora Labs investor=Anna Berg",
        "investee=Orbital",
    ),
    (
        "Lumora Labs's largest shareholder, Orbital Systems, said it would vote against the deal.",
        "investment None investee=Lumora Labs investor=Orbital Systems",
        "investee=Orbital",
    ),
    # shares that began trading on an exchange, a debut on it: a listing
    (
        "Investors cheered Lumora Labs. Lumora Labs stock began trading on the New York Stock "
        "Exchange on Thursday.",
        "other None host=New York Stock Exchange other=Lumora Labs",
        "acquirer=",
    ),
    (
        "Investors cheered Lumora Labs. Lumora Labs's debut on the Nasdaq brought a payday.",
        "other None host=Nasdaq other=Lumora Labs",
        "acquirer=",
    ),
    ("The phone's debut on Monday was a success for Lumora Labs.", None, "="),
    # "un investissement de N du fonds X": the fund invests; the round it is merges
    (
        "La PME nordiste Lumora Secure a échoué à lever 70 millions d'euros. Cette PME, basée "
        "à Hem près de Lille, avait annoncé en juin 2019 un investissement de 70 millions "
        "d'euros du fonds américain Orbital Catalyst.",
        "funding_round 70000000 investee=Lumora Secure investor=Orbital Catalyst",
        "=Hem",
    ),
    # customers counted among a company's clients: a contract each
    (
        "Créée en 2008, la société française Lumora Secure compte parmi ses clients des géants "
        "américains de la tech, tels Cisco ou Microsoft.",
        "contract None client=Cisco contractor=Lumora Secure",
        "investee=",
    ),
    (
        "Lumora Labs counts among its investors Orbital Capital and Kestrel Partners.",
        "investment None investee=Lumora Labs investor=Kestrel Partners",
        "investee=Orbital",
    ),
    # a capital increase a company announces is its round
    (
        "La startup française Lumora vient de boucler sa deuxième levée de fonds, et "
        "d'annoncer une augmentation de capital de 100 millions d’euros.",
        "funding_round 100000000 investee=Lumora",
        "investor=",
    ),
    # who reports it after an inverted French verb is no party
    (
        "Lumora compte 100 collaborateurs. Un partenariat a été signé avec Orbital Systems, "
        "relèvent Les Échos.",
        None,
        "=Les Echos",
    ),
    # "Under the partnership, A will use B's chips": A and B are partners
    (
        "Orbital Systems will invest $1 billion in Lumora Labs. Under the partnership, Lumora "
        "Labs will use Orbital Systems' new chips.",
        "partnership None partner=Lumora Labs partner=Orbital Systems",
        "investee=Orbital",
    ),
    ("Under the partnership, Lumora Labs will hire 200 engineers.", None, "partner="),
    # the claim of a suit may tell a deal; "the company behind X" is X's maker
    (
        "Anna Berg is suing Lumora AI, saying the company behind ChatGPT has diverged from "
        "its mission by partnering with Orbital Systems for $13 billion.",
        "partnership 13000000000 partner=OpenAI partner=Orbital Systems",
        "partner=Anna Berg",
    ),
    ("Orbital Systems sued a global advertising alliance.", None, "partner="),
    # "X reported." closing the sentence reports; "the company" is no apposition to it
    (
        "Lumora Labs is big. Orbital Systems is investing $25bn in the company, Reuters "
        "reported last week.",
        "investment 25000000000 investee=Lumora Labs investor=Orbital Systems",
        "=Reuters",
    ),
    # a payment for use is a customer's contract
    (
        "Orbital Systems will pay $3bn annually to use Lumora Labs' models.",
        "contract 3000000000 client=Orbital Systems contractor=Lumora Labs",
        "acquirer=",
    ),
    # a grave accent for an apostrophe: "Inc`s Google"
    (
        "Alphabet Inc`s Google will invest up to $1 billion in Lumora Telecom, the companies "
        "said on Friday.",
        "investment 1000000000 investee=Lumora Telecom investor=Google",
        "investor=Alphabet",
    ),
    # "la signature d'un accord avec X pour la cession": a new agreement, a sale to X
    (
        "Orbital a annoncé la signature d'un accord définitif avec Lumora Datacard pour la "
        "cession de cette activité.",
        "acquisition None acquirer=Lumora Datacard seller=Orbital",
        "target=Orbital",
    ),
    # "the companies had collaborated": the two named last, across a sentence naming one
    (
        "Orbital sued Lumora in 2021. Orbital said its patents matter. An Orbital attorney "
        "told the jury that Lumora took its technology after the companies had collaborated "
        "on another project.",
        "partnership None partner=Lumora partner=Orbital",
        "target=",
    ),
    (
        "Orbital sued Lumora. Both companies had worked together on another project.",
        "partnership None partner=Lumora partner=Orbital",
        "target=",
    ),
    # a sale told without its buyer and a purchase without its seller: one deal
    (
        "Kestrel parent company Orbital has sold animated graphics company Lumora at a major "
        "loss. Stock image service Brindle said it was paying $53 million in cash for Lumora. "
        "Orbital purchased Lumora in 2020, in a deal reportedly worth $400 million.",
        "acquisition 53000000 acquirer=Brindle seller=Orbital target=Lumora",
        "target=Orbital",
    ),
    # "n'échappera pas à l'amende ... prononcée à son encontre par X": fined by X all the same
    (
        "La start-up Lumora n'échappera pas à l'amende de 35 millions prononcée à son "
        "encontre par la "
        "Commission nationale de l'informatique et des libertés (Cnil), a décidé le Conseil "
        "d'Etat le 27 juin.",
        "lawsuit defendant=Lumora plaintiff=CNIL",
        "defendant=CNIL",
    ),
    ("Orbital Systems has not sued Lumora Labs.", None, "plaintiff="),
    # "déposé un recours contre son amende": an appeal against the authority
    (
        "La Cnil a infligé une amende à Lumora. Lumora avait déposé un recours estimant que le "
        "montant de l'amende était disproportionné.",
        "lawsuit defendant=Cnil plaintiff=Lumora",
        "defendant=Lumora plaintiff=Lumora",
    ),
    # "after buying X", "by buying X": the main clause's subject buys
    (
        "Microsoft expanded after buying Lumora Labs.",
        "acquisition None acquirer=Microsoft target=Lumora Labs",
        "acquirer=Lumora",
    ),
    ("The deal was approved after buying pressure eased.", None, "acquirer="),
    # the clause's other company, past a possessor that acts on nothing
    (
        "Lumora and Orbital both had license agreements with Arm, and Orbital sought to "
        "transfer Lumora’s designs to itself after buying the startup company.",
        "acquisition None acquirer=Orbital target=Lumora",
        "target=Orbital",
    ),
    # the review's misfires of round 9's rules: none of these is a deal
    ("The acquisition will contribute $200 million to Lumora Labs's annual revenue.", None, "="),
    ("Lumora Labs has $80 million of convertible debt due in 2026.", None, "="),
    ("Orbital Systems repurchased $200 million of its convertible notes.", None, "="),
    ("Lumora Labs's largest shareholder is in talks with Kestrel Partners.", None, "="),
    ("BlackRock's bitcoin ETF began trading on the Nasdaq.", None, "="),
    (
        "Orbital Systems sued Lumora Labs, claiming that its joint venture with Kestrel Partners "
        "violated the law.",
        "lawsuit defendant=Lumora Labs plaintiff=Orbital Systems",
        "partner=",
    ),
    (
        "Lumora Labs signed a partnership with Orbital Systems. Under the partnership, Lumora "
        "Labs will supply chips to customers including Airbus and Safran.",
        "partnership None partner=Lumora Labs partner=Orbital Systems",
        "partner=Airbus",
    ),
    (
        "Bpifrance a annoncé une augmentation de capital de 50 millions d'euros pour Lumora Labs.",
        None,
        "investee=Bpifrance",
    ),
    (
        "Orbital Systems sold Lumora Labs in 2015. Last week, Kestrel Partners agreed to buy "
        "Lumora Labs for $1 billion.",
        "acquisition 1000000000 acquirer=Kestrel Partners target=Lumora Labs",
        "acquirer=Kestrel Partners seller=",
    ),
    (
        "Lumora Labs shares rose 5% on Monday. Analysts at Kestrel Partners said the companies "
        "had worked together for years.",
        None,
        "partner=Kestrel",
    ),
    (
        "L'association UFC-Que Choisir a déposé un recours collectif contre Lumora Labs.",
        "lawsuit defendant=Lumora Labs plaintiff=UFC",
        "defendant=UFC",
    ),
    (
        "Ford shares rose 3% on Tuesday. Executive chairman Bill Ford said the company would "
        "invest $2 billion in Lumora Labs.",
        None,
        "investor=Bill Ford",
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"), CONSTRUCTIONS, ids=[c[0][:40] for c in CONSTRUCTIONS]
)
def test_construction(text: str, wanted: str | None, unwanted: str) -> None:
    found = facts(text)
    if wanted is not None:
        assert wanted in found, found
    assert not [f for f in found if unwanted in f and not f.startswith("valuation")], found


def test_flags_are_read_as_spaces_and_quoted_as_written() -> None:
    """Emoji and flags do not break a name from its verb; every span and quote is
    still the article's own text, flags included."""
    from newsdb.extract import extract_article

    body = "Trebolia 🇨🇴 raised a $3 Million round led by Canaan Partners 🇺🇸. 🚀 More soon."
    found = extract_article(body, language="en")
    assert all(m.text == body[m.start : m.end] for m in found.mentions)
    [deal] = [f for f in found.facts if f.type == "deal"]
    assert deal.quote == body[deal.start : deal.end] and "🇨🇴" in deal.quote
    assert deal.names(frozenset({"investee"})) == ["Trebolia"]


def test_a_passives_agent_is_what_the_descriptor_points_to() -> None:
    """ "hébergée par son grand rival Orbital" names Orbital as an actor: the
    descriptor of the next sentence points to it (an investor "mené par" does not)."""
    body = (
        "Orbital serait sur le point de finaliser une alliance avec Lumora. L’IA du "
        "patron de Brindle, qu’il présente comme la meilleure, serait bientôt hébergée par son "
        "grand rival Orbital. La multinationale informatique serait en discussion avec Lumora pour "
        "rendre le modèle accessible à ses clients."
    )
    from newsdb.extract import extract_article

    talks = [
        {p.name for p in f.parties}
        for f in extract_article(body, language="fr").facts
        if "multinationale" in f.quote
    ]
    assert talks == [{"Orbital", "Lumora"}]


def test_a_stake_held_since_long_is_not_todays_bid() -> None:
    """ "détient presque 60 % du capital de X depuis 2017" and its price told next is
    the old purchase; today's offer for the rest stays an announced bid."""
    body = (
        "Orbital Systems a annoncé mercredi lancer une offre à 31 livres par action pour "
        "acquérir les 41 % du capital de Lumora qu’il ne détient pas encore, valorisant la "
        "société à environ 9 milliards de livres. Orbital Systems détient presque 60 % du "
        "capital de Lumora depuis 2017. Le groupe avait alors payé trois milliards de livres "
        "pour cette part majoritaire."
    )
    from newsdb.extract import extract_article

    deals = {
        (f.kind, f.status, f.amount)
        for f in extract_article(body, language="fr").facts
        if f.type == "deal"
    }
    assert ("bid", "announced", 9_000_000_000) in deals
    assert ("acquisition", "completed", 3_000_000_000) in deals


def test_a_rounds_stage_is_no_organization() -> None:
    """ "a $3 Million Seed round", "its Pre-Seed funding": stages, not names;
    "Seed Capital" stays a name."""
    from newsdb.extract import extract_article

    body = (
        "Trebolia raised a $3 Million Seed round led by Canaan Partners. Huli closed its "
        "Pre-Seed funding. Seed Capital invested."
    )
    names = {m.text for m in extract_article(body, language="en").mentions}
    assert {"Seed", "Pre-Seed"}.isdisjoint(names) and "Seed Capital" in names


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        # a purchase to come, in the passive
        (
            "UK firm Lumora Systems is to be acquired by private equity group Orbital Capital "
            "in a deal worth 5.32 billion dollars.",
            "en",
            "announced",
        ),
        ("Lumora Systems was acquired by Orbital Capital for $5 billion.", "en", "completed"),
        # a review's counter-cases: cues of the clause, not of a relative clause
        (
            "Lumora Systems, which has long been interested in AI, acquired Orbital Systems "
            "last month for $300 million.",
            "en",
            "completed",
        ),
        (
            "Lumora Systems, which is expected to be profitable next year, acquired Orbital "
            "Systems last week for $300 million.",
            "en",
            "completed",
        ),
        # a bid given up is withdrawn (not "shares gave up early gains")
        (
            "Orbital Software said it was giving up its counteroffer for Lumora AG.",
            "en",
            "withdrawn",
        ),
        (
            "Orbital shares gave up early gains after the company agreed to buy Kestrel Systems "
            "for $2 billion.",
            "en",
            "announced",
        ),
        # money paid to acquire: done
        (
            "Orbital Systems paid approximately $400 million to acquire Lumora in 2020.",
            "en",
            "completed",
        ),
        (
            "Lumora said it had entered a definitive agreement to be acquired by Orbital "
            "Capital for $8 billion.",
            "en",
            "announced",
        ),
        # an acquisition contract signed to buy: agreed, not done
        (
            "Le groupe Orbital a annoncé jeudi avoir signé un contrat d’acquisition avec une "
            "filiale de American Industrial partners pour racheter l’Américain Lumora Systems.",
            "fr",
            "announced",
        ),
        # an agreement "already" signed to buy: the purchase agreed, not done
        (
            "Orbital va racheter Lumora pour 3,6 milliards d’euros. Orbital a déjà signé un "
            "accord pour l’acquisition d’un bloc de 11 % du capital de Lumora.",
            "fr",
            "announced",
        ),
        ("Orbital a conclu un accord pour racheter Lumora pour 6 milliards.", "fr", "announced"),
        # the deal told done later in the sentence or in the next one
        (
            "Orbital Systems has already signed an agreement to acquire Lumora. The deal "
            "closed on Monday.",
            "en",
            "completed",
        ),
        (
            "Orbital a conclu un accord pour racheter Lumora pour 2 milliards d'euros en 2021 "
            "et a finalisé l'opération en 2022.",
            "fr",
            "completed",
        ),
        # "-ing" forms say a deal's end only of a deal
        ("Orbital Systems, whose shares are dropping, agreed to buy Lumora.", "en", "announced"),
        ("Orbital a conclu le rachat de Lumora Systems.", "fr", "completed"),
        # a deal being given up, in the progressive
        ("Orbital Systems is abandoning its plans to purchase Lumora.", "en", "withdrawn"),
        ("Orbital Systems is scrapping its deal to buy Lumora.", "en", "cancelled"),
        # a supply contract signed is in effect
        (
            "Orbital Systems signed a power purchase agreement with Lumora on October 14 to "
            "supply its data centres in Ireland.",
            "en",
            "completed",
        ),
    ],
)
def test_status_of_a_deal(text: str, language: str, status: str) -> None:
    from newsdb.extract import extract_article

    [deal] = [f for f in extract_article(text, language=language).facts if f.type == "deal"]
    assert deal.status == status


def test_a_law_before_its_acronym_is_no_organization() -> None:
    """ "the new Digital Markets Act (DMA)": a law, not "Digital Markets"."""
    from newsdb.extract import extract_article

    body = "The Commission fined Lumora Systems under the new Digital Markets Act (DMA)."
    names = {m.text for m in extract_article(body, language="en").mentions}
    assert "Digital Markets" not in names and "Lumora Systems" in names


def test_a_datelines_agency_is_an_organization_and_no_party() -> None:
    """ "(RTTNews) -", "DARMSTADT (dpa-AFX) -": the agency is an organization of
    the article, never a party to what the sentence after it tells."""
    from newsdb.extract import extract_article

    body = "DARMSTADT (dpa-AFX) - Le projet de rachat de Lumora AG avance."
    found = extract_article(body, language="fr")
    assert "dpa-AFX" in {m.text for m in found.mentions if m.type == "organization"}
    assert not [f for f in found.facts if "dpa-AFX" in f.names(frozenset({"acquirer"}))]
    body = "(NewsWireX) - Lumora Semiconductor Plc announced Monday a new chip."
    found = extract_article(body, language="en")
    assert "NewsWireX" in {m.text for m in found.mentions if m.type == "organization"}


def test_a_law_told_before_its_expansion_is_no_organization() -> None:
    """ "se conformer au RGPD (Règlement général de protection des données)", and
    "au Règlement général sur la protection des données (RGPD)": a law."""
    from newsdb.extract import extract_article

    for body in (
        "Lumora voulait se conformer au RGPD (Règlement général de protection des données).",
        "La Cnil souligne un non-respect d'obligations antérieures au Règlement général sur "
        "la protection des données (RGPD) en Europe.",
    ):
        names = {m.text for m in extract_article(body, language="fr").mentions}
        assert "RGPD" not in names


def test_a_firms_town_is_no_organization() -> None:
    """ "Le groupe de Roubaix", "la firme de Cupertino": towns; a company written
    elsewhere on its own stays one ("le groupe de Vivendi ... Vivendi a confirmé")."""
    from newsdb.extract import extract_article

    body = "Le groupe de Roubaix cédera des actions. La firme de Cupertino a omis de le faire."
    assert not extract_article(body, language="fr").mentions
    body = "Le groupe de Lumora a racheté Brindle. Lumora a confirmé."
    names = [m.text for m in extract_article(body, language="fr").mentions]
    assert names.count("Lumora") == 2


def test_a_part_of_a_price_per_share_is_per_share() -> None:
    from newsdb.extract import extract_article

    body = "Orbital offered US$22 a share that included US$17 in cash and Orbital stock."
    money = [m for m in extract_article(body, language="en").mentions if m.type == "money"]
    assert [(m.amount, m.per_unit) for m in money] == [(22, "share"), (17, "share")]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Jan Wolfe and Stephen Nellis for Reuters:", "Jan Wolfe"),
        ("C’est l’actuel CEO d’Orbital, Jo Maes, qui dirigera la zone Benelux.", "Jo Maes"),
        (
            "Le fonds de l'investisseur vedette Paul Singer a également mis la main à la pâte.",
            "Paul Singer",
        ),
    ],
)
def test_people_named_with_a_month_a_title_or_a_job(body: str, person: str) -> None:
    """A given name that is also a month ("Jan"), a name in apposition to "CEO of X",
    a surname that is also a job ("Singer") before a French verb."""
    from newsdb.extract import extract_article

    found = extract_article(body).mentions
    assert person in {m.text for m in found if m.type == "person"}


def test_a_month_before_a_company_stays_a_month() -> None:
    from newsdb.extract import extract_article

    found = extract_article("In June Nvidia said it would invest.", language="en").mentions
    assert [m.text for m in found if m.type == "organization"] == ["Nvidia"]


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            'Lumora Systems is unchanged. The company valuation of "just north of $10 billion" '
            "remains unchanged, said the source.",
            10_000_000_000,
        ),
        (
            "Orbital Capital led a US$1 billion funding round in Lumora Systems, boosting the "
            "year-old firm’s valuation eight-fold to some US$2.5 billion.",
            2_500_000_000,
        ),
        (
            "Orbital revealed that it had marked down its valuation for Lumora Systems by 47 "
            "per cent to $492-million as of June 30.",
            492_000_000,
        ),
    ],
)
def test_a_valuation_told_with_words_between(body: str, amount: int) -> None:
    """Quotes, "eight-fold", "for X by 47 per cent" between the word and the amount."""
    from newsdb.extract import extract_article

    found = [f.amount for f in extract_article(body, language="en").facts if f.type == "valuation"]
    assert amount in found


def test_a_company_unit_named_after_the_company_is_no_person() -> None:
    """ "Lumora Steria Benelux" after "Lumora Steria" and "la zone Benelux": a unit
    of the company, not a person called Benelux."""
    from newsdb.extract import extract_article

    body = (
        "Lumora Steria rachète Ordina. La zone Benelux grandit. Un comité sous la direction "
        "de Michel Lorgeré, l’actuel CEO de Lumora Steria Benelux, déterminera la structure."
    )
    found = {m.text: m.type for m in extract_article(body, language="fr").mentions}
    assert found["Lumora Steria Benelux"] == "organization"
    assert found["Michel Lorgeré"] == "person"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("After June Lumora Systems will no longer sell its devices in China.", "June", None),
        (
            "During April Orbital Systems acquired three startups.",
            "Orbital Systems",
            "organization",
        ),
        ("The Walton family sold $2 billion of Lumora shares.", "Walton", "person"),
        ("PhD students at Stanford founded Lumora Systems.", "PhD", None),
        # a capitalized descriptor opening the sentence or a dateline is no part of the name
        (
            "STOCKHOLM -Chipmaker Lumora Inc and Orbital Partners agreed to buy Veoneer.",
            "Chipmaker",
            None,
        ),
        ("Rival Tessera Molecular agreed to be acquired.", "Tessera Molecular", "organization"),
        # a portfolio before an office or after "<office> for" is the title's; a party before
        # "MP" is a party
        ("Competition Commissioner Anna Berg fined Lumora Labs.", "Competition", None),
        ("It was cleared by the Commissioner for Competition.", "Competition", None),
        ("Anna Berg, a Labour MP, criticised Lumora Labs.", "Labour", "organization"),
        # a country before "Prime Minister" is no company; an AFP photo credit names a person
        ("Lumora met Japan Prime Minister Anna Berg on Monday.", "Japan Prime", None),
        ("Marta Kowalczyk shares her vision for Lumora Labs.", "Marta Kowalczyk", "person"),
        (
            "Lumora Secure analyse des emails. - Siska Gremmelprez - Belga - AFP\n\n"
            "La PME a échoué.",
            "Siska Gremmelprez",
            "person",
        ),
        # a name whose last word has shares traded is a company, that word its short name
        (
            "Orbital will invest $1 billion in Bharti Lumora. Lumora shares were up 2 per cent.",
            "Bharti Lumora",
            "organization",
        ),
        # not a name that the article writes whole elsewhere
        (
            "Startup Digest: Lumora turns unicorn.\nHere is the last weekly Startup Digest wrap "
            "for 2021.",
            "Startup Digest",
            "organization",
        ),
        # page furniture and laws' acronyms are no organizations
        ("Copyright Thomson Reuters 2021", "Copyright", None),
        ("Lumora Systems breached the GDPR, the regulator said.", "GDPR", None),
        # "Samsung" as written, not its subsidiary
        ("Samsung invested in Lumora Systems.", "Samsung", "organization"),
        # a nationality opening an institution's name joined by "and"; an office's title
        (
            "Orbital agreed to pay $60 million after a legal battle with the Australian "
            "Competition and Consumer Commission.",
            "Australian Competition and Consumer Commission",
            "organization",
        ),
        (
            "Orbital agreed to a settlement with the Office of the Australian Information "
            "Commissioner (OAIC). The OAIC said it was pleased.",
            "Office of the Australian Information Commissioner",
            "organization",
        ),
        # a regional adjective is no name: "Southeast Asian ride hailing firm Grab"
        ("Orbital is teaming up with Southeast Asian ride hailing firm Lumora.", "Southeast", None),
        # places a place noun or a saint's abbreviation introduces
        ("The St. Louis company said it had tried.", "Louis", None),
        ("Orbital has a plant in the central Japan prefecture of Mie.", "Mie", None),
        # a country's government is an organization
        (
            "The German government will invest in Lumora Systems.",
            "German government",
            "organization",
        ),
        ("Lumora informed the U.S. government on Monday.", "U.S. government", "organization"),
        # a first name before a company word is a company: "Ross Intelligence"
        ("Ross Intelligence shut down in 2021.", "Ross Intelligence", "organization"),
        # a Reuters code with a share class ends the name: "Software AG SOWGn.DE"
        ("Orbital gave up its bid for Lumora AG LUMGn.DE on Monday.", "Lumora AG", "organization"),
        # "angel investors X", "angels like X": people
        (
            "The round saw participation from angel investors Dilesh Gathani and Shireen "
            "Rangaswamy.",
            "Dilesh Gathani",
            "person",
        ),
        (
            "Lumora raised funding from Orbital Fund and angels like Dilesh Gathani.",
            "Dilesh Gathani",
            "person",
        ),
        # initials end a sentence before a lone capitalized word and a lowercase one
        (
            "It runs down the month’s top 10 funding rounds in the U.S. Check out the biggest "
            "rounds of last month here.",
            "Check",
            None,
        ),
        ("The U.S. Treasury said it would fine Lumora Systems.", "Treasury", "organization"),
    ],
)
def test_names_the_review_found_misread(body: str, name: str, kind: str | None) -> None:
    """A month after a preposition, a family, a mixed-case abbreviation."""
    from newsdb.extract import extract_article

    mentions = extract_article(body, language="en").mentions
    found = {m.text: m.type for m in mentions}
    if name == "Samsung":
        assert [m.name for m in mentions if m.text == "Samsung"] == ["Samsung"]
    if kind is None:
        assert not [t for t in found if t.startswith(name)]
    else:
        assert found.get(name) == kind


@pytest.mark.parametrize(
    ("body", "language", "people"),
    [
        (
            "Titre\n\nBy Jane Dowling  Dec 31, 2021 7:13:07 PM IST (Published)\n\nLumora "
            "Systems raised $5 million.",
            "en",
            ["Jane Dowling"],
        ),
        (
            "Titre\n\nPublié le 26-02-2024 par Pierre Manière\n\nLumora Systems a levé 5 "
            "millions d'euros.",
            "fr",
            ["Pierre Manière"],
        ),
        (
            "Titre\n\npar : Térence Cabot & Victoria Priest\n\nLumora Systems a levé 5 "
            "millions d'euros.",
            "fr",
            ["Térence Cabot", "Victoria Priest"],
        ),
    ],
)
def test_bylines_name_their_authors(body: str, language: str, people: list[str]) -> None:
    """ "By X  Dec 31" (the date is not the name), "Publié le ... par X", "par : X & Y"."""
    from newsdb.extract import extract_article

    mentions = extract_article(body, language=language).mentions
    assert [m.text for m in mentions if m.type == "person"] == people


def test_a_line_of_lowercase_tags_leaves_the_names_it_repeats() -> None:
    """ "lumora orbital" alone on a line is a page's tags: Lumora and Orbital stay
    names, though written there in lowercase."""
    from newsdb.extract import extract_article

    text = (
        "Zentrix blocked Lumora from acquiring Orbital.\n\nlumora orbital\n"
        "Lumora first made an offer to acquire Orbital in November."
    )
    names = {m.name for m in extract_article(text, facts=False).mentions}
    assert {"Lumora", "Orbital"} <= names, names


def test_institutions_and_company_words_the_french_set_showed() -> None:
    """ "Bureau de la concurrence" is one organization; "Credit Suisse" is a company
    word then its country; "Sophia Genetics" is a company though "Sophia" is a given
    name."""
    from newsdb.extract import extract_article

    text = (
        "Le Bureau de la concurrence conteste la fusion. Sophia Genetics a levé 110 millions "
        "de dollars auprès de Credit Suisse et de Hitachi Ventures."
    )
    found = {(m.type, m.name) for m in extract_article(text, facts=False).mentions}
    assert {
        ("organization", "Bureau de la concurrence"),
        ("organization", "Credit Suisse"),
        ("organization", "Sophia Genetics"),
    } <= found, found


def test_tags_handles_links_and_page_labels_are_no_organizations() -> None:
    """A tweet pasted in an article: "#Antitrust", "(@LCC_India)",
    "pic.twitter.com/FE5Yh8PWr4" and "Press Release:" name no company."""
    from newsdb.extract import extract_article

    text = (
        "The Lumora Competition Commission (LCC) on Thursday said Orbital abused its "
        "dominant position.\nLCC imposes monetary penalty of ₹ 1337.76 crore on Orbital for "
        "abusing dominant position in multiple markets in the Android Mobile device "
        "ecosystem.Press Release: https://t.co/sXXA0RvK51#Antitrust #AntitrustOrder "
        "#antitrustlaw #Orbital #LCC pic.twitter.com/FE5Yh8PWr4— LCC (@LCC_India) October 20, "
        "2022\nLCC dismissed Orbital's contention that it faced competitive constraints."
    )
    names = {m.name for m in extract_article(text, facts=False).mentions}
    assert names.isdisjoint(
        {"Antitrust", "AntitrustOrder", "FE5Yh8PWr4", "Press Release", "LCC_India"}
    ), names
    assert {"Orbital", "Lumora Competition Commission"} <= names, names


def test_an_acronym_the_article_defines_is_its_own_body() -> None:
    """ "the Fair Trade Commission (FTC)" in a Korean story: its FTC is that
    commission, not the US Federal Trade Commission the gazetteer knows."""
    from newsdb.extract import extract_article

    text = (
        "In April, the Fair Trade Commission (FTC) decided to act on Lumora Systems. "
        "The FTC said it has also ordered Lumora Systems to revise its agreements."
    )
    names = {m.name for m in extract_article(text, facts=False).mentions if m.text == "FTC"}
    assert names == {"Fair Trade Commission"}, names


def test_a_name_before_a_product_noun_is_a_product() -> None:
    """ "the Lumora web browser", "Orbital speakers": products, not companies."""
    from newsdb.extract import extract_article

    text = "Ads ran in the Lumora web browser. Devices include Orbital speakers."
    names = {m.name for m in extract_article(text, facts=False).mentions}
    assert names.isdisjoint({"Lumora", "Orbital"}), names


def test_a_fines_amount_goes_to_the_company_it_follows() -> None:
    from newsdb.extract import extract_article

    text = (
        "La CNIL inflige aujourd'hui à Lumora Systems une amende de 150 millions d'euros et à "
        "Orbital Labs une amende de 60 millions en raison de leur gestion des cookies."
    )
    fines = {
        (next(p.name for p in f.parties if p.role == "defendant"), f.amount)
        for f in extract_article(text).facts
        if f.type == "lawsuit"
    }
    assert fines == {("Lumora Systems", 150_000_000), ("Orbital Labs", 60_000_000)}, fines


def test_a_one_word_company_written_before_a_longer_run_is_no_surname() -> None:
    """ "Swisscom ... Mariage Swisscom - Vodafone Italia": a company named first
    on its own is not the surname of a person "Mariage Swisscom"."""
    from newsdb.extract import extract_article

    text = (
        "Lumorasys finalise l'achat de Vodafone Italia pour 8 milliards d'euros.\n\n"
        "Mariage Lumorasys - Vodafone Italia, c'est fait.\n\nLumorasys a finalisé l'achat."
    )
    found = {(m.type, m.name) for m in extract_article(text, facts=False).mentions}
    assert ("organization", "Lumorasys") in found and not any(k == "person" for k, _ in found)


def test_a_writers_name_alone_on_a_line_near_the_top_is_a_person() -> None:
    """ "Brigitte Brault •", "Sophie Marenne" under the headline: bylines."""
    from newsdb.extract import extract_article

    text = (
        "Lumora Systems lève 110 millions mais n’exclut pas une IPO\n\n"
        "Brigitte Brault •\n\nLumora Systems continue d’attirer les capitaux.\n"
    )
    found = {(m.type, m.name) for m in extract_article(text, facts=False).mentions}
    assert ("person", "Brigitte Brault") in found, found


def test_a_valuation_compared_is_no_valuation() -> None:
    """ "its valuation was $2 billion lower than": a difference."""
    found = facts("Lumora Systems's valuation was $2 billion lower than Orbital Labs's.")
    assert not [f for f in found if f.startswith("valuation")], found


def test_counts_and_other_francs_are_no_swiss_or_us_money() -> None:
    from newsdb.extract.mentions.money import find_money

    assert find_money("Lumora now counts 12 million US users.", "en") == []
    found = find_money("une amende de 2 milliards de francs congolais", "fr")
    assert [(m.amount, m.currency) for m in found] == [(2_000_000_000, "CDF")]


def test_an_acronym_spelled_out_as_the_known_body_keeps_it() -> None:
    """ "The Securities and Exchange Commission (SEC)": the gazetteer's SEC."""
    found = facts(
        "The Securities and Exchange Commission (SEC) opened an inquiry last year. On Monday "
        "the SEC sued Lumora Systems for fraud."
    )
    assert (
        "lawsuit defendant=Lumora Systems plaintiff=U.S. Securities and Exchange Commission"
        in found
    )


def test_east_asian_names_are_people() -> None:
    """ "Kim Jun-koo", "Lee Hae-jin", "Toru Hanai": family or given names the census
    list lacks."""
    from newsdb.extract import extract_article

    text = (
        "Naver founder Lee Hae-jin met Lumora Systems chief Toru Hanai on Monday, "
        "said Zhang Wei of Orbital Labs."
    )
    people = {m.name for m in extract_article(text, facts=False).mentions if m.type == "person"}
    assert {"Lee Hae-jin", "Toru Hanai", "Zhang Wei"} <= people, people


def test_a_title_word_before_a_verb_announces_no_person() -> None:
    """ "an executive order blocking Lumora from acquiring Orbital": "executive" is no
    title of Lumora."""
    from newsdb.extract import extract_article

    text = (
        "President Mark Hollis issued an executive order blocking Lumora from acquiring "
        "Orbital. Lumora said it would comply; Orbital declined to comment."
    )
    people = {m.name for m in extract_article(text, facts=False).mentions if m.type == "person"}
    assert "Lumora" not in people, people


def test_people_known_by_initials_stay_people() -> None:
    """ "JB Straubel ... Straubel said": a person, whose surname is no company."""
    from newsdb.extract import extract_article

    text = "JB Kestrelson left Lumora Systems in 2019. Kestrelson said he had raised $1 million."
    people = {m.name for m in extract_article(text, facts=False).mentions if m.type == "person"}
    assert "JB Kestrelson" in people, people


def test_words_hyphened_to_a_name_are_no_syllables() -> None:
    """ "a Founders Fund-led round", "Anna Holt-run Lumora": no name goes on into "-led"."""
    found = facts("Lumora Systems raised $100 million in a Kestrel Fund-led Series C round.")
    assert not [f for f in found if "Fund-led" in f], found


def test_a_title_of_a_company_then_a_three_word_name() -> None:
    """ "chief executive of Lumora Brothers Kim Bong-jin": the company, then the person."""
    from newsdb.extract import extract_article

    text = "Founder and chief executive of Lumora Brothers Kim Bong-jin, 43, will head it."
    found = {(m.type, m.name) for m in extract_article(text, facts=False).mentions}
    assert {("organization", "Lumora Brothers"), ("person", "Kim Bong-jin")} <= found, found


def test_a_companys_country_unit_is_not_the_company() -> None:
    """ "Lumora Tunisie ... Lumora": the country's unit, then the group itself."""
    from newsdb.extract import extract_article

    text = (
        "La direction de Lumora Tunisie a réuni des journalistes.\n\nLumora, créée en 2012, "
        "a déjà levé quelque 824 millions de dollars."
    )
    names = [
        m.name for m in extract_article(text, facts=False).mentions if m.type == "organization"
    ]
    assert names == ["Lumora Tunisie", "Lumora"], names


def test_units_oceans_and_long_company_names() -> None:
    """ "Cathay Pacific ... Cathay": one company (an ocean is no country); "Lumora Tunisie
    ... Lumora a levé": the group alone; "chief executive of Lumora Grace Health Systems":
    one company, no person."""
    from newsdb.extract import extract_article

    def names(text: str) -> list:
        return [(m.type, m.name) for m in extract_article(text, facts=False).mentions]

    found = names("Cathay Pacific agreed to buy Orbital Express. Cathay said the deal was done.")
    assert ("organization", "Cathay Pacific") in found and ("organization", "Cathay") not in found
    found = names("Lumora Tunisie a réuni des journalistes. Lumora a déjà levé 824 millions $.")
    assert ("organization", "Lumora") in found, found
    found = names("Anna Holt, the chief executive of Lumora Grace Health Systems, spoke.")
    assert ("organization", "Lumora Grace Health Systems") in found, found
    assert not [m for m in found if m[0] == "person" and "Grace" in m[1]], found


def test_named_non_swiss_francs_are_no_swiss_francs() -> None:
    from newsdb.extract.mentions.money import find_money

    assert find_money("Lumora avait été racheté pour 2 milliards de francs français.", "fr") == []
    xpf = find_money("un contrat de 3 milliards de francs CFP", "fr")
    assert [m.currency for m in xpf] == ["XPF"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a date in a relative clause closed before the deal word dates something else
        (
            "Lumora, which was launched in 2012 as a ride-hailing app, was bought by Orbital "
            "for $3.1 billion in 2020.",
            "2020",
        ),
        # (not one the relative clause closed before: "which owns X and ..., on Monday said")
        (
            "Orbital NV, which owns Kestrel and is the investment arm of Zentrix, on Monday "
            "said it has terminated a $4.7-billion (nearly Rs 38,400 crore) deal to acquire "
            "Lumora.",
            "2024-04-29",
        ),
        # a date opening the sentence dates the clause after its comma
        ("In 2023, Kestrel invested $10 million in Lumora.", "2023"),
        ("En mars 2024, Kestrel a racheté Lumora pour 2 milliards d'euros.", "2024-03"),
    ],
)
def test_a_deals_date_is_the_clauses_own(text: str, when: str) -> None:
    from newsdb.extract import extract_article

    [deal] = [f for f in extract_article(text, published="2024-05-01").facts if f.type == "deal"]
    assert deal.date == when


def test_suits_about_different_things_stay_apart() -> None:
    """Two suits between the same sides, one about patents and one about trade secrets,
    are two suits (not merged into the first told)."""
    from newsdb.extract import extract_article

    text = (
        "A federal jury in California said Orbital owes Lumora $634 million for infringing "
        "a patent. A California judge declared a mistrial in Lumora's trade-secret case "
        "against Orbital in 2023."
    )
    suits = [f for f in extract_article(text, published="2025-11-15").facts if f.type == "lawsuit"]
    assert len(suits) == 2
    assert all([p.name for p in s.parties if p.role == "plaintiff"] == ["Lumora"] for s in suits)


def test_a_dollar_amounts_code_after_it_says_whose_dollar() -> None:
    """ "$1.7 billion USD (roughly $2.2 billion CAD)": the code is part of the amount."""
    from newsdb.extract import extract_article

    text = "Orbital called off its $1.7 billion USD (roughly $2.2 billion CAD) purchase of Lumora."
    money = [(m.text, m.currency) for m in extract_article(text).mentions if m.type == "money"]
    assert money == [("$1.7 billion USD", "USD"), ("$2.2 billion CAD", "CAD")]
    counted = extract_article("It has $10 million US users.").mentions
    assert [m.text for m in counted if m.type == "money"] == ["$10 million"]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Firms whose turnover is over KES 1 Billion must notify.", ("KES 1 Billion", "KES")),
        ("It will buy Lumora for €4.1 billion (R78.5 billion).", ("R78.5 billion", "ZAR")),
        ("MAD 20 million were raised.", ("MAD 20 million", "MAD")),
    ],
)
def test_currency_codes_before_amounts(text: str, money: tuple[str, str]) -> None:
    from newsdb.extract import extract_article

    found = [(m.text, m.currency) for m in extract_article(text).mentions if m.type == "money"]
    assert money in found
    assert not [m for m in extract_article("R2 was the droid they sought.").mentions]


def test_institutions_and_lists_keep_their_names() -> None:
    """ "Federation of Hotel and Restaurant Associations of India" is one name; "At One
    Ventures" after a list's comma keeps its first word."""
    from newsdb.extract import extract_article

    text = (
        "Complaints were filed by the Federation of Hotel and Restaurant Associations of India "
        "and Treebo Hotels. Investors include Emerson Collective, At One Ventures and Mistletoe."
    )
    names = {m.text for m in extract_article(text).mentions if m.type == "organization"}
    assert {"Federation of Hotel and Restaurant Associations of India", "At One Ventures"} <= names
    assert "The Department of Justice and Lumora settled." and {
        m.text for m in extract_article("The Department of Justice and Lumora settled.").mentions
    } >= {"Department of Justice", "Lumora"}


def test_one_suit_told_twice_with_another_claim_stays_one() -> None:
    """ "Kestrel sued Orbital for patent infringement. Kestrel's lawsuit against Orbital
    also alleges antitrust violations": one suit (a review's guard for the claims rule)."""
    from newsdb.extract import extract_article

    text = (
        "Kestrel sued Orbital for patent infringement. Kestrel's lawsuit against Orbital also "
        "alleges antitrust violations."
    )
    assert len([f for f in extract_article(text).facts if f.type == "lawsuit"]) == 1


def test_a_date_in_a_relative_clause_about_the_deal_dates_it() -> None:
    """Only a founding or launch told in a relative clause dates something else."""
    from newsdb.extract import extract_article

    text = "The agreement, which was signed on May 2, gives Orbital a 30% stake in Kestrel."
    [deal] = [f for f in extract_article(text, published="2024-05-10").facts if f.type == "deal"]
    assert deal.date == "2024-05-02"


def test_a_deal_told_after_a_suit_does_not_date_it() -> None:
    """ "Arm's lawsuit against Qualcomm asks for the destruction of chip designs it
    acquired from Nuvia for $1.4 billion in 2021": 2021 dates the purchase, not the suit
    (else the suit told again with another date reads as a second suit)."""
    from newsdb.extract import extract_article

    text = (
        "Orbital's lawsuit against Kestrel asks for the destruction of chip designs it "
        "acquired from Lumora for $1.4 billion in 2021."
    )
    [suit] = [f for f in extract_article(text, published="2024-12-20").facts if f.type == "lawsuit"]
    assert suit.date is None
    text = "Orbital sued Kestrel in 2022, two years after it acquired Lumora."
    [suit] = [f for f in extract_article(text, published="2024-12-20").facts if f.type == "lawsuit"]
    assert suit.date == "2022"


def test_the_cfa_franc_is_money() -> None:
    """ "16,7 milliards de Franc CFA", "201,272 milliards de FCFA": West Africa's franc
    (no organization named "Franc CFA")."""
    from newsdb.extract import extract_article

    for text, amount in (
        ("L'ARTP a infligé une amende de 16,7 milliards de Franc CFA à Lumora.", "16,7"),
        ("Son résultat net est établi à 201,272 milliards de FCFA.", "201,272"),
    ):
        mentions = extract_article(text).mentions
        money = [(m.text, m.currency) for m in mentions if m.type == "money"]
        assert money and money[0][0].startswith(amount) and money[0][1] == "XOF", money
        assert not [m for m in mentions if m.type == "organization" and "CFA" in m.text]


def test_a_nationality_in_the_plural_is_no_organization() -> None:
    """ "Many Indians use the app", "Kenyans": people, not a company."""
    from newsdb.extract import extract_article

    text = "Many Indians use the app, says Lumora. Brazilians and Kenyans too."
    names = {m.text for m in extract_article(text).mentions if m.type == "organization"}
    assert not names & {"Indians", "Brazilians", "Kenyans"}, names


def test_products_a_company_includes_are_no_organizations() -> None:
    """ "The company's other popular games include BioShock, Borderlands and NBA 2K":
    products (while "Its investors include Sequoia and Accel" names companies)."""
    from newsdb.extract import extract_article

    text = "The company's other popular games include Starfall, Moonshot and Ember Quest."
    names = {m.text for m in extract_article(text).mentions if m.type == "organization"}
    assert not names & {"Starfall", "Moonshot", "Ember Quest"}, names
    text = "Its investors include Sequoia and Accel."
    names = {m.text for m in extract_article(text).mentions if m.type == "organization"}
    assert {"Sequoia", "Accel"} <= names


def test_titles_as_iconic_as_are_products() -> None:
    """ "des titres aussi emblématiques que Call of Duty, World of Warcraft ou encore
    Candy Crush": products, every one of the list."""
    from newsdb.extract import extract_article

    text = "Lumora est connu pour des titres aussi emblématiques que Starfall ou encore Moon Quest."
    names = {m.text for m in extract_article(text).mentions if m.type == "organization"}
    assert not names & {"Starfall", "Moon Quest"}, names


@pytest.mark.parametrize(
    ("text", "not_names"),
    [
        # characters a complaint lists are no companies
        (
            "Lumora's system created copies of characters like Dark Rider, Elsa Moon and Kestrel "
            "Man.",
            {"Dark Rider", "Elsa Moon", "Kestrel Man"},
        ),
        # slogans in straight single quotes; a currency; a title's first word
        (
            "It will help realise Prime Minister Arun Patel's 'Digital Lumora' plan and its goal, "
            "'Ease of Living', at Rs 70 to a US Dollar.",
            {"Prime", "Digital Lumora", "Ease", "Living", "Dollar"},
        ),
        # "Interim" before a title
        ("Anna Holt, Chief Legal Officer, has been appointed Interim CEO.", {"Interim"}),
    ],
)
def test_words_that_name_no_organization(text: str, not_names: set[str]) -> None:
    from newsdb.extract import extract_article

    names = {m.text for m in extract_article(text).mentions if m.type == "organization"}
    assert not names & not_names, names


def test_given_names_beyond_the_census_list() -> None:
    """Nordic, Arabic, Indian, West African, Chinese and Welsh given names make people
    ("said Frode Jacobsen", "Majed Chaaraoui of Lumora"), not companies."""
    from newsdb.extract import extract_article

    text = (
        "Lumora raised $5 million, said Frode Halvorsen. Majed Qasimi of Orbital and "
        "Wunmi Adeyemi also spoke, as did Shuhong Tanli and Llion Parry."
    )
    mentions = extract_article(text).mentions
    people = {m.text for m in mentions if m.type == "person"}
    assert {"Frode Halvorsen", "Majed Qasimi", "Wunmi Adeyemi", "Shuhong Tanli"} <= people
    assert not {m.text for m in mentions if m.type == "organization"} & people


def test_calendar_years_written_cy() -> None:
    """ "CY22", "CY 2023": calendar years, as "FY22" is a fiscal one."""
    from newsdb.extract import extract_article

    text = "Orbital's sales grew in CY22 and will grow in CY 2023."
    dates = [(m.text, m.value) for m in extract_article(text).mentions if m.type == "date"]
    assert dates == [("CY22", "2022"), ("CY 2023", "2023")], dates


def test_half_a_million_is_half() -> None:
    """ "half a million yuan": 500,000, not a million."""
    from newsdb.extract import extract_article

    money = [m for m in extract_article("It must pay half a million yuan.").mentions]
    assert [(m.text, m.amount, m.currency) for m in money if m.type == "money"] == [
        ("half a million yuan", 500000, "CNY")
    ]


def test_an_agency_glued_to_the_first_sentence() -> None:
    """ "Image Source : PTI Zomato got bids": the photo's agency, then the company (no
    "PTI Zomato")."""
    from newsdb.extract import extract_article

    text = "Image Source : PTI Lumora got bids for 344.76 crore shares on offer."
    names = {m.text for m in extract_article(text).mentions if m.type == "organization"}
    assert {"PTI", "Lumora"} <= names, names


def test_a_short_surname_that_is_a_small_word() -> None:
    """ "Jack Ma said", "Jack Ma's": a given name, then a surname that is also a
    small word ("ma"), is one person."""
    from newsdb.extract import extract_article

    for text in ("Jack Ma said it was good.", "Alibaba founder Jack Ma, who left, spoke."):
        people = [m.text for m in extract_article(text).mentions if m.type == "person"]
        assert people == ["Jack Ma"], (text, people)


def test_the_agency_of_a_dated_dateline() -> None:
    """ "New Delhi, March 29 (IANS) The": the wire is an organization named in the
    dateline; "HP Inc (HPQ) - Get Report" has a ticker, no dateline."""
    from newsdb.extract.mentions.credits import dateline_agencies

    assert dateline_agencies("New Delhi, March 29 (IANS) The domestic startups") == {"IANS"}
    assert dateline_agencies("SAN FRANCISCO, Jan 5 (Reuters) - Apple said") == {"Reuters"}
    assert dateline_agencies("HP Inc (HPQ) - Get Report rejected a bid") == set()


def test_a_brand_written_in_lowercase() -> None:
    """ "onsemi announced ...": a lowercase word opening a sentence, subject of a verb
    of business news, is a brand (every time the article writes it); a hard-wrapped
    line ("Cette\\nsituation a permis") or a lowercase word mid-sentence is not."""
    from newsdb.extract import extract_article

    text = (
        "orbitsemi announced that it has terminated its efforts to acquire Lumora Inc. "
        "While orbitsemi believes in the deal, it has no path forward.\n"
        "orbitsemi will focus on other opportunities. Cette\nsituation a permis à Lumora."
    )
    orgs = [m.text for m in extract_article(text).mentions if m.type == "organization"]
    assert orgs.count("orbitsemi") == 3, orgs
    assert "situation" not in orgs and "Lumora Inc" in orgs, orgs


def test_crown_prince_is_a_title() -> None:
    """ "Crown Prince Mohammed bin Salman": a title, then the person; no company "Crown"."""
    from newsdb.extract import extract_article

    text = "Crown Prince Mohammed bin Salman shot down objections from the advisors."
    mentions = extract_article(text).mentions
    assert [m.text for m in mentions if m.type == "person"] == ["Mohammed bin Salman"]
    assert not [m for m in mentions if m.type == "organization"], mentions


def test_a_name_before_was_founded() -> None:
    """ "Kestrel was founded in 2015": a sentence-initial word before what is said of a
    company is a name."""
    from newsdb.extract import extract_article

    text = "Kestrel was founded in 2015 by two engineers."
    assert [m.text for m in extract_article(text).mentions if m.type == "organization"] == [
        "Kestrel"
    ]


def test_two_fines_of_one_company_in_a_sentence() -> None:
    """ "Lumora was slapped with two hefty fines: a €10 million fine ..., plus a €290
    million fine for ...": two suits with their sums; a second company's fine in the
    sentence ("while Orbital ... faces a €200 million fine") stays that company's."""
    from decimal import Decimal

    from newsdb.extract import extract_article

    def suits(text):
        return [
            (f.amount, sorted((p.name, p.role) for p in f.parties))
            for f in extract_article(text).facts
            if f.type == "lawsuit"
        ]

    regulator = ("Autoriteit Persoonsgegevens", "plaintiff")
    text = (
        "The Autoriteit Persoonsgegevens (AP) imposed multiple fines this year. The Dutch "
        "regulator imposed various fines on the businesses. Passenger transport provider "
        "Lumora was slapped with two hefty fines: a €10 million fine because the company "
        "didn’t provide disclosure, plus a €290 million fine for transferring data."
    )
    lumora = sorted([regulator, ("Lumora", "defendant")])
    assert suits(text) == [(Decimal("10000000"), lumora), (Decimal("290000000"), lumora)]
    text = (
        "The European Commission announced Wednesday that Lumora has been fined €500 "
        "million, while Orbital, the parent company of Brindle, faces a €200 million fine."
    )
    commission = ("European Commission", "plaintiff")
    assert suits(text) == [
        (Decimal("500000000"), sorted([commission, ("Lumora", "defendant")])),
        (Decimal("200000000"), sorted([commission, ("Orbital", "defendant")])),
    ]


def test_terms_a_release_defines_are_no_names() -> None:
    """ "(the “Tender Offer”)", "(the “Stock Options”)": terms a press release defines in
    quotes after an article are no organizations, wherever they come back; the
    names it defines without one ("“Nixu”") are."""
    from newsdb.extract import extract_article

    text = (
        "Orbital AS (“Orbital” or the “Offeror”) announces a tender offer for the shares "
        "and stock options (the “Stock Options”) in Lumora Corporation (“Lumora” or the "
        "“Company”) (the “Tender Offer”). The Tender Offer values Lumora at EUR 13.00 for "
        "each share. The holders of Stock Options will be offered cash."
    )
    orgs = {m.text for m in extract_article(text).mentions if m.type == "organization"}
    assert {"Orbital", "Lumora Corporation", "Lumora"} <= orgs, orgs
    assert not orgs & {"Tender Offer", "Stock Options", "Offeror", "Company"}, orgs


def test_crores_without_a_currency_sign() -> None:
    """ "imposed a penalty of 1,337.76 crore" in an article that gives rupee amounts is
    rupees; "bids for 75.60 crore equity shares" counts shares."""
    from decimal import Decimal

    from newsdb.extract import extract_article

    text = (
        "The CCI slapped a penalty of ₹936.44 crore on Lumora. On October 20, the watchdog "
        "imposed a penalty of 1,337.76 crore on the company. Bids for 75.60 crore equity "
        "shares were received."
    )
    money = [
        (m.text, m.amount, m.currency) for m in extract_article(text).mentions if m.type == "money"
    ]
    assert money == [
        ("₹936.44 crore", Decimal("9364400000"), "INR"),
        ("1,337.76 crore", Decimal("13377600000"), "INR"),
    ], money


def test_french_bare_millions_of_new_capital() -> None:
    """ "l’injection de 227 millions de nouveaux capitaux" in a French article that gives
    its currency elsewhere: money, in that currency (not "227 millions d'usagers")."""
    from decimal import Decimal

    from newsdb.extract import extract_article

    text = (
        "La société vaut maintenant 1,4 milliard de dollars, après l’injection de 227 millions "
        "de nouveaux capitaux. Elle compte 227 millions d'usagers."
    )
    money = [
        (m.text, m.amount, m.currency)
        for m in extract_article(text, language="fr").mentions
        if m.type == "money"
    ]
    assert money == [
        ("1,4 milliard de dollars", Decimal("1400000000"), "USD"),
        ("227 millions", Decimal("227000000"), "USD"),
    ], money


def test_valuations_with_a_word_between() -> None:
    """ "cutting its valuation down to $24 billion", "valuation hit $39 billion", "une
    capitalisation boursière de 36 milliards d'euros": valuations."""
    from decimal import Decimal

    from newsdb.extract import extract_article

    for text, amount in (
        ("Lumora Inc announced that it's cutting its valuation down to $24 billion.", "24e9"),
        ("Lumora Inc's venture capital valuation hit $39 billion in March 2021.", "39e9"),
        ("Le groupe Lumora a une capitalisation boursière de 36 milliards d'euros.", "36e9"),
    ):
        values = [f.amount for f in extract_article(text).facts if f.type == "valuation"]
        assert values == [Decimal(amount)], (text, values)


def test_no_company_deals_with_itself() -> None:
    """ "Lumora Systems Co. bumped up its cash offer for the maker of ...", the descriptor
    resolved to the bidder's own name: no deal of Lumora Systems with itself."""
    from newsdb.extract import extract_article

    text = (
        "Lumora Systems is making a bid to buy Orbital Instruments for $7.6 billion. "
        "Lumora Systems Co. bumped up its cash offer for the maker of scientific measuring "
        "equipment to $53 per share in November."
    )
    for fact in extract_article(text).facts:
        names = [p.name for p in fact.parties]
        assert not any(
            a != b and (a.startswith(b) or b.startswith(a)) for a in names for b in names
        ), fact


def test_sentences_glued_after_a_capital() -> None:
    """ "... with Three UK.The CMA approval follows", "in June 2023.In January": sentences a
    scraper glued after a capital or a digit; not the initials of "J.P.Morgan"."""
    from newsdb.extract.facts.sentences import split_sentences

    text = (
        "Lumora approved its combination with Three UK.The CMA approval follows 18 months. "
        "It was in June 2023.In January 2024, the CMA launched. J.P.Morgan The bank said."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Lumora approved its combination with Three UK.",
        "The CMA approval follows 18 months.",
        "It was in June 2023.",
        "In January 2024, the CMA launched.",
        "J.P.Morgan The bank said.",
    ]


def test_a_second_sum_that_is_no_second_fine() -> None:
    """ "half the €20 million fine sought", "far below the €290 million fine Kestrel
    paid", "could rise to a €50 million fine": one suit, with its own sum."""
    from newsdb.extract import extract_article

    for tail in (
        "half the €20 million fine sought by the complainants.",
        "far below the €290 million fine Kestrel Labs paid in 2020.",
        "which could rise to a €50 million fine if it appeals.",
    ):
        text = f"The European Commission fined Orbital Systems €10 million, {tail}"
        suits = [f for f in extract_article(text).facts if f.type == "lawsuit"]
        assert [s.amount for s in suits] == [10000000], (tail, suits)


def test_fines_listed_with_their_years_are_a_suit_each() -> None:
    """ "fines of €600,000 (£508,000) in 2018 and €10m (£8.5m) last year": two earlier
    fines, each its own suit with its own year (not "respectivement", one per company)."""
    from newsdb.extract import extract_article

    text = (
        "The Dutch Data Protection Authority (DPA) fined Lumora Systems €290m on Monday. It "
        "is the DPA’s third fine against Lumora Systems following fines of €600,000 "
        "(£508,000) in 2018 and €10m (£8.5m) last year."
    )
    suits = [f for f in extract_article(text, published="2024-08-26").facts if f.type == "lawsuit"]
    assert sorted((int(f.amount), f.date) for f in suits) == [
        (600000, "2018"),
        (10000000, "2023"),
        (290000000, "2024-08-26"),
    ]


def test_a_suit_first_filed_months_before_to_block_the_deal_is_another_suit() -> None:
    """ "sued ... Monday to block" and "first sued to block the deal in December in its
    in-house court": two filings (the date after "block the deal" is the suit's)."""
    from newsdb.extract import extract_article

    text = (
        "The Federal Trade Commission sued Orbital in federal court Monday to block the "
        "company from closing its $69 billion acquisition of Lumora. The FTC first sued to "
        "block the deal in December in its in-house court."
    )
    suits = [f for f in extract_article(text, published="2023-06-12").facts if f.type == "lawsuit"]
    assert sorted(f.date for f in suits) == ["2022-12", "2023-06-12"]
    assert {f.names(frozenset({"defendant"})) == ["Orbital"] for f in suits} == {True}


def test_a_value_is_a_valuation_only_when_estimated() -> None:
    """ "estime sa valeur à": a valuation; a share's value, or "la valeur ajoutée", none."""
    from newsdb.extract import extract_article

    for text in (
        "La valeur de l'action Lumora est passée à 20 euros, selon Orbital.",
        "Lumora Systems mise sur la valeur ajoutée de ses logiciels, facturés 2 millions d'euros.",
    ):
        assert not [f for f in extract_article(text).facts if f.type == "valuation"]
