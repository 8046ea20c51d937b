"""The C op table (csrc/ops.def) as Python reads it: each op's opcode and its kind."""
from aoc.nn import _core

OPCODE: dict[str, int] = {name: code for name, code, _ in _core.OPS}
KINDS: dict[str, str] = {name: kind for name, _, kind in _core.OPS}  # also the tests' list of ops
