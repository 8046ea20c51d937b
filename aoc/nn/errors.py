"""The one exception aoc.nn raises for misuse; defined in C so the core can raise it too."""
from aoc.nn._core import NNError

__all__ = ["NNError"]
