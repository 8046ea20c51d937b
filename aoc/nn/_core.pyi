"""Types of aoc.nn._core, the C extension; tests/nn/test_nn_stubs.py keeps it in step with the
module, one declaration per name it exports (each op per row of csrc/ops.def)."""
from collections.abc import Callable
from typing import Protocol, TypeAlias, final, overload

import numpy as np
from numpy.typing import ArrayLike, NDArray

from aoc.nn.graph import Node, Operand

_Eager: TypeAlias = NDArray[np.float64] | float  # a 0-D result comes back as a float
_Out: TypeAlias = NDArray[np.float64] | None

OPS: list[tuple[str, int, str]]  # (name, opcode, kind) per row of ops.def
SOLVERS: list[tuple[str, int]]  # (name, enum nn_solver_kind) per row of solvers.def

class NNError(Exception): ...

@final
class AlignedBuffer: ...

@final
class Program:
    def __new__(cls, slots: list[tuple[int, int, NDArray[np.float64] | None, bool]],
                code: list[tuple[int, int, int, int, int, int, int, int]], out: int,
                params: list[int], /) -> Program: ...
    def __buffer__(self, flags: int, /) -> memoryview: ...  # the pool, by the C buffer protocol
    def forward(self) -> float | None: ...
    def backward(self, seed: ArrayLike | None = None, /) -> None: ...
    def minimize(self, kind: int, lr: float, momentum: float, beta1: float, beta2: float,
                 eps: float, alpha: float, damping: float, tol: float, steps: int, every: int,
                 callback: Callable[[int, float], object] | None, residual: bool,
                 /) -> tuple[NDArray[np.float64], int]: ...
    def offsets(self) -> list[tuple[int, int]]: ...
    def rebind(self, slot: int, buffer: NDArray[np.float64], /) -> None: ...
    def invalidate(self) -> None: ...

def isa() -> str: ...
def set_isa(name: str, /) -> None: ...
def isas() -> tuple[str, ...]: ...
def zeros(shape: tuple[int, ...], /) -> NDArray[np.float64]: ...
def result_shape(op: int, a: tuple[int, ...], b: tuple[int, ...], axis: int, /) -> tuple[int, ...]: ...
def set_node_hooks(node: type[Node], apply: Callable[..., Node], fma: Callable[..., object],
                   /) -> None: ...

class _Unary(Protocol):
    @overload
    def __call__(self, x: Node, out: None = None) -> Node: ...
    @overload
    def __call__(self, x: ArrayLike, out: _Out = None) -> _Eager: ...

class _Binary(Protocol):
    @overload
    def __call__(self, a: Node, b: Operand, out: None = None) -> Node: ...
    @overload
    def __call__(self, a: Operand, b: Node, out: None = None) -> Node: ...
    @overload
    def __call__(self, a: ArrayLike, b: ArrayLike, out: _Out = None) -> _Eager: ...

class _Reduce(Protocol):
    @overload
    def __call__(self, x: Node, axis: int | None = None) -> Node: ...
    @overload
    def __call__(self, x: ArrayLike, axis: int | None = None) -> _Eager: ...

class _Matmul(Protocol):
    @overload
    def __call__(self, a: Node, b: Operand) -> Node: ...
    @overload
    def __call__(self, a: Operand, b: Node) -> Node: ...
    @overload
    def __call__(self, a: ArrayLike, b: ArrayLike) -> _Eager: ...

class _Fma(Protocol):
    @overload
    def __call__(self, a: Node, b: Operand, c: Operand, out: None = None) -> Node: ...
    @overload
    def __call__(self, a: Operand, b: Node, c: Operand, out: None = None) -> Node: ...
    @overload
    def __call__(self, a: Operand, b: Operand, c: Node, out: None = None) -> Node: ...
    @overload
    def __call__(self, a: ArrayLike, b: ArrayLike, c: ArrayLike, out: _Out = None) -> _Eager: ...

neg: _Unary
square: _Unary
sqrt: _Unary
exp: _Unary
log: _Unary
abs: _Unary
tanh: _Unary
sigmoid: _Unary
relu: _Unary

add: _Binary
sub: _Binary
mul: _Binary
div: _Binary
pow: _Binary

sum: _Reduce
mean: _Reduce
max: _Reduce

matmul: _Matmul
fma: _Fma
