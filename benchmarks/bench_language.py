"""Language detection: newsdb's function-word counter against lingua and langdetect.

Corpus: the five seeds, the test articles (front matter ``language``) and short
news paragraphs in the other languages below.  Prints accuracy, documents per
second and the memory each detector adds.  lingua-language-detector and
langdetect are optional: a missing one is reported and skipped.

Usage: python benchmarks/bench_language.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdb.extract import detect_language  # noqa: E402

LANGS = ("en", "fr", "de", "es", "it", "pt", "nl")
SEEDS = {"000": "fr", "001": "en", "002": "en", "003": "en", "004": "en"}
SNIPPETS = [
    (
        "de",
        "Der Softwarekonzern hat am Dienstag angekündigt, dass er das Start-up für rund zwei "
        "Milliarden Euro übernehmen will. Die Aktie stieg daraufhin um vier Prozent, nachdem "
        "Analysten die Übernahme als strategisch sinnvoll bezeichnet hatten.",
    ),
    (
        "de",
        "Die Kartellbehörde prüft die Fusion seit Januar. Nach Angaben des Unternehmens soll "
        "der Abschluss noch in diesem Jahr erfolgen, wenn die Behörden zustimmen.",
    ),
    (
        "es",
        "La empresa anunció el martes la compra de la startup por unos dos mil millones de "
        "dólares, una operación que según los analistas refuerza su posición en el mercado de la "
        "inteligencia artificial.",
    ),
    (
        "es",
        "El regulador europeo abrió una investigación sobre el acuerdo, que podría cerrarse "
        "a finales de año si no hay objeciones por parte de las autoridades.",
    ),
    (
        "it",
        "La società ha annunciato martedì l'acquisizione della startup per circa due miliardi "
        "di euro, un'operazione che secondo gli analisti rafforza la sua posizione nel mercato.",
    ),
    (
        "it",
        "Il titolo è salito del quattro per cento dopo che l'azienda ha confermato le stime "
        "per l'anno in corso e ha annunciato un nuovo piano di investimenti.",
    ),
    (
        "pt",
        "A empresa anunciou na terça-feira a compra da startup por cerca de dois bilhões de "
        "dólares, uma operação que segundo os analistas reforça a sua posição no mercado.",
    ),
    (
        "pt",
        "O regulador abriu uma investigação sobre o acordo, que não deve ser concluído antes "
        "do final do ano, segundo pessoas próximas das negociações.",
    ),
    (
        "nl",
        "Het bedrijf heeft dinsdag bekendgemaakt dat het de start-up voor ongeveer twee miljard "
        "euro overneemt. Volgens analisten versterkt de overname de positie van het concern.",
    ),
    ("en", "Shares rose 4% after the company said it would buy the start-up for about $2 billion."),
    (
        "fr",
        "Le titre a gagné 4 % après l'annonce du rachat de la start-up pour 2 milliards d'euros.",
    ),
]


def corpus() -> list[tuple[str, str]]:
    docs = [
        (SEEDS[p.name[:3]], p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    for path in sorted((ROOT / "tests" / "articles").glob("*.md")):
        head, _, body = path.read_text(encoding="utf-8")[4:].partition("\n---\n")
        language = next(
            line.split(": ")[1] for line in head.splitlines() if line.startswith("language:")
        )
        docs.append((language, body))
    return docs + SNIPPETS


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(name: str, detect, docs) -> None:
    right = sum(detect(text) == lang for lang, text in docs)
    wrong = [(lang, detect(text), text[:40]) for lang, text in docs if detect(text) != lang]
    rates = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(10):
            for _lang, text in docs:
                detect(text)
        rates.append(10 * len(docs) / (time.perf_counter() - start))
    print(f"{name:<28} {right}/{len(docs)} right  {statistics.median(rates):>8,.0f} docs/s")
    for lang, got, text in wrong:
        print(f"    expected {lang}, got {got}: {text!r}")


def main() -> None:
    docs = corpus()
    print(
        f"{len(docs)} documents: "
        + ", ".join(f"{lang}={sum(d[0] == lang for d in docs)}" for lang in LANGS)
    )
    measure("newsdb function words", detect_language, docs)
    try:
        from lingua import Language, LanguageDetectorBuilder

        before = rss_mb()
        t0 = time.perf_counter()
        names = {
            "en": "ENGLISH",
            "fr": "FRENCH",
            "de": "GERMAN",
            "es": "SPANISH",
            "it": "ITALIAN",
            "pt": "PORTUGUESE",
            "nl": "DUTCH",
        }
        detector = LanguageDetectorBuilder.from_languages(
            *(getattr(Language, names[code]) for code in LANGS)
        ).build()

        def lingua_detect(text: str) -> str | None:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else None

        lingua_detect("warm up the models")
        built = time.perf_counter() - t0
        print(f"lingua: +{rss_mb() - before:.0f} MB resident, {built:.2f} s to build and warm up")
        measure("lingua (7 languages)", lingua_detect, docs)
    except ImportError:
        print("lingua-language-detector not installed: skipped")
    try:
        import langdetect

        langdetect.DetectorFactory.seed = 0
        before = rss_mb()

        def langdetect_detect(text: str) -> str | None:
            try:
                return langdetect.detect(text)
            except langdetect.LangDetectException:
                return None

        langdetect_detect("warm up the profiles")
        print(f"langdetect: +{rss_mb() - before:.0f} MB resident")
        measure("langdetect (all languages)", langdetect_detect, docs)
    except ImportError:
        print("langdetect not installed: skipped")


if __name__ == "__main__":
    main()
