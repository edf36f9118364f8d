"""Recall@5 on the relevance set (tests/search/relevance_corpus.py), on whichever database runs."""

import pytest

from search.engine import Filters, search
from tests.search.relevance_corpus import LAO_QUERIES, VIETNAMESE_QUERIES

REQUIRED_RECALL = 0.95


def misses(queries: list[tuple[str, str]], language: str) -> list[tuple[str, str, list]]:
    found_wrong = []
    for query, slug in queries:
        top = [(entry.page.slug, entry.language) for entry in search(query, Filters()).entries[:5]]
        if (slug, language) not in top:
            found_wrong.append((query, slug, top))
    return found_wrong


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "queries"), [("vi", VIETNAMESE_QUERIES), ("lo", LAO_QUERIES)], ids=["vi", "lo"]
)
def test_recall_at_5(corpus, language, queries):
    assert len(queries) >= 40
    missed = misses(queries, language)
    recall = 1 - len(missed) / len(queries)
    assert recall >= REQUIRED_RECALL, f"recall@5 {recall:.2f}; missed: {missed}"
