"""The words of an article, found once and shared by the extractors."""

from __future__ import annotations

import re
from typing import NamedTuple

TOKEN = re.compile(r"\w+")


class Words(NamedTuple):
    tokens: list[re.Match]  # ``\w+`` matches: positions and original spelling
    lowers: list[str]  # the same words, lowercased
    texts: list[str]  # the same words, as written


def tokenize(body: str) -> Words:
    """Split ``body`` into words (regex scans run in C; no per-word Python)."""
    tokens = list(TOKEN.finditer(body))
    texts = TOKEN.findall(body)
    lowered = body.lower()
    lowers = TOKEN.findall(lowered) if len(lowered) == len(body) else []
    if len(lowers) != len(tokens):  # a character whose lowercase is longer ("İ")
        lowers = [t.lower() for t in texts]
    return Words(tokens, lowers, texts)
