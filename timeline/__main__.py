"""``python -m timeline`` runs the command line."""

from timeline.cli import main

if __name__ == "__main__":  # worker processes import this module again: they must not run it
    raise SystemExit(main())
