"""Where a run of capitalized words starts, continues and is cut (``candidates``):
a word that opens a name or cannot continue one ("a month, a day, a title"), a link
word kept inside a name ("Bank of America", "M&T"), initials ("James E.
Boasberg"), and the cuts of a run into several names ("Orange et Bouygues", a
title before a name, a holder's name before its unit)."""

from __future__ import annotations

import re

from newsdb.extract.mentions.name_shapes import (
    GENERIC_NOUNS,
    INSTITUTION_ENDS,
    LINK_WORDS,
    NAME_PARTICLES,
    NUMBER_OPENERS,
    OPENERS,
    ORG_LINKS,
    PARTICLES,
    SECOND_LINKS,
    SUBJECT_VERB,
    is_initial,
    title_of,
)
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.word_lists import (
    DAYS,
    FIRST_NAMES,
    MONTHS,
    NATIONALITIES,
    ORG_WORDS,
    STOPWORDS,
    TITLES,
)

BREAKERS = STOPWORDS | MONTHS | DAYS | TITLES | NATIONALITIES


def gaps_are_spaces(body, tokens, last: int, nxt: int) -> bool:
    return all(body[tokens[k].end() : tokens[k + 1].start()] == " " for k in range(last, nxt))


_BEFORE_MONTH = folded_word_set(
    "in on since until by from through last next this early late mid of en depuis de d fin "
    "debut mi au le after during before throughout said says told reported for"
)


_FRENCH_VERB_AFTER = re.compile(r" (?:a|avait|aura|est|était|sera) [a-zéèêàç]")


_NOT_OPENERS = MONTHS | DAYS | TITLES | NATIONALITIES  # "l'Américain Gerber Technology"


# Company words that make a nationality the start of a name ("European
# Semiconductor Manufacturing Company", "British Airways").
_COMPANY_WORDS = folded_word_set(
    """company corp corporation inc ltd plc group holdings airways airlines motors telecom
    semiconductor semiconductors electronics industries pharmaceuticals technologies
    press broadcasting initiative"""
)


_OFFICES = folded_word_set("office bureau")


_INSTITUTIONS = folded_word_set(
    """union commission parliament council court bank agency authority space investment
    central parlement conseil banque agence autorite"""
)


_ARABIC_PARTICLES = frozenset({"bin", "bint", "ibn"})


_SURNAME_END = re.compile(r"[,;)]|[ \u00a0]+[a-zà-ÿ]")


def split_and(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "Competition and Markets Authority" is one name (an organization word
    ends it, none before "and"); "Google and Amazon" are two."""
    for n, k in enumerate(run):
        if texts[k] in ("and", "et"):
            before, after = run[:n], run[n + 1 :]
            if (
                len(before) <= 2
                and fold(texts[before[-1]]) in GENERIC_NOUNS
                and (
                    fold(texts[after[-1]]) in INSTITUTION_ENDS
                    or (
                        fold(texts[after[-1]]) in ORG_WORDS
                        and fold(texts[after[0]]) in GENERIC_NOUNS
                    )
                )
            ):  # "Innovation and Technology Venture Fund", not "Tech Data et Ingram Micro"
                return [run]
            if (
                len(before) > 2
                and fold(texts[before[0]]) in INSTITUTION_ENDS
                and texts[before[1]] in ("of", "for")
                and "of" in [texts[j] for j in after]
            ):  # "Federation of Hotel and Restaurant Associations of India (and X)"
                first, *rest = split_and(after, texts)
                return [[*before, k, *first], *rest]
            return [before, *split_and(after, texts)]
    return [run]


def split_title(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "Head of Research Anna Lee": a department or title word glued to the
    given name of the person who holds it is two runs."""
    if len(run) < 3 or fold(texts[run[0]]) not in GENERIC_NOUNS | TITLES:
        return [run]
    for n in range(1, len(run) - 1):
        if fold(texts[run[n]]) in FIRST_NAMES and texts[run[n - 1]] not in LINK_WORDS:
            return [run[:n], run[n:]]
    if title_of(texts, run[0]) and all(fold(texts[k]) not in ORG_WORDS for k in run[1:]):
        return [run[:1], run[1:]]  # "Secretary of State Antony Blinken"
    return [run]


def without_cue(body: str, run: list[int], texts: list[str], tokens) -> list[int]:
    """ "STOCKHOLM -Chipmaker Qualcomm Inc", "Rival Tessera Molecular has": a noun that
    says what the company is, capitalized as the sentence's first word, is no part of
    its name (not "Bank of America", "Group Lotus")."""
    if len(run) < 2 or fold(texts[run[0]]) not in _CUE_OPENERS:
        return run
    start = tokens[run[0]].start()
    dateline = re.search(r"[-–—]\s*$", body[max(0, start - 3) : start])
    if not (is_initial(body, start) or dateline) or texts[run[1]] in LINK_WORDS:
        return run
    if body.count(body[start : tokens[run[-1]].end()]) > 1:
        return run  # "Startup Digest: ..." and "the weekly Startup Digest wrap": its name
    return run[1:]


# (not "Société Générale", "Banque Populaire", "Giant Eagle", "Radio France", "Groupe SEB")
_CUE_OPENERS = folded_word_set(
    """
    chipmaker automaker carmaker drugmaker rival startup start-up lender insurer retailer
    conglomerate regulator watchdog subsidiary firm brokerage operator
    """
)


def without_gerund(body: str, run: list[int], texts: list[str], tokens) -> list[int]:
    """ "Combining Zynga's games with ours": a sentence-initial gerund is no
    first word of the name after it."""
    word = texts[run[0]]
    if (
        len(run) > 1
        and len(word) >= 7
        and word.endswith("ing")
        and fold(word) not in FIRST_NAMES
        and is_initial(body, tokens[run[0]].start())
    ):
        # only when the name is also written without it ("Zynga" alone elsewhere), not
        # "Corning Inc", "Pershing Square", "Sterling Bancorp"
        name = texts[run[1]]
        alone = any(
            texts[k] == name and texts[k - 1] != word for k in range(1, len(texts)) if k != run[1]
        )
        return run[1:] if alone else run
    return run


def split_holder(run: list[int], texts: list[str]) -> list[list[int]]:
    """ "le PDG de Databricks Ali Ghodsi": after "<title> de/of", a company
    then the given name and surname of the one who holds the title."""
    k = run[0]
    if len(run) < 3 or k < 2 or texts[k - 1] not in ("de", "of", "d"):
        return [run]
    if fold(texts[k - 2]) not in TITLES:
        return [run]
    if fold(texts[run[-1]]) in ORG_WORDS:
        return [run]  # "the chief executive of Lumora Grace Health Systems": one company
    # the name is the last two words, or three with a hyphened syllable ("Kim Bong-jin")
    for n in (len(run) - 2, len(run) - 3):
        if (
            n >= 1
            and fold(texts[run[n]]) in FIRST_NAMES
            and fold(texts[run[n - 1]]) not in FIRST_NAMES
            and (n == len(run) - 2 or texts[run[-1]].islower())
        ):
            return [run[:n], run[n:]]
    return [run]


def link_ok(run: list[int], links: list[int], word: str, tokens) -> bool:
    if links:
        return word in SECOND_LINKS and fold(tokens[links[0]].group()) not in ("and", "et")
    if word in ORG_LINKS and any(
        fold(tokens[k].group()) in ORG_WORDS or fold(tokens[k].group()) in INSTITUTION_ENDS
        for k in run
    ):
        return True  # "Bank of America", "Center for Reproductive Rights"
    if word in ("and", "et") and len(run) <= 2:
        return True  # "Competition and Markets Authority": kept if an org word follows
    if word in _ARABIC_PARTICLES:
        return True  # "Tahnoon bin Zayed"
    if word in ("de", "du", "des") and fold(tokens[run[0]].group()) in OPENERS:
        return True  # "La Quadrature du Net", "Le Cercle des économistes"
    if word in NAME_PARTICLES and len(run) <= 2:
        return True  # "Ludwig van der Berg"
    return word in PARTICLES and len(run) <= 2 and fold(tokens[run[0]].group()) in FIRST_NAMES


def breaker_in_name(body: str, tokens, texts, run: list[int], i: int) -> bool:
    """A breaker word that still belongs to the name ``run`` ends with: a particle
    or a title word of a surname after a given name ("Bruno Le Maire,", "Stephen
    King said"; not "named Robyn Denholm Chair in 2018"), a number hyphened to a
    name ("Take-Two"), a breaker between a name's words and its organization word
    ("Better Tomorrow Ventures")."""
    word, folded = texts[i], fold(texts[i])
    gap = body[tokens[i - 1].end() : tokens[i].start()]
    if gap == "-":
        return folded in NUMBER_OPENERS and tokens[i - 1].end() == tokens[run[-1]].end()
    if run[-1] != i - 1 or gap != " ":
        return False
    nxt = i + 1
    if (
        word[1:].islower()
        and len(word) <= 4
        and folded in STOPWORDS
        and nxt < len(texts)
        and texts[nxt][0].isupper()
        and body[tokens[i].end() : tokens[nxt].start()] == " "
        and not is_initial(body, tokens[run[0]].start())
        # in prose, not a title-case headline ("$5.4 Billion Acquisition Of Tower")
        and run[0] > 0
        and texts[run[0] - 1].islower()
    ):
        return True  # "des associations None Of Your Business": a name's words in title case
    if len(run) == 1 and fold(texts[run[0]]) in ORG_WORDS and folded in NATIONALITIES:
        return True  # "Credit Suisse", "Crédit Suisse": a company word, then its country
    if (
        folded in INSTITUTION_ENDS
        and fold(texts[run[0]]) in _OFFICES
        and not (i + 1 < len(texts) and fold(texts[i + 1]) in FIRST_NAMES)
    ):
        return True  # "Office of the Australian Information Commissioner" (not "... Jane Doe")
    if (
        nxt < len(texts)
        and texts[nxt][0].isupper()
        and fold(texts[nxt]) in ORG_WORDS
        and body[tokens[i].end() : tokens[nxt].start()] == " "
    ):
        return True  # "Better Tomorrow Ventures", "Next Frontier Capital"
    if fold(texts[run[0]]) not in FIRST_NAMES:
        return False
    if word in ("Le", "La"):
        return i + 1 < len(texts) and texts[i + 1][0].isupper()
    end = tokens[i].end()
    return (
        (folded in TITLES or (folded in STOPWORDS and len(run) == 1 and word.istitle()))
        and not word.isupper()
        and (
            body[end : end + 1] in ",.;:"
            or body[end : end + 2] in ("'s", "’s")  # "Jack Ma's Ant Group", "Pony Ma’s"
            or bool(SUBJECT_VERB.match(body, end))
            or bool(_FRENCH_VERB_AFTER.match(body, end))  # "Paul Singer a également mis"
        )
    )


def opens_name(body: str, tokens, texts, i: int, folded: str) -> bool:
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
    if (
        folded in FIRST_NAMES
        and fold(following) not in BREAKERS
        and body[end : end + 1] != "."
        and (i == 0 or fold(texts[i - 1]) not in _BEFORE_MONTH)
    ):
        return True  # "Jan Wolfe and Stephen Nellis", "April Dunford"; not "in June Nvidia"
    if folded in ORG_WORDS and len(word) >= 5 and not word.isupper():
        # "Crédit Agricole", "Credit Suisse"
        return fold(following) not in BREAKERS - NATIONALITIES
    if (
        (
            len(word) >= 4
            or (len(word) >= 2 and body[tokens[i].start() - 2 : tokens[i].start()] == ", ")
        )
        and word.istitle()
        and folded not in _NOT_OPENERS
        and not is_initial(body, tokens[i].start())
        and _org_word_ahead(body, tokens, texts, i)
    ):
        # "led by Better Tomorrow Ventures", "Next Frontier Capital"; a short word after a
        # list's comma: "Emerson Collective, At One Ventures, Mistletoe"
        return True
    if folded in NUMBER_OPENERS:  # "the 20-room Four Sight Hotel", not "Two Google engineers"
        return not is_initial(body, tokens[i].start()) and fold(following) not in BREAKERS
    if not (folded in OPENERS or folded in NATIONALITIES or word.isupper()):
        return False
    if folded in OPENERS and not is_initial(body, tokens[i].start()):
        return fold(following) not in BREAKERS or fold(following) in ORG_WORDS
    if folded in NATIONALITIES and fold(following) in _INSTITUTIONS:
        return True
    if folded in NATIONALITIES and _company_follows(body, tokens, texts, i):
        return True
    return word.isupper() and len(word) >= 2 and fold(following) in ORG_WORDS


def _org_word_ahead(body: str, tokens, texts, i: int) -> bool:
    """An organization word two or three capitalized words on ("Better Tomorrow
    Ventures"), the words joined by single spaces."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        if not texts[k][0].isupper() or body[tokens[k - 1].end() : tokens[k].start()] != " ":
            return False
        if k > i + 1 and fold(texts[k]) in ORG_WORDS:
            return True
    return False


def _company_follows(body: str, tokens, texts, i: int) -> bool:
    """A company word among the next capitalized words (at most four; "and" may join
    two: "Australian Competition and Consumer Commission")."""
    for k in range(i + 1, min(i + 5, len(tokens))):
        if body[tokens[k - 1].end() : tokens[k].start()] != " ":
            return False
        if texts[k] in ("and", "&") and k > i + 1 and fold(texts[k - 1]) in GENERIC_NOUNS:
            continue  # not "Indian Orbital and Brindle Holdings": two names
        if not texts[k][0].isupper():
            return False
        if fold(texts[k]) in _COMPANY_WORDS or fold(texts[k]) in INSTITUTION_ENDS:
            return True  # "European Payments Initiative", "European Publishers Council"
    return False


def initial_of_name(body: str, tokens, texts, i: int) -> bool:
    """A capital letter that belongs to a name: a middle initial ("James E.
    Boasberg") or joined by a hyphen or an ampersand ("D-Wave", "M&T Bank")."""
    end = tokens[i].end()
    nxt = body[end : end + 2]
    if texts[i] == "S" and body[tokens[i].start() - 1 : tokens[i].start()] in ("’", "'"):
        return False  # "IRELAND’S Data Protection Commission": a possessive in capitals
    if (
        i > 0
        and texts[i - 1][0].isupper()
        and len(texts[i - 1]) >= 5
        and fold(texts[i - 1]) in ORG_WORDS
        and body[tokens[i - 1].end() : tokens[i].start()] == " "
        and nxt[:1] in (",", ";", ")", "")
    ):
        return True  # "auprès de Capital G, une des bras financiers de Google"
    if nxt[:1] in ("-", "&") and nxt[1:2].isupper():
        return True
    if nxt[:1] == "." and _in_initials(body, tokens, texts, i):
        return True  # "George R.R. Martin"
    if texts[i] in ("O", "D") and nxt[:1] in ("’", "'") and nxt[1:2].isupper():
        # "O’Neill", "Tony D'Angelo"
        return texts[i] == "O" or (i > 0 and texts[i - 1][0].isupper())
    if texts[i] == "L" and nxt[:1] in ("’", "'") and nxt[1:2].isupper():
        if body[tokens[i].start() - 1 : tokens[i].start()] == "-":
            return False  # "France-L'Autorité de la concurrence": a wire's heading, then the name
        return not is_initial(body, tokens[i].start())  # "à L’Agefi"
    if body[tokens[i].start() - 1 : tokens[i].start()] in ("-", "&") and i > 0:
        return texts[i - 1][0].isupper() and nxt[:1] not in ("’", "'")
    if nxt[:1] == " " and i + 1 < len(tokens) and tokens[i + 1].start() == end + 1:
        following = texts[i + 1]  # "B Capital"; not "A Group spokesperson" opening a sentence
        if following[0].isupper() and fold(following) in ORG_WORDS:
            return texts[i] not in ("A", "I") or not is_initial(body, tokens[i].start())
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


def after_initial(tokens, run: list[int], gap: str) -> bool:
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
