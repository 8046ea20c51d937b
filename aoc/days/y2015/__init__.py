"""Advent of Code 2015."""
