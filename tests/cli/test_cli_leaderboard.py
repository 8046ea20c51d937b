"""`aoc leaderboard`: a table of members with a glyph per day, or JSON; never the token; one line when refused."""
import json

import pytest

BOARD_2024 = "/2024/leaderboard/private/view/4242.json"
BOARD_2025 = "/2025/leaderboard/private/view/31.json"


@pytest.fixture
def site(project, fake_site, helpers, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    for year, path in ((2024, BOARD_2024), (2025, BOARD_2025)):
        fake_site.inputs[path] = (helpers.REPO / f"tests/pages/{year}-leaderboard.json").read_text()
    return fake_site


def test_the_table(site, helpers):
    done = helpers.run_aoc("leaderboard", 2024, 4242)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("2024 private leaderboard 4242: 3 members, fetched just now; asked again after 1")
    assert "global" in lines[1] and "1234567890123456789012345" in lines[1]
    ada, anonymous, grace = lines[2:]
    assert ada.split()[:6] == ["1", "Ada", "Lovelace", "5", "14", "0"]
    assert "★★☆······················" in ada and ada.endswith("Dec 03 06:30:00")
    assert "(anonymous #77)" in anonymous and "☆························" in anonymous
    assert "Grace Hopper" in grace and grace.endswith("-")
    assert helpers.GOOD_TOKEN not in done.stdout + done.stderr


def test_from_2025_no_global_score_and_twelve_days(site, helpers):
    done = helpers.run_aoc("leaderboard", 2025, 31)
    assert done.returncode == 0, done.stderr
    head, lin = done.stdout.splitlines()[1:3]
    assert "global" not in head and head.split()[4] == "123456789012"
    assert "★☆··········" in lin and lin.split()[:5] == ["1", "Lin", "3", "9", "★☆··········"]


def test_json_for_scripts(site, helpers):
    done = helpers.run_aoc("leaderboard", 2025, 31, "--json")
    data = json.loads(done.stdout)
    assert [m["name"] for m in data["members"]] == ["Lin", None]
    assert "global_score" not in data["members"][0]
    assert helpers.GOOD_TOKEN not in done.stdout + done.stderr


def test_the_second_look_says_how_old_the_copy_is(site, helpers):
    helpers.run_aoc("leaderboard", 2024, 4242)
    again = helpers.run_aoc("leaderboard", "--year", 2024, 4242)
    assert "fetched " in again.stdout.splitlines()[0] and site.count(BOARD_2024) == 1


@pytest.mark.parametrize("refuse", [lambda s: s.forbidden.add(BOARD_2024),
                                    lambda s: s.redirects.update({BOARD_2024: "/2024/leaderboard/private"})])
def test_a_board_you_may_not_see_is_one_line(site, helpers, refuse):
    refuse(site)
    done = helpers.run_aoc("leaderboard", 2024, 4242)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == ("aoc: leaderboard 4242 of 2024: the site will not show it to this account "
                                   "(not a member of it, or the session token is stale)")


def test_a_token_echoed_by_the_site_is_redacted(site, helpers):
    board = json.loads(site.inputs[BOARD_2024])
    board["members"]["9"]["name"] = f"sneaky {helpers.GOOD_TOKEN}"
    site.inputs[BOARD_2024] = json.dumps(board)
    for args in ((), ("--json",)):
        helpers.run_aoc("leaderboard", 2024, 4242, *args)
    table = helpers.run_aoc("leaderboard", 2024, 4242)
    as_json = helpers.run_aoc("leaderboard", 2024, 4242, "--json")
    for done in (table, as_json):
        assert helpers.GOOD_TOKEN not in done.stdout + done.stderr and "<token>" in done.stdout


@pytest.mark.parametrize("args", [(), (2024, 1, 2), (2024, 0)])
def test_usage(project, helpers, args):
    done = helpers.run_aoc("leaderboard", *args)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


def test_no_token_is_one_line(project, helpers):
    done = helpers.run_aoc("leaderboard", 2024, 4242)
    assert done.returncode == 1 and "no session token" in done.stderr
