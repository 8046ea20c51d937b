"""Solvers whose whole minimize loop runs in C over a compiled program.

The loss is the program's output, or half the squared norm of a residual-vector output. Each
solver only holds its settings; `minimize` returns the loss before every step taken.
"""
from collections.abc import Callable
from typing import ClassVar

import numpy as np
from numpy.typing import NDArray

from aoc.nn import _core
from aoc.nn.errors import NNError
from aoc.nn.program import Program

KIND: dict[str, int] = dict(_core.SOLVERS)  # the C loops by name (csrc/solvers.def)


class Solver:
    """Settings for one of the C loops; subclasses pick the kind and name the settings."""

    kind: ClassVar[int]

    def __init__(self, lr: float = 0.0, momentum: float = 0.0,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8, alpha: float = 0.99,
                 damping: float = 0.0) -> None:
        self.lr, self.momentum, self.betas = lr, momentum, betas
        self.eps, self.alpha, self.damping = eps, alpha, damping

    def minimize(self, prog: Program, steps: int, tol: float | None = None,
                 callback: Callable[[int, float], object] | None = None,
                 every: int = 1) -> NDArray[np.float64]:
        """Run `steps` steps in C (fewer if every gradient entry falls within `tol`).

        `callback(step, loss)` is called every `every` steps; a truthy return stops the loop.
        Without a callback the loop releases the GIL; Ctrl-C stops it within a few hundredths
        of a second (KeyboardInterrupt), the parameters left at the last finished step.
        Returns the loss history as a numpy array, one entry per step taken.
        """
        if not prog.params:
            raise NNError("nothing to minimize: no parameter reaches the output")
        self.validate(prog)
        hist, done = prog.minimize(self.kind, self.lr, self.momentum, *self.betas, self.eps,
                                   self.alpha, self.damping, tol or 0.0, steps, every, callback,
                                   not prog.scalar)
        return hist

    def validate(self, prog: Program) -> None:
        """Refuse a program this solver cannot minimize."""


class SGD(Solver):
    """Gradient descent with momentum (torch's convention: b = momentum*b + g; p -= lr*b)."""

    kind = KIND["SGD"]

    def __init__(self, lr: float = 0.01, momentum: float = 0.0) -> None:
        super().__init__(lr=lr, momentum=momentum)


class Adam(Solver):
    """Adam with bias-corrected moments."""

    kind = KIND["ADAM"]

    def __init__(self, lr: float = 0.001, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8) -> None:
        super().__init__(lr=lr, betas=betas, eps=eps)


class RMSProp(Solver):
    """RMSProp: steps scaled by a running root-mean-square of the gradient."""

    kind = KIND["RMSPROP"]

    def __init__(self, lr: float = 0.01, alpha: float = 0.99, eps: float = 1e-8) -> None:
        super().__init__(lr=lr, alpha=alpha, eps=eps)


class GaussNewton(Solver):
    """Gauss-Newton for few parameters: J by one reverse pass per residual, a damped solve.

    `damping` is added to the diagonal of J^T J (raised tenfold while it is not positive
    definite); each step is halved until the loss falls.
    """

    kind = KIND["GAUSS_NEWTON"]

    def __init__(self, damping: float = 0.0) -> None:
        super().__init__(damping=damping)

    def validate(self, prog: Program) -> None:
        """Gauss-Newton needs residuals, not their summed loss."""
        if prog.scalar:
            raise NNError("Gauss-Newton needs a residual vector as the output; compile the "
                          "residuals (loss = |r|^2 / 2), not a scalar loss")


class Newton(Solver):
    """Newton for few parameters: the exact Hessian, one Hessian-vector product per parameter
    (forward-over-reverse on the tape), damped and line-searched as GaussNewton."""

    kind = KIND["NEWTON"]

    def __init__(self, damping: float = 0.0) -> None:
        super().__init__(damping=damping)
