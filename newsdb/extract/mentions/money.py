"""Money amounts in English and French, as exact decimals with an ISO currency (the
currency and scale words in ``money_words.py``).

Spans cover the currency, the number and its scale word, nothing else:
"$33 billion", "33 milliards de $", "97,4 milliards de dollars", "€2bn",
"1.5 trillion yen", "2 Md€".  Qualifiers ("more than", "about", "plus de")
stay outside the span.  Without a digit there is no amount, so
"multi-billion-dollar" or "billions" are not mentions; "a billion dollars" and
"deux milliards d'euros" (spelled-out number + scale + currency) are.  A
figure with a currency but no scale is taken as written ("$500" is 500 USD).

Numbers: "1,500" is one thousand five hundred in English and one and a half
in French; "97,4" and "1.5" are decimals in both; spaces, no-break and thin
spaces group thousands ("1 150 millions"), Indian commas lakhs ("12,50,000").
In French, "billion" is 10**12.  Scale abbreviations in any case ("$225 Mn",
"$1Bn", "3 Bln"), and Indian "lakh" and "crore" ("Rs. 1,200 crore").  In
French, a scaled number without currency ("491,85 millions,") in an article
that states amounts is an amount in the currency the context last gave.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal

from newsdb.extract.mentions.mention import Mention
from newsdb.extract.mentions.money_words import DOLLAR_CODES, PREFIX, SCALE, SUBUNITS, SUFFIX
from newsdb.extract.text.word_lists import NUMBER_WORDS

_EXACT = Context(prec=80)  # wide enough that no amount in a text is ever rounded

_SP = r"[ \u00a0\u202f\u2009]"  # space, no-break space, narrow no-break, thin

_BILLION_FR = Decimal(10) ** 12


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Thousands groups ("1,500", "1.500.000", "1 150"), Indian lakh groups
# ("12,00,000"), or plain digits with a decimal part.
_NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
    rf"|\d{{1,3}}(?:(?:,\d{{3}})+|(?:\.\d{{3}}){{2,}}|(?:{_SP}\d{{3}})+)(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
)
_WORD_SCALES = [w for w in SCALE if len(w) > 1]
_LONG = _alternation(w for w in _WORD_SCALES if len(w) > 3)
_SHORT = _alternation(w for w in _WORD_SCALES if len(w) <= 3)
# Words may follow a space or a hyphen ("$10-billion"); single letters must
# touch the number ("$6.6bn", "£100m", "$500k") unless a symbol follows ("40 M€").
_SCALE_RE = (
    rf"(?:{_SP}|-)?(?P<{{g}}>(?i:{_LONG}|{_SHORT}))(?![\w])"
    rf"|{_SP}?(?P<{{g}}2>[MkK])(?=[€$£])"
    rf"|(?P<{{g}}1>[mkKbBM])(?![\w])"
)
_LINK = rf"(?:{_SP}+de{_SP}+|{_SP}*d[’']{_SP}*|{_SP}*)"
# A symbol after a number must not start the next amount ("in 2023 $10 billion").
_NOT_NEXT = rf"(?!{_SP}?\d)"
# Currency words that are also common nouns: only money after a scale word.
_NEEDS_SCALE = {"won", "livres", "livre", "pounds", "francs", "us", "can"}
# Currency codes that are also words: only written in capitals ("555 millions CAN").
_CAPITALS_ONLY = {"us", "can"}
# A Quebec paper's own words (not "Canada" or "Toronto", which a French paper writes too).
_CANADIAN = re.compile(r"\b(?:Québec|Montréal|québécois\w*|montréalais\w*)\b")
_OTHER_FRANC = re.compile(r"[ \u00a0]+(?:français|belges|luxembourgeois|fran[cç]ais)\b")
# Which dirham: the country the text names.
_MOROCCAN = re.compile(r"\b(?:Maroc|Morocco|marocain\w*|Moroccan|Rabat|Casablanca)\b")
_EMIRATI = re.compile(r"\b(?:Dubai|Dubaï|Abu Dhabi|UAE|EAU|émirati\w*|Emirati|Emirates)\b")
_COUNTED_AFTER = re.compile(
    r"[ \u00a0-]+(?:users|subscribers|customers|people|residents|households|citizens|viewers|"
    r"players|accounts|adults|consumers|jobs|homes|workers|visitors|voters|patients|students|"
    r"troops|cases|shares|utilisateurs|abonnés|clients|habitants|emplois|actions)\b"
)

_PATTERN = re.compile(
    rf"""
    (?<![\w.,$€£¥])
    (?:
      (?P<pcur>{_alternation(PREFIX)}){_SP}?(?P<pnum>{_NUM})(?:[-–](?P<pnum2>{_NUM}))?
        (?:{_SCALE_RE.format(g="pscale")})?
    | (?P<snum>{_NUM})(?:{_SCALE_RE.format(g="sscale")})?
        {_LINK}(?P<scur>(?i:{_alternation(SUFFIX)}))(?![\w]){_NOT_NEXT}
    | (?P<wnum>(?i:{_alternation(NUMBER_WORDS)})){_SP}+(?P<wscale>(?i:{_alternation(_WORD_SCALES)}))
        {_LINK}(?P<wcur>(?i:{_alternation(SUFFIX)}))(?![\w]){_NOT_NEXT}
    )
    """,
    re.VERBOSE,
)
_TRIGGER = re.compile(r"[\d$€£¥₹₩]+")
_SCALE_WORD = re.compile(r"illion|illiard")
_CODE_BEFORE = re.compile(rf"({_alternation(k for k in PREFIX if len(k) > 1 or k == 'R')}){_SP}?$")
# A number with no currency before it must be followed by one of these.
_FOLLOWERS = {w.split()[0] for w in SUFFIX} | {w.lower() for w in SCALE} | {"de", "d", "u"}
_FOLLOWER = re.compile(rf"(?:{_NUM})(?:{_SP}|-)*([^\W\d_]+|[$€£¥₹₩])?")
NUMBER_WORDS_BEFORE = re.compile(rf"(?i:(?<![\w])({_alternation(NUMBER_WORDS)})){_SP}+\w*$")
_PENCE = re.compile(r"(\d+(?:\.\d+)?)p(?= per | a share| share| each)")
_PENCE_CUES = ("p per ", "p a share", "p share", "p each")
_NOT_BEFORE_PENCE = frozenset(
    "0123456789.,$£€_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
_PER_SHARE = re.compile(rf"{_SP}+(?:par{_SP}+action|l['’]action|per{_SP}+share|a{_SP}+share)")
# A scaled number without currency, joined to a next amount that has one:
# "76,1 millions et 62,9 millions d'euros", "$2 billion to $3 billion" aside.
_SHARED = re.compile(
    rf"(?P<num>{_NUM})(?:{_SP}|-)?(?P<scale>(?i:{_LONG}))(?P<link>{_SP}*(?:,|et|and|ou|or){_SP}*)"
)
_FRENCH_LIKE = {"fr", "de", "es", "it", "pt", "nl"}
# French drops the currency once the article has given it: "a levé 491,85
# millions.", "contre 35 millions en 2021", "100 millions chez X", "les 50
# millions de l'assurtech X", "avec 9,3 millions levés".  Such a bare scaled
# number is an amount, when what follows it is punctuation, a linking word or
# a participle of raising (not "millions d'utilisateurs");
# its currency is the one the article last gave (see ``_bare``).
_BARE = re.compile(
    rf"(?<![\w.,$€£¥])(?P<num>{_NUM}){_SP}(?P<scale>(?i:millions?|milliards?))"
    rf"(?P<next>{_SP}*(?:[.,;:!?)»\n]|$|(?:et|ou|pour|en|à|au|aux|dans|sur|contre|lors|"
    rf"après|selon|soit|dont|chacun|chacune|respectivement|chez|de{_SP}plus|de{_SP}moins|"
    rf"de{_SP}dommages|l['’]an|par{_SP}an|levée?s?|récoltée?s?|"
    rf"investie?s?|obtenue?s?|"
    rf"engrangée?s?)(?![\w])|de{_SP}l['’]"
    # "l'injection de 227 millions de nouveaux capitaux": money by what it is
    rf"|de{_SP}(?:nouveaux{_SP})?(?:capitaux|fonds{_SP}propres|"
    rf"chiffre{_SP}d['’]affaires|bénéfices?)(?![\w])))?"
)
# A verb of money before a bare amount: "lève 110 millions mais n'exclut pas".
_BARE_CUE = re.compile(
    r"(?<![\w-])(?:lève|lèvent|lever|levé|levée|levés|récolte|récolté|récolter|obtient|payer|"
    r"paye|paie|payé|verser|versé|débours\w*|valoris\w*|rachet\w*|racheté|pour|contre)"
    r"\s+(?:(?:à|de|d['’]|plus de|près de|environ|quelque|au moins|pas moins de)\s*)*$"
)


def parse_number(text: str, language: str | None = None, scaled: bool = False) -> Decimal:
    """Read "1,500", "97,4", "1 150", "1.5" or "1.500.000" as an exact Decimal."""
    digits = re.sub(_SP, "", text)
    comma_decimal = language in _FRENCH_LIKE
    if "," in digits and "." in digits:
        decimal_sep = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif "," in digits:
        groups = digits.split(",")[1:]
        # a decimal comma comes once: "12,00,000" (Indian groups) and "1,500,000" are whole
        thousands = len(groups) > 1 or (len(groups[0]) == 3 and not comma_decimal)
        decimal_sep = "." if thousands else ","
    elif "." in digits:
        groups = digits.split(".")[1:]
        thousands = len(groups) > 1 or (comma_decimal and not scaled and len(groups[0]) == 3)
        decimal_sep = "," if thousands else "."
    else:
        decimal_sep = "."
    thousands_sep = "," if decimal_sep == "." else "."
    return Decimal(digits.replace(thousands_sep, "").replace(decimal_sep, "."))


def _scale(word: str | None, language: str | None) -> Decimal:
    if not word:
        return Decimal(1)
    exponent = SCALE.get(word)
    if exponent is None and word.lower() in SCALE:
        exponent = SCALE[word.lower()]
    if exponent is None:  # "billion": 10**12 in French, 10**9 elsewhere
        return _BILLION_FR if language == "fr" else Decimal(10) ** 9
    return Decimal(10) ** exponent


def _exact(value: Decimal) -> Decimal:
    """Drop a zero fractional part so 97.4 * 10**9 reads 97400000000."""
    return value.to_integral_value() if value == value.to_integral_value() else value


def _starts(body: str) -> list[int]:
    """Positions where an amount may start, in order: a number that does not
    continue another and has a unit after it, a currency sign, a currency code
    just before either, or a spelled-out number before a scale word.  The full
    pattern only runs there."""
    starts = []
    for trigger in _TRIGGER.finditer(body):
        p = trigger.start()
        if body[p].isdigit() and (
            body[p - 1 : p].isdigit()
            or (p >= 2 and body[p - 1] in ".,\u00a0\u202f\u2009 " and body[p - 2].isdigit())
        ):
            continue  # "1,500": the "500" continues the number
        code = _CODE_BEFORE.search(body, max(0, p - 8), p)
        if not code and body[p] in "$¥":  # "US$", "HK$", "CN¥"
            code = _CODE_BEFORE.search(body, max(0, p - 8), p + 1)
        if code:
            starts.append(code.start())
        elif body[p].isdigit():
            follower = _FOLLOWER.match(body, p)
            word = follower.group(1) if follower else None
            if not word or (word.lower() not in _FOLLOWERS and word not in SCALE):
                continue  # "2023 and", "1,400 people": no unit after the number
        starts.append(p)
    if "illi" in body:  # "a billion dollars", "deux milliards d'euros"
        for scale in _SCALE_WORD.finditer(body):
            spelled = NUMBER_WORDS_BEFORE.search(body, max(0, scale.start() - 24), scale.start())
            if spelled:
                starts.append(spelled.start(1))
        starts.sort()
    return starts


def find_money(body: str, language: str | None = None) -> list[Mention]:
    """Every money amount in ``body``, in order."""
    found: list[Mention] = []
    end_of_last = 0
    if any(cue in body for cue in _PENCE_CUES):  # "180p per share", "a 390p share price"
        for pence in _PENCE.finditer(body):
            if pence.start() and body[pence.start() - 1] in _NOT_BEFORE_PENCE:
                continue
            amount = _exact(parse_number(pence.group(1), "en") / 100)
            found.append(
                Mention(
                    "money",
                    pence.group(0),
                    pence.start(),
                    pence.end(),
                    amount=amount,
                    currency="GBP",
                )
            )
    pending = None  # a scaled number waiting for the currency of the next amount
    for start in _starts(body):
        if start < end_of_last:
            continue
        match = _PATTERN.match(body, start)
        if match is None:
            shared = _SHARED.match(body, start) if body[start].isdigit() else None
            if shared:
                pending = shared
            continue
        mention = _mention(match, language)
        if mention is not None:
            if pending is not None and pending.end() == match.start():
                found.append(_shared(pending, mention.currency, language))
            found.append(mention)
            end_of_last = match.end()
        pending = None
    if language == "fr" and found and "illi" in body:
        found.extend(_bare(body, found, language))
    if "crore" in body and any(m.currency == "INR" for m in found):
        found.extend(_bare_crores(body, found, language))
    return sorted(found, key=lambda m: m.start)


# "imposed a penalty of 1,337.76 crore on": crores without "Rs" or "₹", in an article that
# gives rupee amounts (not "1.5 crore users")
_BARE_CRORE = re.compile(
    rf"(?<![\w.,$€£¥₹])(?P<num>{_NUM}){_SP}(?P<scale>(?:lakh{_SP})?crores?)(?![\w])"
    rf"(?!{_SP}+(?:users|people|customers|subscribers|downloads|shares|units|orders|"
    r"transactions|merchants|accounts|farmers|students|jobs|households|visitors|devices)\b)"
)


_CRORE_CUE = re.compile(
    r"(?<![\w-])(?:penalty|penalties|fine|fined|worth|valued|valuation|raised?|raising|"
    r"invest\w*|paid|pay|pays|deal|revenue|loss|profit|turnover|funding|amount|sum|cost|"
    r"price|damages|compensation)\s+(?:(?:of|at|to|about|nearly|over|more than|around)\s+)*$"
)


def _bare_crores(body: str, found: list[Mention], language: str | None) -> list[Mention]:
    extra = []
    for match in _BARE_CRORE.finditer(body):
        start, end = match.start(), match.end("scale")
        if any(m.start < end and start < m.end for m in found):
            continue
        if not _CRORE_CUE.search(body, max(0, start - 40), start):
            continue  # "bids for 75.60 crore equity shares": a count
        number = parse_number(match.group("num"), language, scaled=True)
        amount = _exact(_EXACT.multiply(number, _scale(match.group("scale"), language)))
        extra.append(_money(body, start, end, amount, "INR"))
    return extra


def _bare(body: str, found: list[Mention], language: str) -> list[Mention]:
    """French amounts without a currency word, in an article that states
    amounts with one: see ``_BARE``.  The currency is the context's: that of the
    last amount before with one, else of the first after."""
    stated = sorted((m for m in found if m.currency), key=lambda m: m.start)
    if not stated:
        return []
    extra = []
    for match in _BARE.finditer(body):
        start, end = match.start(), match.end("scale")
        if any(m.start < end and start < m.end for m in found):
            continue
        if match.group("next") is None and (
            not _BARE_CUE.search(body, max(0, start - 40), start)
            or re.match(r"\s*(?:de|d['’])", body[end : end + 4])
        ):
            continue  # "3 millions d'utilisateurs"; but "lève 110 millions mais"
        number = parse_number(match.group("num"), language, scaled=True)
        amount = _exact(_EXACT.multiply(number, _scale(match.group("scale"), language)))
        before = [m for m in stated if m.end <= start]
        currency = (before[-1] if before else stated[0]).currency
        extra.append(
            Mention("money", body[start:end], start, end, amount=amount, currency=currency)
        )
    return extra


def _shared(match: re.Match, currency: str | None, language: str | None) -> Mention:
    number = parse_number(match.group("num"), language, scaled=True)
    amount = _exact(_EXACT.multiply(number, _scale(match.group("scale"), language)))
    return _money(match.string, match.start(), match.end("scale"), amount, currency)


def _money(text: str, start: int, end: int, amount, currency: str | None) -> Mention:
    return Mention("money", text[start:end], start, end, amount=amount, currency=currency)


def _mention(match: re.Match, language: str | None) -> Mention | None:
    group = match.group
    if group("pcur") is not None:
        scale = group("pscale") or group("pscale1") or group("pscale2")
        # a range ("$47-55 per share") is its upper bound
        number = parse_number(group("pnum2") or group("pnum"), language, scaled=bool(scale))
        currency = PREFIX[group("pcur")]
        if group("pcur") == "R" and not scale:
            return None  # "R2" is no rand amount; "R78.5 billion" is
    elif group("snum") is not None:
        scale = group("sscale") or group("sscale1") or group("sscale2")
        needs_scale = group("scur").lower() in _NEEDS_SCALE
        if (
            not scale
            and needs_scale
            and not _PER_SHARE.match(match.string, match.end())
            and not (group("scur").lower() == "francs" and "," in group("snum"))
        ):
            # "trois livres" are books; "31 livres par action", "soit 83,17 francs" money
            return None
        if group("scur").lower() in _CAPITALS_ONLY and (
            not group("scur").isupper() or _COUNTED_AFTER.match(match.string, match.end())
        ):
            return None  # "10 million us", "2 million can", "12 million US users"
        number = parse_number(group("snum"), language, scaled=bool(scale))
        currency = SUFFIX[group("scur").lower()]
        if (
            currency == "USD"
            and group("scur") == "$"
            and language == "fr"
            and _CANADIAN.search(match.string)
        ):
            # "370 millions $" in a Quebec paper: the dollar after the amount is Canada's
            # (not "33 milliards de $" in a French one)
            currency = "CAD"
        if group("scur").lower() == "francs" and _OTHER_FRANC.match(match.string, match.end()):
            return None  # "francs français", "francs belges": before the euro, no rate
        if currency == "MAD" and not _MOROCCAN.search(match.string):
            if not _EMIRATI.search(match.string):
                return None  # a dirham of no country the text names: no guess
            currency = "AED"
        if group("scur").lower() in SUBUNITS:
            number /= 100
    else:
        scale = group("wscale")
        number = Decimal(NUMBER_WORDS[group("wnum").lower()])
        currency = SUFFIX[group("wcur").lower()]
    amount = _exact(_EXACT.multiply(number, _scale(scale, language)))
    end = match.end()
    code = _DOLLAR_CODE.match(match.string, end) if group("pcur") == "$" else None
    if code and not _COUNTED_AFTER.match(match.string, code.end()):  # not "$10 million US users"
        # "$1.7 billion USD (roughly $2.2 billion CAD)": the code after says whose dollar
        currency, end = DOLLAR_CODES[code.group(1)], code.end()
    return _money(match.string, match.start(), end, amount, currency)


_DOLLAR_CODE = re.compile(r" (" + "|".join(DOLLAR_CODES) + r")(?![\w-])")
