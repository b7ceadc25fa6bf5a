"""Cues around the trigger words (``triggers``), English and French: how far a
deal or a suit has gone (status cues, read in the clause before the trigger),
where the other parties are (the small words after it), and the phrases that
make money no price, a word no deal, a round many companies' money.  As the
trigger words, nothing here is tuned to one article.
"""

from __future__ import annotations

import re


def _cue(text: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{text})(?![\w-])")


def inner(cue: re.Pattern) -> str:
    """The alternation inside a ``_cue`` pattern (to join several in one regex)."""
    return cue.pattern[len(r"(?<![\w-])(?:") : -len(r")(?![\w-])")]


# The deal an "-ing" status verb acts on: "is scrapping its deal to buy", "is abandoning
# its plans to purchase" (not "is terminating 300 jobs", "whose shares are dropping").
_DEAL_OBJECT = (
    r"\s+(?:its|the|their|a|an|his|her)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:deal|offer|bid|plans?|"
    r"acquisition|takeover|merger|purchase|agreement|pursuit|attempt|transaction|approach)"
    r"(?![\w-])"
)


# Status cues, read in the clause up to the trigger (see rules.status_of).
WITHDRAWN = _cue(
    r"backed out|backs out|pulled out|pulls out|walked away|walks away|withdr[ae]w|withdrawn|"
    r"withdrawing|abandon(?:ed|s)?|dropped|drops|"
    # "is abandoning its plans to purchase", "is dropping its bid" (not "whose shares are
    # dropping", "is dropping 300 jobs")
    rf"(?:abandoning|dropping)(?={_DEAL_OBJECT})|"
    # "giving up its counteroffer" (not "shares gave up early gains", "gave up control")
    r"(?:gave|gives|giving|given) up(?= (?:its|the|their|his|her) (?:own )?(?:hostile )?"
    r"(?:bid|offer|counteroffer|counter-offer|pursuit|plan|attempt|deal|takeover)(?![\w-]))|"
    r"renonc[ée]\w*|retir[ée]\w*|jeté l['’]éponge|"
    r"abandonn[ée]\w*|désist\w+"
)
CANCELLED = _cue(
    r"cancell?ed|cancels|called off|calls off|scrapped|scraps|terminated|terminates|"
    r"broken off|broke off|breaks off|"
    rf"(?:scrapping|cancell?ing|calling off|terminating)(?={_DEAL_OBJECT})|"
    r"annul[ée]\w*|rompu|mis fin|lost|perdu|cost \w+ its|failed|collapsed|fell through|"
    r"échou\w+|n['’](?:ont|avait|avaient|a) pas abouti|ended|ending|mettre fin|"
    r"collapse of|failure of|demise of|échec de|l['’]échec d['’]|"
    r"(?:agreed|agree|agrees|decided|decides|voted|moved|chose) to (?:terminate|cancel|scrap|"
    r"call off|abandon|end)"
)
REJECTED = _cue(
    r"reject(?:ed|s)?|rebuff(?:ed|s)?|turned down|turns down|spurned|refused|refuses|"
    r"rejet[ée]\w*|rejett?\w*|repouss[ée]\w*|refus[ée]\w*|décliné\w*"
)
IN_TALKS = _cue(
    r"in talks|held talks|holding talks|hold talks|talks with|in discussions?|in negotiations?|"
    r"negotiat\w+|(?:is|are|was|were|been) preparing|prepares|preparing to|close to|nearing|"
    r"near a deal|on the verge|exploring|explores|considering|considers|weighing|weighs|"
    r"mulling|seeking|seeks|looking to|in advanced talks|"
    r"en discussions?|en négociations?|négoci\w+|pourparlers|sur le point de|prépar\w+|"
    r"envisag\w+|discut\w+|cherche à|gears? up|gearing up|readies|readying|in case|"
    r"trying to|tries to|tente de|tentent de"
)
RUMORED = _cue(
    r"could|might|may|rumou?r\w*|speculat\w+|anticipat\w+|pourrai\w*|rêve\w* de|"
    r"interested in(?=\s+(?:bidding|buying|acquiring|purchasing|taking|making))|"
    r"hypoth\w+|aurait|serait|seraient"
)
_TO_DEAL = (
    r"\s+(?:an?\s+|un\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|protocole d['’]accord|"
    r"contrat d['’]acquisition|contrat de cession|contrat d['’]achat)"
    # "a signé un accord exclusif, validé par les conseils, avec Altran pour l'acquisition"
    r"(?:,?\s+(?:[^.;]{0,100}?\s)?(?:with|avec)\s+(?:[\w.&'’-]+\s+){1,7}?|\s+)"
    r"(?:to|for|en vue d['’]|en vue de|pour)"
    # a purchase, a sale or a stake to come; not "to supply its data centres"
    r"\s*(?:[^\s.;]+\s+){0,3}?(?:to\s+)?(?:the\s+|its\s+|l['’]|le\s+|la\s+)?(?:buy|acquir|acquisition|purchas|sell|sale|merg|"
    r"combin|invest|take over|taking over|take a stake|rach|acqu|cession|céd|vend|fusion|"
    r"prendre une participation|prise de participation|entrer au capital)"
)
COMPLETED = _cue(
    r"completed|completes|closed|closes|finali[sz]ed|finali[sz]es|has acquired|have acquired|"
    r"had acquired|has bought|had bought|has raised|had raised|has sold|had sold|bought|"
    r"finalise|finalisent|finalizes|boucle|bouclent|"
    r"acquired|raised|sold|brought in|invested|secured|landed|won|"
    r"(?:paid|spent)(?=\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?[$€£\d])|"
    # "signed an agreement to acquire", "a signé un accord en vue d'acquérir": announced
    rf"entered into(?!{_TO_DEAL})|signed(?!{_TO_DEAL})|a signé(?!{_TO_DEAL})|"
    rf"avait signé(?!{_TO_DEAL})|"
    r"a racheté|avait racheté|a acquis|avait acquis|a finalisé|a bouclé|bouclé|a levé|"
    r"avait levé|a vendu|avait vendu|a cédé|avait cédé|a été racheté\w*|a investi|"
    rf"avait investi|a conclu(?!{_TO_DEAL})|avait conclu(?!{_TO_DEAL})|"
    r"remporté|décroché|finalisé\w*|"
    rf"already(?!\s+signed{_TO_DEAL})|déjà(?!\s+signé{_TO_DEAL})|obtenu|avoir(?!\s+signé{_TO_DEAL})"
)
ANNOUNCED = _cue(
    r"announc\w+|agreed|agrees|agree|will|being|to buy|to acquire|plans?|planned|intends?|"
    r"(?:is|are|set|expected|due|poised|likely|agreement|agreed|deal) to be(?=\s+(?:acquired|"
    r"bought|purchased|sold|taken over|merged|absorbed))|pour être(?=\s+(?:rachet|acqui|absorb|"
    r"vendu|cédé))|"
    r"unveil\w*|launch\w*|made|makes|a annoncé|annonc\w+|va|vont|doit|doivent|propos\w+|"
    r"offert|offre|lancé|déposé|dépose"
)
WEAK_RUMOR = _cue(r"reportedly|is said to|are said to|selon nos informations|selon des sources")
THREAT = _cue(
    r"threat\w*|menac\w+|plans? to|planned|intends? to|will|would|could|may|envisage\w*|"
    r"prévoit de|pourrait|is considering|considering"
)
DISMISSED = _cue(r"dismiss\w*|threw out|thrown out|tossed|débout\w+|rejet[ée]\w*|classé\w*")
RULED = _cue(r"ruled|ruling|verdict|condamn\w+|found liable|ordered to pay")
SUIT_DROPPED = _cue(r"dropped|withdr[ae]w\w*|abandon\w*|retir[ée]\w*|désist\w*")

# Nouns after a deal word that make it a modifier: "a buying spree".
MODIFIED = re.compile(
    r"\s+(?:spree|sprees|binge|strategy|strategies|programme|program|opportunities|appetite|"
    r"power|criteria|vehicle|activity|hunger|targets|frenzy|fever|back|agreement|agreements|"
    r"price|prices|order|orders)(?!\w)",
)
# Nouns after a deal noun that make it a modifier: "the workplace collaboration platform".
NOUN_MODIFIED = re.compile(r"\s+(?:platform|platforms|tool|tools|software|app|apps|suite)(?!\w)")
# Kinds a clause's words point to when the trigger itself is generic
# ("talks with", "deal with", "accord avec").
KIND_CUES = (
    # ("in talks to invest €200 million": the one in talks invests)
    (
        "investment",
        _cue(r"stake|participation|minority|invest(?:ment|ing)? in|to invest|d['’]investir"),
    ),
    (
        "acquisition",
        _cue(
            r"to buy|to acquire|buy|acquire|racheter|acquérir|rachat|acquisition|sell|selling|sale|"
            r"céder|cession|vendre"
        ),
    ),
    ("hosting", _cue(r"host\w*|héberg\w*|integrat\w+|accessible|available")),
    (
        "partnership",
        _cue(r"joint venture|coentreprise|co-entreprise|partenariat|partnership|alliance"),
    ),
    # ("talks to create one of the world's biggest chipmakers": to become one company)
    ("merger", _cue(r"merg\w+|fusion\w*|combin\w+|to create (?:one of|the world['’]s|a new)")),
)
# Regulators, courts and prosecutors: they block, fine or sue, never buy or sell.
AUTHORITY = re.compile(
    r"\b(?:Commission|Department|Ministry|Ministère|Authority|Autorité|Court|Cour|Tribunal|"
    r"Regulator|Prosecutors?|Parquet|Competition|Concurrence|Antitrust|Attorney General|"
    r"Administration|Superintendence)\b"
    r"|^(?:FTC|DOJ|SEC|CMA|FCC|CNIL)$"
)
# Offer words that turn an acquisition verb into a bid: "offered to buy",
# "a proposé de racheter".
BID_CUE = re.compile(
    r"(?:offer(?:ed|s|ing)?|bid|bids|bidding|propos\w+|offert|offre|offrait)\s+"
    r"(?:\w+\s+){0,2}?(?:to|de|d['’])\s*$",
)

# ---------------------------------------------------------------------------
# Where the other parties are, after the trigger.
BY = r"by|par|from|de la part de"
AGAINST = r"against|contre|accusing|accuses|l['’]accusant"
TO = r"to|à|au|aux"
WITH = r"with|avec|between|entre|and|et|of|de|d['’]|du|des"
FOR = r"for|pour|sur|to buy|to acquire|de racheter|d['’]acquérir"
OF = r"of|de|d['’]|du|des|for"
IN = r"(?:in|into|dans|au capital de|du capital de|chez)(?!\s+\d)"
INVESTORS = (
    r"led by|co-led by|headed by|headed up by|spearheaded by|anchored by|"
    r"backed by|sponsored by|mené par|menée par|emmené par|emmenée par|"
    r"conduit par|conduite par|piloté par|from|auprès de|auprès du|auprès des|auprès d['’]|"
    r"including|with participation from|avec la participation de|dont|among them|such as|"
    r"from investors including|"
    r"from investors such as|with backing from|with support from|with the backing of|"
    r"with the support of|grâce au soutien de|grâce au soutien d['’]|avec le soutien de|"
    r"avec le soutien d['’]|compter sur|alongside|along with|aux côtés de|aux côtés d['’]|"
    r"that included|which included|that includes|which includes|that also included"
)

# Money that is not the price of the deal at hand.
PER_SHARE = re.compile(
    r"\s*(?:(?:u\.s\.|us|usd|cad|c\$|in cash|cash|in stock)\s+)?"
    # "$23 per share", "$23 per Mandiant share", "48 euros par action"
    r"(?:(?:per|each|par)\s+(?:[\w.&-]+\s+){0,2}?|a\s+|l['’]|pour chaque\s+|/\s*)"
    r"(?:share|action|titre)"  # "$23.85/share"
)
NOT_PRICE_BEFORE = re.compile(
    # "cash" held, not "in cash" (how a price is paid: "$115 per share in cash or about $4.5bn")
    r"(?<![\w-])(?:revenue|revenues|sales|turnover|profit|loss|losses|earnings|ebitda|"
    r"(?<!in\s)(?<!en\s)cash|debt|fee|fees|"
    r"cost|costs|costing|coûté|coûte|"
    r"damages|salary|dividend|capex|budget|subsidies|chiffre d['’]affaires|revenus|bénéfice|"
    r"perte|trésorerie|dette|amende|fine|fined|penalty|dommages|indemnisation|"
    r"prêt|loan|loans|bond|bonds|crédit|(?<![\w-])shares|(?<![\w-])stock|action|titre|cours|"
    # "sécurisé un financement relais de 5,4 milliards d'euros": borrowed to pay the price
    r"financement[ -]relais|bridge (?:financing|facility)|financing commitments?|"
    r"already raised|déjà levé|target of|synergies|savings|synergy|"
    # "its next capital-raising to value it at $10bn": the company's worth, no sum raised
    r"(?:value|values|valuing)\s+(?:it|them|the company|the startup|the firm|the business)\s+at)"
    r"(?!\W+(?:and\s+)?(?:cash\W+)?(?:deal|transaction|offer|acquisition|merger|takeover|purchase))"
    r"\W+(?:\w+\W+){0,3}$",
)
NOT_PRICE_AFTER = re.compile(
    r"(?:\s+(?:a|per|par)\s+(?:year|an|année))?\s+(?:in|of|de|d['’]|en)\s+(?:annual\s+)?"
    r"(?:revenue|revenues|sales|turnover|profit|chiffre d['’]affaires|revenus|ventes|bénéfice|"
    r"damages|dommages|compensation|royalties|fines?|amendes?)"
    # "closed a $2.5 billion fund": a fund's size, not a deal's price
    r"|\s+(?:(?!in\s|of\s)[\w-]+\s+)?fund(?![\w-])"
    # "imposed a Rs 202 crore penalty on": a fine
    r"|\s+(?:penalty|penalties|fine|fines|amende|amendes|sanction)(?![\w-])"
    # "Amazon will pay iRobot a $94 million termination fee": a fee, not the price
    r"|\s+(?:(?:termination|break-?up|break|reverse)\s+)?fees?(?![\w-])"
    # "which managed over $30 billion in equity commitments": a firm's size
    r"|\s+(?:in|of)\s+(?:assets|equity commitments|committed capital|capital commitments|"
    r"actifs)(?![\w-])|\s+(?:of\s+)?(?:assets\s+)?under management(?![\w-])"
    r"|\s+(?:d['’]actifs|sous gestion)(?![\w-])",
)
# A second amount restating the first: "4,5 milliards de livres, soit 5,3 milliards d'euros",
# "1.5 trillion yen ($9.8 billion)".
RESTATED = re.compile(r"(?:\(|(?<!\w)(?:soit|or about|or roughly|or some))\s*[\w\s]{0,12}$")
# Money of a whole market, not one round: "$158 billion in funding went to 9,363 deals".
AGGREGATE = re.compile(
    r"(?<![\w-])(?:across|to|in|over|from|sur|pour|en)\s+(?:an estimated\s+|some\s+|about\s+|"
    r"nearly\s+|more than\s+|plus de\s+|près de\s+)?"
    r"(?:\d[\d,.\s]*|three|four|five|six|seven|eight|nine|ten|dozens of|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deals|rounds|companies|startups|start-ups|transactions|opérations|levées|entreprises)"
    r"(?![\w-])"
)
# "French startups raised $4 billion", "les jeunes pousses tricolores ont récolté": many
# companies raising, no one round.
MANY_RAISED = re.compile(
    r"(?<![\w-])(?:startups|start-ups|les start-up|jeunes pousses|companies|entreprises|"
    r"sociétés|firms)\s+(?:[\w’'-]+\s+){0,5}?$"  # "les entreprises technologiques d'Afrique"
)
# "four companies that have raised more than $100 million in funding": the round noun
# after such a verb is many companies' money too.
MANY_ROUNDS = re.compile(
    r"(?<![\w-])(?:startups|start-ups|start-up|jeunes pousses|companies|entreprises|sociétés|"
    r"firms)\s+(?:[\w-]+\s+){0,3}?(?:raised|raising|levé|lèvent|récolté)(?![\w-])"
)
# "Pacific Northwest startups raised": a name modifying a plural noun is no company.
PLURAL_HEAD = re.compile(
    r"\s+(?:startups|start-ups|companies|firms|founders|entrepreneurs|businesses|entreprises|"
    r"jeunes pousses)(?![\w-])"
)
# What makes "collected $90 million" a round: investors, a valuation, a round.
FUNDING_CONTEXT = _cue(
    r"rounds?|valuation|valued|investors?|funding|financing|venture|series [a-h]|backers|"
    r"tour de table|valorisation|valorisée?|investisseurs?|levée|financement|série [a-h]|"
    # "met la main sur un chèque de 100 millions $ de la firme X": a cheque from a fund
    r"chèque|cheque"
)
# "has raised a total of $400 million to date": money raised over the years, no round.
TOTAL_RAISED = _cue(
    r"a total of|in total|in all|to date|so far|altogether|the total|total raised|"
    r"since (?:its )?(?:founding|inception|launch|creation)|au total|en tout|à ce jour|"
    r"prior to (?:the|this|its) (?:deal|acquisition|sale|merger|listing|ipo)|"
    r"jusqu['’]ici|depuis sa (?:création|fondation)|"
    # "L'entreprise, qui a déjà levé près de 500 millions d'euros": all it has raised
    r"(?:has|have|had) already raised|a déjà levé|avait déjà levé|ont déjà levé"
)
# "The funding was led by Accel": investors of a round told in a sentence before.
LED_BY = re.compile(
    r"\s+(?:(?:was|is|were|are|has been|had been|will be|a été|est|sera)\s+)?"
    r"(?:led|co-led|headed|headed up|spearheaded|anchored|mené|menée|conduit|conduite|piloté|"
    r"pilotée)\s+(?:by|par)\s"
)
# "Accel was one of the key investors in Lumora's round": the subject invests.
INVESTORS_IN = re.compile(
    r"(?<![\w-])(?:investors?|backers?|investisseurs?|participants?)\s+(?:in|into|dans|à)\s"
)
# What a supplier sells under a contract: "to provide Y with cloud services",
# "spend $2 billion on computing capacity from X", "relies on X's infrastructure".
SERVICES = _cue(
    r"services?|cloud|capacity|computing|compute|infrastructure|servers?|data cent(?:er|re)s?|"
    r"chips?|gpus?|processors?|semiconductors?|hardware|software|technology|technologies|"
    r"power|electricity|energy|networks?|equipment|licen[cs]es?|platform|"
    r"capacité|calcul|infrastructures?|serveurs?|centres? de données|puces?|processeurs?|"
    r"logiciels?|technologies?|électricité|énergie|réseaux?|équipements?|licences?|plateforme"
)
# "a pu compter sur A, B et C pour boucler ce tour": a round's investors named
# before the round word.
BACKERS_BEFORE = _cue(
    r"compter sur|grâce au soutien de|grâce au soutien d['’]|avec le soutien de|grâce à|"
    r"counted on|relied on|with backing from|with the backing of|with support from|"
    r"with help from|with the help of"
)
# "Avec 120 millions d'euros levés, Lumora devient": money raised before its verb.
MONEY_BEFORE = re.compile(r"(?:avec|with|after|après)\s+[^,;]{0,40}$")
# "a former Sequoia partner", "general partner": a job, not a partnership.
JOB_PARTNER = re.compile(
    r"(?:general|managing|founding|senior|junior|former|venture|limited|operating|"
    r"associate|equity)\s+$"
)
# A listing on a stock market: an offering of shares, not a private round.
IPO = _cue(
    r"ipo|initial public offering|public offering|listing|listed|went public|go public|"
    r"goes public|débuts?|stock market debut|introduction en bourse|entrée en bourse|"
    r"cotation|coté|cotée|premiers pas en bourse|entrée en bourse|nouvelles actions|new shares"
)
# "raise $200 million ahead of a planned listing": a private round before it; "lève 110
# millions mais n'exclut pas une IPO": a listing not ruled out, still to come.
BEFORE_IPO = _cue(
    r"ahead of|before|prior to|pre-ipo|in preparation for|avant|en vue d['’]une?|"
    r"n['’]exclu\w* pas|ne pas exclure|rules? out|ruled out|ruling out|eventual|éventuelle?"
)
EXCHANGE = re.compile(
    r"nasdaq|nyse|stock exchange|euronext|bourse|börse|exchange|lse(?![\w-])", re.IGNORECASE
)
# Borrowing is not a funding round.
DEBT = _cue(
    r"bonds?|debt|loans?|credit line|notes|obligataires?|obligations|prêts?|crédits?|dette|"
    r"dividend|dividende|prices|its forecast|guidance|concerns|questions|awareness|rates|"
    r"from shareholders|rights issue|banks?|banques?|lenders|prêteurs|syndicate|bridge loan|"
    r"term loan|crédit-relais|(?:financement|prêt|crédit)[ -]relais|bridge financing|"
    r"bridge facility|financing commitments?"
)
# Dates that bound a deadline rather than date the event.
NOT_EVENT_DATE = re.compile(
    r"(?:by|until|before|through|since|from|d['’]ici(?: à| a)?|avant|jusqu['’](?:en|à|au)|"
    r"depuis|dès|à partir de|expects?|prévue?s?|pour|in the first half of|by the end of)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’]|fin\s+|end\s+of\s+|mid-)?$",
)
# Determiners that make a generic noun ("the deal", "l'accord") point back to
# a deal already reported.
DEFINITE = re.compile(
    r"(?:(?:^|\W)(?:the|this|that|these|those|its|their|le|la|l['’]|les|cet|cette|ce|ces|"
    r"son|sa|ses|leur|leurs)|\w['’]s?)\s*$",
)

# ---------------------------------------------------------------------------
# Deal readings (deals).
ROUND_BEFORE = re.compile(r"(?:series\s+\w|série\s+\w|seed|[$€£\d]\S*)\s+(?:[\w-]+\s+){0,2}$")
PLATFORM = re.compile(
    r"(?<!\w)(?:on|onto|into|in|via|through|sur|dans|to|its|son|sa)\s+(?:the\s+|le\s+|la\s+)?$",
)
SALE = re.compile(
    r"(?<!\w)(?:sell\w*|sold|sale|offload\w*|divest\w*|cé[dd]\w*|cession|vend\w*)(?!\w)"
)
ANOTHER = re.compile(
    r"(?<!\w)(?:first|earlier|previous|prior|initial|première|premier|précédente?|ancienne?)"
    r"\s+(?:[\w-]+\s+){0,2}$",
)
THEIR = re.compile(r"(?<!\w)(?:their|its|leur|son|sa)\s+(?:[\w-]+\s+){0,3}$")
NOT_RAISED = re.compile(
    r"(?<!\w)(?:offer|bid|stake|price|prices|forecast|guidance|dividend|target|offre|prix|"
    r"participation|prévisions?|objectif)(?!\w)",
)
TALKS_WITH = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:with|avec)\s")
WITH_ONLY = re.compile(r"\s+(?:with|avec)\s")
# "that contract, worth about $150 million": a definite noun given its price.
PRICED = re.compile(
    r",\s+(?:worth|valued at|d['’]un montant de|estimée? à|évaluée? à)\s+(?:about\s+|some\s+|"
    r"environ\s+|près de\s+)?[$€£\d]",
)
STAKE = re.compile(
    r"(?<!\w)(?:stake|stakes|participation|shareholding)(?!\w)|%\s+(?:of|du\s+capital|de)(?!\w)"
    r"|%\s+d['’]"
)
# "X and Y announced that", "The Pentagon said": a speaker opening the sentence.
SAID = re.compile(
    r"(?<![\w-])(?:announced|said|say|says|confirmed|a annoncé|a indiqué|ont annoncé|"
    r"ont indiqué)(?![\w-])"
)
# A stake held ("owns 10% of X", "détient 12 % du capital de Y") is a deal word
# unless denied ("qu'il ne détient pas encore") or another's ("dont la famille détient").
HELD = frozenset(
    {"owns", "owned", "holds", "held", "possède", "possédait", "détient", "détenait"}
    | {"détiennent", "détenaient"}
)
_NOT_HELD = re.compile(r"(?<![\w-])(?:ne|n['’]|not|doesn['’]t|does not|no longer)\s*(?:\w+\s+)?$")
_WHOSE = re.compile(r"(?<![\w-])(?:dont|whose|of which)\s+(?:[\w’'-]+\s+){0,4}$")
# "Orbital, qui détient déjà 20 % de Lumora, a lancé une offre": a stake held, told in
# a relative clause, is the background of the sentence's other deal
RELATIVE_HELD = re.compile(
    r"(?<![\w-])(?:qui|which|who|that)\s+(?:already\s+|déjà\s+|still\s+|toujours\s+)?$"
)


def held_denied(lowered: str, lo: int, at: int) -> bool:
    """Whether the held-stake word at ``at`` (sentence from ``lo``) is denied or another's."""
    return bool(
        _NOT_HELD.search(lowered, max(lo, at - 12), at)
        or _WHOSE.search(lowered, max(lo, at - 40), at)
    )


# "Intel common stock", "Ubisoft shares": shares of a company bought, not the company.
SHARES_OF = re.compile(
    r"\.?(?:['’]s?)?\s+(?:(?:common|ordinary|preferred|class [ab])\s+)?(?:stock|shares)(?![\w-])"
)
CAPITAL_OF = re.compile(r"(?:capital|shares|stake)\s+(?:de|d['’]|du|of|in)\s+(?:\w+\s+){0,3}$")
# "acquérir 51% du capital", "a majority stake": control, an acquisition
MAJORITY = re.compile(
    r"(?<![\d.,])(?:5[1-9]|[6-9]\d|100)(?:[.,]\d+)?\s*%|majority|majoritaire|contrôle|control"
)
JOINED = re.compile(
    r"(?:participé|participated|participate|took part|take part|taken part|taking part|joined|join|"
    r"contributed|contributing|contributes|participe|participates|participating|participent|"
    r"participeront|participera|rejoint|led|co-led|leading|mené|menée|mène|mènent|menait|menaient|"
    r"conduit|conduite|piloté|pilotée|"
    r"(?:fait|font|faisait|faisaient) partie|(?:is|are|was|were) part of)"
    r"\s+(?:(?:[\w$€£.%'’-]|,(?=\d))+\s+){0,6}$",  # words, not a clause: no comma
)
# "Microsoft ne fait pas partie de cette levée", "did not take part in the round": the
# subject is not among the round's investors.
NOT_JOINED = re.compile(
    r"(?<![\w-])(?:ne\s+|n['’])(?:fait|font|faisait|faisaient)\s+pas\s+partie"
    r"|(?<![\w-])(?:ne\s+|n['’])(?:a|ont|avait|avaient)\s+pas\s+participé"
    r"|(?<![\w-])(?:ne\s+|n['’])participe(?:nt|ra|ront)?\s+pas"
    r"|(?:(?<![\w-])(?:not|never)|n['’]t)\s+(?:be\s+)?(?:part of|taking part|take part|"
    r"taken part|participat\w*|join\w*)"
)
# A deal verb denied: "did not buy", "promised not to sell", "has no plans to acquire",
# "n'a pas racheté", "ne rachètera".
# (not "has not yet acquired" or "n'a pas encore racheté": a deal still to close; not "n'a
# pas seulement racheté", "n'exclut pas de racheter")
DENIED = re.compile(
    r"(?:(?:(?<![\w-])(?:not|never)|n['’]t)\s+(?:(?:to|be|have|been|ever)\s+){0,2}"
    r"|(?<![\w-])no\s+(?:plans?|intention|interest)\s+(?:to|of|in)\s+"
    r"|(?<![\w-])(?:ne\s*|n['’])(?:(?:\w+\s+){1,2}(?:pas|jamais|plus)\s+"
    r"(?:(?:finalement|officiellement|réellement|vraiment)\s+)?)?)$"
)
# "Sequoia led a $200 million round in X": the subject leads a round, it does not raise it.
LED = re.compile(
    r"(?<![\w-])(?:led|co-led|leads|co-leads|leading|co-leading|lead|co-lead|headed|headed up|"
    r"spearheaded|anchored|mené|menée|co-mené|mène|mènent|menait|menaient|"
    r"conduit|conduite|piloté|pilotée)\s+(?:[\w$€£.,’'-]+\s+){0,5}$"
)
# "SoftBank, le groupe japonais ayant mené la levée": the name the participle follows.
PARTICIPLE = re.compile(r"(?:ayant|having|qui a|qui avait|which|that|who)\s+$")
