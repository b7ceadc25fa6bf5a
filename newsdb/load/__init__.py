"""Records → rows, inside the caller's transaction: entities, articles and their
mentions, curated facts, proposed facts, stored conversions. Only writes: reading the
files, extracting and resolving happen before (newsdb/importer.py)."""
