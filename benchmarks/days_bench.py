"""Every shipped day with a full-size input generator that lab_bench.py does not time, against the 1 s rule.

The project's rule: every shipped part runs in under 1 s. benchmarks/lab_bench.py times the lab days
beside their references; this script times the rest (the other years' days and the 2025 days but 10) the way
`aoc run` meets them: parse and part together, on a full-size input from tests/generators, the
same planted inputs the day tests check, so no real puzzle input is needed. Each part's time is the
median of 5 wall-clock runs, and its answer is checked against the generator's planted answer or
independent reference (✓ or ✗). A generator that neither script covers is named at the end.
Exit status 1 if any part misses 1 s or its expected answer.
Run from the repository: `python benchmarks/days_bench.py`.
"""
import platform
import re
import sys
from functools import partial
from pathlib import Path

from lab_bench import REPO, TARGET, seconds, solve_part  # this folder is on sys.path when run as a script

RUNS = 5
LAB = {(2017, 20), (2018, 10), (2018, 23), (2020, 18), (2021, 7), (2022, 21), (2023, 6), (2023, 24),
       (2024, 7), (2024, 13), (2024, 14), (2025, 10)}  # timed by benchmarks/lab_bench.py


def cpu_model() -> str:
    """The processor's name from /proc/cpuinfo (else platform's guess), with its logical CPU count."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        info = ""
    names = re.findall(r"^model name\s*:\s*(.+)$", info, re.M)
    name = names[0].strip() if names else platform.processor() or "unknown CPU"
    return f"{name} ({len(names) or '?'} logical CPUs)"


def inputs():
    """(year, day, text, {part: expected answer}) for each day, expected from the generator or its reference."""
    yield from earlier_years()
    yield from early_2025()
    yield from later_2025()


def earlier_years():
    """The days before 2025 that the lab does not take."""
    from tests.generators import y2015_d01, y2020_d13, y2022_d04, y2022_d12, y2023_d08, y2023_d17

    for year, day, generator in ((2015, 1, y2015_d01), (2020, 13, y2020_d13), (2022, 4, y2022_d04),
                                 (2022, 12, y2022_d12)):
        text = generator.generate(1)
        yield year, day, text, dict(enumerate(generator.reference(text), 1))
    yield 2023, 8, y2023_d08.generate(1), dict(enumerate(y2023_d08.planted_answers(1), 1))
    text = y2023_d17.generate(1)
    yield 2023, 17, text, {1: y2023_d17.reference_heat_loss(text, 1, 3), 2: y2023_d17.reference_heat_loss(text, 4, 10)}


def early_2025():
    """2025 days 1 to 6."""
    from tests.generators import y2025_d01, y2025_d02, y2025_d03, y2025_d04, y2025_d05, y2025_d06

    text = y2025_d01.generate(1)
    yield 2025, 1, text, dict(enumerate(y2025_d01.reference(text), 1))
    text = y2025_d02.generate(2)
    yield 2025, 2, text, {1: y2025_d02.reference(text, y2025_d02.TWICE),
                          2: y2025_d02.reference(text, y2025_d02.TWICE_OR_MORE)}
    text = y2025_d03.generate(3)
    banks = text.split()
    yield 2025, 3, text, {1: sum(map(y2025_d03.best_pair, banks)), 2: sum(y2025_d03.best_of(b, 12) for b in banks)}
    text = y2025_d04.generate(4)
    yield 2025, 4, text, dict(enumerate(y2025_d04.reference(text), 1))
    text = y2025_d05.generate(5)
    yield 2025, 5, text, dict(enumerate(y2025_d05.reference(text), 1))
    text = y2025_d06.generate(6)
    yield 2025, 6, text, {1: y2025_d06.by_rows(text), 2: y2025_d06.by_columns(text)}


def later_2025():
    """The 2025 days from 7 on (10 is lab_bench's); 12 has only part 1, its planted count of fitting regions."""
    from tests.generators import y2025_d07, y2025_d08, y2025_d09, y2025_d11, y2025_d12

    text = y2025_d07.generate(7)
    yield 2025, 7, text, dict(enumerate(y2025_d07.reference(text), 1))
    text = y2025_d08.generate(8)
    yield 2025, 8, text, {1: y2025_d08.circuits_after(text, 1000), 2: y2025_d08.last_join(text)}
    text = y2025_d09.generate(9)
    tiles = y2025_d09.tiles_of(text)
    widest = max((abs(a[0] - b[0]) + 1) * (abs(a[1] - b[1]) + 1) for i, a in enumerate(tiles) for b in tiles[i + 1:])
    yield 2025, 9, text, {1: widest, 2: y2025_d09.best_inside(text)}
    text = y2025_d11.generate(11)
    yield 2025, 11, text, {1: y2025_d11.every_path(text, "you", "out"), 2: y2025_d11.through_both(text)}
    text, fitting = y2025_d12.generate(12)
    yield 2025, 12, text, {1: fitting}


def uncovered(covered: set[tuple[int, int]]) -> list[str]:
    """Generators in tests/generators that neither this script nor lab_bench.py times."""
    found = (re.fullmatch(r"y(\d{4})_d(\d{2})\.py", f.name) for f in (REPO / "tests" / "generators").glob("y*.py"))
    days = sorted((int(m[1]), int(m[2])) for m in found if m)
    return [f"{y}/{d:02d}" for y, d in days if (y, d) not in covered | LAB]


def measure(year: int, day: int, text: str, expected: dict) -> tuple[str, dict, bool]:
    """(title, {part: (seconds, check mark)}, every part right and in time) for one day."""
    from aoc import registry

    solved = registry.load(year, day)
    results, good = {}, True
    for part, fn in solved.parts.items():
        run = partial(solve_part, fn, solved.parse, text)
        answer = run()  # untimed: the answer to check, and a warm-up (lazy imports, caches of the module)
        elapsed = seconds(run, RUNS)
        if part in expected:
            right = answer == expected[part]
            mark = "✓" if right else f"✗ (got {answer}, expected {expected[part]})"
        else:
            right, mark = True, "(no expected answer)"
        results[part] = (elapsed, mark)
        good &= right and elapsed < TARGET
    return solved.title, results, good


def main() -> int:
    """Print the table; exit 1 if a part misses 1 s or its expected answer."""
    sys.path.insert(0, str(REPO))  # this checkout's aoc, and tests.generators
    from aoc.units import human_time

    print(f"CPU: {cpu_model()}; Python {platform.python_version()}; "
          f"command: `python {' '.join(sys.argv)}`")
    print()
    print(f"| day | title | part 1 (median of {RUNS}, parse included) | part 2 (median of {RUNS}, parse included) "
          f"| slowest part vs 1 s |")
    print("| --- | --- | ---: | ---: | --- |")
    all_good, covered = True, set()
    for year, day, text, expected in inputs():
        covered.add((year, day))
        title, results, good = measure(year, day, text, expected)
        all_good &= good
        cells = [f"{human_time(results[p][0])} {results[p][1]}" if p in results else "—" for p in (1, 2)]
        slowest = max(elapsed for elapsed, _ in results.values())
        verdict = "PASS" if slowest < TARGET else "FAIL"
        print(f"| {year}/{day:02d} | {title} | {cells[0]} | {cells[1]} | {human_time(slowest)}: {verdict} |")
    missing = uncovered(covered)
    print()
    print(f"Generators timed by neither this script nor lab_bench.py: {', '.join(missing) or 'none'}.")
    return 0 if all_good else 1


if __name__ == "__main__":
    sys.exit(main())
