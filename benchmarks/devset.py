"""Accuracy of `newsdb extract` on real news: the table of issue 14.

Runs the two scorers of the shared development corpus, strict, on all its
articles and on each language apart:

    ../shared/tools/score-extraction DEVSET --strict        (money, dates, organizations, people)
    ../shared/tools/score-facts DEVSET DEVSET --strict      (deals, lawsuits, valuations)

and prints recall and precision per type as a Markdown table.  The scorers
run the `newsdb` beside this Python (the project's venv), so the figures are
those of this checkout.  The devset texts are third-party: they are read from
the shared folder and never copied into the repository (per-language runs
use symbolic links in a temporary folder).

Usage: python benchmarks/devset.py [DEVSET] [--json]
       (default DEVSET: ../shared/devset beside the repository; --json prints
       the figures as one JSON object instead of the table)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ("deal", "lawsuit", "valuation")
MENTIONS = ("organization", "person", "date", "money")
LABELS = {
    "deal": "deals (kind, two parties on the right side, amount)",
    "lawsuit": "lawsuits (a plaintiff and a defendant)",
    "valuation": "valuations (amount)",
    "organization": "organizations (exact names)",
    "person": "people",
    "date": "dates (value)",
    "money": "money (amount and currency)",
}


def shared() -> Path:
    """The shared folder: ../shared from the repository (a worktree or a clone)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "tools").is_dir():
            return base / "shared"
    raise SystemExit("benchmarks/devset.py: no ../shared/tools beside the repository")


def score(tool: Path, args: list[str]) -> dict:
    """The JSON summary (last line) a scorer prints."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(
        [sys.executable, str(tool), *args, "--strict"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
        raise SystemExit(f"benchmarks/devset.py: {tool.name} failed: {tail}")
    return json.loads(lines[-1])


def language_of(gold: Path) -> str | None:
    import yaml

    data = yaml.safe_load(gold.read_text(encoding="utf-8")) or {}
    return data.get("language")


def subset(devset: Path, language: str, into: Path) -> Path:
    """A folder of symbolic links to the devset articles in ``language``."""
    folder = into / language
    folder.mkdir()
    for gold in sorted(devset.glob("*.yaml")):
        if language_of(gold) == language:
            for path in (gold, gold.with_suffix(".txt")):
                (folder / path.name).symlink_to(path.resolve())
    return folder


def measure(devset: Path) -> dict[str, dict]:
    """{"all"|"en"|"fr": {type: {"recall", "precision", "gold", "extracted"}}}."""
    tools = shared() / "tools"
    out = {}
    with tempfile.TemporaryDirectory(prefix="newsdb-devset.") as tmp:
        folders = {"all": devset}
        for language in ("en", "fr"):
            folders[language] = subset(devset, language, Path(tmp))
        for name, folder in folders.items():
            if not any(folder.glob("*.yaml")):
                continue  # a set in one language: the other's columns stay empty
            facts = score(tools / "score-facts", [str(folder), str(folder)])
            mentions = score(tools / "score-extraction", [str(folder)])
            out[name] = {k: facts.get(k) or mentions.get(k) for k in FACTS + MENTIONS}
    return out


def cell(figures: dict | None, key: str) -> str:
    value = (figures or {}).get(key)
    return "–" if value is None else f"{value:.2f}"


def table(results: dict[str, dict]) -> str:
    head = "| strict | all: recall | precision | en: recall | precision | fr: recall | precision |"
    rows = [head, "|---|---|---|---|---|---|---|"]
    for kind in FACTS + MENTIONS:
        cells = [LABELS[kind]]
        for name in ("all", "en", "fr"):
            figures = results.get(name, {}).get(kind)
            cells += [cell(figures, "recall"), cell(figures, "precision")]
        rows.append("| " + " | ".join(cells) + " |")
    counts = {k: (results["all"].get(k) or {}).get("gold") for k in FACTS + MENTIONS}
    rows.append("")
    rows.append("gold items: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return "\n".join(rows)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    devset = Path(args[0]) if args else shared() / "devset"
    if not devset.is_dir():
        raise SystemExit(f"benchmarks/devset.py: {devset}: no such folder")
    if not any(devset.glob("*.yaml")):
        raise SystemExit(f"benchmarks/devset.py: {devset}: no gold annotations (NAME.yaml)")
    results = measure(devset.resolve())
    if "--json" in sys.argv:
        print(json.dumps(results))
    else:
        articles = len(list(devset.glob("*.yaml")))
        print(f"newsdb on {devset} ({articles} real articles), --strict\n")
        print(table(results))


if __name__ == "__main__":
    main()
