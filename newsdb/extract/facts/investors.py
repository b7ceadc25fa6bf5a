"""Investors an article names outside a round's own sentence: "Microsoft-backed
OpenAI", "counts SoftBank among its investors", "X, an early backer of Y", and
the investors named in the sentences after a round ("Investors in the round
include Accel and Sequoia", "X and Y also participated").
"""

from __future__ import annotations

import re

from newsdb.extract.facts.coref import Doc
from newsdb.extract.facts.rules import Draft
from newsdb.extract.facts.sentences import Ent
from newsdb.extract.facts.subjects import after, group_at, subject

_BACKERS_OF = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:investors|backers|shareholders)(?![\w-])")


_BACKED = re.compile(r"(?<=[\w)])-(?:backed|funded|financed)\s+")
_BACKED_GAP = re.compile(r"(?:[\w-]+\s+){0,3}")


def backed(doc: Doc) -> list[Draft]:
    """ "Microsoft-backed OpenAI", "SoftBank-funded startup X": an investment
    of the first name in the second."""
    out = []
    for match in _BACKED.finditer(doc.body):
        i = doc.index_of(match.start())
        if i >= len(doc.sentences) or doc.sentences[i].start > match.start():
            continue
        ents = doc.ents(i)
        investor = [e for e in ents if e.end == match.start() and e.name]
        if investor:
            # "the Amazon- and Ford-backed electric vehicle company": two backers
            first = _SUSPENDED.search(doc.body, max(0, investor[0].start - 12), investor[0].start)
            investor = [e for e in ents if first and e.end == first.start() and e.name] + investor
        investee = [
            e
            for e in ents
            if e.start >= match.end()
            and e.type == "organization"
            and _BACKED_GAP.fullmatch(doc.body, match.end(), e.start)
        ][:1]
        if investor and not investee:
            # "Rivian, the Amazon- and Ford-backed electric vehicle company,": the apposed name
            opening = _APPOSED_BACKED.search(
                doc.body, max(0, investor[0].start - 12), investor[0].start
            )
            investee = [e for e in ents if opening and e.end == opening.start() and e.name][:1]
        if investor and investee:
            parties = [(e, "investor") for e in investor] + [(investee[0], "investee")]
            out.append(Draft("deal", i, "investment", "completed", parties, anchor=match.start()))
    return out


_SUSPENDED = re.compile(r"-\s+(?:and|et|&)\s+$")
_APPOSED_BACKED = re.compile(r",\s+(?:the|an?|la|le|l['’]|un|une)\s*$")


# "It counts SoftBank and Sherpalo among investors", "compte Bpifrance parmi ses
# actionnaires": the subject's investors; "SoftBank, an early backer of China's Alibaba":
# the name before the apposition invests in the one after it.
_COUNTS = re.compile(r"(?<![\w-])(?:counts?|counted|counting|compte|comptait|comptent)\s")
_AMONG = re.compile(
    r"\s(?:among|parmi)\s+(?:its\s+|their\s+|ses\s+|leurs\s+|les\s+)?(?:[\w-]+\s+)?"
    r"(?:investors|backers|shareholders|investisseurs|actionnaires|clients|customers)(?![\w-])"
)
# "which counts Volkswagen AG and General Motors Co as partners", "counts X as an investor"
_SUCH = re.compile(r"(?<![\w-])(?:tels que|telles que|tels|telles|comme|such as|including|like)\s")
_AS_ROLE = re.compile(
    r"\sas\s+(?:an?\s+|its\s+|their\s+)?(?:(?:early|key|major|strategic|existing)\s+)?"
    r"(?:investors?|backers?|shareholders?|partners?)(?![\w-])"
)
_BACKER_OF = re.compile(
    r",\s+(?:an?|un|une|one of (?:its|the)|l['’]un des)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:backer|investor|shareholder|investisseur|actionnaire)s?\s+(?:of|in|de|d['’]|du|dans)\s+"
)
_ALONGSIDE = re.compile(
    r"\s+(?:alongside|along with|together with|with participation from|aux côtés de|"
    r"aux côtés d['’]|avec)\s+(?:(?:existing|new|other|fellow)\s+)?(?:(?:investors|backers)\s+)?"
)
_BACKED_NAME_GAP = re.compile(
    r"(?:[\w-]+['’]s\s+|(?:companies|startups|start-ups|firms)\s+(?:including|such as|like)\s+)?"
)
_OWNED_BY = re.compile(r"(?:of|in|de|du|d['’])\s+(?:[\w-]+['’]s\s+)?$")


def investors_named(doc: Doc) -> list[Draft]:
    """Investments an idiom of ownership names: "counts X among its investors",
    "X, an early backer of Y"."""
    out = []
    body = doc.lowered
    for match in _BACKER_OF.finditer(body):
        i = doc.index_of(match.start())
        if i >= len(doc.sentences):
            continue
        ents = doc.ents(i)
        investor = [e for e in ents if e.name and 0 <= match.start() - e.end <= 1]
        first = [
            k
            for k, e in enumerate(ents)
            if e.name
            and e.type == "organization"
            and e.start >= match.end()
            and _BACKED_NAME_GAP.fullmatch(body, match.end(), e.start)
        ]
        # "an early backer of companies including Snapchat, Epic Games and StabilityAI": each
        investees = group_at(doc, ents, first[0], doc.sentences[i].end) if first else []
        for investee in investees if investor else []:
            if investee.name and investee.name != investor[0].name:
                parties = [(investor[0], "investor"), (investee, "investee")]
                draft = Draft("deal", i, "investment", "completed", parties, anchor=match.start())
                out.append(draft)
    for count in _COUNTS.finditer(body):
        i = doc.index_of(count.start())
        if i >= len(doc.sentences):
            continue
        sentence = doc.sentences[i]
        among = _AMONG.search(body, count.end() - 1, sentence.end)
        if among is None:
            among = _AS_ROLE.search(body, count.end(), min(sentence.end, count.end() + 120))
        if among is None:
            continue
        told = among.group().rstrip()
        kind = (
            "partnership"
            if told.endswith(("partners", "partner"))
            else "contract"  # "compte parmi ses clients Cisco ou Microsoft"
            if told.endswith(("clients", "customers"))
            else ""
        )
        # (up to the verb's end: "Darktrace, which counts" is a relative on Darktrace)
        investee = [e for e in subject(doc, i, sentence.start, count.end() - 1) if e.name]
        investors = [
            e
            for e in doc.ents(i)
            if e.name
            and count.end() <= e.start
            and e.end <= among.start()
            and not _OWNED_BY.search(body, max(count.end(), e.start - 20), e.start)
        ]
        if not investors and among.group().startswith((" parmi", " among")):
            # "compte parmi ses clients des géants de la tech, tels Cisco ou Microsoft"
            investors = after(
                doc, i, among.end(), sentence.end, _SUCH, mark_reach=60, reach=30
            ) or after(doc, i, among.end(), sentence.end, None, reach=3)
        for investor in investors if investee else []:  # a stake each, of its own size
            if kind == "contract":  # a customer each
                parties = [(investee[0], "contractor"), (investor, "client")]
            elif kind:  # "which counts Volkswagen and GM as partners": a partnership each
                parties = [(investee[0], "partner"), (investor, "partner")]
            else:
                parties = [(investor, "investor"), (investee[0], "investee")]
            draft = Draft("deal", i, kind or "investment", "completed", parties)
            draft.anchor = count.start()
            out.append(draft)
    return out


# "Investors in the round include Accel and Sequoia", "Backers include X", "Parmi les
# investisseurs figurent X": investors named after the word; "Accel and Sequoia also
# participated", "X et Y ont également participé": investors named before the verb.
NAMED_AFTER = re.compile(
    r"(?<![\w-])(?:investors|backers|participants|investisseurs)(?:[^.;:]{0,60}?)?\s+"
    r"(?:include|includes|included|comprise|comprised|figurent|comptent|incluent)\s"
    # "Other backers are X, Y and Z", "Backing Mistral are"
    r"|(?<![\w-])(?:other|new|existing|additional|returning|further)\s+(?:investors|backers|"
    r"participants)(?:\s+in the (?:round|raise|financing))?\s+(?:are|were)\s"
    r"|(?<![\w-])backing\s+(?:[\w-]+\s+){1,3}(?:are|were|is)\s"
    r"|(?<![\w-])parmi les (?:investisseurs|participants)[^.;:]{0,30}?\s"
    r"(?:figurent|on trouve|on retrouve)\s"
    # "The new round includes investors such as TSG Consumer Partners and IVP"
    r"|(?<![\w-])(?:round|raise|funding|financing)\s+(?:includes|included|include)\s+"
    r"(?:(?:new|existing|other)\s+)?(?:investors|backers)\s+(?:such as|like|including)\s"
    # "The round was led by X", "La transaction a été menée par X"
    r"|(?<![\w-])(?:the|this|la|l['’]|cette|ce)\s*(?:round|raise|financing|funding|transaction|"
    r"opération|levée|tour de table|tour)\s+(?:was|has been|a été|est|était)\s+"
    r"(?:co-?led|led|menée?|co-?menée?|pilotée?|conduite?)\s+(?:by|par)\s"
    # "The latest raise is from existing investors, venture capital giants X, Y"
    r"|(?<![\w-])(?:raise|round|funding|financing|money|capital)\s+(?:is|was|came|comes)\s+"
    r"from\s+(?:(?:existing|new|its|current)\s+)?(?:investors|backers|shareholders)?,?\s"
    # "The round featured participation from investors X, Y and Z", "The round saw
    # participation from X"
    r"|(?<![\w-])(?:round|raise|funding|financing|levée|tour de table)\s+(?:featured|features|"
    r"saw|drew|attracted|included|includes|had|also had)\s+(?:the\s+)?participation\s+"
    r"(?:from|of|by)\s+(?:(?:new|existing|other|returning)\s+)?(?:investors\s+)?"
    # "Others in the round include existing investors X and Y"
    r"|(?<![\w-])others\s+(?:in|joining|participating in)\s+the\s+(?:round|raise|financing)\s+"
    r"(?:include|includes|included|are|were)\s"
    # "Four big-name backers jointly led the round — X; Y; Z"
    r"|(?<![\w-])(?:co-?led|led)\s+the\s+(?:round|raise|financing)\s*[—–:]\s*"
    # "involved additional commitments from investors including X, Y and Z"
    r"|(?<![\w-])(?:from|by)\s+(?:other\s+|new\s+|existing\s+)?investors\s+(?:including|such as|"
    r"like)\s"
    # "cette levée intègre également la participation de plusieurs partenaires
    # stratégiques dont Salesforce", "Plusieurs investisseurs ..., parmi lesquels Bpifrance"
    r"|(?<![\w-])(?:levée|tour de table|tour|opération)\s+(?:intègre|inclut|comprend|compte|"
    r"réunit|associe)\s+(?:également\s+|aussi\s+)?(?:la participation|le soutien)\s+"
    r"(?:de|d['’])[^.;:]{0,80}?\s(?:dont|notamment|comme|tels que|incluant)\s"
    r"|(?<![\w-])investisseurs[^.;:]{0,120}?,\s+parmi lesquels\s"
    # "Existing investors, including Sequoia Capital and X, are in talks to participate"
    r"|(?<![\w-])(?:existing|new|other|current)\s+(?:investors|backers)\s*,?\s+"
    r"(?:including|such as|like)\s(?=[^.;]{0,160}(?<![\w-])(?:participat\w*|join\w*|take part|"
    r"taking part|invest\w*)(?![\w-]))"
    # (not "declined to participate", "have instead invested in rival Zentrix")
    r"(?![^.;]{0,160}(?<![\w-])(?:declin\w*|refus\w*|not|n['’]t|never|instead|rival|rivals)"
    r"(?![\w-]))"
    # "son investisseur principal : le géant chinois Tencent", "the lead investor is X"
    r"|(?<![\w-])(?:lead investor|investisseur principal|chef de file)\s*(?::|is|was|est|était)\s"
)
_ITEM_END = re.compile(";")
_THIS_ROUND = re.compile(
    r"(?<![\w-])(?:this|that|the|cette|ce|la)\s+(?:latest\s+|new\s+|nouvelle\s+)?"
    r"(?:round|raise|financing|levée|tour de table)(?![\w-])"
)
_EARLIER = re.compile(
    r"(?<![\w-])(?:earlier|previous|prior|past|early|first|former)\s+(?:backers|investors|"
    r"shareholders|investisseurs|actionnaires)(?![\w-])|(?<![\w-])(?:anciens|premiers)\s+"
    r"(?:investisseurs|actionnaires)(?![\w-])"
    # "CarDekho’s existing investors include", "Major backers include": who owns it, not
    # who joined the round (not "existing investors X and Y also participated")
    r"|(?<![\w-])(?:existing|current|major|key|other existing)\s+(?:backers|investors|"
    r"shareholders)\s+(?:include|includes|included|are|comprise)(?![\w-])"
)
_NAMED_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:also|too|both)\s+)?(?:participated|took part|chipped in|followed on|"
    r"joined (?:the |in the )?(?:round|funding|financing|raise)|participé|participent|"
    r"ont suivi|a suivi|ont remis au pot|a remis au pot)(?![\w-])"
)


_ADVISER_AFTER = re.compile(
    r",?\s+(?:the\s+|le\s+|l['’]|as\s+|comme\s+)?(?:\w+\s+)?"
    r"(?:conseil|conseiller|adviser|advisor|advisers|advisors|agent|banquier|banker|lawyers?|avocats?)"
    r"(?![\w-])"
)


def later_investors(doc: Doc, drafts: list[Draft]) -> None:
    """Investors of a round named in the three sentences after it join that
    round ("The latest raise is from existing investors X and Y. New investors
    in the round include Z."), up to the next sentence that tells a deal of its
    own, whose own parties stay its own ("Si le montant reste inférieur aux
    levées de Wynd..., l'opération se distingue par son investisseur principal :
    Tencent")."""
    told: dict[int, set[str]] = {}
    own: set[int] = set()  # sentences telling a deal of their own (not "X led the round")
    for d in drafts:
        if d.type == "deal":
            told.setdefault(d.i, set()).update(e.name for e, _ in d.parties if e.name)
            if d.kind != "funding_round" or any(r == "investee" for _, r in d.parties):
                own.add(d.i)
    earlier: list[Draft] = []
    for draft in drafts:
        if draft.type != "deal" or draft.kind != "funding_round":
            continue
        if not any(role == "investee" and e.name for e, role in draft.parties):
            continue
        if any(
            d.i == draft.i and d.kind == "funding_round" and d.anchor < draft.anchor
            for d in drafts
            if d.type == "deal"
        ):
            continue  # "raised $385 million, after the $105 million raised": the first's
        investee = {e.name for e, role in draft.parties if role == "investee"}
        for k in range(draft.i + 1, min(len(doc.sentences), draft.i + 9)):
            sentence = doc.sentences[k]
            far = k > draft.i + 3
            if far and not _THIS_ROUND.search(doc.lowered, sentence.start, sentence.end):
                continue  # farther than three sentences, only "cette levée intègre ..."
            found = [e for e in _investors_named(doc, k) if e.name not in told.get(k, ())]
            earlier_ = _EARLIER.search(doc.lowered, sentence.start, sentence.end)
            if found and earlier_:
                # "Its earlier backers include Microsoft's M12 unit and Walt Disney": each
                # an investment of its own, not in the round just told
                company = [e for e, role in draft.parties if role == "investee" and e.name][:1]
                owner = [
                    e
                    for e in doc.plain_ents(k)
                    if e.type == "organization"
                    and e.name
                    and re.fullmatch(r"['’]s?\s+", doc.lowered[e.end : earlier_.start()])
                ]
                company = owner[:1] or company  # "Orbital's existing investors include A, B"
                found = [e for e in found if e.name not in {c.name for c in company}]
                for e in found:
                    parties = [(e, "investor"), (company[0], "investee")]
                    earlier.append(
                        Draft("deal", k, "investment", "completed", parties, anchor=sentence.start)
                    )
                break
            if any(
                e.name not in investee and _BACKERS_OF.match(doc.lowered, e.end)
                for e in doc.plain_ents(k)
                if e.type == "organization" and e.name
            ):
                break  # "Orbital Systems' investors include ...": another company's backers
            names = {e.name for e, _ in draft.parties}
            draft.parties += [(e, "investor") for e in found if e.name not in names]
            if k in own:
                break
    drafts += earlier


def _investors_named(doc: Doc, k: int) -> list[Ent]:
    sentence, body = doc.sentences[k], doc.lowered
    orgs = [e for e in doc.ents(k) if e.type == "organization" and e.name and not e.coref]
    if not orgs:
        return []
    named = NAMED_AFTER.search(body, sentence.start, sentence.end)
    if named:
        # people invest too: "Other investors include former Google chief Eric Schmidt"
        later = [e for e in doc.ents(k) if e.start >= named.end() and e.name and not e.coref]
        if later and _ADVISER_AFTER.match(body, later[0].end):
            return []  # "L'opération a été menée par Rothschild & Co, conseil de Lumora"
        if later and ";" in body[named.end() : sentence.end]:
            # "led the round — X, an endowment-style fund; Y; payments giant Z; and W":
            # the first name of each item
            ends = [m.start() for m in _ITEM_END.finditer(body, named.end(), sentence.end)]
            items = zip([named.end(), *ends], [*ends, sentence.end], strict=True)
            ents = doc.ents(k)
            named_in = ([e for e in ents if lo <= e.start < hi and e.name] for lo, hi in items)
            return [found[0] for found in named_in if found]
        if not later:
            return []
        ents = doc.ents(k)
        group = group_at(doc, ents, ents.index(later[0]), sentence.end)
        while (more := _ALONGSIDE.match(body, group[-1].end)) is not None:
            # "led by A and B alongside existing investors C and D"
            nxt = [e for e in ents if e.start == more.end() and e.name]
            if not nxt:
                break
            group += group_at(doc, ents, ents.index(nxt[0]), sentence.end)
        return group
    verb = _NAMED_BEFORE.search(body, sentence.start, sentence.end)
    if verb:
        return [
            e for e in subject(doc, k, sentence.start, verb.start()) if e.type == "organization"
        ]
    return []


# "Other investors in Gojek include Facebook, KKR as well as Astra International",
# "Les actionnaires de Lumora comptent X": a company's backers, each an investment.
_INVESTORS_IN = re.compile(
    r"(?<![\w-])(?:(?:other|existing|major|early|key|big)\s+)?(?:investors|backers|shareholders)\s+"
    r"(?:in|of)\s+"
)
_INCLUDE = re.compile(r"\s+(?:include|includes|included|are|were|comprise)\s")


def investors_in(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Investments a list of a company's backers names ("Other investors in Gojek include
    Facebook and KKR"), unless they are the backers of its round just told (those join
    it: ``later_investors``)."""
    out = []
    rounds = [d for d in drafts if d.type == "deal" and d.kind == "funding_round"]
    for match in _INVESTORS_IN.finditer(doc.lowered):
        i = doc.index_of(match.start())
        if i >= len(doc.sentences):
            continue
        ents = doc.ents(i)
        company = [
            e for e in ents if e.start == match.end() and e.name and e.type == "organization"
        ]
        include = _INCLUDE.match(doc.lowered, company[0].end) if company else None
        if include is None:
            continue
        name = company[0].name
        if any(
            0 <= i - d.i <= 3 and any(e.name == name and r == "investee" for e, r in d.parties)
            for d in rounds
        ):
            continue
        later = [k for k, e in enumerate(ents) if e.start >= include.end()]
        backers = group_at(doc, ents, later[0], doc.sentences[i].end) if later else []
        for e in backers:
            if e.name and e.name != name and not doc.lowered.startswith(("'s", "’s"), e.end):
                # (not "include Kestrel's founder": a person of Kestrel's)
                parties = [(e, "investor"), (company[0], "investee")]
                out.append(
                    Draft("deal", i, "investment", "completed", parties, anchor=match.start())
                )
    return out


# "Reddit's second largest shareholder is Tencent", "X is the largest investor in Y"
_HOLDER = re.compile(
    r"(?<![\w-])(?:(?:second|third|fourth|fifth|single)[- ])?(?:largest|biggest|main|"
    r"principal|controlling|top)\s+(?:outside\s+|individual\s+|institutional\s+)?"
    r"(?:shareholder|stockholder|investor)(?![\w-])"  # (not "the largest owner of Nvidia chips")
)
_HELD_POSSESSIVE = re.compile(r"['’]s?\s+$")
_HELD_OF = re.compile(r"\s+(?:of|in)\s+(?:[a-z][\w-]*\s+){0,3}")
_HOLDER_IS = re.compile(r"\s+(?:is|was|remains|became|has been)\s+")
_IS_HOLDER = re.compile(
    r"\s+(?:is|was|remains|became|has become|has been)\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:the\s+|its\s+|their\s+|a\s+)?$"
)


def holders(doc: Doc) -> list[Draft]:
    """Ownership told as a rank: "Reddit's second largest shareholder is Chinese
    technology company Tencent", "Sam Altman, CEO of OpenAI, is Reddit's third-largest
    shareholder", "Orbital is the biggest investor in Lumora": an investment, held."""
    out = []
    body = doc.lowered
    for match in _HOLDER.finditer(body):
        i = doc.index_of(match.start())
        if i >= len(doc.sentences):
            continue
        sentence = doc.sentences[i]
        ents = [e for e in doc.ents(i) if e.name]
        owned = [
            e
            for e in ents
            if e.end <= match.start()
            and _HELD_POSSESSIVE.fullmatch(body, e.end, match.start())
            and e.type == "organization"
        ]
        rest = match.end()
        if not owned:
            of = _HELD_OF.match(doc.body, match.end())  # (lowercase words: descriptors)
            owned = [e for e in ents if of and e.start == of.end() and e.type == "organization"]
            rest = owned[0].end if owned else rest
        if not owned:
            continue
        holder = []
        opening = owned[0].start if owned[0].end <= match.start() else match.start()
        before = body[sentence.start : opening]
        if is_ := _HOLDER_IS.match(body, rest):
            # "Reddit's second largest shareholder is Chinese technology company Tencent"
            after_is = is_.end()
            holder = [e for e in ents if e.start >= after_is][:1]
            if holder and not _DESCRIBED_GAP.fullmatch(body, after_is, holder[0].start):
                holder = []
        elif _IS_HOLDER.search(before):
            # "Sam Altman, CEO of OpenAI, is Reddit's third-largest shareholder"
            holder = subject(doc, i, sentence.start, opening)[:1]
        else:
            # "Orbital Systems, the largest shareholder of Lumora Labs, opposed the deal"
            holder = [e for e in ents if _APPOSED_HOLDER.fullmatch(body, e.end, opening)][-1:]
            # "Lumora Labs's largest shareholder, Orbital Systems, said"
            holder = holder or [
                e
                for e in ents
                if e.start == rest + 2
                and body.startswith(", ", rest)
                and body[e.end : e.end + 1] in (",", "(")
            ]
        if holder and holder[0].name != owned[0].name:
            parties = [(holder[0], "investor"), (owned[0], "investee")]
            out.append(Draft("deal", i, "investment", "completed", parties, anchor=match.start()))
    return out


_APPOSED_HOLDER = re.compile(r",\s+(?:(?:the|its|their|a)\s+)?")
# "is Chinese technology company Tencent" (not "is in talks with Kestrel")
_DESCRIBED_GAP = re.compile(
    r"(?:(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,3}(?:company|firm|group|giant|fund|"
    r"conglomerate|investor|bank|billionaire|entrepreneur|founder)\s+)?"
)
