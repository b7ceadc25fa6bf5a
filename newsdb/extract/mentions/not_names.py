"""Runs of capitalized words that are not names of organizations or people.

Places by their context ("Waco, Texas", "Burnaby-based", "the Permian basin"),
courts and laws, events and campaigns, products by the noun next to them ("the
Linux operating system", "image generator DreamStudio"), job titles, model
numbers, plural acronyms ("GPUs") and a lone legal or organization word.
"""

from __future__ import annotations

import re

from newsdb.extract.mentions.name_shapes import GENERIC_NOUNS, INSTITUTION_ENDS, OPENERS
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.word_lists import (
    COURT_WORDS,
    FIGURES,
    FIRST_NAMES,
    GEO_WORDS,
    LAW_WORDS,
    ORG_WORDS,
    PLACES,
    PRODUCT_AFTER,
    PRODUCT_BEFORE,
    STOPWORDS,
    TITLES,
)

# French nouns for a firm that the article capitalizes ("La Start-up", "La Fintech").
_FIRM_NOUNS = folded_word_set("startup start-up societe entreprise firme filiale pepite licorne")

_LAW_LINKS = folded_word_set("and of for on the et de du des la sur pour")

_GEO_FIRST = folded_word_set("mount mont lake lac")

_PLACE_NOUNS = folded_word_set("basin region county province state peninsula area district shale")

_STOPWORDS_NOT_AI = STOPWORDS - {"ai"}

_CAMPAIGNS = folded_word_set("operation operacion opération")

# Last words of events' names: "Consumer Electronics Show", "AI Action Summit".
_EVENT_ENDS = folded_word_set(
    """conference summit expo show festival awards championship championships olympics week
    report survey index ranking"""
)

# "U.S. District Judge Jane Doe": the court's rank in a judge's title.
_ROUND_STAGES = folded_word_set("seed pre-seed preseed angel bridge mezzanine growth")
_ROUND_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:[Rr]ound|[Ff]unding|[Ff]inancing|[Ii]nvestment)\b")
_JUDGE_RANKS = folded_word_set("district circuit bankruptcy federal superior supreme appeals")

# Acronyms naming a kind of organization, not one: "l'ONG", "an NGO", "une PME".
_KIND_ACRONYMS = folded_word_set("ong ngo ngos pme pmes eti sme smes")
_LAW_ACRONYMS = folded_word_set("gdpr rgpd dma dsa ccpa coppa dmca hipaa mica")
_PAGE_WORDS = folded_word_set("copyright published updated modified advertisement sponsored")
_DEVICE_MODIFIERS = frozenset({"web", "online", "mobile", "smart", "digital", "voice"})
_PAGE_PHRASES = frozenset(
    {
        "press release",
        "news release",
        "read more",
        "related articles",
        "related stories",
        "breaking news",
        "sign up",
        "communique de presse",
        "lire aussi",
        "a lire aussi",
    }
)
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")

_MODEL_NUMBER = re.compile(r"^(?=[A-Za-z]*\d)[A-Z]?\d+[a-zA-Z]?$|^[A-Z]\d+")

_PLACE_AFTER = re.compile(r",[ \u00a0]+([A-Z][\w.]*(?:[ \u00a0][A-Z]\w*)?)(?=[\s,.;:)-])")

_OTHER_KINDS = re.compile(
    r"[ \u00a0]+(?:and|or|et|ou)[ \u00a0]+(?:other|autres|d['’]autres)[ \u00a0]+"
    r"([a-z-]+(?:[ \u00a0]+[a-z-]+){0,2})"
)

_LIST_CUES = re.compile("such as| like |including| include|comme| que | as ")

# ("The company's other popular games include BioShock, Borderlands and NBA 2K")
_KINDS_BEFORE = re.compile(
    r"\b([a-z]+)[ \u00a0]+(?:such as|like|including|(?:also\s+)?includes?|(?:also\s+)?included|"
    # "des titres aussi emblématiques que Call of Duty", "titles as iconic as Halo"
    r"comme|tel(?:le)?s que|aussi [a-zà-ÿ]+ que|as [a-z]+ as)[ \u00a0]+"
    r"(?:(?:[A-Z][\w’'-]*|of|the|de|du|and|et|or|ou|encore),?[ \u00a0]+)*$"
)

# Kinds of products and assets: "titles like Call of Duty", "Bitcoin and other tokens".
_PRODUCT_KINDS = folded_word_set(
    """games titles blockbusters franchises hits apps products tokens coins cryptocurrencies
    cryptoassets stablecoins currencies models chatbots drugs devices smartphones phones
    consoles jeux titres produits applications jetons cryptomonnaies modeles
    characters personnages heroes"""
)

_MAKER_OF = re.compile(
    r"(?<![\w-])(?:éditeur|éditeurs|studio|studios|fabricant|développeur|concepteur|"
    r"spécialiste|géant|leader|acteur|maker|makers|developer|developers|publisher|publishers)"
    r"\s+(?:de|d['’]|des|of)\s+$"
)
_BEFORE_TITLES = frozenset({"prime", "interim", "acting", "crown"})
_TITLE_NEXT = re.compile(
    r" (?:Minister|CEO|CFO|COO|CTO|Chief|Chairman|Chairwoman|Chair|President|Director|"
    r"Head|General Counsel|Secretary|Prince|Princess)\b"
)
# Titles a portfolio comes before ("Competition Commissioner", "Finance Minister"; not
# "a Labour MP", a party's)
_OFFICES = folded_word_set(
    "minister ministre secretary commissioner commissaire director directeur head chief "
    "officer chair chairman chairwoman spokesman spokeswoman spokesperson czar tsar"
)
_VERSION = re.compile(r"[ \u00a0]\d+\.\d")


# A name that a place noun or a saint's abbreviation introduces is a place.
_PLACE_NOUN_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:prefecture|province|county|district|region|state|city|préfecture|"
    r"région|ville|département|canton)\s+(?:of|de|d['’]|du)\s+|(?<![\w-])(?:St|Ste)\.\s)$"
)
_COMPASS = frozenset({"southeast", "northeast", "southwest", "northwest", "south", "north"})
_REGION_AFTER = re.compile(r"[ -](?:Asian?|Asia['’]s|European?|African?|American?|Pacific)\b")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:[Pp]refecture|[Pp]rovince|[Cc]ounty)(?![\w-])")


def not_a_name(body: str, tokens, texts, run: list[int], start: int, end: int, titles) -> bool:
    """A place, a law, a court, a product, a quoted title, a generic word."""
    words = [fold(texts[k]) for k in run]
    text = " ".join(words) if len(words) > 1 else words[0]
    if text in PLACES or words[-1] in GEO_WORDS or (len(words) > 1 and words[0] in _GEO_FIRST):
        return True  # "North Sea", "Silicon Valley", "Mount Rainier"
    if len(words) > 1 and texts[run[-1]] == "OS":
        return True  # "Wear OS", "Chrome OS", "HarmonyOS": an operating system
    if (
        words[-1] in _BEFORE_TITLES
        and (len(words) == 1 or " ".join(words[:-1]) in PLACES)
        and _TITLE_NEXT.match(body, end)
    ):
        # "Prime Minister Narendra Modi", "has been appointed Interim CEO", "Japan Prime
        # Minister Shigeru Ishiba"
        return True
    if text in FIGURES or (len(words) > 1 and words[0] in _CAMPAIGNS):
        return True  # "Santa Claus", "Operation Warp Speed"
    if (words[-1] in _FIRM_NOUNS or words[-1].endswith("tech")) and (
        (len(words) == 2 and words[0] in OPENERS - {"new"})
        or (len(words) == 1 and run[0] > 0 and fold(texts[run[0] - 1]) in OPENERS - {"new"})
    ):
        return True  # "La Foodtech a pu compter sur": the article and a common noun
    if words[-1] in LAW_WORDS and INSTITUTION_ENDS.isdisjoint(words) and text not in FIRST_NAMES:
        return True  # "Règlement" alone, "General Data Protection Regulation"
    if len(words) > 1 and words[-1] in _EVENT_ENDS:
        return INSTITUTION_ENDS.isdisjoint(words)  # "Consumer Electronics Show"
    if len(words) > 1 and _MODEL_NUMBER.match(texts[run[-1]]):
        return True  # a product and its model: "Galaxy S24", "Pixel 8a"
    if _in_job_title(body, tokens, texts, run, words):
        return True  # "Chief Operating Officer", "Vice President of Sales"
    if "-" in body[start:end] and fold(body[start:end]) in PLACES:
        return True  # "Royaume-Uni"
    if run[0] > 0 and f"{fold(texts[run[0] - 1])} {text}" in PLACES:
        return True  # "New York", "Le Caire"
    if text in _COMPASS and _REGION_AFTER.match(body, end):
        return True  # "Southeast Asian ride hailing firm Grab" (not "Northwest Biotherapeutics")
    if _PLACE_NOUN_BEFORE.search(body, max(0, start - 24), start) or _PLACE_NOUN_AFTER.match(
        body, end
    ):
        return True  # "the prefecture of Iwate", "St. Louis", "Mie Prefecture"
    if len(words) > 2 and any(
        " ".join(words[k:]) in PLACES and words[k - 1] not in ("of", "de", "du", "des")
        for k in range(1, len(words) - 1)
    ):  # (not "Bank of New Zealand": a place in a name)
        return True  # "Veteran Wall Street"
    if text.replace(" ", "-") in _ROUND_STAGES and _ROUND_NOUN_AFTER.match(body, end):
        return True  # "a $3 Million Seed round", "its Pre-Seed funding"
    if text in _PAGE_PHRASES:
        return True  # "Press Release: https://...", "Read More": a page's furniture
    if len(words) == 1:
        if text in _KIND_ACRONYMS or text in _PAGE_WORDS or text in _LAW_ACRONYMS:
            # "l'ONG britannique Privacy International": a kind of body; "Copyright",
            # "Published", "Updated": a page's furniture; "GDPR", "RGPD": laws
            return True
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
        # "l'éditeur de jeux Activision Blizzard", "le fabricant de logiciels X": the
        # product word says what the company makes
        and not _MAKER_OF.search(body, max(0, start - 40), tokens[run[0] - 1].start())
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
    department after "<title> of" ("Head of Research") or before a title
    ("Competition Commissioner")."""
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
    if not all(w in GENERIC_NOUNS for w in words):
        return False
    if before in ("of", "for") and first > 1 and fold(texts[first - 2]) in TITLES:
        return len(words) == 1  # "Head of Research", "Commissioner for Competition"
    # "Competition Commissioner Margrethe Vestager", "Finance Minister": a portfolio
    return (
        after in _OFFICES
        and texts[last + 1][0].isupper()
        and body[tokens[last].end() : tokens[last + 1].start()] == " "
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
        if not (word.islower() or word.isupper()):
            return False
        if folded in _STOPWORDS_NOT_AI and not (
            # "the Safari web browser": a common word modifying the product noun
            folded in _DEVICE_MODIFIERS
            and k + 1 < len(tokens)
            and fold(tokens[k + 1].group()) in PRODUCT_AFTER
        ):
            return False
        if word.islower() and folded.endswith(("s", "ed")):
            return False
    return False


def _place_follows(after: str) -> bool:
    match = _PLACE_AFTER.match(after)
    return bool(match) and fold(match.group(1).rstrip(".")) in PLACES


def _before_law(body: str, tokens, last: int) -> bool:
    """True when the capitalized phrase goes on to "Act", "Law", "Directive"..."""
    for k in range(last + 1, min(last + 7, len(tokens))):
        if body[tokens[k - 1].end() : tokens[k].start()] != " ":
            return False  # "James Asperger, Rachael Miller and Bill Price": a list
        word = tokens[k].group()
        folded = fold(word)
        if word[0].isupper() and folded in LAW_WORDS:
            following = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            gap = body[tokens[k].end() : tokens[k + 1].start()] if following else ""
            # "Bill Price" is a person's name, not a bill; "Act (DMA)" is the law's
            return not (following[:1].isupper() and gap == " ")
        if not (word[0].isupper() or folded in _LAW_LINKS):
            return False
    return False
