"""Durations as people read them: a timing in the unit that fits, a countdown in days, hours and minutes."""
from datetime import timedelta


def human_time(seconds: float | None) -> str:
    """A duration in the unit that reads best: ns, µs, ms or s ('—' when there is none)."""
    if seconds is None:
        return "—"
    for limit, unit, scale in ((1e-6, "ns", 1e9), (1e-3, "µs", 1e6), (1.0, "ms", 1e3)):
        if seconds < limit:
            return f"{seconds * scale:.0f} {unit}" if unit == "ns" else f"{seconds * scale:.1f} {unit}"
    return f"{seconds:.2f} s"


def human_wait(delta: timedelta) -> str:
    """A countdown such as '4d 21h 03m' or '12m 30s'."""
    seconds = max(0, int(delta.total_seconds()))
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    if days:
        return f"{days}d {hours}h {minutes:02d}m"
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {seconds:02d}s"
