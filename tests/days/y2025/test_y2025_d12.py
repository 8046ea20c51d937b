"""2025 day 12: Christmas Tree Farm — the example's three regions, a planted full-size farm, and the exact
search against brute force on small regions."""
import random

import pytest

from aoc.days.y2025 import d12
from tests.generators.y2025_d12 import farm_text, generate, packed, random_shape


def test_the_example(inputs):
    farm = d12.parse((inputs / "2025" / "12.example.txt").read_text())
    assert [d12.fits(region, farm.shapes) for region in farm.regions] == [True, True, False]
    assert d12.part1(farm) == 2


def test_the_examples_regions_need_the_exact_search(inputs):
    """No counting argument decides them: the search itself says yes to the first two and no to the third."""
    farm = d12.parse((inputs / "2025" / "12.example.txt").read_text())
    assert [d12.pack(region, farm.shapes) for region in farm.regions] == [True, True, False]


def test_full_size_farm_with_planted_verdicts():
    text, fitting = generate(12)
    farm = d12.parse(text)
    assert len(farm.regions) == 1000
    assert d12.part1(farm) == fitting


@pytest.mark.parametrize("seed", range(3))
def test_the_exact_search_agrees_with_brute_force(seed):
    rng = random.Random(seed)
    shapes = [random_shape(rng) for _ in range(6)]
    parsed = d12.parse(farm_text(shapes, [(3, 3, [0] * 6)])).shapes
    for _ in range(10):
        width, height = rng.randint(3, 6), rng.randint(3, 6)
        counts = [0] * 6
        for _ in range(rng.randint(1, 4)):
            counts[rng.randrange(6)] += 1
        region = d12.Region(width, height, tuple(counts))
        expected = packed(width, height, [shapes[i] for i, n in enumerate(counts) for _ in range(n)])
        assert d12.pack(region, parsed) == expected == d12.fits(region, parsed)


def test_every_turn_of_a_shape():
    l_shape = frozenset({(0, 0), (1, 0), (2, 0), (2, 1)})
    assert len(d12.orientations(l_shape)) == 8
    assert len(d12.orientations(frozenset({(0, 0), (0, 1), (1, 0), (1, 1)}))) == 1


def test_a_region_missing_a_count_is_refused():
    with pytest.raises(ValueError, match="count for each"):
        d12.parse("0:\n#\n\n1:\n##\n\n4x4: 1\n")
