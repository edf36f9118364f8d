"""The one place text becomes search keys, used alike when indexing and when querying.

Text is split into runs by script, not by the page's language: Vietnamese pages quote Lao
names and Lao pages quote Vietnamese ones. Latin runs are folded as Vietnamese (see
vietnamese.py), Lao runs are normalised and segmented (see lao.py), other scripts are only
NFKC-normalised and lower-cased.

A key is a string of tokens separated by single spaces. Tokens hold only letters, marks and
digits, never start with a mark, never mix letters and digits and are at most MAX_TOKEN
characters long, so PostgreSQL's parser and SQLite FTS5's unicode61 tokenizer cut them exactly
where Python did, and both databases return the same results.

Words side by side are also kept as pair tokens, two words joined by PAIR_JOINER: "luat0dat"
for "luật đất". A phrase is then found as "all its pairs present", which an inverted index
answers alone, where positions would make PostgreSQL re-read every candidate row. Both
parsers keep a pair whole (letters, a digit, letters is one PostgreSQL "numword").
"""

import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby, pairwise

from portal.text import lao, vietnamese
from portal.text.document_numbers import document_number_key, looks_like_document_number

MAX_TOKEN = 60
PAIR_JOINER = "0"
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
# Long laws are indexed whole; this bounds a hostile or broken upload.
MAX_INDEX_CHARS = 400_000
INDEX_SEGMENTING_SECONDS = 5.0
QUERY_SEGMENTING_SECONDS = 0.3

# Function words dropped from a query that has other words: "luật về đất đai" finds
# "Luật Đất đai". Typed without accents, the folded form is enough to drop them.
_VIETNAMESE_STOPWORDS = [
    *("và", "của", "các", "những", "là", "về", "cho", "với", "trong", "theo"),
    *("một", "thì", "mà", "để", "được", "này", "ở", "khi", "như", "tại"),
]
_STOP_FOLDED = frozenset(vietnamese.fold(word) for word in _VIETNAMESE_STOPWORDS)
_STOP_TONED = frozenset(vietnamese.toned(word) for word in _VIETNAMESE_STOPWORDS)


@dataclass(frozen=True)
class IndexTerms:
    """The keys of one piece of text (a title, a summary or a body)."""

    folded: str  # tokens, accents folded; Lao words followed by the words inside them
    toned: str  # the same tokens with Vietnamese accents kept (see vietnamese.toned)
    lao: str  # the Lao text as one key without spaces, for substring matching
    words: tuple[str, ...]  # folded, as written: without the compounds Lao words add

    @property
    def pairs(self) -> str:
        """Each two words side by side as one token, once (see pair_tokens)."""
        return " ".join(dict.fromkeys(pair_tokens(self.words)))


@dataclass(frozen=True)
class Term:
    """One word of a query, as the index spells it."""

    key: str  # folded
    toned: str  # accents kept (the same as `key` for Lao and other scripts)


@dataclass(frozen=True)
class QueryTerms:
    terms: tuple[Term, ...] = ()
    number_key: str = ""  # the exact document-number key, when the query looks like one
    lao_runs: tuple[str, ...] = ()  # Lao parts of the query as keys without spaces

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.number_key

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(term.key for term in self.terms)

    @property
    def pairs(self) -> tuple[str, ...]:
        """The query's words side by side, as the index's pair tokens."""
        return tuple(pair_tokens(self.keys))


def pair_tokens(words: Sequence[str]) -> Iterator[str]:
    """Tokens for words side by side: luat, dat, dai give luat0dat and dat0dai."""
    return (f"{first}{PAIR_JOINER}{second}" for first, second in pairwise(words))


def index_terms(text: str, *, unique: bool = False) -> IndexTerms:
    """Keys of a text for the index. `unique` keeps each token once (bodies need no positions)."""
    deadline = time.monotonic() + INDEX_SEGMENTING_SECONDS
    tokens: list[tuple[str, str]] = []  # (folded, toned)
    words: list[str] = []  # folded, without the compounds
    lao_parts = []
    for script, run in _runs(_visible(text[:MAX_INDEX_CHARS])):
        if script == "lao":
            key = lao.normalise(run)
            lao_parts.append(key)
            lao_words = list(_lao_words(key, deadline))
            words.extend(lao_words)
            tokens.extend((token, token) for token in lao.with_compounds(lao_words))
        else:
            run_tokens = [
                (_fold(script, word), _toned(script, word))
                for word in _split_letters_and_digits(run)
            ]
            words.extend(folded for folded, _ in run_tokens)
            tokens.extend(run_tokens)
    tokens = [(_token(f), _token(t)) for f, t in tokens if _token(f)]
    if unique:
        tokens = list(dict.fromkeys(tokens))
    return IndexTerms(
        folded=" ".join(f for f, _ in tokens),
        toned=" ".join(t or f for f, t in tokens),
        lao=" ".join(lao_parts),
        words=tuple(filter(None, map(_token, words))),
    )


def query_terms(query: str) -> QueryTerms:
    """What a typed query asks for, in the keys `index_terms` produces."""
    query = _visible(query)[:MAX_QUERY_CHARS]
    deadline = time.monotonic() + QUERY_SEGMENTING_SECONDS
    terms: list[tuple[Term, bool]] = []  # (term, is a stopword)
    lao_runs: list[str] = []
    for script, run in _runs(query):
        if script == "lao":
            key = lao.normalise(run)
            lao_runs.append(key)
            for word in filter(None, map(_token, _lao_words(key, deadline))):
                terms.append((Term(word, word), word in lao.stopwords()))
        else:
            for word in _split_letters_and_digits(run):
                folded, toned = _token(_fold(script, word)), _token(_toned(script, word))
                if folded:
                    is_stop = folded in _STOP_FOLDED and toned in (folded, *_STOP_TONED)
                    terms.append((Term(folded, toned or folded), is_stop))
    if not all(is_stop for _, is_stop in terms):
        terms = [(term, False) for term, is_stop in terms if not is_stop]
    unique_terms = tuple(dict.fromkeys(term for term, _ in terms))[:MAX_QUERY_TERMS]
    number = _document_number(query)
    return QueryTerms(
        terms=unique_terms,
        number_key=number,
        lao_runs=tuple(dict.fromkeys(run for run in lao_runs if run)),
    )


def _document_number(query: str) -> str:
    """The key of the document number the query is, or holds ("nghị định 168/2024/NĐ-CP")."""
    for candidate in (query, *query.split()):
        if looks_like_document_number(candidate):
            return document_number_key(candidate)
    return ""


def _lao_words(key: str, deadline: float) -> Iterator[str]:
    # Lao digits became ASCII digits in the key: they are tokens of their own.
    for is_digit, chars in groupby(key, key=str.isdigit):
        part = "".join(chars)
        yield from ([part] if is_digit else lao.segment_words(part, deadline))


# Words repeat far more than sentences: the caches make indexing several times faster.
@lru_cache(maxsize=200_000)
def _fold(script: str, word: str) -> str:
    return vietnamese.fold(word) if script == "latin" else word.casefold()


@lru_cache(maxsize=200_000)
def _toned(script: str, word: str) -> str:
    return vietnamese.toned(word) if script == "latin" else word.casefold()


def _visible(text: str) -> str:
    return "".join(char for char in text if char not in lao.INVISIBLE)


def _runs(text: str) -> Iterator[tuple[str, str]]:
    """(script, run) pairs: "lao", "latin" (with digits) or "other"; separators dropped."""
    script, run = None, []
    for char in text:
        char_script = _script_of(char)
        if char_script == "mark":
            # A combining mark belongs to the letter before it (decomposed Vietnamese).
            char_script = script
        if char_script != script:
            yield from _finished_run(script, run)
            script, run = char_script, []
        if char_script:
            run.append(char)
    yield from _finished_run(script, run)


def _finished_run(script: str | None, chars: list[str]) -> Iterator[tuple[str, str]]:
    if script and chars:
        run = "".join(chars)
        # Lao is normalised by lao.normalise, which keeps offsets for highlighting.
        yield script, run if script == "lao" else unicodedata.normalize("NFKC", run)


@lru_cache(maxsize=8192)
def _script_of(char: str) -> str | None:
    if lao.is_lao(char):
        # ຯ (ellipsis) and ໆ (repeat the word) are punctuation, not parts of words.
        return None if char in "\u0eaf\u0ec6" else "lao"
    category = unicodedata.category(char)
    if category[0] == "M":
        return "mark"
    if category[0] == "N" or (category[0] == "L" and _is_latin_letter(char)):
        return "latin"
    return "other" if category[0] == "L" else None


def _is_latin_letter(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def _split_letters_and_digits(run: str) -> Iterator[str]:
    for _, chars in groupby(run, key=str.isdigit):
        yield "".join(chars)


@lru_cache(maxsize=200_000)
def _token(word: str) -> str:
    """A word as a token: no leading combining mark (PostgreSQL's parser drops some)."""
    start = 0
    while start < len(word) and unicodedata.category(word[start])[0] == "M":
        start += 1
    token = word[start:]
    return token if len(token) <= MAX_TOKEN else ""
