"""Who "the company", "le groupe", "the ChatGPT maker" or "it" is (``facts.py``).

Coreference is kept to what business press needs.  A descriptor or pronoun
takes, in order: the owner of the product it names ("the ChatGPT maker" ->
OpenAI, from the gazetteer's product owners); when it opens its clause, the
first organization or person of the right type earlier in the same sentence
("During Microsoft's conference, the company announced"); else the nearest
earlier sentence (three at most) naming one: its only candidate, or, when it
names several and the anaphor opens its clause, that sentence's own subject.
Otherwise it stays unresolved (``name=None``).  "The two companies" is the
two organizations named just before.  News outlets, investors introduced by
"led by", and employers in "an analyst at X" are never antecedents.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsdb.extract.facts.cues import AUTHORITY
from newsdb.extract.facts.sentences import AGENT_WORDS, INTRO, Ent, Text
from newsdb.extract.facts.triggers import trie
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.normalize import fold, word_set
from newsdb.extract.text.word_lists import PLACES

# Anaphoric noun phrases; group "head" is the noun.
_ORG_HEADS = (
    r"company|companies|firm|group|start-up|startup|maker|makers|lab|laboratory|publisher|"
    r"platform|"
    r"giant|conglomerate|chipmaker|carrier|operator|retailer|lender|bank|insurer|developer|"
    r"designer|supplier|manufacturer|business|unicorn|buyer|acquirer|parent|owner|outfit|"
    r"société|groupe|entreprise|firme|éditeur|laboratoire|opérateur|constructeur|fintech|"
    r"multinationale|géant|plateforme|fabricant|banque|assureur|filiale|pépite|licorne|"
    r"jeune pousse|acquéreur|moteur de recherche|réseau social|search engine|social network|"
    r"hébergeur|drugmaker|automaker|carmaker|insurer|utility|broadcaster|chain|brand|association|"
    r"adtech|insurtech|edtech|healthtech|medtech|proptech|legaltech|foodtech|cleantech|deeptech|"
    r"juggernaut|powerhouse|behemoth|scale-up|scaleup|pme|vendor|provider|upstart"
)
# Descriptors any company of the article fits: "the company", "le groupe".
_ANY_COMPANY = word_set(
    "company companies firm group business parent owner buyer acquirer société groupe "
    "entreprise firme"
)
_PERSON_HEADS = (
    r"billionaire|ceo|chief executive|founder|co-founder|entrepreneur|tycoon|magnate|"
    r"milliardaire|patron|fondateur|cofondateur|pdg|entrepreneur"
)
# Heads are found first (rare words, on the lowercased text), then the
# determiner at most four words before: "the fast-growing open source AI vendor".
_DETERMINER = re.compile(
    r"(?<![\w-])(?:(?:the|this|le|la|cette|ce|cet)\s+|l['’]\s*)"
    r"(?:(?!(?:the|this|le|la|cette|ce|cet|a|an|un|une)\s)[\w-]+\s+){0,4}$"
)
# Words between a descriptor and a name that keep them one noun phrase:
# "le groupe de presse Médiapresse", "the Dutch expense-management start-up X".
_APPOSITION_GAP = re.compile(r"\s+(?:(?:[a-zà-ÿ][\w’'-]*|d['’]\w+)\s+){0,5}")
_NOT_APPOSITION = word_set(
    """
    said says told added has had have is was were will would could and or but that which who
    a est ont sera qui que et ou dit avait
    bought sold won took made buys sells acquires raises sues plans gets got leads led
    """
)
# A name right after one of these is the object of a phrase inside the
# descriptor, not the descriptor's name.
_PREPOSITION_BEFORE_NAME = word_set(
    "de du des d' d’ par avec pour by with from of for to à au aux the le la les l' l’"
)
# Governments: they may buy or invest, but "the company" never points to one.
_STATE = re.compile(r"\b(?:[Gg]overnment|[Gg]ouvernement|État|State of|Trésor|Treasury)\b")
# Institutions named whole ("Western Union", "Atlantic Council" are companies and groups).
_INSTITUTIONS = re.compile(
    r"(?:European Union|EU|UE|Union européenne|European Parliament|Parlement européen|"
    r"European Council|Council of the European Union|Conseil européen|(?:U\.S\. )?Congress|"
    r"(?:U\.S\. )?Senate|Sénat|Assemblée nationale|House of Commons)"
)


# Before a name, what shows it is acted on: "invested $400 million in Anthropic".
_OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:in|into|dans)\s+$")
# After a name, what shows it acted on rather than acting: "to buy Veoneer Inc. for".
_OBJECT_NEXT = re.compile(
    r"\.?(?:,?\s+(?:inc|corp|co|ltd|plc|llc|sa|ag)\b\.?)?\s+(?:for|in|at|with|from|to|into|as|"
    r"pour|dans|avec|à)\s"
)


# "The parent company of Facebook and Instagram, Meta,": an owner described first
_OWNER_OF = re.compile(
    r"\s*(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:parent|owner|maker|developer|operator|publisher|"
    r"creator|company|firm|group)\s+(?:company\s+)?(?:of|behind)\s"
)


def owner_apposed(lowered: str, ents: list, start: int) -> list:
    """``ents`` opening a clause at ``start``; only the name apposed after the owned
    ones when the clause opens "The parent company of Facebook and Instagram, Meta,"."""
    if len(ents) < 2 or not _OWNER_OF.match(lowered, start):
        return ents
    apposed = [
        e
        for e in ents[1:]
        if lowered[e.start - 2 : e.start] == ", " and lowered[e.end : e.end + 1] == ","
    ]
    return apposed[:1] or ents


def public_body(name: str) -> bool:
    """A regulator, a court or a government: never what "the company" points to."""
    return bool(AUTHORITY.search(name) or _STATE.search(name) or _INSTITUTIONS.fullmatch(name))


# "Cisco said it would", "Orbital a indiqué qu'il": the speaker is the pronoun's antecedent.
_SPEAKER = re.compile(
    r"\s+(?:vient d['’]|vient de\s+|has just\s+)?"  # "Rivian vient de confirmer ... qu'il"
    r"(?:said|says|told \w+|announced|added|confirmed|stated|noted|a (?:dit|annoncé|indiqué|"
    r"précisé|confirmé)|dit|annonce|indique|précise|confirme|confirmer|annoncer|indiquer)"
    r"(?:\s+(?:on\s+)?\w+day|\s+(?:la semaine dernière|hier|lundi|mardi|mercredi|jeudi|"
    r"vendredi|last week|yesterday))?"
    r"(?:\s+(?:that|que|qu['’]))?\s*$"
)
_APPOSED = re.compile(r",\s*")
_COMMA_APPOSITION = re.compile(r"(?:\s+(?:[a-zà-ÿ][\w’'-]*|d['’]\w+)){0,4},\s+")
_PRONOUN = "it|he|she|il|elle"
_PLACE_OWNS = re.compile(r"(?<![\w.-])([a-z][\w.-]*(?: [a-z][\w.-]*)?)['’]s\s+(?:[\w-]+\s+){0,2}$")
_OF_PRODUCT = re.compile(r"\s+(?:de|d['’]|du|of|behind)\s*")
# What follows the company a lede's next sentence is about: its possessive, an
# apposition, or a verb of telling or being (not "Orbital, which led the round").
_TOPIC_AFTER = re.compile(
    r"(?:['’]s?\s|,\s+(?:an?|the|une?|la|le)\s|\s+(?:is|was|has|had|said|says|told|"
    r"est|a|avait|a indiqué|indique)\s)"
)
# A lede's subject with no name: "A French start-up founded ...", "Une start-up nantaise"
_INDEFINITE_LEDE = re.compile(r"(?:an?|une?)\s+(?:[\w-]+\s+){0,3}")
_PLURAL_NOUNS = "companies|firms|groups|sides|partners|sociétés|groupes|entreprises|partenaires"
# One pass over the lowercased article finds every word the anaphora rules
# look at, classified by ``_WORD_KIND``: plural descriptors, descriptor heads,
# pronouns, and the words that make a name agentive ("led by", "auprès de";
# see sentences).  One trie, so one pass costs little.
_WORD_KIND: dict[str, str] = {}
for _kind, _words in (
    ("agent", AGENT_WORDS),
    ("org", _ORG_HEADS.split("|")),
    ("person", _PERSON_HEADS.split("|")),
    ("p", _PRONOUN.split("|")),
    ("they", ("they", "ils", "elles")),
    ("latter", ("ce dernier", "cette dernière", "the latter")),
):
    for _word in _words:
        _WORD_KIND[_word] = _kind
for _first in ("the two", "both", "les deux"):
    for _noun in _PLURAL_NOUNS.split("|"):
        _WORD_KIND[f"{_first} {_noun}"] = "plural"
# "the companies had collaborated", "the former collaborators": the two named before
for _words in ("the companies", "the firms", "the former collaborators", "the former partners"):
    _WORD_KIND[_words] = "plural"
_WORDS = re.compile(rf"(?<![\w-])(?:{trie(_WORD_KIND)})(?![\w-])")
_EXPLETIVE = re.compile(
    r"\s+(?:appears|appeared|seems|seemed|(?:is|was|'s|’s)\s+(?:worth|unclear|clear|likely|"
    r"unlikely|possible|expected|understood|reported|said|believed|thought|not|time|"
    r"important|hard|difficult|easy|too)|y a|faut|est possible|semble)\b",
)
# "ce dernier" as a pronoun (followed by its verb or a clause), not "ce dernier trimestre"
_LATTER_ACTS = re.compile(
    r"\s*(?:[,;.)]|(?:qui|a|ont|avait|est|était|sera|doit|devait|devra|va|peut|pourrait|aurait|"
    r"affirme|indique|explique|précise|estime|annonce|détient|possède|contrôle|dirige|prévoit|"
    r"has|had|is|was|will|would|said|says|owns|holds|controls|added)\b)"
)
# What may stand before a subject pronoun: the start of the sentence, a
# comma, or a conjunction ("said it would", "which it bought", "et il").
_BUY_IT = re.compile(
    r"\s+(?:would|will|could|had agreed to|has agreed to|have agreed to|agreed to|plans? to|"
    r"planned to|is to|are to|was to|were to|had offered to|offered to)\s+"
    r"(?:buy|acquire|purchase|take over)\s+it$"
)
_SAID_GAP = re.compile(
    r"(?:\s+(?:in a statement|on \w+|in a filing|late \w+|earlier))*\s+(?:that\s+)?"
)
_LIST_GAP = re.compile(r",\s+|\s+and\s+|,\s+and\s+")
_APPOSED_OR_NOT = re.compile(r"(?:,[^,;]{1,80},)?")
_SAID = re.compile(r"\s+(?:said|says|announced|confirmed|disclosed)(?![\w-])")
_SUBJECT_SLOT = re.compile(
    r"(?:^|[\n,;:(]|(?<!\w)(?:that|and|but|when|while|because|as|since|said|says|which|after|"
    r"before|if|where|so|que|qu['’]|et|mais|car|quand|lorsque|dont|puisque|si|dit|said))\s*$",
)
# A name after "of", "de", "at" modifies another noun; it is not the subject.
_GENITIVE = re.compile(
    r"(?<!\w)(?:of|de|d['’]|du|des|at|chez|for|pour|from)\s*(?:the\s+|la\s+|le\s+|l['’])?$",
)
# Names that only say where a quoted person works make poor antecedents:
# "an analyst at Peel Hunt", "associé chez General Catalyst".
_MODIFIER = re.compile(
    r"(?:analyst|analyste|associée?|partner|director|directeur|directrice|professor|"
    r"professeur|head|spokesman|spokeswoman|lawyer|avocate?|gérante?|economist|économiste|"
    r"engineers?|ingénieurs?|researchers?|chercheur|chercheuse)s?\s+(?:at|with|chez)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
)


# A past participle, "by"/"par" and at most four words: "hébergée par son grand rival X".
_PASSIVE = re.compile(
    r"(?<![\w-])([\w-]+(?:ed|en|é|ée|és|ées|u|ue|us|ues|is|ise|it|ite))\s+(?:by|par)\s+"
    r"(?:[\w’'-]+\s+){0,4}$"
)
_INVESTOR_PARTICIPLES = word_set(
    """
    led co-led backed funded financed joined bankrolled mené menée menés co-mené conduit
    conduite soutenu soutenue soutenus soutenues financé financée financés financées
    accompagné accompagnée accompagnés rejoint
    """
)
_BASED = re.compile(r"[\w.]+(?:[ -][\w.]+)?-based")
_BASED_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}")
_CALLED_GAP = re.compile(r",\s+(?:a|an|the|une?|la|le)\s+(?:[\w-]+\s+){0,3}")
_OWNS_NEXT = re.compile(r"['’]s?\s")
_VALUES_BEFORE = re.compile(r"(?<![\w-])(?:value|values|valuing|valorise|valorisant)\s+$")
_OF_BEFORE = re.compile(r"(?<![\w-])(?:of|de|du|d['’])\s*$")
_AND_BEFORE = re.compile(r"(?<![\w-])(?:and|et)\s+$")


class Doc(Text):
    """An article's sentences, clauses and names, anaphors resolved."""

    def marks(self, i: int) -> list[tuple[str, int, int]]:
        """(kind, start, end) of the ``_WORDS`` in sentence ``i`` (one scan per article)."""
        if self._marks is None:
            self._marks = [[] for _ in self.sentences]
            k = 0
            for match in _WORDS.finditer(self.lowered):
                while k < len(self.sentences) and self.sentences[k].end <= match.start():
                    k += 1
                if k == len(self.sentences):
                    break
                if self.sentences[k].start <= match.start():
                    kind = _WORD_KIND[" ".join(match.group().split())]
                    self._marks[k].append((kind, match.start(), match.end()))
        return self._marks[i]

    def agent_marks(self, i: int) -> list[int]:
        return [end for kind, _, end in self.marks(i) if kind == "agent"]

    def ents(self, i: int) -> list[Ent]:
        """The sentence's organizations and people, anaphors included and resolved."""
        sentence = self.sentences[i]
        if sentence._ents is None:
            sentence._ents = sorted(self.anchors(i) + self._pronouns(i), key=lambda e: e.start)
        return sentence._ents

    def anchors(self, i: int) -> list[Ent]:
        """The sentence's names and descriptors ("the company"), resolved;
        pronouns aside (what earlier sentences offer as antecedents)."""
        sentence = self.sentences[i]
        if sentence._anchors is not None:
            return sentence._anchors
        plain = self.plain_ents(i)
        found: list[Ent] = []
        lowered = self.lowered
        taken = sentence.start  # descriptors do not overlap: "le CEO du groupe" is "le CEO"
        marks = self.marks(i)
        for mark, start, end in marks:
            if mark == "latter" and _LATTER_ACTS.match(lowered, end):
                latter = self._latter(i, start)
                if latter is not None:
                    found.append(Ent(start, end, latter.name, latter.type, coref=True))
        for head, head_start, head_end in marks:
            if head not in ("org", "person"):
                continue
            det = _DETERMINER.search(lowered, max(taken, head_start - 40), head_start)
            if det is None:
                # "China's biggest carmaker": a place's, as "the" (not "Nvidia's supplier")
                det = _PLACE_OWNS.search(lowered, max(taken, head_start - 40), head_start)
                if det is not None and fold(det.group(1)) not in PLACES:
                    det = None
            if det is None and head == "org" and i <= 1:
                lede = _INDEFINITE_LEDE.fullmatch(lowered, sentence.start, head_start)
                before = any(e.start < head_start for e in plain)
                named = self._named_next(i) if lede and not before else None
                if named is not None:
                    # "A French start-up founded four weeks ago ... has raised €105 million.
                    # Mistral AI's first round ...": a lede's company, named next
                    taken = head_end
                    found.append(Ent(sentence.start, head_end, named, "organization", True))
                continue
            if det is None or any(e.start <= head_start < e.end for e in plain):
                continue  # "The EU fined Orbital Bank": "Bank" ends a name
            if lowered.startswith(":", head_end):
                continue  # "Money in the bank: Zeta, ...": a roundup item's label
            taken = head_end
            start, end = det.start(), head_end
            made = self._maker_of(i, head_end)
            if made is not None:
                # "le fabricant de ChatGPT OpenAI", "the maker of ChatGPT": the product's owner
                end = taken = made.end
            operated = self._operator_of(i, head_start, head_end, plain)
            if operated is not None:
                # "a stake in the operator of the London Stock Exchange": the group the
                # article names after it (London Stock Exchange Group)
                end, name = operated
                found.append(Ent(start, end, name, "organization", coref=True))
                taken = end
                continue
            if self._apposition(end, plain):
                continue  # "the hedge fund Harrow Point Capital", "le groupe de presse X"
            inside = [e for e in plain if start <= e.start < end]
            owning = None
            if inside and inside[-1].end < end and head == "org":
                owning = self._parent_of(i, start, head_start, head_end, inside[-1])
                if owning is None:
                    # "the Tesla CEO" is a person; "the Microsoft unit" keeps its name
                    continue
            kind = "organization" if head == "org" else "person"
            name = owning or (self._owner(i, start, end) if kind == "organization" else None)
            if name is None and kind == "organization" and "-based" in lowered[start:end]:
                name = self._based(i, start, end)
            apposed = [e for e in plain if e.end <= start and e.type == kind]
            if name is None and apposed and _APPOSED.fullmatch(self.body, apposed[-1].end, start):
                name = apposed[-1].name  # "SoftBank, le groupe japonais ayant mené"
            if name is None and kind == "organization":
                # "French startup Mistral AI ... The AI startup has raised": the one
                # name the article has called by this noun
                name = self._called(i, start, lowered[head_start:head_end])
            if name is None:
                name = self.resolve(i, start, kind, company=head == "org")
            if name is None and kind == "organization" and head == "org":
                lo = self.clause(i, start)[0]
                named = {e.name for e in found + plain if lo <= e.start and e.end <= start}
                name = self._the_other(i, start, named)
            if name is None and kind == "organization":
                name = self.most_named(i, plain)
            plain = [e for e in plain if not (start <= e.start < end)]
            found.append(Ent(start, end, name, kind, coref=True))
        for mark, start, end in marks:
            if mark != "plural":
                continue
            for name in self._pair(i, start):
                found.append(Ent(start, end, name, "organization", coref=True))
        sentence._anchors = sorted(plain + found, key=lambda e: e.start)
        return sentence._anchors

    def _called(self, i: int, pos: int, noun: str) -> str | None:
        """The one organization named right after ``noun`` before ``pos`` ("French
        startup Mistral AI", "le fabricant néerlandais ASML"), for a specific noun
        (not "the company", which names any of them)."""
        noun = noun.replace("-", "")
        if noun in _ANY_COMPANY:
            return None
        names = set()
        for k in range(i + 1):
            plain = self.plain_ents(k)
            for mark, head_start, head_end in self.marks(k):
                if mark != "org" or head_end >= pos:
                    continue
                if self.lowered[head_start:head_end].replace("-", "") != noun:
                    continue
                named = [e for e in plain if e.start == head_end + 1]
                if named and named[0].type == "organization" and named[0].name:
                    names.add(named[0].name)
                # "Orbital Systems, a US startup,": called so too
                gap = _CALLED_GAP.fullmatch
                apposed = [e for e in plain if gap(self.lowered, e.end, head_start)]
                if apposed and apposed[-1].type == "organization" and apposed[-1].name:
                    names.add(apposed[-1].name)
            if k < i:
                # "xAI is discussing to raise $10 billion that could value the artificial
                # intelligence startup at": a descriptor of the noun resolved before
                names.update(
                    e.name
                    for e in self.ents(k)
                    if e.coref
                    and e.name
                    and e.type == "organization"
                    and self.lowered[e.start : e.end].replace("-", "").endswith(noun)
                )
        return names.pop() if len(names) == 1 else None

    def _named_next(self, i: int) -> str | None:
        """The organization that opens the sentence after ``i`` as its topic ("Mistral
        AI's first round", "Mistral AI, founded in", "Mistral AI said"); not one
        that led the round or a name further in ("Analysts at Orbital said")."""
        if i + 1 >= len(self.sentences):
            return None
        sentence = self.sentences[i + 1]
        named = [e for e in self.plain_ents(i + 1) if e.name not in self.media]
        if not named or named[0].type != "organization":
            return None
        first = named[0]
        if self.body[sentence.start : first.start].strip(" \"“«‘'"):
            return None
        return first.name if _TOPIC_AFTER.match(self.lowered, first.end) else None

    def _latter(self, i: int, pos: int) -> Ent | None:
        """ "Ce dernier", "cette dernière", "the latter": the last one named before,
        in the sentence or the one before it."""
        before = [e for e in self.plain_ents(i) if e.end <= pos and e.name]
        if not before and i > 0:
            before = [e for e in self.anchors(i - 1) if e.name]
        return before[-1] if before else None

    def _pronouns(self, i: int) -> list[Ent]:
        """ "it", "he", "il", "elle" opening a clause, resolved."""
        sentence = self.sentences[i]
        body = self.body
        anchors = self.anchors(i)
        found = []
        for mark, start, end in self.marks(i):
            if mark == "they" and self._opens_clause(i, start, end):
                # "Disney and Universal announced a legal move. They filed a lawsuit": the
                # names coordinated as the last sentence's subject
                found += [Ent(start, end, e.name, e.type, True) for e in self._group_before(i)]
                continue
            if mark != "p":
                continue
            if _EXPLETIVE.match(self.lowered, end) or any(
                e.start <= start < e.end for e in anchors
            ):
                continue
            opening = body[sentence.start : start].strip(" \"“«‘'") == ""
            if not opening and not _SUBJECT_SLOT.search(
                self.lowered, max(sentence.start, start - 14), start
            ):
                speaker = self._speaker_bought(i, start, end, anchors)
                if speaker is not None:
                    found.append(Ent(start, end, speaker.name, speaker.type, True))
                continue  # "sold it to customers": an object pronoun is rarely a company
            word = self.lowered[start:end]
            kind = "organization" if word == "it" else "person" if word in ("he", "she") else ""
            target = self.antecedent(i, start, kind)
            if target is not None:
                found.append(Ent(start, end, target.name, target.type, True))
        return found

    def _opens_clause(self, i: int, start: int, end: int) -> bool:
        sentence = self.sentences[i]
        if _EXPLETIVE.match(self.lowered, end):
            return False
        return self.body[sentence.start : start].strip(" \"“«‘'") == "" or bool(
            _SUBJECT_SLOT.search(self.lowered, max(sentence.start, start - 14), start)
        )

    def _group_before(self, i: int) -> list[Ent]:
        """The two or more names coordinated as the subject that opens sentence
        ``i - 1`` ("Disney and Universal announced"), or none."""
        if i == 0:
            return []
        sentence = self.sentences[i - 1]
        ents = self.plain_ents(i - 1)
        if not ents or self.body[sentence.start : ents[0].start].strip(" \"“«‘'"):
            return []
        group = [ents[0]]
        for e in ents[1:]:
            if not _LIST_GAP.fullmatch(self.lowered, group[-1].end, e.start):
                break
            group.append(e)
        after = self.lowered[group[-1].end : group[-1].end + 2]
        if len(group) < 2 or not re.fullmatch(r" [a-zà-ÿ]", after):
            return []  # "Disney's and Universal's", "Disney, Universal, Warner:" are no subject
        return group

    def _speaker_bought(self, i: int, start: int, end: int, anchors: list[Ent]) -> Ent | None:
        """ "Veoneer said ... Qualcomm and SSW Partners would buy it for $37 per share":
        the company whose statement opens the sentence is the "it" bought."""
        lowered = self.lowered
        if self.body[start:end] != "it":
            return None
        buy = _BUY_IT.search(lowered, max(0, start - 60), end)
        sentence = self.sentences[i]
        opening = [
            e
            for e in anchors
            if e.type == "organization"
            and e.name
            and not self.body[sentence.start : e.start].strip(" \"“«‘'")
        ]
        said = _SAID.match(lowered, opening[0].end) if buy and opening else None
        if said is None:
            return None
        # only "SPEAKER said (that) A and B(, an apposition,) would buy it": no other
        # company nor object in between it could stand for
        buyers = [e for e in anchors if said.end() <= e.start and e.end <= buy.start()]
        if not buyers or not _SAID_GAP.fullmatch(lowered, said.end(), buyers[0].start):
            return None
        if any(not _LIST_GAP.fullmatch(lowered, a.end, b.start) for a, b in pairwise(buyers)):
            return None
        if not _APPOSED_OR_NOT.fullmatch(lowered, buyers[-1].end, buy.start()):
            return None
        return opening[0]

    def _apposition(self, end: int, plain: list[Ent]) -> bool:
        if re.match(r" (?:[A-ZÀ-ÖØ-Þ]|[a-z][A-Z])", self.body[end : end + 3]):
            return True  # "the hospital group Mercy Valley", a name not recognized; "iRobot"
        following = [e for e in plain if e.start >= end]
        if not following:
            return False
        comma = _COMMA_APPOSITION.match(self.body, end)
        if comma is not None and comma.end() == following[0].start:
            return True  # "le géant néerlandais des semi-conducteurs, ASML, qui"
        gap = _APPOSITION_GAP.match(self.body, end)
        if gap is None or gap.end() != following[0].start:
            return False
        words = [w.lower() for w in gap.group().split()]
        if words and words[-1] in _PREPOSITION_BEFORE_NAME:
            return False  # "la start-up lancée avec l'aide de BPI France": the name is an object
        return not any(
            (w in _NOT_APPOSITION or (w.endswith("ed") and len(w) > 4))  # "the company acquired X"
            # "le groupe de construction et de concessions Eiffage": one descriptor
            and not (w in ("et", "and") and k + 1 < len(words) and words[k + 1] in ("de", "of"))
            for k, w in enumerate(words)
        )

    def _pair(self, i: int, pos: int) -> list[str]:
        """ "the two companies": the two organizations named just before."""
        earlier = [e for e in self.plain_ents(i) if e.end <= pos and e.type == "organization"]
        found: list[str] = []
        for back in range(i, max(-1, i - 3), -1):
            candidates = (
                earlier
                if back == i
                else [e for e in self.ents(back) if e.type == "organization" and e.name]
            )
            names = [
                e.name
                for e in reversed(candidates)
                if e.name not in self.media and self._heads(e)  # not "Analysts at Kestrel"
            ]
            for name in dict.fromkeys(names):
                if name not in found:
                    found.append(name)
            # the two last named, across a sentence that names one ("A Netlist attorney
            # said Samsung took it after the companies had collaborated")
            if len(found) == 2 and (back == i or len(set(names)) < 2 or set(names) == set(found)):
                return found[::-1]
            if len(found) > 2 or (names and back != i and len(found) != 1):
                return []
        return []

    def _parent_of(self, i: int, start: int, head_start: int, head_end: int, owned: Ent):
        """ "the Facebook parent", "the TikTok owner": not the company named inside
        but the one that owns it: the gazetteer's parent, else (for "parent" and
        "owner") the company the article is telling about."""
        head = self.lowered[head_start:head_end]
        if head not in ("parent", "owner", "maker"):
            return None
        known = self.owners.get(owned.name)
        if known is not None or head == "maker":
            return known  # "the TikTok maker" is ByteDance; "the Lumora maker" unknown
        name = self.resolve(i, start, "organization", company=True)
        if name is None or name == owned.name:
            name = self.most_named(i, [owned])
        return name if name != owned.name else None

    def _based(self, i: int, start: int, end: int) -> str | None:
        """ "The Cambridge-based company": the name the article wrote after
        "Cambridge-based" before ("CEO of Cambridge-based Darktrace")."""
        place = _BASED.search(self.lowered, start, end)
        if place is None:
            return None
        cue = re.sub(r"^(?:the|this|that|a|an|le|la) ", "", place.group())
        at = self.lowered.rfind(cue, 0, start)
        if at < 0:
            return None
        # the article's organizations, written after the cue (a caption's too)
        names = {
            (m.text, m.name or m.text)
            for sentence in self.sentences
            for m in sentence.mentions
            if m.type == "organization"
        }
        found = set()
        while at >= 0:
            gap = _BASED_GAP.match(self.body, at + len(cue))
            before = self.body[max(0, at - 60) : at]
            for text, name in names:
                if name in self.media:
                    continue
                if self.body.startswith(text, gap.end()) or re.search(
                    rf"{re.escape(text)},\s+(?:an?|the)\s+$", before
                ):
                    found.add(name)  # "CEO of Cambridge-based X", "X, a Cambridge-based firm"
            at = self.lowered.rfind(cue, 0, at)
        # two companies told "San Francisco-based": the descriptor says neither
        return found.pop() if len(found) == 1 else None

    def _maker_of(self, i: int, pos: int) -> Mention | None:
        """The product named right after a maker noun ("fabricant de ChatGPT")."""
        of = _OF_PRODUCT.match(self.lowered, pos)
        if of is None:
            return None
        for m in self.sentences[i].mentions:
            if m.type == "product" and m.start == of.end() and m.name in self.owners:
                return m
        return None

    def _operator_of(self, i: int, head_start: int, head_end: int, plain: list[Ent]):
        """(end, name) for "the operator of the London Stock Exchange", "the owner of
        X": the company the article names as X's group ("London Stock Exchange Group")."""
        if self.lowered[head_start:head_end] not in ("operator", "owner", "parent"):
            return None
        of = _OF_PRODUCT.match(self.lowered, head_end)
        if of is None:
            return None
        the = re.match(r"(?:the|la|le|l['’])\s*", self.lowered[of.end() : of.end() + 4])
        at = of.end() + (the.end() if the else 0)
        named = [e for e in plain if e.start == at and e.name]
        if not named:
            return None
        for k in range(len(self.sentences)):
            for e in self.plain_ents(k):
                if e.name and e.name != named[0].name and e.name.startswith(named[0].name + " "):
                    return named[0].end, e.name
        return None

    def _owner(self, i: int, start: int, end: int) -> str | None:
        for m in self.sentences[i].mentions:
            if m.type == "product" and start <= m.start < end and m.name in self.owners:
                return self.owners[m.name]
        return None

    def most_named(self, i: int, here: list[Ent]) -> str | None:
        """ "avoir pris 11% du capital de la start-up": when the sentences before
        name several companies, the one the article is about, named most often
        so far (at least twice and more than any other), not one of this sentence."""
        taken = {e.name for e in here}
        cache = self.__dict__.setdefault("_salience", {})
        if i not in cache:
            counts: dict[str, int] = {}
            for k in range(i):
                for e in self.plain_ents(k):
                    if (
                        e.type == "organization"
                        and e.name not in self.media
                        and (not e.agentive or self._passive_agent(e))
                        and not public_body(e.name)
                    ):
                        counts[e.name] = counts.get(e.name, 0) + 1
            cache[i] = sorted(counts.items(), key=lambda kv: -kv[1])
        ranked = cache[i]
        if not ranked or ranked[0][1] < 2 or ranked[0][0] in taken:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def resolve(self, i: int, pos: int, kind: str, company: bool = False) -> str | None:
        found = self.antecedent(i, pos, kind, company)
        return found.name if found else None

    def antecedent(self, i: int, pos: int, kind: str, company: bool = False) -> Ent | None:
        """The entity an anaphor at ``pos`` in sentence ``i`` points to
        (``kind`` "" accepts an organization or a person; ``company``: a
        descriptor such as "the company", never a regulator).  An earlier name
        of the same sentence for an anaphor opening its clause ("X said the
        company would..."), or for an object, the sentence's one organization
        other than the one acting just before it."""

        def fits(e: Ent) -> bool:
            if company and e.name and public_body(e.name):
                return False  # "the video game company" is no regulator, no government
            return (
                kind in ("", e.type)
                and e.name not in self.media
                and (not e.agentive or self._passive_agent(e))
            )

        # "between Lumora — maker of Starfall — and the software giant": coordinated
        # with a name, the descriptor is another one, even where a dash opens a clause
        coordinated = _AND_BEFORE.search(self.lowered, max(0, pos - 6), pos) is not None
        subject_position = self._is_subject(i, pos) and not coordinated
        earlier = [e for e in self.plain_ents(i) if e.end <= pos and fits(e)]
        if subject_position and earlier:
            speaker = _SPEAKER.search(self.lowered, max(earlier[-1].end, pos - 64), pos)
            if speaker is not None and speaker.start() == earlier[-1].end:
                return earlier[-1]  # "Cisco said it would buy": the speaker
            intro = INTRO.match(self.lowered, self.sentences[i].start)
            skip = intro.end() if intro else self.sentences[i].start
            return owner_apposed(
                self.lowered, [e for e in earlier if e.start >= skip] or earlier, skip
            )[0]
        if earlier:
            # "after Cisco said it would buy the company": the object is the other
            # organization of the sentence, not the one acting just before it
            actor = earlier[-1]
            if (
                kind == "organization"
                and actor.type == "organization"
                and _VALUES_BEFORE.search(self.lowered, max(0, pos - 12), pos)
            ):
                return actor  # "xAI is discussing to raise $10 billion that could value the
                # artificial intelligence startup at": the one raising is valued
            if _OWNS_NEXT.match(self.lowered, actor.end):
                # "Qualcomm sought to transfer Nuvia's designs after buying the startup": the
                # possessor acts on nothing; the one acting is named before it
                acting = [e for e in earlier if not _OWNS_NEXT.match(self.lowered, e.end)]
                actor = acting[-1] if acting else actor
            elif _OBJECT_BEFORE.search(self.lowered, max(0, actor.start - 8), actor.start):
                # "Google invested $400 million in Anthropic ... and has a cloud deal with
                # the company": the one invested in acts on nothing; its investor acts
                acting = [
                    e
                    for e in earlier
                    if not _OBJECT_BEFORE.search(self.lowered, max(0, e.start - 8), e.start)
                ]
                actor = acting[-1] if acting else actor
            others = {e.name: e for e in earlier if e.name != actor.name}
            clause_start = self.clause(i, pos)[0]
            if len(others) > 1 and actor.start >= clause_start:
                # "Nuvia and Qualcomm had licences with Arm, and Qualcomm sought to transfer
                # Nuvia's designs after buying the startup company": the clause's other one
                others = {
                    e.name: e for e in earlier if e.name != actor.name and e.start >= clause_start
                }
            if len(others) == 1 and kind == "organization":
                if _OBJECT_NEXT.match(self.lowered, earlier[-1].end):
                    # "offered to buy Veoneer for $4.6 billion, to upend the safety
                    # supplier's deal": the one named just before is acted on, not acting
                    return None
                return next(iter(others.values()))
        for back in range(i - 1, max(-1, i - 4), -1):
            candidates = [e for e in self.ents(back) if e.name and fits(e) and self._heads(e)]
            names = {e.name for e in candidates}
            if len(names) == 1:
                return candidates[0]
            if names:
                subject = self.subject(back)
                if subject_position and subject is not None and fits(subject):
                    return subject
                if subject_position and kind == "organization" and subject is not None:
                    # "Mira Murati fled OpenAI to set up her start-up, Thinking Machines
                    # Lab. The fledgling firm raised": a person acts, the company named last
                    return candidates[-1]
                return None
        return None

    def _passive_agent(self, e: Ent) -> bool:
        """A name after "hébergée par", "acquired by": a passive's agent, which "the
        company" may point to, unlike investors "led by" or "backed by"."""
        found = _PASSIVE.search(self.lowered, max(0, e.start - 48), e.start)
        return found is not None and found.group(1) not in _INVESTOR_PARTICIPLES

    def _the_other(self, i: int, pos: int, taken: set[str | None]) -> str | None:
        """ "Cisco is in talks to acquire Splunk. The company could pay $3 billion
        for the startup": when the sentence before names two organizations and
        its clause has already named one, an object descriptor is the other."""
        if i == 0 or self._is_subject(i, pos) or not taken:
            return None
        names = {
            e.name
            for e in self.ents(i - 1)
            if e.type == "organization"
            and e.name
            # (not one only compared with: "Mistral AI, a competitor of OpenAI")
            and not _OF_BEFORE.search(self.lowered, max(0, e.start - 4), e.start)
        }
        names = {n for n in names - self.media if not public_body(n)}
        rest = names - taken
        return rest.pop() if len(names) == 2 and len(rest) == 1 else None

    def _heads(self, e: Ent) -> bool:
        """False for "an analyst at Peel Hunt": a name only saying where someone works."""
        if e.start not in self._not_modifier:
            found = _MODIFIER.search(self.lowered, max(0, e.start - 40), e.start)
            self._not_modifier[e.start] = found is None
        return self._not_modifier[e.start]

    def subject(self, i: int) -> Ent | None:
        """The first organization or person of sentence ``i`` after any
        opening phrase ("L'entreprise" counts, resolved); None when a product
        comes first ("Grok, l'IA de...")."""
        if i not in self._subjects:
            sentence = self.sentences[i]
            intro = INTRO.match(self.lowered, sentence.start)
            skip = intro.end() if intro else sentence.start
            first_clause_end = self.clause(i, skip)[1]
            ents = [
                e
                for e in self.ents(i)
                if not e.agentive
                and skip <= e.start
                and e.end <= first_clause_end
                and not _GENITIVE.search(self.lowered, max(skip, e.start - 12), e.start)
            ]
            product = next(
                (m.start for m in sentence.mentions if m.type == "product" and m.start >= skip),
                sentence.end,
            )
            ents = owner_apposed(self.lowered, ents, skip)
            found = ents[0] if ents and ents[0].start < product and ents[0].name else None
            self._subjects[i] = found
        return self._subjects[i]

    def _is_subject(self, i: int, pos: int) -> bool:
        """True when what stands at ``pos`` opens its clause (after an opening
        phrase, a conjunction, "that"/"que" or a speech verb)."""
        start = self.clause(i, pos)[0]
        intro = INTRO.match(self.lowered, start)
        if intro and intro.end() <= pos:
            start = intro.end()
        if self.body[start:pos].strip(" \"“«‘'") == "":
            return True
        return bool(_SUBJECT_SLOT.search(self.lowered, max(start, pos - 14), pos))
