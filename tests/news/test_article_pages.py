"""What readers and link previews get from a news item or explainer, in each language."""

import re

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.rich_text import RichText

from news.factories import (
    ExplainerDocumentLinkFactory,
    ExplainerPageFactory,
    NewsCategoryFactory,
    NewsPageFactory,
    NewsTagFactory,
)
from portal import content_memo
from tests.news.pages import read_head


def url_in(page, language: str) -> str:
    with translation.override(language):
        return page.url


@pytest.fixture
def photo(db):
    return wagtail_factories.ImageFactory(file__width=1600, file__height=1000)


@pytest.fixture
def news_item(news_index, photo):
    return NewsPageFactory(
        parent=news_index,
        feature_image=photo,
        feature_image_alt="Hai đoàn chụp ảnh chung",
        feature_image_alt_lo="ສອງຄະນະຖ່າຍຮູບລວມ",
        category=NewsCategoryFactory(),
        tags=[NewsTagFactory()],
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "locale", "alternate"), [("vi", "vi_VN", "lo_LA"), ("lo", "lo_LA", "vi_VN")]
)
def test_each_language_has_its_own_open_graph_and_twitter_tags(
    client, news_item, language, locale, alternate
):
    html = client.get(url_in(news_item, language)).content.decode()
    head = read_head(html)
    title = getattr(news_item, f"title_{language}")
    assert f'<html lang="{language}">' in html
    assert head.one("og:title") == title
    assert head.one("og:description") == getattr(news_item, f"lead_{language}")
    assert head.one("og:locale") == locale
    assert head.one("og:locale:alternate") == alternate
    assert head.one("og:type") == "article"
    assert head.one("og:url") == f"http://localhost{url_in(news_item, language)}"
    assert head.one("og:image").startswith("http://localhost/media/")
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "630")
    assert head.one("og:image:alt") == getattr(news_item, f"feature_image_alt_{language}")
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("twitter:image") == head.one("og:image")
    assert head.one("article:tag") == news_item.tags.get().name


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "lo"])
def test_news_json_ld_describes_the_article_in_its_language(client, news_item, language):
    head = read_head(client.get(url_in(news_item, language)).content.decode())
    (article,) = head.json_ld
    assert article["@context"] == "https://schema.org"
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == getattr(news_item, f"title_{language}")
    assert article["inLanguage"] == language
    assert article["datePublished"] == news_item.date.isoformat()
    assert article["url"] == head.one("og:url")
    assert article["image"] == [head.one("og:image")]
    assert article["author"]["name"] == getattr(news_item, f"unit_{language}")
    assert article["publisher"]["@type"] == "GovernmentOrganization"


@pytest.mark.django_db
def test_explainer_json_ld_is_an_article_with_its_questions_and_cited_law(
    client, explainer_index, home_page
):
    law = wagtail_factories.PageFactory(
        parent=home_page, title="Luật Hôn nhân và gia đình", slug="luat-hon-nhan"
    )
    explainer = ExplainerPageFactory(parent=explainer_index, audience="families")
    ExplainerDocumentLinkFactory(page=explainer, document=law, article_anchor="article-8")
    head = read_head(client.get(url_in(explainer, "vi")).content.decode())
    article, faq = head.json_ld
    assert article["@type"] == "Article"
    assert article["audience"]["audienceType"] == "gia đình"
    assert article["citation"] == [
        {
            "@type": "Legislation",
            "name": "Luật Hôn nhân và gia đình",
            "url": f"http://localhost{law.url}#article-8",
        }
    ]
    assert faq["@type"] == "FAQPage"
    assert faq["mainEntity"][0]["name"] == "Đăng ký kết hôn ở đâu?"
    assert faq["mainEntity"][0]["acceptedAnswer"]["text"].startswith("Tại Ủy ban")


@pytest.mark.django_db
def test_explainer_links_to_the_article_of_the_law_it_explains(client, explainer_index, home_page):
    law = wagtail_factories.PageFactory(parent=home_page, title="Luật Hộ tịch", slug="luat-ho-tich")
    explainer = ExplainerPageFactory(parent=explainer_index)
    ExplainerDocumentLinkFactory(page=explainer, document=law, article_anchor="article-18")
    html = client.get(url_in(explainer, "lo")).content.decode()
    assert 'href="/lo/luat-ho-tich/#article-18"' in html
    # The law has no Lao title yet: its Vietnamese title is marked as such.
    assert 'lang="vi">Luật Hộ tịch</a>, ມາດຕາ 18' in html
    assert "ເງື່ອນໄຂການແຕ່ງງານ." in html


@pytest.mark.django_db
def test_untranslated_article_is_served_in_lao_as_marked_vietnamese(client, news_index):
    item = NewsPageFactory(
        parent=news_index,
        title_lo="",
        slug_lo="",
        lead_lo="",
        unit_lo="",
        place_lo="",
        body_lo=[],
    )
    html = client.get(f"/lo/khao-san/{item.slug_vi}/").content.decode()
    head = read_head(html)
    assert '<html lang="lo">' in html
    assert "ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປເປັນພາສາລາວ" in html
    assert '<article class="article" lang="vi">' in html
    assert head.one("og:locale") == "vi_VN"
    assert "og:locale:alternate" not in head.meta
    assert [link["hreflang"] for link in head.links if link.get("hreflang")] == ["vi"]
    assert head.json_ld[0]["inLanguage"] == "vi"


@pytest.mark.django_db
def test_fields_missing_in_lao_are_marked_as_vietnamese(client, news_index):
    item = NewsPageFactory(parent=news_index, lead_lo="", body_lo=[])
    html = client.get(url_in(item, "lo")).content.decode()
    assert f'<p class="lead" lang="vi">{item.lead_vi}</p>' in html
    assert '<div class="article__body" lang="vi">' in html
    assert "ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປ" not in html  # the title is Lao: no page-wide notice


@pytest.mark.django_db
def test_lao_readers_are_told_about_a_demo_translation(client, news_index):
    item = NewsPageFactory(parent=news_index, lao_is_demo_translation=True)
    assert "ການແປຕົວຢ່າງ" in client.get(url_in(item, "lo")).content.decode()
    assert "bản dịch mẫu" not in client.get(url_in(item, "vi")).content.decode()


@pytest.mark.django_db
def test_feature_image_is_responsive_with_webp_and_a_jpeg_fallback(client, news_item):
    html = client.get(url_in(news_item, "vi")).content.decode()
    figure = html.split('<figure class="figure figure--feature">', 1)[1].split("</figure>")[0]
    assert '<source sizes="(min-width: 46rem) 44rem, 100vw"' in figure
    assert 'type="image/webp"' in figure
    assert re.search(r'srcset="[^"]+\.webp 480w, [^"]+\.webp 800w, [^"]+\.webp 1200w"', figure)
    img = re.search(r"<img [^>]+>", figure).group(0)
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert 'width="480"' in img
    assert 'height="300"' in img
    assert 'alt="Hai đoàn chụp ảnh chung"' in img
    # Above the fold: fetched early, never lazily.
    assert 'fetchpriority="high"' in img
    assert "loading=" not in img


@pytest.mark.django_db
def test_body_images_load_lazily_with_their_alt_text_in_each_language(client, news_index, photo):
    def figure(alt):
        return ("image", {"image": photo, "alt": alt, "caption": "", "credit": "Ảnh: Vụ HTQT"})

    item = NewsPageFactory(
        parent=news_index,
        body=[("paragraph", RichText("<p>Mở đầu.</p>")), figure("Toàn cảnh hội nghị")],
        body_lo=[figure("ພາບລວມຂອງກອງປະຊຸມ")],
    )
    for language, alt in (("vi", "Toàn cảnh hội nghị"), ("lo", "ພາບລວມຂອງກອງປະຊຸມ")):
        html = client.get(url_in(item, language)).content.decode()
        body = html.split('class="article__body"', 1)[1]
        img = re.search(r"<img [^>]+>", body).group(0)
        assert f'alt="{alt}"' in img
        assert 'loading="lazy"' in img
        assert re.search(r'width="\d+"', img)
        assert re.search(r'height="\d+"', img)
        assert 'type="image/webp"' in body


@pytest.mark.django_db
def test_category_links_to_the_filtered_index_and_related_news_are_listed(client, news_index):
    category = NewsCategoryFactory(slug="hop-tac-quoc-te")
    older = NewsPageFactory(parent=news_index, category=category)
    item = NewsPageFactory(parent=news_index, category=category)
    html = client.get(url_in(item, "vi")).content.decode()
    assert 'href="/vi/tin-tuc/category/hop-tac-quoc-te/"' in html
    related = html.split('id="related-heading"', 1)[1]
    assert older.title in related
    assert f'href="{url_in(older, "vi")}"' in related


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "lo"])
def test_article_queries_do_not_grow_with_the_number_of_articles(client, news_index, language):
    """Finding an article among its siblings is one query, however many there are."""
    category = NewsCategoryFactory()
    item = NewsPageFactory(parent=news_index, category=category, with_image=True)
    url = url_in(item, language)

    def queries():
        client.get(url)  # renditions are generated on the first view
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def add(count):
        with translation.override("vi"):
            for _ in range(count):
                NewsPageFactory(parent=news_index, category=category)

    add(4)
    with_five = queries()
    add(45)
    assert queries() == with_five
    # The article is looked up by its URL path in SQL (portal.routing), not found among all
    # its siblings in Python: seen on a first request, before the route is remembered.
    content_memo.forget()
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    assert any(f'"url_path_{language}" IN ' in query["sql"] for query in captured)


@pytest.mark.django_db
def test_lao_urls_use_the_lao_slug_or_the_vietnamese_one_when_there_is_none(client, news_index):
    translated = NewsPageFactory(parent=news_index, slug="hai-ngon-ngu", slug_lo="song-phasa")
    untranslated = NewsPageFactory(parent=news_index, slug="chi-tieng-viet", slug_lo="")
    assert client.get("/lo/khao-san/song-phasa/").status_code == 200
    assert client.get("/lo/khao-san/hai-ngon-ngu/").status_code == 404
    assert client.get("/lo/khao-san/chi-tieng-viet/").status_code == 200
    assert client.get("/vi/tin-tuc/song-phasa/").status_code == 404
    assert url_in(translated, "lo") == "/lo/khao-san/song-phasa/"
    assert url_in(untranslated, "lo") == "/lo/khao-san/chi-tieng-viet/"
