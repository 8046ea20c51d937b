"""The session token: where it is found, how it is cleaned, and how it is kept out of output.

Looked for in $AOC_SESSION, then ~/.config/aocd/token (advent-of-code-data's
file, so its users need no set-up; $AOCD_DIR moves it), then the `token` key
of aoc's config. A token pasted as `session=…`, saved with a BOM or as UTF-16
still works. Other accounts are named in advent-of-code-data's tokens.json
beside it ({"name": "token", …}); the default account never needs that file.
"""
import os
from pathlib import Path

from aoc import config
from aoc.errors import BadToken, NoToken, UnknownAccount

REDACTED = "<token>"


def aocd_dir() -> Path:
    """advent-of-code-data's folder ($AOCD_DIR, else ~/.config/aocd)."""
    return Path(os.environ.get("AOCD_DIR") or Path.home() / ".config" / "aocd")


def aocd_token_path() -> Path:
    """advent-of-code-data's token file."""
    return aocd_dir() / "token"


def tokens_path() -> Path:
    """advent-of-code-data's file of named accounts' tokens."""
    return aocd_dir() / "tokens.json"


def accounts() -> dict[str, str]:
    """The named accounts and their tokens from tokens.json (none when there is no such file)."""
    import json

    path = tokens_path()
    try:
        named = json.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise BadToken(f"cannot read {path}: {type(exc).__name__} (it should hold a JSON object of name → token)") \
            from None
    if not isinstance(named, dict) or not all(isinstance(token, str) for token in named.values()):
        raise BadToken(f"{path} should be a JSON object of name → token (as advent-of-code-data writes it)")
    return {name: clean(token) for name, token in named.items()}


def clean(raw: str | bytes) -> str:
    """The bare cookie value from what a user pasted or saved."""
    if isinstance(raw, bytes):
        raw = _decode(raw)
    value = raw.strip().lstrip("\ufeff").strip()
    if value.lower().startswith("session="):
        value = value[len("session="):]
    return value.strip().strip("\"'")


def _decode(raw: bytes) -> str:
    """Text from a token file in UTF-8 (with or without BOM) or UTF-16; anything else is a BadToken."""
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16")
        if b"\x00" in raw:
            return raw.decode("utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadToken(f"cannot read the token file {aocd_token_path()}: "
                       "save the 'session' cookie there as plain text") from None


def find() -> str | None:
    """The token from the first place that has one, or None."""
    if os.environ.get("AOC_SESSION", "").strip():
        return clean(os.environ["AOC_SESSION"])
    try:
        from_file = clean(aocd_token_path().read_bytes())
    except OSError:
        from_file = ""
    if from_file:
        return from_file
    from_config = config.get("token")
    return clean(from_config) if from_config else None


def require(user: str | None = None) -> str:
    """The token of `user` (else the default one), or NoToken saying where to put one (BadToken when it cannot be a
    cookie)."""
    token = find() if user is None else _account_token(user)
    if not token:
        raise NoToken(
            "no session token: set AOC_SESSION, or save the 'session' cookie of the puzzle site "
            f"to {aocd_token_path()}"
        )
    if not (token.isascii() and token.isprintable()) or any(c in token for c in " ;,"):
        raise BadToken("the session token has characters a cookie cannot hold: copy the 'session' cookie again")
    return token


def _account_token(user: str) -> str:
    """The token tokens.json holds for `user`, or NoToken naming the accounts it has."""
    named = accounts()
    if user not in named:
        have = ", ".join(sorted(map(_shown, named))) or "none"
        raise UnknownAccount(f"no account {user!r} in {tokens_path()} (it names: {have})")
    if not named[user]:
        raise NoToken(f"the account {user!r} has an empty token in {tokens_path()}")
    return named[user]


def _shown(name: str) -> str:
    """A name from tokens.json as an error may show it: a long one may be a token written where its name goes."""
    return name if len(name) <= 64 else f"a {len(name)}-character name (is the file token → name?)"


def redact(text: str, token: str | None) -> str:
    """`text` with every occurrence of the token replaced."""
    return text.replace(token, REDACTED) if token else text
