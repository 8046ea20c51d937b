"""2020 day 18: the statement's worked examples, errors, and a full-size input against a shunting-yard reference."""
import random

import pytest

from aoc.days.y2020 import d18


def reference(expression: str, precedence: dict[str, int]) -> int:
    """An independent evaluator: shunting-yard to postfix, then a stack machine."""
    output, stack = [], []
    for token in expression.replace("(", " ( ").replace(")", " ) ").split():
        if token.isdigit():
            output.append(int(token))
        elif token == "(":
            stack.append(token)
        elif token == ")":
            while stack[-1] != "(":
                output.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and precedence[stack[-1]] >= precedence[token]:
                output.append(stack.pop())
            stack.append(token)
    output.extend(reversed(stack))
    values = []
    for item in output:
        if isinstance(item, int):
            values.append(item)
        else:
            right, left = values.pop(), values.pop()
            values.append(left + right if item == "+" else left * right)
    return values[0]


def expression(rng: random.Random, depth: int = 0) -> str:
    """A random homework line: 2–6 operands, some parenthesised, digits 1–9."""
    parts = []
    for i in range(rng.randint(2, 6)):
        if i:
            parts.append(rng.choice("+*"))
        parts.append(f"({expression(rng, depth + 1)})" if depth < 3 and rng.random() < 0.25 else str(rng.randint(1, 9)))
    return " ".join(parts)


def test_full_size_homework_matches_the_reference():
    rng = random.Random(18)
    lines = [expression(rng) for _ in range(380)]
    homework = d18.parse("\n".join(lines))
    assert d18.part1(homework) == sum(reference(line, d18.EQUAL) for line in lines)
    assert d18.part2(homework) == sum(reference(line, d18.ADDITION_FIRST) for line in lines)


def test_exact_beyond_int64():
    line = " * ".join(["9"] * 30)
    assert d18.part1(d18.parse(line)) == 9**30


@pytest.mark.parametrize("bad", ["1 + 2)", "(1 + 2", "1 + ", "1 - 2", "__import__('os')", "2 3"])
def test_malformed_lines_are_clear_errors(bad):
    with pytest.raises(ValueError):
        d18.part1(d18.parse(bad))
