"""What each process remembers per content version (portal.content_memo) follows the content:
a publish, a new slug or a new term shows on the next request, as if nothing were kept."""

import pytest

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_the_menu_and_routes_follow_a_publish_and_a_new_slug(client, home_page):
    about = StandardPageFactory(parent=home_page)
    assert client.get("/vi/gioi-thieu/").status_code == 200  # remembered now
    contact = StandardPageFactory(
        parent=home_page, title="Liên hệ", slug="lien-he", slug_lo="tit-to"
    )
    html = client.get("/vi/gioi-thieu/").content.decode()
    assert 'href="/vi/lien-he/"' in html  # the menu shows the new page

    about.slug = "ve-chung-toi"
    about.save_revision().publish()
    assert client.get("/vi/gioi-thieu/").status_code == 404
    assert client.get("/vi/ve-chung-toi/").status_code == 200

    contact.unpublish()
    assert 'href="/vi/lien-he/"' not in client.get("/vi/ve-chung-toi/").content.decode()
    assert client.get("/vi/lien-he/").status_code == 404


def test_a_request_reads_each_version_once_and_sees_its_own_bumps():
    from portal import content_version

    content_version._request_started()
    try:
        first = content_version.current()
        assert content_version.current() == first
        content_version.bump()
        assert content_version.current() != first
    finally:
        content_version._request_finished()


def test_a_news_item_follows_edits_to_itself_its_tags_and_its_related_items(client, home_page):
    from news.factories import (
        NewsCategoryFactory,
        NewsIndexPageFactory,
        NewsPageFactory,
        NewsTagFactory,
    )

    index = NewsIndexPageFactory(parent=home_page)
    category = NewsCategoryFactory()
    item = NewsPageFactory(parent=index, category=category)
    url = item.url
    assert "Đoàn đã làm việc" in client.get(url).content.decode()  # remembered now

    other = NewsPageFactory(parent=index, category=category, title="Hội nghị pháp luật")
    assert "Hội nghị pháp luật" in client.get(url).content.decode()  # a new related item

    tag = NewsTagFactory(name="Hợp tác")
    item.lead = "Một đoạn mở đầu mới."
    item.tags.add(tag)
    item.save_revision().publish()
    html = client.get(url).content.decode()
    assert "Một đoạn mở đầu mới." in html and 'content="Hợp tác"' in html

    other.title = "Hội nghị đã đổi tên"
    other.save_revision().publish()
    assert "Hội nghị đã đổi tên" in client.get(url).content.decode()
    other.unpublish()
    assert "Hội nghị đã đổi tên" not in client.get(url).content.decode()
