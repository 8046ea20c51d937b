"""Solvers whose whole minimize loop runs in C over a compiled program.

The loss is the program's output, or half the squared norm of a residual-vector output. Each
solver only holds its settings; `minimize` returns the loss before every step taken.
"""
from enum import IntEnum

from aoc.nn.errors import NNError


class Kind(IntEnum):
    """The C loop to run (enum nn_solver_kind in csrc/solvers.h)."""

    SGD = 0
    ADAM = 1
    RMSPROP = 2
    GAUSS_NEWTON = 3
    NEWTON = 4


class Solver:
    """Settings for one of the C loops; subclasses pick the kind and name the settings."""

    kind = None

    def __init__(self, lr=0.0, momentum=0.0, betas=(0.9, 0.999), eps=1e-8, alpha=0.99,
                 damping=0.0):
        self.lr, self.momentum, self.betas = lr, momentum, betas
        self.eps, self.alpha, self.damping = eps, alpha, damping

    def minimize(self, prog, steps, tol=None, callback=None, every=1):
        """Run `steps` steps in C (fewer if every gradient entry falls within `tol`).

        `callback(step, loss)` is called every `every` steps; a truthy return stops the loop.
        Returns the loss history as a numpy array, one entry per step taken.
        """
        if not prog.params:
            raise NNError("nothing to minimize: no parameter reaches the output")
        self.check(prog)
        args = (self.kind, self.lr, self.momentum, *self.betas, self.eps, self.alpha,
                self.damping, tol or 0.0, steps, every, callback, not prog.scalar)
        hist, done = prog.core.minimize(*args)
        prog.backwarded = True
        return hist[:done]

    def check(self, prog):
        """Refuse a program this solver cannot minimize."""


class SGD(Solver):
    """Gradient descent with momentum (torch's convention: b = momentum*b + g; p -= lr*b)."""

    kind = Kind.SGD

    def __init__(self, lr=0.01, momentum=0.0):
        super().__init__(lr=lr, momentum=momentum)


class Adam(Solver):
    """Adam with bias-corrected moments."""

    kind = Kind.ADAM

    def __init__(self, lr=0.001, betas=(0.9, 0.999), eps=1e-8):
        super().__init__(lr=lr, betas=betas, eps=eps)


class RMSProp(Solver):
    """RMSProp: steps scaled by a running root-mean-square of the gradient."""

    kind = Kind.RMSPROP

    def __init__(self, lr=0.01, alpha=0.99, eps=1e-8):
        super().__init__(lr=lr, alpha=alpha, eps=eps)


class GaussNewton(Solver):
    """Gauss-Newton for few parameters: J by one reverse pass per residual, a damped solve.

    `damping` is added to the diagonal of J^T J (raised tenfold while it is not positive
    definite); each step is halved until the loss falls.
    """

    kind = Kind.GAUSS_NEWTON

    def __init__(self, damping=0.0):
        super().__init__(damping=damping)

    def check(self, prog):
        """Gauss-Newton needs residuals, not their summed loss."""
        if prog.scalar:
            raise NNError("Gauss-Newton needs a residual vector as the output; compile the "
                          "residuals (loss = |r|^2 / 2), not a scalar loss")


class Newton(Solver):
    """Newton for few parameters: the Hessian from central differences of reverse-mode
    gradients, damped and line-searched as GaussNewton."""

    kind = Kind.NEWTON

    def __init__(self, damping=0.0):
        super().__init__(damping=damping)
