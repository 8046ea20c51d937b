"""Named accounts from advent-of-code-data's tokens.json: each token found by name, never shown."""
import json

import pytest

from aoc.errors import BadToken, NoToken, UnknownAccount
from aoc.site import credentials


def write_tokens(tmp_path, content) -> None:
    path = tmp_path / "home" / ".config" / "aocd" / "tokens.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content))


def test_accounts_by_name(project, tmp_path):
    write_tokens(tmp_path, {"github": "session=tok-gh", "google": " tok-gg\n"})
    assert credentials.accounts() == {"github": "tok-gh", "google": "tok-gg"}
    assert credentials.require("google") == "tok-gg"


def test_no_tokens_file_means_no_accounts_and_the_default_is_untouched(project, monkeypatch):
    monkeypatch.setenv("AOC_SESSION", "default-token")
    assert credentials.accounts() == {}
    assert credentials.require() == "default-token"


def test_an_unknown_account_names_the_known_ones_and_no_token(project, tmp_path):
    write_tokens(tmp_path, {"github": "tok-secret-1"})
    with pytest.raises(UnknownAccount, match="no account 'gitlab' in .*tokens.json \\(it names: github\\)") as caught:
        credentials.require("gitlab")
    assert "tok-secret-1" not in str(caught.value)


def test_a_tokens_file_written_token_to_name_shows_no_token(project, tmp_path):
    token = "53616c7465645f5f" * 8
    write_tokens(tmp_path, {token: "alice"})
    with pytest.raises(UnknownAccount, match="a 128-character name") as caught:
        credentials.require("alice")
    assert token not in str(caught.value)


@pytest.mark.parametrize("content", ["{not json", '["a list"]', '{"github": 5}'])
def test_a_damaged_tokens_file_is_one_line(project, tmp_path, content):
    write_tokens(tmp_path, content)
    with pytest.raises(BadToken, match="tokens.json"):
        credentials.accounts()


def test_an_empty_token_is_refused(project, tmp_path):
    write_tokens(tmp_path, {"github": "  "})
    with pytest.raises(NoToken, match="empty token"):
        credentials.require("github")
