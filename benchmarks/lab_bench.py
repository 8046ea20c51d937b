"""Every lab day on a full-size generated input, beside an exact or brute-force reference.

Each part (parse included) must take under 1 s. The inputs come from tests/generators, the same
planted inputs the day tests check, so no real puzzle input is needed. numexpr's place is measured
too: every robot's position at every second of 2024/14, by numexpr against the day's own numpy.
Run from the repository: `python benchmarks/lab_bench.py`.
"""
import random
import statistics
import sys
import time
from functools import partial
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
TARGET = 1.0


def seconds(function, repeat: int = 3) -> float:
    """Median wall time of `function()`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def solve_part(part, parse, text: str):
    """One part's answer from the text, parse included, as the runner times it."""
    return part(parse(text))


def day_rows(year: int, day: int, text: str, references: dict):
    """(label, part, time, reference label, reference time, same answer?) for both parts."""
    from aoc import registry

    solved = registry.load(year, day)
    for part, fn in solved.parts.items():
        run = partial(solve_part, fn, solved.parse, text)
        answer = run()
        elapsed = seconds(run)
        name, reference = references.get(part, ("—", None))
        ref_time = seconds(reference, repeat=1) if reference else None
        agrees = reference is None or reference() == answer
        yield f"{year}/{day:02d} {solved.title}", part, elapsed, name, ref_time, agrees


def inputs():
    """(year, day, text, {part: (reference name, reference thunk)}) for each lab day."""
    from aoc.days.y2018 import d10
    from aoc.days.y2021 import d07
    from aoc.days.y2022 import d21
    from aoc.days.y2023 import d24
    from tests.generators import y2018_d10, y2021_d07, y2022_d21, y2023_d24

    text, _ = y2023_d24.generate(1)
    hail = d24.parse(text)
    yield 2023, 24, text, {1: ("exact fractions", lambda: y2023_d24.reference_crossings(hail, d24.LOW, d24.HIGH)),
                           2: ("rational elimination", lambda: sum(d24.solve_exactly(hail)[0]))}
    text, _ = y2022_d21.generate(1, 3_141_592_653_589)
    jobs = d21.parse(text)
    yield 2022, 21, text, {2: ("inverting the path", lambda: d21.solve_exactly(jobs))}
    text = y2018_d10.plant("ZHKNRLXG", 10_391, 1)
    points = d10.parse(text)
    yield 2018, 10, text, {2: ("step by step", lambda: y2018_d10.step_by_step(points))}
    text = y2021_d07.generate(7)
    crabs = d07.parse(text)
    yield 2021, 7, text, {1: ("every position", lambda: y2021_d07.brute_force(crabs, d07.linear_fuel)),
                          2: ("every position", lambda: y2021_d07.brute_force(crabs, d07.triangular_fuel))}
    yield from exact_days()


def exact_days():
    """The exact and vectorised lab days with their references."""
    from aoc.days.y2024 import d07, d13, d14
    from tests.generators import y2020_d18, y2023_d06, y2024_d07, y2024_d13, y2024_d14

    rng = random.Random(13)
    text13 = "\n\n".join(y2024_d13.planted(rng, 0, (0, 100))[0] for _ in range(320))
    brute13 = lambda: sum(min((3 * a + b for a in range(101) for b in range(101)  # noqa: E731
                               if a * m.ax + b * m.bx == m.px and a * m.ay + b * m.by == m.py), default=0)
                          for m in d13.parse(text13))
    yield 2024, 13, text13, {1: ("every press count", brute13)}
    text14 = y2024_d14.plant(1, 7_093)
    robots = d14.parse(text14)
    scan = lambda: next(s for s in range(101 * 103) if d14.draws_picture(robots, s, 101, 103))  # noqa: E731
    yield 2024, 14, text14, {2: ("scan every second", scan)}
    text07 = y2024_d07.generate(7)
    equations = d07.parse(text07)
    yield 2024, 7, text07, {2: ("recursive search", lambda: y2024_d07.reference_calibration(equations, True))}
    lines = y2020_d18.generate(18)
    yield 2020, 18, "\n".join(lines), {2: ("shunting-yard", lambda: sum(y2020_d18.reference(x, {"+": 2, "*": 1})
                                                                          for x in lines))}
    text06 = "Time:        51     69     98     78\nDistance:   377   1171   1224   1505\n"
    yield 2023, 6, text06, {2: ("binary search", lambda: y2023_d06.binary_search(51699878, 377117112241505))}


def numexpr_positions(start: np.ndarray, velocity: np.ndarray, size: int, seconds: np.ndarray) -> np.ndarray:
    """2024/14's `positions` grid, computed by numexpr instead of numpy."""
    import numexpr

    names = {"start": start, "t": seconds[:, None], "velocity": velocity, "size": size}
    return numexpr.evaluate("(start + t * velocity) % size", local_dict=names)


def numexpr_row() -> tuple[str, bool]:
    """Every robot's x at every second of a full cycle and of one period: numexpr against numpy."""
    from aoc.days.y2024 import d14
    from tests.generators.y2024_d14 import plant

    robots = d14.parse(plant(1, 7_093))
    x, vx = robots[:, 0], robots[:, 2]
    cycle, period = np.arange(101 * 103), np.arange(101)
    agrees = np.array_equal(numexpr_positions(x, vx, 101, cycle), d14.positions(x, vx, 101, cycle))
    fast = seconds(partial(numexpr_positions, x, vx, 101, cycle), 5)
    slow = seconds(partial(d14.positions, x, vx, 101, cycle), 5)
    fast_p = seconds(partial(numexpr_positions, x, vx, 101, period), 50)
    slow_p = seconds(partial(d14.positions, x, vx, 101, period), 50)
    row = (f"2024/14 positions ({len(robots)} robots): every second of the cycle numexpr {fast * 1e3:.1f} ms vs "
           f"numpy {slow * 1e3:.1f} ms; one period (what part 2 computes) numexpr {fast_p * 1e6:.0f} µs vs numpy "
           f"{slow_p * 1e6:.0f} µs; same positions: {'yes' if agrees else 'NO'}")
    return row, agrees


def main() -> int:
    """Print the table; exit 1 if a part misses 1 s or disagrees with its reference."""
    sys.path.insert(0, str(REPO))  # this checkout's aoc, and tests.generators
    from aoc.units import human_time

    print("| day | part | time (median of 3, parse included) | target < 1 s | reference | reference time | agree |")
    print("| --- | ---: | ---: | --- | --- | ---: | --- |")
    bad = False
    for year, day, text, refs in inputs():
        for label, part, elapsed, name, ref_time, agrees in day_rows(year, day, text, refs):
            bad |= not (elapsed < TARGET and agrees)
            verdict = "PASS" if elapsed < TARGET else "FAIL"
            ref = human_time(ref_time) if ref_time is not None else ""
            same = "yes" if agrees else "NO"
            print(f"| {label} | {part} | {human_time(elapsed)} | {verdict} | {name} | {ref} | {same} |")
    print()
    row, agrees = numexpr_row()
    print(row)
    return 1 if bad or not agrees else 0


if __name__ == "__main__":
    sys.exit(main())
