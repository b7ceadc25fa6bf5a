"""Organizations, people and products in a text: the gazetteer's names, then candidates.

Every alias of every entity is matched longest first at word boundaries, from
a dict keyed by the alias's first word, so the cost does not grow with the size
of the gazetteer.  Case: an alias matches its own spelling, an ALL-CAPS
rendering ("XAI" for "xAI"), or the same words with the same initial capitals
("Deepseek" for "DeepSeek"); "le monde" is not "Le Monde".  Short all-caps and
one- or two-letter aliases ("X", "SEC", "AWS") match only exactly, and "X" not
inside "X-ray".  Unknown capitalized names come from ``candidates.py``.
"""

from __future__ import annotations

import re

from newsdb.extract.gazetteer import Gazetteer, KnownName
from newsdb.extract.mentions.article_terms import defined_acronyms
from newsdb.extract.mentions.candidates import find_candidates
from newsdb.extract.mentions.mention import Mention
from newsdb.extract.text.normalize import fold, folded_word_set
from newsdb.extract.text.tokens import Words, tokenize
from newsdb.extract.text.word_lists import (
    COURT_WORDS,
    FIRST_NAMES,
    PLACES,
    STOPWORDS,
    UNIT_WORDS,
)


def _case_ok(text: str, alias: KnownName) -> bool:
    if text == alias.text:
        return True
    if alias.strict:
        return False
    if text.isupper() and sum(ch.isalpha() for ch in text) >= 2:
        return True
    words, alias_words = text.split(), alias.text.split()
    return len(words) == len(alias_words) and all(
        w[0].isupper() == a[0].isupper() for w, a in zip(words, alias_words, strict=True)
    )


def _known(body: str, tokens: list[re.Match], lowers: list[str], gazetteer: Gazetteer):
    """(first token, start, end, alias) for every gazetteer match, longest first."""
    found = []
    index = gazetteer.index
    size = len(body)
    lowered = body.lower()
    if len(lowered) != size:
        lowered = "".join(ch.lower()[0] for ch in body)  # keep offsets ("İ")
    next_free = 0
    for i in [i for i, word in enumerate(lowers) if word in index]:
        start = tokens[i].start()
        if start < next_free:
            continue
        for alias in index[lowers[i]]:
            end = start + len(alias.text)
            if end > size or (end < size and (body[end].isalnum() or body[end] == "_")):
                continue
            if not lowered.startswith(alias.lower, start):
                text = body[start:end]
                if " ".join(text.split()).lower() != alias.lower:
                    continue  # not even with other spaces ("Azure AI\nFoundry")
            text = body[start:end]
            if not _case_ok(text, alias):
                continue
            if len(alias.text) == 1 and (
                body[end : end + 1] == "-" or body[start - 1 : start] in "-."
            ):
                continue
            found.append((i, start, end, alias))
            next_free = end
            break
    return found


def _with_unit(body: str, tokens: list[re.Match], match: tuple) -> tuple:
    """Extend a known organization by the unit words after it: "Amazon
    Robotics" is another organization than Amazon (unresolved)."""
    i, start, end, alias = match
    if alias.type != "organization":
        return match
    j = i
    while j < len(tokens) and tokens[j].start() < end:
        j += 1
    new_end = end
    while j < len(tokens) and body[new_end : tokens[j].start()] == " ":
        word = tokens[j].group()
        if not (word[0].isupper() and fold(word) in UNIT_WORDS):
            break
        new_end = tokens[j].end()
        j += 1
    if (named := _named_unit(body, tokens, j, new_end)) is not None:
        return (i, start, named, alias)
    if j < len(tokens) and body[new_end : tokens[j].start()] == " ":
        word = tokens[j].group()  # "Google France", "Sequoia Capital China"
        after = body[tokens[j].end() : tokens[j].end() + 2]
        joined = after[:1] == " " and after[1:].isupper()  # not "Capital China Fund"
        if word[0].isupper() and fold(word) in PLACES and not joined:
            new_end = tokens[j].end()
    return (i, start, new_end, alias)


def _named_unit(body: str, tokens: list[re.Match], j: int, end: int) -> int | None:
    """The end of two to four words after a known name that end in a
    capitalized legal form or fund's or company's noun: another organization
    ("Google Ireland Limited", "OpenAI Startup Fund", "Reuters Founders
    Share Company", "Microsoft Ireland operations Limited")."""
    found = None
    for k in range(j, min(j + 4, len(tokens))):
        word = tokens[k].group()
        if body[end : tokens[k].start()] != " ":
            break
        if not word[0].isupper() and (k == j or fold(word) in STOPWORDS):
            break  # not "Proofpoint and the Company"
        end = tokens[k].end()
        if k > j and word[0].isupper() and fold(word) in _UNIT_ENDS:
            found = end
    return found


_UNIT_ENDS = folded_word_set(
    "limited ltd llc inc plc gmbh sas sarl ag nv bv spa srl pte pty fund company foundation trust"
)


def _given_name_before(body: str, tokens: list[re.Match], match: tuple) -> bool:
    """A known surname alone ("Gates") right after another given name is
    someone else ("Heather Gates"): left to the candidate rules."""
    i, start, _end, alias = match
    if alias.type != "person" or " " in alias.text or i == 0:
        return False
    before = tokens[i - 1].group()
    return (
        body[tokens[i - 1].end() : start] == " "
        and before[0].isupper()
        and fold(before) in FIRST_NAMES
        and not alias.name.startswith(before + " ")
    )


def _court(alias: KnownName) -> bool:
    """A court the gazetteer knows (for lawsuits) is matched, so that its words
    make no candidates, but it is no organization mention."""
    return alias.type == "organization" and not COURT_WORDS.isdisjoint(
        fold(w) for w in alias.name.split()
    )


def _same_body(phrase: str, name: str) -> bool:
    """ "Securities and Exchange Commission" is "U.S. Securities and Exchange Commission"."""
    phrase, name = fold(phrase), fold(name)
    return phrase in name or name in phrase


def find_entities(body: str, gazetteer: Gazetteer, words: Words | None = None) -> list[Mention]:
    """Known and candidate organizations, people and products in ``body``
    (``words``: the result of ``tokenize(body)``, computed when not given)."""
    tokens, lowers, texts = words if words is not None else tokenize(body)
    known = [_with_unit(body, tokens, k) for k in _known(body, tokens, lowers, gazetteer)]
    if "(" in body:
        # "the Fair Trade Commission (FTC)": this article's FTC is not the gazetteer's
        defined = defined_acronyms(body)
        known = [
            k
            for k in known
            if k[3].text not in defined or _same_body(defined[k[3].text], k[3].name)
        ]
    known = [k for k in known if not _given_name_before(body, tokens, k)]
    mentions = [
        Mention(a.type, body[s:e], s, e, name=a.name, resolved=True)
        if s == tokens[i].start() and e - s == len(a.text)
        else Mention("organization", body[s:e], s, e, name=body[s:e])
        for i, s, e, a in known
        if not _court(a)
    ]
    covered = bytearray(len(tokens))
    after_known = set()
    for i, _, end, _alias in known:
        j = i
        while j < len(tokens) and tokens[j].start() < end:
            covered[j] = 1
            j += 1
        if j < len(tokens) and body[end : tokens[j].start()] == " ":
            after_known.add(j)
    people = {
        fold(a.name.split()[-1]): (a.name, True)
        for _, _, _, a in known
        if a.type == "person" and " " in a.name
    }
    known_orgs = {  # "Getty" after "Getty Images": the same organization
        fold(a.name.split()[0]): a.name
        for _, _, _, a in known
        if a.type == "organization" and " " in a.name
    }
    mentions.extend(find_candidates(body, tokens, texts, covered, after_known, people, known_orgs))
    mentions.sort(key=lambda m: m.start)
    return mentions
