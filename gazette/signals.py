"""Keeps documents' listing flag and repeal dates current when pages or relations change.

Wagtail's scheduled expiry unpublishes a plain Page, without calling the specific model's
save(): the page signals catch that path too.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from modeltranslation.utils import build_localized_fieldname
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from gazette import tasks
from gazette.models import (
    DocumentRelation,
    GazetteIssueEntry,
    GazetteIssuePage,
    LegalDocumentPage,
)
from gazette.models.documents import (
    LANGUAGE_CODES,
    refresh_documents_acted_on,
    refresh_repeal_dates,
)
from gazette.models.pdfs import reading_wanted
from search.signals import queue_update

# The PDF columns: the untranslated one and one per language. modeltranslation copies a
# foreign key once per language, the copies share the original's relation object, and its
# query rewriting turns the deletion collector's `signed_pdf=None` into the current
# language's column: the other columns kept pointing at a deleted PDF, an IntegrityError for
# every role. The receiver below does what on_delete=SET_NULL promises, column by column.
TRANSLATED_PDF_FIELDS: dict[type[Page], str] = {
    LegalDocumentPage: "signed_pdf",
    GazetteIssuePage: "pdf",
}


@receiver(post_save, sender=DocumentRelation)
@receiver(post_delete, sender=DocumentRelation)
def relation_changed(sender, instance: DocumentRelation, **kwargs) -> None:
    refresh_repeal_dates([instance.target_id])


@receiver(page_published)
@receiver(page_unpublished)
def page_live_changed(sender, instance, **kwargs) -> None:
    documents = LegalDocumentPage.objects.filter(pk=instance.pk)
    if documents.exclude(published=instance.live).update(published=instance.live):
        refresh_documents_acted_on(instance.pk)
        _reindex_issues_carrying(documents)


@receiver(pre_delete, sender=get_document_model())
def pdf_deleted(sender, instance, **kwargs) -> None:
    for model, field in TRANSLATED_PDF_FIELDS.items():
        columns = [field, *(build_localized_fieldname(field, code) for code in LANGUAGE_CODES)]
        for column in columns:
            rows = model.objects.rewrite(False).filter(**{column: instance})
            rows.update(**{column: None})


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance: PageViewRestriction, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _reindex_issues_carrying(page.get_descendants(inclusive=True))


def _reindex_issues_carrying(documents) -> None:
    """An issue's search entry lists its documents' titles: when a document becomes private
    or public, live or not, the issues that carry it are indexed again (search
    re-indexes the document itself)."""
    entries = GazetteIssueEntry.objects.filter(document__in=documents)
    issue_ids = sorted(set(entries.values_list("issue_id", flat=True)))
    if issue_ids:
        queue_update(issue_ids)


@receiver(reading_wanted)
def queue_pdf_reading(sender, pdf_text_id: int, **kwargs) -> None:
    tasks.queue(pdf_text_id)
