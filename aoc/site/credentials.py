"""The session token: where it is found, how it is cleaned, and how it is kept out of output.

Looked for in $AOC_SESSION, then ~/.config/aocd/token (advent-of-code-data's
file, so its users need no set-up; $AOCD_DIR moves it), then the `token` key
of aoc's config. A token pasted as `session=…`, saved with a BOM or as UTF-16
still works.
"""
import os
from pathlib import Path

from aoc import config
from aoc.errors import BadToken, NoToken

REDACTED = "<token>"


def aocd_token_path() -> Path:
    """advent-of-code-data's token file."""
    base = os.environ.get("AOCD_DIR") or Path.home() / ".config" / "aocd"
    return Path(base) / "token"


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


def require() -> str:
    """The token, or NoToken saying where to put one (BadToken when it cannot be a cookie)."""
    token = find()
    if not token:
        raise NoToken(
            "no session token: set AOC_SESSION, or save the 'session' cookie of the puzzle site "
            f"to {aocd_token_path()}"
        )
    if not (token.isascii() and token.isprintable()) or any(c in token for c in " ;,"):
        raise BadToken("the session token has characters a cookie cannot hold: copy the 'session' cookie again")
    return token


def redact(text: str, token: str | None) -> str:
    """`text` with every occurrence of the token replaced."""
    return text.replace(token, REDACTED) if token else text
