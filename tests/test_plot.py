"""The loss curve SVG: valid, one point per step, logarithmic."""
import xml.etree.ElementTree as ET

from aoc import plot


def points(svg: str) -> list[tuple[float, float]]:
    line = next(e for e in ET.fromstring(svg).iter() if e.tag.endswith("polyline"))
    return [tuple(map(float, p.split(","))) for p in line.get("points").split()]


def test_one_point_per_step_falling_left_to_right():
    svg = plot.loss_curve_svg([100.0, 10.0, 1.0, 0.1], title="a & b")
    coords = points(svg)
    assert len(coords) == 4
    assert [x for x, _ in coords] == sorted(x for x, _ in coords)
    assert [y for _, y in coords] == sorted(y for _, y in coords)  # SVG y grows downwards
    gaps = [b[1] - a[1] for a, b in zip(coords, coords[1:])]
    assert max(gaps) - min(gaps) < 0.2  # equal ratios are equal steps on a log scale (points are rounded to 0.1)
    assert "a &amp; b" in svg


def test_zero_nan_and_empty_histories_still_draw():
    assert len(points(plot.loss_curve_svg([1.0, 0.0, float("nan")]))) == 2
    assert len(points(plot.loss_curve_svg([]))) == 1
