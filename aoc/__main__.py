"""`python -m aoc`: the same entry point as the `aoc` console script."""
from aoc.cli import main

main()
