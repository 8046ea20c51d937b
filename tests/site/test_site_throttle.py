"""The cross-process throttle, against a real local HTTP server and real processes."""
import os
import subprocess
import sys

from aoc import inputs, store
from aoc.site import throttle


def test_throttle_spaces_requests_in_one_process(project, fake_site, token, monkeypatch):
    monkeypatch.setenv("AOC_THROTTLE", "0.5")
    for day in (4, 5, 6):
        fake_site.inputs[f"/2022/day/{day}/input"] = "x\n"
        inputs.fetch_input(2022, day)
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
    assert (store.cache_dir() / "last-request").exists()
