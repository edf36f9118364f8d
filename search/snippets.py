"""Highlighted titles and snippets: the query's words marked in the text as written.

Matches are found on keys and mapped back to the original characters: Latin words through an
accent-insensitive regular expression ("luat" marks "Luật"), Lao words by normalising each Lao
run with the span of every key character. Every piece of text is escaped; the only markup is
the <mark> this module adds.
"""

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.text import lao, vietnamese
from portal.text.normalise import QueryTerms

if TYPE_CHECKING:
    from search.engine import Results

SNIPPET_CHARS = 240
# A match further into a long law is not looked for: the snippet then shows the beginning.
SCAN_CHARS = 50_000
_BOUNDARY_SEARCH = 20  # how far a snippet's end may move to end at a space
# Lao runs are examined this many characters at a time: a law's body can be one unspaced run
# of 25,000 characters, and mapping keys back to text costs a step per character, so a
# snippet stops after the window holding its first match (ten such pages once took 3.5 s).
LAO_WINDOW = 2_000
_LAO_RUN = re.compile(f"[{lao.LAO_BLOCK[0]}-{lao.LAO_BLOCK[1]}{''.join(lao.INVISIBLE)}]+")


@dataclass(frozen=True)
class Highlighter:
    latin: re.Pattern | None
    lao_keys: tuple[str, ...]

    @classmethod
    def for_results(cls, results: "Results") -> "Highlighter":
        """Marks what the results matched: Lao found only as substrings marks the substrings,
        not the words (often single letters, "ອນຕູ" gives ອ, ນ, ຕູ) that matched nothing."""
        return cls.for_terms(results.terms, lao_words=not results.matched_substrings)

    @classmethod
    def for_terms(cls, terms: QueryTerms, *, lao_words: bool = True) -> "Highlighter":
        words = terms.keys if lao_words else ()
        lao_keys = tuple(key for key in (*words, *terms.lao_runs) if lao.is_lao(key[0]))
        other = [key for key in terms.keys if not lao.is_lao(key[0])]
        # Longer keys first, so that "2024" is not marked as "20" followed by "24".
        patterns = [
            vietnamese.accent_insensitive_pattern(key) for key in sorted(other, key=len)[::-1]
        ]
        latin = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
        return cls(latin, lao_keys)

    def spans(self, text: str, *, reach: int | None = None) -> list[tuple[int, int]]:
        """Where the query's words are in `text` (its first SCAN_CHARS), in order, merged.

        With `reach`, Lao text further than `reach` characters past the first match is not
        looked at: a snippet shows no more, and mapping Lao keys back to text is the slow part.
        """
        text = text[:SCAN_CHARS]
        found = [match.span() for match in self.latin.finditer(text)] if self.latin else []
        limit = found[0][0] + reach if found and reach is not None else len(text)
        for start, window in self._lao_windows(text):
            if start > limit:
                break
            lao_found = self._lao_spans(window, start)
            if lao_found and reach is not None:
                limit = min(limit, lao_found[0][0] + reach)
            found.extend(lao_found)
        return _merged(sorted(found))

    def _lao_windows(self, text: str) -> Iterator[tuple[int, str]]:
        """Each Lao run of `text` in windows of LAO_WINDOW characters, with its start.

        A window overlaps the next by more than the longest key, so a match across a cut is
        still found whole (found twice, it merges), and starts on a letter, never on a vowel
        or tone mark that belongs to the letter before it.
        """
        if not self.lao_keys:
            return
        overlap = 4 * max(len(key) for key in self.lao_keys) + 16
        for run in _LAO_RUN.finditer(text):
            offset = run.start()
            while True:
                end = min(run.end(), offset + LAO_WINDOW + overlap)
                yield offset, text[offset:end]
                if end == run.end():
                    break
                offset += LAO_WINDOW
                while offset < end and _is_mark(text[offset]):
                    offset += 1

    def _lao_spans(self, run: str, start: int) -> list[tuple[int, int]]:
        run_key = lao.normalise(run)
        keys = [key for key in self.lao_keys if key in run_key]
        if not keys:
            return []
        key_text, key_spans = lao.normalise_with_spans(run)
        found = []
        for key in keys:
            for match in re.finditer(re.escape(key), key_text):
                first, last = key_spans[match.start()], key_spans[match.end() - 1]
                found.append((start + first[0], start + _cluster_end(run, last[1])))
        return found


def highlight(text: str, highlighter: Highlighter) -> SafeString:
    """The whole text, escaped, with the query's words marked."""
    return _marked(text, 0, len(text), highlighter.spans(text))


def snippet(text: str, highlighter: Highlighter) -> SafeString:
    """About SNIPPET_CHARS of text around the first match (or from the start), marked."""
    spans = highlighter.spans(text, reach=SNIPPET_CHARS + _BOUNDARY_SEARCH)
    if not spans:
        end = _boundary(text, min(len(text), SNIPPET_CHARS))
        return _marked(text, 0, end, [])
    start = _boundary(text, max(0, spans[0][0] - SNIPPET_CHARS // 3), backwards=True)
    end = _boundary(text, min(len(text), start + SNIPPET_CHARS))
    end = max(end, spans[0][1])
    return _marked(text, start, end, [span for span in spans if span[1] <= end])


def _marked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> SafeString:
    pieces = ["…" if start > 0 else ""]
    position = start
    for span_start, span_end in spans:
        if span_start < start:
            continue
        pieces.append(escape(text[position:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    pieces.append(escape(text[position:end]))
    pieces.append("…" if end < len(text) else "")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text above is escaped


def _boundary(text: str, index: int, *, backwards: bool = False) -> int:
    """A cut near `index` at a space if one is close, never inside a Lao or accented letter."""
    window = (
        text[max(0, index - _BOUNDARY_SEARCH) : index]
        if backwards
        else text[index : index + _BOUNDARY_SEARCH]
    )
    space = window.rfind(" ") if backwards else window.find(" ")
    if space != -1:
        return index - len(window) + space + 1 if backwards else index + space
    while 0 < index < len(text) and _is_mark(text[index]):
        index += -1 if backwards else 1
    return index


def _cluster_end(text: str, index: int) -> int:
    while index < len(text) and _is_mark(text[index]):
        index += 1
    return index


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
