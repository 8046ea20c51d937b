"""Private leaderboards: asked of the site at most once per 15 minutes per board, the copy shared across processes."""
import json

import pytest

from aoc import leaderboard
from aoc.errors import Forbidden, NotFound

BOARD = "/2024/leaderboard/private/view/4242.json"


@pytest.fixture
def site(project, fake_site, helpers, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    fake_site.inputs[BOARD] = (helpers.REPO / "tests/pages/2024-leaderboard.json").read_text()
    return fake_site


def test_asked_once_then_kept_for_15_minutes(site):
    first = leaderboard.fetch(2024, 4242, now=1_000_000.0)
    again = leaderboard.fetch(2024, 4242, now=1_000_000.0 + 14 * 60)
    assert site.count(BOARD) == 1
    assert again.fetched_at == first.fetched_at == 1_000_000.0
    assert again.age(1_000_000.0 + 14 * 60) == 14 * 60
    assert [m.label for m in again.board.members][0] == "Ada Lovelace"
    later = leaderboard.fetch(2024, 4242, now=1_000_000.0 + 15 * 60)
    assert site.count(BOARD) == 2 and later.fetched_at == 1_000_000.0 + 15 * 60


def test_the_copy_and_its_time_are_shared_by_every_process(site, helpers):
    assert helpers.run_aoc("leaderboard", 2024, 4242).returncode == 0
    assert helpers.run_aoc("leaderboard", 2024, 4242, "--json").returncode == 0
    leaderboard.fetch(2024, 4242)
    assert site.count(BOARD) == 1
    kept = json.loads(leaderboard.cache_path(2024, 4242).read_text())
    assert set(kept) == {"fetched_at", "json"}


def test_another_board_is_asked_for_itself(site, helpers):
    site.inputs["/2024/leaderboard/private/view/5.json"] = json.dumps({"members": {}})
    leaderboard.fetch(2024, 4242)
    assert leaderboard.fetch(2024, 5).board.members == []
    assert site.count(BOARD) == 1 and site.count("/2024/leaderboard/private/view/5.json") == 1


def test_a_reply_that_is_no_board_is_not_kept(site):
    site.inputs[BOARD] = "<html>a page</html>"
    with pytest.raises(Exception, match="not a leaderboard"):
        leaderboard.fetch(2024, 4242)
    assert not leaderboard.cache_path(2024, 4242).exists()


@pytest.mark.parametrize("refuse", [lambda s: s.forbidden.add(BOARD),
                                    lambda s: s.redirects.update({BOARD: "/2024/leaderboard/private"})])
def test_a_board_this_account_may_not_see_is_one_line(site, refuse):
    refuse(site)
    with pytest.raises(Forbidden, match="leaderboard 4242 of 2024: the site will not show it to this account"):
        leaderboard.fetch(2024, 4242)


def test_as_json_for_scripts(site):
    fetched = leaderboard.fetch(2024, 4242, now=2_000_000.0)
    data = leaderboard.as_json(fetched, now=2_000_060.0)
    assert (data["year"], data["id"], data["fetched_at"], data["age_seconds"]) == (2024, 4242, 2_000_000, 60)
    ada = data["members"][0]
    assert ada["name"] == "Ada Lovelace" and ada["global_score"] == 0
    assert ada["days"]["3"] == {"1": 1733225400}
    assert data["members"][1]["name"] is None


def test_each_account_keeps_its_own_copy(site, tmp_path):
    # the board as the default account sees it is kept; another account is asked for afresh, and refused
    tokens = tmp_path / "home" / ".config" / "aocd" / "tokens.json"
    tokens.parent.mkdir(parents=True, exist_ok=True)
    tokens.write_text(json.dumps({"alice": "tok-alice"}))
    site.accounts["tok-alice"] = {}  # alice is not a member: the site has no such board for her
    leaderboard.fetch(2024, 4242)
    with pytest.raises(NotFound, match="no such page"):
        leaderboard.fetch(2024, 4242, user="alice")
    assert site.count(BOARD) == 2
    assert leaderboard.cache_path(2024, 4242) != leaderboard.cache_path(2024, 4242, "alice")
