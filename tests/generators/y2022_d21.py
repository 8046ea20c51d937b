"""2022 day 21: riddles of about 2000 monkeys with a planted humn, and a plain evaluation."""
import random
from fractions import Fraction


class Riddle:
    """Writes monkeys bottom-up, so every value (and every exact division) is known as it is made."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.lines, self.count = [], 0

    def name(self) -> str:
        """A fresh monkey name."""
        self.count += 1
        return f"{chr(97 + self.count % 26)}{self.count:05d}"

    def number(self, value: int) -> str:
        """A new monkey that yells `value`."""
        name = self.name()
        self.lines.append(f"{name}: {value}")
        return name

    def job(self, left: str, operator: str, right: str) -> str:
        """A new monkey that yells `left operator right`."""
        name = self.name()
        self.lines.append(f"{name}: {left} {operator} {right}")
        return name

    def subtree(self, depth: int) -> tuple[str, int]:
        """A random humn-free subtree with a small positive value."""
        if depth == 0 or self.rng.random() < 0.15:
            value = self.rng.randint(1, 20)
            return self.number(value), value
        (a, x), (b, y) = self.subtree(depth - 1), self.subtree(depth - 1)
        operator = self.rng.choice("+*-/")
        if operator == "-" and x <= y or operator == "/" and (x % y or y == 1):
            operator = "+"
        value = {"+": x + y, "*": x * y, "-": x - y, "/": x // y if y else 0}[operator]
        return self.job(a, operator, b), value

    def path(self, human: str, value: int, depth: int) -> tuple[str, int]:
        """humn at the bottom of a chain of `depth` operations, each with a random sibling."""
        node = human
        for _ in range(depth):
            sibling, s = self.subtree(4)
            operator = self.rng.choice("+-*/")
            if operator == "/" and value % s == 0 and s > 1:
                node, value = self.job(node, "/", sibling), value // s
            elif operator == "*" and abs(value) < 10**12:
                operands = (node, sibling) if self.rng.random() < 0.5 else (sibling, node)
                node, value = self.job(operands[0], "*", operands[1]), value * s
            elif operator == "-" and self.rng.random() < 0.5:
                node, value = self.job(sibling, "-", node), s - value
            else:
                node, value = self.job(node, "+", sibling), value + s
        return node, value


def generate(seed: int, planted: int, depth: int = 70) -> tuple[str, int]:
    """A riddle of about 2000 monkeys whose answer to part 2 is `planted`; also part 1's answer."""
    riddle = Riddle(seed)
    human = "humn"
    left, left_value = riddle.path(human, planted, depth)
    filler, filler_value = riddle.subtree(9)
    right = riddle.job(filler, "+", riddle.number(left_value - filler_value))
    listed = riddle.rng.randint(1, 1000)
    riddle.lines.append(f"{human}: {listed}")
    riddle.lines.append(f"root: {left} + {right}")
    riddle.rng.shuffle(riddle.lines)
    text = "\n".join(riddle.lines) + "\n"
    return text, reference_root(text)


def reference_root(text: str) -> Fraction:
    """An independent evaluation: repeated sweeps until every monkey has a number."""
    jobs = dict(line.split(": ") for line in text.splitlines())
    values = {name: Fraction(int(job)) for name, job in jobs.items() if job.lstrip("-").isdigit()}
    while "root" not in values:
        for name, job in jobs.items():
            parts = job.split()
            if name not in values and len(parts) == 3 and parts[0] in values and parts[2] in values:
                a, b = values[parts[0]], values[parts[2]]
                values[name] = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[parts[1]]
    return values["root"]
