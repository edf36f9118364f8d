"""Legal-document numbers ("168/2024/NĐ-CP", "4259/UBND-NC", "59/ສພຊ") as exact-match keys.

Citizens type numbers without Vietnamese letters, with other dashes or spaces; the key folds
those differences away so `168/2024/ND-CP` finds `168/2024/NĐ-CP`. The number is stored and
shown as written; only the key is normalised.
"""

import re
import unicodedata

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
_SLASHES = re.compile(r"[\u2044\u2215\uFF0F\\]")
_SPACES = re.compile(r"\s+")
# "Số 168/2024/NĐ-CP", "No. 168/...", "ເລກທີ 59/ສພຊ": a leading word for "number" is not part of it.
_NUMBER_WORD = re.compile(r"^(?:so|no\.?|number|ເລກທີ)\s*:?\s*(?=\w)", re.IGNORECASE)


def document_number_key(number: str) -> str:
    """The exact-match key for a document number; "" when nothing is left."""
    text = unicodedata.normalize("NFKC", number or "").strip()
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(
        char
        for char in unicodedata.normalize("NFD", text)
        if not (unicodedata.combining(char) and _is_latin_base(char))
    )
    text = unicodedata.normalize("NFC", text)
    text = _NUMBER_WORD.sub("", text.strip())
    text = _DASHES.sub("-", text)
    text = _SLASHES.sub("/", text)
    text = _SPACES.sub("", text)
    return text.upper()


def _is_latin_base(mark: str) -> bool:
    # Lao vowel and tone signs are combining marks too; only Latin diacritics are folded.
    return not ("\u0e80" <= mark <= "\u0eff")


def looks_like_document_number(query: str) -> bool:
    """Whether a search query is probably a document number: digits joined by / or -."""
    key = document_number_key(query)
    return bool(re.fullmatch(r"\d+[/-]\S+", key))
