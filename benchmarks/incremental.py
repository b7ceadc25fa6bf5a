"""Incremental import: the time to import a small batch into a database that already
holds a corpus, which should grow with the batch, not with the database.

    python benchmarks/incremental.py --articles 10000 [--batch 100] [--runs 5] [--seed 1]

Generates (or reuses) the corpus N-sS in --corpus and the SQLite database it is
imported into once (N-sS.sqlite beside it, as `run.py --reuse` keeps it). The batch
is `--batch` of the corpus's articles, spread over it, told again by another outlet:
a new key and one more sentence, so that each is a new article reporting facts the
database holds (new evidence for them, their first report date and claims to look
at again). Each run imports the batch with `newsdb import` in a child process into a
fresh copy of the database (the copy is not timed): the seconds of its `import_paths` call, and of
its steps (converting amounts to USD, counting the conflicts…) as the import reports
them. Prints each run, and as its last line one JSON object with the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import corpus, reused_database

RETOLD = "\nOther outlets reported the same news later in the day."
# The child: one import, timed from inside (the interpreter's start is not the import's).
# An importer older than the per-step figures reports none.
CHILD = """
import json, sys, time
from pathlib import Path
from newsdb.importer import import_paths
start = time.perf_counter()
report = import_paths(sys.argv[1], [Path(sys.argv[2])])
steps = getattr(report, "seconds", {})
print(json.dumps({"import": time.perf_counter() - start, **steps}))
"""


def write_batch(path: Path, size: int, out: Path) -> Path:
    """`size` of the corpus's articles, evenly spread, as new articles (see above)."""
    records = [
        line for f in sorted(path.glob("articles-*.jsonl")) for line in f.open(encoding="utf-8")
    ]
    step = max(1, len(records) // size)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "batch.jsonl").open("w", encoding="utf-8") as f:
        for line in records[::step][:size]:
            record = json.loads(line)
            record["id"] = f"{record['id']}-retold"
            record["source"] = "Retold"
            record["body"] += RETOLD
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def timed_batch(database: Path, batch: Path, scratch: Path) -> dict[str, float]:
    """Seconds of the import of `batch` into a copy of the SQLite `database`, and of
    its steps, by name."""
    copy = scratch / "incremental.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
        if Path(f"{database}{suffix}").exists():
            shutil.copyfile(f"{database}{suffix}", f"{copy}{suffix}")
    child = subprocess.run(
        [sys.executable, "-c", CHILD, f"sqlite:///{copy}", str(batch)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(child.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, help="articles already held")
    parser.add_argument("--batch", type=int, default=100, help="articles imported on top")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(tempfile.gettempdir()) / "newsdb-bench",
        help="where generated corpora are kept and reused (default: $TMPDIR/newsdb-bench)",
    )
    args = parser.parse_args()

    path = corpus(args.articles, args.seed, args.corpus)
    database = Path(reused_database(None, path).removeprefix("sqlite:///"))
    with tempfile.TemporaryDirectory() as scratch:
        batch = write_batch(path, args.batch, Path(scratch) / "batch")
        runs = []
        for run in range(args.runs):
            runs.append(timed_batch(database, batch, Path(scratch)))
            steps = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in runs[-1].items())
            print(f"run {run + 1}: {steps}", flush=True)
    result = {
        "articles": args.articles,
        "batch": args.batch,
        "runs": args.runs,
        "seconds_p50": {
            name: round(statistics.median(run[name] for run in runs), 2) for name in runs[0]
        },
        "import_seconds": [round(run["import"], 2) for run in runs],
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
