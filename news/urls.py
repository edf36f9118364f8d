"""The section feeds, wired ahead of Wagtail's page serving (portal/urls.py includes this)."""

from django.urls import re_path

from news.feeds import index_feed
from news.listing import FEED_PATH

urlpatterns = [
    re_path(rf"^(?P<index_path>(?:[^/]+/)+){FEED_PATH}$", index_feed, name="article_feed"),
]
