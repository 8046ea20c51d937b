"""A private leaderboard's JSON read into members: names or '(anonymous #id)', stars by day, scores, ranked."""
import json

import pytest

from aoc.errors import FetchError
from aoc.site import leaderboard


def board_json(helpers, year: int) -> str:
    """A board written by hand in the site's JSON layout (never copied from the site)."""
    return (helpers.REPO / "tests" / "pages" / f"{year}-leaderboard.json").read_text()


def test_members_ranked_with_their_stars_by_day(helpers):
    board = leaderboard.parse(board_json(helpers, 2024), 2024, 4242)
    assert (board.year, board.id, board.owner) == (2024, 4242, 4242)
    assert [m.label for m in board.members] == ["Ada Lovelace", "(anonymous #77)", "Grace Hopper"]
    ada, anonymous, grace = board.members
    assert [ada.stars_on(day) for day in (1, 2, 3, 4)] == [2, 2, 1, 0]
    assert ada.days[2] == {1: 1733116462, 2: 1733119320}
    assert (anonymous.id, anonymous.last_star, anonymous.days) == (77, 1733057100, {1: {1: 1733057100}})
    assert (grace.stars, grace.last_star, grace.days) == (0, 0, {})


def test_a_board_without_global_scores_reads(helpers):
    board = leaderboard.parse(board_json(helpers, 2025), 2025, 31)
    assert [(m.label, m.local_score, m.global_score) for m in board.members] == [
        ("Lin", 9, 0), ("(anonymous #58)", 0, 0)]


def test_equal_scores_rank_by_stars_then_the_earlier_last_star():
    def member(id_, stars, last):
        return {"id": id_, "name": f"m{id_}", "stars": stars, "local_score": 5, "last_star_ts": last}

    text = json.dumps({"members": {"1": member(1, 2, 300), "2": member(2, 3, 900), "3": member(3, 2, 100)}})
    assert [m.id for m in leaderboard.parse(text, 2024, 1).members] == [2, 3, 1]


@pytest.mark.parametrize("text", [
    "<html>not json</html>", "[]", '{"members": []}', '{"members": {"1": {"name": "no id"}}}',
    '{"members": {"1": {"id": 1, "name": 5}}}', '{"members": {"1": {"id": true}}}',
    '{"members": {"1": {"id": 1, "completion_day_level": {"1": {"1": {}}}}}}',
])
def test_what_is_not_a_board_is_one_error(text):
    with pytest.raises(FetchError, match="leaderboard 7 of 2024: the site's answer is not a leaderboard"):
        leaderboard.parse(text, 2024, 7)
