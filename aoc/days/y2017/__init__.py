"""Solutions to Advent of Code 2017."""
