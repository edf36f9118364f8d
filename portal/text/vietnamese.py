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

import unicodedata

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
