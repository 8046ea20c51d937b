"""Solutions to Advent of Code 2025."""
