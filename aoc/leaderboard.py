"""Private leaderboards, asked of the site at most once per 15 minutes per board, as the site asks.

The board's JSON and the time it came are kept in the per-user cache folder
($XDG_CACHE_HOME/aoc/leaderboards/), read and written under a lock, so every
aoc process (two shells, a loop, a status bar) shares one copy and one clock.
"""
import json
import time
from dataclasses import dataclass
from pathlib import Path

from aoc import calendar, store
from aoc.errors import Forbidden, Redirected
from aoc.site import leaderboard as reader

REFRESH_AFTER = 15 * 60  # seconds: the site asks scripts not to request a board more often


@dataclass(frozen=True)
class Fetched:
    """A board and when (Unix time) the site sent it."""

    board: reader.Board
    fetched_at: float

    def age(self, now: float | None = None) -> float:
        """Seconds since the site sent it."""
        return max(0.0, (time.time() if now is None else now) - self.fetched_at)


def cache_path(year: int, board_id: int, user: str | None = None) -> Path:
    """Where the board's latest copy and its time are kept: per account, since what a board shows is
    decided by who asks (another account may not see it at all)."""
    return store.cache_dir() / "leaderboards" / f"{year}-{board_id}.{user or 'default'}.json"


def fetch(year: int, board_id: int, user: str | None = None, now: float | None = None) -> Fetched:
    """The board: the kept copy when it is under 15 minutes old, else asked of the site (as `user`) and kept."""
    calendar.require_day(year, 1)
    now = time.time() if now is None else now
    path = cache_path(year, board_id, user)
    with store.exclusive(f"leaderboard-{year}-{board_id}.lock"):
        kept = _kept(path)
        if kept is not None and 0 <= now - kept[0] < REFRESH_AFTER:
            return Fetched(reader.parse(kept[1], year, board_id), kept[0])
        text = _download(year, board_id, user)
        board = reader.parse(text, year, board_id)  # a reply that is no board is never kept
        store.write_atomic(path, json.dumps({"fetched_at": now, "json": text}))
        return Fetched(board, now)


def _kept(path: Path) -> tuple[float, str] | None:
    """(time, JSON text) of the kept copy; None when there is none or it is damaged."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        return float(kept["fetched_at"]), str(kept["json"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _download(year: int, board_id: int, user: str | None) -> str:
    """The board's JSON from the site; one line when the site will not show it to this account."""
    from aoc.site import client

    try:
        return client.get(f"/{year}/leaderboard/private/view/{board_id}.json", user)
    except (Forbidden, Redirected):
        raise Forbidden(f"leaderboard {board_id} of {year}: the site will not show it to this account "
                        "(not a member of it, or the session token is stale)") from None


def as_json(fetched: Fetched, now: float | None = None) -> dict:
    """The board for scripts: members best first, their stars by day as Unix times, and how old the copy is."""
    board = fetched.board
    return {
        "year": board.year, "id": board.id, "owner_id": board.owner,
        "fetched_at": round(fetched.fetched_at), "age_seconds": round(fetched.age(now)),
        "members": [
            {"id": m.id, "name": m.name, "stars": m.stars, "local_score": m.local_score,
             **({"global_score": m.global_score} if has_global_scores(board.year) else {}),
             "last_star_ts": m.last_star,
             "days": {str(day): {str(part): at for part, at in sorted(parts.items())}
                      for day, parts in sorted(m.days.items())}}
            for m in board.members
        ],
    }


def has_global_scores(year: int) -> bool:
    """Did the event have a global leaderboard (none from 2025 on, so no global scores either)?"""
    return year < 2025
