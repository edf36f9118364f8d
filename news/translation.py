from modeltranslation.translator import TranslationOptions, register

from news.models import (
    ExplainerDocumentLink,
    ExplainerIndexPage,
    ExplainerPage,
    NewsIndexPage,
    NewsPage,
)
from news.taxonomy import LegalTopic, NewsCategory, NewsTag

ARTICLE_FIELDS = ("lead", "feature_image_alt", "feature_image_caption", "body")


@register([NewsCategory, NewsTag, LegalTopic])
class TermTranslation(TranslationOptions):
    fields = ("name",)


@register([NewsIndexPage, ExplainerIndexPage])
class IndexTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = (*ARTICLE_FIELDS, "unit", "place")


@register(ExplainerPage)
class ExplainerPageTranslation(TranslationOptions):
    fields = ARTICLE_FIELDS


@register(ExplainerDocumentLink)
class ExplainerDocumentLinkTranslation(TranslationOptions):
    fields = ("note",)
