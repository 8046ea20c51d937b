"""Every lab day on a full-size generated input, beside an exact or brute-force reference.

Each part (parse included) must take under 1 s. The inputs come from tests/generators, the same
planted inputs the day tests check, so no real puzzle input is needed. numexpr's place is measured
too: every robot's position at every second of 2024/14, by numexpr against the day's own numpy;
the bots in range of every bot centre (2018/23) and the collision sieve over every pair of
particles (2017/20), by numexpr, numpy and aoc.nn. The exact optimisers race the usual tools on the
same instances: 2025/10 part 2 against scipy's milp and z3's Optimize (targets: 5× faster than z3,
within 3× of milp), 2018/23 part 2 against z3's Optimize (5× faster; z3 is stopped after a minute).
Run from the repository: `python benchmarks/lab_bench.py` (scipy and z3-solver installed).
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
    yield from optimisation_days()


def optimisation_days():
    """The days whose part 2 is an optimum the lab proves; their part-2 anchors are in `anchor_rows`."""
    from aoc.days.y2025 import d10
    from tests.generators import y2017_d20, y2018_d23, y2025_d10

    text10 = y2025_d10.generate(1)
    machines = d10.parse(text10)
    yield 2025, 10, text10, {1: ("every subset", lambda: sum(y2025_d10.fewest_toggles(m.lights, m.buttons)
                                                              for m in machines))}
    text23, _, count, distance = y2018_d23.plant(1)
    yield 2018, 23, text23, {2: ("planted", lambda: distance)}
    text20, particles = y2017_d20.plant(1)
    yield 2017, 20, text20, {1: ("distance at t = 10¹²", lambda: y2017_d20.nearest_far_out(particles)),
                             2: ("tick by tick", lambda: y2017_d20.simulate(particles, y2017_d20.horizon(particles)))}


def timed(function):
    """(seconds, value) of one call."""
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def anchor_rows() -> tuple[list[str], bool]:
    """Part 2 of 2025/10 and 2018/23 against scipy's milp and z3's Optimize on the same instances."""
    factory, fast10 = factory_anchors()
    teleport, fast23 = teleportation_anchors()
    return [factory, teleport], fast10 and fast23


def factory_anchors() -> tuple[str, bool]:
    """2025/10 part 2: ours, then milp and z3 machine by machine; ≥ 5× z3 and within 3× of milp."""
    from aoc.days.y2025 import d10
    from aoc.units import human_time
    from tests.generators import y2025_d10

    text = y2025_d10.generate(1)
    machines = d10.parse(text)
    ours = seconds(partial(solve_part, d10.part2, d10.parse, text))
    answer = d10.part2(machines)
    milp, by_milp = timed(lambda: sum(y2025_d10.milp_presses(m.buttons, m.joltage) for m in machines))
    z3, by_z3 = timed(lambda: sum(y2025_d10.z3_presses(m.buttons, m.joltage) for m in machines))
    same = answer == by_milp == by_z3
    good = z3 >= 5 * ours and ours <= 3 * milp and same
    return (f"| 2025/10 Factory ({len(machines)} machines) | 2 | {human_time(ours)} | {human_time(milp)} "
            f"({milp / ours:.1f}× ours) | {human_time(z3)} ({z3 / ours:.1f}× ours) | {'yes' if same else 'NO'} | "
            f"{'PASS' if good else 'FAIL'} |"), good


def teleportation_anchors(limit: float = 60.0) -> tuple[str, bool]:
    """2018/23 part 2: ours, then z3's Optimize (stopped after `limit` seconds); ≥ 5× z3."""
    from aoc.days.y2018 import d23
    from aoc.units import human_time
    from tests.generators import y2018_d23

    text, _, count, distance = y2018_d23.plant(1)
    bots = d23.parse(text)
    ours = seconds(partial(solve_part, d23.part2, d23.parse, text))
    z3, by_z3 = timed(lambda: y2018_d23.z3_best([b[:3] for b in bots], [b.r for b in bots], seconds=limit))
    if by_z3 is None:
        shown, same = f"> {limit:.0f} s, stopped (> {limit / ours:.0f}× ours)", "z3 gave no answer"
    else:
        shown, same = f"{human_time(z3)} ({z3 / ours:.0f}× ours)", "yes" if by_z3 == (count, distance) else "NO"
    good = z3 >= 5 * ours and same != "NO"
    return (f"| 2018/23 Experimental Emergency Teleportation ({len(bots)} bots) | 2 | {human_time(ours)} | — | "
            f"{shown} | {same} | {'PASS' if good else 'FAIL'} |"), good


def contenders(label: str, functions: dict, rounds: int = 9) -> tuple[str, bool]:
    """One line: each way of computing the same array, its median time over interleaved rounds (the
    machine is shared, so each round runs every contender once), and whether all agree."""
    results = {name: f() for name, f in functions.items()}
    first = next(iter(results.values()))
    agree = all(np.array_equal(first, r) for r in results.values())
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(rounds):
        for name, f in functions.items():
            times[name].append(seconds(f, 1))
    median = {name: statistics.median(t) for name, t in times.items()}
    best = min(median, key=median.__getitem__)
    shown = ", ".join(f"{name} {t * 1e3:.1f} ms" for name, t in median.items())
    return f"{label}: {shown}; fastest {best}; same results: {'yes' if agree else 'NO'}", agree


def counts_row(where: str) -> tuple[str, bool]:
    """2018/23's bots in range of every bot centre: numexpr (kept), numpy in place, aoc.nn eager.

    The 8 MB temporaries numpy and aoc.nn make cost page faults in a fresh process, and nothing once
    the allocator holds such blocks; numexpr works in cache-sized blocks either way. So the row is
    measured both in a fresh process (as `aoc run` meets it) and here, after the other days.
    """
    from aoc import nn
    from aoc.days.y2018 import d23
    from tests.generators import y2018_d23

    balls = d23.ranges(d23.parse(y2018_d23.plant(1)[0]))
    c, r = balls.centres, balls.radii
    cf = c.astype(np.float64)

    def in_place():
        distance = np.abs(c[:, 0:1] - c[:, 0])
        distance += np.abs(c[:, 1:2] - c[:, 1])
        distance += np.abs(c[:, 2:3] - c[:, 2])
        return np.count_nonzero(distance <= r, axis=1)

    def with_nn():
        distance = nn.add(nn.add(nn.abs(nn.sub(cf[:, 0:1], cf[:, 0])), nn.abs(nn.sub(cf[:, 1:2], cf[:, 1]))),
                          nn.abs(nn.sub(cf[:, 2:3], cf[:, 2])))
        return np.count_nonzero(distance <= r, axis=1)

    return contenders(f"2018/23 bots in range of every bot centre ({len(r)}×{len(r)}, {where})", {
        "numexpr (kept)": lambda: balls.counts_at(c), "numpy in place": in_place, "aoc.nn eager (float64)": with_nn},
        rounds=15)


def sieve_row() -> tuple[str, bool]:
    """2017/20's collision sieve over every pair of a thousand particles: numpy (kept) and numexpr."""
    import numexpr

    from aoc.lab import motion
    from tests.generators import y2017_d20

    A, B, C = motion.doubled(*zip(*y2017_d20.plant(1)[1], strict=True))
    i, j = np.triu_indices(len(A), 1)
    pairs = {"a": A[i, 0] - A[j, 0], "b": B[i, 0] - B[j, 0], "c": C[i, 0] - C[j, 0]}

    def with_numexpr():
        names = dict(pairs, d=numexpr.evaluate("b * b - 4 * a * c", local_dict=pairs))
        names["root"] = numexpr.evaluate("sqrt(where(d > 0, d, 0) * 1.0)", local_dict=names)
        return np.flatnonzero(numexpr.evaluate("((a != 0) & (d >= 0) & (root == floor(root + 0.5)))"
                                               " | ((a == 0) & (b != 0))", local_dict=names))

    return contenders(f"2017/20 collision sieve over every pair ({len(i)} pairs)", {
        "numpy (kept)": lambda: motion.sieve(pairs["a"], pairs["b"], pairs["c"])[0], "numexpr": with_numexpr},
        rounds=15)


def array_rows() -> tuple[list[str], bool]:
    """numexpr, numpy and aoc.nn where the optimisation days evaluate large array expressions."""
    import subprocess

    fresh = subprocess.run([sys.executable, __file__, "--counts"], capture_output=True, text=True, check=False)
    warm, ok23 = counts_row("this process, after the other days")
    sieve, ok20 = sieve_row()
    first = fresh.stdout.strip() or f"fresh-process counts failed: {fresh.stderr.strip()}"
    return [first, warm, sieve], ok23 and ok20 and "same results: yes" in first


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

    if sys.argv[1:] == ["--counts"]:  # array_rows' fresh process
        print(counts_row("a fresh process")[0])
        return 0
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
    rows, same = array_rows()
    print("\n".join(rows))
    print("\n| day | part | ours (median of 3) | scipy milp | z3 Optimize | same answer | targets |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    anchors, fast = anchor_rows()
    print("\n".join(anchors))
    return 1 if bad or not (agrees and same and fast) else 0


if __name__ == "__main__":
    sys.exit(main())
