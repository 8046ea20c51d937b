"""`aoc lab`: watch a day learn its candidate, see it proven, and keep the pictures."""
from pathlib import Path

import click

from aoc.cli.options import day_arguments, resolve


@click.command(name="lab")
@day_arguments
@click.option("--example", "-e", is_flag=True, help="Learn on the day's first example instead of the real input.")
@click.option("--input", "input_file", type=click.Path(path_type=Path), help="Learn on this file.")
@click.option("--graph", type=click.Path(path_type=Path),
              help="Write the equation graph with runtime values (.svg, .png or .dot).")
@click.option("--curve", type=click.Path(path_type=Path), help="Write the loss curve (.svg).")
@click.option("--every", type=click.IntRange(min=1), default=1, show_default=True,
              help="Report the loss every N steps.")
def command(numbers, year, example, input_file, graph, curve, every):
    """Learn a day's candidate with aoc.nn, then prove it exactly.

    Shows the loss as the solver runs, then the steps, time and final loss,
    the candidate and whether the exact check accepted it (or the exact
    fallback answered). Only days whose module defines study() learn.
    """
    from aoc import lab
    from aoc.lab import driver
    from aoc.units import human_time

    year, day = resolve(numbers, year)
    study, source = driver.day_study(year, day, example=example, path=input_file)
    click.echo(f"{year} day {day} ({source}): {study.title}, {type(study.solver).__name__}, up to {study.steps} steps")
    proof = lab.solve(study, callback=_live_line, every=every)
    click.echo("", err=True)
    final = f"{proof.history[-1]:.6g}" if len(proof.history) else "—"
    click.echo(f"  {len(proof.history)} steps in {human_time(proof.seconds)}, final loss {final}")
    click.echo(f"  candidate {proof.candidate!r}")
    verdict = "✓ proven exactly" if proof.learned else f"✗ {proof.note}"
    click.echo(f"  {verdict}\n  answer {proof.answer!r}")
    _pictures(driver, study, proof, graph, curve)


def _live_line(step: int, loss: float) -> None:
    """The loss as it falls, rewritten in place on stderr."""
    click.echo(f"\r  step {step:>6}  loss {loss:.6g}   ", nl=False, err=True)


def _pictures(driver, study, proof, graph, curve) -> None:
    """Write the requested equation graph and loss curve."""
    if graph:
        driver.write_graph(study, graph)
        click.echo(f"  wrote {graph}")
    if curve:
        driver.write_curve(proof, curve, study.title)
        click.echo(f"  wrote {curve}")
