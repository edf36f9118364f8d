from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News and legal awareness")

    def ready(self) -> None:
        # wagtail-modeltranslation (first in INSTALLED_APPS, so ready first) replaced `route`
        # on every translated page model; the indexes need their one-query lookup back.
        from news.models import ArticleIndexPage, ExplainerIndexPage, NewsIndexPage

        for model in (NewsIndexPage, ExplainerIndexPage):
            model.route = ArticleIndexPage.route_by_localized_slug
