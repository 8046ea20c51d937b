"""2025 day 3: Lobby. The largest joltage each bank gives with k of its batteries on, kept in their order.

Greedy, digit by digit: the first battery to turn on is the largest digit that still leaves k − 1
batteries after it (the leftmost such, which keeps the most choice for the rest), then the same
for the next one after it. A larger leading digit beats anything the later digits can make up,
so the greedy number is the largest: one pass over each window instead of every choice of k.
"""


def parse(text: str) -> list[str]:
    """Each bank's joltage ratings, one digit a battery."""
    banks = text.split()
    if not banks or not all(bank.isdigit() for bank in banks):
        raise ValueError("every bank is a line of digits")
    return banks


def joltage(bank: str, batteries: int) -> int:
    """The largest number the bank's digits make with `batteries` of them turned on, in order."""
    if len(bank) < batteries:
        raise ValueError(f"a bank of {len(bank)} batteries cannot turn on {batteries}")
    digits, start = [], 0
    for after in range(batteries - 1, -1, -1):  # batteries still to turn on after this one
        window = bank[start:len(bank) - after]
        best = max(window)
        start += window.index(best) + 1
        digits.append(best)
    return int("".join(digits))


def part1(banks: list[str]) -> int:
    """Total output joltage with two batteries on in each bank."""
    return sum(joltage(bank, 2) for bank in banks)


def part2(banks: list[str]) -> int:
    """Total output joltage with twelve batteries on in each bank."""
    return sum(joltage(bank, 12) for bank in banks)
