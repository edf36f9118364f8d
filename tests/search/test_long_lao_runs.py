"""A Lao body written as one unspaced run costs a snippet a bounded amount of work."""

import pytest

from home.factories import StandardPageFactory
from portal.text import lao
from portal.text.normalise import query_terms
from search import indexing, snippets

pytestmark = pytest.mark.django_db

PHRASE = "ກົດໝາຍວ່າດ້ວຍທີ່ດິນໜາແໜ້ນ"
RUN_CHARS = 25_000


@pytest.fixture
def long_lao_pages(home_page):
    run = (PHRASE * (RUN_CHARS // len(PHRASE) + 1))[:RUN_CHARS]
    pages = [
        StandardPageFactory(
            parent=home_page,
            slug=f"dai-{number}",
            slug_lo=f"nyao-{number}",
            title_lo=f"ຍາວ {number}",
            body_lo=f"<p>{run}</p>",
            show_in_menus=False,
        )
        for number in range(10)
    ]
    indexing.update_pages(pages)
    return pages


@pytest.fixture
def characters_mapped(monkeypatch):
    """How many characters went through the slow, character-by-character key mapping."""
    seen = []
    real = lao.normalise_with_spans

    def counting(run: str):
        seen.append(len(run))
        return real(run)

    monkeypatch.setattr(lao, "normalise_with_spans", counting)
    return seen


def test_snippets_of_long_lao_runs_map_only_the_window_they_show(
    client, long_lao_pages, characters_mapped
):
    response = client.get("/lo/khon-ha/", {"q": "ໜາ"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<mark>ໜາ</mark>") >= 10  # each page's snippet still marks the word
    # Ten pages of 25,000 characters: before windows, all 250,000 were mapped.
    assert sum(characters_mapped) <= 10 * 2 * (snippets.LAO_WINDOW + 100)


def test_a_match_across_a_window_cut_is_found_once_and_whole():
    highlighter = snippets.Highlighter.for_terms(query_terms("ໜາ"))
    # Every position from before the second window starts to past the first one's end.
    for position in range(snippets.LAO_WINDOW - 3, snippets.LAO_WINDOW + 40):
        text = "ກ" * position + "ໜາ" + "ກ" * snippets.LAO_WINDOW
        assert highlighter.spans(text) == [(position, position + 2)], position
