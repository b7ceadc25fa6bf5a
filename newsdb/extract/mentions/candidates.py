"""Unknown capitalized names as unresolved organization and person candidates.

Runs of capitalized words ("Halcyon Systems", "Bank of America", "Pieter de
Vries", "New York Post", "D-Wave Quantum", "M&T Bank", "James E. Boasberg",
"UK Competition and Markets Authority", "World Federation of Advertisers")
outside the gazetteer's matches, kept when they are not a sentence-initial
common word, a month, day, title, nationality, place or law, not on a heading
line, and not a lone short acronym.  What is not an organization: places by
their context ("Waco, Texas", "Burnaby-based", "the Permian basin"), courts,
products by the noun next to them ("the Linux operating system", "image
generator DreamStudio"), quoted titles (“Roar”), tickers in parentheses
("Splunk (SPLK)"), plural acronyms ("GPUs"), a lone legal or organization word
("Technologies"), a capitalized word the article also writes in lowercase
("Stock"), and a compound of two names found on their own ("Synopsys-Ansys").
French institutions keep their lowercase words ("Autorité de la concurrence",
"ministère de l'Économie").  People named in bylines and credits ("By X and
Y", "(Reporting by X; Editing by Y)", "REUTERS/X", "X | Bloomberg") are
people.  A run is a person when it starts with a common given name, follows a
title or a speech verb ("M. Lefèvre", "chief executive Marta Lindqvist", "»,
explique Sophie Marchand"), has a job title in apposition (", an analyst
at"), is coordinated with a person ("Alistair Brennan and Meera Iyer"), or is
later referred to by its last word; an organization noun before it makes it
an organization whatever its words ("lead bank Morgan Stanley").  A lone word
that repeats part of a longer name in the same article ("Halcyon",
"Lindqvist", or a given name: "Marc" for Marc Benioff) takes that name and
type.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.tokens import REUTERS_TICKER
from newsdb.extract.text.word_lists import (
    COURT_WORDS,
    DAYS,
    FIGURES,
    FIRST_NAMES,
    GENERIC_TERMS,
    GEO_WORDS,
    LAW_WORDS,
    MONTHS,
    NATIONALITIES,
    ORG_CUES,
    ORG_WORDS,
    PERSON_CUES,
    PERSON_TITLES,
    PLACES,
    PRODUCT_AFTER,
    PRODUCT_BEFORE,
    SPEECH_VERBS,
    STOPWORDS,
    TITLES,
)

_BREAKERS = STOPWORDS | MONTHS | DAYS | TITLES | NATIONALITIES
# "El- Fassy": a hyphen the layout split from the rest of the name.
_JOIN_GAPS = frozenset({" ", "\u00a0", "-", "- ", "’", "'", " & ", "&", " &\u00a0"})
_PARTICLES = frozenset(
    {"de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "dos", "bin", "bint", "ibn"}
)
# Particles that only people's names carry ("Ludwig van der Berg", "Ursula von
# der Leyen"); "de", "du" and "des" also link organization names.
_NAME_PARTICLES = _PARTICLES - {"de", "du", "des"}
_ORG_LINKS = frozenset({"of", "de", "du", "des", "for", "and", "et"})
_SECOND_LINKS = frozenset({"the", "la", "le", "der", "los", "las"})
# Company words that make a nationality the start of a name ("European
# Semiconductor Manufacturing Company", "British Airways").
_COMPANY_WORDS = folded_word_set(
    """company corp corporation inc ltd plc group holdings airways airlines motors telecom
    semiconductor semiconductors electronics industries pharmaceuticals technologies
    press broadcasting initiative"""
)
# French nouns for a firm that the article capitalizes ("La Start-up", "La Fintech").
_FIRM_NOUNS = folded_word_set("startup start-up societe entreprise firme filiale pepite licorne")
_INSTITUTIONS = folded_word_set(
    """union commission parliament council court bank agency authority space investment
    central parlement conseil banque agence autorite"""
)
_LINK_WORDS = _PARTICLES | _ORG_LINKS | _SECOND_LINKS
_SKIP_BACK = " \t\u00a0\"“”«»‘’'([{—–-*#>•"
_CLAUSE_STOPS = folded_word_set(
    "at of for from with by in on to chez de du des d l qu pour par a au aux dans sur avec "
    "and et or ou"
)
_APPOSITION_STOPS = folded_word_set("which whose that where when dont ou qui by par and et")
_APPOSITION_OPENERS = folded_word_set(
    "a an the its which whose un une le la l sa son qui dont filiale"
)
_LAW_LINKS = folded_word_set("and of for on the et de du des la sur pour")
# Common nouns that open institution names joined by "and": "Competition and
# Markets Authority", "Securities and Exchange Commission".
_GENERIC_NOUNS = folded_word_set(
    """competition markets securities exchange trade science sciences research health human
    services energy commerce industry technology safety data protection consumer consumers
    finance economic development culture education justice food drug drugs aviation
    communications information media arts defense defence security environment climate
    labor labour transport transportation innovation skills business enterprise economy
    concurrence marches industrie recherche sante donnees libertes informatique
    sales marketing engineering operations product products strategy policy legal growth
    operating technology people investor relations state treasury interior agriculture
    patent patents trademark trademarks copyright fish wildlife alcohol tobacco firearms
    housing urban veterans nuclear telecommunications postal customs border immigration
    tax revenue standards statistics employment pensions family youth sport sports
    tourism fisheries forestry mines land water parks"""
)
_GEO_FIRST = folded_word_set("mount mont lake lac")
_PLACE_NOUNS = folded_word_set("basin region county province state peninsula area district shale")
_ARABIC_PARTICLES = frozenset({"bin", "bint", "ibn"})
_STOPWORDS_NOT_AI = STOPWORDS - {"ai"}
_OPENERS = frozenset({"new", "la", "le", "les", "l"})
_NUMBER_OPENERS = folded_word_set(
    "one two three four five six seven eight nine ten twelve hundred thousand "
    "deux trois quatre cinq six sept huit neuf dix cent mille"
)
_INSTITUTION_ENDS = folded_word_set(
    """authority commission agency council board office administration bureau department
    ministry association federation union committee institute foundation university school
    centre center society alliance organisation organization autorite agence conseil
    commission comite federation"""
)
_CAMPAIGNS = folded_word_set("operation operacion opération")
# Last words of events' names: "Consumer Electronics Show", "AI Action Summit".
_EVENT_ENDS = folded_word_set(
    """conference summit expo show festival awards championship championships olympics week
    report survey index ranking"""
)
# "U.S. District Judge Jane Doe": the court's rank in a judge's title.
_JUDGE_RANKS = folded_word_set("district circuit bankruptcy federal superior supreme appeals")
# A verb of business news right after a sentence-initial word makes it a
# name: "Cineworld will buy", "Nikon bought", "Free a remporté".
_SUBJECT_VERB = re.compile(
    r"[ \u00a0]+(?:\w+ly[ \u00a0]+)?"  # "Groupon reportedly rejected"
    r"(?:will|has|had|said|says|agreed|announced|bought|acquired|buys|acquires"
    r"|raised|raises|reported|plans|filed|sued|won|launched|completed|confirmed|signed"
    r"|rejected|declined|denied|sold|offered|invested|unveiled|hired|accused|accuses"
    r"|va|annonce|rachète|lève|vient)[ \u00a0]"
    r"|[ \u00a0]+a[ \u00a0]+\w+(?:é|ée|és|ées|is|it|u|us|ert)\b"  # "Free a remporté"
)
# More verbs of a company's deals and cases: "Broadcom closed its takeover", "Kioxia
# scrapped plans", "IBM to acquire", "Zorvex was fined", "Ubisoft cède". Some also follow
# a plural common noun ("Shares closed", "Investors backed"), so this cue is not taken
# for a word that reads as a plural (``_plural``).
_DEAL_VERB = re.compile(
    r"[ \u00a0]+(?:\w+ly[ \u00a0]+)?"
    r"(?:completes|agrees|scrapped|scraps|struck|strikes|snapped|inked|inks|bagged|nabbed|merged"
    r"|merges|abandoned|abandons|terminated|terminates|settled|settles|appealed|appeals|sues"
    r"|partnered|teamed|invests|buys|acquires|walked|walks|countersued|countersues"
    # verbs of any subject, taken only before the object of a deal or a case
    r"|(?:closed|closes|secured|secures|landed|lands|dropped|lost|loses|took|takes|won|wins"
    r"|reached|reaches|signed|signs)"
    r"[ \u00a0]+(?:its|their|his|her|the|a|an)?[ \u00a0]*(?:[\w$€£.,%-]+[ \u00a0]+){0,3}?"
    r"(?:acquisition|takeover|purchase|deal|merger|round|funding|financing|stake|bid|offer"
    r"|appeal|lawsuit|case|suit|contract|control|agreement)"
    r"|is[ \u00a0]+(?:buying|acquiring|selling|raising|investing|merging|suing|in[ \u00a0]+talks"
    r"|negotiating|talking|offering"
    r"|set[ \u00a0]+to|expected[ \u00a0]+to|nearing|seeking|exploring|weighing|preparing)"
    r"|was[ \u00a0]+(?:fined|acquired|sued|bought|ordered|valued|sold|accused|charged|founded"
    r"|talking|negotiating|in[ \u00a0]+talks)"
    r"|to[ \u00a0]+(?:buy|acquire|sell|raise|merge|invest|pay|settle|face|appeal|take|list"
    r"|float|scrap|sue|spin|cut)"
    r"|s['’]offre|s['’]empare|acquiert|investit|conclut|finalise"
    r"|boucle|poursuit|attaque|est[ \u00a0]+(?:en[ \u00a0]+(?:discussions?|négociations?"
    r"|pourparlers)|condamnée?|visée?|entrée?|montée?)"
    r"|a[ \u00a0]+été[ \u00a0]+\w+(?:é|ée|is|ise|it|ite|u|ue))"
    r"[ \u00a0,.]"
)
# Pronouns and quantifiers that open sentences like names: "Everyone agrees".
_NOT_NAMES = folded_word_set(
    "everyone everybody nobody nothing someone something anyone anything personne chacun rien"
)


_LOOSE_CUES = frozenset({"chief", "boss"})
# Titles only people hold, before ", Name Surname": "its founders, Mukul Rustagi and"
# (not "its existing investor, Tiger Global", "main partner, Apollo Global").
_OFFICER_TITLES = folded_word_set(
    """ceo cfo cto coo chief officer executive executives founder founders cofounder cofounders
    co-founder co-founders chairman chairwoman president director fondateur fondateurs
    cofondateur cofondateurs pdg dirigeant dirigeants spokesman spokeswoman spokesperson
    minister ministre secretary treasurer analyst analyste"""
)


def _plural(word: str) -> bool:
    """ "Shares", "Investors", "Analystes": reads as a plural noun (a name like
    "Ansys" reads so too, and is left to the other cues)."""
    if len(word) <= 3:
        return False
    return (word[-1] == "s" and word[-2] not in "sui'’") or word.endswith(("aux", "eux"))


# A discourse aside between a sentence-initial name and its verb: "Yooji, quant à elle,
# a levé", "Yooji a, de son côté, levé", "Lumora, however, raised".
_ASIDE = re.compile(
    r"(?P<aux>[ \u00a0]+(?:a|ont|avait|has|have|had))?,[ \u00a0]+"
    r"(?:however|meanwhile|too|also|in turn|in addition|instead|though|likewise|similarly|"
    r"separately|for (?:its|their|his|her) part|by contrast|in contrast|"
    r"quant à (?:elle|lui|elles|eux)|de (?:son|leur) côté|pour (?:sa|leur) part|"
    r"(?:elle|lui) aussi|en revanche|par ailleurs|toutefois|cependant|également|aussi|"
    r"de même|en outre|pour rappel),"
)
_PARTICIPLE = re.compile(r"[ \u00a0]+\w+(?:é|ée|és|ées|is|it|u|us|ert|ed)\b")


# An apposition between a sentence-initial name and its verb: "Moniepoint,
# Nigeria's leading fintech, announced"; not a clause ("and", "who", "but").
_APPOSED_ASIDE = re.compile(
    r",[ \u00a0]+(?!(?:and|or|but|who|whom|et|ou|mais|qui|including|notamment|like)\b)"
    r"([^,.;:()\n!?\"“”]{3,60}),"
)


# "Moniepoint is Nigeria's leading fintech", "Zorvex est une start-up lyonnaise":
# a name said to be a company.
_COPULA = re.compile(
    r"[ \u00a0]+(?:is|was|est|était)[ \u00a0]+"
    r"(?:a|an|the|one of the|un|une|le|la|l[’']|l[’']une? des|[A-Z][\w-]*[’']s)[ \u00a0]?"
    r"((?:[\w-]+[ \u00a0]+){0,4}[\w-]+)"
)
_COMPANY_NOUNS = ORG_CUES | folded_word_set(
    "fintech insurtech proptech edtech healthtech biotech developer manufacturer supplier"
)


# What may follow the head noun of "a Nigerian fintech": not "a firm priority".
_AFTER_HEAD = re.compile(
    r"\s*(?:[.,;:)]|$)|[ \u00a0]+(?:that|which|based|headquartered|founded|backed|in|from|with"
    r"|of|for|qui|basée?|fondée?|spécialisée?|de|du|des|en|dans)\b"
)


_ADJECTIVE = re.compile(r"[ \u00a0]+[a-zéèêàç-]+(?=[ \u00a0]|[.,;:)])")


# Words of a description that make it a person's ("Ola's co-founder", "the founder of").
_PERSON_OR_OF = TITLES | PERSON_CUES | {"of", "de", "du", "des", "d"}


def _a_company(description: str) -> bool:
    """ "Nigeria's leading fintech" describes a company; "Ola's co-founder" and
    "Merck's blockbuster cancer drug" do not."""
    words = [fold(w) for w in re.findall(r"[\w-]+", description)]
    return _PERSON_OR_OF.isdisjoint(words) and any(w in _COMPANY_NOUNS for w in words)


def _said_a_company(body: str, end: int) -> bool:
    copula = _COPULA.match(body, end)
    if copula is None:
        return False
    french = copula.group().split()[0] in ("est", "était")
    for word in re.finditer(r"[\w-]+", copula.group(1)):
        folded = fold(word.group())
        if folded in _PERSON_OR_OF:
            return False  # "Huang is the founder of the chipmaker"
        if folded in _COMPANY_NOUNS:
            head_end = copula.start(1) + word.end()
            if french and (adjective := _ADJECTIVE.match(body, head_end)):
                head_end = adjective.end()  # "une start-up lyonnaise qui"
            return bool(_AFTER_HEAD.match(body, head_end))
    return False


def _aside_then_verb(body: str, end: int, apposed: bool = False) -> bool:
    """ "Lumora, however, raised"; with ``apposed``, "Moniepoint, Nigeria's
    leading fintech, announced" too."""
    aside = _ASIDE.match(body, end)
    if aside is None and apposed and (aside := _APPOSED_ASIDE.match(body, end)) is not None:
        return _a_company(aside.group(1)) and bool(_SUBJECT_VERB.match(body, aside.end()))
    if aside is None:
        return False
    if aside.group("aux"):
        return bool(_PARTICIPLE.match(body, aside.end()))
    return bool(_SUBJECT_VERB.match(body, aside.end()))


# The exchange code of a Reuters ticker: "TSLA.O", "AIR.PA", "NOKIA.HE".
_REUTERS_CODE = re.compile(r"\.[A-Z]{1,2}\b(?!\.)")
# A company's ticker right after its name: "Nokia NOKIA.HE", "Splunk (NASDAQ: SPLK)".
_TICKER_AFTER = re.compile(
    rf"[ \u00a0]+(?:{REUTERS_TICKER}"
    r"|\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|Euronext)[ \u00a0]*:[ \u00a0]*[A-Z]{1,6}\))"
)
# "Fortune's Dan Primack", "Gojek’s corporate venture arm": an owner.
_POSSESSIVE = re.compile(r"[’']s[ \u00a0]+\w")
# "la radio Europe 1", "the channel France 24": a media name with its number.
_CHANNEL = re.compile(r"[ \u00a0]\d{1,2}(?!\w|[.,]\d|[ \u00a0]?%)")
# "Highspot ($60 million), Zenoti (€50 million)": a company and its round.
_AMOUNT_AFTER = re.compile(r"[ \u00a0]+\((?:[$€£¥]|US\$|USD|EUR|C\$|A\$)[ \u00a0]?\d")
_COORDINATED = re.compile(r"[ \u00a0]+(?:and|et|&)[ \u00a0]+[A-Z]")  # "Orange et Bouygues"
# A name written with a small first letter: "iRobot", "eBay", "mParticle".
# "'s" that ends a name rather than marks a possessive: a verb follows, not a
# noun it could own ("Arby's are", "McDonald's said"), or it is capitalized
# ("BYJU’S, marking").  "marketplaces like Epic’s." stays a possessive.
_NAME_S = re.compile(
    r"([’']S(?!\w)|[’']s(?=[ \u00a0]+(?:are|is|was|were|has|have|had|said|says|will|would)\b))"
)
_SURNAME_END = re.compile(r"[,;)]|[ \u00a0]+[a-zà-ÿ]")
_CAMEL = re.compile(r"^[a-z][A-Z][a-z]+$")
# A name that opens with a digit: "1plusX", "23andMe", "1Password" (not "100kWh", "5G").
_DIGIT_NAME = re.compile(
    r"^\d+(?!(?:[kMGTP]?(?:bps|Hz|Wh|B|W)|fps|mAh)$)"  # not "400Gbps", "5GHz", "100kWh"
    r"(?:(?=(?:[A-Z]*[a-z]){3})[a-z]*[A-Z][A-Za-z]*|[a-z]{3,}[A-Z])$"
)
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_MODEL_NUMBER = re.compile(r"^(?=[A-Za-z]*\d)[A-Z]?\d+[a-zA-Z]?$|^[A-Z]\d+")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}[ \u00a0]$")
_PLACE_AFTER = re.compile(r",[ \u00a0]+([A-Z][\w.]*(?:[ \u00a0][A-Z]\w*)?)(?=[\s,.;:)-])")
_QUOTED = re.compile(
    r"[\"“«‘][ \u00a0]*((?:[A-ZÀ-Ý]|[a-z][A-Z])[^\"“”«»‘’\n]{0,119}?)[ \u00a0]*[\"”»’]"
)
_BEFORE_QUOTE = frozenset(" \t\n\u00a0([{—–-/:")
_ABBREVIATIONS = folded_word_set(
    "mr mrs ms dr m mme st jr sr inc corp co vs no prof gen sen rep me"
)


_LIST_ITEM = re.compile(r"(?:\d{1,2}[).]|[-•*–])[ \t]")


def _headings(body: str) -> list[tuple[int, int]]:
    """Spans of lines that read as titles or headings (no sentence punctuation,
    mostly capitalized words): candidates there are skipped."""
    spans = []
    offset = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped and stripped[-1] not in '.!?:;»"”…),':  # a comma: a wrapped sentence
            words = re.findall(r"[^\W\d_][\w’'-]*", stripped)
            long = [w for w in words if len(w) > 3]
            if _LIST_ITEM.match(stripped) and any(w.islower() for w in long):
                pass  # "2) The $341.92m acquisition of Umanis SA by CGI France": a list's item
            elif (
                words
                and len(words) <= 30
                and (not long or sum(w[0].isupper() for w in long) >= 0.6 * len(long))
            ):
                spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _is_initial(body: str, pos: int) -> bool:
    """True when ``pos`` starts a sentence, a line or a quotation."""
    i = pos - 1
    while i >= 0 and body[i] in _SKIP_BACK:
        i -= 1
    if i < 0 or body[i] in "\n!?…:":
        return True
    if body[i] == ")" and body[i + 1 : pos].strip(" \u00a0") in ("—", "–", "-"):
        return True  # a dateline: "AUSTIN, Texas (AP) — Officials say"
    if body[i] != ".":
        return False
    word = re.search(r"(\w+)$", body[max(0, i - 12) : i])
    return not (word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS))


def _word_before(tokens: list[re.Match], i: int, body: str) -> str | None:
    """The word before token ``i`` in the same sentence, folded."""
    if i == 0:
        return None
    gap = body[tokens[i - 1].end() : tokens[i].start()]
    if any(ch in gap for ch in "\n!?;"):
        return None
    return fold(tokens[i - 1].group())


_NAME = r"[A-Z][a-zà-ÿ][\w’'-]*(?:[ \u00a0]+(?:[A-Z]\.|[A-Z][a-zà-ÿ][\w’'-]*)){1,3}"
_NAME_LIST = re.compile(rf"({_NAME})(?:[ \u00a0]*(?:,|\band\b|\bet\b|&)[ \u00a0]*)?")
_BYLINE = re.compile(r"(?m)^[ \t]*(?:By|BY|Par|par|PAR)[ \u00a0]+(?=[A-Z])")
_CREDIT_BY = re.compile(
    r"(?:(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ww]ritten|[Ee]dited|[Cc]ompiled|[Pp]hotographs?)"
    r"[ \u00a0]+by|(?:[Rr]édigé|[Éé]dité|[Rr]eportage)[ \u00a0]+par)[ \u00a0]+(?=[A-Z])"
)
_BYLINE_STARTS = ("By ", "BY ", "Par ", "par ", "PAR ", " By ", "\tBy ")
_BYLINE_LINES = tuple(f"\n{k}" for k in _BYLINE_STARTS)
_CREDIT_WORDS = (
    "eporting by",
    "diting by",
    "riting by",
    "ritten by",
    "dited by",
    "ompiled by",
    "hotograph",
    "édigé par",
    "dité par",
    "eportage par",
)
_CREDIT_SLASH = re.compile(
    rf"(?:\b[A-Z]{{2,}}|\b(?:Photo|Photos|Illustration|Image|Credit|Crédit)(?:[ \u00a0]+credits?)?)"
    rf"[ \u00a0]*[:/][ \u00a0]*({_NAME})(?=[ \u00a0]*(?:[/|,)\n]|$))"
)
_CREDIT_NOUNS = (" Photo", " Photos", " Image", " Images", " Illustration", " Graphic")
# "Photo: Shutterstock", "Image credit: Bloomberg": the agency that took it.
_CREDIT_AGENCY = re.compile(
    r"\b(?:Photo|Photos|Image|Images|Illustration|Credit|Crédit|Source)(?:[ \u00a0]+(?i:credits?))?"
    r"[ \u00a0]*:[ \u00a0]*([A-Z][\w&-]+)(?=[ \u00a0]*(?:$|\n|[/|,;)]))"
)
_COPYRIGHT = re.compile(
    r"©[ \u00a0]*(?:\d{4}[ \u00a0]+)?([A-Z][\w&-]+)(?=[ \u00a0]*(?:$|\n|[/|,;.)]))"
)
_AGENCY_BEFORE = re.compile(r"(?m)(?:^|\()[ \t]*([A-Z][\w&-]+)/[A-Z]")
_CREDIT_BEFORE = re.compile(rf"(?m)(?:^|\()[ \t]*({_NAME})[ \u00a0]*[/|][ \u00a0]*[A-Z]")


_FR_INSTITUTION = re.compile(
    r"(?:Autorité|Société|Syndicat|Conseil|Commission|Banque|Caisse|Agence|Fédération"
    r"|Union|Comité|Institut|Bourse|Confédération|Observatoire|Chambre|Association|[Mm]inistère)"
    r"(?:[ \u00a0]+(?i:nationale?|européenne?|française?|générale?|supérieure?|fédérale?"
    r"|internationale?|régionale?|centrale)){0,2}"
    r"(?:[ \u00a0]+(?:et[ \u00a0]+)?(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|des[ \u00a0]+"
    r"|du[ \u00a0]+|de[ \u00a0]+|d['’])[^\W\d_][\w-]*"
    # "Autorité de contrôle prudentiel et de résolution"
    r"(?:[ \u00a0]+[a-zé]+(?:el|elle|al|ale|aux|ique|iques|aire|aires|if|ive|ien|ienne))?){1,2}"
)


_FR_HEADS = (
    "Autorité",
    "Société",
    "Syndicat",
    "Conseil",
    "Commission",
    "Banque",
    "Caisse",
    "Agence",
    "Fédération",
    "Union",
    "Comité",
    "Institut",
    "Bourse",
    "Confédération",
    "Observatoire",
    "Chambre",
    "Association",
    "Ministère",
    "ministère",
)


def institutions(body: str) -> list[tuple[int, int]]:
    """French institutions, whose names keep lowercase words: "Autorité de
    la concurrence", "ministère de l’Économie", "Syndicat national de
    l’édition", "Société des Gens de Lettres"."""
    spans = []
    for head in _FR_HEADS:
        start = body.find(head)
        while start != -1:
            if not start or not (body[start - 1].isalnum() or body[start - 1] in "_-"):
                match = _FR_INSTITUTION.match(body, start)
                if match:
                    end = match.end()
                    last = match.group().rsplit(None, 1)[-1]
                    if fold(last) in NATIONALITIES:  # "Autorité de la concurrence italienne"
                        end -= len(last) + 1
                    spans.append((start, end))
            start = body.find(head, start + 1)
    return sorted(spans)


def credits(body: str) -> list[tuple[int, int]]:
    """Spans of the people named in bylines and credits: "By Nick Turner and
    Ian King", "(Reporting by X; Editing by Y and Z)", "REUTERS/Jane Doe",
    "Illustration: Jane Doe/Axios", "Jane Doe | Bloomberg | Getty Images"."""
    spans: list[tuple[int, int]] = []
    openers = []
    if body.startswith(_BYLINE_STARTS) or any(k in body for k in _BYLINE_LINES):
        openers.append(_BYLINE)
    if any(k in body for k in _CREDIT_WORDS):
        openers.append(_CREDIT_BY)
    for opener in openers:
        for match in opener.finditer(body):
            pos = match.end()
            while (name := _NAME_LIST.match(body, pos)) is not None:
                spans.append(name.span(1))
                if name.end() == name.end(1):
                    break  # no "and" or comma: the list ends
                pos = name.end()
    if "/" in body or "|" in body:  # credits are short lines or parentheses with a slash
        offset = 0
        for line in body.split("\n"):
            if "/" in line or "|" in line:
                for pattern in (_CREDIT_SLASH, _CREDIT_BEFORE):
                    spans.extend(
                        (offset + m.start(1), offset + m.end(1))
                        for m in pattern.finditer(line)
                        if not m.group(1).endswith(_CREDIT_NOUNS)  # "(GeekWire Photo / Jane Doe)"
                    )
            offset += len(line) + 1
    return sorted(set(spans))


def agencies(body: str) -> list[tuple[int, int]]:
    """Spans of the one-word agencies named in photo credits: "Photo:
    Shutterstock", "Image credit: Bloomberg", "NurPhoto/Getty Images"."""
    spans = [m.span(1) for m in _CREDIT_AGENCY.finditer(body)] if ":" in body else []
    if "©" in body:  # "© JDN", "© Reuters."
        spans.extend(m.span(1) for m in _COPYRIGHT.finditer(body))
    if "/" in body:  # "NurPhoto/Getty Images": the agency before the distributor
        spans.extend(
            m.span(1) for m in _AGENCY_BEFORE.finditer(body) if fold(m.group(1)) not in STOPWORDS
        )
    return sorted(spans)


def find_candidates(
    body, tokens, texts, covered, after_known, people, known_orgs=None
) -> list[Mention]:
    """Candidate mentions from the words not ``covered`` by known entities."""
    credited = []
    starts: list[int] = []
    spans_by_kind = (
        ("person", credits(body)),
        ("organization", institutions(body) + agencies(body)),
    )
    for kind, spans in spans_by_kind:
        for start, end in spans:
            if not starts:
                starts = [t.start() for t in tokens]
            inside = range(bisect_left(starts, start), bisect_left(starts, end))
            if inside and not any(covered[i] for i in inside):
                for i in inside:
                    covered[i] = 1
                credited.append(Mention(kind, body[start:end], start, end, name=body[start:end]))
    headings = _headings(body)
    runs: list[list[int]] = []
    run: list[int] = []
    links: list[int] = []
    support: set[str] = set()
    heading_index = 0
    previous = -2
    # Only capitalized words and linking words matter; any other word ends a run.
    for i in [
        i
        for i, w in enumerate(texts)
        if w[0].isupper()
        or w in _LINK_WORDS
        or (w[1:2].isupper() and _CAMEL.match(w))
        or (w[0].isdigit() and _DIGIT_NAME.match(w))
    ]:
        if i != previous + 1:
            if run:
                runs.append(run)
            run, links = [], []
        previous = i
        token = tokens[i]
        word = token.group()
        start = token.start()
        in_heading = False
        if headings:
            while heading_index < len(headings) and headings[heading_index][1] < start:
                heading_index += 1
            in_heading = heading_index < len(headings) and headings[heading_index][0] <= start
        if covered[i] or in_heading or (word.isupper() and _REUTERS_CODE.match(body, token.end())):
            kind = "stop"  # "Nokia NOKIA.HE", "HP Inc HPQ.N": the ticker ends the name
        elif not word[0].isupper():
            kind = (
                "link"
                if word in _LINK_WORDS
                else "name"
                if _CAMEL.match(word) or _DIGIT_NAME.match(word)
                else "stop"
            )
        elif word == "General" and i > 0 and fold(texts[i - 1]) in TITLES:
            kind = "stop"  # "Attorney General Makan Delrahim"
        elif len(word) == 1:  # a middle initial, "D-Wave", "M&T"; not "N.V.", "Plan B"
            kind = "name" if _initial_of_name(body, tokens, texts, i) else "stop"
        elif (folded := fold(word)) in _BREAKERS:
            kind = "suffix" if folded in ORG_WORDS else "stop"  # "Quarry AI", "Vantage Cloud"
            if links and folded in DAYS:
                kind = "name"  # "Journal du Dimanche"
            if (kind == "stop" or not run) and _opens_name(body, tokens, texts, i, folded):
                kind = "name"  # "New York Post", "European Union", "CA Technologies"
            elif kind == "stop" and run and _breaker_in_name(body, tokens, texts, run, i):
                kind = "name"  # "Bruno Le Maire", "Stephen King said", "Take-Two"
        else:
            kind = "name"
        if kind == "link" and run and len(links) < 2:
            hyphenated = (
                body[tokens[i - 1].end() : start] == "-" == body[token.end() : token.end() + 1]
            )
            if hyphenated or _link_ok(run, links, word, tokens):
                links.append(i)
                continue
        joined = False
        if run and not links:
            gap = body[tokens[run[-1]].end() : start]
            joined = gap in _JOIN_GAPS or _after_initial(tokens, run, gap)
        linked = (  # "Bank of America", "Allen Institute for AI"
            run and links and kind != "stop" and _gaps_are_spaces(body, tokens, run[-1], i)
        )
        if run and links and kind == "name" and not linked:
            linked = all(
                body[tokens[k].end() : tokens[k + 1].start()] == "-" for k in range(run[-1], i)
            )
        if kind in ("name", "suffix") and (joined or linked):
            run.extend(links)
            run.append(i)
        else:
            if run:
                runs.append(run)
            run = [i] if kind == "name" else []
        links = []
        if kind == "name" and not _is_initial(body, start):
            support.add(fold(word))
    if run:
        runs.append(run)
    runs = [part for run in runs for part in _split_and(run, texts)]
    runs = [part for run in runs for part in _split_title(run, texts)]
    runs = [part for run in runs for part in _split_holder(run, texts)]
    runs = [_without_gerund(body, run, texts, tokens) for run in runs]
    found = _classify(body, tokens, texts, runs, support, after_known, people, known_orgs or {})
    return credited + found


def _split_and(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "Competition and Markets Authority" is one name (an organization word
    ends it, none before "and"); "Google and Amazon" are two."""
    for n, k in enumerate(run):
        if texts[k] in ("and", "et"):
            before, after = run[:n], run[n + 1 :]
            if (
                len(before) <= 2
                and fold(texts[before[-1]]) in _GENERIC_NOUNS
                and (
                    fold(texts[after[-1]]) in _INSTITUTION_ENDS
                    or (
                        fold(texts[after[-1]]) in ORG_WORDS
                        and fold(texts[after[0]]) in _GENERIC_NOUNS
                    )
                )
            ):  # "Innovation and Technology Venture Fund", not "Tech Data et Ingram Micro"
                return [run]
            return [before, *_split_and(after, texts)]
    return [run]


def _split_title(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "Head of Research Anna Lee": a department or title word glued to the
    given name of the person who holds it is two runs."""
    if len(run) < 3 or fold(texts[run[0]]) not in _GENERIC_NOUNS | TITLES:
        return [run]
    for n in range(1, len(run) - 1):
        if fold(texts[run[n]]) in FIRST_NAMES and texts[run[n - 1]] not in _LINK_WORDS:
            return [run[:n], run[n:]]
    if _title_of(texts, run[0]) and all(fold(texts[k]) not in ORG_WORDS for k in run[1:]):
        return [run[:1], run[1:]]  # "Secretary of State Antony Blinken"
    return [run]


def _without_gerund(body: str, run: list[int], texts: list[str], tokens) -> list[int]:
    """ "Combining Zynga's games with ours": a sentence-initial gerund is no
    first word of the name after it."""
    word = texts[run[0]]
    if (
        len(run) > 1
        and len(word) >= 7
        and word.endswith("ing")
        and fold(word) not in FIRST_NAMES
        and _is_initial(body, tokens[run[0]].start())
    ):
        # only when the name is also written without it ("Zynga" alone elsewhere), not
        # "Corning Inc", "Pershing Square", "Sterling Bancorp"
        name = texts[run[1]]
        alone = any(
            texts[k] == name and texts[k - 1] != word for k in range(1, len(texts)) if k != run[1]
        )
        return run[1:] if alone else run
    return run


def _split_holder(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "le PDG de Databricks Ali Ghodsi": after "<title> de/of", a company
    then the given name and surname of the one who holds the title."""
    k = run[0]
    if len(run) < 3 or k < 2 or texts[k - 1] not in ("de", "of", "d"):
        return [run]
    if fold(texts[k - 2]) not in TITLES:
        return [run]
    n = len(run) - 2
    if fold(texts[run[n]]) in FIRST_NAMES and fold(texts[run[n - 1]]) not in FIRST_NAMES:
        return [run[:n], run[n:]]
    return [run]


def _title_of(texts: list[str], k: int) -> bool:
    """Whether token ``k`` is the department of a title: "Secretary of State",
    "Head of Research"."""
    return (
        k > 1
        and texts[k - 1] == "of"
        and fold(texts[k - 2]) in TITLES
        and fold(texts[k]) in _GENERIC_NOUNS
    )


def _link_ok(run: list[int], links: list[int], word: str, tokens) -> bool:
    if links:
        return word in _SECOND_LINKS and fold(tokens[links[0]].group()) not in ("and", "et")
    if word in _ORG_LINKS and any(
        fold(tokens[k].group()) in ORG_WORDS or fold(tokens[k].group()) in _INSTITUTION_ENDS
        for k in run
    ):
        return True  # "Bank of America", "Center for Reproductive Rights"
    if word in ("and", "et") and len(run) <= 2:
        return True  # "Competition and Markets Authority": kept if an org word follows
    if word in _ARABIC_PARTICLES:
        return True  # "Tahnoon bin Zayed"
    if word in ("de", "du", "des") and fold(tokens[run[0]].group()) in _OPENERS:
        return True  # "La Quadrature du Net", "Le Cercle des économistes"
    if word in _NAME_PARTICLES and len(run) <= 2:
        return True  # "Ludwig van der Berg"
    return word in _PARTICLES and len(run) <= 2 and fold(tokens[run[0]].group()) in FIRST_NAMES


def _breaker_in_name(body: str, tokens, texts, run: list[int], i: int) -> bool:
    """A breaker word that still belongs to the name ``run`` ends with: a particle
    or a title word of a surname after a given name ("Bruno Le Maire,", "Stephen
    King said"; not "named Robyn Denholm Chair in 2018"), a number hyphened to a
    name ("Take-Two")."""
    word, folded = texts[i], fold(texts[i])
    gap = body[tokens[i - 1].end() : tokens[i].start()]
    if gap == "-":
        return folded in _NUMBER_OPENERS and tokens[i - 1].end() == tokens[run[-1]].end()
    if run[-1] != i - 1 or gap != " " or fold(texts[run[0]]) not in FIRST_NAMES:
        return False
    if word in ("Le", "La"):
        return i + 1 < len(texts) and texts[i + 1][0].isupper()
    end = tokens[i].end()
    return (
        folded in TITLES
        and not word.isupper()
        and (body[end : end + 1] in ",.;:" or bool(_SUBJECT_VERB.match(body, end)))
    )


def _opens_name(body: str, tokens, texts, i: int, folded: str) -> bool:
    """A breaker that starts or carries a name: "New" or "La" before a
    capitalized word ("New York Post", "La Tribune") mid-sentence, a
    nationality before an institution word ("European Union"), an acronym
    before an organization word ("CA Technologies")."""
    word = texts[i]
    end = tokens[i].end()
    if word.isupper() and body[end : end + 1] == "&" and body[end + 1 : end + 2].isupper():
        return True  # "AT&T"
    if i + 1 >= len(tokens) or body[tokens[i].end() : tokens[i + 1].start()] not in (" ", "’", "'"):
        return False
    following = texts[i + 1]
    if not following[0].isupper():
        return False
    if folded in ORG_WORDS and len(word) >= 5 and not word.isupper():
        # "Crédit Agricole", "Credit Suisse"
        return fold(following) not in _BREAKERS - NATIONALITIES
    if folded in _NUMBER_OPENERS:  # "the 20-room Four Sight Hotel", not "Two Google engineers"
        return not _is_initial(body, tokens[i].start()) and fold(following) not in _BREAKERS
    if not (folded in _OPENERS or folded in NATIONALITIES or word.isupper()):
        return False
    if folded in _OPENERS and not _is_initial(body, tokens[i].start()):
        return fold(following) not in _BREAKERS or fold(following) in ORG_WORDS
    if folded in NATIONALITIES and fold(following) in _INSTITUTIONS:
        return True
    if folded in NATIONALITIES and _company_follows(body, tokens, texts, i):
        return True
    return word.isupper() and len(word) >= 2 and fold(following) in ORG_WORDS


def _company_follows(body: str, tokens, texts, i: int) -> bool:
    """A company word among the next capitalized words (at most four)."""
    for k in range(i + 1, min(i + 5, len(tokens))):
        if not texts[k][0].isupper() or body[tokens[k - 1].end() : tokens[k].start()] != " ":
            return False
        if fold(texts[k]) in _COMPANY_WORDS or fold(texts[k]) in _INSTITUTION_ENDS:
            return True  # "European Payments Initiative", "European Publishers Council"
    return False


def _initial_of_name(body: str, tokens, texts, i: int) -> bool:
    """A capital letter that belongs to a name: a middle initial ("James E.
    Boasberg") or joined by a hyphen or an ampersand ("D-Wave", "M&T Bank")."""
    end = tokens[i].end()
    nxt = body[end : end + 2]
    if nxt[:1] in ("-", "&") and nxt[1:2].isupper():
        return True
    if nxt[:1] == "." and _in_initials(body, tokens, texts, i):
        return True  # "George R.R. Martin"
    if texts[i] in ("O", "D") and nxt[:1] in ("’", "'") and nxt[1:2].isupper():
        # "O’Neill", "Tony D'Angelo"
        return texts[i] == "O" or (i > 0 and texts[i - 1][0].isupper())
    if texts[i] == "L" and nxt[:1] in ("’", "'") and nxt[1:2].isupper():
        return not _is_initial(body, tokens[i].start())  # "à L’Agefi"
    if body[tokens[i].start() - 1 : tokens[i].start()] in ("-", "&") and i > 0:
        return texts[i - 1][0].isupper() and nxt[:1] not in ("’", "'")
    if nxt[:1] == " " and i + 1 < len(tokens) and tokens[i + 1].start() == end + 1:
        following = texts[i + 1]  # "B Capital"; not "A Group spokesperson" opening a sentence
        if following[0].isupper() and fold(following) in ORG_WORDS:
            return texts[i] not in ("A", "I") or not _is_initial(body, tokens[i].start())
    if (
        i > 0
        and body[tokens[i - 1].end() : tokens[i].start()] == " "
        and texts[i - 1][0].isupper()
        and fold(texts[i - 1]) in FIRST_NAMES
        and _SURNAME_END.match(body, end)
    ):
        return True  # a one-letter surname: "Cédric O, ancien secrétaire"
    return (
        nxt == ". "
        and i > 0
        and i + 1 < len(tokens)
        and texts[i - 1][0].isupper()
        and texts[i + 1][0].isupper()
        and body[tokens[i - 1].end() : tokens[i].start()] == " "
        and fold(texts[i - 1]) in FIRST_NAMES
    )


def _after_initial(tokens, run: list[int], gap: str) -> bool:
    """ "E. Boasberg", "R.R. Martin": the gap after a middle initial."""
    return gap in (". ", ".") and len(tokens[run[-1]].group()) == 1


# Two or three middle initials written together: "George R.R. Martin".
_INITIALS_RUN = re.compile(r"(?:[A-Z]\.){2,3} [A-Z]")


def _in_initials(body: str, tokens, texts, i: int) -> bool:
    """Token ``i`` is one of the initials of "R.R." after a given name."""
    start = chain = tokens[i].start()
    while chain >= 3 and body[chain - 1] == "." and body[chain - 2].isupper():
        chain -= 2
    match = _INITIALS_RUN.match(body, chain)
    k = i - (start - chain) // 2 - 1
    return (
        match is not None
        and k >= 0
        and tokens[k].end() == chain - 1
        and body[chain - 1] == " "
        and fold(texts[k]) in FIRST_NAMES
    )


def _gaps_are_spaces(body, tokens, last: int, nxt: int) -> bool:
    return all(body[tokens[k].end() : tokens[k + 1].start()] == " " for k in range(last, nxt))


def _cue_before(body: str, tokens, first: int, last: int, titles_only: bool = False) -> bool:
    """A title or a speech verb shortly before the name, in the same clause:
    "chief executive Marta Lindqvist", "M. Lefèvre", "a déclaré Marc Lefèvre"."""
    k = first - 1
    for step in range(3):
        if k < 0:
            return False
        gap = body[tokens[k].end() : tokens[k + 1].start()]
        word = tokens[k].group()
        folded = fold(word)
        if any(ch in gap for ch in "!?;:\n") or (
            "." in gap and not (step == 0 and (len(word) == 1 or folded in _ABBREVIATIONS))
        ):
            return False
        if "," in gap:
            # "its founders, Mukul Rustagi and", "chief executive officer, Oozi Cats,": a
            # title then the two-word name it is given; not "chair and CEO, Adobe said"
            return (
                step == 0
                and gap == ", "
                and last > first
                and folded in _OFFICER_TITLES
                and fold(tokens[last].group()) not in ORG_WORDS
                and body[tokens[last].end() : tokens[last].end() + 1] in (",", ".", " ")
                and not _SUBJECT_VERB.match(body, tokens[last].end())
            )
        if folded in PERSON_CUES:
            # "trade chief Tomas Varga"; not "Apple's chief supplier Foxconn"
            return step == 0 or folded not in _LOOSE_CUES
        if folded == "general" and k > 0 and fold(tokens[k - 1].group()) in TITLES:
            k -= 1  # "Attorney General Makan Delrahim"
            continue
        if folded in SPEECH_VERBS:  # only in an incise: '", said Jon', "», explique Sophie"
            return not titles_only and _incise(body, tokens, k, last)
        if k > 1 and _title_of([t.group() for t in tokens[k - 2 : k + 1]], 2):
            return True  # "Secretary of State Antony Blinken"
        if folded in _CLAUSE_STOPS or (word[0].isupper() and folded not in TITLES):
            return False
        if word.islower() and len(word) > 4 and word.endswith("ed"):
            return False  # "a judge blocked Quintal's bid": the title's own verb, then its object
        k -= 1
    return False


def _incise(body: str, tokens, verb: int, last: int) -> bool:
    """The speech verb opens an incise that the name closes: '…," said Jon
    Achterberg, an analyst', "…, explique Sophie Marchand."."""
    k = verb
    if k > 0 and fold(tokens[k - 1].group()) in ("a", "has", "had", "have"):
        k -= 1  # "a déclaré", "has said"
    before = body[tokens[k - 1].end() : tokens[k].start()] if k > 0 else ""
    after = body[tokens[last].end() : tokens[last].end() + 1]
    return any(ch in before for ch in '"”»') or ("," in before and after in (",", ".", ""))


def _cue_after(body: str, tokens, last: int) -> bool:
    """ ", who", ", 45," or a job title in the apposition after the name:
    "Shira Kaplan, an analyst at", "Gabe Lund, Pinecrest's founder"."""
    k = last + 1
    if k >= len(tokens) or body[tokens[last].end() : tokens[k].start()].strip() != ",":
        return False
    first = tokens[k].group()
    if first.lower() == "who" or (first.isdigit() and len(first) == 2):
        return True
    for j in range(k, min(k + 4, len(tokens))):
        if j > k and any(ch in body[tokens[j - 1].end() : tokens[j].start()] for ch in ".!?;:,\n"):
            return False
        folded = fold(tokens[j].group())
        if folded in _APPOSITION_STOPS:
            return False
        if folded in PERSON_TITLES:
            return True
    return False


def _classify(body, tokens, texts, runs, support, after_known, people, known_orgs) -> list[Mention]:
    typed = []
    singles: set[str] = set()
    titles = _quoted_titles(body)
    lowercase = set(texts)  # a word also written in lowercase is a common word
    standalone = {fold(tokens[run[0]].group()) for run in runs if len(run) == 1}
    of_titles = _of_titles(body, tokens, runs) if " of " in body else set()
    # Acronym -> the organization it abbreviates, or None for a term that is not one.
    expansions: dict[str, str | None] = _defined_terms(body)
    for name in known_orgs.values():
        for acronym in _initials(name.split()):
            expansions.setdefault(acronym, name)
    for run in runs:
        start, end = tokens[run[0]].start(), tokens[run[-1]].end()
        text = body[start:end]
        if run[0] in after_known or run[0] in of_titles:
            continue
        channel = (
            _CHANNEL.match(body, end)
            if len(run) == 1 and body[end + 1 : end + 2].isdigit()
            else None
        )
        if channel and _org_cue_before(body, tokens, run[0]):  # "la radio Europe 1"
            end = channel.end()
            typed.append([start, end, body[start:end], [body[start:end]], run, "organization"])
            continue
        if _not_a_name(body, tokens, texts, run, start, end, titles):
            if len(run) > 1:  # "General Data Protection Regulation" ... "GDPR"
                for acronym in _initials([texts[k] for k in run]):
                    expansions.setdefault(acronym, None)
            continue
        if _hyphen_pair(text, standalone):
            continue  # "Synopsys-Ansys deal": two names found on their own
        words = [tokens[k].group() for k in run]
        if len(words) == 1 and _common_word(body, tokens, run, lowercase):
            continue  # "Stock photo provider", "(File image)": a word, not a name
        if len(words) == 1:
            singles.add(fold(words[0]))
        typed.append([start, end, text, words, run, None])
    # Multi-word names: organization unless something says person.
    for item in typed:
        start, end, text, words, run, _ = item
        if len(words) == 1:
            continue
        if any(fold(w) in ORG_WORDS for w in words) or len(words) > 5:
            item[5] = "organization"
        elif fold(words[0]) in _NUMBER_OPENERS:
            item[5] = "organization"  # no one's name starts with "Three"
        elif _org_cue_before(body, tokens, run[0]):
            item[5] = "organization"  # "lead bank Morgan Stanley"
        elif (
            fold(words[0]) in FIRST_NAMES
            or not _NAME_PARTICLES.isdisjoint(words[1:-1])
            or _cue_before(body, tokens, run[0], run[-1])
            or _cue_after(body, tokens, run[-1])
            or (
                fold(words[-1]) in singles
                and fold(words[0]) not in singles | _OPENERS
                and not words[-1].isupper()  # "Qatar QIA" ... "QIA": an acronym, no surname
            )
        ):
            item[5] = "person"
    _coordinate(body, typed)
    orgs: dict[str, str] = {}
    firsts: dict[str, str | None] = {}
    alone: set[str] = set()  # one-word names written before any longer name they start
    for _start, _end, text, words, _run, kind in typed:
        if kind == "person":
            people.setdefault(fold(words[-1]), (text, False))
            first = fold(words[0])
            firsts[first] = text if firsts.get(first, text) == text else None
        elif len(words) > 1:
            orgs.setdefault(fold(words[0]), text)
        elif fold(text) not in orgs:
            alone.add(fold(text))  # "Doctolib" before "Doctolib Patient": the company itself
    for name, _resolved in list(people.values()):
        if " " in name:
            first = fold(name.split()[0])
            firsts[first] = name if firsts.get(first, name) == name else None
    for _start, _end, text, words, _run, kind in typed:
        if len(words) > 1 and kind != "person":
            for acronym in _initials(words):
                expansions.setdefault(acronym, text)
    found = []
    for start, end, text, words, run, kind in typed:
        name, resolved = text, False
        if len(words) == 1 and text in expansions:
            if expansions[text] is not None:  # "the FT" after "the Financial Times"
                found.append(Mention("organization", text, start, end, name=expansions[text]))
            continue
        if len(words) > 1:
            kind = kind or "organization"
            initials = _INITIALS_BEFORE.search(body, max(0, start - 10), start)
            if kind == "organization" and initials:
                start = initials.start()  # "B. Riley Financial", "J.P. Morgan Chase"
                text = body[start:end]
            name = text.replace("- ", "-")
        else:
            key = fold(text)
            if len(text) <= 2 or (
                text.isupper() and len(text) > 6 and not _org_cue_before(body, tokens, run[0])
            ):  # "fintech firm PAYFAZZ"
                continue
            if _ticker(body, start, end):
                continue  # "Cisco Systems (CSCO)"
            if key in people:
                kind, (name, resolved) = "person", people[key]
            elif firsts.get(key) and key in FIRST_NAMES:
                kind, name = "person", firsts[key]  # "Marc said", Marc Benioff before
            elif _cue_before(body, tokens, run[0], run[-1], titles_only=True):
                kind = "person"
            elif key in known_orgs:
                kind, name, resolved = "organization", known_orgs[key], True
            elif key in orgs and (
                key not in alone or all(fold(w) in ORG_WORDS for w in orgs[key].split()[1:])
            ):  # "Sprint" before "Sprint Corp", not "Doctolib" before "Doctolib Patient"
                kind, name = "organization", orgs[key]
            elif (
                key in support
                or not _is_initial(body, start)
                or _apposition(body, tokens, run)
                or _org_cue_before(body, tokens, run[0])
                or _COORDINATED.match(body, end)
                or _SUBJECT_VERB.match(body, end)
                or (_DEAL_VERB.match(body, end) and not _plural(text) and key not in _NOT_NAMES)
                or _aside_then_verb(body, end, not _plural(text) and key not in _NOT_NAMES)
                or (_said_a_company(body, end) and not _plural(text) and key not in _NOT_NAMES)
                or _POSSESSIVE.match(body, end)
                or _AMOUNT_AFTER.match(body, end)
                or _TICKER_AFTER.match(body, end)
            ):
                kind = "organization"
            else:
                continue
        if kind == "organization" and not resolved and (tail := _NAME_S.match(body, end)):
            end = tail.end(1)  # "Arby's are", "BYJU’S,": no head noun, so no possessive
            text = name = body[start:end]
        if kind == "organization" and not resolved and fold(text) in GENERIC_TERMS:
            continue  # "Big Tech firms"
        found.append(Mention(kind, text, start, end, name=name, resolved=resolved))
    return found


_OTHER_KINDS = re.compile(
    r"[ \u00a0]+(?:and|or|et|ou)[ \u00a0]+(?:other|autres|d['’]autres)[ \u00a0]+"
    r"([a-z-]+(?:[ \u00a0]+[a-z-]+){0,2})"
)
_LIST_CUES = re.compile("such as| like |including|comme| que ")
_KINDS_BEFORE = re.compile(
    r"\b([a-z]+)[ \u00a0]+(?:such as|like|including|comme|tel(?:le)?s que)[ \u00a0]+"
    r"(?:(?:[A-Z][\w’'-]*|of|the|de|du|and|et),?[ \u00a0]+)*$"
)
# Kinds of products and assets: "titles like Call of Duty", "Bitcoin and other tokens".
_PRODUCT_KINDS = folded_word_set(
    """games titles blockbusters franchises hits apps products tokens coins cryptocurrencies
    cryptoassets stablecoins currencies models chatbots drugs devices smartphones phones
    consoles jeux titres produits applications jetons cryptomonnaies modeles"""
)
_VERSION = re.compile(r"[ \u00a0]\d+\.\d")
_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z]{2,6})s?\)")
_SMALL_WORDS = _LINK_WORDS | {"on", "in", "to", "a", "an"}


_LEGAL_FORMS = folded_word_set("inc corp co ltd llc llp lp plc sa sas se ag nv bv gmbh spa")


def _initials(words: list[str]) -> set[str]:
    """The acronyms of a name: "Federal Trade Commission" gives FTC,
    "Securities and Exchange Commission" SEC (and SAEC), "testing the
    waters" TTW (and TW); none for a single word."""
    if len(words) > 2 and fold(words[-1]).rstrip(".") in _LEGAL_FORMS:
        words = words[:-1]  # "Japan Advanced Semiconductor Manufacturing Inc" is JASM
    if len(words) < 2:
        return set()
    found = {"".join(w[0] for w in words).upper()}
    main = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(main) > 1:
        found.add("".join(w[0] for w in main).upper())
    return found


def _defined_terms(body: str) -> dict[str, str | None]:
    """Acronyms that the text defines for a common-noun phrase or a law:
    "testing the waters (TTW)", "artificial general intelligence (AGI)",
    "Digital Markets Act (DMA)": not names."""
    terms: dict[str, str | None] = {}
    if "(" not in body:
        return terms
    for match in _ACRONYM_IN_PARENS.finditer(body):
        acronym = match.group(1)
        words = re.findall(r"[^\W\d_][\w’'-]*", body[max(0, match.start() - 80) : match.start()])
        for n in range(len(acronym), len(acronym) + 3):
            phrase = words[-n:]
            # a common-noun phrase, or a law's name: "Digital Markets Act (DMA)"
            term = all(w[0].islower() for w in phrase) or fold(phrase[-1]) in LAW_WORDS
            if len(phrase) == n and term and acronym in _initials(phrase):
                terms[acronym] = None
                break
    return terms


def _not_a_name(body: str, tokens, texts, run: list[int], start: int, end: int, titles) -> bool:
    """A place, a law, a court, a product, a quoted title, a generic word."""
    words = [fold(texts[k]) for k in run]
    text = " ".join(words) if len(words) > 1 else words[0]
    if text in PLACES or words[-1] in GEO_WORDS or (len(words) > 1 and words[0] in _GEO_FIRST):
        return True  # "North Sea", "Silicon Valley", "Mount Rainier"
    if text in FIGURES or (len(words) > 1 and words[0] in _CAMPAIGNS):
        return True  # "Santa Claus", "Operation Warp Speed"
    if (words[-1] in _FIRM_NOUNS or words[-1].endswith("tech")) and (
        (len(words) == 2 and words[0] in _OPENERS - {"new"})
        or (len(words) == 1 and run[0] > 0 and fold(texts[run[0] - 1]) in _OPENERS - {"new"})
    ):
        return True  # "La Foodtech a pu compter sur": the article and a common noun
    if words[-1] in LAW_WORDS and _INSTITUTION_ENDS.isdisjoint(words) and text not in FIRST_NAMES:
        return True  # "Règlement" alone, "General Data Protection Regulation"
    if len(words) > 1 and words[-1] in _EVENT_ENDS:
        return _INSTITUTION_ENDS.isdisjoint(words)  # "Consumer Electronics Show"
    if len(words) > 1 and _MODEL_NUMBER.match(texts[run[-1]]):
        return True  # a product and its model: "Galaxy S24", "Pixel 8a"
    if _in_job_title(body, tokens, texts, run, words):
        return True  # "Chief Operating Officer", "Vice President of Sales"
    if "-" in body[start:end] and fold(body[start:end]) in PLACES:
        return True  # "Royaume-Uni"
    if run[0] > 0 and f"{fold(texts[run[0] - 1])} {text}" in PLACES:
        return True  # "New York", "Le Caire"
    if len(words) > 2 and any(" ".join(words[k:]) in PLACES for k in range(1, len(words) - 1)):
        return True  # "Veteran Wall Street"
    if len(words) == 1:
        if text in COURT_WORDS:
            return True  # "the Third Circuit": a court
        if text in ORG_WORDS or _PLURAL_ACRONYM.match(texts[run[0]]):
            return True  # "Technologies", "Group" alone; "FPGAs", "PCs"
        if text in _JUDGE_RANKS and body.startswith((" Judge", " judge", " Court", " of "), end):
            return True  # "U.S. District Judge", "the Eastern District of Texas"
    elif not COURT_WORDS.isdisjoint(words):
        return True  # courts are not organizations (lawsuits name them apart)
    following = body[end : end + 1]
    if run[-1] + 1 < len(tokens):
        nxt = texts[run[-1] + 1]
        if (nxt[0].isupper() or nxt in _LAW_LINKS) and _before_law(body, tokens, run[-1]):
            return True  # "Digital Markets Act"
        if following == " ":
            if f"{text} {fold(nxt)}" in PLACES:
                return True  # "Middle" of "Middle East"
            if nxt.islower() and fold(nxt) in _PLACE_NOUNS:
                return True  # "the Permian basin", "the Île-de-France region"
            if _product_after(body, tokens, run[-1]):
                return True  # "the Linux operating system", "Siri digital voice assistant"
    if following == "," and _place_follows(body[end : end + 40]):
        return True  # "Waco, Texas", "Burnaby, B.C.-based", "Burlington, Massachusetts-based"
    if following == "-" and body.startswith(("-based", "-born", "-headquartered"), end):
        return True
    if following == "-" and body[end + 1 : end + 2].isdigit():
        return True  # a model or a strain: "MPT-30B", "COVID-19"
    if len(words) == 1 and _VERSION.match(body, end):
        return True  # a version: "IDM 2.0", "Web 3.0"
    if start > 1 and body[start - 1] == "-" and body[start - 2].islower():
        return True  # "outre-Atlantique"
    before = texts[run[0] - 1] if run[0] > 0 else ""
    if (
        before.islower()
        and fold(before) in PRODUCT_BEFORE
        and tokens[run[0] - 1].end() == start - 1  # right before: not "the chatbot. Julian"
        and body[start - 1] == " "
    ):
        return True  # "image generator DreamStudio", "the song Roar"
    if _kind_of_product(body, start, end):
        return True  # "Bitcoin and other tokens", "blockbusters such as Candy Crush"
    return bool(titles) and any(a <= start and end <= b for a, b in titles)


def _kind_of_product(body: str, start: int, end: int) -> bool:
    """The name's kind, given by "and other <kind>" after it or "<kind> such
    as" before it (in a list), is a kind of product, not of organization."""
    after = _OTHER_KINDS.match(body, end)
    if after and not _PRODUCT_KINDS.isdisjoint(after.group(1).split()):
        return True
    if not _LIST_CUES.search(body, max(0, start - 100), start):
        return False  # the cheap test first
    before = _KINDS_BEFORE.search(body, max(0, start - 100), start)
    return bool(before) and fold(before.group(1)) in _PRODUCT_KINDS


def _in_job_title(body: str, tokens, texts, run: list[int], words: list[str]) -> bool:
    """Words between two title words ("Chief Operating Officer"), or a
    department after "<title> of" ("Head of Research")."""
    first, last = run[0], run[-1]
    before = fold(texts[first - 1]) if first > 0 else ""
    after = fold(texts[last + 1]) if last + 1 < len(texts) else ""
    if (
        before in TITLES
        and after in TITLES
        and texts[last + 1][0].isupper()
        and body[tokens[first - 1].end() : tokens[first].start()] == " "
        and body[tokens[last].end() : tokens[last + 1].start()] == " "
    ):
        return True
    return (
        len(words) == 1
        and words[0] in _GENERIC_NOUNS
        and before == "of"
        and first > 1
        and fold(texts[first - 2]) in TITLES
    )


def _product_after(body: str, tokens, last: int) -> bool:
    """A product noun right after the name, or after one or two modifiers
    that are not verbs ("Fortnite maker", "Terraform cloud-management
    software"; not "Cohere develops large language models")."""
    for k in range(last + 1, min(last + 4, len(tokens))):
        word = tokens[k].group()
        folded = fold(word)
        if body[tokens[k - 1].end() : tokens[k].start()] not in (" ", "-"):
            return False
        if word.islower() and folded in PRODUCT_AFTER:
            return True
        if not (word.islower() or word.isupper()) or folded in _STOPWORDS_NOT_AI:
            return False
        if word.islower() and folded.endswith(("s", "ed")):
            return False
    return False


def _place_follows(after: str) -> bool:
    match = _PLACE_AFTER.match(after)
    return bool(match) and fold(match.group(1).rstrip(".")) in PLACES


def _quoted_titles(body: str) -> list[tuple[int, int]]:
    """Short quoted phrases of capitalized words: titles of songs, books,
    shows, events and defined terms ("Roar", «Carré», (the “Notes”))."""
    spans = []
    for match in _QUOTED.finditer(body):
        if match.start() and body[match.start() - 1] not in _BEFORE_QUOTE:
            continue  # a closing quote: 'consumers," Nevada Attorney General Aaron Ford said. "'
        inner = match.group(1)
        words = re.findall(r"[^\W\d_][\w’'-]*", inner)
        long = [w for w in words if len(w) > 3 and fold(w) not in STOPWORDS]
        if (
            words
            and len(words) <= 16  # "Madhouse at the End of the Earth: The Belgica's Journey…"
            and all(w[0].isupper() or _CAMEL.match(w) for w in long or words)
        ):
            spans.append(match.span(1))
    return spans


def _of_titles(body: str, tokens, runs: list[list[int]]) -> set[int]:
    """First tokens of two one-word runs joined by "of" mid-sentence, each
    found only there: a title ("such as Call of Duty"), not two names; an
    organization word would have linked them ("Bank of America")."""
    pairs = [
        (left[0], right[0])
        for left, right in pairwise(runs)
        if len(left) == 1
        and len(right) == 1
        and right[0] == left[0] + 2
        and body[tokens[left[0]].end() : tokens[right[0]].start()] == " of "
    ]
    if not pairs:
        return set()
    counts: dict[str, int] = {}
    for run in runs:
        if len(run) == 1:
            key = fold(tokens[run[0]].group())
            counts[key] = counts.get(key, 0) + 1
    found = set()
    for left, right in pairs:
        words = (fold(tokens[left].group()), fold(tokens[right].group()))
        if all(counts[w] == 1 for w in words) and not _is_initial(body, tokens[left].start()):
            found.update((left, right))
    return found


def _hyphen_pair(text: str, standalone: set[str]) -> bool:
    parts = text.split("-")
    return len(parts) == 2 and all(p and fold(p) in standalone for p in parts)


def _common_word(body: str, tokens, run: list[int], lowercase: set[str]) -> bool:
    """A capitalized word that the article also writes in lowercase ("Stock",
    "File", "Conversation"), unless something marks it as a company."""
    word = tokens[run[0]].group()
    if word.isupper() or word.lower() not in lowercase:
        return False
    return not _org_cue_before(body, tokens, run[0])


def _ticker(body: str, start: int, end: int) -> bool:
    """An all-caps word after an exchange, with a Reuters suffix, or in
    parentheses after a name: a ticker ("(NASDAQ: HPE)", "TSLA.O", "Splunk
    (SPLK)"), unless its letters are the initials
    of the words before (an acronym given for a name: "Federal Trade
    Commission (FTC)")."""
    text = body[start:end]
    if not text.isupper():
        return False
    before = body[max(0, start - 12) : start]
    if re.search(r"\b(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|Euronext|EPA|ETR)\s*:\s*$", before):
        return True  # "(NASDAQ: HPE)", "Nasdaq: AAPL"
    if _REUTERS_CODE.match(body, end):
        return True  # a Reuters code: "TSLA.O", "AIR.PA"
    if not (before.endswith("(") and body[end : end + 1] == ")"):
        return False
    previous = re.search(r"([^\W\d_][\w’'-]*)\W*$", body[max(0, start - 40) : start - 1])
    if not previous or previous.group(1).isupper() or not previous.group(1)[0].isupper():
        return False  # "Jan. 13 (UPI)", "PARIS (Reuters)": a dateline
    words = re.findall(r"[^\W\d_][\w’'-]*", body[max(0, start - 120) : start - 1])
    initials = "".join(w[0] for w in words if w[0].isupper())[-12:]
    letters = iter(initials.upper())
    return not all(ch in letters for ch in text)


def _org_cue_before(body: str, tokens, first: int) -> bool:
    """An organization noun just before: "lead bank Morgan Stanley",
    "software company Splunk", "Robotics startup Figure"."""
    k = first - 1
    if k < 0 or body[tokens[k].end() : tokens[first].start()] != " ":
        return False
    return fold(tokens[k].group()) in ORG_CUES


def _apposition(body: str, tokens, run: list[int]) -> bool:
    """A sentence-initial word followed by an apposition is a name:
    "Tessellate, a European rival, raised", "BlackRock, which owns"."""
    k = run[-1] + 1
    word = tokens[run[0]].group().lower()
    if k >= len(tokens) or word.endswith(("ly", "ment")):
        return False
    if body[tokens[run[-1]].end() : tokens[k].start()] != ", ":
        return False
    return tokens[k].group() in _APPOSITION_OPENERS


def _coordinate(body: str, typed: list) -> None:
    """ "Alistair Brennan and Meera Iyer": a name joined by and/et to a
    person is a person too (both directions, multi-word names only)."""
    for left, right in pairwise(typed):
        if len(left[3]) < 2 or len(right[3]) < 2:
            continue
        if body[left[1] : right[0]].strip(" ,") not in ("and", "et", "&"):
            continue
        kinds = {left[5], right[5]}
        if "person" in kinds and "organization" not in kinds:
            left[5] = right[5] = "person"


def _before_law(body: str, tokens, last: int) -> bool:
    """True when the capitalized phrase goes on to "Act", "Law", "Directive"..."""
    for k in range(last + 1, min(last + 7, len(tokens))):
        if body[tokens[k - 1].end() : tokens[k].start()] != " ":
            return False  # "James Asperger, Rachael Miller and Bill Price": a list
        word = tokens[k].group()
        folded = fold(word)
        if word[0].isupper() and folded in LAW_WORDS:
            following = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            # "Bill Price" is a person's name, not a bill
            return not (following[:1].isupper() and body[tokens[k].end()] == " ")
        if not (word[0].isupper() or folded in _LAW_LINKS):
            return False
    return False
