"""Puzzle helpers in the puzzles' own words: parse, grid, search, numbers, linear, convex, ocr.

Import the submodule you need (`from aoc.lib.grid import Grid`); nothing is imported here, so
loading a day stays cheap.
"""
