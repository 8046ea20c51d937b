"""The user's settings: `$XDG_CONFIG_HOME/aoc/config.toml` (else ~/.config/aoc/config.toml).

Keys: `token` (session cookie), `contact` (put in the User-Agent, as the
site's automation rules ask), `year` (default year), `throttle` (seconds
between requests), `timeout` (seconds a request may take).
"""
import math
import os
from functools import cache
from pathlib import Path

from aoc.errors import ConfigError

KNOWN_KEYS: dict[str, type | tuple[type, ...]] = {
    "token": str, "contact": str, "year": int, "throttle": (int, float), "timeout": (int, float),
}


def config_dir() -> Path:
    """Where aoc keeps its settings."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "aoc"


def config_path() -> Path:
    """The settings file (the env var AOC_CONFIG overrides it)."""
    return Path(os.environ.get("AOC_CONFIG") or config_dir() / "config.toml")


LONGEST = 86400.0  # seconds: any longer wait is a mistake (and overflows the OS's timers)


@cache
def load() -> dict:
    """The settings, checked; an empty dict when there is no file."""
    path = config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    settings = _parse(path, raw)
    for key, value in settings.items():
        kind = KNOWN_KEYS.get(key)
        if kind is None:
            raise ConfigError(f"config {path}: unknown key {key!r} (known: {', '.join(KNOWN_KEYS)})")
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ConfigError(f"config {path}: {key!r} has the wrong type ({type(value).__name__})")
    return settings


def _parse(path: Path, raw: bytes) -> dict:
    """Parse TOML, turning syntax errors into one clear line."""
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config {path} is not valid TOML: {exc}") from None


def get(key: str, default=None):
    """One setting, or `default`."""
    return load().get(key, default)


def number(variable: str, key: str, default: float, *, above_zero: bool = False) -> float:
    """Seconds from the environment variable, else the config key, else `default`: finite, and not negative
    (above zero when `above_zero`, as a time limit must be)."""
    raw = os.environ.get(variable)
    if raw:
        where = f"{variable}={raw!r}"
        try:
            value = float(raw)
        except ValueError:
            raise ConfigError(f"{where} is not a number of seconds") from None
    else:
        value = float(get(key, default))
        where = f"config {config_path()}: {key} = {get(key, default)!r}"
    if not math.isfinite(value) or value < 0 or (above_zero and value == 0) or value > LONGEST:
        raise ConfigError(f"{where} must be a number of seconds {'above' if above_zero else 'from'} zero "
                          f"to a day ({LONGEST:g})")
    return value
