"""The one base of the portal's vocabularies: news categories, tags and legal topics, and the
gazette's document types, issuing bodies and fields (the shape of torchbox.com's
tbx/taxonomy/models.py).

A term has one ASCII slug shared by both languages (used in filter URLs such as
/vi/tin-tuc/category/hop-tac-quoc-te/ and in import manifests), a name per language (each app
registers `name` with modeltranslation) and a place in the editors' order.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Term(index.Indexed, models.Model):
    slug = models.SlugField(
        _("code"),
        max_length=100,
        unique=True,
        help_text=_("Stable identifier used in filter URLs and import manifests."),
    )
    name = models.CharField(_("name"), max_length=255)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.FilterField("slug")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name
