"""The home page's latest articles, and what an article costs a reader on a slow network."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from news.factories import ExplainerPageFactory, NewsPageFactory
from tests.test_page_weight import BUDGET_BYTES, first_visit_weight


@pytest.mark.django_db
def test_home_page_shows_the_latest_news_and_explainers(client, news_index, explainer_index):
    for n in range(7):
        NewsPageFactory(parent=news_index, title=f"Tin {n}")
    ExplainerPageFactory(parent=explainer_index, title="Hỏi đáp kết hôn")
    html = client.get("/vi/").content.decode()
    news = html.split('id="latest-news"', 1)[1].split("</section>", 1)[0]
    assert [f"Tin {n}" in news for n in range(7)] == [False, False, True, True, True, True, True]
    assert "Hỏi đáp kết hôn" in html.split('id="latest-explainers"', 1)[1]


@pytest.mark.django_db
def test_home_page_queries_are_the_same_for_5_and_50_articles(client, news_index, explainer_index):
    def add(count):
        with translation.override("vi"):
            for _ in range(count):
                NewsPageFactory(parent=news_index, with_image=True)
                ExplainerPageFactory(parent=explainer_index)

    def queries():
        client.get("/vi/")
        with CaptureQueriesContext(connection) as captured:
            client.get("/vi/")
        return len(captured)

    add(5)
    with_five = queries()
    add(45)
    assert queries() == with_five


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "lo"])
def test_article_first_visit_is_under_100_kb_compressed(client, news_index, language):
    item = NewsPageFactory(parent=news_index, with_image=True)
    with translation.override(language):
        url = item.url
    html = client.get(url).content.decode()
    assert "news/news.css" in html
    assert first_visit_weight(html) < BUDGET_BYTES


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/vi/tin-tuc/", "/lo/khao-san/"])
def test_index_first_visit_is_under_100_kb_compressed(client, news_index, url):
    for _ in range(12):
        NewsPageFactory(parent=news_index, with_image=True)
    assert first_visit_weight(client.get(url).content.decode()) < BUDGET_BYTES
