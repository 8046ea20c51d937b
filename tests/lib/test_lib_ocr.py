"""The glyph reader: every letter of both fonts, spacing, and unknown shapes."""
import pytest

from aoc.lib import ocr


def draw(word: str, rows: int) -> list[str]:
    """A word laid out as the puzzle draws it: letters two blank columns apart."""
    glyphs = {letter: glyph for glyph, letter in ocr.GLYPHS.items() if len(glyph) == rows}
    return ["..".join(glyphs[letter][r] for letter in word) for r in range(rows)]


def test_every_ten_row_letter_reads_back():
    letters = "".join(letter for glyph, letter in ocr.GLYPHS.items() if len(glyph) == 10)
    assert len(letters) == 15
    assert ocr.read(draw(letters, 10)) == letters


def test_the_examples_hi():
    assert ocr.read(draw("HI", 8)) == "HI"


def test_picture_crops_to_the_points():
    assert ocr.picture([(5, 5), (7, 6)]) == ["#..", "..#"]


def test_an_unknown_shape_is_an_error_showing_it():
    with pytest.raises(ValueError, match="cannot read"):
        ocr.read(["##", "#."])
