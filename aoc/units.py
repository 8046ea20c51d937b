"""Durations as people read them: the unit that fits, from nanoseconds to seconds."""


def human_time(seconds: float | None) -> str:
    """A duration in the unit that reads best: ns, µs, ms or s ('—' when there is none)."""
    if seconds is None:
        return "—"
    for limit, unit, scale in ((1e-6, "ns", 1e9), (1e-3, "µs", 1e6), (1.0, "ms", 1e3)):
        if seconds < limit:
            return f"{seconds * scale:.0f} {unit}" if unit == "ns" else f"{seconds * scale:.1f} {unit}"
    return f"{seconds:.2f} s"
