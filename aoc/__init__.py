"""aoc: an Advent of Code framework with a learning-based solver lab.

Kept empty of imports so that `aoc --help` starts fast: every submodule is
imported only by the command that needs it.
"""

__version__ = "0.1.0"
# Sent in every request's User-Agent: the community's automation rules ask a tool to name a contact.
__maintainers__ = "maintainers@users.noreply.r-seed-912f19ef.example"
