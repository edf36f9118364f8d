"""Vietnamese (and other Latin-script) words as search keys.

Two keys per word:

- the *folded* key drops case, every accent and the stroke of đ ("Luật" -> "luat"), so a citizen
  typing without accents finds the law; the old and new tone placements ("hòa"/"hoà",
  "thủy"/"thuỷ") fold to the same key because the marks are gone;
- the *toned* key keeps the accents but not their placement: vowel-quality marks are spelled as
  in Telex ("â" -> "aa", "ư" -> "uw", "đ" -> "dd") and the tone is one letter at the end of the
  word ("hòa" and "hoà" -> "hoaf", "Luật" -> "luaatj"). Results whose accents match the query
  exactly rank above those that only match once folded ("bản án" above "bạn ăn").

Keys are ASCII, so every full-text engine splits and lower-cases them the same way.
"""

import re
import unicodedata
from functools import cache

# Telex tone letters, keyed by the combining mark NFD leaves after the base letter.
_TONES = {
    "\u0301": "s",  # sắc
    "\u0300": "f",  # huyền
    "\u0309": "r",  # hỏi
    "\u0303": "x",  # ngã
    "\u0323": "j",  # nặng
}
# Telex spellings of the vowel-quality marks: â ê ô (circumflex), ă (breve), ơ ư (horn).
_QUALITIES = {"\u0302": None, "\u0306": "w", "\u031b": "w"}


def strip_accents(text: str) -> str:
    """The text as typed without accents, case and punctuation kept (for "did you mean")."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(char for char in text if not _is_latin_mark(char)))


def fold(word: str) -> str:
    """The accent-free, lower-case key of a Latin-script word: "Đất" -> "dat"."""
    return strip_accents(word).casefold()


def toned(word: str) -> str:
    """The accent-keeping key of a word, independent of where the tone mark sits.

    "hòa" and "hoà" -> "hoaf"; "thủy" and "thuỷ" -> "thuyr"; "Đất" -> "ddaats".
    """
    letters: list[str] = []
    tone = ""
    for char in unicodedata.normalize("NFD", word.casefold()):
        if char in _TONES:
            tone = _TONES[char]
        elif char in _QUALITIES and letters:
            # Circumflex doubles the vowel (â -> aa); breve and horn add "w" (ă -> aw).
            letters.append(_QUALITIES[char] or letters[-1])
        elif char == "đ":
            letters.append("dd")
        elif not _is_latin_mark(char):
            letters.append(char)
    return "".join(letters) + tone


def _is_latin_mark(char: str) -> bool:
    # Only marks on Latin letters go: Lao vowel and tone signs are combining marks too.
    return bool(unicodedata.combining(char)) and not ("\u0e80" <= char <= "\u0eff")


def accent_insensitive_pattern(key: str) -> str:
    """A regular expression finding a folded key in text as written: "luat" finds "Luật".

    Each ASCII letter stands for every precomposed Latin letter that folds to it; use with
    re.IGNORECASE. The pattern does not match inside a longer word or number.
    """
    body = "".join(_letter_class(char) for char in key)
    edge = r"\d" if key.isdigit() else r"[^\W\d_]"
    return f"(?<!{edge}){body}(?!{edge})"


def _letter_class(char: str) -> str:
    variants = _letters_folding_to().get(char)
    return f"[{''.join(sorted(variants))}]" if variants else re.escape(char)


@cache
def _letters_folding_to() -> dict[str, set[str]]:
    # Latin-1, Latin Extended-A/B and Latin Extended Additional hold every Vietnamese letter.
    ranges = [range(0x41, 0x7B), range(0xC0, 0x250), range(0x1E00, 0x1F00)]
    variants: dict[str, set[str]] = {}
    for code in (code for codes in ranges for code in codes):
        letter = chr(code)
        folded = fold(letter)
        if len(folded) == 1 and folded.isascii() and folded.isalpha():
            variants.setdefault(folded, set()).add(letter.lower())
    return variants
