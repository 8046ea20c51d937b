"""`aoc vault` and `aoc check` with the vault: sealed inputs checked in memory with the key, skipped without it."""
from aoc.store import vault


def test_seal_commit_check_in_ci_then_open(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.txt", "2 3 4\n")
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\npart2 = 24\n")
    key = helpers.run_aoc("vault", "key").stdout.strip()
    env = {"AOC_VAULT_KEY": key}
    sealed = helpers.run_aoc("vault", "seal", env=env)
    assert sealed.returncode == 0 and "sealed 1 inputs" in sealed.stdout
    (project / "inputs/2016/03.txt").unlink()  # as on CI: only the vault is committed

    checked = helpers.run_aoc("check", env=env)
    assert checked.returncode == 0 and "1 inputs, 2 parts: 2 right" in checked.stdout
    assert not (project / "inputs/2016/03.txt").exists()
    without = helpers.run_aoc("check")
    assert "1 real inputs" in without.stdout and "set AOC_VAULT_KEY" in without.stdout

    opened = helpers.run_aoc("vault", "open", env=env)
    assert opened.returncode == 0 and "restored 1 inputs" in opened.stdout
    assert (project / "inputs/2016/03.txt").read_text() == "2 3 4\n"


def test_a_wrong_key_is_one_line_exit_2_once_the_vault_is_needed(project, helpers):
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "03.txt", "2 3 4\n")
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 9\n")
    helpers.run_aoc("vault", "seal", env={"AOC_VAULT_KEY": vault.new_key()})
    wrong = {"AOC_VAULT_KEY": vault.new_key()}
    cached = helpers.run_aoc("check", env=wrong)  # every real input is here: the vault stays shut
    assert cached.returncode == 0 and "1 right, 0 failed" in cached.stdout, cached.stdout + cached.stderr
    (project / "inputs/2016/03.txt").unlink()
    for args in (("vault", "open"), ("check",)):
        done = helpers.run_aoc(*args, env=wrong)
        assert done.returncode == 2 and "AOC_VAULT_KEY is wrong" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_seal_without_a_key_exits_2(project, helpers):
    done = helpers.run_aoc("vault", "seal")
    assert done.returncode == 2 and "aoc vault key" in done.stderr
