"""What `aoc lab` and `aoc post` do with a day's study: build it from the day's input, say what it
learns, draw its equation graph with runtime values, plot its loss curve. For Studies (one small
study per machine) the picture is the first item's: one machine's graph, at its learned point.

Apart from `aoc.lab.study` so that a day importing the lab's API does not pull in the registry,
the inputs or the runner.
"""
from pathlib import Path

from aoc import inputs, plot, registry, runner, store
from aoc.errors import UsageError
from aoc.lab.study import LabError, Proof, Studies, Study


def day_study(year: int, day: int, example: bool = False, path=None):
    """The Study a day's `study()` builds from its input (its first example with `example`)."""
    loaded = registry.load(year, day)
    build = getattr(loaded.module, "study", None)
    if not callable(build):
        raise UsageError(f"{year} day {day} learns nothing: its module has no study() function")
    source = inputs.choose(year, day, example=example, path=path)[0]
    params = source.known().params
    try:
        data = loaded.parse(source.text(), **runner.accepted(loaded.parse, params))
        return build(data, **runner.accepted(build, params)), source.name
    except Exception as exc:  # the day's own parse or study(): bad input is one line, not a traceback
        raise LabError(f"{year} day {day} ({source.name}): {type(exc).__name__}: {exc}") from exc


def describe(study: Study | Studies) -> str:
    """What the study learns, with which solver and for how long."""
    if isinstance(study, Studies):
        if not study.items:
            return f"{study.title}: nothing to learn"
        count = len(study.items)
        return f"{study.title}: {count} stud{'y' if count == 1 else 'ies'}, the first {describe(study.items[0])}"
    return f"{study.title}, {type(study.solver).__name__}, up to {study.steps} steps"


def write_graph(study: Study | Studies, path) -> None:
    """The equation graph with its runtime values: DOT text for .dot, Graphviz's drawing otherwise."""
    from aoc.nn import NNError

    if isinstance(study, Studies):
        if not study.items:
            raise LabError("no study to draw: there are no items")
        study = study.items[0]
    path = Path(path)
    program = study.graph.compile(study.output)  # one pass at the learned point fills every value and gradient
    output = program.forward()
    program.backward(None if program.scalar else output)  # a residual r seeds the gradient of ‖r‖²/2
    if path.suffix == ".dot":
        store.write_atomic(path, study.graph.to_dot())
        return
    try:
        study.graph.render(str(path))
    except NNError as exc:  # no Graphviz, or a format it cannot write
        raise LabError(str(exc)) from None


def write_curve(proof: Proof, path, title: str = "loss") -> None:
    """The loss history as an SVG line plot."""
    store.write_atomic(Path(path), plot.loss_curve_svg(proof.history, title))
