"""Studies: many small studies learned and proven one by one, reported as each finishes, combined."""
import pytest

from aoc import lab, nn
from aoc.lab import driver


def item(target: float, verify=None) -> lab.Study:
    """Learn x minimising (x − target)², read the nearest integer."""
    graph = nn.Graph()
    x = graph.param([0.0], name="x")
    loss = nn.sum(nn.square(x - graph.const([target])))
    return lab.Study(graph, loss, nn.Adam(lr=0.5), candidate=lambda: round(float(x.value[0])),
                     verify=verify or (lambda k: k == round(target)), exact=lambda: round(target), steps=200)


def test_each_item_is_proven_reported_and_combined():
    heard = []
    studies = lab.Studies([item(3.2), item(-4.9), item(10.1)], combine=sum, names=["a", "b", "c"], title="sum")
    proof = lab.solve(studies, on_item=lambda i, n, name, p: heard.append((i, n, name, p.answer)))
    assert proof.answer == 3 - 5 + 10 and proof.learned and not proof.note
    assert heard == [(0, 3, "a", 3), (1, 3, "b", -5), (2, 3, "c", 10)]
    assert [p.answer for p in proof.items] == [3, -5, 10]
    assert len(proof.history) == 200 and proof.seconds > 0


def test_an_item_answered_by_the_exact_method_is_counted():
    stubborn = item(2.0, verify=lambda k: k == 2)
    stubborn.candidate = lambda: 99
    proof = lab.solve(lab.Studies([item(1.0), stubborn], combine=sum))
    assert proof.answer == 3 and not proof.learned and "1 of 2" in proof.note


def test_an_item_without_a_proof_names_itself():
    broken = item(2.0, verify=lambda k: False)
    with pytest.raises(lab.LabError, match="^machine 2: "):
        lab.solve(lab.Studies([item(1.0), broken], combine=sum, names=["machine 1", "machine 2"]))


def test_the_driver_describes_and_draws_the_first_item(tmp_path):
    studies = lab.Studies([item(1.0), item(2.0)], combine=sum, title="two")
    assert driver.describe(studies).startswith("two: 2 studies, the first loss, Adam, up to 200 steps")
    lab.solve(studies)
    driver.write_graph(studies, tmp_path / "g.dot")
    assert "param x" in (tmp_path / "g.dot").read_text()
    with pytest.raises(lab.LabError, match="no study to draw"):
        driver.write_graph(lab.Studies([], combine=sum), tmp_path / "h.dot")
    assert driver.describe(lab.Studies([], combine=sum, title="none")) == "none: nothing to learn"
