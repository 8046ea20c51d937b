"""The solver lab: learn a candidate with aoc.nn, then prove it exactly.

Day modules import the API below (`from aoc.lab import Study, solve`); `aoc.lab.driver` is what the
commands use to run a day's study, draw its graph and plot its curve. The exact optimisers the lab
days share: `integer_program` (branch and bound on an exact simplex, with a certificate anyone can
check), `most_covered_point` (the point in the most regions, nearest the origin, by branch and bound
over boxes) and the particles of a whole-tick clock (`nearest_in_the_long_run`, `meetings`,
`survivors`).
"""
from aoc.lab.boxes import Covered, ManhattanBalls, most_covered_point
from aoc.lab.integer_program import Optimum, Program, check_optimum, integer_program, program
from aoc.lab.motion import meetings, nearest_in_the_long_run, survivors
from aoc.lab.study import LabError, Proof, Studies, Study, learn, solve

__all__ = ["Covered", "LabError", "ManhattanBalls", "Optimum", "Program", "Proof", "Studies", "Study",
           "check_optimum", "integer_program", "learn", "meetings", "most_covered_point", "nearest_in_the_long_run",
           "program", "solve", "survivors"]
