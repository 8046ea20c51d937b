"""The equation graph drawn with its runtime values: each node shows its op, shape, forward value
and gradient, so backpropagation can be read off the picture."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike

from aoc.nn.errors import NNError

if TYPE_CHECKING:
    from aoc.nn.graph import Graph, Node

STYLE = {
    "param": 'shape=box, style="rounded,filled", fillcolor="#cfe2ff"',
    "const": 'shape=box, style=filled, fillcolor="#e9ecef"',
    "op": 'shape=ellipse, style=filled, fillcolor="#ffffff"',
    "loss": 'shape=doubleoctagon, style=filled, fillcolor="#ffd8a8"',
}
SHOWN = 6  # tensors up to this many elements are printed whole, larger ones summarised


def summary(array: ArrayLike) -> str:
    """Small tensors in full; large ones as shape, min, max and mean."""
    a = np.asarray(array)
    if a.size <= SHOWN:
        return np.array2string(a, precision=4, separator=", ", max_line_width=10**6)
    return (f"{a.shape} min {a.min():.4g} max {a.max():.4g} mean {a.mean():.4g}")


def known(read: Callable[[], ArrayLike]) -> str | None:
    """read() if the value is available yet, else None (so drawing never raises)."""
    try:
        return summary(read())
    except NNError:
        return None


def escape(text: str) -> str:
    """Text safe inside a double-quoted DOT string."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def node_line(i: int, node: Node, output: Node | None) -> str:
    """One DOT node statement: label lines op/name, shape, value, gradient."""
    title = node.op if node.kind == "op" else f"{node.kind} {node.name or ''}".strip()
    if node.kind == "op" and node.name:
        title = f"{node.name} = {node.op}"
    if node.axis >= 0 and node.kind == "op":
        title += f" axis={node.axis}"
    lines = [title, f"shape {node.shape}"]
    value, grad = known(lambda: node.value), known(lambda: node.grad)
    lines.append(f"value {value}" if value is not None else "value: not computed")
    if node.kind != "const":
        lines.append(f"grad {grad}" if grad is not None else "grad: none")
    style = STYLE["loss" if node is output else node.kind]
    return f'  n{i} [label="{escape(chr(10).join(lines))}", {style}];'.replace("\n", "\\n")


def to_dot(graph: Graph) -> str:
    """DOT text for every node of the graph, edges in data-flow (creation) order."""
    index = {id(node): i for i, node in enumerate(graph.nodes)}
    out = ["digraph nn {", "  rankdir=LR;", '  node [fontname="monospace", fontsize=10];']
    out += [node_line(i, node, graph.output) for i, node in enumerate(graph.nodes)]
    for i, node in enumerate(graph.nodes):
        for pos, x in enumerate(node.inputs):
            tag = f' [label="{"ab"[pos]}"]' if len(node.inputs) > 1 else ""
            out.append(f"  n{index[id(x)]} -> n{i}{tag};")
    out.append("}")
    return "\n".join(out) + "\n"


def render(graph: Graph, path: str | os.PathLike[str]) -> Path:
    """Write the drawing to path as SVG or PNG (by suffix) with Graphviz's `dot`."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in {"svg", "png"}:
        raise NNError(f"render writes .svg or .png, not {path.suffix or 'no suffix'!r}")
    dot = shutil.which("dot")
    if dot is None:
        raise NNError("render needs Graphviz's `dot` program: apt-get install graphviz")
    done = subprocess.run([dot, f"-T{fmt}", "-o", str(path)], input=to_dot(graph).encode(),
                          capture_output=True, check=False)
    if done.returncode:
        raise NNError(f"dot failed: {done.stderr.decode(errors='replace').strip()}")
    return path
