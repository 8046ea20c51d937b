"""Shared fixtures for the day tests (importlib mode cannot import conftest or other test files)."""
from pathlib import Path

import pytest

INPUTS = Path(__file__).resolve().parents[2] / "inputs"


@pytest.fixture
def inputs() -> Path:
    """The project's inputs folder, where the puzzle examples live."""
    return INPUTS


@pytest.fixture
def check_parts_leave_the_parsed_data_as_it_was():
    """check(solution, year, number): no part changes what parse gave it, on each example.

    The runner may hand the same parsed data to both parts.
    """
    def check(solution, year: int, number: int) -> None:
        for path in sorted((INPUTS / str(year)).glob(f"{number:02d}.example*.txt")):
            data, pristine = solution.parse(path.read_text()), solution.parse(path.read_text())
            for part in (solution.part1, solution.part2):
                try:
                    part(data)
                except ValueError:
                    pass  # a part may refuse another part's example (2023/08 example3 has no AAA)
                assert data == pristine

    return check
