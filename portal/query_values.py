"""Values read from what a visitor typed into a URL: ASCII digits only, slugs as slugs.

`str.isdigit()` accepts superscripts ("²"), other scripts' digits ("໒", "٢") and more, and
`int()` then either fails ("²") or reads a number the visitor never wrote ("໒໐໒໕"). Every
query parameter that carries a number (a year, a page id) goes through this one rule, so an
odd value is ignored instead of becoming a 500 or a surprising filter.
"""

import re

ASCII_NUMBER = re.compile(r"[0-9]{1,18}")
# The slugs of the portal's vocabularies, as the listing URLs allow them (news.listing).
VOCABULARY_SLUG = re.compile(r"[-a-z0-9]{1,100}")
FIRST_YEAR = 1000
LAST_YEAR = 9999


def whole_number(value: str | None, minimum: int = 0, maximum: int | None = None) -> int | None:
    """The number written in ASCII digits, or None if it is anything else or out of bounds."""
    if value is None or not ASCII_NUMBER.fullmatch(value.strip()):
        return None
    number = int(value)
    if number < minimum or (maximum is not None and number > maximum):
        return None
    return number


def year(value: str | None) -> int | None:
    """A four-digit year, or None."""
    return whole_number(value, FIRST_YEAR, LAST_YEAR)


def vocabulary_slug(value: str | None) -> str | None:
    """A topic or category slug, or None: anything else (a NUL, which PostgreSQL refuses in
    text, or a phrase) never reaches the database."""
    if value is None or not VOCABULARY_SLUG.fullmatch(value):
        return None
    return value
