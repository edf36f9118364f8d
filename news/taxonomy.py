"""Bilingual vocabularies editors choose from: news categories and tags, legal topics.

All are portal.taxonomy.Term, the base the gazette's vocabularies share.
"""

from django.utils.translation import gettext_lazy as _

from portal.taxonomy import Term


class NewsCategory(Term):
    class Meta(Term.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


class NewsTag(Term):
    class Meta(Term.Meta):
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")


class LegalTopic(Term):
    """An area of law an explainer is about: land, marriage and family, labour, traffic..."""

    class Meta(Term.Meta):
        verbose_name = _("legal topic")
        verbose_name_plural = _("legal topics")
