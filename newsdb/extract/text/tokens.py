"""The words of an article, found once and shared by the extractors."""

from __future__ import annotations

import re
from typing import NamedTuple

TOKEN = re.compile(r"\w+")
# A Reuters ticker, the exchange after the dot: "AMZN.O", "AIR.PA", "NOKIA.HE".
REUTERS_TICKER = r"[A-Z0-9]{1,6}(?:[a-z]|_[a-z])?\.[A-Z]{1,2}(?!\w|\.\w)"  # "SIEGn.DE", "VOWG_p.DE"


class Words(NamedTuple):
    tokens: list[re.Match]  # ``\w+`` matches: positions and original spelling
    lowers: list[str]  # the same words, lowercased
    texts: list[str]  # the same words, as written


def tokenize(body: str) -> Words:
    """Split ``body`` into words: one regex scan (in C); each word's text and
    lowercase come from its match, cheaper than scanning the text again.

    Lowercasing a word alone equals lowercasing it inside the text, except
    for a capital sigma (final or not, by the letters after it) and letters
    whose lowercase is longer ("İ"): such texts have their lowercase words
    cut from the lowercased text, as found there.
    """
    tokens = list(TOKEN.finditer(body))
    texts = [t.group() for t in tokens]
    if "Σ" not in body:
        lowers = [t.lower() for t in texts]
    else:
        lowered = body.lower()
        lowers = TOKEN.findall(lowered) if len(lowered) == len(body) else []
        if len(lowers) != len(tokens):
            lowers = [t.lower() for t in texts]
    return Words(tokens, lowers, texts)
