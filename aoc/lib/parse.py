"""Reading puzzle text: the numbers, points and blocks that inputs are made of."""
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# A '-' is a minus sign only where it cannot be a separator, that is not right after a letter,
# digit or dash: so "2-4,6-8" (2022 day 4) is four numbers while "x=-3" is one negative number.
_INT = re.compile(r"(?:(?<![\w-])-)?\d+")


def ints(text: str) -> list[int]:
    """All the integers in text, in order; '2-4' is two numbers, ' -4' and '=-4' are negative."""
    return [int(match) for match in _INT.findall(text)]


def paragraphs(text: str) -> list[str]:
    """The blocks of text separated by blank lines, each without surrounding whitespace."""
    return [block.strip("\n") for block in re.split(r"\n\s*\n", text.strip("\n")) if block.strip()]


def points(text: str, dimensions: int) -> "np.ndarray":
    """The integers of each non-blank line ('x,y' or 'X,Y,Z'), one row a line, as a read-only int64 array.

    Read-only because a day's parts share what parse returned; numpy is imported only when called.
    """
    import numpy as np

    rows = [ints(line) for line in text.splitlines() if line.strip()]
    if not rows or any(len(row) != dimensions for row in rows):
        raise ValueError(f"every line should hold {dimensions} integers")
    table = np.array(rows, dtype=np.int64)
    table.flags.writeable = False
    return table
