"""aoc.nn against the libraries a user would otherwise reach for, side by side, in one run.

Run from the repository root as

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/nn_bench.py

(the `env -u`: this machine's environment sets OPENBLAS_CORETYPE=Haswell and
OPENBLAS_L2_SIZE, which pin numpy's OpenBLAS to the Haswell kernel instead of the SkylakeX
(AVX-512) one the CPU supports, and can slow numpy; the anchors must run at their best.
The header reports the kernel in use, read through threadpoolctl, and warns when either
variable is set. At this script's sizes the difference we measured was within noise.)

Why one script, one run: the targets (the README's "Performance" table) are *ratios* against
anchors, and ratios are only meaningful when both sides ran on the same machine in the
same minute. Anchors (see benchmarks/requirements.txt; none is a dependency of aoc):
numpy, numexpr, PyTorch CPU (torch==2.13.0), HIPS autograd, JAX (x64 enabled, so every
library computes in float64) and a micrograd-style pure-Python engine of our own
(benchmarks/anchors/micrograd_style.py). An anchor that is not installed shows a
"not installed" cell; aoc.nn shows "aoc.nn not available" until it builds and imports;
a cell that raises shows the error. The script never stops on a missing piece.

Method: every cell is timed with time.perf_counter_ns through timeit (GC off while
timing), after warm-up calls; the number of calls per repeat is calibrated so that one
repeat lasts >= ~1 ms, and the cell reports the median of the repeats (per call). Within
one table the repeats of all implementations are interleaved, each round in a new shuffled
order, so load from elsewhere on this 2-core machine (or an anchor's thread pool still spinning
after its call) hits every column alike and the ratios survive it. JAX
functions are jitted and compiled during warm-up, and every JAX result is waited for
(block_until_ready). The whole script takes about a minute on a quiet machine.

Output: markdown, one table per measurement, then the targets with PASS/FAIL.
`--budget SECONDS` changes the time spent per cell (default 0.25); `--jax-compile` adds
JAX's XLA compile of the 1,000-node graph (about 10 s on its own, so off by default).
To compare aoc.nn's kernel paths, run it again with AOC_NN_ISA=scalar|avx2|avx512 set
(the header names the path in use).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import statistics
import sys
import time
import timeit
import warnings
from dataclasses import dataclass

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)                      # benchmarks/anchors
sys.path.append(os.path.dirname(HERE))        # the repo, in case aoc is not pip-installed

from anchors import micrograd_style as mg  # noqa: E402

BUDGET_S = 0.25          # wall time spent timing one cell (overridable by --budget)
N_CHAIN = 200            # scalar adds in the chain benchmark
ADAM_STEPS = 10_000
ADAM_LR = 0.05
FMA_SIZES = (1_000, 100_000, 10_000_000)
GRAPH_NODES = 1_000

NOT_AVAILABLE = "aoc.nn not available"
JAX_COMPILE = False      # --jax-compile: also time XLA's compile of the 1,000-node graph (~10 s)


# --------------------------------------------------------------------------- loading
def load_anchors():
    """Import every library once; a missing one maps to None so its cells say so."""
    mods = {}
    for name in ("torch", "numexpr", "autograd"):
        try:
            mods[name] = __import__(name)
        except Exception:
            mods[name] = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import jax
            jax.config.update("jax_enable_x64", True)   # float64, like every other column
            jax.config.update("jax_platforms", "cpu")
            import jax.numpy  # noqa: F401
        mods["jax"] = jax
    except Exception:
        mods["jax"] = None
    if mods["autograd"] is not None:
        import autograd.numpy  # noqa: F401
    return mods


def load_aoc_nn():
    """aoc.nn if it imports and has a Graph (until then its cells read 'not available')."""
    try:
        from aoc import nn
        nn.Graph  # noqa: B018 - the namespace package exists before the extension does
        return nn, None
    except Exception as exc:  # ImportError, AttributeError, a broken build ...
        return None, f"{type(exc).__name__}: {exc}"


# --------------------------------------------------------------------------- timing
@dataclass
class Cell:
    """One table cell: a median time per call in ns, or a reason why there is none."""
    ns: float | None = None
    text: str = ""        # shown instead of a time ("not installed", "error: ...")
    extra: str = ""       # e.g. a correctness check or a final loss


class Timing:
    """One implementation under the timer: a timeit.Timer, its calls per repeat, its samples.

    Statement strings are inlined into timeit's loop, so tiny ops are not charged for a
    Python function call (timeit's bare loop costs a few ns per iteration).
    """

    def __init__(self, stmt, env=None, budget_s=None, warmup=2, min_repeats=5, max_repeats=300):
        budget_ns = (BUDGET_S if budget_s is None else budget_s) * 1e9
        self.timer = timeit.Timer(stmt, globals=env, timer=time.perf_counter_ns)
        if warmup:
            self.timer.timeit(warmup)              # first calls: jit compiles, caches fill
        number = 1
        while True:                                # calibrate calls per repeat to >= 1 ms
            t = self.timer.timeit(number)
            if t >= 1_000_000 or number >= 1 << 20:
                break
            number *= max(2, min(10, int(1_000_000 / max(t, 1))))
        self.number, self.samples = number, []
        if not budget_ns:                          # slow cells: the calibration run is a sample
            self.samples.append(t)
            self.quota = min_repeats
            return
        deadline = time.perf_counter_ns() + min(50e6, 0.2 * budget_ns)
        while warmup and time.perf_counter_ns() < deadline:
            self.timer.timeit(number)              # run hot for a while before timing
        self.quota = int(min(max_repeats, max(min_repeats, budget_ns // max(t, 1))))

    def sample(self):
        self.samples.append(self.timer.timeit(self.number))
        return len(self.samples) >= self.quota

    def ns(self):
        """Median ns per call."""
        return statistics.median(self.samples) / self.number


@dataclass
class Pending:
    """A cell still to be timed: make() -> (callable or statement, env, extra text)."""
    make: object
    kw: dict


def cell(available, make, **kw):
    """A cell to time later (see run_cells), or a finished one when the library is missing.

    available is a module (truthy) or None/Missing (the cell then says why it is empty);
    kw are Timing's options (budget_s, warmup, min_repeats, ...).
    """
    if not available:
        return Cell(text=available_reason(available))
    return Pending(make, kw)


def error_cell(exc):
    msg = f"{type(exc).__name__}: {exc}".replace("|", "/").replace("\n", " ")
    return Cell(text="error: " + msg[:70])


def run_cells(cells):
    """Time every pending cell of one table, never raising.

    The repeats of the implementations are interleaved, so that a burst of load from elsewhere
    on the machine hits all of them alike and the ratios survive it; each round goes in a new
    shuffled order, so no implementation always runs right after the same neighbour (a
    multi-threaded anchor's pool spins on for a while after its call and would tax whoever came
    next, every round).
    """
    done, timings = {}, {}
    for name, c in cells.items():
        if isinstance(c, Cell):
            done[name] = c
            continue
        try:
            stmt, env, extra = c.make()
            timings[name] = (Timing(stmt, env, **c.kw), extra)
        except Exception as exc:
            done[name] = error_cell(exc)
    gc.collect()
    order = random.Random(len(cells))
    while timings:
        names = list(timings)
        order.shuffle(names)
        for name in names:
            timing, extra = timings[name]
            try:
                finished = timing.sample()
            except Exception as exc:
                done[name], finished = error_cell(exc), True
            if finished:
                done.setdefault(name, Cell(ns=timing.ns(), extra=extra))
                del timings[name]
    return {name: done[name] for name in cells}


def measure(stmt, env=None, **kw):
    """Median ns per call of one statement, timed alone."""
    return run_cells({"x": cell(True, lambda: (stmt, env, ""), **kw)})["x"].ns


class Missing:
    """A falsy placeholder that knows what to print for a missing library."""

    def __init__(self, text):
        self.text = text

    def __bool__(self):
        return False


def available_reason(x):
    return x.text if isinstance(x, Missing) else "not installed"


# --------------------------------------------------------------------------- formatting
def fmt_time(ns):
    if ns is None:
        return "—"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.0f} ns"


def fmt_cell(c: Cell, fmt=fmt_time):
    return fmt(c.ns) if c.ns is not None else c.text


def ratio(num: Cell, den: Cell):
    """num/den as a float, or None when either side is missing."""
    if num.ns is None or den.ns is None or den.ns == 0:
        return None
    return num.ns / den.ns


def fmt_ratio(r, suffix="×"):
    return "—" if r is None else f"{r:.3g}{suffix}"


def table(header, rows):
    """Print one markdown table."""
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")
    print()


def rel_err(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b)) / max(1e-300, float(np.max(np.abs(b)))))


# --------------------------------------------------------------------------- problem
def lsq_data():
    """The README's least-squares problem: X 300×6, y 300 (seed 0), and a non-zero w."""
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(300, 6)), rng.normal(size=300)
    w0 = np.linspace(-0.3, 0.4, 6)
    return X, y, w0


def numpy_lsq_grad(X, y, w):
    """Hand-written gradient: r = Xw - y, loss = r·r, grad = 2 Xᵀr."""
    r = X @ w - y
    return r @ r, 2.0 * (X.T @ r)


def set_value(node, arr):
    """Put new data into a parameter of a compiled aoc.nn graph, through its setter
    (the API's way: compiled programs see it at once), else by writing into the view."""
    data = np.broadcast_to(np.asarray(arr, dtype=float), np.shape(node.value)).copy()
    try:
        node.value = data
    except AttributeError:
        node.value[...] = data


def aoc_lsq_program(nn, X, y, w_init):
    """The graph exactly as the README writes it, compiled once."""
    g = nn.Graph()
    w = g.param(np.zeros(6), name="w")
    loss = nn.sum(nn.square(g.const(X, name="X") @ w - g.const(y, name="y")))
    prog = g.compile(loss)
    set_value(w, w_init)
    return prog, w


# --------------------------------------------------------------------------- 1. per-op
def bench_tiny_op(nn, m):
    """Per-call overhead of an elementwise add of 1 and 16 float64 elements from Python.

    Why: puzzle-sized problems are dominated by dispatch, not arithmetic.
    """
    rows = []
    for n in (1, 16):
        a, b = np.random.default_rng(1).normal(size=(2, n))
        out = np.empty(n)
        cells = {}
        cells["aoc.nn `nn.add(a, b)` (numpy in, numpy out)"] = cell(nn, lambda: _aoc_add_stmt(nn, a, b))
        cells["numpy `a + b`"] = cell(np, lambda: ("a + b", dict(a=a, b=b), ""))
        cells["numpy `np.add(a, b, out=o)`"] = cell(
            np, lambda: ("add(a, b, out=o)", dict(add=np.add, a=a, b=b, o=out), ""))
        cells["torch `a + b` (eager)"] = cell(m["torch"], lambda: _torch_add_stmt(m["torch"], a, b))
        cells["jax `jit(add)(a, b)` + block"] = cell(m["jax"], lambda: _jax_add_stmt(m["jax"], a, b))
        cells["autograd `anp.add(a, b)`"] = cell(
            m["autograd"], lambda: ("add(a, b)", dict(add=m["autograd"].numpy.add, a=a, b=b), ""))
        cells["micrograd-style (n scalar nodes)"] = cell(mg, lambda: _mg_add_stmt(a, b))
        rows.append(run_cells(cells))
    aoc_key = next(iter(rows[0]))
    out_rows = []
    for name in rows[0]:
        c1, c16 = rows[0][name], rows[1][name]
        out_rows.append([name, fmt_cell(c1), fmt_cell(c16),
                         fmt_ratio(ratio(c1, rows[0][aoc_key])),
                         fmt_ratio(ratio(c16, rows[1][aoc_key]))])
    print("### 1. Per-op overhead: elementwise add from Python\n")
    table(["implementation", "1 element", "16 elements", "÷ aoc.nn (1)", "÷ aoc.nn (16)"], out_rows)
    return rows


def _aoc_add_stmt(nn, a, b):
    err = rel_err(nn.add(a, b), a + b)
    if err > 1e-15:
        raise AssertionError(f"nn.add differs from a + b by {err:.1e}")
    return "nn.add(a, b)", dict(nn=nn, a=a, b=b), ""


def _torch_add_stmt(torch, a, b):
    ta, tb = torch.from_numpy(a.copy()), torch.from_numpy(b.copy())
    return "a + b", dict(a=ta, b=tb), ""


def _jax_add_stmt(jax, a, b):
    f = jax.jit(jax.numpy.add)
    ja, jb = jax.numpy.asarray(a), jax.numpy.asarray(b)
    f(ja, jb).block_until_ready()
    return "f(a, b).block_until_ready()", dict(f=f, a=ja, b=jb), ""


def _mg_add_stmt(a, b):
    if len(a) == 1:
        return "x + y", dict(x=mg.Scalar(a[0]), y=mg.Scalar(b[0])), ""
    return "add(xs, ys)", dict(add=mg.add, xs=mg.vector(a), ys=mg.vector(b)), ""


# --------------------------------------------------------------------------- 2. least squares
def bench_lsq(nn, m):
    """One forward+backward of sum((X@w - y)^2), 300×6, called from Python.

    Why: this is the lab's inner loop; every column also returns the loss and the
    gradient, checked against the hand-written numpy gradient (shown as rel. error).
    """
    X, y, w0 = lsq_data()
    ref_loss, ref_grad = numpy_lsq_grad(X, y, w0)

    def check(loss, grad):
        errs = rel_err(loss, ref_loss), rel_err(grad, ref_grad)
        return f"loss {errs[0]:.0e}, grad {errs[1]:.0e}" + (" **MISMATCH**" if max(errs) > 1e-9 else "")

    cells = run_cells({
        "aoc.nn `prog.forward(); prog.backward()`": cell(nn, lambda: _aoc_lsq(nn, X, y, w0, check)),
        "PyTorch eager (`loss.backward()`)": cell(m["torch"], lambda: _torch_lsq(m["torch"], X, y, w0, check)),
        "JAX `jit(value_and_grad(f))`": cell(m["jax"], lambda: _jax_lsq(m["jax"], X, y, w0, check)),
        "HIPS autograd `value_and_grad(f)`": cell(m["autograd"], lambda: _autograd_lsq(m["autograd"], X, y, w0, check)),
        "numpy, hand-written gradient": cell(np, lambda: (lambda: numpy_lsq_grad(X, y, w0), None, "reference")),
        "micrograd-style (full 300×6, ~6k scalar nodes)": cell(
            mg, lambda: _mg_lsq(X, y, w0, check), budget_s=1.0, min_repeats=3),
    })
    aoc = next(iter(cells.values()))
    print("### 2. Least-squares loss (X 300×6), forward + backward, one iteration\n")
    table(["implementation", "time / iteration", "÷ aoc.nn", "check vs numpy (rel. err)"],
          [[k, fmt_cell(c), fmt_ratio(ratio(c, aoc)), c.extra] for k, c in cells.items()])
    return cells


def _aoc_lsq(nn, X, y, w0, check):
    prog, w = aoc_lsq_program(nn, X, y, w0)
    loss = prog.forward()
    prog.backward()
    extra = check(loss, np.array(w.grad))
    return "prog.forward(); prog.backward()", dict(prog=prog), extra


def _torch_lsq(torch, X, y, w0, check):
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y)
    w = torch.tensor(w0, requires_grad=True)

    def step():
        w.grad = None
        loss = ((Xt @ w - yt) ** 2).sum()
        loss.backward()
        return loss.item()

    loss = step()
    return step, None, check(loss, w.grad.numpy())


def _jax_lsq(jax, X, y, w0, check):
    jnp = jax.numpy
    vg = jax.jit(jax.value_and_grad(lambda w, X, y: jnp.sum((X @ w - y) ** 2)))
    Xj, yj, wj = jnp.asarray(X), jnp.asarray(y), jnp.asarray(w0)
    loss, grad = jax.block_until_ready(vg(wj, Xj, yj))
    block = jax.block_until_ready
    return "block(vg(w, X, y))", dict(block=block, vg=vg, w=wj, X=Xj, y=yj), check(loss, grad)


def _autograd_lsq(autograd, X, y, w0, check):
    anp = autograd.numpy
    vg = autograd.value_and_grad(lambda w: anp.sum((anp.dot(X, w) - y) ** 2))
    loss, grad = vg(w0)
    return "vg(w)", dict(vg=vg, w=w0), check(loss, grad)


def _mg_lsq(X, y, w0, check):
    rows, ys = X.tolist(), y.tolist()

    def step():
        w = mg.vector(w0)
        loss = mg.least_squares(rows, ys, w)
        loss.backward()
        return loss.value, [p.grad for p in w]

    loss, grad = step()
    return step, None, check(loss, grad)


# --------------------------------------------------------------------------- 3. scalar chain
def bench_chain(nn, m):
    """A chain z = x + x + ... (200 scalar adds), forward+backward, ns per op.

    Why: the pure per-node cost of the tape, with no arithmetic to hide behind.
    The gradient (dz/dx = 201) is checked in every column.
    """
    x0 = 0.5
    cells = run_cells({
        "aoc.nn `prog.forward(); prog.backward()`": cell(nn, lambda: _aoc_chain(nn, x0)),
        "JAX `jit(value_and_grad(f))`": cell(m["jax"], lambda: _jax_chain(m["jax"], x0)),
        "PyTorch eager": cell(m["torch"], lambda: _torch_chain(m["torch"], x0)),
        "HIPS autograd": cell(m["autograd"], lambda: _autograd_chain(m["autograd"], x0)),
        "micrograd-style": cell(mg, lambda: _mg_chain(x0)),
    })
    aoc = next(iter(cells.values()))
    per_op = lambda ns: fmt_time(ns / N_CHAIN)  # noqa: E731
    print(f"### 3. Chain of {N_CHAIN} scalar adds, forward + backward, per op\n")
    table(["implementation", "per op", "whole call", "÷ aoc.nn", "dz/dx (expect 201)"],
          [[k, fmt_cell(c, per_op), fmt_cell(c), fmt_ratio(ratio(c, aoc)), c.extra]
           for k, c in cells.items()])
    return cells


def _chain(x):
    z = x
    for _ in range(N_CHAIN):
        z = z + x
    return z


def _aoc_chain(nn, x0):
    g = nn.Graph()
    try:
        x = g.param(np.array(x0), name="x")          # a 0-d scalar
    except Exception:
        g = nn.Graph()
        x = g.param(np.array([x0]), name="x")        # fall back to shape (1,)
    prog = g.compile(_chain(x))
    prog.forward()
    prog.backward()
    return "prog.forward(); prog.backward()", dict(prog=prog), f"{float(np.ravel(x.grad)[0]):g}"


def _jax_chain(jax, x0):
    vg = jax.jit(jax.value_and_grad(_chain))
    xj = jax.numpy.asarray(x0)
    _, grad = jax.block_until_ready(vg(xj))
    return "block(vg(x))", dict(block=jax.block_until_ready, vg=vg, x=xj), f"{float(grad):g}"


def _torch_chain(torch, x0):
    x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)

    def step():
        x.grad = None
        z = _chain(x)
        z.backward()
        return z.item()

    step()
    return step, None, f"{float(x.grad):g}"


def _autograd_chain(autograd, x0):
    vg = autograd.value_and_grad(_chain)
    _, grad = vg(x0)
    return "vg(x)", dict(vg=vg, x=x0), f"{float(grad):g}"


def _mg_chain(x0):
    def step():
        x = mg.Scalar(x0)
        z = _chain(x)
        z.backward()
        return x.grad

    return step, None, f"{step():g}"


# --------------------------------------------------------------------------- 4. Adam
def bench_adam(nn, m):
    """10,000 Adam steps (lr 0.05, betas 0.9/0.999, eps 1e-8) on the least-squares loss,
    whole loop, loss history kept. Why: the lab's solver loop; the final loss of every
    column is shown so a fast-but-wrong loop is visible.
    """
    X, y, _ = lsq_data()
    w_star = np.linalg.lstsq(X, y, rcond=None)[0]
    best = float(np.sum((X @ w_star - y) ** 2))
    cells = run_cells({
        "aoc.nn `nn.Adam(lr=0.05).minimize(prog, steps=10_000)`": cell(
            nn, lambda: _aoc_adam(nn, X, y), budget_s=1.0, min_repeats=5),
        "PyTorch `torch.optim.Adam`, Python loop": cell(
            m["torch"], lambda: _torch_adam(m["torch"], X, y), budget_s=0, warmup=0, min_repeats=3),
        "numpy, hand-written Adam": cell(
            np, lambda: _numpy_adam_stmt(X, y), budget_s=1.0, warmup=1, min_repeats=5),
        JAX_SCAN: cell(
            m["jax"], lambda: _jax_adam(m["jax"], X, y), budget_s=0.5, min_repeats=5),
    })
    aoc = next(iter(cells.values()))
    print(f"### 4. {ADAM_STEPS:,} Adam steps on the least-squares loss, whole loop\n")
    table(["implementation", "whole loop", "per step", "÷ aoc.nn", "last / lowest loss"],
          [[k, fmt_cell(c), fmt_cell(c, lambda ns: fmt_time(ns / ADAM_STEPS)),
            fmt_ratio(ratio(c, aoc)), c.extra] for k, c in cells.items()])
    print(f"(the exact least-squares minimum, from np.linalg.lstsq, is {best:.10g}; past "
          "convergence Adam at lr 0.05 wanders in a limit cycle, so last losses differ by rounding)\n")
    return cells


JAX_SCAN = "JAX `jit(lax.scan)` of the same loop, whole loop compiled"


def _final(hist):
    """Last and lowest loss of the history. Past convergence Adam at lr 0.05 hovers in a
    limit cycle (the loss wanders up to ~1e-3 relative), so the last value alone depends on
    rounding; the lowest shows whether the loop reached the optimum."""
    hist = np.asarray(hist, dtype=float)
    return f"{hist[-1]:.10g} / {hist.min():.10g}"


def _aoc_adam(nn, X, y):
    prog, w = aoc_lsq_program(nn, X, y, np.zeros(6))

    def run():
        set_value(w, 0.0)
        return nn.Adam(lr=ADAM_LR).minimize(prog, steps=ADAM_STEPS)

    return run, None, _final(run())


def _torch_adam(torch, X, y):
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y)

    def run(steps=ADAM_STEPS):
        w = torch.zeros(X.shape[1], dtype=torch.float64, requires_grad=True)
        opt = torch.optim.Adam([w], lr=ADAM_LR)
        hist = np.empty(steps)
        for i in range(steps):
            opt.zero_grad()
            loss = ((Xt @ w - yt) ** 2).sum()
            loss.backward()
            opt.step()
            hist[i] = loss.item()
        return hist

    run(200)                                   # warm-up (a full run is ~2 s)
    hist = run()                               # also the first timed-size run
    return run, None, _final(hist)


def numpy_adam(X, y, steps=ADAM_STEPS, lr=ADAM_LR, b1=0.9, b2=0.999, eps=1e-8):
    """Adam on sum((Xw - y)^2) with the hand-written gradient, as a numpy user writes it."""
    w = np.zeros(X.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    hist = np.empty(steps)
    for t in range(1, steps + 1):
        r = X @ w - y
        hist[t - 1] = r @ r
        g = 2.0 * (X.T @ r)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * (g * g)
        m_hat = m / (1 - b1 ** t)
        v_hat = v / (1 - b2 ** t)
        w -= lr * m_hat / (np.sqrt(v_hat) + eps)
    return hist


def _numpy_adam_stmt(X, y):
    return (lambda: numpy_adam(X, y)), None, _final(numpy_adam(X, y))


def _jax_adam(jax, X, y, b1=0.9, b2=0.999, eps=1e-8):
    jnp = jax.numpy
    Xj, yj = jnp.asarray(X), jnp.asarray(y)
    vg = jax.value_and_grad(lambda w: jnp.sum((Xj @ w - yj) ** 2))

    def body(state, t):
        w, m, v = state
        loss, g = vg(w)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
        return (w - ADAM_LR * m_hat / (jnp.sqrt(v_hat) + eps), m, v), loss

    @jax.jit
    def run(w0):
        ts = jnp.arange(1, ADAM_STEPS + 1, dtype=jnp.float64)
        return jax.lax.scan(body, (w0, w0, w0), ts)[1]

    w0 = jnp.zeros(X.shape[1])
    hist = run(w0).block_until_ready()
    return (lambda: run(w0).block_until_ready()), None, _final(hist)


# --------------------------------------------------------------------------- 5. fma
def bench_fma(nn, m):
    """a*b + c on float64 vectors of 1e3, 1e5, 1e7 elements, and as a share of copy bandwidth.

    Bandwidth: an fma reads 3 arrays and writes 1, i.e. 4·8·n bytes; the reference is
    np.copyto on 2n elements, which moves the same 4·8·n bytes (read 2n, write 2n).
    "% copy" = t(copy) / t(impl); "B/el" = the bytes per element np.copyto would move in
    the time the row took (32 is the least a*b + c can move). Threads: aoc.nn splits runs of
    >= 262,144 elements over nn.threads() (2 here) unless the row says 1; numexpr as the row
    says; torch its default pool (2); numpy one thread.
    """
    results, aligns = {}, []
    for n in FMA_SIZES:
        results[n], align = _fma_cells(nn, m, n)
        aligns.append(f"n = {n:.0e}: {align}")
    names = list(results[FMA_SIZES[0]])
    print("### 5. `a*b + c`, float64; time per call (effective GB/s, % of copy bandwidth)\n")
    header = ["implementation"] + [f"n = {n:.0e}" for n in FMA_SIZES]
    rows = []
    for name in names:
        row = [name]
        for n in FMA_SIZES:
            c, copy = results[n][name], results[n]["copy reference: `np.copyto` of 2n"]
            if c.ns is None:
                row.append(c.text)
            else:
                gbs, share = 4 * 8 * n / c.ns, copy.ns / c.ns
                row.append(f"{fmt_time(c.ns)} ({gbs:.1f} GB/s, {100 * share:.0f}%, "
                           f"{32 / share:.0f} B/el)")
        rows.append(row)
    table(header, rows)
    print("Arrays as numpy allocates them (no special alignment); their addresses mod 64 "
          "(a, b, c, out): " + "; ".join(aligns) + ". Above 100% of copy is possible: "
          "np.copyto's ordinary stores first read each destination line into cache (write-"
          "allocate), which a kernel streaming its output past the cache (non-temporal stores) "
          "does not.\n")
    return results


def _fma_cells(nn, m, n):
    rng = np.random.default_rng(2)
    a, b, c = rng.normal(size=(3, n))
    a, b, c = a.copy(), b.copy(), c.copy()          # three separate buffers
    out, tmp = np.empty(n), np.empty(n)
    src, dst = rng.normal(size=2 * n), np.empty(2 * n)
    budget = BUDGET_S if n < 10_000_000 else 2 * BUDGET_S
    env = dict(a=a, b=b, c=c, out=out, t=tmp, mul=np.multiply, add=np.add)
    kw = dict(budget_s=budget, min_repeats=5)
    align = ", ".join(str(x.ctypes.data % 64) for x in (a, b, c, out))
    cells = run_cells({
        GRAPH_FMA: cell(nn, lambda: _graph_stmt(nn, "a*b+c", (a, b, c), a * b + c), **kw),
        "aoc.nn compiled graph, 1 thread": cell(
            nn, lambda: _graph_stmt(nn, "a*b+c", (a, b, c), a * b + c, threads=1), **kw),
        FMA_OUT: cell(
            nn, lambda: ("fma(a, b, c, out=out)", dict(env, fma=nn.fma), _fma_check(nn, a, b, c)), **kw),
        "aoc.nn `nn.fma(a, b, c)` (allocates)": cell(
            nn, lambda: ("fma(a, b, c)", dict(env, fma=nn.fma), ""), **kw),
        NUMPY_OUT: cell(
            np, lambda: ("mul(a, b, out=t); add(t, c, out=out)", env, ""), **kw),
        "numpy `a*b + c` (allocates)": cell(np, lambda: ("a * b + c", env, ""), **kw),
        NUMEXPR_1: cell(m["numexpr"], lambda: _numexpr_stmt(m["numexpr"], "a*b+c", env, 1), **kw),
        NUMEXPR_2: cell(m["numexpr"], lambda: _numexpr_stmt(m["numexpr"], "a*b+c", env, 2), **kw),
        TORCH_ADDCMUL: cell(
            m["torch"], lambda: _torch_fma(m["torch"], a, b, c, out), **kw),
        "copy reference: `np.copyto` of 2n": cell(
            np, lambda: ("cp(dst, src)", dict(cp=np.copyto, dst=dst, src=src), ""), **kw),
    })
    return cells, align


GRAPH_FMA = "aoc.nn compiled graph `prog.forward()` of `a*b + c` (fused)"
FMA_OUT = "aoc.nn `nn.fma(a, b, c, out=out)`"
NUMPY_OUT = "numpy `multiply(a,b,out=t); add(t,c,out=out)`"
NUMEXPR_1 = "numexpr `evaluate('a*b+c', out=out)`, 1 thread"
NUMEXPR_2 = "numexpr `evaluate('a*b+c', out=out)`, 2 threads"
TORCH_ADDCMUL = "torch `torch.addcmul(c, a, b, out=out)`"


def _graph_stmt(nn, expr, arrays, want, threads=None):
    """forward() of a compiled graph of expr over constant leaves (shared nn arrays, no copy)."""
    g = nn.Graph()
    leaves = {}
    for name, x in zip("abcd"[:len(arrays)], arrays, strict=True):
        data = nn.zeros(x.shape)
        data[...] = x
        leaves[name] = g.const(data, name=name)
    prog = g.compile(eval(expr, {"tanh": nn.tanh}, leaves))  # noqa: S307 - our own expressions
    err = rel_err(prog.forward(), want)
    if err > 1e-12:
        raise AssertionError(f"the compiled {expr} differs from numpy by {err:.1e}")
    if threads is None:
        return "f()", dict(f=prog.forward), ""
    return "st(k); f(); st(d)", dict(f=prog.forward, st=nn.set_threads, k=threads, d=nn.threads()), ""


def _numexpr_stmt(ne, expr, env, threads):
    """numexpr's evaluate at a given thread count (set inside the timed statement, as cells
    are interleaved)."""
    return (f"st({threads}); ev({expr!r}, out=out)",
            dict(env, ev=ne.evaluate, st=ne.set_num_threads), "")


def _fma_check(nn, a, b, c):
    got = nn.fma(a, b, c, out=np.empty_like(a))
    err = rel_err(got, a * b + c)
    if err > 1e-12:
        raise AssertionError(f"nn.fma differs from a*b+c by {err:.1e}")
    return ""


def _torch_fma(torch, a, b, c, out):
    ta, tb, tc, to = (torch.from_numpy(x) for x in (a, b, c, out))
    return "addcmul(c, a, b, out=o)", dict(addcmul=torch.addcmul, a=ta, b=tb, c=tc, o=to), ""


# --------------------------------------------------------------------------- 5b. a fused chain
CHAIN_N = 10_000_000
GRAPH_TANH = "aoc.nn compiled graph `prog.forward()` (fused)"


def bench_tanh_chain(nn, m):
    """tanh(a*b + c) * d at 1e7: a chain of four elementwise ops, which the compiled graph runs
    as one pass over cache-sized blocks; numpy writes every intermediate, numexpr fuses too.
    The pool rows: the doubles a program holds for its values and gradients, fused and not."""
    rng = np.random.default_rng(3)
    a, b, c, d = (rng.normal(size=CHAIN_N) for _ in range(4))
    out, tmp = np.empty(CHAIN_N), np.empty(CHAIN_N)
    want = np.tanh(a * b + c) * d
    env = dict(a=a, b=b, c=c, d=d, out=out, t=tmp, np=np)
    numpy_stmt = ("np.multiply(a, b, out=t); np.add(t, c, out=t); np.tanh(t, out=t); "
                  "np.multiply(t, d, out=out)")
    kw = dict(budget_s=2 * BUDGET_S, min_repeats=5)
    cells = run_cells({
        GRAPH_TANH: cell(nn, lambda: _graph_stmt(nn, "tanh(a*b+c)*d", (a, b, c, d), want), **kw),
        "aoc.nn compiled graph, 1 thread": cell(
            nn, lambda: _graph_stmt(nn, "tanh(a*b+c)*d", (a, b, c, d), want, threads=1), **kw),
        "numpy, `out=` every step": cell(np, lambda: (numpy_stmt, env, ""), **kw),
        "numexpr `evaluate('tanh(a*b+c)*d')`, 1 thread": cell(
            m["numexpr"], lambda: _numexpr_stmt(m["numexpr"], "tanh(a*b+c)*d", env, 1), **kw),
        "numexpr, 2 threads": cell(
            m["numexpr"], lambda: _numexpr_stmt(m["numexpr"], "tanh(a*b+c)*d", env, 2), **kw),
    })
    graph = cells[GRAPH_TANH]
    print("### 5b. `tanh(a*b + c) * d` at 1e7, float64, compiled graph forward\n")
    table(["implementation", "time", "÷ aoc.nn"],
          [[k, fmt_cell(c), fmt_ratio(ratio(c, graph))] for k, c in cells.items()])
    pools = _try(lambda: _pool_sizes(nn), None)
    if pools:
        print(f"Pool of the compiled chain: {pools[0] / CHAIN_N:.2f} n doubles fused, "
              f"{pools[1] / CHAIN_N:.2f} n unfused (`fuse=False`); n = {CHAIN_N:.0e}.\n")
    return cells, pools


def _pool_sizes(nn):
    g = nn.Graph()
    a, b, c, d = (g.const(nn.zeros((CHAIN_N,))) for _ in range(4))
    out = nn.tanh(a * b + c) * d
    return tuple(np.frombuffer(g.compile(out, fuse=f), dtype=np.float64).size for f in (None, False))


# --------------------------------------------------------------------------- 5c. threads, calls
THREAD_STEPS = 5_000


def idle_cores(seconds=0.5):
    """How many cores sat idle over the next `seconds`, from /proc/stat (None off Linux)."""
    def sample():
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, total
    try:
        idle0, total0 = sample()
        time.sleep(seconds)
        idle1, total1 = sample()
    except OSError:
        return None
    return (idle1 - idle0) / max(1, total1 - total0) * (os.cpu_count() or 1)


def settle(want=1.8, timeout=20.0):
    """Wait (at most `timeout` s) until about two cores are idle: a two-core scaling target means
    nothing while something else holds one of the two. Returns (seconds waited, idle cores seen)."""
    start, idle = time.perf_counter(), idle_cores()
    while idle is not None and idle < want and time.perf_counter() - start < timeout:
        idle = idle_cores()
    return time.perf_counter() - start, idle


def bench_threads(nn, m):
    """Two Python threads, each minimizing its own program (Adam, callback-free, so the GIL is
    released): the wall time of both together against one alone, run back to back, once both
    cores are idle (see settle). On a 2-core machine shared with other work, anything else
    running takes from the second core."""
    if not nn:
        return None
    import threading
    waited, idle = settle()
    X, y, _ = lsq_data()
    progs = [aoc_lsq_program(nn, np.tile(X, (10, 1)), np.tile(y, 10), np.zeros(6))[0]
             for _ in range(2)]
    solver = nn.Adam(lr=0.01)

    def both():
        threads = [threading.Thread(target=solver.minimize, args=(p, THREAD_STEPS)) for p in progs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    cells = run_cells({
        "one program, one thread": cell(
            nn, lambda: (lambda: solver.minimize(progs[0], THREAD_STEPS), None, ""), budget_s=1.0),
        "two programs, two threads": cell(nn, lambda: (both, None, ""), budget_s=1.0),
    })
    one, two = cells.values()
    speedup = None if one.ns is None or two.ns is None else 2 * one.ns / two.ns
    wall, cpu = time.perf_counter(), time.process_time()
    both()
    cores = (time.process_time() - cpu) / (time.perf_counter() - wall)
    print(f"### 5c. Two threads on two programs ({THREAD_STEPS:,} Adam steps each, X 3000×6)\n")
    table(["run", "wall time"], [[k, fmt_cell(c)] for k, c in cells.items()])
    idle_text = "unknown" if idle is None else f"{idle:.2f}"
    print(f"Before timing, waited {waited:.1f} s for idle cores ({idle_text} of {os.cpu_count()} idle).")
    print(f"Speed-up of two threads: {fmt_ratio(speedup)} (2 × one ÷ both). During one more "
          f"two-thread run the process used {cores:.2f} cores (CPU time ÷ wall time): below 2, "
          "the rest of the machine's load took the difference.\n")
    return speedup


def bench_call(nn, m):
    """The Python cost of a call: forward() on a 3-node graph against the bare C method it is
    (called through the C type, bypassing any Python wrapper)."""
    if not nn:
        return {}
    from aoc.nn import _core
    g = nn.Graph()
    x = g.param(np.array(0.5), name="x")
    prog = g.compile(nn.sum(x * x + 1.0))
    cells = run_cells({
        "`prog.forward()`": cell(nn, lambda: ("p.forward()", dict(p=prog), "")),
        "bare C call `_core.Program.forward(prog)`": cell(
            nn, lambda: ("f(p)", dict(f=_core.Program.forward, p=prog), "")),
    })
    print("### 5d. Per-call cost of forward() on a 3-node graph\n")
    table(["call", "time"], [[k, fmt_cell(c)] for k, c in cells.items()])
    return cells


# --------------------------------------------------------------------------- 6. build+compile
def bench_build(nn, m):
    """Building and compiling a 1,000-node graph (2 leaves, 997 ops cycling *, +, tanh, a sum).

    Why: the lab builds a fresh graph per puzzle variant; that must be cheap. JAX's
    tracing (and, with --jax-compile, XLA's compile) of the same function and PyTorch's
    define-by-run forward are shown for scale (not targets).
    """
    cells = run_cells({
        "aoc.nn `Graph()` … `g.compile(loss)`": cell(nn, lambda: _aoc_build(nn), budget_s=0.5),
        "JAX `jit(f).lower(x)`: trace only (info)": cell(
            m["jax"], lambda: _jax_build(m["jax"], compile=False), budget_s=0, warmup=0, min_repeats=3),
        "JAX `jit(f).lower(x).compile()` (info)": cell(
            m["jax"] if JAX_COMPILE else Missing("skipped: ~10 s; run with --jax-compile"),
            lambda: _jax_build(m["jax"], compile=True), budget_s=0, warmup=0, min_repeats=1),
        "PyTorch eager forward with grad (builds its tape) (info)": cell(
            m["torch"], lambda: _torch_build(m["torch"]), budget_s=0.5),
    })
    print(f"### 6. Build and compile a {GRAPH_NODES:,}-node graph\n")
    table(["implementation", "time", "note"], [[k, fmt_cell(c), c.extra] for k, c in cells.items()])
    return cells


def _graph_ops(x, c, tanh, total):
    """x, c are the two leaves; 997 ops; then one sum: 1,000 nodes."""
    z = x
    for i in range(GRAPH_NODES - 3):
        z = z * c if i % 3 == 0 else (z + x if i % 3 == 1 else tanh(z))
    return total(z)


def _aoc_build(nn):
    xv, cv = np.linspace(-1, 1, 16), np.full(16, 0.9)

    def build():
        g = nn.Graph()
        x, c = g.param(xv, name="x"), g.const(cv, name="c")
        return g, g.compile(_graph_ops(x, c, nn.tanh, nn.sum))

    g, _ = build()
    count = _try(lambda: f"{len(g.nodes)} nodes in the graph", "")
    return build, None, count


def _jax_build(jax, compile):
    jnp = jax.numpy
    x = jnp.linspace(-1, 1, 16)

    def build():                      # a new function each time, so no jit cache can answer
        f = lambda x: _graph_ops(x, jnp.full(16, 0.9), jnp.tanh, jnp.sum)  # noqa: E731
        lowered = jax.jit(f).lower(x)
        return lowered.compile() if compile else lowered

    return build, None, ("trace + XLA compile, fresh function, timed once" if compile
                         else "tracing to StableHLO, fresh function")


def _torch_build(torch):
    x = torch.linspace(-1, 1, 16, dtype=torch.float64, requires_grad=True)
    c = torch.full((16,), 0.9, dtype=torch.float64)
    return (lambda: _graph_ops(x, c, torch.tanh, torch.sum)), None, "define-by-run: build = run forward"


# --------------------------------------------------------------------------- targets
def verdict(value, ok, fmt, info=False):
    """(measured text, PASS/FAIL/n/a); an info row says what it would be, and counts for nothing."""
    if value is None:
        return "—", "n/a"
    result = "PASS" if ok(value) else "FAIL"
    return fmt(value), f"info (would {result})" if info else result


def print_targets(lsq, chain, adam, fma, build, tanh, threads, call):
    """Every target the README states, each a ratio (or a time) from this run."""
    a_lsq = lsq["aoc.nn `prog.forward(); prog.backward()`"]
    a_adam = adam["aoc.nn `nn.Adam(lr=0.05).minimize(prog, steps=10_000)`"]
    big, small = fma[FMA_SIZES[-1]], fma[FMA_SIZES[0]]
    chain_ns = chain["aoc.nn `prog.forward(); prog.backward()`"].ns
    build_ns = build["aoc.nn `Graph()` … `g.compile(loss)`"].ns
    tanh_cells, pools = tanh
    graph_tanh = tanh_cells[GRAPH_TANH]
    x = lambda r: f"{r:.3g}×"  # noqa: E731
    at_least = lambda k: lambda r: r >= k  # noqa: E731
    rows = [
        ("least squares fwd+bwd: ≥ 10× faster than PyTorch eager", "≥ 10×",
         *verdict(ratio(lsq["PyTorch eager (`loss.backward()`)"], a_lsq), at_least(10), x)),
        ("least squares fwd+bwd: faster than jax.jit(value_and_grad)", "> 1×",
         *verdict(ratio(lsq["JAX `jit(value_and_grad(f))`"], a_lsq), lambda r: r > 1, x)),
        ("least squares fwd+bwd: no slower than hand-written numpy", "≥ 1×",
         *verdict(ratio(lsq["numpy, hand-written gradient"], a_lsq), at_least(1), x)),
        (f"chain of {N_CHAIN} scalar adds fwd+bwd: ≤ 20 ns per op", "≤ 20 ns",
         *verdict(None if chain_ns is None else chain_ns / N_CHAIN, lambda v: v <= 20,
                  lambda v: f"{v:.1f} ns")),
        ("10k Adam steps: ≥ 30× faster than PyTorch loop", "≥ 30×",
         *verdict(ratio(adam["PyTorch `torch.optim.Adam`, Python loop"], a_adam), at_least(30), x)),
        ("10k Adam steps: ≥ 2× faster than numpy Adam", "≥ 2×",
         *verdict(ratio(adam["numpy, hand-written Adam"], a_adam), at_least(2), x)),
        ("10k Adam steps: ≥ 2× faster than JAX lax.scan of the same loop", "≥ 2×",
         *verdict(ratio(adam[JAX_SCAN], a_adam), at_least(2), x)),
        ("fma 1e7 (out=): ≥ 95% of numpy multiply/add(out=) throughput", "≥ 95%",
         *verdict(ratio(big[NUMPY_OUT], big[FMA_OUT]), at_least(0.95), lambda r: f"{100 * r:.0f}%")),
        ("fma 1e3 (out=): a call ≤ ½ of numpy `a*b+c`", "≤ 0.5",
         *verdict(ratio(small[FMA_OUT], small["numpy `a*b + c` (allocates)"]),
                  lambda r: r <= 0.5, lambda r: f"{r:.2f}")),
        ("graph a*b+c 1e7: within 10% of nn.fma(out=)", "≤ 1.1",
         *verdict(ratio(big[GRAPH_FMA], big[FMA_OUT]), lambda r: r <= 1.1, lambda r: f"{r:.2f}")),
        ("graph a*b+c 1e7: ≥ 1.3× numpy multiply/add(out=)", "≥ 1.3×",
         *verdict(ratio(big[NUMPY_OUT], big[GRAPH_FMA]), at_least(1.3), x)),
        ("graph a*b+c 1e7: ≥ 1× torch.addcmul(out=)", "≥ 1×",
         *verdict(ratio(big[TORCH_ADDCMUL], big[GRAPH_FMA]), at_least(1), x)),
        ("graph a*b+c 1e7: ≥ 1× numexpr, 1 thread", "≥ 1×",
         *verdict(ratio(big[NUMEXPR_1], big[GRAPH_FMA]), at_least(1), x)),
        ("graph a*b+c 1e7: ≥ 1× numexpr, 2 threads", "≥ 1×",
         *verdict(ratio(big[NUMEXPR_2], big[GRAPH_FMA]), at_least(1), x)),
        ("graph tanh(a*b+c)*d 1e7: ≥ 2.5× numpy", "≥ 2.5×",
         *verdict(ratio(tanh_cells["numpy, `out=` every step"], graph_tanh), at_least(2.5), x)),
        ("graph tanh(a*b+c)*d 1e7: ≥ 3× numexpr, 1 thread", "≥ 3×",
         *verdict(ratio(tanh_cells["numexpr `evaluate('tanh(a*b+c)*d')`, 1 thread"], graph_tanh),
                  at_least(3), x)),
        ("graph tanh(a*b+c)*d 1e7: ≥ 3× numexpr, 2 threads", "≥ 3×",
         *verdict(ratio(tanh_cells["numexpr, 2 threads"], graph_tanh), at_least(3), x)),
        ("the fused chain's pool: O(n), not O(ops·n) doubles", "≤ 1.1 n",
         *verdict(None if not pools else pools[0] / CHAIN_N, lambda v: v <= 1.1,
                  lambda v: f"{v:.2f} n")),
        ("two threads on two programs: speed-up", "≥ 1.7×",
         *verdict(threads, at_least(1.7), x)),
        ("forward() on a 3-node graph: ≤ 1.5× the bare C call", "≤ 1.5×",
         *verdict(ratio(*call.values()) if call else None, lambda r: r <= 1.5, x)),
        (f"build + compile a {GRAPH_NODES:,}-node graph: < 5 ms", "< 5 ms",
         *verdict(build_ns, lambda v: v < 5e6, fmt_time)),
    ]
    print("### Targets\n")
    table(["target", "required", "measured", "result"], rows)
    counts = {k: sum(r[3] == k for r in rows) for k in ("PASS", "FAIL", "n/a")}
    print(f"{counts['PASS']} PASS, {counts['FAIL']} FAIL, {counts['n/a']} n/a (info rows not counted)\n")


# --------------------------------------------------------------------------- header
def blas_kernel():
    try:
        import threadpoolctl
        infos = threadpoolctl.threadpool_info()
        blas = [i for i in infos if i.get("user_api") == "blas"]
        return ", ".join(f"{i['internal_api']} {i.get('version')} {i.get('architecture')} "
                         f"({i['num_threads']} threads)" for i in blas) or "unknown"
    except Exception:
        return "unknown (pip install threadpoolctl to see it)"


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def print_header(nn, nn_error, m):
    """Machine, versions and environment, so a table can be read later on its own."""
    ver = lambda mod: getattr(mod, "__version__", "?") if mod else "not installed"  # noqa: E731
    print("## aoc.nn benchmark\n")
    print(f"- machine: {cpu_name()}, {os.cpu_count()} logical CPUs, {platform.machine()}, "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"- numpy {np.__version__}; BLAS: {blas_kernel()}")
    torch = m["torch"]
    print(f"- torch {ver(torch)}" + (f" ({torch.get_num_threads()} threads)" if torch else "")
          + f"; jax {ver(m['jax'])}" + (f" ({m['jax'].default_backend()}, x64)" if m["jax"] else "")
          + f"; numexpr {ver(m['numexpr'])}"
          + (f" ({m['numexpr'].get_num_threads()} threads)" if m["numexpr"] else "")
          + f"; autograd {_dist_version('autograd') if m['autograd'] else 'not installed'}"
          + "; micrograd-style: benchmarks/anchors/micrograd_style.py")
    if nn:
        isa = _try(lambda: nn.isa(), "?")
        forced = os.environ.get("AOC_NN_ISA")
        print(f"- aoc.nn: ISA path `{isa}`" + (f" (forced by AOC_NN_ISA={forced})" if forced else ""))
    else:
        print(f"- aoc.nn: not available ({nn_error})")
    print(f"- load average before the run: {os.getloadavg()[0]:.2f} (anything else running "
          "on the 2 cores skews the numbers; the cells are medians to resist it)")
    bad = [v for v in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if v in os.environ]
    if bad:
        print(f"- **warning**: {', '.join(bad)} set in the environment; numpy's OpenBLAS is pinned. "
              "Run as `env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/nn_bench.py`.")
    print(f"- method: time.perf_counter_ns via timeit, GC off, warm-up, median of repeats of ≥ 1 ms, "
          "repeats interleaved within each table, each round in a shuffled order; "
          f"~{BUDGET_S:g} s per cell; timeit's empty loop costs {measure('pass', budget_s=0.05):.0f} ns per call "
          "(included in every cell; string statements, so no extra Python call for tiny ops)")
    print("- `÷ aoc.nn` = that row's time divided by aoc.nn's: above 1, aoc.nn is faster\n")


def _dist_version(name):
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:
        return "?"


def _try(f, default):
    try:
        return f()
    except Exception:
        return default


# --------------------------------------------------------------------------- main
def spin_up(seconds=1.0):
    """Keep the CPU busy before the first timing: on this VM the first ~0.5 s of work runs
    up to 2× slower (clock ramp-up), which would penalise whichever cell comes first."""
    a = np.ones(16)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        a + a


def main(argv=None):
    global BUDGET_S, JAX_COMPILE
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--budget", type=float, default=BUDGET_S, help="seconds of timing per cell")
    ap.add_argument("--jax-compile", action="store_true",
                    help="also time JAX's XLA compile of the 1,000-node graph (~10 s)")
    args = ap.parse_args(argv)
    BUDGET_S, JAX_COMPILE = args.budget, args.jax_compile
    t0 = time.perf_counter()
    m = load_anchors()
    nn, nn_error = load_aoc_nn()
    nn_cell = nn if nn else Missing(NOT_AVAILABLE)
    spin_up()
    print_header(nn, nn_error, m)
    bench_tiny_op(nn_cell, m)
    lsq = bench_lsq(nn_cell, m)
    chain = bench_chain(nn_cell, m)
    adam = bench_adam(nn_cell, m)
    fma = bench_fma(nn_cell, m)
    tanh = bench_tanh_chain(nn_cell, m)
    threads = bench_threads(nn, m)
    call = bench_call(nn, m)
    build = bench_build(nn_cell, m)
    print_targets(lsq, chain, adam, fma, build, tanh, threads, call)
    print(f"(whole run: {time.perf_counter() - t0:.0f} s; load average after it: {os.getloadavg()[0]:.2f})")


if __name__ == "__main__":
    main()
