"""A corpus of hostile values for query strings and path segments, already percent-encoded.

Each entry is (raw, text): `raw` goes into the URL as it is; `text` is what a page would
echo if it printed the value back (None when the raw bytes are not valid UTF-8, so there is
nothing exact to look for).
"""

import sys
import unicodedata
from urllib.parse import quote

TEXTS = [
    # Huge
    "9" * 5000,
    "a" * 20_000,
    "ໜາ" * 5000,
    "Luật " * 2000,
    "<b>" * 2000,
    # NUL and other control characters
    "\x00",
    "a\x00b",
    "2024\x00",
    "\x00<script>",
    "\r\n",
    "\t",
    "\x1b[31m",
    "\x7f",
    "\u2028",
    "\u202e2024",
    "\ufeff2024",
    "\u200b",
    # Numbers that are not ASCII digits, and odd ASCII ones
    "²",
    "²⁰²⁴",
    "2024²",
    "₂₀₂₄",
    "໒໐໒໔",
    "٢٠٢٤",
    "२०२४",
    "２０２４",
    "⑳",
    "Ⅻ",
    "½",
    "1e5",
    "-1",
    "+2024",
    "0",
    "0000",
    "2024.0",
    " 2024 ",
    "2024 2025",
    "99999999999999999999999999",
    "-99999999999999999999",
    "NaN",
    "Infinity",
    "0x7e8",
    # SQL fragments
    "' OR 1=1--",
    '" OR ""="',
    "1; DROP TABLE wagtailcore_page;--",
    "1' UNION SELECT password FROM auth_user--",
    "' AND pg_sleep(1)--",
    "%",
    "_",
    "\\",
    "\\'",
    "$$",
    "E'\\x00'",
    "'; --",
    # HTML and template fragments
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "<!--",
    "]]><x>",
    "javascript:alert(1)",
    "{{ 7|add:7 }}",
    "{% debug %}",
    "${7*7}",
    "&lt;script&gt;",
    "&#60;b&#62;",
    # Emoji and other awkward text
    "😀",
    "👨‍👩‍👧‍👦",
    "🇻🇳🇱🇦",
    "😀" * 500,
    "a" + "\u0301" * 200,
    "Ω≈ç√∫",
    # Lao and Vietnamese
    "ໜາ",
    "ກົດໝາຍ",
    "ນ້ຳ",
    "ຂໍ້ທີ 1",
    "ສະບັບເລກທີ 01/ສພຊ",
    "Luật",
    "luật đất đai",
    unicodedata.normalize("NFD", "Nghị định"),
    "Nghị định 168/2024/NĐ-CP",
    "168/2024/NĐ-CP",
    "Điều 1",
    "ĐẤT ĐAI",
    # Path and URL tricks
    "../../etc/passwd",
    "..",
    "//127.0.0.1",
    "http://127.0.0.1/",
    "?year=2024",
    "&year=2024",
    "#",
    "/",
]

# Percent-encodings that are broken or decode to invalid UTF-8.
RAW = [
    "%",
    "%%",
    "%0",
    "%zz",
    "%ff",
    "%c3%28",
    "%e0%80%af",
    "%ed%a0%80",
    "%f8%88%80%80%80",
    "%00",
    "%2e%2e%2f",
    "%u0041",
    "%C2%B2",
    "+",
    "%2B",
    "%26",
    "%3D",
]


def _digits_of_other_scripts() -> list[str]:
    """ "2024" in every script whose digits Python's int() and str.isdigit() accept."""
    twos = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) == "Nd" and unicodedata.digit(char) == 0:
            zero = code
            twos[zero] = "".join(chr(zero + digit) for digit in (2, 0, 2, 4))
    return list(twos.values())


def corpus() -> list[tuple[str, str | None]]:
    single_digits = [*"⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", *"໐໑໒໓໔໕໖໗໘໙"]
    texts = TEXTS + single_digits + _digits_of_other_scripts()
    return [(quote(text, safe=""), text) for text in texts] + [(raw, None) for raw in RAW]
