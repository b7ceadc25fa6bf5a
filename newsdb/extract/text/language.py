"""Language detection by counting common function words.

Enough for whole news articles in the languages newsdb reads (en, fr, de, es,
it, pt, nl): measured against lingua-language-detector and langdetect in
``benchmarks/bench_language.py``, it agrees on every test article, is tens of
times faster and needs no model.  Returns None when the text has too few
function words to decide (numbers only, a one-line footer, another script).
"""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = {
    "en": (
        "the and of to is that with for was are has have it this which from by be will its on "
        "at not but they their were would been said who an or as can could than more after "
        "about into"
    ),
    "fr": (
        "le les des est une et du dans pour qui que sur pas au aux avec ont sont cette ces il "
        "elle leur plus été mais ou son sa ses nous vous lui fait être avait entre aussi "
        "comme selon la de en a milliards deux"
    ),
    "de": (
        "der die das und ist nicht mit sich auf für ein eine dem den zu von auch es wird "
        "wurde bei nach aus sind hat dass im einen einer noch wie oder aber nur werden "
        "millionen milliarden zwei"
    ),
    "es": (
        "el los las del y que por con para una se al su lo como más pero sus fue está son "
        "también entre este esta hay muy ya cuando sobre tiene han desde la de en a millones "
        "mil dos según"
    ),
    "it": (
        "il lo della che di è per non una gli del dei alla sono con anche questo nel ha ma "
        "più come delle degli nella stato essere alle suo loro tra la a miliardi milioni due "
        "secondo"
    ),
    "pt": (
        "o os as do da dos das não uma em com para que é por mais ao se foi são mas na no "
        "pelo pela também como seu sua entre já está ter foram de a milhões bilhões dois "
        "segundo"
    ),
    "nl": (
        "de het een en van is dat op te in voor met zijn niet aan er ook als bij door maar om "
        "naar nog wordt werd hebben heeft dan worden deze miljoen miljard twee"
    ),
}
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words.split():
        _WEIGHTS.setdefault(_word, {})[_lang] = 0.0
for _word, _langs in _WEIGHTS.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)  # a word shared by n languages counts 1/n

LANGUAGES = tuple(_STOPWORDS)
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters read: plenty for an article, bounded for a book
_MIN_HITS = 2.0


def detect_language(body: str, lowers: list[str] | None = None) -> str | None:
    """ISO 639-1 code of the body's language, or None when unsure.

    ``lowers``: the body's words lowercased, when the caller has them already.
    """
    scores = dict.fromkeys(LANGUAGES, 0.0)
    if lowers is None or len(body) > _SAMPLE:
        lowers = _WORD.findall(body[:_SAMPLE].lower())
    counts = Counter(lowers)
    for word in counts.keys() & _WEIGHTS.keys():
        for lang, weight in _WEIGHTS[word].items():
            scores[lang] += weight * counts[word]
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < _MIN_HITS or top < 1.3 * second:
        return None
    return best
