"""News and explainer indexes: pages of results and filters, each with a clean URL."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from news.factories import (
    ExplainerPageFactory,
    LegalTopicFactory,
    NewsCategoryFactory,
    NewsPageFactory,
)


def titles(html: str) -> list[str]:
    cards = html.split('<ul class="card-list', 1)[1].split("</ul>", 1)[0]
    return [
        part.split(">", 1)[1].split("</a>", 1)[0] for part in cards.split('class="card__title"')[1:]
    ]


@pytest.fixture
def cooperation(db):
    return NewsCategoryFactory(slug="hop-tac-quoc-te", name="Hợp tác quốc tế")


@pytest.fixture
def fifteen_items(news_index, cooperation):
    """15 items, newest first: the odd ones are about cooperation, two are from 2024."""
    return [
        NewsPageFactory(
            parent=news_index,
            title=f"Tin số {n}",
            date=datetime.date(2025 if n > 2 else 2024, 1, n + 1),
            category=cooperation if n % 2 else None,
        )
        for n in range(1, 16)
    ]


@pytest.mark.django_db
def test_index_lists_newest_first_twelve_to_a_page(client, fifteen_items):
    first = client.get("/vi/tin-tuc/").content.decode()
    second = client.get("/vi/tin-tuc/page/2/").content.decode()
    assert titles(first) == [f"Tin số {n}" for n in range(15, 3, -1)]
    assert titles(second) == ["Tin số 3", "Tin số 2", "Tin số 1"]
    assert 'href="/vi/tin-tuc/page/2/" rel="next"' in first
    assert 'href="/vi/tin-tuc/" rel="prev"' in second
    assert '<a href="/vi/tin-tuc/page/2/" aria-current="page">2</a>' in second
    assert "<title>Tin tức · trang 2 ·" in second


@pytest.mark.django_db
def test_filters_have_clean_urls_of_their_own(client, fifteen_items):
    by_year = client.get("/vi/tin-tuc/2024/").content.decode()
    by_category = client.get("/vi/tin-tuc/category/hop-tac-quoc-te/").content.decode()
    both = client.get("/vi/tin-tuc/2024/category/hop-tac-quoc-te/").content.decode()
    assert titles(by_year) == ["Tin số 2", "Tin số 1"]
    assert titles(by_category) == [f"Tin số {n}" for n in range(15, 0, -2)]
    assert titles(both) == ["Tin số 1"]
    assert '<option value="hop-tac-quoc-te" selected>Hợp tác quốc tế</option>' in both
    assert "<option selected>2024</option>" in both


@pytest.mark.django_db
def test_lao_index_uses_lao_slugs_and_marks_untranslated_items(client, news_index):
    NewsPageFactory(parent=news_index, title="Chỉ có tiếng Việt", title_lo="", slug_lo="")
    NewsPageFactory(parent=news_index, title_lo="ມີພາສາລາວ")
    html = client.get("/lo/khao-san/").content.decode()
    assert re.search(r'class="card__title" href="[^"]+" lang="vi">Chỉ có tiếng Việt</a>', html)
    assert '<span class="untranslated">ມີແຕ່ພາສາຫວຽດນາມ</span>' in html
    assert "ມີພາສາລາວ" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("?year=2024&category=hop-tac-quoc-te", "/vi/tin-tuc/2024/category/hop-tac-quoc-te/"),
        ("?year=2024&category=", "/vi/tin-tuc/2024/"),
        ("?year=&category=hop-tac-quoc-te", "/vi/tin-tuc/category/hop-tac-quoc-te/"),
        # Values nobody offered are dropped: the reader lands on the unfiltered first page.
        ("?year=abcd&category=khong-co", "/vi/tin-tuc/"),
        ("?year=99999", "/vi/tin-tuc/"),
    ],
)
def test_the_filter_form_redirects_to_the_clean_url(client, fifteen_items, query, target):
    response = client.get(f"/vi/tin-tuc/{query}")
    assert (response.status_code, response.url) == (302, target)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "page/0/",
        "page/3/",
        "page/99999999999999999999/",
        "page/abc/",
        "category/khong-co/",
        "topic/hop-tac-quoc-te/",
        "2024/page/2/",
        "feed/extra/",
    ],
)
def test_bad_page_numbers_and_filters_are_not_found(client, fifteen_items, path):
    assert client.get(f"/vi/tin-tuc/{path}").status_code == 404


@pytest.mark.django_db
def test_page_one_redirects_to_the_index_itself(client, fifteen_items):
    response = client.get("/vi/tin-tuc/category/hop-tac-quoc-te/page/1/")
    assert (response.status_code, response.url) == (301, "/vi/tin-tuc/category/hop-tac-quoc-te/")


@pytest.mark.django_db
def test_a_year_without_articles_says_so(client, fifteen_items):
    html = client.get("/vi/tin-tuc/2019/").content.decode()
    assert "Số bài: 0" in html
    assert "Chưa có nội dung nào được đăng ở mục này." in html


@pytest.mark.django_db
def test_explainers_are_filtered_by_topic(client, explainer_index):
    land = LegalTopicFactory(slug="dat-dai")
    ExplainerPageFactory(parent=explainer_index, title="Cấp sổ đỏ", topic=land)
    ExplainerPageFactory(parent=explainer_index, title="Kết hôn")
    html = client.get("/vi/tim-hieu-phap-luat/topic/dat-dai/").content.decode()
    assert titles(html) == ["Cấp sổ đỏ"]
    assert client.get("/vi/tim-hieu-phap-luat/category/dat-dai/").status_code == 404


def _queries(client, url: str) -> int:
    client.get(url)  # the first view generates the card images' renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/vi/tin-tuc/", "/lo/khao-san/", "/vi/tin-tuc/category/hop-tac-quoc-te/"]
)
def test_index_queries_are_the_same_for_5_and_50_items(client, news_index, cooperation, url):
    def add(count):
        # Requests leave their language active: factories write Vietnamese fields.
        with translation.override("vi"):
            for _ in range(count):
                NewsPageFactory(parent=news_index, category=cooperation, with_image=True)

    add(5)
    with_five = _queries(client, url)
    add(45)
    with_fifty = _queries(client, url)
    assert with_five == with_fifty
    assert with_fifty <= 20
