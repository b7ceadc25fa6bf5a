"""What a run of capitalized words is: an organization, a person, a product, or nothing.

A run is a person when it starts with a common given name, follows a title or
a speech verb ("M. Lefèvre", "chief executive Marta Lindqvist", "», explique
Sophie Marchand"), has a job title in apposition (", an analyst at"), is
coordinated with a person ("Alistair Brennan and Meera Iyer"), or is later
referred to by its last word; an organization noun before it makes it an
organization whatever its words ("lead bank Morgan Stanley").  A lone word
that repeats part of a longer name in the same article ("Halcyon",
"Lindqvist", or a given name: "Marc" for Marc Benioff) takes that name and
type.  Quoted titles (“Roar”), tickers in parentheses ("Splunk (SPLK)"), a
capitalized word the article also writes in lowercase ("Stock") and a compound
of two names found on their own ("Synopsys-Ansys") are left out.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsdb.extract.mentions.article_terms import (
    SHORT_NAME,
    country_unit,
    defined_terms,
    initials_of,
    quoted_terms,
    quoted_titles,
    shortened,
    titles_with_of,
)
from newsdb.extract.mentions.descriptions import aside_then_verb, said_a_company
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.mentions.name_shapes import (
    ABBREVIATIONS,
    NAME_PARTICLES,
    NUMBER_OPENERS,
    OPENERS,
    REUTERS_CODE,
    SUBJECT_VERB,
    is_initial,
    title_of,
)
from newsdb.extract.mentions.not_names import not_a_name
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.tokens import REUTERS_TICKER
from newsdb.extract.text.word_lists import (
    FIRST_NAMES,
    GENERIC_TERMS,
    ORG_CUES,
    ORG_WORDS,
    PERSON_CUES,
    PERSON_TITLES,
    SPEECH_VERBS,
    TITLES,
)

_CLAUSE_STOPS = folded_word_set(
    "at of for from with by in on to chez de du des d l qu pour par a au aux dans sur avec "
    "and et or ou"
)

_APPOSITION_STOPS = folded_word_set("which whose that where when dont ou qui by par and et")

_APPOSITION_OPENERS = folded_word_set(
    "a an the its which whose un une le la l sa son qui dont filiale"
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


_TITLE_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:ceo|pdg|cfo|cto|coo|chief executive|founder|co-?founder|fondateur|"
    r"cofondateur|président|présidente|president|chairman|chairwoman|directeur général|"
    r"directrice générale|head|patron|patronne)\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}$",
    re.IGNORECASE,
)


def _plural(word: str) -> bool:
    """ "Shares", "Investors", "Analystes": reads as a plural noun (a name like
    "Ansys" reads so too, and is left to the other cues)."""
    if len(word) <= 3:
        return False
    return (word[-1] == "s" and word[-2] not in "sui'’") or word.endswith(("aux", "eux"))


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

# The first of the investors a colon lists: "un pool d'investisseurs de prestige :
# Amadeus, Itochu Corporation, ...", "Its backers: Kestrel, Brindle and Lumora"
_PARTIES_COLON = re.compile(
    r"(?:investors|investisseurs|backers|partners|partenaires|clients|customers|actionnaires|"
    r"shareholders)(?:[ \u00a0]+[\w’'-]+){0,3}[ \u00a0]*:[ \u00a0]*$"
    # "to acquire companies such as Aakash, U.S.-based Epic": the first of a list of firms
    r"|(?:companies|startups|start-ups|firms|businesses|rivals|competitors|investors|backers|"
    r"sociétés|entreprises|start-up)[ \u00a0]+(?:such as|like|including|comme|dont|telles que)"
    r"[ \u00a0]+$"
)
_LIST_NEXT = re.compile(r",[ \u00a0]+(?:[A-Z]|(?:la|le|les|l['’]|the)[ \u00a0]+[A-Z])")
_COORDINATED = re.compile(r"[ \u00a0]+(?:and|et|&)[ \u00a0]+[A-Z]")  # "Orange et Bouygues"

# A name written with a small first letter: "iRobot", "eBay", "mParticle".
# "'s" that ends a name rather than marks a possessive: a verb follows, not a
# noun it could own ("Arby's are", "McDonald's said"), or it is capitalized
# ("BYJU’S, marking").  "marketplaces like Epic’s." stays a possessive.
_NAME_S = re.compile(
    r"([’']S(?!\w)|[’']s(?=[ \u00a0]+(?:are|is|was|were|has|have|had|said|says|will|would)\b))"
)

_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}[ \u00a0]$")


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
            "." in gap and not (step == 0 and (len(word) == 1 or folded in ABBREVIATIONS))
        ):
            return False
        if "," in gap:
            # "its founders, Mukul Rustagi and", "chief executive officer, Oozi Cats,": a
            # title then the two-word name it is given; not "chair and CEO, Adobe said"
            return (
                step == 0
                and gap == ", "
                and last > first
                and (
                    folded in _OFFICER_TITLES
                    # "l'actuel CEO d'Ordina, Jo Maes,", "the chief executive of Lumora, Jo Maes,"
                    or bool(
                        _TITLE_OF_BEFORE.search(body, max(0, tokens[k].end() - 60), tokens[k].end())
                    )
                )
                and fold(tokens[last].group()) not in ORG_WORDS
                and body[tokens[last].end() : tokens[last].end() + 1] in (",", ".", " ")
                and not SUBJECT_VERB.match(body, tokens[last].end())
            )
        if folded in PERSON_CUES:
            # "trade chief Tomas Varga"; not "Apple's chief supplier Foxconn"
            return step == 0 or folded not in _LOOSE_CUES
        if folded == "general" and k > 0 and fold(tokens[k - 1].group()) in TITLES:
            k -= 1  # "Attorney General Makan Delrahim"
            continue
        if folded in SPEECH_VERBS:  # only in an incise: '", said Jon', "», explique Sophie"
            return not titles_only and _incise(body, tokens, k, last)
        if k > 1 and title_of([t.group() for t in tokens[k - 2 : k + 1]], 2):
            return True  # "Secretary of State Antony Blinken"
        if folded in _CLAUSE_STOPS or (word[0].isupper() and folded not in TITLES):
            return False
        if word.islower() and len(word) > 4 and word.endswith(("ed", "ing")):
            # "a judge blocked Quintal's bid", "an executive order blocking Broadcom": a
            # verb, then its object
            return False
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


def classify_runs(
    body, tokens, texts, runs, support, after_known, people, known_orgs
) -> list[Mention]:
    typed = []
    singles: set[str] = set()
    first_alone: dict[str, int] = {}  # where each one-word name is first written alone
    titles = quoted_titles(body)
    terms = quoted_terms(body)  # "(the “Tender Offer”)": a defined term, no name
    traded = traded_names(body)
    lowercase = set(texts)  # a word also written in lowercase is a common word
    lone = [w for line in _TAG_LINE.findall(body) for w in line.split()]
    # (not a word only in a web address: "le site orange.fr" leaves Orange a name)
    lone += _IN_ADDRESS.findall(body)
    for word in set(lone):
        if texts.count(word) == lone.count(word):
            # "outbrain", "broadcom qualcomm" alone on a line: tags or a logo, no prose
            lowercase.discard(word)
    standalone = {fold(tokens[run[0]].group()) for run in runs if len(run) == 1}
    of_titles = titles_with_of(body, tokens, runs) if " of " in body else set()
    dateline = _dateline_place(body)  # "DARMSTADT (dpa-AFX) -": "l'entreprise de Darmstadt"
    # Acronym -> the organization it abbreviates, or None for a term that is not one.
    expansions: dict[str, str | None] = defined_terms(body)
    for name in known_orgs.values():
        for acronym in initials_of(name.split()):
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
        if (fold(text) == dateline and _PLACE_PREP.search(body, max(0, start - 8), start)) or (
            len(run) == 1
            and _FIRM_OF.search(body, max(0, start - 30), start)  # cheap test first
            and _hometown(body, text)
        ):
            continue  # "le groupe de Roubaix", "la firme de Cupertino": a place
        if terms and fold(text).rstrip("s") in terms:
            continue  # "the Tender Offer", "Stock Options" defined as (the “Stock Options”)
        if not_a_name(body, tokens, texts, run, start, end, titles):
            if len(run) > 1:  # "General Data Protection Regulation" ... "GDPR"
                for acronym in initials_of([texts[k] for k in run]):
                    expansions.setdefault(acronym, None)
            continue
        if _hyphen_pair(text, standalone):
            continue  # "Synopsys-Ansys deal": two names found on their own
        words = [tokens[k].group() for k in run]
        if len(words) == 1 and _common_word(body, tokens, run, lowercase):
            continue  # "Stock photo provider", "(File image)": a word, not a name
        if len(words) == 1:
            singles.add(fold(words[0]))
            first_alone.setdefault(fold(words[0]), start)
        typed.append([start, end, text, words, run, None])
    # Multi-word names: organization unless something says person.
    texts_typed = {item[2] for item in typed}
    short_forms: dict[str, str] = {}
    for item in typed:
        start, end, text, words, run, _ = item
        if len(words) == 1:
            continue
        if any(fold(w) in ORG_WORDS for w in words) or len(words) > 5:
            item[5] = "organization"
        elif fold(words[0]) in NUMBER_OPENERS:
            item[5] = "organization"  # no one's name starts with "Three"
        elif _org_cue_before(body, tokens, run[0]):
            item[5] = "organization"  # "lead bank Morgan Stanley"
        elif _traded(traded, words):
            item[5] = "organization"  # "Bharti Airtel ... Airtel shares were up": no person
            short_forms[fold(words[-1])] = text  # "Airtel", the company's short name
        elif (
            fold(words[0]) in FIRST_NAMES
            or not NAME_PARTICLES.isdisjoint(words[1:-1])
            or _cue_before(body, tokens, run[0], run[-1])
            or _cue_after(body, tokens, run[-1])
            or (
                fold(words[-1]) in singles
                # a surname alone after the full name, as news writes people; not
                # "Swisscom ... Mariage Swisscom - Vodafone Italia"
                and first_alone[fold(words[-1])] > start
                and fold(words[0]) not in singles | OPENERS
                and not words[-1].isupper()  # "Qatar QIA" ... "QIA": an acronym, no surname
                # "Sopra Steria Benelux" after "Sopra Steria": a unit of a company
                and " ".join(words[:-1]) not in texts_typed
            )
        ):
            item[5] = "person"
    _coordinate(body, typed)
    orgs: dict[str, str] = {}
    units: set[str] = set()  # first words of a company's country units: the company itself
    firsts: dict[str, str | None] = {}
    alone: set[str] = set()  # one-word names written before any longer name they start
    for _start, _end, text, words, _run, kind in typed:
        if kind == "person":
            people.setdefault(fold(words[-1]), (text, False))
            first = fold(words[0])
            firsts[first] = text if firsts.get(first, text) == text else None
        elif len(words) > 1 and country_unit(words):
            units.add(fold(words[0]))  # "Jumia" is not "Jumia Tunisie", its country's unit
        elif len(words) > 1:
            orgs.setdefault(fold(words[0]), text)
            if short_forms.get(fold(words[-1])) == text:
                orgs.setdefault(fold(words[-1]), text)
            if len(words) == 2 and 1 < len(words[0]) <= 3 and words[0].isupper():
                orgs.setdefault(fold(words[1]), text)  # "Hutchison" after "CK Hutchison"
        elif fold(text) not in orgs:
            alone.add(fold(text))  # "Doctolib" before "Doctolib Patient": the company itself
    for name, _resolved in list(people.values()):
        if " " in name:
            first = fold(name.split()[0])
            firsts[first] = name if firsts.get(first, name) == name else None
    for _start, end, text, words, _run, kind in typed:
        if len(words) > 1 and kind != "person":
            for acronym in initials_of(words):
                expansions.setdefault(acronym, text)
            defined = _ACRONYM_NEXT.match(body, end)
            if defined and any(
                defined.group(1) in initials_of(words[k:]) for k in range(1, len(words) - 1)
            ):
                # "The Dutch Data Protection Authority (DPA)": the initials of its last words
                expansions.setdefault(defined.group(1), text)
            short = SHORT_NAME.match(body, end)
            if short and shortened(short.group(1), words):
                # "Singapore Telecommunications Ltd (Singtel)": the short name it goes by
                expansions.setdefault(short.group(1), text)
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
            if is_initial(body, start) and _MODIFIES_CUE.match(body, end):
                continue  # "Carbon removal startup Chestnut Carbon": a modifier of the noun
            if key in people:
                kind, (name, resolved) = "person", people[key]
            elif firsts.get(key) and key in FIRST_NAMES:
                kind, name = "person", firsts[key]  # "Marc said", Marc Benioff before
            elif _cue_before(body, tokens, run[0], run[-1], titles_only=True):
                kind = "person"
            elif _FAMILY_BEFORE.search(body, max(0, start - 12), start) or _FAMILY_AFTER.match(
                body, end
            ):
                kind = "person"  # "la famille Klaba", "the Walton family": people, no company
            elif key in known_orgs:
                kind, name, resolved = "organization", known_orgs[key], True
            elif key in units and key not in orgs:
                kind = "organization"  # "Jumia Tunisie ... Jumia a déjà levé": the group
            elif key in orgs and (
                key not in alone or all(fold(w) in ORG_WORDS for w in orgs[key].split()[1:])
            ):  # "Sprint" before "Sprint Corp", not "Doctolib" before "Doctolib Patient"
                kind, name = "organization", orgs[key]
            elif (
                key in support
                or not is_initial(body, start)
                or _MIXED_CASE.match(text)  # "OVHcloud devrait", "PayPal said": no common word
                or _apposition(body, tokens, run)
                or _org_cue_before(body, tokens, run[0])
                or _COORDINATED.match(body, end)
                or (
                    _LIST_NEXT.match(body, end)
                    and _PARTIES_COLON.search(body, max(0, start - 60), start)
                )
                or SUBJECT_VERB.match(body, end)
                or (_DEAL_VERB.match(body, end) and not _plural(text) and key not in _NOT_NAMES)
                or aside_then_verb(body, end, not _plural(text) and key not in _NOT_NAMES)
                or (said_a_company(body, end) and not _plural(text) and key not in _NOT_NAMES)
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
        if kind == "organization" and "’" in name:
            name = name.replace("’", "'")  # "Byju’s" and "Byju's": one name, typed either way
        found.append(Mention(kind, text, start, end, name=name, resolved=resolved))
    return found


def _hyphen_pair(text: str, standalone: set[str]) -> bool:
    parts = text.split("-")
    return len(parts) == 2 and all(p and fold(p) in standalone for p in parts)


_TAG_LINE = re.compile(r"(?m)^[ \t]*([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})[ \t]*$")


def _common_word(body: str, tokens, run: list[int], lowercase: set[str]) -> bool:
    """A capitalized word that the article also writes in lowercase ("Stock",
    "File", "Conversation"), unless something marks it as a company."""
    word = tokens[run[0]].group()
    if word.isupper() or word.lower() not in lowercase or word.islower():
        return False  # (a word in lowercase here is a brand: "onsemi announced")
    return not _org_cue_before(body, tokens, run[0])


_IN_ADDRESS = re.compile(
    r"(?<![\w’'-])[^\W\d_][\w’'-]*(?=\.(?:com|fr|net|org|io|ai|co|de|be|ch|eu|uk|app)\b)"
)
# A sentence's first word modifying a company noun before the company's name.
_ACRONYM_NEXT = re.compile(r" \(([A-Z]{2,6})\)")
_MODIFIES_CUE = re.compile(
    # not a verb after the name: "Orbital acquires data analytics firm Lumora", "Zentrix
    # to acquire software maker Lumora", "Orbital invests in fintech startup Lumora"
    r"(?![ -](?:to|will|would|can|could|may|might|should|must|[a-z]+s)\b)"
    r"(?:[ -](?!(?:bought|sold|took|won|got|made|led|buys|sells|takes|wins|is|was|has|had|"
    r"are|were|said|says|in|into|of|for|with|at|by|from|[a-z]+ed)\b)[a-z][\w-]*){1,3}[ ]"
    r"(?:startup|start-up|firm|company|maker|provider|developer|"
    r"group|platform|specialist|operator|lender|insurer)[ ]+[A-Z]"
)
_FAMILY_BEFORE = re.compile(r"(?<![\w-])(?:famille|family)\s+$", re.IGNORECASE)
_FAMILY_AFTER = re.compile(r"\s+(?:family|famille)(?![\w-])")
_PLACE_PREP = re.compile(r"(?<![\w-])(?:de|d['’]|of|in|à|en|near|from|outside)\s*$", re.I)
_MIXED_CASE = re.compile(r"[A-Z]{2,}[a-z]{3,}\w*$")
_FIRM_OF = re.compile(
    r"(?<![\w-])(?:entreprise|société|firme|groupe)\s+(?:de|d['’])\s*$"
    # "basée à Hem près de Lille", "headquartered in Hem": where a firm is
    r"|(?<![\w-])(?:basée?s?|installée?s?|située?s?|implantée?s?|domiciliée?s?)\s+(?:à|au)\s+$"
    r"|(?<![\w-])(?:based|headquartered)\s+in\s+$",
    re.IGNORECASE,
)


def _traded(traded: frozenset[str], words: list[str]) -> bool:
    """The name, or its last word, has shares traded: "Airtel shares were up",
    "shares of Airtel" (people have no shares of their own);
    ``traded`` is ``traded_names(body)``."""
    if not traded:
        return False
    # (the last word alone only without a given name first: "Ford shares rose" is not
    # Bill Ford's)
    return " ".join(words) in traded or (
        words[-1] in traded and fold(words[0]) not in FIRST_NAMES
    )


# (not the verb: "Marta Kowalczyk shares her vision"; not French "actions", also acts)
_SHARES_WORD = re.compile(
    r"(?<![\w-])(?i:shares|stock)(?![\w-])(?!\s+(?:her|his|its|their|the|a|an|our|my|your)\b)"
)
# (no possessive before: "Marc Benioff's shares" are a person's)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*)[ \t]+$")
_NAME_AFTER = re.compile(
    r"[ \t]+(?:of|in|d['’]|de)[ \t]*((?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*)"
)


def traded_names(body: str) -> frozenset[str]:
    """The names written before "shares"/"stock" or after "shares of", and each of
    their last words (one pass over the article's share words)."""
    found = set()
    for word in _SHARES_WORD.finditer(body):
        before = _NAME_BEFORE.search(body, max(0, word.start() - 60), word.start())
        after = _NAME_AFTER.match(body, word.end())
        for name in (before, after):
            if name is not None:
                found.add(name.group(1))
                found.add(name.group(1).split()[-1])
    return frozenset(found)


def _hometown(body: str, word: str) -> bool:
    """A word the article only writes after "le groupe de", "la firme de", "basée
    à": the firm's town, not a company ("le groupe de Roubaix"; not "la filiale de
    Google")."""
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body)]
    return bool(found) and all(_FIRM_OF.search(body, max(0, k - 30), k) for k in found)


_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?([A-ZÀ-Ý][A-ZÀ-Ý'’ .-]*[A-ZÀ-Ý])"
    r"(?:,[ \t]*[^()\n]{1,30}?)?[ \t]*\([^)\n]{2,40}\)[ \t]*[-–—]"
)


def _dateline_place(body: str) -> str | None:
    """The town of the article's dateline, folded ("DARMSTADT (dpa-AFX) -",
    "SAN FRANCISCO, Calif. (AP) —"): later written as a name, a place."""
    found = _DATELINE.search(body, 0, 600)
    return fold(found.group(1).title()) if found else None


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
    if REUTERS_CODE.match(body, end):
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
