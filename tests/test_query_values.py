"""Numbers typed into URLs: ASCII digits only, so odd digits are ignored rather than a 500."""

import pytest

from portal import query_values


@pytest.mark.parametrize(
    "typed", ["²⁰²⁴", "2024²", "໒໐໒໔", "٢٠٢٤", "２０２４", "", " ", "20 24", "-2024", "1e3", None]
)
def test_anything_but_ascii_digits_is_no_year(typed):
    assert query_values.year(typed) is None


def test_years_are_four_digits_and_surrounding_spaces_are_forgiven():
    assert query_values.year(" 2024 ") == 2024
    assert query_values.year("999") is None
    assert query_values.year("10000") is None


@pytest.mark.parametrize("typed", ["a\x00b", "Đất đai", "dat dai", "DAT", "", None, "x" * 101])
def test_only_slugs_are_vocabulary_slugs(typed):
    assert query_values.vocabulary_slug(typed) is None
    assert query_values.vocabulary_slug("dat-dai-2") == "dat-dai-2"


def test_whole_numbers_respect_their_bounds_and_length():
    assert query_values.whole_number("7", minimum=1) == 7
    assert query_values.whole_number("0", minimum=1) is None
    assert query_values.whole_number("9" * 400) is None  # no giant int() for the database
