"""Atom feeds, one per section (news, explainers) and language, at <index>/feed/.

Wired from the URLs (news/urls.py), as wagtail.org wires its feeds, so the page models never
import the feeds: this module imports them.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from wagtail.models import Page, Site

from news.listing import FEED_PATH
from news.models import ArticleIndexPage, ExplainerIndexPage, NewsIndexPage
from portal.content_memo import remembered
from portal.models import SiteSettings
from portal.sharing import absolute_url

FEED_LENGTH = 20
TAG_URI_YEAR = 2026  # any year the ministry held its domain name; must never change


class ArticleFeed(Feed):
    """The latest articles of one index that exist in the active language.

    A Lao feed never carries Vietnamese text: untranslated articles are left out of it.
    """

    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, index):
        self.request = request
        self.site_settings = SiteSettings.for_request(request)
        return index

    def title(self, index) -> str:
        return f"{index.title} · {self.site_settings.portal_name}"

    def subtitle(self, index) -> str:
        return index.intro

    def link(self, index) -> str:
        return index.get_full_url(self.request)

    def feed_url(self, index) -> str:
        return absolute_url(self.request, index.feed_url(self.request))

    def author_name(self, index) -> str:
        return self.site_settings.ministry_name

    def items(self, index):
        return index.articles().translated_into(get_language())[:FEED_LENGTH]

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.lead

    def item_link(self, item) -> str:
        return item.get_full_url(self.request)

    def item_guid(self, item) -> str:
        # Stable across slug changes: a tag URI naming the page and the language.
        host = Site.find_for_request(self.request).hostname
        return f"tag:{host},{TAG_URI_YEAR}:page/{item.pk}/{get_language()}"

    def item_guid_is_permalink(self, item) -> bool:
        return False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item) -> list[str]:
        term = item.facet_term
        return [term.name] if term else []


@dataclass(frozen=True)
class FeedLink:
    title: str
    url: str


def section_feeds(parent: Page, request: HttpRequest) -> list[FeedLink]:
    """The feeds of the indexes directly under `parent` (the home page), read once per
    content version (portal.content_memo)."""
    indexes = remembered(
        ("section-feeds", parent.pk),
        lambda: list(parent.get_children().live().public().type(NewsIndexPage, ExplainerIndexPage)),
        follows_content=True,
    )
    return [FeedLink(index.title, index.get_url(request) + FEED_PATH) for index in indexes]


def index_feed(request: HttpRequest, index_path: str) -> HttpResponse:
    """The feed of the live, public article index at `index_path` (its localized URL path)."""
    index = Page.find_for_request(request, index_path)
    if index is None or not isinstance(index.specific, ArticleIndexPage):
        raise Http404
    # Wagtail's serve view is not in the way: its privacy check must be made here.
    if not Page.objects.filter(pk=index.pk).public().exists():
        raise Http404
    return ArticleFeed()(request, index=index.specific)
