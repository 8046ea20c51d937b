"""Reads the block letters some puzzles draw with points of light (2018 day 10's sky).

A tested glyph table of our own: advent-of-code-ocr reads only the 6-row font, while 2018 day 10
draws 10-row letters (and its example an 8-row H and I). Letters stand apart by blank columns,
so the picture is cut at those and each piece looked up whole.
"""

_FONT_10 = {
    "A": "..##.. .#..#. #....# #....# #....# ###### #....# #....# #....# #....#",
    "B": "#####. #....# #....# #....# #####. #....# #....# #....# #....# #####.",
    "C": ".####. #....# #..... #..... #..... #..... #..... #..... #....# .####.",
    "E": "###### #..... #..... #..... #####. #..... #..... #..... #..... ######",
    "F": "###### #..... #..... #..... #####. #..... #..... #..... #..... #.....",
    "G": ".####. #....# #..... #..... #..... #..### #....# #....# #...## .###.#",
    "H": "#....# #....# #....# #....# ###### #....# #....# #....# #....# #....#",
    "J": "...### ....#. ....#. ....#. ....#. ....#. ....#. #...#. #...#. .###..",
    "K": "#....# #...#. #..#.. #.#... ##.... ##.... #.#... #..#.. #...#. #....#",
    "L": "#..... #..... #..... #..... #..... #..... #..... #..... #..... ######",
    "N": "#....# ##...# ##...# #.#..# #.#..# #..#.# #..#.# #...## #...## #....#",
    "P": "#####. #....# #....# #....# #####. #..... #..... #..... #..... #.....",
    "R": "#####. #....# #....# #....# #####. #..#.. #...#. #...#. #....# #....#",
    "X": "#....# #....# .#..#. .#..#. ..##.. ..##.. .#..#. .#..#. #....# #....#",
    "Z": "###### .....# .....# ....#. ...#.. ..#... .#.... #..... #..... ######",
}
_FONT_8 = {
    "H": "#...# #...# #...# ##### #...# #...# #...# #...#",
    "I": "### .#. .#. .#. .#. .#. .#. ###",
}
GLYPHS = {tuple(rows.split()): letter for font in (_FONT_10, _FONT_8) for letter, rows in font.items()}


def picture(points) -> list[str]:
    """The lit points as rows of '#' and '.', cropped to their bounding box."""
    points = {(int(x), int(y)) for x, y in points}
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return [
        "".join("#" if (x, y) in points else "." for x in range(min(xs), max(xs) + 1))
        for y in range(min(ys), max(ys) + 1)
    ]


def read(rows: list[str]) -> str:
    """The letters drawn in `rows`; an unknown shape is an error that shows the picture."""
    letters, start = [], None
    for column in range(len(rows[0]) + 1):
        blank = column == len(rows[0]) or all(row[column] == "." for row in rows)
        if not blank and start is None:
            start = column
        elif blank and start is not None:
            glyph = tuple(row[start:column] for row in rows)
            if glyph not in GLYPHS:
                raise ValueError("cannot read this letter:\n" + "\n".join(glyph))
            letters.append(GLYPHS[glyph])
            start = None
    return "".join(letters)
