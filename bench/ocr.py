"""OCR of scans made from the demo's own Lao and Vietnamese legal text: CER, speed, recall.

    .venv/bin/python bench/ocr.py

Renders the demo texts (gazette/demo_texts.py) with gazette.pdf_writer at 300 DPI (Phetsarath
OT for Lao when fonts-lao is installed), rotated 0.6°, blurred and speckled (SLIGHTLY_WORN),
runs the pipeline's recognition (gazette.ocr, the portal's tidying rules) page by page and
prints the character error rate per language (NFKC, whitespace ignored), seconds per page,
and recall@5 of searches for words of those texts: each query is a word of a document, and is
found when the document is among the first five the OCR'd texts answer it with (a word match
on the index keys, or, for Lao, the tone-free key of portal/text/ocr.py). Goals (issue 15):
CER <= 3% Lao, <= 1.5% Vietnamese, recall@5 >= 0.9.
"""

import os
import random
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
django.setup()

from gazette import demo_texts, ocr  # noqa: E402
from gazette.legal_text import build_legal_text  # noqa: E402
from gazette.pdf_writer import SLIGHTLY_WORN, scanned_pdf  # noqa: E402
from portal.text.normalise import index_terms, query_terms  # noqa: E402
from portal.text.ocr import character_error_rate, lao_loose_key  # noqa: E402

TEXTS = {
    "lo": [demo_texts.LAND_LAW_LO, demo_texts.MEDIATION_LAW_LO],
    "vi": [demo_texts.LAND_LAW_VI, demo_texts.AMENDING_DECREE_VI],
}
QUERIES_PER_DOCUMENT = 20


def recognise(language: str, lines: list[str]) -> tuple[str, int, float]:
    data = scanned_pdf(lines, SLIGHTLY_WORN)
    started = time.perf_counter()
    pages = list(ocr.recognise_pages(data, language, 1, ocr.page_count(data)))
    return "\n".join(page.text for page in pages), len(pages), time.perf_counter() - started


def found(query: str, texts: list[str]) -> list[int]:
    """Documents matching the query, as search would rank equal matches: in order."""
    terms = query_terms(query)
    loose = [lao_loose_key(run) for run in terms.lao_runs]
    hits = []
    for index, text in enumerate(texts):
        words = set(index_terms(text, unique=True).folded.split())
        if all(key in words for key in terms.keys) or (
            loose and all(key in lao_loose_key(text) for key in loose)
        ):
            hits.append(index)
    return hits


def main() -> None:
    random.seed(15)
    for language, streams in TEXTS.items():
        expected = [build_legal_text(stream, language).plain_text() for stream in streams]
        results = [recognise(language, text.splitlines()) for text in expected]
        recognised = [text for text, _pages, _seconds in results]
        pages = sum(count for _text, count, _seconds in results)
        seconds = sum(spent for _text, _count, spent in results)
        errors = sum(
            character_error_rate(want, got) * len("".join(want.split()))
            for want, got in zip(expected, recognised, strict=True)
        ) / sum(len("".join(want.split())) for want in expected)
        queries, hits = 0, 0
        for index, text in enumerate(expected):
            words = [
                word for word in index_terms(text).words if len(word) >= 3 and not word.isdigit()
            ]
            for word in random.sample(words, min(QUERIES_PER_DOCUMENT, len(words))):
                queries += 1
                hits += index in found(word, recognised)[:5]
        print(
            f"{language}: CER {errors:.2%}  {seconds / pages:.2f} s/page ({pages} pages)  "
            f"recall@5 {hits / queries:.2f} ({queries} queries)"
        )


if __name__ == "__main__":
    main()
