"""What an import did, per table, and the notes it has for the person running it."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass
class Summary:
    """What an import did, per table: added, updated, unchanged, removed, skipped.

    `added` is net of what the same import took away again (a proposal a
    curated fact absorbed), so that a first import adds what the tables hold."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    notes: list[str] = field(default_factory=list)

    def count(self, table: str, outcome: str, n: int = 1) -> None:
        self.counts[table][outcome] += n
