"""Investments and stakes outside a round: who invests in whom, who backs whom,
who takes a stake, and listings ("Microsoft invested $10 billion in OpenAI", "a
10% stake in X", "Microsoft-backed OpenAI", "X's IPO"). The entry is
``purchases.read``; funding rounds are in ``rounds.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdb.extract.facts import cues
from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.readings import FROM_ONLY, Lazy, Reading, roles
from newsdb.extract.facts.rounds import funding
from newsdb.extract.facts.rules import BY, IN, Hit, ents_between, is_passive, marker
from newsdb.extract.facts.sentences import LEGAL_SUFFIX, Ent
from newsdb.extract.facts.subjects import after, employer, possessor

_BACKERS = marker(
    r"including|such as|comme|dont|notamment|among them|from|by|par|"
    r"companies including|investors including|investisseurs comme"
)


_OF = marker(r"de|d['’]|du")


_INTO = marker(r"into")


_GIFT = re.compile(
    r"(?<![\w-])(?:donat\w*|relief|charit\w*|university|universities|foundation|fund|funds|"
    r"grants?|scholarships?|joint venture|red cross|unicef|school|hospital|don|dons|fondation)"
    r"(?![\w-])"
)


_TO = marker(r"(?<!up )to|into|in")  # not "committing up to $100 billion in X"


_ALONGSIDE = re.compile(r"(?:aux côtés d[e'’]|alongside|along with|together with)\s*$")


_APPOSITION = re.compile(r"\.?,\s+(?:un|une|a|an|le|la|the)\s+[^,;]{3,60}$")


_PRIVATE = re.compile(r"\s+private(?![\w-])")


_SUCH_AS = marker(r"such as|like|including|comme|notamment|tels que|telles que")


_PERCENT_OF = re.compile(r"%\s+(?:of|de|d['’]|du capital de|du capital d['’])\s*$")


_BARE_CAPITAL = re.compile(r"(?<![\w-])du capital(?!\s+(?:de|d['’]|du|des)(?![\w-]))")


_OWNER_BEFORE = re.compile(r"(?<![\w-])(?:whose|its|their)\s+(?:[\w-]+\s+)?$")


_PORTFOLIO = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:include|includes|included|including)\s")


_INVESTORS_LISTED = re.compile(
    r"(?<![\w-])(?:investors|backers|shareholders|investisseurs|actionnaires)\s+"
    r"(?:such as|like|including|comme|dont|tels que)\s+(?:[\w-]+\s+){0,2}$"
)


def invest(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """An investment in a company ("invested in X", "a stake in X")."""
    i, word, kind = hit.i, hit.word, hit.trigger.kind
    noun = word in ("investment", "investments", "investissement", "stake", "participation")
    noun = noun or word in ("injection", "capital injection")
    if noun and cues.SALE.search(doc.lowered, max(lo, hit.start - 30), hit.start):
        return None  # "a cédé sa participation dans X à Y": a sale, read from its verb
    portfolio = _PORTFOLIO.match(doc.lowered, hit.end) if word == "investments" else None
    if portfolio and _OWNER_BEFORE.search(doc.lowered, max(lo, hit.start - 20), hit.start):
        # "DST Global, whose other investments have included Facebook and Twitter"
        owner = [e for e in doc.ents(i) if e.end <= hit.start and e.name][-1:]
        held = after(doc, i, portfolio.end(), hi, None, reach=30)
        held = [e for e in held if e.type == "organization" and e.name]
        if owner and held:
            return Reading(hit, kind, roles(kind, owner, held), status="completed")
    if hit.trigger.voice == "stake" and _majority(doc, hit, lo, hi):
        kind = "acquisition"  # "bought a majority stake in X": control is a purchase
    # "entre au capital de Lumora"; "poured $250 million in equity into Slack"
    into = (
        _OF
        if word.endswith(" capital")
        else _INTO
        if hit.trigger.voice == "pour"
        # "are both expected to commit £5m to the firm", "pledged $50 million to X"
        else _TO
        if word.startswith(("commit", "pledg", "contribut"))
        else IN
    )
    reach = 32 if noun else 200 if into is _INTO else 120
    priced = [m for m in doc.of_type(i, "money") if noun and 0 < m.start - hit.end <= 5]
    if priced:
        reach = max(reach, priced[0].end - hit.end + 40)  # "an investment of Rs 43,574 crore by"
    if noun and (size := _SHARE_SIZE.match(doc.lowered, hit.end, hi)):
        reach += size.end() - hit.end  # "une participation indirecte d'un peu plus de 10 %"
    investee = after(doc, i, hit.end, hi, into, mark_reach=reach, reach=35, head=True)
    givers = after(doc, i, hit.end, hi, _BY_FROM, reach=4, mark_reach=8) if noun else []
    if givers and not investee:
        # "the investments from Orbital Systems and Kestrel Labs into Lumora"
        investee = after(doc, i, givers[-1].end, hi, into, mark_reach=8, reach=35, head=True)
    if not investee and not noun:
        # "investing $1bn in artificial intelligence research organisation OpenAI": a
        # longer descriptor, lowercase words only
        far = after(doc, i, hit.end, hi, into, mark_reach=reach, reach=70, head=True)
        marker = into.search(doc.lowered, hit.end, far[0].start) if far else None
        if marker and _DESCRIPTOR.fullmatch(doc.lowered, marker.end(), far[0].start):
            investee = far
    investee = [
        e
        for e in investee
        if e.type == "organization"
        # "other existing investors such as Softbank Group will also participate": investors
        and not _INVESTORS_LISTED.search(doc.lowered, max(lo, e.start - 40), e.start)
    ]
    if word.startswith(("commit", "pledg", "contribut")) and (
        not any(
            hit.end <= m.start and (not investee or m.end <= investee[0].start)
            for m in doc.of_type(i, "money")
        )
        or _GIFT.search(doc.lowered, hit.start, investee[-1].end + 30 if investee else hi)
    ):
        # "it was committed to completing the deal with Unity": no money pledged; "pledged
        # $5 million to the Red Cross", "to Stanford University", "to a new fund": gifts
        # and commitments to funds, no stake in a company
        return None
    into = IN.search(doc.lowered, hit.end, min(hi, hit.end + 24))
    if not investee and into and not noun:
        # "has invested in companies such as Spotify, Slack and Zoom": each of them
        investee = after(doc, i, into.end(), hi, _SUCH_AS, mark_reach=60, reach=30)
        investee = [
            e
            for e in investee
            if e.type == "organization"
            and not _INVESTORS_LISTED.search(doc.lowered, max(lo, e.start - 40), e.start)
        ]
    if not investee and not noun and (investee := _in_which(doc, i, hit.start)):
        # "OpenAI, in which Microsoft has invested": the relative clause's subject invests
        which = investee[0].end
        investor = [e for e in ents_between(doc, i, which, hit.start) if e.name][:1]
        return Reading(hit, kind, roles(kind, investor, investee)) if investor else None
    injected = _INJECTED_SUM.match(doc.lowered, hit.end) is not None  # not "de son vaccin"
    if not investee and word in ("injection", "capital injection") and injected:
        # "a quadruplé sa valeur après l'injection de 227 millions de nouveaux capitaux
        # provenant du fonds OMERS": an injection is the subject's
        investors = after(doc, i, hit.end, hi, _FROM_SOURCE, mark_reach=90, reach=40)
        company = [e for e in subj() if e.type == "organization" and e not in investors]
        if investors and company:
            return Reading(hit, kind, roles(kind, investors, company[:1]), status="completed")
    if not investee and noun and _RECEIVED.search(doc.lowered, max(lo, hit.start - 50), hit.start):
        # "OpenAI received an unconventional corporate investment from Microsoft"
        investors = after(doc, i, hit.end, hi, FROM_ONLY, mark_reach=30, reach=30)
        if not investors and priced:
            # "un investissement de 70 millions d'euros du fonds américain General Catalyst"
            investors = after(doc, i, priced[0].end, hi, _FROM_OF, mark_reach=8, reach=30)
        if investors and subj():
            return Reading(hit, kind, roles(kind, investors, subj()), status="completed")
    if (
        not investee
        and word in ("investment", "investissement")
        and cues.LED_BY.match(doc.lowered, hit.end)
    ):
        # "closing in on a $500 million investment led by Tiger Global": a round
        as_round = hit.trigger._replace(kind="funding_round", voice="round")
        return funding(doc, replace(hit, trigger=as_round), lo, hi, subj)
    if not investee or (
        word.startswith("contribut")
        and (
            not _TO_NAMED.search(doc.lowered, hit.end, investee[0].start)
            or _ITS_RESULTS.match(doc.lowered, investee[0].end)
        )
    ):
        # "will contribute $2 billion to revenue, Orbital said": no company given money
        return None
    body = doc.lowered
    # "entre au capital de Qonto, aux côtés de DST Capital": DST Capital invests too
    along = [e for e in investee if _ALONGSIDE.search(body, max(lo, e.start - 24), e.start)]
    investee = [e for e in investee if e not in along]
    # "the initial investment Microsoft made in OpenAI": the one who made it
    made = [
        e
        for e in doc.ents(i)
        if e.name
        and e.start > hit.end
        and _THAT_GAP.fullmatch(body, hit.end, e.start)
        and _MADE.match(body, e.end)
    ]
    # "an investment of Rs 43,574 crore by Facebook into Jio Platforms"
    by = after(doc, i, priced[0].end, hi, BY, mark_reach=6, reach=30) if priced else []
    if noun and not by:
        # "the investment by Amazon in Anthropic", "the prior investments from Amazon and
        # Google into Anthropic": the givers between the noun and the company
        by = [
            e
            for e in after(doc, i, hit.end, hi, _BY_FROM, mark_reach=8, reach=4)
            if e.end <= investee[0].start and e.type in ("organization", "person")
        ]
    investor = (
        made[:1]
        or by
        or possessor(doc, i, lo, hit.start)
        or _apposed(doc, i, lo, hit.start)
        or subj()
    )
    return Reading(hit, kind, roles(kind, investor + along, investee))


_FROM_OF = marker(r"from|de la part de|de|du|des|d['’]")
# "contribute $200 million to Lumora's annual revenue": to its results, not to it
_ITS_RESULTS = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:revenue|revenues|sales|earnings|profit|profits|growth|"
    r"results|income|ebitda|turnover|margin|margins)(?![\w-])"
)
_BY_FROM = marker(r"by|from|de la part de|de la part d['’]")
# "contribute €120 million to Mistral AI", "to the French startup Mistral"
_TO_NAMED = re.compile(r"(?<![\w-])to\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}$")
_INJECTED_SUM = re.compile(
    r"\s+(?:de|d['’]|of)\s*(?:[$€£]\s?)?[\d.,]+\s*(?:millions?|milliards?|billion|million|m|bn)"
)
_FROM_SOURCE = marker(
    r"from|de la part de|de la part d['’]|provenant (?:principalement )?d(?:e|u|es)"
)
_THAT_GAP = re.compile(r"\s+(?:that\s+|which\s+)?")
_MADE = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:made|makes|a réalisé|a fait)(?![\w-])")


# (no preposition: not "in a joint venture with private equity firm KKR")
_DESCRIPTOR = re.compile(
    r"\s*(?:(?:an?|the)\s+)?"
    r"(?:(?!(?:with|of|for|to|and|or|by|from|in|on|at|as|avec|et|de|du|des)\s)[a-z][\w-]*\s+){1,6}"
)


# The size of a stake between the noun and its company: "a 10% stake in",
# "une participation indirecte d'un peu plus de 10 pour cent dans".
_SHARE_SIZE = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:of|de|d['’])\s*(?:[\w'’]+\s+){0,4}?\d[\d.,]*\s*"
    r"(?:%|per cent|percent|pour cent|pour-cent)"
)


# The company that receives the investment is the subject: "OpenAI received an investment
# from Microsoft", "a obtenu un investissement de".
_RECEIVED = re.compile(
    r"(?<![\w-])(?:receiv\w+|got|gets|secur\w+|obtain\w+|land\w*|attract\w+|won|wins|"
    r"announc\w+|unveil\w*|disclos\w+|reçu|reçoit|obtenu|obtient|décroché|bénéficie|"
    r"bénéficié|annonc\w+|a annoncé)(?![\w-])"
)


def _in_which(doc: Doc, i: int, pos: int) -> list[Ent]:
    """ "OpenAI LLC, in which Microsoft has reportedly invested": the antecedent."""
    start = doc.sentences[i].start
    which = _IN_WHICH.search(doc.lowered, max(start, pos - 120), pos)
    if which is None or ";" in doc.lowered[which.end() : pos]:
        return []
    before = [e for e in doc.ents(i) if e.end <= which.start() and e.name]
    if "," in doc.lowered[which.end() : pos]:
        return []  # "Stripe, in which Sequoia owns a stake, said it had invested": outside it
    if not before or before[-1].type != "organization":
        return []
    gap = before[-1].end
    suffix = LEGAL_SUFFIX.match(doc.body, gap)
    return before[-1:] if (suffix.end() if suffix else gap) == which.start() else []


_IN_WHICH = re.compile(r",\s+(?:in which|into which|dans laquelle|dans lequel|in whom)\s+")


_LISTING_OF = marker(r"of|for|by|de|d['’]|du")
_NAME_GAP = re.compile(r"\.?(?:,?\s+(?:Inc|Corp|Ltd|plc|SA|AG|NV|Co)\.?)?\s+")


_ON_EXCHANGE = marker(r"on|sur")


_PLANNED = re.compile(
    r"(?<![\w-])(?:its|their|son|sa|leur|plans?|planned|planning|prepares?|preparing|files? for|"
    r"filed for|filing for|launch\w*|prépare|envisage|possible|potential|upcoming|éventuelle|"
    r"prochaine|future)\s+(?:[\w-]+\s+){0,3}$"
)


def listing(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """A company's shares offered on a stock market ("CoreWeave's IPO", "an IPO for
    LinkedIn", "Uber ... ahead of its planned IPO"), with the exchange it lists on."""
    i, body = hit.i, doc.lowered
    issuer = (
        possessor(doc, i, lo, hit.start)
        or [
            e
            for e in after(doc, i, hit.end, hi, _LISTING_OF, reach=30, mark_reach=8)
            if not (e.name and cues.EXCHANGE.search(e.name))  # "en Bourse de Paris"
        ]
        # "the $713-million Astera Labs Inc. offering": the name right before the noun
        or [e for e in doc.ents(i) if _NAME_GAP.fullmatch(doc.body, e.end, hit.start)][-1:]
    )
    if not issuer and _PLANNED.search(body, max(lo, hit.start - 40), hit.start):
        # "Uber CEO Dara Khosrowshahi has made ... a priority ahead of a planned IPO": Uber's
        issuer = [(employer(doc, i, e) or e) if e.type == "person" else e for e in subj()]
    issuer = [e for e in issuer if e.type == "organization" and e.name][:1]
    if not issuer or cues.EXCHANGE.search(issuer[0].name):
        return None
    exchange = after(doc, i, hit.end, hi, _ON_EXCHANGE, reach=8, mark_reach=40)
    hosts = [(e, "host") for e in exchange if e.name and cues.EXCHANGE.search(e.name)]
    return Reading(hit, "other", [(issuer[0], "other"), *hosts])


# "buy $300 million worth of Orbital shares", "about USD 308.5 million of stock"
_SUM_BEFORE = re.compile(
    r"\s+(?:(?:up to|about|some|nearly|around|roughly|approximately|another|an additional)\s+)?"
)
_WORTH_OF = re.compile(r"\s+(?:worth\s+)?(?:of|in)\s+")
_SHARES_AT = re.compile(
    r"(?:['’]s?)?\s+(?:new\s+|common\s+|ordinary\s+|preferred\s+|class [a-z]\s+)?"
    r"(?:shares|stock)(?![\w-])"
)
_SHARES_NOW = re.compile(
    r"(?:new\s+|common\s+|ordinary\s+|preferred\s+|class [a-z]\s+)?(?:shares|stock)(?![\w-])"
)


# "Those already committed to buy shares include Apple, Google and Nvidia": the buyers
_SHARES_INCLUDE = re.compile(
    r"\s+(?:(?:its|the|new)\s+)*(?:shares|stock)\s+(?:in the (?:ipo|offering|listing)\s+)?"
    r"(?:include|includes|included|are|were)\s+"
)


def share_buyers(doc: Doc, hit: Hit, hi: int) -> Reading | None:
    """ "Those already committed to buy shares include Apple, Google and Nvidia": the
    names listed buy shares of the company the article is about."""
    listed = _SHARES_INCLUDE.match(doc.lowered, hit.end)
    if listed is None:
        return None
    buyers = [e for e in after(doc, hit.i, listed.end(), hi, None, reach=5) if e.name]
    if not buyers:
        return None
    company = _company_told(doc, hit.i, {e.name for e in buyers})
    return Reading(hit, "investment", roles("investment", buyers, company[:1]))


def shares_worth(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """ "Lumora agreed to buy $300 million worth of Orbital shares", "cornerstone
    investors who agreed to buy about USD 308.5 million worth of stock": a sum's
    worth of a company's shares (the company the article is about when unnamed) is
    a stake bought, no takeover."""
    i, body = hit.i, doc.lowered
    for m in doc.of_type(i, "money"):
        if m.start <= hit.end or not _SUM_BEFORE.fullmatch(body, hit.end, m.start):
            continue
        of = _WORTH_OF.match(body, m.end, hi)
        if of is None:
            return None
        owner = [
            e
            for e in doc.ents(i)
            if e.start == of.end()
            and e.type == "organization"
            and e.name
            and _SHARES_AT.match(body, e.end)
        ]
        if not owner and not _SHARES_NOW.match(body, of.end()):
            return None
        buyers = subj()
        owner = owner or _company_told(doc, i, {e.name for e in buyers})
        return Reading(hit, "investment", roles("investment", buyers, owner[:1]))
    return None


_BEING = re.compile(r"(?<![\w-])(?:is|are|was|were|been|remains|be|being)\s+$")


def listed(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """ "Bytes Technology has listed on the LSE and JSE", "went public in 2015", "The
    shares of Prosus will be listed on the A2X market": the subject's shares listed."""
    if _BEING.search(doc.lowered, max(lo, hit.start - 12), hit.start):
        return None  # "Halberd, which is listed on the Nasdaq": where it trades, no listing
    if _RELATIVE_BEFORE.search(doc.lowered, max(lo, hit.start - 16), hit.start):
        return None  # "Kestrel, which went public in 2015, acquired Lumora": background
    exchange = after(doc, hit.i, hit.end - 3, hi, _ON_EXCHANGE, reach=8, mark_reach=8)
    if (
        hit.word.endswith(" on")
        and not any(e.name and cues.EXCHANGE.search(e.name) for e in exchange)
        and not _A_MARKET.match(doc.lowered, hit.end)
    ):
        return None  # "the phone debuted on Monday", "listed on the S&P 500 index"
    issuer = [e for e in subj() if e.type == "organization" and e.name][:1]
    if not issuer or cues.EXCHANGE.search(issuer[0].name):
        return None
    if _NOT_ITS_SHARES.search(doc.lowered, issuer[0].end, hit.start):
        return None  # "BlackRock's bitcoin ETF began trading", "Orbital's bonds began trading"
    hosts = [(e, "host") for e in exchange if e.name and cues.EXCHANGE.search(e.name)]
    return Reading(hit, "other", [(issuer[0], "other"), *hosts])


def spin_off(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """A company made independent of its parent: "Kyndryl completed its spin-off from
    IBM", "IBM's spin-off of Kyndryl", "IBM spun off Kyndryl", "Kestrel is a spin-off of
    Zentrix": the new company (a listing's issuer) and the parent that sells it off."""
    i, body = hit.i, doc.lowered
    nominal = hit.word in ("spin-off", "spinoff", "spin-offs")
    if _DESCRIBED_BEFORE.search(body, max(lo, hit.start - 40), hit.start):
        # "Lumora, a spin-off from Zentrix,", "Lumora, which was spun off from Kestrel in
        # 2015, raised", "which it will spin off": a description, not the sentence's deal
        return None
    left = after(doc, i, hit.end, hi, _SPUN_FROM, reach=40, mark_reach=60)  # "from IBM"
    if nominal and _COPULA.search(body, max(lo, hit.start - 16), hit.start):
        # "Kestrel is a spin-off of Zentrix": the subject was spun off
        child = subj()
        parent = after(doc, i, hit.end, hi, _SPUN_OF, reach=4, mark_reach=12) or left
    elif left and _SPUN_FROM.match(body, hit.end + 1):  # "its spin-off from IBM"
        parent, child = left[:1], possessor(doc, i, lo, hit.start) or subj()
    else:
        child = after(doc, i, hit.end, hi, _SPUN_OF, reach=4, mark_reach=12)
        if not child and not nominal:
            # "spun off its cloud unit Lumora Cloud" (not "spin off its cloud unit and has
            # hired Goldman Sachs": the name after a new verb)
            child = [
                e
                for e in after(doc, i, hit.end, hi, None, reach=30)
                if _OBJECT_GAP.fullmatch(body, hit.end, e.start)
            ]
        parent = left or possessor(doc, i, lo, hit.start) or subj()
    child = [e for e in child if e.type == "organization" and e.name][:1]
    parent = [e for e in parent if e.type == "organization" and e.name][:1]
    if not (child and parent) or child[0].name == parent[0].name:
        return None
    return Reading(hit, "other", [(child[0], "other"), (parent[0], "seller")])


_SPUN_FROM = marker(r"from|de|d['’]")
_SPUN_OF = marker(r"of|off|de|d['’]|du")
_DESCRIBED_BEFORE = re.compile(
    r"(?:,\s+(?:an?|the|une?)\s+(?:[\w-]+\s+)?|(?<![\w-])(?:which|that|who|qui)\s+"
    r"(?:[\w-]+\s+){0,3})$"
)
_COPULA = re.compile(r"(?<![\w-])(?:is|was|est|était)\s+(?:an?|une?)\s+(?:[\w-]+\s+)?$")
_OBJECT_GAP = re.compile(r"\s+(?:(?!and|et|has|have|had|a|with|to)[\w-]+\s+){0,4}")


_NOT_ITS_SHARES = re.compile(
    r"(?<![\w-])(?:etfs?|fund|funds|bonds?|notes|tokens?|coins?|futures|options|warrants)(?![\w-])"
)
_A_MARKET = re.compile(r"\s*(?:the\s+)?(?:[\w&.-]+\s+){1,3}(?:market|exchange|board)(?![\w-])")
_RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:which|that|who|qui)\s+(?:[a-z]+\s+){0,1}$")


def _apposed(doc: Doc, i: int, lo: int, pos: int) -> list[Ent]:
    """ "DST Capital, un fonds russe investi dans ...", "Accel, a fund that has invested
    in": the name an apposition with the participle describes."""
    found = _APPOSITION.search(doc.lowered, max(lo, pos - 70), pos)
    if found is None:
        return []
    return [e for e in doc.ents(i) if e.end == found.start() and e.name][:1]


def backers(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """The investors a company is backed by."""
    i = hit.i
    # "Anthropic was funded by companies including Google, Salesforce and Zoom",
    # "Sorare est soutenu par des investisseurs comme Gerard Piqué"
    investors = after(doc, i, hit.end, hi, _BACKERS, mark_reach=90, reach=40) or after(
        doc, i, hit.end, hi, None, reach=40
    )
    investee = [e for e in subj() if e.type == "organization" and e.name]
    if not (investors and investee):
        return None
    if _DEAL_BACKED.search(doc.lowered, max(lo, hit.start - 40), hit.start):
        return None  # "a $55 billion deal announced Monday that's backed by": the deal's
    return Reading(hit, "investment", roles("investment", investors, investee))


# A deal, not a company, backed: "in a deal that's backed by", "an offer backed by"
_DEAL_BACKED = re.compile(
    r"(?<![\w-])(?:deal|offer|bid|buyout|takeover|transaction|acquisition)\s+"
    r"(?:(?:[\w'’]+\s+){0,3}(?:that|which)(?:['’]s|\s+is|\s+was|\s+are|\s+were)?\s+)?$"
)


def backs(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """ "Kestrel has previously backed startups like Soylent, Coinbase and Airbnb":
    the subject invests in each company named as the verb's object."""
    portfolio = _BACKED_KIND.match(doc.lowered, hit.end)
    if portfolio is None and hit.word in ("has backed", "have backed", "had backed"):
        # "Microsoft has backed OpenAI": a company backed, as its investor (not "has backed
        # Lumora in the dispute", "has backed Orbital's offer")
        direct = after(doc, hit.i, hit.end, hi, None, reach=2)
        if direct and not _SUPPORTED.match(doc.lowered, direct[-1].end):
            investors = [e for e in subj() if e.name and e.type == "organization"]
            investees = [e for e in direct if e.type == "organization" and e.name]
            if investors and investees and not _POSSESSED.match(doc.lowered, investees[-1].end):
                return Reading(hit, "investment", roles("investment", investors, investees))
        return None
    if portfolio is None:
        return None  # "Elliott backed the sale", "backed out of", "backed Lumora in the dispute"
    investors = [e for e in subj() if e.name]
    investees = after(doc, hit.i, portfolio.end(), hi, None, reach=5)
    investees = [e for e in investees if e.type == "organization" and e.name]
    if not (investors and investees) or _POSSESSED.match(doc.lowered, investees[-1].end):
        return None  # "the board backed Microsoft's offer": a deal backed, not a company
    return Reading(hit, "investment", roles("investment", investors, investees))


_POSSESSED = re.compile(r"['’]s?\s")
# Support, not money: "backed Lumora in the dispute", "backed X against", "backed X's bid".
_SUPPORTED = re.compile(r"\s+(?:in (?:its|their|the)|against|over|on|for|as|to)\s|['’]")


# What an investor backed: "startups like", "companies such as", "the likes of".
_BACKED_KIND = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:startups|start-ups|companies|firms|businesses|ventures|names)\s+"
    r"(?:like|such as|including)\s+|\s+(?:[\w-]+\s+){0,2}?the likes of\s+"
)


def take(doc: Doc, hit: Hit, lo: int, hi: int, subj: Lazy) -> Reading | None:
    """A stake taken ("took a 10% stake in X") or held ("possédait déjà 23 % de X")."""
    i, body = hit.i, doc.lowered
    if _PRIVATE.match(body, hit.end) and is_passive(doc, hit, hi):
        # "Electronic Arts could be taken private in a $55 billion deal that's backed by
        # A, B and C": bought by those named after "by"
        buyers = after(doc, i, hit.end, hi, BY, reach=40, mark_reach=100)
        target = [e for e in subj() if e.type == "organization" and e.name]
        if buyers and target:
            return Reading(hit, "acquisition", roles("acquisition", buyers, target))
    target = after(doc, i, hit.end, hi, None, reach=3)
    if target and _PRIVATE.match(body, target[-1].end):
        # "Thoma Bravo will take Proofpoint private": a buyout
        return Reading(hit, "acquisition", roles("acquisition", subj(), target))
    # "avoir pris environ 11% du capital de la start-up", "took a 10% stake in X"
    if not cues.STAKE.search(body, hit.end, min(hi, hit.end + 40)):
        return None
    investee = after(doc, i, hit.end, hi, IN, reach=35) or [
        e
        for e in doc.ents(i)
        if hit.end <= e.start < hi
        and e.type == "organization"
        and (
            cues.CAPITAL_OF.search(body, max(lo, e.start - 20), e.start)
            # "Eutelsat possédait déjà 23 % de OneWeb", "owns 10% of Lumora"
            or _PERCENT_OF.search(body, max(lo, e.start - 20), e.start)
        )
    ]
    if not investee and _BARE_CAPITAL.search(body, hit.end, min(hi, hit.end + 40)):
        # "KKR avait pris 20% du capital en 2016": the capital of the company told of
        investee = _company_told(doc, i, {e.name for e in subj()})
    if not investee:
        return None
    kind = "acquisition" if _majority(doc, hit, lo, hi) else "investment"
    return Reading(hit, kind, roles(kind, subj(), investee[:1]))


def _company_told(doc: Doc, i: int, taken: set) -> list[Ent]:
    """The company the article is about, when the sentence does not name it: the
    one it names most, else the one company of the nearest sentence before that
    names one (not the subject's)."""
    name = doc.most_named(i, [])
    start = doc.sentences[i].start
    if name and name not in taken:
        return [Ent(start, start, name, "organization", coref=True)]
    for back in range(i - 1, max(-1, i - 4), -1):
        names = {
            e.name
            for e in doc.plain_ents(back)
            if e.type == "organization" and e.name and e.name not in taken | doc.media
        }
        if len(names) == 1:
            return [Ent(start, start, names.pop(), "organization", coref=True)]
        if names:
            return []
    return []


def _majority(doc: Doc, hit: Hit, lo: int, hi: int) -> bool:
    """ "a majority stake", "une participation de 51 %", "took a 60% stake": control."""
    return bool(cues.MAJORITY.search(doc.lowered, max(lo, hit.start - 25), min(hi, hit.end + 15)))
