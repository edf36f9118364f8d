"""Lao text as search keys: spelling variants unified, runs without spaces cut into words.

Lao is written without spaces between words, with several spellings of the same word in use
(ຫຼ/ຫລ, ຣ/ລ, the place of a tone mark, Lao or Arabic digits). The key of a Lao run is:

1. NFKC, which splits ຳ into ໍ + າ and ໜ/ໝ into ຫນ/ຫມ (NFC does neither);
2. the variant rules below (ຫຼ/ຫລ, ຣ/ລ, ເເ/ແ, tone mark before or after an upper vowel,
   Lao digits, doubled marks);
3. cut into words by laonlp's dictionary segmenter, run over short windows with a time budget,
   because laonlp's lattice search grows exponentially on long repetitive runs ("ນານານາ...":
   50 characters take about a second, 60 take ten);
4. in the index, compound words also yield the dictionary words inside them ("ກະຊວງຍຸຕິທຳ" ->
   "ກະຊວງ", "ຍຸຕິທຳ") and neighbouring words the compound they form, so a query word finds
   the text whichever way the segmenter cut either.
"""

import re
import time
import unicodedata
from functools import cache, lru_cache

from laonlp.corpus import lao_stopwords, lao_words
from laonlp.tokenize import syllable_tokenize
from laonlp.tokenize.multi_cut import segment
from pythainlp.util import Trie

LAO_BLOCK = ("\u0e80", "\u0eff")
# laonlp segments a window of this size in about 10 ms even on the worst repetitive input we
# found ("ນານາ..."), where 36 characters take 20 ms and 60 take ten seconds; only two dictionary
# words are longer.
WINDOW = 30

_TONE_MARKS = "\u0ec8-\u0ecb"
_UPPER_AND_LOWER_VOWELS = "\u0eb1\u0eb4-\u0eb9\u0ebb\u0ecd"
_VARIANTS = re.compile(
    # An exact typing variant: "ເເ" (two e signs) for "ແ".
    "(?P<double_e>\u0ec0\u0ec0)"
    # A tone mark typed before the upper or lower vowel it sits with: vowel first.
    f"|(?P<tone>[{_TONE_MARKS}])(?P<vowel>[{_UPPER_AND_LOWER_VOWELS}])"
    # The same mark typed twice.
    f"|(?P<mark>[\u0eb1\u0eb4-\u0ebc{_TONE_MARKS}\u0ecc\u0ecd])(?P=mark)+"
)
# Zero-width characters Lao text carries as line-break hints, and the soft hyphen.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_DROP_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))
_SINGLE = str.maketrans(
    {
        "\u0ebc": "\u0ea5",  # subscript ລ: ຫຼ is also written ຫລ
        "\u0ea3": "\u0ea5",  # ຣ: spelled ລ since the 1975 reform, back in some words since
        **{chr(0x0ED0 + digit): str(digit) for digit in range(10)},  # Lao digits zero to nine
    }
)


def is_lao(char: str) -> bool:
    return LAO_BLOCK[0] <= char <= LAO_BLOCK[1]


def normalise(run: str) -> str:
    """The key spelling of a Lao run: NFKC and the variant rules, nothing else changed."""
    text = unicodedata.normalize("NFKC", run.translate(_DROP_INVISIBLE)).translate(_SINGLE)
    return _VARIANTS.sub(_variant, text)


def fix_marks(text: str) -> str:
    """Only the variant rules that are typing slips (ເເ, a tone mark before its vowel, a mark
    typed twice): the spelling as written otherwise, for text shown to readers."""
    return _VARIANTS.sub(_variant, text)


def normalise_with_spans(run: str) -> tuple[str, list[tuple[int, int]]]:
    """The key spelling (as `normalise`), and for each key character the span of the run it
    came from, so that a match found in the key can be highlighted in the text as written.
    Slower than `normalise`: character by character, unless the run is its own key."""
    if normalise(run) == run:
        return run, [(index, index + 1) for index in range(len(run))]
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(run):
        pieces = unicodedata.normalize("NFKC", char.translate(_DROP_INVISIBLE)).translate(_SINGLE)
        chars.extend(pieces)
        spans.extend([(index, index + 1)] * len(pieces))
    text = "".join(chars)
    key: list[str] = []
    key_spans: list[tuple[int, int]] = []
    position = 0
    for match in _VARIANTS.finditer(text):
        key.append(text[position : match.start()])
        key_spans.extend(spans[position : match.start()])
        replacement = _variant(match)
        whole = (spans[match.start()][0], spans[match.end() - 1][1])
        key.append(replacement)
        key_spans.extend([whole] * len(replacement))
        position = match.end()
    key.append(text[position:])
    key_spans.extend(spans[position:])
    return "".join(key), key_spans


def _variant(match: re.Match) -> str:
    if match["double_e"]:
        return "\u0ec1"
    if match["tone"]:
        return match["vowel"] + match["tone"]
    return match["mark"]


@cache
def _dictionary() -> Trie:
    # laonlp's words, spelled as keys so that variant spellings segment alike.
    return Trie({normalise(word) for word in lao_words() if word.strip()})


@cache
def stopwords() -> frozenset[str]:
    return frozenset(normalise(word) for word in lao_stopwords())


def segment_words(key: str, deadline: float) -> list[str]:
    """Words of a normalised Lao run, cut by laonlp; [] once `deadline` (monotonic) has passed.

    Windows of WINDOW characters keep each laonlp call small; the last word of a window may be
    cut short, so it is dropped and the next window starts where it started.
    """
    words: list[str] = []
    position = 0
    while position < len(key):
        if time.monotonic() > deadline:
            break
        window = key[position : position + WINDOW]
        found = [word for word in segment(window, custom_dict=_dictionary()) if word]
        if not found:
            break
        if position + len(window) < len(key) and len(found) > 1:
            found.pop()
        words.extend(found)
        position += sum(len(word) for word in found)
    return words


@lru_cache(maxsize=100_000)
def subwords(word: str) -> tuple[str, ...]:
    """Dictionary words inside a longer word, starting and ending on syllable boundaries.

    Cached: a language's words repeat far more than its sentences.
    """
    boundaries = _syllable_boundaries(word)
    if len(boundaries) < 3:
        return ()
    found = []
    for start in boundaries[:-1]:
        for candidate in _dictionary().prefixes(word[start:]):
            end = start + len(candidate)
            if candidate != word and end in boundaries:
                found.append(candidate)
    return tuple(found)


def with_compounds(words: list[str]) -> list[str]:
    """Each word, then the dictionary words inside it and the dictionary words it starts with
    its neighbours: ["ກະຊວງ", "ຍຸຕິທຳ"] also yields "ກະຊວງຍຸຕິທຳ", so whichever way the
    segmenter cut the page and the query, a word of one is a token of the other."""
    tokens = []
    for index, word in enumerate(words):
        tokens.append(word)
        tokens.extend(subwords(word))
        for length in (2, 3):
            joined = "".join(words[index : index + length])
            if index + length <= len(words) and joined in _dictionary():
                tokens.append(joined)
    return tokens


def _syllable_boundaries(word: str) -> list[int]:
    syllables = syllable_tokenize(word)
    if "".join(syllables) != word:
        return [0, len(word)]
    boundaries = [0]
    for syllable in syllables:
        boundaries.append(boundaries[-1] + len(syllable))
    return boundaries
