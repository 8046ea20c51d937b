"""Every known answer, one test per day, part and input: what `aoc check` runs, collected by pytest.

Real inputs are checked where they are cached, or read in memory from inputs/vault.bin when
AOC_VAULT_KEY is set (CI's secret); elsewhere their tests are skipped.
"""
import pytest

from aoc import batch, calendar, known_answers, registry, store
from aoc.inputs import PuzzleInput


def _cases():
    """(job, part) for every known answer of every registered day."""
    plan = known_answers.plan()
    for job in plan.jobs:
        for part in job.parts_to_run((1, 2), known_only=True):
            yield pytest.param(job, part, id=f"{job.year}-{job.day:02d}-{job.name}-part{part}")
    for year, day in plan.skipped:
        yield pytest.param(
            None, None, id=f"{year}-{day:02d}-input",
            marks=pytest.mark.skip(reason=f"real input of {year} day {day} is not cached here (nor in a vault AOC_VAULT_KEY opens)"),
        )


CASES = list(_cases())


@pytest.mark.parametrize("job, part", CASES)
def test_known_answer(job: PuzzleInput, part: int):
    result = batch.run_job(job, batch.Options(parts=(part,)))
    assert result.parse_error is None, result.parse_error
    (outcome,) = result.parts
    assert outcome.status == "right", f"got {outcome.answer}, expected {outcome.expected}\n{outcome.error or ''}"


# Parts whose puzzle page states no example answer: their day's tests plant full-size inputs instead.
NO_STATED_EXAMPLE = {
    (2024, 13, 2): "tests/days/y2024/test_y2024_d13.py",
    (2024, 14, 2): "tests/days/y2024/test_y2024_d14.py",
}


def test_every_registered_day_has_a_known_answer_for_each_part():
    """A shipped day whose parts no example checks would pass CI unchecked."""
    checked = {(job.year, job.day, part) for job, part in (case.values for case in CASES) if job}
    checked |= set(NO_STATED_EXAMPLE)
    for year, day in registry.days():
        parts = (1,) if calendar.is_last_day(year, day) else (1, 2)
        missing = [part for part in parts if (year, day, part) not in checked]
        assert not missing, f"{year} day {day}: no known answer checks part(s) {missing}"


def test_answers_files_parse():
    for year in {year for year, _ in registry.days()}:
        assert store.load_answers(year)
