"""Names → entities: the resolver (resolver.py), and the matching of a proposed fact
to the curated or extracted fact it repeats (match.py)."""
