"""Reads a private leaderboard as the site sends it (/<YYYY>/leaderboard/private/view/<ID>.json).

The JSON holds `event` (the year), `owner_id` and `members`, a table by member
id of `id`, `name` (null for an anonymous member), `stars`, `local_score`,
`global_score`, `last_star_ts` (Unix time, 0 before the first star) and
`completion_day_level`: by day, by part ("1", "2"), the `get_star_ts` at
which that star was earned. Ids and times may come as numbers or as decimal
strings; both are read.
"""
import json
from dataclasses import dataclass

from aoc.errors import FetchError


@dataclass(frozen=True)
class Member:
    """One member of a board: who, their stars and scores, and when each star was earned (Unix time, by day)."""

    id: int
    name: str | None
    stars: int
    local_score: int
    global_score: int
    last_star: int
    days: dict[int, dict[int, int]]

    @property
    def label(self) -> str:
        """The member's name, or '(anonymous #id)'."""
        return self.name or f"(anonymous #{self.id})"

    def stars_on(self, day: int) -> int:
        """The stars earned on one day (0, 1 or 2)."""
        return len(self.days.get(day, {}))


@dataclass(frozen=True)
class Board:
    """A private leaderboard of one year: its members, best first."""

    year: int
    id: int
    owner: int
    members: list[Member]


def parse(text: str, year: int, board_id: int) -> Board:
    """The board in the site's JSON, members ranked by local score, then stars, then the earlier last star;
    FetchError when the text is not such a board."""
    where = f"leaderboard {board_id} of {year}"
    try:
        data = json.loads(text)
        members = [_member(entry) for entry in data["members"].values()]
        owner = _number(data.get("owner_id", 0))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise FetchError(f"{where}: the site's answer is not a leaderboard (expected its JSON)") from None
    members.sort(key=lambda m: (-m.local_score, -m.stars, m.last_star or float("inf"), m.id))
    return Board(year, board_id, owner, members)


def _member(entry: dict) -> Member:
    """One member from its JSON table (KeyError, TypeError or ValueError when it is not one)."""
    days = {
        int(day): {int(part): _number(star["get_star_ts"]) for part, star in parts.items()}
        for day, parts in (entry.get("completion_day_level") or {}).items()
    }
    name = entry.get("name")
    if name is not None and not isinstance(name, str):
        raise TypeError("a member's name is text or null")
    return Member(_number(entry["id"]), name, _number(entry.get("stars", 0)), _number(entry.get("local_score", 0)),
                  _number(entry.get("global_score", 0)), _number(entry.get("last_star_ts", 0)), days)


def _number(value: object) -> int:
    """An integer given as a number or a decimal string (ValueError or TypeError otherwise)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError("expected a whole number")
    return int(value)
