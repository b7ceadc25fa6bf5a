"""`python -m newsdb`: the same as the `newsdb` command."""

from newsdb.cli import main

main()
