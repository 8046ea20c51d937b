"""2025 day 6: a worksheet like the real input's, and references that read it another way."""
import random
from math import prod


def generate(seed: int, problems: int = 1000, rows: int = 4) -> str:
    """`problems` blocks of `rows` numbers of 1 to 4 digits, each block aligned left or right at random."""
    rng = random.Random(seed)
    columns: list[list[str]] = [[] for _ in range(rows + 1)]
    for _ in range(problems):
        numbers = [str(rng.randint(1, 10 ** rng.randint(1, 4) - 1)) for _ in range(rows)]
        width = max(map(len, numbers))
        align = str.ljust if rng.random() < 0.5 else str.rjust
        for line, number in zip(columns, numbers, strict=False):
            line.append(align(number, width))
        columns[rows].append(rng.choice("+*").ljust(width))
    return "\n".join(" ".join(line) for line in columns) + "\n"


def by_rows(text: str) -> int:
    """Part 1 as whitespace-separated fields: row i's k-th field is problem k's i-th number."""
    *rows, operators = [line.split() for line in text.splitlines()]
    return sum((sum if op == "+" else prod)(int(row[k]) for row in rows) for k, op in enumerate(operators))


def by_columns(text: str) -> int:
    """Part 2 read as the cephalopods do: columns right to left, a problem done at its operator."""
    lines = text.splitlines()
    width = max(map(len, lines))
    *rows, operators = [line.ljust(width) for line in lines]
    total, numbers = 0, []
    for c in range(width - 1, -1, -1):
        digits = "".join(row[c] for row in rows).replace(" ", "")
        if digits:
            numbers.append(int(digits))
        if operators[c] in "+*":
            total += sum(numbers) if operators[c] == "+" else prod(numbers)
            numbers = []
    return total
