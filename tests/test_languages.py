import datetime
import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format, number_format

from home.factories import StandardPageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory


def links(html: str, rel: str) -> dict[str, str]:
    return dict(re.findall(rf'<link rel="{rel}" hreflang="([\w-]+)" href="([^"]+)"', html))


def switcher(html: str) -> dict[str, str]:
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {lang: href for href, lang in re.findall(r'href="([^"]+)" lang="(\w+)"', nav)}


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "title"), [("vi", "Giới thiệu"), ("lo", "ກ່ຽວກັບພວກເຮົາ")])
def test_each_language_renders_with_its_lang_attribute(client, home_page, code, title):
    page = StandardPageFactory(parent=home_page)
    with translation.override(code):
        url = page.url
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert f"<h1>{title}</h1>" in html


@pytest.mark.django_db
def test_switcher_leads_to_the_same_page_in_the_other_language(client, home_page):
    page = StandardPageFactory(parent=home_page)
    html = client.get("/lo/kiaw-kap/").content.decode()
    assert switcher(html) == {"vi": "/vi/gioi-thieu/", "lo": "/lo/kiaw-kap/"}
    assert links(html, "alternate") == {
        "vi": "http://localhost/vi/gioi-thieu/",
        "lo": "http://localhost/lo/kiaw-kap/",
    }
    assert '<link rel="canonical" href="http://localhost/lo/kiaw-kap/">' in html
    assert page.live


@pytest.mark.django_db
def test_untranslated_page_says_so_and_marks_vietnamese_text(client, home_page):
    StandardPageFactory(
        parent=home_page, title_lo="", slug_lo="", body_lo="", slug="chi-tieng-viet"
    )
    html = client.get("/lo/chi-tieng-viet/").content.decode()
    assert '<html lang="lo">' in html
    assert "ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປເປັນພາສາລາວ" in html
    assert '<article class="prose" lang="vi">' in html
    # No hreflang="lo" for a page that has no Lao text.
    assert set(links(html, "alternate")) == {"vi"}


@pytest.mark.django_db
def test_translated_page_has_no_fallback_notice(client, home_page):
    StandardPageFactory(parent=home_page)
    html = client.get("/lo/kiaw-kap/").content.decode()
    assert "ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປ" not in html
    assert 'lang="vi">' not in html.split("<main", 1)[1]


@pytest.mark.django_db
def test_root_redirects_to_the_visitors_language(client, home_page):
    assert client.get("/", headers={"accept-language": "lo"}).url == "/lo/"
    assert client.get("/", headers={"accept-language": "vi"}).url == "/vi/"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("lo", "13 ມິຖຸນາ 2025"), ("vi", "Ngày 13 tháng 6 năm 2025")],
)
def test_dates_follow_each_locale(code, expected):
    with translation.override(code):
        assert date_format(datetime.date(2025, 6, 13)) == expected


def test_lao_weekdays_and_months_come_from_cldr():
    with translation.override("lo"):
        assert date_format(datetime.date(2025, 6, 13), "l, j F Y") == "ວັນສຸກ, 13 ມິຖຸນາ 2025"


@pytest.mark.parametrize(("code", "expected"), [("lo", "1.234.567,5"), ("vi", "1.234.567,5")])
def test_numbers_follow_each_locale(code, expected):
    with translation.override(code):
        assert number_format(1234567.5, decimal_pos=1, force_grouping=True) == expected


def test_lao_is_a_registered_language():
    from django.utils.translation import check_for_language, get_language_info

    assert get_language_info("lo")["name_local"] == "ພາສາລາວ"
    assert check_for_language("lo"), "locale/lo must hold a compiled catalogue"
    assert [code for code, _ in settings.LANGUAGES] == ["vi", "lo"]


@pytest.mark.django_db
def test_switcher_and_canonical_keep_a_filtered_index_page(client, home_page):
    index = NewsIndexPageFactory(parent=home_page)
    for number in range(13):  # one more than a page holds
        NewsPageFactory(parent=index, slug=f"tin-{number}", date=datetime.date(2025, 1, 1))
    response = client.get("/lo/khao-san/2025/page/2/")
    assert response.status_code == 200
    html = response.content.decode()
    assert switcher(html) == {
        "vi": "/vi/tin-tuc/2025/page/2/",
        "lo": "/lo/khao-san/2025/page/2/",
    }
    assert '<link rel="canonical" href="http://localhost/lo/khao-san/2025/page/2/">' in html
