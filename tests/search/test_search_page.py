"""The search page as readers reach it: in both languages, with any input, never an error."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from home.factories import StandardPageFactory
from search import indexing
from tests.test_page_weight import BUDGET_BYTES, first_visit_weight

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    created = [
        StandardPageFactory(
            parent=home_page,
            slug="luat-dat-dai",
            title="Luật Đất đai",
            body="<p>Giấy chứng nhận quyền sử dụng đất.</p>",
            slug_lo="kot-mai-thi-din",
            title_lo="ກົດໝາຍວ່າດ້ວຍທີ່ດິນ",
            body_lo="<p>ການອອກໃບຕາດິນ ແລະ ການນຳໃຊ້ທີ່ດິນ.</p>",
        ),
        StandardPageFactory(
            parent=home_page,
            slug="script",
            title="<script>alert('tiêu đề')</script> Luật",
            body="<p>&lt;img src=x onerror=alert(1)&gt; luật</p>",
            show_in_menus=False,
        ),
    ]
    indexing.update_pages(created)
    return created


def get(client, url: str, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_search_has_a_translated_address_in_each_language():
    with translation.override("vi"):
        assert reverse("search") == "/vi/tim-kiem/"
    with translation.override("lo"):
        assert reverse("search") == "/lo/khon-ha/"


def test_every_page_has_a_labelled_search_box_in_its_header(client, home_page):
    html = get(client, "/lo/")
    assert 'action="/lo/khon-ha/"' in html
    assert '<label class="visually-hidden" for="site-search-q">ຄົ້ນຫາໃນເວັບໄຊ</label>' in html


def test_vietnamese_without_accents_finds_the_page_and_marks_the_words(client, pages):
    html = get(client, "/vi/tim-kiem/", q="luat dat dai")
    assert (
        '<a href="/vi/luat-dat-dai/"><mark>Luật</mark> <mark>Đất</mark> <mark>đai</mark></a>'
        in html
    )
    assert "1 kết quả" in html


def test_lao_results_are_marked_lao_and_open_in_the_readers_language(client, pages):
    html = get(client, "/vi/tim-kiem/", q="ທີ່ດິນ")
    assert '<li class="result" lang="lo">' in html
    # The reader stays in the language they read the portal in; the switcher leads on.
    assert 'class="result__title"><a href="/vi/luat-dat-dai/">' in html
    assert "ການອອກໃບຕາດິນ ແລະ ການນຳໃຊ້<mark>ທີ່ດິນ</mark>." in html


def test_the_lao_page_speaks_lao(client, pages):
    html = get(client, "/lo/khon-ha/", q="ໃບຕາດິນ")
    assert '<html lang="lo">' in html
    assert "1 ຜົນການຄົ້ນຫາ" in html
    assert 'href="/vi/tim-kiem/?q=' in html  # the switcher keeps the search


def test_titles_and_snippets_are_escaped(client, pages):
    html = get(client, "/vi/tim-kiem/", q="luật")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;tiêu đề&#x27;)&lt;/script&gt; <mark>Luật</mark>" in html
    assert "<img" not in html


def test_facets_are_links_with_counts(client, pages):
    html = get(client, "/vi/tim-kiem/", q="luat")
    assert '<a href="/vi/tim-kiem/?q=luat&amp;language=vi"><span lang="vi">' in html
    assert "(2)" in html
    chosen = get(client, "/vi/tim-kiem/", q="luat", language="vi")
    assert 'aria-current="true"' in chosen
    assert '<input type="hidden" name="language" value="vi">' in chosen


def test_nothing_found_suggests_dropping_a_filter_and_shows_the_query_without_accents(
    client, pages
):
    html = get(client, "/vi/tim-kiem/", q="đất đai", language="lo")
    assert "Không tìm thấy kết quả nào cho “đất đai”." in html
    assert 'href="/vi/tim-kiem/?q=%C4%91%E1%BA%A5t+%C4%91ai">Bỏ “Ngôn ngữ: ພາສາລາວ”' in html
    assert ">dat dai</a>" in html


def test_results_pages_link_to_each_other(client, home_page):
    created = [
        StandardPageFactory(
            parent=home_page, slug=f"trang-{n}", slug_lo=f"na-{n}", title=f"Luật {n}"
        )
        for n in range(12)
    ]
    indexing.update_pages(created)
    first = get(client, "/vi/tim-kiem/", q="luat")
    assert 'href="/vi/tim-kiem/?q=luat&amp;page=2" rel="next"' in first
    second = get(client, "/vi/tim-kiem/", q="luat", page="2")
    assert '<ol class="result-list" start="11">' in second
    assert 'rel="prev"' in second


def test_one_search_takes_few_queries(client, pages, django_assert_max_num_queries):
    get(client, "/vi/")  # the first visit creates the site settings
    # Facet counts with the ranked ids, then their entries: two queries (on PostgreSQL two
    # more set the planner, in a savepoint); the rest is the chrome of every page (site,
    # settings, menu).
    extra = 4 if connection.vendor == "postgresql" else 0
    with django_assert_max_num_queries(7 + extra):
        get(client, "/vi/tim-kiem/", q="luat")


def test_search_page_stays_light(client, pages):
    html = get(client, "/lo/khon-ha/", q="ທີ່ດິນ")
    assert first_visit_weight(html) < BUDGET_BYTES


def test_suggestions_are_titles_in_both_languages(client, pages):
    response = client.get("/vi/tim-kiem/goi-y/", {"q": "luat da"})
    assert response.json() == {
        "suggestions": [{"title": "Luật Đất đai", "url": "/vi/luat-dat-dai/", "language": "vi"}]
    }
    lao = client.get("/lo/khon-ha/nae-nam/", {"q": "ກົດໝາຍ"}).json()["suggestions"]
    assert lao == [{"title": "ກົດໝາຍວ່າດ້ວຍທີ່ດິນ", "url": "/lo/kot-mai-thi-din/", "language": "lo"}]
    assert client.get("/vi/tim-kiem/goi-y/", {"q": "<"}).json() == {"suggestions": []}


BAD_QUERIES = [
    "",
    "   ",
    "luật " * 2000,  # 10,000 characters
    "ກົດໝາຍ" * 1700,
    "!!! ??? ...",
    "😀🙈🎉",
    "'; DROP TABLE portal_searchentry; --",
    '" OR 1=1 --',
    "title_key:* NEAR(a b) {body_key}",  # FTS5 syntax
    "a & b | !c <-> d:*",  # tsquery syntax
    "%_\\",
    "<script>alert(1)</script>",
    "<b onmouseover=alert(1)>luật</b>",
    "luật ກົດໝາຍ Москва 北京",
    "\u0301\u0eb8\u200b",  # marks and a zero-width space alone
]


PATHS = {
    "vi": ("/vi/tim-kiem/", "/vi/tim-kiem/goi-y/"),
    "lo": ("/lo/khon-ha/", "/lo/khon-ha/nae-nam/"),
}


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("language", ["vi", "lo"])
def test_any_query_gives_a_normal_page(client, pages, language, query):
    search_path, suggestions_path = PATHS[language]
    html = get(client, search_path, q=query)
    assert "<script>alert(1)" not in html
    assert "<b onmouseover" not in html
    assert client.get(suggestions_path, {"q": query}).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "99999"},
        {"year": "-1"},
        {"section": "<script>alert(1)</script>"},
        {"section": "no-such-section"},
        {"document_type": "x" * 500},
        {"language": "fr"},
        {"status": "in force; DROP"},
        {"page": "-3"},
        {"page": "abc"},
        {"page": "99999999999999999999"},
        {"page": "1e3"},
    ],
)
def test_invalid_filters_give_a_normal_page(client, pages, params):
    html = get(client, "/vi/tim-kiem/", q="luat", **params)
    assert "<script>alert(1)" not in html
    assert 'class="search-summary"' in html or 'class="search-empty"' in html


def test_a_null_character_is_refused_gently(client, pages):
    html = get(client, "/vi/tim-kiem/", q="luat\x00")
    assert "Một số bộ lọc trong địa chỉ không hợp lệ" in html
