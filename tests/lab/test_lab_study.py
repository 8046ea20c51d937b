"""The lab API: learn, prove, fall back, and refuse an answer nothing proves."""
import numpy as np
import pytest

from aoc import lab, nn
from aoc.lab import driver


def quadratic_study(target: float, verify=None, exact=None) -> lab.Study:
    """Learn x minimising (x − target)², read the nearest integer."""
    graph = nn.Graph()
    x = graph.param([0.0], name="x")
    loss = nn.sum(nn.square(x - graph.const([target])))
    return lab.Study(graph, loss, nn.Adam(lr=0.5), candidate=lambda: round(float(x.value[0])),
                     verify=verify or (lambda k: k == round(target)), exact=exact or (lambda: round(target)), steps=300)


def test_a_learned_candidate_that_verifies_is_the_answer():
    outcome = lab.solve(quadratic_study(7.2))
    assert outcome.answer == 7 and outcome.learned and outcome.candidate == 7
    assert len(outcome.history) == 300 and outcome.history[-1] < outcome.history[0]


def test_a_candidate_that_fails_falls_back_and_says_so():
    outcome = lab.solve(quadratic_study(7.2, verify=lambda k: k == 8, exact=lambda: 8))
    assert outcome.answer == 8 and not outcome.learned
    assert "failed the exact check" in outcome.note and "exact method" in outcome.note


def test_no_verified_answer_is_an_error_not_a_number():
    with pytest.raises(lab.LabError):
        lab.solve(quadratic_study(7.2, verify=lambda k: False, exact=lambda: 3))


def test_a_diverging_loss_falls_back():
    graph = nn.Graph()
    x = graph.param([1.0])
    loss = nn.sum(nn.exp(x * graph.const([50.0])))
    study = lab.Study(graph, loss, nn.SGD(lr=-1e300), candidate=lambda: int(x.value[0]),
                      verify=lambda k: k == 0, exact=lambda: 0, steps=5)
    outcome = lab.solve(study)
    assert outcome.answer == 0 and not outcome.learned


def test_the_callback_sees_the_loss_fall():
    seen = []
    lab.solve(quadratic_study(3.0), callback=lambda step, loss: seen.append(loss), every=50)
    assert len(seen) >= 5 and seen[-1] < seen[0]


def test_graph_and_curve_files(tmp_path):
    study = quadratic_study(2.0)
    outcome = lab.solve(study)
    driver.write_graph(study, tmp_path / "g.dot")
    driver.write_curve(outcome, tmp_path / "c.svg")
    dot = (tmp_path / "g.dot").read_text()
    assert dot.startswith("digraph") and "grad" in dot and "param x" in dot
    import xml.etree.ElementTree as ET

    assert ET.parse(tmp_path / "c.svg").getroot().tag.endswith("svg")
    assert np.isfinite(outcome.history).all()
