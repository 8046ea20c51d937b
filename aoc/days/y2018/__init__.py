"""Solutions to Advent of Code 2018."""
