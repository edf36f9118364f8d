"""The translated vocabularies documents are filed under: type, issuing body, field."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Taxonomy(index.Indexed, models.Model):
    """A term with a stable slug (used in URLs and manifests) and a name in each language."""

    slug = models.SlugField(
        _("code"),
        max_length=80,
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


class DocumentType(Taxonomy):
    """Constitution, law, decree, decision, ...: the legal form of a document."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class IssuingBody(Taxonomy):
    """The authority that issued a document: the National Assembly, the Government, ..."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")


class LegalField(Taxonomy):
    """A field of law or topic: land, justice, family, ..."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")
