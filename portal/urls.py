from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from news import urls as news_urls
from portal.crawlers import robots_txt
from portal.health import health
from portal.sitemaps import LanguageSitemap
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # One sitemap for both languages (each page under /vi/ and, if translated, /lo/).
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LanguageSitemap}}, name="sitemap"),
    path("health/", health, name="health"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Translated paths (/vi/tim-kiem/, /lo/khon-ha/) come before Wagtail's catch-all.
    path(_("search/"), search_views.search_page, name="search"),
    path(_("search/suggestions/"), search_views.suggestions, name="search_suggestions"),
    path("", include(news_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
