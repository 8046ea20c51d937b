"""Fetching against a real local HTTP server that plays the puzzle site; no mocks of requests."""
import os
import subprocess
import sys
import time

import pytest

from aoc import site, throttle
from aoc.errors import BadToken, NoToken, NotUnlocked, SiteTimeout, Unreachable

INPUT = "/2022/day/4/input"


@pytest.fixture
def token(monkeypatch, helpers):
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    return helpers.GOOD_TOKEN


def test_fetch_caches_the_input_and_never_asks_twice(project, fake_site, token):
    fake_site.inputs[INPUT] = "2-4,6-8\n"
    assert site.fetch_input(2022, 4) == "2-4,6-8\n"
    assert site.fetch_input(2022, 4) == "2-4,6-8\n"
    assert fake_site.count(INPUT) == 1
    assert (project / "inputs" / "2022" / "04.txt").read_text() == "2-4,6-8\n"


def test_user_agent_names_the_project_and_the_contact(project, fake_site, token, monkeypatch):
    monkeypatch.setenv("AOC_CONTACT", "someone@example.org")
    fake_site.inputs[INPUT] = "x\n"
    site.fetch_input(2022, 4)
    agent = fake_site.requests[0][2]["User-Agent"]
    assert agent.startswith("aoc/") and "someone@example.org" in agent
    assert "python-requests" not in agent


def test_bad_token_is_one_clear_error_without_the_token(project, fake_site, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", "expired-secret-value")
    fake_site.inputs[INPUT] = "x\n"
    with pytest.raises(BadToken) as caught:
        site.fetch_input(2022, 4)
    assert "expired-secret-value" not in str(caught.value)
    assert not (project / "inputs" / "2022" / "04.txt").exists()


def test_server_error_is_reported_as_a_likely_expired_token(project, fake_site, token):
    fake_site.broken.add(INPUT)
    with pytest.raises(BadToken, match="500"):
        site.fetch_input(2022, 4)


def test_not_found_means_not_unlocked(project, fake_site, token):
    fake_site.locked.add(INPUT)
    with pytest.raises(NotUnlocked):
        site.fetch_input(2022, 4)


def test_future_puzzle_is_refused_without_a_request(project, fake_site, token):
    with pytest.raises(NotUnlocked, match="unlocks in"):
        site.fetch_input(2099, 1)
    assert fake_site.count() == 0


def test_slow_site_times_out(project, fake_site, token, monkeypatch):
    monkeypatch.setenv("AOC_TIMEOUT", "0.3")
    fake_site.inputs[INPUT] = "x\n"
    fake_site.slow[INPUT] = 2
    started = time.monotonic()
    with pytest.raises(SiteTimeout):
        site.fetch_input(2022, 4)
    assert time.monotonic() - started < 1.5


def test_unreachable_site(project, token, monkeypatch):
    monkeypatch.setenv("AOC_BASE_URL", "http://127.0.0.1:9")
    with pytest.raises(Unreachable):
        site.fetch_input(2022, 4)


def test_no_token_says_where_to_put_one(project, fake_site):
    with pytest.raises(NoToken, match="AOC_SESSION"):
        site.fetch_input(2022, 4)
    assert fake_site.count() == 0


def test_throttle_spaces_requests_in_one_process(project, fake_site, token, monkeypatch):
    monkeypatch.setenv("AOC_THROTTLE", "0.5")
    for day in (4, 5, 6):
        fake_site.inputs[f"/2022/day/{day}/input"] = "x\n"
        site.fetch_input(2022, day)
    times = [when for when, _, _ in fake_site.requests]
    assert all(later - earlier >= 0.45 for earlier, later in zip(times, times[1:]))


def test_throttle_holds_across_processes(project, fake_site, token, helpers):
    days = (4, 5, 6)
    for day in days:
        fake_site.inputs[f"/2022/day/{day}/input"] = "x\n"
    env = {"AOC_THROTTLE": "0.7"}
    procs = [
        subprocess.Popen([sys.executable, "-m", "aoc", "fetch", "2022", str(day)], env={**os.environ, **env},
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for day in days
    ]
    assert all(proc.wait(timeout=30) == 0 for proc in procs)
    times = sorted(when for when, _, _ in fake_site.requests)
    assert len(times) == 3
    assert all(later - earlier >= 0.6 for earlier, later in zip(times, times[1:]))


def test_throttle_state_is_shared_through_a_file(project, monkeypatch):
    monkeypatch.setenv("AOC_THROTTLE", "10")
    throttle.wait_turn(sleep=lambda seconds: None)
    waits = []
    throttle.wait_turn(sleep=waits.append)
    assert waits and 9 < waits[0] <= 10
    assert (throttle.cache_dir() / "last-request").exists()


def test_page_is_fetched_once_and_refreshed_on_request(project, fake_site, token):
    from aoc import page

    fake_site.inputs["/2022/day/4"] = "<article class=\"day-desc\"><h2>--- Day 4: Camp &amp; Cleanup ---</h2></article>"
    assert page.title(site.fetch_page(2022, 4)) == "Camp & Cleanup"
    site.fetch_page(2022, 4)
    assert fake_site.count("/2022/day/4") == 1
    site.fetch_page(2022, 4, refresh=True)
    assert fake_site.count("/2022/day/4") == 2
    assert site.page_path(2022, 4).name == "04.page.html"


def test_post_shares_the_choke_point_and_redacts_the_token(project, fake_site, token, monkeypatch):
    fake_site.solutions[(2022, 4, 1)] = "2"
    page = site.post("/2022/day/4/answer", {"level": "1", "answer": "2"})
    assert "That's the right answer" in page
    (_, path, headers), = fake_site.requests
    assert path == "/2022/day/4/answer" and headers["User-Agent"].startswith("aoc/")
    assert fake_site.forms == [{"level": "1", "answer": "2"}]
    monkeypatch.setenv("AOC_BASE_URL", f"http://127.0.0.1:9/{token}")  # so the error's URL holds the token
    with pytest.raises(Unreachable) as caught:
        site.post("/2022/day/4/answer", {"level": "1", "answer": "2"})
    assert token not in str(caught.value)
