"""Issue 4's numbers: every lab day on a full-size generated input, beside an exact or brute-force reference.

Each part (parse included) must take under 1 s. The inputs come from the same generators the tests
use (tests/days/…), so no real puzzle input is needed. numexpr's place is measured too: every
robot's position at every second of 2024/14, numexpr against plain numpy.
Run from the repository: `python benchmarks/lab_bench.py`.
"""
import importlib.util
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
TARGET = 1.0


def test_module(year: int, day: int):
    """A day's test module, for its input generator and reference."""
    path = REPO / "tests" / "days" / f"y{year}" / f"test_y{year}_d{day:02d}.py"
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seconds(function, repeat: int = 3) -> float:
    """Median wall time of `function()`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def day_rows(year: int, day: int, text: str, references: dict):
    """(label, part, time, reference label, reference time, same answer?) for both parts."""
    from aoc import registry

    solved = registry.load(year, day)
    for part, fn in solved.parts.items():
        answer = fn(solved.parse(text))
        elapsed = seconds(lambda: fn(solved.parse(text)))
        name, reference = references.get(part, ("—", None))
        ref_time = seconds(reference, repeat=1) if reference else None
        agrees = reference is None or reference() == answer
        yield f"{year}/{day:02d} {solved.title}", part, elapsed, name, ref_time, agrees


def inputs():
    """(year, day, text, {part: (reference name, reference thunk)}) for each lab day."""
    from aoc.days.y2018 import d10
    from aoc.days.y2021 import d07 as d0721
    from aoc.days.y2022 import d21
    from aoc.days.y2023 import d06, d24
    from aoc.days.y2024 import d07, d13, d14

    t24 = test_module(2023, 24)
    text, (p, v) = t24.generate(1)
    hail = d24.parse(text)
    yield 2023, 24, text, {1: ("exact fractions", lambda: t24.reference_crossings(hail, d24.LOW, d24.HIGH)),
                           2: ("rational elimination", lambda: sum(d24.solve_exactly(hail)[0]))}
    t21 = test_module(2022, 21)
    text, _ = t21.generate(1, 3_141_592_653_589)
    jobs = d21.parse(text)
    yield 2022, 21, text, {2: ("inverting the path", lambda: d21.solve_exactly(jobs))}
    t10 = test_module(2018, 10)
    text = t10.plant("ZHKNRLXG", 10_391, 1)
    points = d10.parse(text)
    yield 2018, 10, text, {2: ("step by step", lambda: t10.step_by_step(points))}
    rng = np.random.default_rng(7)
    crabs_text = ",".join(map(str, np.concatenate([rng.integers(0, 300, 700), rng.integers(0, 2000, 300)])))
    crabs = d0721.parse(crabs_text)
    brute = lambda fuel: min(fuel(crabs, c) for c in range(int(crabs.min()), int(crabs.max()) + 1))  # noqa: E731
    yield 2021, 7, crabs_text, {1: ("every position", lambda: brute(d0721.linear_fuel)),
                                2: ("every position", lambda: brute(d0721.triangular_fuel))}
    yield from exact_days(d06, d07, d13, d14)


def exact_days(d06, d07, d13, d14):
    """The exact and vectorised lab days with their references."""
    t13 = test_module(2024, 13)
    rng = random.Random(13)
    machines = [t13.planted(rng, 0, (0, 100))[0] for _ in range(320)]
    text13 = "\n\n".join(machines)
    brute13 = lambda: sum(min((3 * a + b for a in range(101) for b in range(101)  # noqa: E731
                               if a * m.ax + b * m.bx == m.px and a * m.ay + b * m.by == m.py), default=0)
                          for m in d13.parse(text13))
    yield 2024, 13, text13, {1: ("every press count", brute13)}
    t14 = test_module(2024, 14)
    text14 = t14.plant(1, 7_093)
    robots = d14.parse(text14)
    scan = lambda: next(s for s in range(101 * 103) if d14.draws_picture(robots, s, 101, 103))  # noqa: E731
    yield 2024, 14, text14, {2: ("scan every second", scan)}
    t07 = test_module(2024, 7)
    text07 = t07.generate(7)
    eqs = d07.parse(text07)
    yield 2024, 7, text07, {2: ("recursive search", lambda: sum(e.target for e in eqs if t07.reference(e.target, e.numbers, True)))}
    t18 = test_module(2020, 18)
    rng18 = random.Random(18)
    lines = [t18.expression(rng18) for _ in range(380)]
    yield 2020, 18, "\n".join(lines), {2: ("shunting-yard", lambda: sum(t18.reference(x, {"+": 2, "*": 1}) for x in lines))}
    text06 = "Time:        51     69     98     78\nDistance:   377   1171   1224   1505\n"
    yield 2023, 6, text06, {2: ("binary search", lambda: test_module(2023, 6).binary_search(51699878, 377117112241505))}


def numexpr_row() -> str:
    """Every robot's x at every second of a full cycle: numexpr against numpy."""
    from aoc.days.y2024 import d14

    robots = d14.parse(test_module(2024, 14).plant(1, 7_093))
    every = np.arange(101 * 103)
    fast = seconds(lambda: d14.positions(robots[:, 0], robots[:, 2], 101, every, "numexpr"), 5)
    slow = seconds(lambda: d14.positions(robots[:, 0], robots[:, 2], 101, every, "numpy"), 5)
    fast_p = seconds(lambda: d14.tightest_second(robots[:, 0], robots[:, 2], 101, "numexpr"), 50)
    slow_p = seconds(lambda: d14.tightest_second(robots[:, 0], robots[:, 2], 101, "numpy"), 50)
    return (f"2024/14 positions ({len(robots)} robots): every second of the cycle numexpr {fast * 1e3:.1f} ms vs "
            f"numpy {slow * 1e3:.1f} ms; one period with its spread (what part 2 does) numexpr {fast_p * 1e6:.0f} µs "
            f"vs numpy {slow_p * 1e6:.0f} µs")


def main() -> int:
    """Print the table; exit 1 if a part misses 1 s or disagrees with its reference."""
    sys.path.insert(0, str(REPO))
    from aoc.units import human_time

    print("| day | part | time (median of 3, parse included) | target < 1 s | reference | reference time | agree |")
    print("| --- | ---: | ---: | --- | --- | ---: | --- |")
    bad = False
    for year, day, text, refs in inputs():
        for label, part, elapsed, name, ref_time, agrees in day_rows(year, day, text, refs):
            ok = elapsed < TARGET and agrees
            bad |= not ok
            ref = human_time(ref_time) if ref_time is not None else ""
            print(f"| {label} | {part} | {human_time(elapsed)} | {'PASS' if elapsed < TARGET else 'FAIL'} | {name} | {ref} | {'yes' if agrees else 'NO'} |")
    print()
    print(numexpr_row())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
