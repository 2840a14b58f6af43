"""Harmony: start here. ``python main.py --help`` lists every option."""
import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
