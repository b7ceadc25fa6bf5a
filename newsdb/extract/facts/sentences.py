"""Sentences and clauses for fact extraction (``facts.py``).

:class:`Text` cuts an article into sentences, files its mentions under them
and says where the clause around a word starts and ends, and where a
relative clause ("X, which ...", "X, qui ...") begins.  Who "the company"
or "it" is comes on top of it, in ``coref.Doc``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.normalize import word_set
from newsdb.extract.text.word_lists import PLACES

_ABBREV = word_set(
    """
    mr mrs ms dr st inc corp co ltd jr sr vs no prof gen sen rep mme mlle me m jan feb mar
    apr jun jul aug sep sept oct nov dec etc approx est dept fig
    """
)
_BOUNDARY = re.compile(
    r"[.!?]+[\"»”’)\]]*[ \t\u00a0]+(?=[«\"“‘(•–-]?[ \u00a0]?[A-ZÀ-ÖØ-Þ0-9])"
    r"|…[ \t\u00a0]+(?=[A-ZÀ-ÖØ-Þ][\w’']*[a-zà-ÿ])"
    # "the best of Silicon Valley.With help from": paragraphs glued by the scraper
    r"|(?<=[a-zà-ÿ]{3})\.(?=[A-Z][a-z]+[ ,])"
    # "... Three UK.The CMA approval", "in June 2023.In January": the same after a
    # capital or a digit (not the initials of "J.P.Morgan": one letter before the stop)
    r"|(?<=[A-Z0-9)%]{2})\.(?=(?:The|In|It|On|At|As|By|For|From|After|Following|This|That|"
    r"These|Its|Their|A|An|But|And|However|Meanwhile|According|Le|La|Les|L['’]|En|Il|Elle|"
    r"Selon|Dans|Depuis|Après)[ ,])"
)
_PUNCT = re.compile(r"[.!?…]")
_LAST_WORD = re.compile(r"([\w.]+)$")
_LEADING = " \t\u00a0#*->•"

INTRO = re.compile(
    r"(?:\s*(?:according to|as reported by|citing|in addition to|in|during|after|before|on|at|for|"
    r"pour|dans|"
    r"fondée?s?|founded|créée?s?|established|launched|spun out|based|basée?s?|née?s?|"
    r"including|y compris|"
    r"lors|après|avant|au|aux|en|depuis|like|unlike|as|while|since|à|with|avec|selon|"
    r"sollicités? par|d['’]après|contacted by|asked by|interrogée?s? par|despite|malgré|"
    r"following|amid|under|earlier|last|this|récemment|recently|meanwhile|however|"
    r"cependant|pourtant|toutefois|by|par"
    # "Taking on its closest rival Nvidia while ..., chip giant AMD said": an opening
    # participle (not "Beijing", "Boeing", "Kunming" opening the sentence)
    r"|[a-z]{2,}(?<!jing)(?<!eing)(?<!ming)ing\s+(?:on|up|to|the|a|an|its|their|his|her|in|"
    r"for|with|out|off|over|into|advantage|aim|note|stock)"
    # "deux ans après une ronde record de 137 millions $,", "Two years after its IPO,"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|un|une|deux|"
    r"trois|quatre|cinq|six|sept|huit|neuf|dix|quelques)\s+"
    r"(?:ans|années|mois|semaines|jours|years|months|weeks|days)\s+"
    r"(?:après|avant|plus tard|after|before|later)"
    r")\b[^,;]{0,120},\s*)+",  # one opening phrase after another: "En 2019, deux ans après"
)
_STRONG = re.compile(
    r";|[–—](?=\s)|,\s+(?:while|whereas|but|and|although|though|tandis que|alors que|mais|"
    r"et|bien que|when|where|quand|lorsque|so(?!\s+far)|because|car|puisque)\s"
    r"|(?P<with>,\s+(?:with|avec)\s+)"  # a clause only before a name: ", with Microsoft investing"
    # a French colon opening a clause: "communiquée à Criteo mercredi : la Cnil sanctionne"
    r"|(?<=\s):\s+(?=(?:la|le|les|un|une|des)\s|l['’])"
)
# A finite verb right after a name: the name is a clause's subject.
# "Orbital a racheté Lumora, cédé Brindle": participles sharing one auxiliary (the
# auxiliary, an adverb maybe, the participle)
AUX_PARTICIPLE = r"\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|it|u)(?![\w-])"
_ACTIVE_PARTICIPLE = re.compile(rf"(?<![\w-])(?:a|ont|avait|avaient){AUX_PARTICIPLE}")
# A headline's or a roundup's verb after a name: "Drivy cédé pour la même somme à
# Getaround", "Jupiter gets $86 million", "Teachmint acquires Airlearn".
HEADLINE_VERBS = (
    r"[a-zéè]+(?:é|ée|és|ées)|vendue?s?|acquise?s?|lève|lèvent|rachète|acquiert|cède|vend|"
    r"gets|raises|acquires|buys|secures|lands|sells|snaps|invests|bags|nabs"
)
_BARE_PARTICIPLE = re.compile(r"\s+[a-zéè]+(?:é|ée|és|ées|u|ue|is|ise)\s")
_FINITE = re.compile(
    r"\s+(?:a|ont|avait|avaient|va|vont|vient|has|had|have|was|were|is|are|will|would|paid|"
    rf"bought|sold|took|made|won|agreed|[a-z]+ed|reprise?s?|{HEADLINE_VERBS})\s"
)
_AUXILIARY = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would)\s+[a-z]")
_AUXILIARY_WORD = re.compile(r"(?<![\w-])(?:has|have|had|is|are|was|were|will|would)\s")
# Deal nouns that name their counterparty with "with": "an agreement ... with X".
_WITH_NOUN = re.compile(
    r"(?<![\w-])(?:agreement|deal|partnership|talks|accord|partenariat|discussions?|"
    r"négociations?)(?![\w-])"
)
_WITH_WORD = re.compile(r"(?<![\w-])(?:with|avec)(?![\w-])")
# ", with Microsoft investing billions": a name then a participle, a clause of its own;
# ", with Kestrel Capital as financial adviser": a name and its role, too.
ABSOLUTE = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:[a-z]+ing\b|as\s|comme\s)")
_STRONG_WORD = re.compile(
    r"(?<=\s)(?:while|whereas|tandis que|alors que)(?=\s)"
    # "rejected AppLovin's offer and said it would go ahead with its purchase of X": a new
    # verb of saying starts a clause of its own
    r"|(?<=\s)and(?=\s+(?:said|says|added|announced|told)\s+(?:it|they|that)\s)"
)
_RELATIVE = re.compile(
    r"(?<=\s)(?P<rel>which|who|whom|qui|dont|lequel|laquelle)\s+(?P<next>[\w'’]+)"
)
# "Snapchat Inc., which"; "Porter, an on-demand goods transport agency, which": an
# apposition between the name and its relative
_BEFORE_RELATIVE = re.compile(
    r"\.?,?\s+|,\s+(?:an?|the|une?|l['’]|le|la)\s+[^,;:.()\d\"“”]{1,70},\s+"
    r"|\s+[—–]\s+"  # "Anthropic — which had raised $1.1 billion —"
)
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bet)\s+$")
_AGENTIVE = re.compile(
    # "the announcement by Moniepoint": who announces is the topic, not an agent
    r"(?<![\w-])(?:(?:(?<!announcement )(?<!statement )by|par|from|auprès de|auprès du|"
    r"auprès des|including|dont|such as|"
    r"alongside|aux côtés de|with participation from|participation de|participation of)\s+"
    r"|(?:auprès d|aux côtés d|participation d)['’]\s*)"
    # the list goes on: "auprès d'Airbus Ventures, du fonds Expansion et de ..."
    # (a clause word ends it: "a ruling from January that Orbital had violated"; a gerund
    # of speech or purchase too: "responded by saying Microsoft was", "by acquiring X")
    r"(?:(?!(?:that|which|who|whom|whose|where|when|while|because|qui|que|lorsque|quand|"
    r"saying|stating|claiming|arguing|acquiring|buying|purchasing)\s)"
    r"[\w'’-]+(?:,(?=\s+(?:du|de|des|d['’]|et|and|the|le|la|les)\b))?\s+){0,5}$",
)
# "according to a Tuesday report by The Wall Street Journal", "told Reuters",
# "selon Les Echos": who reports the news is not a party to it.
_SOURCE = re.compile(
    r"(?<![\w-])(?:according to|as reported by|reported by|(?:as )?noted by|"
    r"report(?:s|ed)? (?:by|from|in)|told|"
    r"citing|cited by|quoted by|selon|d['’]après|rapporté par|a rapporté|rapporte|"
    r"fournie par|provided by|information from|photo by|photo:|crédit photo|"
    r"(?:said|told|confirmed|declined to comment)\s+(?:to|in a statement to)"
    # ", relèvent Les Échos", ", précise La Tribune": the French inverted attribution
    r"|(?<=, )(?:relève|relèvent|rapportent|précise|précisent|révèle|révèlent|écrit|"
    r"écrivent|souligne|soulignent))"
    r"(?:\s+(?:a|an|the|le|la|les|l['’]|des|du|de|un|une)?\s*(?:[\w.()-]+\s+){0,4}?"
    r"(?:reports?|story|article|interview|statement|report|by|from|in|of|de|du|des)?)?\s*"
)
# "Foss Patents reports that", "which the WSJ reports included", "Bloomberg reported
# Tuesday, citing": who reports the news is not a party to it.
_REPORTS = re.compile(
    # "a Recode report that it's closing in on", "a Bloomberg story said"
    r"\s+(?:report|story|article|scoop)\s+(?:that|said|says)\b|"
    # "Sky News has learnt that Revolut will announce", "a appris que"
    r"\.?\s+(?:reports|reported|writes|wrote|(?:has|have|had)\s+learn(?:ed|t)|learns|a appris)"
    r"(?:\s+(?:on\s+)?\w+day|\s+earlier|\s+(?:last|this|earlier this)\s+(?:week|month))?"
    # (not a company reporting on itself: "Lumora reports that it raised")
    r"(?:,|\s+that\b(?!\s+(?:it|its|they|their)\b)|(?=\s*[.!?](?:\s|$))"
    r"|\s+(?:included|includes|citing)\b|(?<=appris)\s+qu(?:e\b|['’]))"
)
_SOURCE_WORD = re.compile(
    r"(?<![\w-])(?:according|reported|reports?|noted|told|citing|cited|quoted|selon|d['’]après|rapport\w*|"
    r"fournie|provided|information|photo|crédit|said|confirmed|declined|relève|relèvent|"
    r"précise|précisent|révèle|révèlent|écrit|écrivent|souligne|soulignent)(?![\w-])"
)
AGENT_WORDS = (
    "by",
    "par",
    "from",
    "auprès",
    "including",
    "dont",
    "alongside",
    "participation",
    "such as",
    "aux côtés",
)
_AGENT_WORD = re.compile(rf"(?<![\w-])(?:{'|'.join(AGENT_WORDS)})(?![\w-])")
_SUBJECT_PRONOUNS = word_set("it he she they il elle ils elles on")


@dataclass(slots=True)
class Ent:
    """An organization or person in a sentence: a mention, or an anaphor with
    the name it resolves to (``None`` when unresolved)."""

    start: int
    end: int
    name: str | None
    type: str  # "organization" | "person"
    coref: bool = False
    agentive: bool = False  # after "by", "led by", "mené par": never a subject


@dataclass
class Sentence:
    start: int
    end: int
    mentions: list[Mention]
    _ents: list[Ent] | None = None
    _plain: list[Ent] | None = None
    _cuts: list[tuple[int, int]] | None = None
    _anchors: list[Ent] | None = None


def split_sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence: lines are cut at sentence punctuation
    followed by a capital, except after abbreviations and initials; leading
    Markdown markers and surrounding spaces are left out."""
    spans = []
    for offset, line in _lines(body):
        begin = 0
        for match in _boundaries(line):
            stop = match.start() + len(match.group().rstrip(" \t\u00a0"))
            if match.group()[0] == ".":
                word = _LAST_WORD.search(line, max(begin, match.start() - 24), match.start())
                if (
                    word
                    and _abbreviation(word.group(1))
                    # "une levée de 486 millions d'euros en série D. Les financeurs": a
                    # round's letter, no initial
                    and not _SERIES_LETTER.search(
                        line, max(begin, match.start() - 12), match.start()
                    )
                ):
                    continue
            spans.append((offset + begin, offset + stop))
            begin = match.end()
        spans.append((offset + begin, offset + len(line)))
    out = []
    for start, end in spans:
        while start < end and body[start] in _LEADING:
            start += 1
        while end > start and body[end - 1] in " \t\u00a0\r":
            end -= 1
        if end > start:
            out.append((start, end))
    return out


# A line wrapped mid-sentence; not a numbered list's next item ("2) The $341.92m acquisition").
_SOFT_WRAP = re.compile(r"(?<=[\w,’'%)])\n(?=[a-zà-ÿ(\d$€£])(?!\d{1,2}[).][ \t])")


def _lines(body: str):
    """(offset, text) of each line, a line wrapped in the middle of a sentence
    (no stop before the break, lower case after it) joined to the next."""
    offset = 0
    for line in _SOFT_WRAP.sub(" ", body).split("\n"):
        yield offset, body[offset : offset + len(line)]
        offset += len(line) + 1


def _boundaries(line: str):
    """_BOUNDARY matches, tried only where a stop, "!", "?" or "…" is."""
    after = 0
    for candidate in _PUNCT.finditer(line):
        if candidate.start() < after:
            continue
        match = _BOUNDARY.match(line, candidate.start())
        if match is not None:
            after = match.end()
            yield match


_SERIES_LETTER = re.compile(r"(?<![\w-])(?:series|série|serie|round)\s+[A-Ka-k]$", re.IGNORECASE)


def _abbreviation(word: str) -> bool:
    last = word.rsplit(".", 1)[-1]
    return (len(last) == 1 and last.isalpha()) or last.lower() in _ABBREV or "." in word


# "PARIS (Reuters) -", "Jan. 13 (UPI) --", "SUNNYVALE, Calif., Sept. 08, 2021
# (GLOBE NEWSWIRE) —", "BOSTON, July 7, 2025 /PRNewswire/ --": the wire's dateline
# opening a lede names no party.
_DATELINE = re.compile(
    r"(?:\([^()\n]{1,40}\)\s*)?"  # "(Actualisé avec précisions) PARIS, 26 avril (Reuters) -"
    # "(REUTERS, BLOOMBERG) -": two agencies
    r"(?:(?:(?:[^()\n.!?]|\.(?=[ ,]))(?:[^()\n]){0,70}?\s*)?\((?:[A-Za-z][\w.&’', -]{1,40})\)"
    # ("NEW YORK/LONDON, May 3 (Reuters) -": two towns; "/PRNewswire/" has no slash before)
    r"|(?:(?:[^()/\n.!?]|\.(?=[ ,]))(?:[^()/\n]){0,70}?\s*)?/[A-Za-z][\w.&’' -]{1,40}/)\s*"
    r"(?:--|-|—|–)(?:\s+|(?=[A-Z]))"
)
# "San Francisco : ", "NEW DELHI: ", "Bengaluru:": a town opening the lede, as Indian
# wires write their dateline.
_PLACE_COLON = re.compile(r"([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})\s?:\s+(?=[A-Z])")
# "By Nick Turner and Ian King", "Par Marie Dupont", "Photo: X/Reuters": bylines
# and credits name the writer, never a party.
_CREDIT = re.compile(
    r"(?:By|Par|Photo|Photos|Image|Credit|Crédit|Crédits|Source)\b[^.!?]{0,80}$"
    r"|(?:Reporting|Writing|Editing|Additional reporting)\s+by\b.{0,200}$"
)
_CREDIT_WORDS = ("By", "Par", "Photo", "Image", "Credit", "Crédit", "Source")
_CREDIT_WORDS += ("Reporting", "Writing", "Editing", "Additional")
_BYLINE_NAMES = re.compile(
    r"(?:By|Par)\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|and|et|de|van|von|,))*\s*$"
)


def _skip_credits(body: str, start: int, end: int) -> int:
    """Where the sentence [start, end) begins once a dateline is skipped; its
    end when the whole sentence is a byline or a photo credit."""
    if body.startswith(_CREDIT_WORDS, start):
        head = body[start:end]
        if _BYLINE_NAMES.fullmatch(head) or (
            _CREDIT.match(head) and not head.startswith(("By ", "Par "))
        ):
            return end
    place = _PLACE_COLON.match(body, start, end)
    if place is not None and place.group(1).lower() in PLACES:
        return place.end()  # "San Francisco : Taking on its closest rival", "NEW DELHI:"
    head = body[start : start + 90]
    if "(" not in head and "/" not in head:
        return start
    dateline = _DATELINE.match(body, start, end)
    if dateline is not None and len(dateline.group().split()) <= 12:
        return dateline.end()
    return start


# A legal form after a name: "OpenAI LLC", "Ubisoft SA", "Tesla, Inc.".
LEGAL_SUFFIX = re.compile(r",?\s+(?:Inc|Corp|Ltd|LLC|plc|SA|SAS|AG|GmbH|NV|BV|Co)\b\.?")
# What a company is called before its name: "logistics firm Celcius", "Facebook owner Meta"
DESCRIPTOR_NOUNS = (
    r"firm|company|startup|start-up|maker|provider|platform|developer|"
    r"group|giant|unit|subsidiary|operator|lender|bank|fintech|insurtech|specialist|outfit|"
    r"business|brand|chipmaker|designer|publisher|retailer|manufacturer|supplier|app|network|"
    r"marketplace|insurer|studio|lab|labs|automaker|carmaker|airline|carrier|broadcaster|"
    r"streamer|conglomerate|consultancy|vendor|distributor|foundry|rival|competitor|peer|"
    r"investor|billionaire|entrepreneur|tycoon|magnate|businessman|businesswoman|"
    # "Facebook owner Meta", "Google parent Alphabet": the owner is the party
    r"owner|parent|library|service|website|site|portal|tool"
)
_DESCRIBED_NAME = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{DESCRIPTOR_NOUNS})\s+(?:the\s+)?")
_POSSESSOR_GAP = re.compile(r"['’]s?\s+")
_LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|et|&))\s*")
_PRODUCT_USERS = re.compile(
    r"(?:\s+(?:and|or|et|ou)\s+[\w-]+)?\s+(?:users|owners|customers|buyers|subscribers|"
    r"devices|sales|shipments|utilisateurs|clients|abonnés|ventes)(?![\w-])"
)
_APP_BEFORE = re.compile(r"(?:app|application|service|startup|start-up|network|platform)\s+$")
_BUYING = re.compile(
    r"(?<![\w-])(?:acquir\w*|acquisition|bought|buys?|buying|takeover|purchas\w*|paid|rach\w+|"
    r"merg\w+|fusion|offer|offers|bid|bids|offre)(?![\w-])"
)


class Text:
    """An article's sentences with their mentions and clauses (``ents`` and
    the coreference behind it are in ``coref.Doc``)."""

    def __init__(
        self,
        body: str,
        mentions: list[Mention],
        owners: dict[str, str],
        media: frozenset[str] = frozenset(),
    ):
        self.body = body
        self.owners = owners
        self.media = media
        self.sentences: list[Sentence] = []
        ordered = sorted(mentions, key=lambda m: m.start)
        k = 0
        for start, end in split_sentences(body):
            start = _skip_credits(body, start, end)
            while k < len(ordered) and ordered[k].start < start:
                k += 1
            first = k
            while k < len(ordered) and ordered[k].end <= end:
                k += 1
            self.sentences.append(Sentence(start, end, ordered[first:k]))
        lowered = body.lower()
        if len(lowered) != len(body):  # "İ": keep such letters as they are
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in body)
        # The body in lowercase with the same offsets: what every
        # case-insensitive pattern runs on.
        self.lowered = lowered
        self._marks: list[list[tuple[str, int, int]]] | None = None
        self._subjects: dict[int, Ent | None] = {}
        self._relatives: dict[tuple[int, int, int], tuple | None] = {}
        self._not_modifier: dict[int, bool] = {}
        self._price_like: dict[tuple[int, int], bool] = {}

    def index_of(self, pos: int) -> int:
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].end <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def of_type(self, i: int, kind: str) -> list[Mention]:
        return [m for m in self.sentences[i].mentions if m.type == kind]

    def plain_ents(self, i: int) -> list[Ent]:
        """The sentence's organization and person mentions (no anaphors)."""
        sentence = self.sentences[i]
        if sentence._plain is None:
            body = self.lowered
            names = [
                m
                for m in sentence.mentions
                if m.type in ("organization", "person")
                or (m.type == "product" and self._company_like(m, sentence))
            ]
            # "led by X", "auprès de Y": only names shortly after such a word are agentive
            markers = self.agent_marks(i)
            sources = [w.start() for w in _SOURCE_WORD.finditer(body, sentence.start, sentence.end)]
            sentence._plain = [
                Ent(
                    m.start,
                    m.end,
                    m.name or m.text,
                    "organization" if m.type == "product" else m.type,
                    agentive=any(m.start - 48 <= at <= m.start for at in markers)
                    and bool(_AGENTIVE.search(body, max(sentence.start, m.start - 48), m.start)),
                )
                for m in names
                if not any(
                    m.start - 60 <= at < m.start and _SOURCE.fullmatch(body, at, m.start)
                    for at in sources
                )
                and not _REPORTS.match(body, m.end)
            ]
        return sentence._plain

    def _company_like(self, m: Mention, sentence: Sentence) -> bool:
        """ "Facebook Inc. agreed to acquire WhatsApp Inc.", "bought photo-sharing
        app Instagram": a product named as the company behind it, in a sentence
        about buying (an app is bought with its company; a model is not)."""
        if _PRODUCT_USERS.match(self.lowered, m.end):
            return False  # "in-app purchases made by UK iPhone and iPad users"
        if LEGAL_SUFFIX.match(self.body, m.end) or _APP_BEFORE.search(
            self.lowered, max(sentence.start, m.start - 30), m.start
        ):
            return True
        if any(
            o.type == "organization"
            and (
                _LISTED.fullmatch(self.body, o.end, m.start)
                or _LISTED.fullmatch(self.body, m.end, o.start)
            )
            for o in sentence.mentions
        ):
            return True  # "Amazon, Google et Facebook": a company among companies
        return bool(_BUYING.search(self.lowered, sentence.start, sentence.end))

    def clause(self, i: int, pos: int) -> tuple[int, int]:
        """The strong clause around ``pos``: cut at ";", dashes, ", while",
        ", but", ", and" (not in a list of names), ", mais", ", tandis que"."""
        sentence = self.sentences[i]
        if sentence._cuts is None:
            lowered, body = self.lowered, self.body
            cuts = [
                (m.start(), m.end())
                for m in _STRONG.finditer(lowered, sentence.start, sentence.end)
                if not (m.group()[0] == "," and self._in_list(i, m.start()))
                and (
                    m.group("with") is None
                    or (
                        body[m.end() : m.end() + 1].isupper()
                        and (ABSOLUTE.match(body, m.end()) or not self._awaits_with(i, m.start()))
                    )
                )
                and (m.group()[0] not in "–—" or lowered[m.start() - 1 : m.start()].isspace())
                and not (m.group()[0] in "–—" and self._paired_dash(i, m.start()))
                # "a €290m (£246m; $324m) fine": no cut inside parentheses
                and not (
                    m.group()[0] == ";"
                    and lowered.rfind("(", sentence.start, m.start())
                    > lowered.rfind(")", sentence.start, m.start())
                )
            ]
            cuts += [
                (m.start(), m.end())
                for m in _STRONG_WORD.finditer(lowered, sentence.start, sentence.end)
            ]
            for e in self.plain_ents(i):
                # "Microsoft has backed OpenAI and Google has partnered with Cohere": a new
                # subject and its auxiliary after "and", a finite verb before it
                if (
                    lowered.startswith(" and ", e.start - 5)
                    and _AUXILIARY.match(lowered, e.end)
                    and _AUXILIARY_WORD.search(lowered, sentence.start, e.start - 5)
                ):
                    cuts.append((e.start - 5, e.start))
                if lowered.startswith(" and then ", e.start - 10) and _FINITE.match(lowered, e.end):
                    # "X acquired A for $6.7bn and then Brindle acquired Lumora": a new clause
                    cuts.append((e.start - 10, e.start))
                # "X bought A for $2 billion, Salesforce paid $16 billion for B": a new subject
                comma = lowered.rfind(",", sentence.start, e.start)
                if (
                    comma >= 0
                    and not lowered[comma + 1 : e.start].strip()
                    and _FINITE.match(lowered, e.end)
                    and not self._in_list(i, comma)
                    and not (
                        _BARE_PARTICIPLE.match(lowered, e.end)
                        and _ACTIVE_PARTICIPLE.search(lowered, sentence.start, comma)
                    )
                ):
                    cuts.append((comma, e.start))
            sentence._cuts = sorted(cuts)
        start, end = sentence.start, sentence.end
        for cut_start, cut_end in sentence._cuts:
            if cut_end <= pos:
                start = cut_end
            elif cut_start >= pos:
                end = cut_start
                break
        return start, end

    def _awaits_with(self, i: int, comma: int) -> bool:
        """ "signé un accord exclusif, validé par les conseils, avec Altran": a deal
        noun before the comma still waits for its "with", so ", avec" goes on."""
        start = self.sentences[i].start
        nouns = list(_WITH_NOUN.finditer(self.lowered, start, comma))
        return bool(nouns) and not _WITH_WORD.search(self.lowered, nouns[-1].end(), comma)

    def _paired_dash(self, i: int, pos: int) -> bool:
        """ "une nouvelle levée de fonds – la troisième – d'un montant de": a short
        aside between two dashes, inside the clause rather than ending it."""
        sentence = self.sentences[i]
        dash = self.body[pos]
        before = self.body.rfind(dash, max(sentence.start, pos - 40), pos)
        after = self.body.find(dash, pos + 1, min(sentence.end, pos + 41))
        aside = self.body[before + 1 : pos] if before >= 0 else self.body[pos + 1 : after]
        return (before >= 0 or after >= 0) and not any(ch in aside for ch in ",;:")

    def _in_list(self, i: int, comma: int) -> bool:
        """True when ", and" closes a list of names ("Nvidia, SoftBank, and MGX")."""
        before = self.body[self.sentences[i].start : comma]
        last = before.rfind(",")
        if last < 0:
            return False
        segment_start = self.sentences[i].start + last + 1
        names = [e for e in self.plain_ents(i) if segment_start <= e.start and e.end <= comma]
        if len(names) == 2 and _POSSESSOR_GAP.fullmatch(self.body, names[0].end, names[1].start):
            names = names[1:]  # "Nvidia, Jared Kushner's Affinity Partners, and MGX"
            segment_start = self.body.rfind(" ", segment_start, names[0].start)
        elif len(names) == 1 and _DESCRIBED_NAME.fullmatch(
            self.lowered, segment_start, names[0].start
        ):
            segment_start = names[0].start  # "A, foodtech company The Good Bug, and B"
        return (
            len(names) == 1
            and self.body[segment_start:comma].strip() == self.body[names[0].start : names[0].end]
        )

    def ents(self, i: int) -> list[Ent]:
        return self.plain_ents(i)

    def agent_marks(self, i: int) -> list[int]:
        """Where "by", "led by", "auprès de"... end in sentence ``i``."""
        sentence = self.sentences[i]
        found = _AGENT_WORD.finditer(self.lowered, sentence.start, sentence.end)
        return [m.end() for m in found]

    def relative(self, i: int, lo: int, pos: int) -> tuple[int, Ent | None, bool] | None:
        """The last relative pronoun between ``lo`` and ``pos``: (where its clause
        starts, its antecedent, whether the pronoun is the verb's subject)."""
        key = (i, lo, pos)
        if key not in self._relatives:
            self._relatives[key] = self._relative(i, lo, pos)
        return self._relatives[key]

    def _relative(self, i: int, lo: int, pos: int) -> tuple[int, Ent | None, bool] | None:
        found = None
        for match in _RELATIVE.finditer(self.lowered, lo, pos):
            found = match
        if found is None:
            return None
        before = [e for e in self.ents(i) if e.end <= found.start()]
        if not before or not _BEFORE_RELATIVE.fullmatch(self.body, before[-1].end, found.start()):
            return None  # "Harrow Point Capital, which", "Sam Altman qui"
        antecedent = before[-1]
        if "—" in self.body[antecedent.end : found.start()] or "–" in self.body[
            antecedent.end : found.start()
        ]:
            if _LISTED_BEFORE.search(self.lowered, max(0, antecedent.start - 6), antecedent.start):
                return None  # "– Amazon, Google et Facebook – qui avaient": the whole list
            if "—" in self.body[found.end() : pos] or "–" in self.body[found.end() : pos]:
                return None  # "X — which had raised $1.1 billion — and has": closed before
        nxt = found.group("next").lower()
        own_subject = nxt in _SUBJECT_PRONOUNS or any(
            e.start == found.start("next") for e in self.ents(i)
        )
        return found.start("rel"), antecedent, not own_subject
