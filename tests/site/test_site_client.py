"""The site client against a real local HTTP server that plays the puzzle site; no mocks of requests."""
import time

import pytest

from aoc import inputs
from aoc.errors import BadToken, NotFound, NoToken, NotUnlocked, SiteTimeout, Unreachable
from aoc.site import client

INPUT = "/2022/day/4/input"


def test_user_agent_names_the_project_and_the_contact(project, fake_site, token, monkeypatch):
    monkeypatch.setenv("AOC_CONTACT", "someone@example.org")
    fake_site.inputs[INPUT] = "x\n"
    inputs.fetch_input(2022, 4)
    agent = fake_site.requests[0][2]["User-Agent"]
    assert agent.startswith("aoc/") and "someone@example.org" in agent
    assert "python-requests" not in agent


def test_bad_token_is_one_clear_error_without_the_token(project, fake_site, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", "expired-secret-value")
    fake_site.inputs[INPUT] = "x\n"
    with pytest.raises(BadToken) as caught:
        inputs.fetch_input(2022, 4)
    assert "expired-secret-value" not in str(caught.value)
    assert not (project / "inputs" / "2022" / "04.txt").exists()


def test_server_error_is_reported_as_a_likely_expired_token(project, fake_site, token):
    fake_site.broken.add(INPUT)
    with pytest.raises(BadToken, match="500"):
        inputs.fetch_input(2022, 4)


def test_not_found_on_a_past_day_is_not_called_locked(project, fake_site, token):
    fake_site.locked.add(INPUT)
    with pytest.raises(NotFound, match="no such page") as caught:
        inputs.fetch_input(2022, 4)
    assert "unlock" not in str(caught.value)


def test_future_puzzle_is_refused_without_a_request(project, fake_site, token):
    with pytest.raises(NotUnlocked, match="unlocks in"):
        inputs.fetch_input(2099, 1)
    assert fake_site.count() == 0


def test_slow_site_times_out(project, fake_site, token, monkeypatch):
    monkeypatch.setenv("AOC_TIMEOUT", "0.3")
    fake_site.inputs[INPUT] = "x\n"
    fake_site.slow[INPUT] = 2
    started = time.monotonic()
    with pytest.raises(SiteTimeout):
        inputs.fetch_input(2022, 4)
    assert time.monotonic() - started < 1.5


def test_unreachable_site(project, token, monkeypatch):
    monkeypatch.setenv("AOC_BASE_URL", "http://127.0.0.1:9")
    with pytest.raises(Unreachable):
        inputs.fetch_input(2022, 4)


def test_no_token_says_where_to_put_one(project, fake_site):
    with pytest.raises(NoToken, match="AOC_SESSION"):
        inputs.fetch_input(2022, 4)
    assert fake_site.count() == 0


def test_post_shares_the_choke_point_and_redacts_the_token(project, fake_site, token, monkeypatch):
    fake_site.solutions[(2022, 4, 1)] = "2"
    page = client.post("/2022/day/4/answer", {"level": "1", "answer": "2"})
    assert "That's the right answer" in page
    (_, path, headers), = fake_site.requests
    assert path == "/2022/day/4/answer" and headers["User-Agent"].startswith("aoc/")
    assert fake_site.forms == [{"level": "1", "answer": "2"}]
    monkeypatch.setenv("AOC_BASE_URL", f"http://127.0.0.1:9/{token}")  # so the error's URL holds the token
    with pytest.raises(Unreachable) as caught:
        client.post("/2022/day/4/answer", {"level": "1", "answer": "2"})
    assert token not in str(caught.value)


def test_a_server_that_trickles_is_cut_off_at_the_time_limit(project, fake_site, token, monkeypatch):
    monkeypatch.setenv("AOC_TIMEOUT", "1")
    fake_site.inputs[INPUT] = "1\n" * 50
    fake_site.trickle[INPUT] = 0.1  # each byte well inside requests' own per-read timeout: 10 s in all
    started = time.monotonic()
    with pytest.raises(SiteTimeout, match="within 1 s"):
        inputs.fetch_input(2022, 4)
    assert time.monotonic() - started < 2.5
    assert not (project / "inputs/2022/04.txt").exists()


def test_text_the_site_echoes_has_the_token_redacted(project, fake_site, token):
    fake_site.echo_cookie = True
    page = client.post("/2022/day/4/answer", {"level": "1", "answer": "2"})
    assert "You sent session=" in page and token not in page
