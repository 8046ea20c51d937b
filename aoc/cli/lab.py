"""`aoc lab`: watch a day learn its candidate, see it proven, and keep the pictures."""
from pathlib import Path

import click

from aoc.cli.options import day_arguments, resolve

BAR = 40  # the progress bar's width in characters


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
    fallback answered). A day of many small problems (one per machine) shows
    a progress bar and what each one's proof found. Only days whose module
    defines study() learn.
    """
    from aoc import lab
    from aoc.lab import driver
    from aoc.units import human_time

    year, day = resolve(numbers, year)
    study, source = driver.day_study(year, day, example=example, path=input_file)
    click.echo(f"{year} day {day} ({source}): {driver.describe(study)}")
    proof = lab.solve(study, callback=_live_line, every=every, on_item=_item_line)
    click.echo("", err=True)
    final = f"{proof.history[-1]:.6g}" if len(proof.history) else "—"
    if proof.items:
        click.echo(f"  {len(proof.items)} learned and proven, {human_time(proof.seconds)} of learning; "
                   f"the first: {len(proof.history)} steps, final loss {final}")
    else:
        click.echo(f"  {len(proof.history)} steps in {human_time(proof.seconds)}, final loss {final}")
        click.echo(f"  candidate {proof.candidate}")
    verdict = "✓ proven exactly" if proof.learned else f"✗ {proof.note}"
    click.echo(f"  {verdict}\n  answer {proof.answer}")
    _pictures(driver, study, proof, graph, curve)


def _live_line(step: int, loss: float) -> None:
    """The loss as it falls, rewritten in place on stderr."""
    click.echo(f"\r  step {step:>6}  loss {loss:.6g}   ", nl=False, err=True)


def _item_line(index: int, count: int, name: str, proof) -> None:
    """One item's proof on stdout, and a progress bar over the items rewritten in place on stderr."""
    done = (index + 1) * BAR // count
    click.echo("\r" + " " * (BAR + 20) + "\r", nl=False, err=True)
    click.echo(f"  {name}: {proof.answer} {'✓' if proof.learned else '✗ ' + proof.note}")
    click.echo(f"\r  [{'#' * done}{'.' * (BAR - done)}] {index + 1}/{count}", nl=False, err=True)


def _pictures(driver, study, proof, graph, curve) -> None:
    """Write the requested equation graph and loss curve."""
    if graph:
        driver.write_graph(study, graph)
        click.echo(f"  wrote {graph}")
    if curve:
        driver.write_curve(proof, curve, study.title)
        click.echo(f"  wrote {curve}")
