"""answers.toml, the known answers: one table per day holding the real input's answers, with a
sub-table per example, one per other account ([8.alice]: that account's input) and `submissions`
(aoc submit's record); and the answers a run last computed.

Reads are plain tomllib; edits go through tomlkit under a cross-process lock,
so the user's comments and layout survive and two processes never lose each
other's change.
"""
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from aoc.errors import ConfigError
from aoc.store.files import account, answers_path, examples_dir, read_text, state_dir, write_atomic
from aoc.store.locks import exclusive

ANSWER_KEYS = ("part1", "part2")


@dataclass(frozen=True)
class Known:
    """What answers.toml says of one input: its answers and the parameters its parts take."""

    answers: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)


def load_answers(year: int) -> dict:
    """The year's answers.toml as a dict keyed by day number (empty when missing)."""
    return _load_answers(answers_path(year))


def _load_answers(path: Path) -> dict:
    """Parse answers.toml, checking that every top-level key is a day."""
    import tomllib

    try:
        table = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    return _check_days(path, table)


def _check_days(path: Path, table: dict) -> dict:
    """The day tables by day number, each checked for the shapes aoc reads."""
    days = {}
    for key, value in table.items():
        if not key.isdigit() or not isinstance(value, dict):
            raise ConfigError(f"{path}: [{key}] should be a day number holding a table")
        _require_nested_tables(path, key, value)
        days[int(key)] = value
    return days


def _require_nested_tables(path: Path, day: str, table: dict) -> None:
    """Examples, params and submissions must be tables (a stray `example = 3` is a clear error)."""
    for key, value in table.items():
        nested = key.startswith("example") or key in ("params", "submissions")
        if nested and not isinstance(value, dict):
            raise ConfigError(f"{path}: {day}.{key} should be a table")
        if key.startswith("example") and "params" in value and not isinstance(value["params"], dict):
            raise ConfigError(f"{path}: {day}.{key}.params should be a table")
        if not nested and isinstance(value, dict):  # an account's table: its answers and its own submissions
            if not isinstance(value.get("submissions", {}), dict):
                raise ConfigError(f"{path}: {day}.{key}.submissions should be a table")
            _require_submissions(path, f"{day}.{key}", value.get("submissions", {}))
    _require_submissions(path, day, table.get("submissions", {}))


def _require_submissions(path: Path, day: str, submissions: dict) -> None:
    """Each part's submissions are a list of {answer, verdict} tables: aoc submit's own record."""
    for part, records in submissions.items():
        well_formed = part in ANSWER_KEYS and isinstance(records, list) and all(
            isinstance(record, dict) and "answer" in record and isinstance(record.get("verdict"), str)
            for record in records)
        if not well_formed:
            raise ConfigError(f"{path}: {day}.submissions.{part} should be a list of "
                              "{ answer = …, verdict = … } tables (aoc submit writes them)")


def known(year: int, day: int, input_name: str) -> Known:
    """The known answers of one input: 'input' for the real one, an example's (read beside its file), else an
    account's real input ([<DD>.<NAME>])."""
    if input_name == "input":
        entry = load_answers(year).get(day, {})
    elif input_name.startswith("example"):
        entry = _load_answers(examples_dir(year, day) / "answers.toml").get(day, {}).get(input_name, {})
    else:
        entry = account_entry(year, load_answers(year), day, input_name)
    answers = {key: entry[key] for key in ANSWER_KEYS if key in entry}
    return Known(answers=answers, params=dict(entry.get("params", {})))


def account_entry(year: int, days: dict, day: int, name: str) -> dict:
    """Account `name`'s table for `day` ([<DD>.<NAME>]) in the year's loaded answers, checked to be a table."""
    entry = days.get(day, {}).get(name, {})
    if not isinstance(entry, dict):
        raise ConfigError(f"{answers_path(year)}: {day}.{name} should be a table (account {name}'s answers)")
    return entry


def title(year: int, day: int) -> str | None:
    """The puzzle's title as recorded in answers.toml."""
    return load_answers(year).get(day, {}).get("title")


def add_day_entry(year: int, day: int, block: str) -> None:
    """Append a day's table to answers.toml, keeping every byte already there (under the answers lock)."""
    path = answers_path(year)
    with exclusive(f"answers-{year}.lock"):
        if day in load_answers(year):
            raise ConfigError(f"{path} already has a [{day}] table")
        old = read_text(path) if path.exists() else ""
        separator = "" if not old or old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
        write_atomic(path, old + separator + block)


@contextmanager
def edit_answers(year: int):
    """answers.toml as a tomlkit document to change in place, written back atomically.

    tomlkit round-trips the user's comments, order and layout, which a text
    edit of our own would have to re-implement; the lock keeps two processes
    (a submit and a fetch) from losing each other's change.
    """
    import tomlkit
    from tomlkit.exceptions import ParseError

    path = answers_path(year)
    with exclusive(f"answers-{year}.lock"):
        old = read_text(path).removeprefix("\ufeff") if path.exists() else ""
        try:
            document = tomlkit.parse(old)
        except ParseError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from None
        yield document
        new = tomlkit.dumps(document)
        if new != old:
            _require_readable(path, new)
            write_atomic(path, new)


def _require_readable(path: Path, text: str) -> None:
    """Refuse to write an answers.toml that aoc could not read back: the old file stays as it was."""
    import tomllib

    try:
        _check_days(path, tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ConfigError) as exc:
        raise ConfigError(f"{path} not changed: the edit would leave it unreadable ({exc})") from None


def table_in(parent, key: str):
    """The table `key` of a tomlkit document or table, added (as a `[header]`, or inline inside an inline table)
    when missing. A table written as dotted keys (`alice.part1 = 9`) becomes a `[header]` table first: tomlkit
    would put a table added to it at the top level of the file."""
    import tomlkit
    from tomlkit.items import InlineTable, Table

    if key not in parent:
        parent[key] = tomlkit.inline_table() if isinstance(parent, InlineTable) else tomlkit.table(is_super_table=False)
    child = parent[key]
    if isinstance(child, Table) and child.is_super_table():
        plain = tomlkit.table(is_super_table=False)
        for name, value in child.items():
            plain[name] = value
        parent[key] = child = plain
    return child


def as_toml_value(answer: str) -> int | str:
    """An answer as answers.toml holds it: an integer when it is one exactly as written ('007' stays text, as
    2019/16's answers must), and Python can read it back; else the text."""
    if re.fullmatch(r"-?\d{1,4000}", answer) and str(int(answer)) == answer:
        return int(answer)
    return answer


def _last_answers_path(year: int, day: int, user: str | None = None) -> Path:
    """Where `aoc run` leaves the answers it last computed on the real input (of account `user`)."""
    return state_dir() / f"{year}-{day:02d}{'' if user is None else '.' + account(user)}.last.json"


def save_last_answers(year: int, day: int, answers: dict[int, str | None], user: str | None = None) -> None:
    """Keep what a run just computed on the real input, so `aoc submit DAY` sends it without retyping.

    A part that ran without an answer (it raised or timed out) forgets its older one: a stale answer
    must never be the one submitted. Parts that did not run keep theirs.
    """
    if not answers:
        return
    import json  # only writing needs it: kept off the start-up path

    kept = last_answers(year, day, user)
    for part, text in answers.items():
        if text is None:
            kept.pop(part, None)
        else:
            kept[part] = text
    write_atomic(_last_answers_path(year, day, user), json.dumps({str(part): text for part, text in kept.items()}))


def last_answers(year: int, day: int, user: str | None = None) -> dict[int, str]:
    """The answers `aoc run` last computed on the real input (of account `user`), by part.

    None when it has not run, or the file is damaged.
    """
    import json

    try:
        stored = json.loads(_last_answers_path(year, day, user).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {int(part): str(text) for part, text in stored.items() if part in ("1", "2") and isinstance(text, str)}


