"""The vault: a round trip, a wrong key, a tampered file, a missing key, and checks read from it in memory."""
import pathlib

import pytest

from aoc import known_answers
from aoc.errors import VaultError
from aoc.store import vault


@pytest.fixture
def key(monkeypatch):
    secret = vault.new_key()
    monkeypatch.setenv("AOC_VAULT_KEY", secret)
    return secret


@pytest.fixture
def cached(project, helpers):
    helpers.write_input(project, 2016, "03.txt", "2 3 4\n")
    helpers.write_input(project, 2017, "01.txt", "1122\n")
    return project


def test_seal_then_open_restores_every_input(cached, key):
    assert vault.seal() == (2, 0)
    sealed = (cached / "inputs/vault.bin").read_bytes()
    assert b"2 3 4" not in sealed and b"1122" not in sealed
    (cached / "inputs/2016/03.txt").unlink()
    assert vault.open_all() == (["2016/03.txt"], [])
    assert (cached / "inputs/2016/03.txt").read_text() == "2 3 4\n"


def test_read_is_in_memory(cached, key):
    vault.seal()
    for name in ("2016/03.txt", "2017/01.txt"):
        (cached / "inputs" / name).unlink()
    assert vault.read() == {(2016, 3): "2 3 4\n", (2017, 1): "1122\n"}
    assert not (cached / "inputs/2016/03.txt").exists()


def test_a_wrong_key_is_one_clear_error_and_overwrites_nothing(cached, key, monkeypatch):
    vault.seal()
    before = (cached / "inputs/vault.bin").read_bytes()
    monkeypatch.setenv("AOC_VAULT_KEY", vault.new_key())
    (cached / "inputs/2016/03.txt").write_text("edited\n")
    for action in (vault.open_all, vault.seal, vault.read):
        with pytest.raises(VaultError, match="another key"):
            action()
    assert (cached / "inputs/vault.bin").read_bytes() == before
    assert (cached / "inputs/2016/03.txt").read_text() == "edited\n"


@pytest.mark.parametrize("where", [-1, -20, len(vault.MAGIC) + vault.FINGERPRINT_BYTES + 2, 3])
def test_a_tampered_vault_fails_to_open_and_writes_nothing(cached, key, where):
    vault.seal()
    path = cached / "inputs/vault.bin"
    data = bytearray(path.read_bytes())
    data[where] ^= 0x01
    path.write_bytes(bytes(data))
    (cached / "inputs/2016/03.txt").unlink()
    with pytest.raises(VaultError, match="tampered|not an aoc vault|another key"):
        vault.open_all()
    assert not (cached / "inputs/2016/03.txt").exists()


def test_a_missing_or_malformed_key_says_what_to_do(cached, monkeypatch):
    monkeypatch.delenv("AOC_VAULT_KEY", raising=False)
    with pytest.raises(VaultError, match="aoc vault key"):
        vault.seal()
    monkeypatch.setenv("AOC_VAULT_KEY", "hunter2")
    with pytest.raises(VaultError, match="not a vault key"):
        vault.seal()
    assert not (cached / "inputs/vault.bin").exists()


def test_sealing_again_keeps_inputs_only_the_old_vault_has(cached, key):
    vault.seal()
    (cached / "inputs/2017/01.txt").unlink()
    assert vault.seal() == (2, 1)
    assert set(vault.read()) == {(2016, 3), (2017, 1)}


def test_check_reads_real_inputs_from_the_vault_only_with_the_key(cached, key, helpers, monkeypatch):
    helpers.write_day(cached, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(cached, 2016, "answers.toml", "[3]\npart1 = 9\npart2 = 24\n")
    vault.seal()
    (cached / "inputs/2016/03.txt").unlink()
    plan = known_answers.plan(2016)
    (job,) = plan.jobs
    assert (job.name, job.text(), plan.skipped) == ("input", "2 3 4\n", [])
    monkeypatch.delenv("AOC_VAULT_KEY")
    plan = known_answers.plan(2016)
    assert (plan.jobs, plan.skipped, plan.vault_locked) == ([], [(2016, 3)], True)


def test_pytests_known_answer_checks_read_the_vault_in_memory(cached, key, helpers, monkeypatch):
    import subprocess
    import sys

    helpers.write_day(cached, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(cached, 2016, "answers.toml", "[3]\npart1 = 9\npart2 = 24\n")
    vault.seal()
    (cached / "inputs/2016/03.txt").unlink()
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "2016-03-input",
               str(helpers.REPO / "tests" / "test_known_answers.py")]
    with_key = subprocess.run(command, capture_output=True, text=True)
    assert "2 passed" in with_key.stdout, with_key.stdout
    monkeypatch.delenv("AOC_VAULT_KEY")
    without = subprocess.run(command, capture_output=True, text=True)
    assert "1 skipped" in without.stdout and "passed" not in without.stdout.splitlines()[-1], without.stdout
    assert not (cached / "inputs/2016/03.txt").exists()


def test_open_writes_only_input_names_and_nothing_outside_inputs(project, key, tmp_path):
    vault.path().parent.mkdir(parents=True, exist_ok=True)
    crafted = {"../escaped.txt": "x", "2016/../../escaped2.txt": "x", str(tmp_path / "absolute.txt"): "x",
               "2016/03.txt\n": "x", "٢٠١٦/٠٣.txt": "x", "2016/03.example.txt": "x", "2016/03.txt": "2 3 4\n"}
    vault.path().write_bytes(vault.seal_bytes(crafted, vault.key_from_env()))
    assert vault.open_all() == (["2016/03.txt"], [])
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == ["project/inputs/2016/03.txt", "project/inputs/vault.bin"]


def test_open_never_overwrites_a_file_that_appears_after_the_check(cached, key, monkeypatch):
    vault.seal()
    target = cached / "inputs/2016/03.txt"
    target.write_text("written by another process\n")
    real_exists = pathlib.Path.exists
    monkeypatch.setattr(pathlib.Path, "exists", lambda self: False if self == target else real_exists(self))
    assert vault.open_all() == ([], ["2016/03.txt"])
    assert target.read_text() == "written by another process\n"


def test_check_opens_the_vault_only_for_a_missing_real_input(cached, key, helpers, monkeypatch):
    helpers.write_day(cached, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(cached, 2016, "answers.toml", "[3]\npart1 = 9\npart2 = 24\n")
    vault.seal()
    monkeypatch.setenv("AOC_VAULT_KEY", vault.new_key())  # the wrong key: harmless while every input is here
    plan = known_answers.plan(2016)
    assert ([job.name for job in plan.jobs], plan.skipped) == (["input"], [])
    (cached / "inputs/2016/03.txt").unlink()
    with pytest.raises(VaultError, match="another key"):
        known_answers.plan(2016)


def test_every_accounts_inputs_are_sealed_but_never_the_examples(project, helpers, key):
    helpers.write_input(project, 2025, "01.txt", "default\n")
    helpers.write_input(project, 2025, "01.alice.txt", "alice's\n")
    helpers.write_input(project, 2025, "01.example.txt", "an example\n")
    assert vault.seal() == (2, 0)
    assert vault.read_all() == {(2025, 1, None): "default\n", (2025, 1, "alice"): "alice's\n"}
    assert vault.read() == {(2025, 1): "default\n"}
    (project / "inputs/2025/01.alice.txt").unlink()
    assert vault.open_all() == (["2025/01.alice.txt"], [])
    assert (project / "inputs/2025/01.alice.txt").read_text() == "alice's\n"
