"""aoc: an Advent of Code framework with a learning-based solver lab.

Kept empty of imports so that `aoc --help` starts fast: every submodule is
imported only by the command that needs it.
"""

__version__ = "0.1.0"
