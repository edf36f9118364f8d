"""Keeps the search index in step with the pages: what is live and public is findable.

Any page type with a `search_document(language)` method is indexed (see documents.py); nothing
else needs registering. Entries go when their page is unpublished, made private or deleted
(the foreign key cascades).
"""

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, get_page_models

from portal.text.document_numbers import document_number_key
from portal.text.normalise import IndexTerms, index_terms
from portal.text.ocr import lao_loose_key
from search.documents import SearchDocument
from search.models import SearchEntry


def searchable_page_models() -> list[type[Page]]:
    return [model for model in get_page_models() if hasattr(model, "search_document")]


def documents_for(page: Page) -> list[SearchDocument]:
    """The page's text in each language it has, or nothing when it must not be found."""
    page = page.specific
    if not hasattr(page, "search_document") or not page.live:
        return []
    if page.get_view_restrictions().exists():
        return []
    documents = (page.search_document(code) for code, _ in settings.LANGUAGES)
    return [document for document in documents if document is not None]


def entry_for(page: Page, document: SearchDocument) -> SearchEntry:
    """An unsaved index entry: the document as written, plus its search keys."""
    title = index_terms(_numbered_title(document.document_number, document.title))
    summary = index_terms(document.summary)
    body = index_terms(document.body, unique=True)
    return SearchEntry(
        page=page,
        language=document.language,
        section=document.section,
        document_type=document.document_type,
        status=document.status,
        year=document.year,
        # Pages created outside the publishing workflow (imports, fixtures) have no date yet.
        published_at=page.first_published_at or timezone.now(),
        title=document.title,
        summary=document.summary,
        body=document.body,
        document_number=document.document_number,
        number_key=document_number_key(document.document_number),
        title_key=title.folded,
        title_toned=title.toned,
        summary_key=summary.folded,
        body_key=body.folded,
        lao_key=" ".join(filter(None, (title.lao, summary.lao, body.lao))),
        phrase_key=_joined_pairs(title, summary),
        from_ocr=document.from_ocr,
        ocr_lao_key=lao_loose_key(document.body) if document.from_ocr else "",
    )


def phrase_key(document_number: str, title: str, summary: str) -> str:
    """The pairs of words side by side in the title or the summary (see SearchEntry)."""
    numbered = index_terms(_numbered_title(document_number, title))
    return _joined_pairs(numbered, index_terms(summary))


def _numbered_title(document_number: str, title: str) -> str:
    # The number is part of how a document is named: "Nghị định 168/2024" finds it by title.
    return f"{document_number} {title}"


def _joined_pairs(*texts: IndexTerms) -> str:
    return " ".join(dict.fromkeys(" ".join(text.pairs for text in texts).split()))


def update_pages(pages: Iterable[Page]) -> int:
    """Replaces the pages' entries with what they hold now; returns how many were written."""
    written = 0
    for page in pages:
        entries = [entry_for(page, document) for document in documents_for(page)]
        with transaction.atomic():
            SearchEntry.objects.filter(page_id=page.pk).delete()
            SearchEntry.objects.bulk_create(entries)
        written += len(entries)
    return written


def update_pages_by_id(page_ids: Iterable[int]) -> int:
    """As update_pages; ids of pages deleted meanwhile only lose their entries."""
    page_ids = list(page_ids)
    SearchEntry.objects.filter(page_id__in=page_ids).exclude(
        page_id__in=Page.objects.filter(pk__in=page_ids).values("pk")
    ).delete()
    return update_pages(Page.objects.filter(pk__in=page_ids).specific())


def rebuild(batch_size: int = 200) -> int:
    """Indexes every searchable page again, then drops the entries that were not rewritten.

    Pages are replaced one by one, so search keeps working while this runs.
    """
    last_old_entry = SearchEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    pages = Page.objects.live().exact_type(*searchable_page_models()).order_by("pk")
    written = 0
    for start in range(0, pages.count(), batch_size):
        written += update_pages(pages[start : start + batch_size].specific())
    if last_old_entry is not None:
        SearchEntry.objects.filter(pk__lte=last_old_entry).delete()
    return written
