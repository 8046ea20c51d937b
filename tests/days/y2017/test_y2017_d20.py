"""2017 day 20: Particle Swarm — the examples, and a thousand particles with planted collisions
against the puzzle's rules followed tick by tick and the distance at a far-off tick."""
import pytest

from aoc.days.y2017 import d20
from tests.generators.y2017_d20 import horizon, line, nearest_far_out, plant, simulate


def test_the_examples(inputs):
    assert d20.part1(d20.parse((inputs / "2017" / "20.example.txt").read_text())) == 0
    assert d20.part2(d20.parse((inputs / "2017" / "20.example2.txt").read_text())) == 1


def test_parts_leave_the_parsed_data_as_it_was(check_parts_leave_the_parsed_data_as_it_was):
    check_parts_leave_the_parsed_data_as_it_was(d20, 2017, 20)


@pytest.mark.parametrize("seed", [1, 2])
def test_planted_collisions_against_the_rules_tick_by_tick(seed):
    text, particles = plant(seed)
    swarm = d20.parse(text)
    assert len(swarm) == 1000
    survivors = d20.part2(swarm)
    assert survivors == simulate(particles, horizon(particles))
    assert 700 < survivors < 1000 - 60 * 2  # every planted group collides; latecomers mostly survive


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_long_run_against_a_far_off_tick(seed):
    text, particles = plant(seed)
    assert d20.part1(d20.parse(text)) == nearest_far_out(particles)


def test_slow_but_near_beats_fast_but_far_only_by_acceleration():
    particles = [((1000, 0, 0), (-50, 0, 0), (0, 1, 0)), ((1, 0, 0), (0, 0, 0), (0, 0, 2))]
    assert d20.part1(d20.parse("\n".join(line(*p) for p in particles))) == 0


def test_a_tie_for_ever_is_an_error():
    with pytest.raises(ValueError, match="equally near"):
        d20.part1(d20.parse("p=<1,0,0>, v=<0,0,0>, a=<1,0,0>\np=<-1,0,0>, v=<0,0,0>, a=<-1,0,0>\n"))


def test_a_malformed_line_is_refused():
    with pytest.raises(ValueError, match="nine numbers"):
        d20.parse("p=<1,0,0>, v=<0,0,0>\n")
