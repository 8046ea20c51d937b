"""`aoc fetch` as a user sees it: one line per failure, never the token."""
import pytest

INPUT = "/2016/day/3/input"


def test_fetch_then_cached(project, fake_site, helpers):
    fake_site.inputs[INPUT] = "1 2 3\n"
    env = {"AOC_SESSION": helpers.GOOD_TOKEN}
    first = helpers.run_aoc("fetch", 2016, 3, env=env)
    second = helpers.run_aoc("fetch", 2016, 3, env=env)
    assert first.returncode == 0 and "fetched" in first.stdout
    assert second.returncode == 0 and "cached already" in second.stdout
    assert fake_site.count(INPUT) == 1


@pytest.mark.parametrize("setup, message", [
    (lambda site: None, "rejected the session token"),
    (lambda site: site.locked.add(INPUT), "no such page"),
    (lambda site: site.broken.add(INPUT), "500"),
])
def test_failures_are_one_line_without_the_token(project, fake_site, helpers, setup, message):
    setup(fake_site)
    secret = "secret-session-value-123" if message == "rejected the session token" else helpers.GOOD_TOKEN
    done = helpers.run_aoc("fetch", 2016, 3, env={"AOC_SESSION": f"session={secret}"})
    assert done.returncode == 1
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert secret not in done.stdout + done.stderr


def test_timeout_and_unreachable(project, fake_site, helpers):
    fake_site.inputs[INPUT] = "x"
    fake_site.slow[INPUT] = 3
    env = {"AOC_SESSION": helpers.GOOD_TOKEN, "AOC_TIMEOUT": "0.3"}
    slow = helpers.run_aoc("fetch", 2016, 3, env=env)
    assert slow.returncode == 1 and "no answer within" in slow.stderr
    down = helpers.run_aoc("fetch", 2016, 3, env={**env, "AOC_BASE_URL": "http://127.0.0.1:9"})
    assert down.returncode == 1 and "cannot reach" in down.stderr


def test_no_token(project, helpers):
    done = helpers.run_aoc("fetch", 2016, 3)
    assert done.returncode == 1 and "no session token" in done.stderr


def test_not_yet_unlocked_says_how_long(project, fake_site, helpers):
    done = helpers.run_aoc("fetch", 2099, 5, env={"AOC_SESSION": helpers.GOOD_TOKEN})
    assert done.returncode == 1 and "unlocks in" in done.stderr and fake_site.count() == 0


def test_bad_config_is_one_line(project, helpers, tmp_path):
    cfg = tmp_path / "home" / ".config" / "aoc" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("token = [\n")
    done = helpers.run_aoc("fetch", 2016, 3)
    assert done.returncode == 2 and "not valid TOML" in done.stderr and "Traceback" not in done.stderr


def test_fetch_examples_fills_files_and_answers_once(project, fake_site, helpers):
    fake_site.inputs[INPUT] = "1 2 3\n"
    fake_site.inputs["/2016/day/3"] = helpers.saved_page("2016-03-part1")
    env = {"AOC_SESSION": helpers.GOOD_TOKEN}
    first = helpers.run_aoc("fetch", "--examples", 2016, 3, env=env)
    assert first.returncode == 0, first.stderr
    assert "wrote example" in first.stdout and "recorded example part1 = 6" in first.stdout
    assert (project / "inputs/2016/03.example.txt").read_text() == "1 2\n3\n"
    second = helpers.run_aoc("fetch", "-e", 2016, 3, env=env)
    assert "added nothing new" in second.stdout
    assert fake_site.count("/2016/day/3") == 1 and fake_site.count(INPUT) == 1


@pytest.mark.parametrize("env, config", [
    ({"AOC_TIMEOUT": "0"}, ""), ({"AOC_TIMEOUT": "inf"}, ""), ({"AOC_TIMEOUT": "nan"}, ""),
    ({"AOC_THROTTLE": "-1"}, ""), ({"AOC_TIMEOUT": "1e10"}, ""), ({"AOC_THROTTLE": "1e10"}, ""), ({}, "timeout = -5\n"), ({"AOC_THROTTLE": ""}, "throttle = inf\n"),
])
def test_bad_seconds_are_one_line(project, fake_site, helpers, tmp_path, env, config):
    if config:
        cfg = tmp_path / "home" / ".config" / "aoc" / "config.toml"
        cfg.parent.mkdir(parents=True)
        cfg.write_text(config)
    done = helpers.run_aoc("fetch", 2016, 3, env={"AOC_SESSION": helpers.GOOD_TOKEN, **env})
    assert done.returncode == 2 and "number of seconds" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and fake_site.count() == 0


def test_a_cache_folder_that_cannot_be_one_is_one_line(project, fake_site, helpers, tmp_path):
    not_a_folder = tmp_path / "cache-file"
    not_a_folder.write_text("")
    fake_site.inputs[INPUT] = "1 2 3\n"
    done = helpers.run_aoc("fetch", 2016, 3, env={"AOC_SESSION": helpers.GOOD_TOKEN, "XDG_CACHE_HOME": str(not_a_folder)})
    assert done.returncode == 2 and "XDG_CACHE_HOME" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
