"""The solver lab: learn a candidate with aoc.nn, then prove it exactly.

Day modules import the API below (`from aoc.lab import Study, solve`); `aoc.lab.driver` is what the
commands use to run a day's study, draw its graph and plot its curve.
"""
from aoc.lab.study import LabError, Proof, Study, learn, solve

__all__ = ["LabError", "Proof", "Study", "learn", "solve"]
