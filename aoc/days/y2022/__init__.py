"""Advent of Code 2022."""
