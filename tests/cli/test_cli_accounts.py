"""Several accounts: `aoc fetch --user`, inputs and answers kept per account, `aoc check --all-users`, the vault,
`aoc submit --user`, `aoc stars --user`, `aoc read --user`."""
import json
import tomllib

import pytest

ALICE, BOB = "alice-token-0123456789abcdef", "bob-token-fedcba9876543210"
INPUT, PAGE = "/2016/day/3/input", "/2016/day/3"


@pytest.fixture
def accounts(project, fake_site, helpers, tmp_path, monkeypatch):
    """Two accounts beside the default one, each with its own input and its own solved page on the fake site."""
    tokens = tmp_path / "home" / ".config" / "aocd" / "tokens.json"
    tokens.parent.mkdir(parents=True)
    tokens.write_text(json.dumps({"alice": ALICE, "bob": f"session={BOB}"}))
    page = helpers.saved_page("2016-03-part2")  # shows 9 and 24 as the answers given
    fake_site.accounts[ALICE] = {INPUT: "2 3 4\n", PAGE: page}
    fake_site.accounts[BOB] = {INPUT: "1 2 3\n", PAGE: page.replace("<code>9</code>", "<code>6</code>")
                               .replace("<code>24</code>", "<code>6</code>")}
    fake_site.inputs[INPUT] = "1 1 5\n"
    monkeypatch.setenv("AOC_SESSION", helpers.GOOD_TOKEN)
    helpers.write_day(project, 2016, 3, helpers.SUM_DAY)
    helpers.write_input(project, 2016, "answers.toml", "[3]\npart1 = 7\npart2 = 5\n")
    return fake_site


def secret_free(done, helpers) -> bool:
    out = done.stdout + done.stderr
    return not any(token in out for token in (ALICE, BOB, helpers.GOOD_TOKEN))


def test_fetch_as_an_account_keeps_its_input_and_learns_its_answers(project, accounts, helpers):
    done = helpers.run_aoc("fetch", 2016, 3, "--user", "alice")
    assert done.returncode == 0, done.stderr
    assert (project / "inputs/2016/03.alice.txt").read_text() == "2 3 4\n"
    assert "recorded alice's part 1 = 9" in done.stdout and "recorded alice's part 2 = 24" in done.stdout
    assert "[3.alice]\npart1 = 9\npart2 = 24" in (project / "inputs/2016/answers.toml").read_text()
    assert not (project / "inputs/2016/03.txt").exists()  # the default account's input is its own affair
    again = helpers.run_aoc("fetch", 2016, 3, "--user", "alice")
    assert "is cached already" in again.stdout and "recorded" not in again.stdout
    assert accounts.count(INPUT) == 1 and accounts.count(PAGE) == 1
    assert secret_free(done, helpers) and secret_free(again, helpers)


def test_check_all_users_verifies_the_day_on_every_accounts_input(project, accounts, helpers):
    assert helpers.run_aoc("fetch", 2016, 3).returncode == 0
    assert helpers.run_aoc("fetch", 2016, 3, "--all-users").returncode == 0
    done = helpers.run_aoc("check", 2016, 3, "--all-users")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(input)" in done.stdout and "(alice)" in done.stdout and "(bob)" in done.stdout
    assert "3 inputs, 6 parts: 6 right, 0 failed" in done.stdout
    plain = helpers.run_aoc("check", 2016, 3)
    assert "1 inputs, 2 parts: 2 right" in plain.stdout  # without --all-users: the default account, as ever
    assert secret_free(done, helpers)


def test_a_wrong_answer_for_one_account_fails_the_check(project, accounts, helpers):
    helpers.run_aoc("fetch", 2016, 3, "--all-users")
    answers = project / "inputs/2016/answers.toml"
    answers.write_text(answers.read_text().replace("[3.bob]\npart1 = 6", "[3.bob]\npart1 = 60"))
    done = helpers.run_aoc("check", 2016, 3, "--all-users")
    assert done.returncode == 1
    assert "(bob)" in done.stdout and "expected 60" in done.stdout


def test_an_accounts_input_without_answers_is_named(project, accounts, helpers):
    helpers.write_input(project, 2016, "03.bob.txt", "1 2 3\n")
    done = helpers.run_aoc("check", "--all-users")
    assert "2016 day 3: no known answer for bob's input" in done.stdout


def test_run_on_an_accounts_input(project, accounts, helpers):
    helpers.run_aoc("fetch", 2016, 3, "--user", "bob")
    done = helpers.run_aoc("run", 2016, 3, "--user", "bob")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(bob)" in done.stdout and done.stdout.count("✓") == 2


def test_the_vault_checks_every_account_without_its_files(project, accounts, helpers, monkeypatch):
    from aoc.store import vault

    monkeypatch.setenv("AOC_VAULT_KEY", vault.new_key())
    helpers.run_aoc("fetch", 2016, 3, "--all-users")
    assert helpers.run_aoc("vault", "seal").returncode == 0
    (project / "inputs/2016/03.alice.txt").unlink()
    (project / "inputs/2016/03.bob.txt").unlink()
    done = helpers.run_aoc("check", 2016, 3, "--all-users")
    assert done.returncode == 0 and "(alice)" in done.stdout and "(bob)" in done.stdout


def test_submit_as_an_account_records_its_verdicts_apart(project, accounts, helpers):
    accounts.account_solutions[ALICE] = {(2016, 3, 1): "9", (2016, 3, 2): "24"}
    assert helpers.run_aoc("fetch", 2016, 3, "--user", "alice").returncode == 0
    text = (project / "inputs/2016/answers.toml").read_text()
    (project / "inputs/2016/answers.toml").write_text(text.replace("[3.alice]\npart1 = 9\npart2 = 24\n", ""))
    assert helpers.run_aoc("run", 2016, 3, "--user", "alice").returncode == 0  # computes 9 and 24 for alice
    low = helpers.run_aoc("submit", 2016, 3, 1, "8", "--user", "alice")
    assert low.returncode == 1 and "part 1 (alice): 8" in low.stdout and "too low" in low.stdout
    waits = helpers.run_aoc("submit", 2016, 3, 1, "--user", "alice")  # alice's wait, not the default account's
    assert waits.returncode == 3 and "next answer from alice" in waits.stderr
    from aoc.site import cooldown

    assert cooldown.remaining(2016, 3) == 0 and cooldown.remaining(2016, 3, user="alice") > 0
    cooldown.start(2016, 3, 0, user="alice")  # the minute has passed
    right = helpers.run_aoc("submit", 2016, 3, "--user", "alice")  # the answer `aoc run --user alice` computed
    assert right.returncode == 0, right.stdout + right.stderr
    assert "part 1 (alice): 9 ✓" in right.stdout
    saved = tomllib.loads((project / "inputs/2016/answers.toml").read_text())["3"]
    assert saved["alice"]["part1"] == 9 and saved["part1"] == 7  # the default account's answer is untouched
    assert [s["verdict"] for s in saved["alice"]["submissions"]["part1"]] == ["too low", "right"]
    assert "submissions" not in saved
    forms = [form for form in accounts.forms if form]
    assert forms == [{"level": "1", "answer": "8"}, {"level": "1", "answer": "9"}]
    assert all(secret_free(done, helpers) for done in (low, waits, right))


def test_an_accounts_known_wrong_answer_is_not_sent_again(project, accounts, helpers):
    accounts.account_solutions[BOB] = {(2016, 3, 1): "6"}
    helpers.write_input(project, 2016, "answers.toml",
                        '[3]\n[3.bob.submissions]\npart1 = [{ answer = "5", verdict = "too low" }]\n')
    done = helpers.run_aoc("submit", 2016, 3, 1, "4", "--user", "bob")
    assert done.returncode != 0 and "5 was already too low" in done.stderr
    assert accounts.forms == []


@pytest.mark.parametrize("alice", ["alice = {part1 = 9}", "alice.part1 = 9"])
def test_a_verdict_is_recorded_in_an_inline_or_dotted_account_table(project, accounts, helpers, alice):
    accounts.account_solutions[ALICE] = {(2016, 3, 1): "9", (2016, 3, 2): "24"}
    accounts.solved.add((ALICE, 2016, 3, 1))
    answers = project / "inputs/2016/answers.toml"
    answers.write_text(f"# mine\n[3]\npart1 = 7\n{alice}\n")
    done = helpers.run_aoc("submit", 2016, 3, 2, "23", "--user", "alice")
    assert done.returncode == 1 and "part 2 (alice): 23 ✗ too low" in done.stdout, done.stderr
    saved = tomllib.loads(answers.read_text())
    assert list(saved) == ["3"] and saved["3"]["alice"]["part1"] == 9
    assert saved["3"]["alice"]["submissions"]["part2"][0]["verdict"] == "too low"
    assert answers.read_text().startswith("# mine\n")
    from aoc.site import cooldown

    cooldown.start(2016, 3, 0, user="alice")
    again = helpers.run_aoc("submit", 2016, 3, 2, "23", "--user", "alice")
    assert again.returncode == 1 and "already said it is wrong (too low)" in again.stderr and accounts.count("/2016/day/3/answer") == 1


def test_a_run_whose_parse_fails_leaves_nothing_to_submit(project, accounts, helpers):
    helpers.write_input(project, 2016, "03.alice.txt", "2 3 4\n")
    assert helpers.run_aoc("run", 2016, 3, "--user", "alice").returncode == 0
    helpers.write_input(project, 2016, "03.alice.txt", "two three\n")
    helpers.run_aoc("run", 2016, 3, "--user", "alice")
    done = helpers.run_aoc("submit", 2016, 3, 1, "--user", "alice")
    assert done.returncode == 2 and "run `aoc run 2016 3 --user alice` first" in done.stderr
    assert accounts.forms == []


def test_an_accounts_answers_that_are_no_table_are_one_line(project, accounts, helpers):
    helpers.write_input(project, 2016, "answers.toml", "[3]\nalice = 5\n")
    for args in (("stars", 2016, "--user", "alice"), ("submit", 2016, 3, 1, "9", "--user", "alice")):
        done = helpers.run_aoc(*args)
        assert done.returncode == 2 and "3.alice should be a table" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_stars_as_an_account_read_its_own_calendar_and_answers(project, accounts, helpers):
    calendar = helpers.saved_page("2025-calendar")  # 5 stars for the default account
    accounts.inputs["/2025"] = calendar
    accounts.accounts[ALICE]["/2025"] = calendar.replace('calendar-day4"', 'calendar-day4 calendar-verycomplete"')
    helpers.write_input(project, 2025, "answers.toml", "[5.alice]\npart1 = 1\n")
    mine = helpers.run_aoc("stars", 2025)
    alices = helpers.run_aoc("stars", 2025, "--user", "alice")
    assert alices.returncode == 0, alices.stderr
    assert mine.stdout.startswith("2025: 5 of 24 stars") and alices.stdout.startswith("2025: 8 of 24 stars")
    assert " 4  **" in alices.stdout and " 5  *" in alices.stdout and " 4  ·" in mine.stdout
    assert (project / "inputs/2025/calendar.alice.page.html").exists()
    assert accounts.count("/2025") == 2 and secret_free(alices, helpers)


def test_read_as_an_account_shows_its_page(project, accounts, helpers):
    helpers.write_input(project, 2016, "answers.toml", "[3]\n")
    accounts.inputs[PAGE] = helpers.saved_page("2016-03-part1")
    mine = helpers.run_aoc("read", 2016, 3)
    alices = helpers.run_aoc("read", 2016, 3, "--user", "alice")  # alice has solved both parts
    assert alices.returncode == 0, alices.stderr
    assert "Part Two" in alices.stdout and "Part Two" not in mine.stdout
    assert (project / "inputs/2016/03.alice.page.html").exists() and secret_free(alices, helpers)


@pytest.mark.parametrize("args, message", [
    (("fetch", 2016, 3, "--user", "carol"), "no account 'carol'"),
    (("submit", 2016, 3, 1, "9", "--user", "carol"), "no account 'carol'"),
    (("submit", 2016, 3, 1, "9", "--user", "a.b"), "cannot name an input file"),
    (("stars", 2025, "--user", "carol"), "no account 'carol'"),
    (("read", 2016, 3, "--user", "carol"), "no account 'carol'"),
    (("fetch", 2016, 3, "--user", "a.b"), "cannot name an input file"),
    (("fetch", 2016, 3, "--user", "alice", "--all-users"), "not both"),
])
def test_account_mistakes_are_one_line(project, accounts, helpers, args, message):
    done = helpers.run_aoc(*args)
    assert done.returncode == 2 and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and secret_free(done, helpers)


def test_all_users_without_a_tokens_file_says_how_to_name_accounts(project, helpers):
    done = helpers.run_aoc("check", "--all-users")
    assert done.returncode == 2 and "no accounts named in" in done.stderr
