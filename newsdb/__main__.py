"""`python -m newsdb`: the same as the `newsdb` command."""

from newsdb.cli import main

if __name__ == "__main__":  # not when a worker process re-imports this module
    main()
