"""Slugs that read: one rule per language, used by the editor's slug auto-fill and on save.

Wagtail's slugify keeps Vietnamese diacritics (percent-encoded in every shared link) and drops
Lao vowel signs and tone marks, which are combining characters, so a Lao title became misspelt
Lao in the URL. Instead:

* Vietnamese is folded to ASCII: accents and the stroke of đ dropped, lower case, words joined
  by hyphens ("Đoàn công tác của Bộ Tư pháp" -> "doan-cong-tac-cua-bo-tu-phap").
* Lao is romanised syllable by syllable (laonlp's syllable splitter), syllables joined by
  hyphens ("ຂ່າວສານ" -> "khao-san", "ຮຽນຮູ້ກົດໝາຍ" -> "hian-hu-kot-mai"). The transliteration
  follows the spelling Lao place names use in Latin script (Vientiane's "viang", Sekong's "se"),
  without tone marks, which have no Latin spelling:

  ===========  =====================================================================
  initials     ກ k, ຂ ຄ kh, ງ ng, ຈ ch, ສ ຊ s, ຍ ny, ດ d, ຕ t, ຖ ທ th, ນ n, ບ b, ປ p,
               ຜ ພ ph, ຝ ຟ f, ມ m, ຢ y, ຣ r, ລ l, ວ v, ຫ ຮ h, ອ (silent);
               ຫ before ງ ຍ ນ ມ ລ ວ (ໜ, ໝ, ຫຼ) is silent; subscript ຼ adds l
  finals       ກ k, ງ ng, ດ t, ນ n, ບ p, ມ m, ຍ i, ວ o (u after i)
  vowels       ະ າ ັ a, ິ ີ i, ຶ ື ue, ຸ ູ u, ົ ອ ໍ o, ຳ am, ຽ ia, ົວ and medial ວ ua,
               ເ e, ແ ae, ໂ o, ໃ ໄ ai, ເ-ົາ ao, ເ-ີ oe, ເ-ຍ ia, ເ-ືອ uea
  ===========  =====================================================================

* Either way: Lao digits become 0-9, other scripts are folded like Vietnamese, the slug is cut
  at a hyphen to at most MAX_LENGTH characters, and `unique_among` appends -2, -3... when a
  sibling page already uses it.
"""

import re
import unicodedata
from collections.abc import Collection

from laonlp.tokenize import syllable_tokenize

from portal.text.vietnamese import strip_accents

MAX_LENGTH = 80
LANGUAGES = ("vi", "lo")

_LAO_RUN = re.compile(r"[\u0e80-\u0eff]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_TONES_AND_CANCEL = re.compile(r"[\u0ec8-\u0ecc]")
_LEADING_VOWELS = "ເແໂໃໄ"
_SILENT_H_BEFORE = "ງຍນມລວຼ"
_INITIALS = {
    **dict.fromkeys("ກ", "k"),
    **dict.fromkeys("ຂຄ", "kh"),
    "ງ": "ng",
    "ຈ": "ch",
    **dict.fromkeys("ສຊ", "s"),
    "ຍ": "ny",
    "ດ": "d",
    "ຕ": "t",
    **dict.fromkeys("ຖທ", "th"),
    "ນ": "n",
    "ບ": "b",
    "ປ": "p",
    **dict.fromkeys("ຜພ", "ph"),
    **dict.fromkeys("ຝຟ", "f"),
    "ມ": "m",
    "ຢ": "y",
    "ຣ": "r",
    "ລ": "l",
    "ວ": "v",
    **dict.fromkeys("ຫຮ", "h"),
    "ອ": "",
}
_FINALS = {"ກ": "k", "ງ": "ng", "ດ": "t", "ນ": "n", "ບ": "p", "ມ": "m", "ຍ": "i", "ວ": "o"}
# Vowel spellings after the initial consonant, longest first; the leading vowel sign (written
# before the consonant) is part of the key.
_VOWELS = [
    ("ເ", "ືອ", "uea"),
    ("ເ", "ຶອ", "uea"),
    ("ເ", "ົາ", "ao"),
    ("ເ", "ັ", "e"),
    ("ເ", "ະ", "e"),
    ("ເ", "ີ", "oe"),
    ("ເ", "ິ", "oe"),
    ("ເ", "ຍ", "ia"),
    ("ເ", "", "e"),
    ("ແ", "ັ", "ae"),
    ("ແ", "ະ", "ae"),
    ("ແ", "", "ae"),
    ("ໂ", "ະ", "o"),
    ("ໂ", "", "o"),
    ("ໃ", "", "ai"),
    ("ໄ", "", "ai"),
    ("", "ໍາ", "am"),
    ("", "ົວ", "ua"),
    ("", "ັວ", "ua"),
    ("", "ວ", "ua"),
    ("", "ໍ", "o"),
    ("", "ັ", "a"),
    ("", "ະ", "a"),
    ("", "າ", "a"),
    ("", "ິ", "i"),
    ("", "ີ", "i"),
    ("", "ຶ", "ue"),
    ("", "ື", "ue"),
    ("", "ຸ", "u"),
    ("", "ູ", "u"),
    ("", "ົ", "o"),
    ("", "ຽ", "ia"),
    ("", "ອ", "o"),
]


def slug_for(language: str, text: str, max_length: int = MAX_LENGTH) -> str:
    """The slug of a title (or of a slug an editor typed) in `language`."""
    pieces = []
    position = 0
    for run in _LAO_RUN.finditer(text):
        pieces.append(_ascii_words(text[position : run.start()]))
        pieces.extend(romanise_syllable(syllable) for syllable in _syllables(run.group()))
        position = run.end()
    pieces.append(_ascii_words(text[position:]))
    slug = _NOT_SLUG.sub("-", "-".join(pieces)).strip("-")
    return _cap(slug, max_length)


def unique_among(slug: str, taken: Collection[str], max_length: int = MAX_LENGTH) -> str:
    """`slug`, or `slug-2`, `slug-3`... (still within max_length) if a sibling has it."""
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = _cap(slug, max_length - len(suffix)) + suffix
    return candidate


def romanise_syllable(syllable: str) -> str:
    """One Lao syllable in Latin letters, by the table in this module's docstring."""
    chars = _TONES_AND_CANCEL.sub("", unicodedata.normalize("NFKC", syllable))
    chars = "".join(
        str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in chars
    )
    if not chars or not _LAO_RUN.fullmatch(chars):
        return _ascii_words(chars)
    lead = ""
    if chars[0] in _LEADING_VOWELS:
        lead, chars = chars[0], chars[1:]
    if len(chars) > 1 and chars[0] == "ຫ" and chars[1] in _SILENT_H_BEFORE:
        chars = chars[1:]
    if not chars or chars[0] not in _INITIALS:
        return _VOWEL_ALONE.get(lead, "")
    initial, rest = _INITIALS[chars[0]], chars[1:]
    if rest.startswith("ຼ"):
        initial, rest = initial + "l", rest[1:]
    if rest.startswith("ວ") and len(rest) > 1 and (lead or rest[1] in "າິີຶືຸູັະຽ"):
        initial, rest = initial + "u", rest[1:]  # ຄວາມ "khuam", ແຂວງ "khuaeng"
    vowel, rest = _vowel(lead, rest)
    return initial + vowel + _finals(vowel, rest)


def _syllables(run: str) -> list[str]:
    """laonlp's syllables, plus the letters it leaves out (abbreviations like ສປຊ)."""
    syllables, position = [], 0
    for syllable in syllable_tokenize(run):
        found = run.find(syllable, position)
        if found < 0:
            continue
        syllables.extend(run[position:found])
        syllables.append(syllable)
        position = found + len(syllable)
    syllables.extend(run[position:])
    return syllables


_VOWEL_ALONE = {"ເ": "e", "ແ": "ae", "ໂ": "o", "ໃ": "ai", "ໄ": "ai"}


def _vowel(lead: str, rest: str) -> tuple[str, str]:
    for vowel_lead, spelling, latin in _VOWELS:
        if vowel_lead == lead and rest.startswith(spelling) and (spelling or lead):
            # Medial ວ is a vowel only between consonants (ຮ່ວມ), not as a final (ຂ່າວ).
            if spelling == "ວ" and len(rest) == 1:
                continue
            return latin, rest[len(spelling) :]
    return ("o" if rest and not lead else _VOWEL_ALONE.get(lead, "")), rest


def _finals(vowel: str, rest: str) -> str:
    latin = []
    for char in rest:
        if char == "ວ" and vowel.endswith("i"):
            latin.append("u")
        else:
            latin.append(_FINALS.get(char, _INITIALS.get(char, "")))
    return "".join(latin)


def _ascii_words(text: str) -> str:
    folded = strip_accents(text).casefold()
    ascii_only = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_only).strip("-")


def _cap(slug: str, max_length: int) -> str:
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1].rsplit("-", 1)[0]
    return cut if cut else slug[:max_length]
