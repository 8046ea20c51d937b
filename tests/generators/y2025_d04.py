"""2025 day 4: a floor of paper rolls like the real input's, and a round-by-round reference."""
import random


def generate(seed: int, size: int = 137, density: float = 0.62) -> str:
    """A size × size floor, each position a roll with probability `density`."""
    rng = random.Random(seed)
    return "\n".join("".join("@" if rng.random() < density else "." for _ in range(size)) for _ in range(size)) + "\n"


def reachable(floor: list[list[str]]) -> list[tuple[int, int]]:
    """The rolls with fewer than four rolls among their eight neighbours, found by looking at each."""
    height, width = len(floor), len(floor[0])
    found = []
    for r in range(height):
        for c in range(width):
            if floor[r][c] != "@":
                continue
            around = sum(floor[y][x] == "@" for y in range(max(0, r - 1), min(height, r + 2))
                         for x in range(max(0, c - 1), min(width, c + 2)) if (y, x) != (r, c))
            if around < 4:
                found.append((r, c))
    return found


def reference(text: str) -> tuple[int, int]:
    """(reachable at first, removed in all), taking every reachable roll away in rounds until none is."""
    floor = [list(line) for line in text.split()]
    first = len(reachable(floor))
    removed = 0
    while found := reachable(floor):
        for r, c in found:
            floor[r][c] = "."
        removed += len(found)
    return first, removed
