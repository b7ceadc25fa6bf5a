"""The one normalization of words and names, shared by extraction and resolution.

``clean_name``: a name as stored (NFKC, no invisible characters, one space);
``normalize``: the form names and trigger words are compared in;
``fold``: lowercase without accents, for the word lists;
``blank_pictographs``: emoji and flags as spaces, for reading a newsletter's text;
``word_set`` / ``folded_word_set``: a whitespace-separated list as a set of its
words, as written or folded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Emoji, flags (regional indicators), dingbats and their joiners and variation selectors.
_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")


def clean_name(name: str) -> str:
    """A name as stored: Unicode NFKC, invisible characters (zero-width spaces and
    joiners, direction marks, soft hyphens: category Cf) removed, one space."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


@lru_cache(maxsize=65536)  # the trigger finder normalizes the same few words all day
def normalize(name: str) -> str:
    """The form names (and trigger words) are compared in: cleaned (clean_name),
    casefolded, straight apostrophes."""
    return " ".join(clean_name(name).replace("’", "'").casefold().split())


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase and strip accents: "Élodie" -> "elodie"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list, as written."""
    return frozenset(text.split())


def folded_word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list, folded (see ``fold``)."""
    return frozenset(fold(w) for w in text.split())


def blank_pictographs(body: str) -> str:
    """``body`` with each emoji or flag character a space, offsets unchanged:
    "Trébol 🇨🇴 raised $3 Million" reads as a name before its verb."""
    return _PICTOGRAPHS.sub(" ", body) if _PICTOGRAPHS.search(body) else body


# A grave accent some sites print for an apostrophe: "Alphabet Inc`s Google".
_GRAVE_APOSTROPHE = re.compile(r"(?<=\w)`(?=\w)")


def plain_apostrophes(body: str) -> str:
    """``body`` with a grave accent between letters read as an apostrophe, offsets
    unchanged: "Alphabet Inc`s Google" is Alphabet's Google."""
    return _GRAVE_APOSTROPHE.sub("’", body) if "`" in body else body
