"""Files → records: articles (articles.py), curated facts (curated.py), finding the
files (files.py), and the one-line InputError every problem becomes (errors.py).
Nothing here touches a database."""
