"""Where the token is found, how a pasted or odd-encoded token is cleaned."""
import pytest

from aoc import config
from aoc.site import credentials


@pytest.mark.parametrize("raw", [
    "abc123", "  abc123\n", "session=abc123", "Session=abc123\r\n", '"abc123"',
    b"\xef\xbb\xbfabc123\n", "abc123".encode("utf-16"), "abc123\n".encode("utf-16-le"), "session=abc123".encode("utf-16-be"),
])
def test_clean_accepts_what_users_paste_or_save(raw):
    assert credentials.clean(raw) == "abc123"


def test_environment_beats_the_aocd_file_which_beats_config(project, monkeypatch, tmp_path):
    cfg = tmp_path / "home" / ".config" / "aoc" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text('token = "from-config"\n')
    assert credentials.find() == "from-config"
    aocd = tmp_path / "home" / ".config" / "aocd" / "token"
    aocd.parent.mkdir(parents=True)
    aocd.write_bytes("session=from-aocd\n".encode("utf-16"))
    assert credentials.find() == "from-aocd"
    monkeypatch.setenv("AOC_SESSION", "from-env")
    assert credentials.find() == "from-env"


def test_no_token_anywhere(project):
    assert credentials.find() is None


def test_redact():
    assert credentials.redact("cookie secret-x here", "secret-x") == "cookie <token> here"


def test_bad_config_is_one_clear_error(project, tmp_path):
    cfg = tmp_path / "home" / ".config" / "aoc" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("token = \n")
    with pytest.raises(config.ConfigError, match="not valid TOML"):
        credentials.find()
    config.load.cache_clear()
    cfg.write_text("colour = 1\n")
    with pytest.raises(config.ConfigError, match="unknown key 'colour'"):
        config.load()


def test_a_token_a_cookie_cannot_hold_is_a_bad_token(project, monkeypatch):
    from aoc.errors import BadToken

    monkeypatch.setenv("AOC_SESSION", "abc\ufffddef")
    with pytest.raises(BadToken, match="cannot hold"):
        credentials.require()


def test_an_unreadable_token_file_is_a_bad_token(project, tmp_path):
    from aoc.errors import BadToken

    aocd = tmp_path / "home" / ".config" / "aocd" / "token"
    aocd.parent.mkdir(parents=True)
    aocd.write_bytes(b"a\x00b")  # odd-length UTF-16 is no text at all
    with pytest.raises(BadToken, match="cannot read the token file"):
        credentials.find()


@pytest.mark.parametrize("variable", ["AOC_THROTTLE", "AOC_TIMEOUT"])
@pytest.mark.parametrize("value", ["soon", "-1"])
def test_bad_seconds_in_the_environment_are_config_errors(project, monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(config.ConfigError, match=variable):
        config.number(variable, "timeout", 1.0)
