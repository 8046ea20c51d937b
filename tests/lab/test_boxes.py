"""aoc.lab.boxes: the point in the most Manhattan balls, nearest the origin, against every point of
small spaces (in two and three dimensions), ties broken towards the origin, and exact beyond int64."""
import random

import numpy as np
import pytest

from aoc.lab import LabError, ManhattanBalls, most_covered_point
from aoc.lab.boxes import bounding_box, distance_to_box


def every_point(centres, radii):
    """(most balls, least distance among those points) over every point of the bounding box."""
    centres, radii = np.array(centres), np.array(radii)
    low, high = (centres - radii[:, None]).min(axis=0), (centres + radii[:, None]).max(axis=0)
    grid = np.stack(np.meshgrid(*(np.arange(lo, hi + 1) for lo, hi in zip(low, high, strict=True)), indexing="ij"), -1)
    points = grid.reshape(-1, len(low))
    counts = (np.abs(points[:, None, :] - centres[None]).sum(axis=2) <= radii).sum(axis=1)
    return int(counts.max()), int(np.abs(points[counts == counts.max()]).sum(axis=1).min())


@pytest.mark.parametrize("dims", [2, 3])
def test_small_swarms_match_every_point(dims):
    rng = random.Random(dims)
    for _ in range(120):
        span = rng.randint(2, 8)
        count = rng.randint(1, 12)
        centres = [tuple(rng.randint(-span, span) for _ in range(dims)) for _ in range(count)]
        radii = [rng.randint(0, span) for _ in range(count)]
        balls = ManhattanBalls(centres, radii)
        found = most_covered_point(balls, *bounding_box(balls))
        assert (found.count, found.distance) == every_point(centres, radii)
        assert balls.count_at(found.point) == found.count and sum(map(abs, found.point)) == found.distance


def test_a_seed_prunes_but_never_changes_the_answer():
    rng = random.Random(5)
    centres = [tuple(rng.randint(-40, 40) for _ in range(3)) for _ in range(40)]
    radii = [rng.randint(10, 40) for _ in centres]
    balls = ManhattanBalls(centres, radii)
    plain = most_covered_point(balls, *bounding_box(balls))
    for seed in [(0, 0, 0), centres[0], plain.point]:
        seeded = most_covered_point(balls, *bounding_box(balls), seed=seed)
        assert (seeded.count, seeded.distance) == (plain.count, plain.distance)
        assert seeded.seed is not None and seeded.seed[1] == balls.count_at(seed)
        assert "seed" in str(seeded)


def test_ties_go_to_the_point_nearest_the_origin():
    # two equal crowds of two balls, one 5 from the origin and one 3 on the other side
    balls = ManhattanBalls([(6, 0, 0), (5, 0, 0), (-4, 0, 0), (-3, 0, 0)], [1, 1, 1, 1])
    found = most_covered_point(balls, *bounding_box(balls))
    assert (found.count, found.distance) == (2, 3) and found.point[0] < 0


def test_a_face_parallel_to_the_origins_spheres_is_searched_quickly():
    # the nearest common point lies on a face parallel to |x|₁ = const: without the common-part bound,
    # boxes along that face would never end
    balls = ManhattanBalls([(10**8, 10**8, 10**8), (10**8 + 7, 10**8, 10**8)], [2 * 10**8, 2 * 10**8])
    found = most_covered_point(balls, *bounding_box(balls))
    assert found.count == 2 and found.distance == 10**8 + 7 and found.boxes < 500


def test_coordinates_beyond_int64_stay_exact():
    huge = 10**25
    balls = ManhattanBalls([(huge, 0, 0), (huge + 2, 0, 0), (-huge, 0, 0)], [1, 1, 5])
    assert balls.centres.dtype == object
    found = most_covered_point(balls, *bounding_box(balls))
    assert (found.count, found.distance, found.point) == (2, huge + 1, (huge + 1, 0, 0))


def test_counts_at_many_points_agree_with_one_at_a_time():
    rng = np.random.default_rng(3)
    balls = ManhattanBalls(rng.integers(-50, 50, (60, 3)), rng.integers(0, 60, 60))
    points = rng.integers(-80, 80, (25, 3))
    assert balls.counts_at(points).tolist() == [balls.count_at(tuple(p)) for p in points]


def test_distance_to_a_box():
    assert distance_to_box((-2, 3, -9), (4, 5, -7)) == 0 + 3 + 7


def test_nothing_to_search_is_an_error():
    balls = ManhattanBalls([(0, 0, 0)], [1])
    with pytest.raises(LabError, match="nothing to search"):
        most_covered_point(balls, (1, 0, 0), (0, 0, 0))
    with pytest.raises(LabError, match="nothing to search"):
        most_covered_point(ManhattanBalls(np.zeros((0, 3), dtype=int), []), (0, 0, 0), (1, 1, 1))


def test_a_swarm_too_crowded_to_settle_is_one_clear_error_not_a_hang():
    rng = random.Random(0)  # every ball's face passes within a few steps of the origin
    centres = [tuple(rng.randint(-10**8, 10**8) for _ in range(3)) for _ in range(300)]
    radii = [max(0, sum(map(abs, c)) + rng.randint(-10, 10)) for c in centres]
    balls = ManhattanBalls(centres, radii)
    low, high = bounding_box(balls)
    with pytest.raises(LabError, match="no proof within 200 boxes"):
        most_covered_point(balls, low, high, box_limit=200)
