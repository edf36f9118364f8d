"""Atom feeds per section and language, parsed as feed readers parse them."""

import feedparser
import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from news.factories import ExplainerPageFactory, NewsCategoryFactory, NewsPageFactory
from tests.news.pages import read_head


@pytest.fixture
def items(news_index):
    category = NewsCategoryFactory(name="Hợp tác quốc tế", name_lo="ການຮ່ວມມືສາກົນ")
    translated = NewsPageFactory(parent=news_index, category=category)
    vietnamese_only = NewsPageFactory(parent=news_index, title_lo="", slug_lo="", lead_lo="")
    return translated, vietnamese_only


def parse(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.django_db
def test_vietnamese_news_feed_is_valid_atom_with_every_item(client, items):
    translated, vietnamese_only = items
    feed = parse(client, "/vi/tin-tuc/feed/")
    assert feed.version == "atom10"
    assert feed.feed.title.startswith("Tin tức")
    assert feed.feed.language == "vi"
    assert feed.feed.link == "http://localhost/vi/tin-tuc/"
    assert [entry.title for entry in feed.entries] == [vietnamese_only.title, translated.title]
    entry = feed.entries[1]
    assert entry.link == f"http://localhost{translated.url}"
    assert entry.summary == translated.lead
    assert entry.tags[0].term == "Hợp tác quốc tế"
    assert entry.id == f"tag:localhost,2026:page/{translated.pk}/vi"


@pytest.mark.django_db
def test_lao_feed_holds_only_what_exists_in_lao(client, items):
    translated, _ = items
    feed = parse(client, "/lo/khao-san/feed/")
    assert feed.feed.language == "lo"
    assert feed.feed.title.startswith("ຂ່າວສານ")
    assert [entry.title for entry in feed.entries] == [translated.title_lo]
    with translation.override("lo"):
        assert feed.entries[0].link == f"http://localhost{translated.url}"
    assert feed.entries[0].summary == translated.lead_lo
    assert feed.entries[0].tags[0].term == "ການຮ່ວມມືສາກົນ"


@pytest.mark.django_db
def test_explainer_feed(client, explainer_index):
    explainer = ExplainerPageFactory(parent=explainer_index)
    feed = parse(client, "/vi/tim-hieu-phap-luat/feed/")
    assert [entry.title for entry in feed.entries] == [explainer.title]


@pytest.mark.django_db
def test_feed_ignores_stray_query_parameters(client, items):
    assert client.get("/vi/tin-tuc/feed/?page=abc&year=x").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/vi/", {"/vi/tin-tuc/feed/", "/vi/tim-hieu-phap-luat/feed/"}),
        ("/lo/", {"/lo/khao-san/feed/", "/lo/hian-hu-kot-mai/feed/"}),
        ("/vi/tin-tuc/", {"/vi/tin-tuc/feed/"}),
        ("/lo/hian-hu-kot-mai/", {"/lo/hian-hu-kot-mai/feed/"}),
    ],
)
def test_feeds_are_discoverable_from_the_pages(client, explainer_index, items, url, expected):
    feeds = read_head(client.get(url).content.decode()).feeds()
    assert {link["href"] for link in feeds} == expected
    assert all(link["title"] for link in feeds)


@pytest.mark.django_db
def test_article_pages_point_to_their_section_feed(client, items):
    translated, _ = items
    with translation.override("lo"):
        url = translated.url
    (feed,) = read_head(client.get(url).content.decode()).feeds()
    assert feed["href"] == "/lo/khao-san/feed/"


@pytest.mark.django_db
def test_only_live_public_indexes_have_a_feed(client, news_index, home_page):
    StandardPageFactory(parent=home_page, slug="gioi-thieu")
    assert client.get("/vi/gioi-thieu/feed/").status_code == 404  # not an index
    assert client.get("/vi/khong-co/feed/").status_code == 404
    PageViewRestriction.objects.create(page=news_index, restriction_type="login")
    assert client.get("/vi/tin-tuc/feed/").status_code == 404
