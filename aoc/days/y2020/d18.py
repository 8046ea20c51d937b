"""2020 day 18: Operation Order. Homework in + and *, where precedence is not what we learnt.

Each line is evaluated by precedence climbing over Python ints, with the puzzle's own precedence
table: in part 1 `+` and `*` bind equally, so left to right; in part 2 `+` binds tighter. A small
tokenizer and parser do it rather than `eval`, which would run whatever the text says, and
rather than numexpr, which is no safer and stops at int64.
"""
import re
from itertools import accumulate
from operator import add, mul

TOKEN = re.compile(r"\s*(?:(\d+)|(.))")
OPERATORS = {"+": add, "*": mul}
EQUAL = {"+": 1, "*": 1}
ADDITION_FIRST = {"+": 2, "*": 1}


MAX_DEPTH = 200


def parse(text: str) -> list[list[str]]:
    """Each line's tokens: numbers, operators and parentheses."""
    return [_tokens(line) for line in text.splitlines() if line.strip()]


def _tokens(line: str) -> list[str]:
    """The tokens of one expression; anything else is an error naming it."""
    tokens = []
    for number, symbol in TOKEN.findall(line.rstrip()):
        if symbol and symbol not in "+*()":
            raise ValueError(f"unexpected {symbol!r} in {line!r}")
        tokens.append(number or symbol)
    depth = max(accumulate({"(": 1, ")": -1}.get(token, 0) for token in tokens), default=0)
    if depth > MAX_DEPTH:  # the evaluator recurses once a level: Python's stack would give out first
        raise ValueError(f"parentheses nested {depth} deep in {line[:40]!r}…: this evaluator takes {MAX_DEPTH}")
    return tokens


def evaluate(tokens: list[str], precedence: dict[str, int]) -> int:
    """The value of one expression under `precedence`."""
    value, position = _expression(tokens, 0, precedence, 1)
    if position != len(tokens):
        raise ValueError(f"unexpected {tokens[position]!r} at token {position}")
    return value


def _expression(tokens, position, precedence, minimum):
    """Precedence climbing: fold operators binding at least `minimum`, left to right."""
    value, position = _operand(tokens, position, precedence)
    while position < len(tokens) and tokens[position] in OPERATORS and precedence[tokens[position]] >= minimum:
        operator = tokens[position]
        right, position = _expression(tokens, position + 1, precedence, precedence[operator] + 1)
        value = OPERATORS[operator](value, right)
    return value, position


def _operand(tokens, position, precedence):
    """A number or a parenthesised expression."""
    if position >= len(tokens):
        raise ValueError("expression ends where a number was expected")
    token = tokens[position]
    if token == "(":
        value, position = _expression(tokens, position + 1, precedence, 1)
        if position >= len(tokens) or tokens[position] != ")":
            raise ValueError("unbalanced parenthesis")
        return value, position + 1
    if not token.isdigit():
        raise ValueError(f"expected a number, found {token!r}")
    return int(token), position + 1


def part1(lines: list[list[str]]) -> int:
    """The sum of every line with + and * at equal precedence."""
    return sum(evaluate(tokens, EQUAL) for tokens in lines)


def part2(lines: list[list[str]]) -> int:
    """The sum of every line with + before *."""
    return sum(evaluate(tokens, ADDITION_FIRST) for tokens in lines)
