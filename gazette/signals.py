"""Keeps documents' listing flag and repeal dates current when pages or relations change.

Wagtail's scheduled expiry unpublishes a plain Page, without calling the specific model's
save(): the page signals catch that path too.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from gazette.models import DocumentRelation, LegalDocumentPage
from gazette.models.documents import refresh_documents_acted_on, refresh_repeal_dates


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
