"""Bilingual vocabularies editors choose from: news categories and tags, legal topics.

Each term has one ASCII slug shared by both languages (used in filter URLs such as
/vi/tin-tuc/category/hop-tac-quoc-te/) and a name per language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Term(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Letters a-z, digits and hyphens; appears in the address of filtered lists."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name


class NewsCategory(Term):
    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


class NewsTag(Term):
    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")


class LegalTopic(Term):
    """An area of law an explainer is about: land, marriage and family, labour, traffic..."""

    class Meta:
        verbose_name = _("legal topic")
        verbose_name_plural = _("legal topics")
