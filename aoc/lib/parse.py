"""Reading puzzle text: the numbers and blocks that inputs are made of."""
import re

# A '-' is a minus sign only where it cannot be a separator, that is not right after a letter,
# digit or dash: so "2-4,6-8" (2022 day 4) is four numbers while "x=-3" is one negative number.
_INT = re.compile(r"(?:(?<![\w-])-)?\d+")


def ints(text: str) -> list[int]:
    """All the integers in text, in order; '2-4' is two numbers, ' -4' and '=-4' are negative."""
    return [int(match) for match in _INT.findall(text)]


def paragraphs(text: str) -> list[str]:
    """The blocks of text separated by blank lines, each without surrounding whitespace."""
    return [block.strip("\n") for block in re.split(r"\n\s*\n", text.strip("\n")) if block.strip()]
