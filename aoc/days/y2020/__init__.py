"""Advent of Code 2020."""
