import pytest

from home.factories import StandardPageFactory
from search import indexing
from search.documents import SearchDocument
from search.models import SearchEntry
from tests.search.relevance_corpus import TOPICS, Topic


def index_as_document(page, topic: Topic) -> None:
    """Index a topic as a legal document, news item or explainer, as their page types will:
    through indexing.entry_for, with the facets their search_document gives."""
    documents = [
        SearchDocument(
            language=language,
            title=getattr(topic, f"title_{language}"),
            body=getattr(topic, f"body_{language}"),
            **topic.document,
        )
        for language in ("vi", "lo")
    ]
    SearchEntry.objects.filter(page=page).delete()
    SearchEntry.objects.bulk_create([indexing.entry_for(page, document) for document in documents])


@pytest.fixture
def corpus(home_page) -> dict:
    """The relevance corpus as live pages, indexed; slug -> page."""
    pages = {}
    for topic in TOPICS:
        page = StandardPageFactory(
            parent=home_page,
            title=topic.title_vi,
            slug=topic.slug,
            body=f"<p>{topic.body_vi}</p>",
            title_lo=topic.title_lo,
            slug_lo=topic.slug,
            body_lo=f"<p>{topic.body_lo}</p>",
            show_in_menus=False,
        )
        if topic.document:
            index_as_document(page, topic)
        else:
            indexing.update_pages([page])
        pages[topic.slug] = page
    return pages
