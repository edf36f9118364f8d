"""What OCR gives back, tidied with the portal's text rules, and a key that forgives its slips.

Tesseract writes Lao ຳ as ໍ + າ, sometimes doubles a mark or puts a tone mark before its
vowel, and drops or confuses a few marks and letters on a worn scan: ທີ່ read as ທີ, ໝ as ຫ,
ປ as ບ, ົ as ຶ. `tidy` fixes what is certain (the display form); `lao_loose_key` folds what is
uncertain, for search only: the same key for a correctly typed word and its likely misreading.
"""

import re
import unicodedata

from portal.text.lao import INVISIBLE, fix_marks, is_lao
from portal.text.lao import normalise as lao_key

_DROP_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))
_SPACES = re.compile(r"[ \t\u00a0]+")
_LAO_RECOMPOSE = (
    ("\u0ecd\u0eb2", "\u0eb3"),  # ໍ + າ: ຳ
    ("\u0eab\u0e99", "\u0edc"),  # ຫ + ນ: ໜ
    ("\u0eab\u0ea1", "\u0edd"),  # ຫ + ມ: ໝ
)
# A space Tesseract puts between two Lao characters of one word (Lao writes no word spaces,
# only phrase spaces; a space before a mark or after a leading vowel is never written).
_LAO_SPLIT_MARK = re.compile("(?<=[\u0e81-\u0ec4]) +(?=[\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd])")
_LAO_SPLIT_VOWEL = re.compile("(?<=[\u0ec0-\u0ec4]) +")
_TONE_MARKS = "\u0ec8\u0ec9\u0eca\u0ecb"
# Letters and vowels a scan turns into one another (each pair folds to its second letter).
_CONFUSABLE = str.maketrans(
    {
        "\u0ebb": "\u0eb6",  # ົ / ຶ
        "\u0e9b": "\u0e9a",  # ປ / ບ
        "\u0e9d": "\u0e9f",  # ຝ / ຟ
        "\u0e9c": "\u0e9e",  # ຜ / ພ
        "\u0ec1": "\u0ec0",  # ແ / ເ (a worn ແ loses its second loop)
        "\u0eb5": "\u0eb4",  # ີ / ິ
        "\u0eb7": "\u0eb6",  # ື / ຶ
        "\u0ecd": "",  # ໍ of ຳ, ໍ read as ້
        **dict.fromkeys(_TONE_MARKS + "\u0ecc", ""),
    }
)


def tidy(text: str, language: str) -> str:
    """OCR output in the display form: NFC, no invisible characters, no runs of spaces or
    blank lines, Lao marks in their key order and ຳ, ໜ, ໝ as single letters."""
    text = unicodedata.normalize("NFC", text.translate(_DROP_INVISIBLE))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    text = "\n".join(line for line in lines if line)
    if language == "lo":
        text = _tidy_lao(text)
    return text


def _tidy_lao(text: str) -> str:
    text = _LAO_SPLIT_VOWEL.sub("", _LAO_SPLIT_MARK.sub("", text))
    text = fix_marks(text)
    for decomposed, letter in _LAO_RECOMPOSE:
        text = text.replace(decomposed, letter)
    return text


def lao_loose_key(text: str) -> str:
    """The Lao letters of a text, nothing else (no spaces, digits or Latin), without tone marks
    or the distinctions a scan blurs: as a substring, it finds a word OCR slightly misread."""
    lao = "".join(char for char in lao_key(text) if is_lao(char))
    # NFKC spelled ໝ and ໜ as ຫມ and ຫນ; a scan often loses their second half.
    return (
        lao.replace("\u0eab\u0ea1", "\u0eab")
        .replace("\u0eab\u0e99", "\u0eab")
        .translate(_CONFUSABLE)
    )


def character_error_rate(expected: str, found: str) -> float:
    """Edit distance over the expected length, both sides in NFKC without whitespace."""
    reference = "".join(unicodedata.normalize("NFKC", expected).split())
    hypothesis = "".join(unicodedata.normalize("NFKC", found).split())
    if not reference:
        return float(bool(hypothesis))
    previous = list(range(len(hypothesis) + 1))
    for i, expected_char in enumerate(reference, start=1):
        current = [i]
        for j, found_char in enumerate(hypothesis, start=1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (expected_char != found_char),
                )
            )
        previous = current
    return previous[-1] / len(reference)
