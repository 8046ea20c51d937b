"""Types of ops.py's generated names: each is the aoc.nn._core function of that name."""
from aoc.nn._core import abs as abs
from aoc.nn._core import add as add
from aoc.nn._core import div as div
from aoc.nn._core import exp as exp
from aoc.nn._core import fma as fma
from aoc.nn._core import log as log
from aoc.nn._core import matmul as dot
from aoc.nn._core import matmul as matmul
from aoc.nn._core import max as max
from aoc.nn._core import mean as mean
from aoc.nn._core import mul as mul
from aoc.nn._core import neg as neg
from aoc.nn._core import pow as pow
from aoc.nn._core import relu as relu
from aoc.nn._core import sigmoid as sigmoid
from aoc.nn._core import sqrt as sqrt
from aoc.nn._core import square as square
from aoc.nn._core import sub as sub
from aoc.nn._core import sum as sum
from aoc.nn._core import tanh as tanh
from aoc.nn.optable import KINDS as KINDS

__all__ = ["neg", "square", "sqrt", "exp", "log", "abs", "tanh", "sigmoid", "relu", "add", "sub",
           "mul", "div", "pow", "sum", "mean", "max", "matmul", "dot", "fma"]
