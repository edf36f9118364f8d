"""Keeps documents' repeal dates current when the relations acting on them change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from gazette.models import DocumentRelation
from gazette.models.documents import refresh_repeal_dates


@receiver(post_save, sender=DocumentRelation)
@receiver(post_delete, sender=DocumentRelation)
def relation_changed(sender, instance: DocumentRelation, **kwargs) -> None:
    refresh_repeal_dates([instance.target_id])
