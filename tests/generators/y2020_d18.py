"""2020 day 18: random homework lines, and a shunting-yard evaluator to check them by."""
import random


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


def generate(seed: int, count: int = 380) -> list[str]:
    """The lines of a full-size input."""
    rng = random.Random(seed)
    return [expression(rng) for _ in range(count)]
