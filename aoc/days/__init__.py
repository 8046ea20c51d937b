"""Solved puzzles, one module a day: `y<YYYY>/d<DD>.py` with parse, part1 and part2."""
