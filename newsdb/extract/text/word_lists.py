"""Word lists behind the rules for unknown capitalized names (mentions/classify.py).

General-purpose lists, not tuned to any article: function words that start
sentences, calendar words, places and nationalities, job titles, common given
names (to tell "Marta Lindqvist" from "Goldman Sachs"), and words that mark an
organization ("Holdings", "Capital", "Labs"...).  Everything is compared
lowercased and without accents (see ``normalize.fold``).
"""

from __future__ import annotations

from importlib.resources import files

from newsdb.extract.text.normalize import fold, folded_word_set


def _phrases(text: str) -> frozenset[str]:
    return frozenset(fold(p.strip()) for p in text.split(",") if p.strip())


# Capitalized only because they start a sentence, or generic words that are
# capitalized in titles and headings (English and French).
STOPWORDS = folded_word_set(
    """
    a an the this that these those it its it's he she we they you i me my our your their his her
    them us who whom whose which what when where why how there here then than
    and or but nor so yet for of to in on at by from with without into onto upon about above
    below over under after before during since until till through throughout between among
    against toward towards across along around behind beyond despite via per amid
    is are was were be been being has have had do does did will would shall should can could
    may might must not no yes all any both each every few more most other some such only own
    same too very just also again already still even ever never now once however although
    though while whereas because if unless whether as like instead meanwhile moreover
    furthermore nevertheless nonetheless therefore thus hence indeed besides otherwise
    according accordingly currently recently finally initially interestingly consequently
    additionally ultimately earlier later last next first second third new old many much
    several another one two three four five six seven eight nine ten many
    said says say told asked added noted reported according announced
    mr mrs ms dr prof sir dame mme mlle me m
    le la les l un une des du de d et ou mais donc or ni car que qu qui quoi dont ou
    ce cet cette ces celui celle ceux celles cela ceci ca il elle ils elles on nous vous je
    tu lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos
    dans sur sous avec sans pour par chez vers entre depuis pendant avant apres selon
    contre malgre lors parmi outre afin
    est sont etait etaient sera seront a ont avait avaient fait font peut peuvent doit
    pas plus moins tres trop aussi encore deja toujours jamais enfin ainsi alors pourtant
    cependant toutefois neanmoins certes puis ensuite bref quant si comme quand lorsque
    ici la-bas oui non tout tous toute toutes autre autres meme memes chaque plusieurs
    aucun aucune certains certaines recemment actuellement finalement
    en y au aux
    read more see also click subscribe share related comments comment reply advertisement
    separately still overall instead previously together elsewhere similarly likewise
    originally eventually subsequently reportedly apparently presumably ironically
    surprisingly unsurprisingly generally typically traditionally historically essentially
    basically effectively technically officially publicly privately simultaneously
    immediately shortly nearly roughly approximately alternatively conversely
    egalement parallelement initialement officiellement notamment desormais dorenavant
    auparavant seulement rapidement directement historiquement
    genai m&a
    specifically notably importantly today tonight yesterday analysts investors shares
    introduction conclusion summary update updates faq faqs note editor photo video
    ai ia ml llm llms api apis gpu gpus cpu cpus ceo ceos cfo cto coo pdg dg ipo ipos
    ebitda arr sla slas esg rh b2b b2c saas iot vr ar vp svp evp md
    series serie tier phase chapter section part act article
    internet web email cloud bourse
    north south east west northern southern eastern western nord sud est ouest
    gpt agi tpu npu sdk cpu ram ssd pc tv usb hr pr rh vc pe lbo etf gdp pib cagr kpi roi
    capex opex mou nda faq kyc aml spac otc cac dax ftse ev evs 5g 4g lte
    dg ca ht ttc hq q1 q2 q3 q4 h1 h2 fy usd eur gbp jpy chf cny rmb ok
    eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
    onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante
    cent mille
    breaking exclusive live
    neither either nor whatever whichever whoever perhaps maybe yet still ahead
    reporting editing writing illustration credit credits caption handout pictured file
    gmt utc pst pdt edt cet cest bst nft nfts cmos eps gaap ebit gafa gafam faang mena
    fpga fpgas soc socs asic asics ssd llm bnpl fintech deeptech
    top officials executives sources experts critics regulators lawmakers employees customers
    users pme pmes tpe eti opa ope ach source
    """
)

# Capitalized terms of the trade that name no organization: "Big Tech firms".
GENERIC_TERMS = frozenset(
    {
        "big tech",
        "big pharma",
        "big oil",
        "generative ai",
        "artificial intelligence",
        "machine learning",
        "venture capital",
        "private equity",
        "enterprise software",
        "cloud computing",
        "m&a",  # mergers and acquisitions
        "r&d",
        # currencies named in words: "a conversion rate of Rs 70 to a US Dollar"
        "dollar",
        "dollars",
        "euro",
        "euros",
        "yen",
        "yuan",
        "rupee",
        "rupees",
        "pound",
        "pounds",
    }
)

# Nouns right before a name that make it an organization, whatever its words:
# "lead bank Morgan Stanley", "cybersecurity software company Splunk".
ORG_CUES = folded_word_set(
    """
    bank banks firm firms company companies startup startups start-up start-ups lender
    lenders insurer rival rivals maker makers carmaker automaker chipmaker provider
    operator operators retailer broker brokerage fund funds group conglomerate giant
    unicorn outlet newspaper publisher publishers agency regulator watchdog subsidiary
    societe groupe entreprise banque operateur filiale editeur fabricant concurrent
    journal quotidien hebdomadaire magazine radio chaine daily tabloid broadcaster
    """
)

# Words that name a product, a work or a programme when they come right before
# or after a capitalized name: "image generator DreamStudio", "the Linux
# operating system", "the song Roar", "Fortnite maker Epic".
PRODUCT_BEFORE = folded_word_set(
    """
    generator assistant chatbot app application game games franchise franchises console
    smartphone phone browser song songs album novel novels book books film movie show
    series humanoid robot robots model models programme program initiative
    licence licences license licenses jeu jeux logiciel plateforme application
    """
)
PRODUCT_AFTER = folded_word_set(
    """
    maker makers developer developers creator creators publisher operating software
    line assistant app apps chatbot model models platform game games console service
    changes system systems process technology technologies programme program
    novelist writer singer browser browsers speaker speakers headset headsets laptop
    laptops tablet tablets earbuds smartwatch smartwatches
    """
)

# Common nouns of geography: "North Sea", "Silicon Valley", "mer du Nord".
GEO_WORDS = folded_word_set(
    """
    sea seas ocean river lake lakes mountains mountain valley bay gulf island islands coast county
    road avenue boulevard
    peninsula desert strait canal channel mer ocean fleuve riviere lac montagne montagnes
    vallee baie golfe ile iles cote detroit
    """
)

# Words of courts' names: courts are not organizations (lawsuits name them apart).
COURT_WORDS = folded_word_set(
    "court courts cour tribunal circuit tgi"
)  # TGI: tribunal de grande instance

# Capitalized words after a name that make it a law or treaty, not an organization.
LAW_WORDS = folded_word_set(
    "act law directive regulation bill treaty accord agreement code loi reglement"
)

# Organization words that, after a known name, make a different organization
# ("Amazon Robotics", "Salesforce Ventures"); legal-form words do not.
UNIT_WORDS = folded_word_set(
    """
    ventures venture capital research robotics labs lab laboratories foundation fondation
    bank banque securities studios pictures records publishing entertainment games
    pharmaceuticals therapeutics health healthcare energy motors airlines airways
    telecom mobile insurance investments investment partners systems semiconductor
    analytics logistics dynamics networks solutions services industries fund funds
    """
)

MONTHS = folded_word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    janv fevr avr juil
    """
)

DAYS = folded_word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday
    lundi mardi mercredi jeudi vendredi samedi dimanche
    today yesterday tomorrow tonight aujourd hier demain
    spring summer autumn fall winter printemps ete automne hiver christmas easter noel paques
    """
)

# Job titles and honorifics: they end a name ("Tesla CEO") and announce one
# ("chief executive Marta Lindqvist").
TITLES = folded_word_set(
    """
    ceo ceos cfo cto coo pdg dg president presidente chairman chairwoman chair founder founding
    cofounder co-founder fondateur fondatrice cofondateur cofondatrice director directeur
    directrice chief executive officer manager head minister ministre secretary senator
    senateur deputy depute governor gouverneur mayor maire judge juge commissioner
    commissaire analyst analyste partner associe associee professor professeur economist
    spokesman spokeswoman spokesperson porte-parole lawyer attorney avocat avocate
    maitre me mr mrs ms dr sir dame lord king queen prince princess pope saint st
    chancellor chancelier chanceliere magistrate mp mps mep meps rep sen gen col
    vice counsel investor billionaire milliardaire entrepreneur
    engineer ingenieur researcher chercheur chercheuse reporter journalist
    scientist technologist attorney assistant boss sheikh cheikh emir
    novelist writer author singer rapper actor actress footballer footballers
    footballeur footballeurs player players coach senior treasurer tresorier firebrand prosecutor
    procureur ambassador ambassadeur congressman congresswoman lawmaker comptroller
    vp svp evp
    """
)

# Words before a name that make it a person ("M. Lefèvre", "Judge Haskell").
PERSON_CUES = folded_word_set(
    """
    mr mrs ms dr prof sir dame m mme mlle maitre me judge juge senator senateur chief boss
    ceo pdg founder fondateur fondatrice cofondateur cofondatrice analyst analyste
    president presidente chairman chairwoman commissioner commissaire minister ministre
    executive officer spokesman spokeswoman lawyer avocat avocate professor professeur
    economist partner associe associee billionaire milliardaire chancellor chancelier
    chanceliere sir dame lord boss sheikh cheikh emir attorney scientist technologist
    novelist writer singer rapper actor actress footballer footballers footballeur
    footballeurs player coach reporting editing writing secretary treasurer tresorier
    firebrand governor gouverneur mayor maire prosecutor procureur ambassador ambassadeur
    congressman congresswoman lawmaker comptroller chair cfo cto coo vp svp evp
    cofounder co-founder executives founders cofounders co-founders fondateurs
    cofondateurs dirigeant dirigeants angel angels
    """
)

# Verbs that put a speaker's name after them ("a déclaré Marc Lefèvre").
SPEECH_VERBS = folded_word_set(
    """
    said says told added wrote explained noted argued recalled warned insisted
    acknowledged conceded declared replied
    declare explique estime juge affirme ajoute reconnait souligne indique precise confie
    assure ironise rappelle commente regrette previent observe poursuit conclut tempere
    nuance resume insiste martele raconte detaille releve glisse avance admet concede
    temoigne souffle
    """
)

# Job titles after a name and a comma that make it a person
# ("Shira Kaplan, an analyst at", "Gabe Lund, Pinecrest's founder").
PERSON_TITLES = folded_word_set(
    """
    ceo pdg founder cofounder fondateur fondatrice cofondateur cofondatrice president
    presidente chairman chairwoman director directeur directrice minister ministre
    senator senateur analyst analyste professor professeur economist spokesman
    spokeswoman spokesperson lawyer attorney avocat avocate researcher chercheur
    chercheuse engineer ingenieur journalist journaliste gerant gerante banker banquier
    executive officer governor gouverneur mayor maire judge juge chair chairwoman
    vice cofounder co-founder partner technologist scientist
    """
)

ORG_WORDS = folded_word_set(
    """
    inc inc. corp corporation co company companies ltd limited llc llp lp plc ag sa sas sarl
    se nv bv gmbh kk spa ab asa oyj group groupe holding holdings capital partners ventures
    venture fund funds investment investments investors management asset assets advisors
    associates bank banque banking securities financial finance insurance assurance
    assurances credit trust systems technologies technology tech software labs lab
    laboratories laboratoire laboratoires research robotics dynamics analytics logistics
    networks network solutions services industries industrial industries motors motor
    automotive airlines airways energy power pharma pharmaceuticals therapeutics
    biotech bio biosciences bioscience genetics genomics diagnostics biologics medical
    health healthcare media press presse news times post journal tribune
    telecom telecoms communications mobile wireless electronics semiconductor
    semiconductors micro microsystems devices chips computing cloud data digital ai
    university universite universitat college school ecole institute institut academy
    foundation fondation association society societe council conseil committee comite
    commission authority autorite agency agence ministry ministere department
    departement office bureau court tribunal cour parliament parlement senate senat
    congress government gouvernement administration union federation alliance
    club league exchange bourse markets market stores store retail brands studio studios
    games entertainment pictures records publishing editions intelligence educational
    """
)

# Figures of speech and folklore written like names: neither people nor organizations.
FIGURES = _phrases(
    """
    Santa Claus, Father Christmas, Père Noël, Uncle Sam, Easter Bunny, Tooth Fairy,
    Mother Nature, Lady Liberty, Grim Reaper, Big Brother, John Doe, Jane Doe
    """
)

# Places and nationalities are capitalized but are neither people nor
# organizations (English and French spellings).
PLACES = _phrases(
    """
    Afghanistan, Albania, Algeria, Algérie, Argentina, Argentine, Armenia, Australia,
    Australie, Austria, Autriche, Azerbaijan, Bahrain, Bangladesh, Belarus, Belgium,
    Belgique, Bolivia, Bosnia, Brazil, Brésil, Bulgaria, Bulgarie, Cambodia, Cameroon,
    Cameroun, Canada, Chile, Chili, China, Chine, Colombia, Colombie, Congo, Croatia,
    Croatie, Cuba, Cyprus, Chypre, Czechia, Denmark, Danemark, Ecuador, Egypt, Égypte,
    Estonia, Estonie, Ethiopia, Éthiopie, Finland, Finlande, France, Georgia, Géorgie,
    Germany, Allemagne, Ghana, Greece, Grèce, Hungary, Hongrie, Iceland, Islande, India,
    Inde, Indonesia, Indonésie, Iran, Iraq, Irak, Ireland, Irlande, Israel, Israël, Italy,
    Italie, Japan, Japon, Jordan, Jordanie, Kazakhstan, Kenya, Korea, Corée, Kuwait,
    Koweït, Latvia, Lettonie, Lebanon, Liban, Libya, Libye, Lithuania, Lituanie,
    Luxembourg, Malaysia, Malaisie, Mali, Malta, Malte, Mexico, Mexique, Moldova,
    Monaco, Mongolia, Morocco, Maroc, Netherlands, Pays-Bas, Holland, Hollande,
    Nigeria, Norway, Norvège, New Zealand, Nouvelle-Zélande, Pakistan, Panama, Peru, Pérou,
    Philippines, Poland,
    Pologne, Portugal, Qatar, Romania, Roumanie, Russia, Russie, Rwanda, Saudi Arabia,
    Arabie saoudite, Senegal, Sénégal, Serbia, Serbie, Singapore, Singapour, Slovakia,
    Slovaquie, Slovenia, Slovénie, South Africa, Afrique du Sud, South Korea, Corée du Sud,
    Spain, Espagne, Sri Lanka, Sweden, Suède, Switzerland, Suisse, Syria, Syrie, Taiwan,
    Taïwan, Thailand, Thaïlande, Tunisia, Tunisie, Turkey, Turquie, Türkiye, Ukraine,
    United Arab Emirates, Emirates, Émirats, Émirats arabes unis, United Kingdom,
    Royaume-Uni, United States, États-Unis, Etats-Unis, United States of America, America,
    Amérique, Uruguay, Venezuela, Vietnam, Viêt Nam, Yemen, Zimbabwe,
    US, U.S, USA, U.S.A, UK, U.K, EU, UE, UAE, Britain, Great Britain, Grande-Bretagne,
    England, Angleterre, Scotland, Écosse, Wales, Europe, Asia, Asie, Africa, Afrique,
    Oceania, Océanie, Middle East, Moyen-Orient, Latin America, Amérique latine,
    North America, Amérique du Nord, South America, Amérique du Sud, Silicon Valley,
    Pacific Northwest, Midwest, Bay Area,
    Wall Street, Scandinavia, Scandinavie, Balkans, Caribbean, Gulf, Golfe, Arctic,
    Alabama, Alaska, Arizona, Arkansas, California, Californie, Colorado, Connecticut,
    Delaware, Florida, Floride, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky,
    Louisiana, Louisiane, Maine, Maryland, Massachusetts, Michigan, Minnesota,
    Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey,
    New Mexico, New York, Carolina, North Carolina, South Carolina, Dakota, Ohio, Oklahoma,
    Oregon, Pennsylvania, Pennsylvanie, Rhode Island, Tennessee, Texas, Utah, Vermont,
    Virginia, Virginie, Washington, West Virginia, Wisconsin, Wyoming, Ontario, Quebec,
    Québec, British Columbia, Alberta, Bavaria, Bavière, Catalonia, Catalogne,
    Île-de-France, Ile-de-France, Bretagne, Normandie, Provence, Alsace, Occitanie,
    Auvergne-Rhône-Alpes, Bourgogne-Franche-Comté, Centre-Val de Loire, Corse, Grand Est,
    Hauts-de-France, Nouvelle-Aquitaine, Aquitaine, Pays de la Loire,
    Provence-Alpes-Côte d'Azur, Côte d'Azur, Hexagone, Puerto Rico, Porto Rico, Guam,
    North Dakota, South Dakota, District of Columbia,
    Kyushu, Guangdong, Shenzhen, Hong Kong, Macau, Macao,
    Amsterdam, Athens, Athènes, Atlanta, Austin, Bangalore, Bengaluru, Bangkok,
    Barcelona, Barcelone, Basel, Bâle, Beijing, Pékin, Berlin, Bern, Berne, Bombay,
    Bordeaux, Boston, Brussels, Bruxelles, Budapest, Buenos Aires, Cairo, Le Caire,
    Cambridge, Chicago, Copenhagen, Copenhague, Dallas, Davos, Delhi, New Delhi, Denver,
    Detroit, Doha, Dubai, Dubaï, Dublin, Edinburgh, Édimbourg, Frankfurt, Francfort,
    Geneva, Genève, Hamburg, Hambourg, Helsinki, Houston, Istanbul, Jakarta, Jerusalem,
    Jérusalem, Johannesburg, Kyiv, Kiev, Lagos, Lausanne, Lille, Lisbon, Lisbonne,
    London, Londres, Los Angeles, Lyon, Madrid, Manchester, Manila, Manille, Marseille,
    Melbourne, Miami, Milan, Montreal, Montréal, Moscow, Moscou, Mumbai, Munich,
    Nairobi, Nantes, Nice, Osaka, Oslo, Ottawa, Oxford, Palo Alto, Paris, Philadelphia,
    Phoenix, Pittsburgh, Prague, Redmond, Riyadh, Riyad, Rome, San Diego, San Francisco,
    San Jose, Santa Clara, Mountain View, Cupertino, Menlo Park, Sao Paulo, São Paulo,
    Seattle, Seoul, Séoul, Shanghai, Stockholm, Strasbourg, Stuttgart, Sydney, Taipei,
    Tel Aviv, Tokyo, Toronto, Toulouse, Vancouver, Vienna, Vienne, Warsaw, Varsovie,
    Zurich, Kyoto, Nagoya, Yokohama, Abu Dhabi, Hsinchu, Seville, Valencia,
    Porto, Rotterdam, The Hague, La Haye, Luxembourg City, Monaco, Sophia Antipolis,
    Bristol, Birmingham, Leeds, Liverpool, Glasgow, Belfast, Cardiff, Newcastle, Sheffield,
    Nottingham, Southampton, Brighton, Cork, Galway, Antwerp, Anvers, Ghent, Gand, Liège,
    Utrecht, Eindhoven, Cologne, Düsseldorf, Dresden, Dresde, Leipzig, Hanover, Hanovre,
    Turin, Naples, Florence, Venice, Venise, Bologna, Bologne, Genoa, Gênes, Bilbao, Malaga,
    Gothenburg, Malmö, Bergen, Aarhus, Tallinn, Riga, Vilnius, Krakow, Cracovie, Bucharest,
    Bucarest, Sofia, Belgrade, Zagreb, Ljubljana, Bratislava, Montpellier, Rennes, Grenoble,
    Nancy, Metz, Reims, Dijon, Tours, Angers, Rouen, Le Havre, Caen, Brest, Clermont-Ferrand,
    Saint-Étienne, Toulon, Avignon, Aix-en-Provence, Annecy, Orléans, Limoges, Poitiers,
    Perpignan, Pau, Biarritz, Calais, Dunkerque, Lens, Mulhouse, Besançon, Cannes,
    Baltimore, Charlotte, Cleveland, Columbus, Cincinnati, Indianapolis, Kansas City,
    Las Vegas, Memphis, Milwaukee, Minneapolis, Nashville, New Orleans, Oakland, Orlando,
    Portland, Raleigh, Sacramento, Salt Lake City, San Antonio, St. Louis, Tampa, Tucson,
    Calgary, Edmonton, Winnipeg, Halifax, Guadalajara, Monterrey, Bogotá, Lima, Santiago,
    Caracas, Quito, Montevideo, Rio de Janeiro, Brasília, Havana, Casablanca, Rabat, Algiers,
    Alger, Tunis, Dakar, Abidjan, Accra, Addis Ababa, Kampala, Kigali, Kinshasa, Luanda,
    Cape Town, Le Cap, Durban, Karachi, Lahore, Islamabad, Dhaka, Colombo, Kathmandu,
    Chennai, Hyderabad, Kolkata, Pune, Ahmedabad, Hanoi, Ho Chi Minh City, Kuala Lumpur,
    Phnom Penh, Yangon, Guangzhou, Hangzhou, Chengdu, Wuhan, Nanjing, Tianjin, Chongqing,
    Xi'an, Suzhou, Busan, Incheon, Kobe, Fukuoka, Sapporo, Sendai, Hiroshima, Auckland,
    Wellington, Brisbane, Perth, Adelaide, Canberra, Tehran, Baghdad, Damascus, Beirut,
    Amman, Ankara, Izmir, Baku, Tbilisi, Yerevan, Almaty, Tashkent, Minsk, Odesa, Kharkiv,
    St Petersburg, Saint-Pétersbourg, Abu Dhabi, Sharjah, Muscat, Manama, Jeddah,
    Manhattan, Brooklyn, Queens, Bronx, Long Island, Silicon Valley, Bay Area, Burnaby,
    Waterloo, Kitchener, Mississauga, Surrey, Victoria, Burlington, Cambridge, Waco, Austin,
    Plano, Irving, Armonk, Sunnyvale, San Mateo, Redwood City, Palo Alto, Santa Monica,
    Boulder, Provo, Boise, Albany, Hartford, Princeton, Newark, Jersey City, Stamford,
    District of Columbia, Columbia, Earth, Atlantic, Pacific, Mediterranean, Baltic,
    Central Asia, Southeast Asia, South Asia, East Asia, Central Europe, Eastern Europe,
    Western Europe, Northern Europe, Southern Europe, Asia-Pacific, Asia Pacific, APAC, EMEA,
    Middle East, Near East, Far East, Sub-Saharan Africa, North Africa, West Africa,
    East Africa, Latin America, Outre-Atlantique, Atlantique, Pacifique, Méditerranée,
    Calif, Mass, Wash, Conn, Fla, Ill, Mich, Minn, Penn, Tex, Ore, Colo, Ariz, Tenn, Wis,
    Md, Va, Ga, Ky, La, Mo, Nev, Okla, N.Y, N.J, N.C, S.C, D.C, B.C, Que, Ont, Alta
    """
)

NATIONALITIES = folded_word_set(
    """
    american americans british french german germans italian spanish portuguese dutch
    belgian swiss austrian irish scottish welsh english european europeans european-based
    chinese japanese korean taiwanese indian pakistani russian ukrainian polish czech
    swedish norwegian danish finnish icelandic greek turkish israeli iranian iraqi saudi
    emirati qatari egyptian moroccan algerian tunisian nigerian kenyan south african
    canadian mexican brazilian argentine argentinian chilean colombian peruvian
    australian zealander singaporean indonesian malaysian thai vietnamese filipino
    asian african arab latin nordic western eastern northern southern
    californian texan parisian parisienne lyonnais lyonnaise
    americain americaine americains britannique britanniques francais francaise allemand
    allemande italien italienne espagnol espagnole suisse irlandais irlandaise europeen
    europeenne chinois chinoise japonais japonaise coreen indien indienne russe
    canadien canadienne bresilien neerlandais neerlandaise belge
    """
)
# "Indians", "Brazilians", "Kenyans": the people of a nationality in the plural
NATIONALITIES |= {w + "s" for w in NATIONALITIES if w.endswith("an")}


def _data_words(name: str) -> frozenset[str]:
    """The words of a bundled list in newsdb/data (lines after "#" are comments)."""
    text = files("newsdb").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return folded_word_set(" ".join(line.split("#", 1)[0] for line in text.splitlines()))


# Common given names across languages; a 2-3 word name starting with one of
# them is a person.  ("Morgan", "Stanley" are both here: "Morgan Stanley" is
# one of the accepted mistakes.)  The bundled census list adds the long tail
# of English-speaking given names ("Lenore").
FIRST_NAMES = _data_words("first_names.txt") | folded_word_set(
    """
    aaron abdul abdullah abigail adam adrian adrien agnes ahmed aidan aisha akira alain alan
    albert alberto alejandro aleksandr alessandro alex alexa alexander alexandra alexandre
    alexis alfred alfredo ali alice alicia alison amanda amber amelia amina amir amit amy
    ana anand anders andre andrea andreas andrew andy angela angelina anil anita ann anna
    anne annie anthony antoine anton antonio anya arjun arnaud arthur arun asha ashley
    astrid aurelie aurelien axel ayesha barbara bart beatrice ben benedict benjamin benoit
    bernard beth betty bill billy bob bobby boris brad bradley brandon brenda brendan brian
    aileen bret cathie christoph junot kris ronen pat jurg
    frode olaf lars nils sven bjorn magnus henrik jens kjell leif trond torbjorn arne erling
    helge einar rune sigurd knut jorgen morten kristian kasper rasmus mads thorsten
    majed majid khalid khaled mohammed muhammad mohamed mohammad hamad hamdan saeed faisal
    fahad fahd nasser rashid tariq tarek yousef youssef yusuf hassan hussein karim samir
    walid waleed ziad nabil adel amr hisham mansour salman fawaz
    vijay sanjay rajesh rahul rohit ravi suresh ramesh mukesh nandan nitin pankaj prakash
    pranav priya rakesh sachin sandeep sanjeev satya shailesh shashi siddharth sunil sushil
    tarun varun vikas vikram vinay vinod vivek kunal kiran kishore gaurav hemant jayant
    jitendra karan manish manoj mohit naveen neeraj piyush pradeep puneet rajeev ritesh
    sameer saurabh shankar shekhar sudhir deepinder bhavish nikhil ankur abhishek aditya
    ajay amitabh anupam ashish ashok ashwin chetan dinesh falguni girish gopal kavita lalit
    mahesh meena neha nilesh nirav pooja radhika sahil sanjiv shalini shikha shruti
    srinivas subhash sumit sunita swati tanvi uday umesh vandana vipin jayati albinder
    wunmi olumide tosin tunde chidi chinedu emeka ngozi adebayo femi funke kemi segun yemi
    kunle seun kofi kwame fatou aminata moussa mamadou ousmane amadou ibrahima babacar
    shuhong xiaoming jianguo zhiqiang qiang jie hao feng
    llion rhys dafydd siobhan niamh aoife ciaran cormac eoin padraig seamus yoshua
    lee choi jung kang yoon jang lim kwon hwang ahn jeon yoo seo wang zhang liu
    yang huang zhao zhou xu zhu guo gao luo liang masayoshi hiroshi toru takeshi kenji koji
    shinji haruki satoshi tadashi hiroki kazuo akio takashi naoki
    bruce bruno bryan camille candice carl carla carlos carmen carol caroline carolyn
    catherine cathy cecile cedric celine charles charlie charlotte chen cheng chloe chris
    christian christina christine christophe christopher cindy claire clara claude claudia
    colin connor constance cristina cyril daisuke dale damien dan daniel daniela danielle
    danny dario darren dave david dean deborah declan deepak denis dennis derek dev devin
    diana diane diego dimitri dmitry dominic dominique donald donna doug douglas dylan
    ed eddie edgar edith edouard edward elaine eleanor elena eli elias elif elijah elisa
    elisabeth elise eliza elizabeth ella ellen elliot elodie elon emil emily emma emmanuel
    enrique eric erica erik erin ethan eugene eva evan eve fabien fabrice farah fatima
    felix fernando fiona florence florian frances francesca francis francisco francois
    francoise frank franz fred frederic frederick gabriel gabriela gabrielle gareth gary
    gaston gautam geoffrey george georges gerald gerard gilles gina giovanni giulia giuseppe
    glenn gordon grace greg gregory guillaume gustavo guy hannah hans harold harry
    haruki heather hector heidi helen helena helene henri henry herve hiroshi hiroko hugh
    hugo hui ian ibrahim igor ilya ines ingrid irene isaac isabel isabella isabelle ivan
    jack jackie jacob jacqueline jacques jake james jamie jan jane janet janice jason javier
    jay jean jeanne jeff jeffrey jennifer jenny jeremy jerome jerry jesse jessica jesus jill
    jim jimmy jin joan joanna joao joe joel johan johann johannes john johnny jon jonas
    jonathan jordan jorge jose josef joseph josephine josh joshua juan judith judy julia
    julian julie julien juliette jun justin kamala karen karim karin karl kate katherine
    kathleen kathryn katie kay keiko keith kelly ken kenji kenneth kevin khalid kim kimberly
    kirsten klaus koji kumar kurt kyle larry laura lauren laurence laurent lea leah lee
    lena leo leon leonard leonardo lewis li liam lily linda lindsay lionel lisa liu lorenzo
    louis louise luc luca lucas lucia lucy luis luisa luke lydia lynn madeleine magnus
    mahmoud maria mariana marie marina mario marion mark marc marco marcus margaret
    margot maria marianne marine mark marta martha martin martine mary masayoshi mathieu
    mathilde matt matteo matthew matthias maureen max maxime maya megan mehdi melanie
    melissa mia michael michel michele michelle miguel mika mike mikhail mila miles
    mina minh mira miriam mitch mohamed mohammad mohammed monica monique morgan muhammad
    nadia nancy naoko naomi natalia natalie natasha nathalie nathan neil nicholas nick
    nicola nicolas nicole nikhil nikita nina noah noemie nora norman oleg olga olivia
    olivier omar oscar otto pablo pamela paolo pascal pascale patricia patrick paul paula
    pauline pedro peggy peter philip philippe phillip pierre pieter pooja priya rachel
    rafael rahul raj rajesh ralph ramon raphael raul ravi ray raymond rebecca regina remi
    renaud rene rhys ricardo richard rick rita rob robert roberto robin rodrigo roger
    roland roman ron ronald rosa rose ross roy ruby rudy rupert russell ruth ryan sabine
    sacha sally sam samantha samir samuel sandra sandrine sanjay sara sarah sasha satoshi
    satya scott sean sebastian sebastien serena sergei sergey sergio seth shane sharon
    shawn sheila shirley simon simone sofia sonia sophie stanley stefan stefano stephane
    stephanie stephen steve steven stuart sunil susan suzanne sven sylvain sylvie takashi
    takeshi tanya tara ted teresa thierry thomas tim timothy tina todd tom tomas tommy
    tony tracy travis tyler ursula valentin valerie vanessa vera veronica veronique victor
    victoria vikram vincent virginie vivek vladimir walter wang wei wendy william willy
    wolfgang xavier yann yannick yasmin yoshi yuki yuri yusuf yves zach zachary zhang zoe
    aarav abhishek aditi aditya akash akshay alok amita amol ananya anjali ankit anupam
    arvind ashok deepa devendra divya gaurav geeta harish indira jaya kavita kiran lakshmi
    madhav manish meera mohan naveen neha nisha pankaj prakash pradeep prasad preeti rajiv
    rakesh ramesh ravindra rohan sachin sanjeev shreya sunita suresh tanvi uma varun vijay
    vinod yash alistair angus callum duncan eilidh euan fergus finlay hamish iain isla
    kirsty lachlan morag niall rory seamus siobhan aoife ciaran conor eoin grainne orla
    padraig sinead jeroen joost maarten pim ruud sander sjoerd wouter annelies femke
    marieke sanne lotte bram daan thijs koen lars mette nils pernille rasmus sigrid solveig
    torsten ulf bjorn henrik ingrid birgit dieter gunther heinz jurgen manfred rainer uwe
    ute petra katrin anke frauke jorg thibault thibaut baptiste corentin gaetan gregoire
    hippolyte ludovic matthieu quentin romain tristan amandine apolline capucine clemence
    delphine eloise gaelle laetitia manon ophelie segolene solene agathe anais oceane
    gabe gabriel abe ike zeke nate nat ned rod tad wes cody brett troy dwight floyd
    lloyd marvin nolan quinn reed wade shira tamar noa yael avi ari eitan gideon ehud moshe
    yossi yitzhak dov chaim liora orly hadas adaeze chidi chinwe emeka ngozi obinna tunde
    yemi kwame kofi ama akosua abena themba thabo sipho zanele nomvula wanjiru wambui
    kamau otieno achieng fatou moussa mamadou aminata ousmane ibrahima seydou awa
    minjun seojun jiwoo jiho seoyeon hyun soo joon jae hye eun ji
    wen ming xiaoming xiaoyu jing lei hao yang yong feng bo mei ling yan ying jie
    haruto sota yuto hinata aoi yui riko kaito takumi ren daiki shota kazuo masaru
    shinji tetsuya yoshiro yukio akiko emiko haruka megumi naoki tomoko yoko
    mateo santiago sebastiano thiago valentina camila ximena joaquin ignacio agustin
    facundo martina florencia paula catalina renata bruna thais leticia
    bertrand brigitte chantal christiane clement colette corinne didier emmanuelle etienne
    fabienne franck frederique genevieve gerald hubert hugues joel josiane loic lucie
    marcel marcelle maryse maurice muriel mylene odile patrice regis serge solange yvette
    yvonne bastien fanny florent gauthier jeremy justine morgane theo timothee victorine
    armelle blandine clotilde domitille gwenael jacky jean-pierre josette lucien nadine
    pierre-yves raphaelle rodolphe severine tiphaine vianney
    abby adele alana alec alexis allison alyssa andrea angie april ashton audrey autumn
    barry becky bella bernadette bernie beverly blake bonnie brandi brianna bridget
    brittany brooke caleb cameron carly carrie casey cassandra chad chase cheryl chelsea
    chester christy clay clayton clifford clint cole colleen courtney craig crystal curtis
    dana darla darlene dawn debbie denise derrick desmond devon dexter dianne dolores
    don donovan dora drew dustin earl edwin eileen elaine elliott emmett erik ernest esther
    eugenia evelyn faith felicia flora forrest frankie gabby gail garrett gene georgia
    gerry gilbert gina ginger glen gloria gwen hailey hal hank harrison harvey hayden
    heather holly hope howard hunter irma irving jacquelyn jaime jamal jared jasmine
    jeanette jenna jeremiah jerome jillian joanne jodi joey jolene josie joyce julio june
    kara kari katelyn katy kayla kelsey kendall kendra kent kerry kirk krista kristen
    kristin kristina krystal lacey lance lane laurie leigh leslie lester lindsey logan
    lois lonnie loretta lori lorraine lucas lyle mabel mack mackenzie madison mallory
    marcia marcy margie marilyn marjorie marlene marsha marty mason maxine meghan melinda
    melody meredith micah mindy miranda misty molly myra nadine neal nell nelson nina
    noel norma olive owen paige parker patty penny percy phyllis preston priscilla
    randall randy reagan reggie rex rhonda ricky riley roberta rochelle rodney rosalind
    roxanne russ sabrina sadie salvador savannah shannon shari shawna shelby sheldon
    sherry sidney skyler sonya spencer stacy stella stewart sue summer sydney tabitha
    tamara tammy tanner taylor terence terrence terri terry thelma tiffany toby tonya
    trevor trisha troy tucker vance vaughn vernon vicki vince virgil wallace warren
    wayne whitney wilbur willard wilma winston wyatt yolanda
    huw gwyn dafydd emrys rhodri siân cerys
    aakash abhinav ajay ajit akhil alka amar amitabh amrita anand aneesh anuj aparna
    arnav arvind ashish ashwin bharat chandra chetan deepika dhruv dinesh farhan gagan
    ganesh girish gopal hari harsha harshita hemant jatin jayant karan karthik kunal
    madhu mahesh manoj mukesh murali nandan narendra nitin pallavi parag piyush pranav
    prashant pratik rahul rajat raman ramya ranjan rashmi ravi ritesh rohit sandeep
    sanjay santosh satish saurabh shalini shankar shantanu shashi shiv shruti siddharth
    sonal sudhir sumit sundar swati tarun tushar uday vaibhav vandana vidya vinay vishal
    yogesh sundar
    ahmad ali amr ayman bilal faisal hamad hamdan hassan hussein jamal khaled majid
    mansour marwan nasser omar rashid saeed salman sultan tahnoon tarek walid
    yousef zayed
    cesar emilio esteban gerardo guillermo hernan jaime leandro lionel manuel mariano
    nicolas pablo ramiro raul rodolfo sergio andres gerard antoine kylian
    ilya mira peng xiao jensen lisa tim satya sundar sam dario demis mustafa arthur
    """
)


# Spelled-out numbers, English and French: "two billion", "il y a trois ans".
NUMBER_WORDS = {
    "half a": 0.5,  # "half a million yuan"
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "fifty": 50,
    "hundred": 100,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "cinquante": 50,
    "cent": 100,
}
