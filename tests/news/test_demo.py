import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils.html import escape
from wagtail.images.models import Image
from wagtail.models import Page, Revision

from news.demo_texts import read_demo_texts
from news.models import ExplainerPage, NewsPage


def load_demo():
    with override_settings(DEBUG=True):
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture
def demo(db):
    load_demo()


@pytest.mark.django_db
def test_demo_holds_the_two_seed_articles_with_a_flagged_lao_translation(demo, client):
    kontum = NewsPage.objects.get(slug_vi__startswith="stp-kon-tum")
    delegation = NewsPage.objects.get(slug_vi__startswith="doan-cong-tac-cua-bo-tu-phap")
    for item in (kontum, delegation):
        assert item.live and item.title_lo and item.body_lo
        assert item.lao_is_demo_translation
    assert kontum.date.isoformat() == "2023-12-15"
    assert delegation.unit_vi == "Vụ Hợp tác quốc tế"
    assert "Ketsana PHOMMACHAN" in delegation.search_document("vi").body
    html = client.get(f"/lo/khao-san/{kontum.slug_lo}/").content.decode()
    assert "ການແປຕົວຢ່າງ" in html
    assert "ພະແນກຍຸຕິທຳແຂວງເຊກອງ" in html


@pytest.mark.django_db
def test_demo_has_bilingual_explainers_with_questions_and_answers(demo):
    explainers = ExplainerPage.objects.live()
    assert explainers.count() >= 3
    for explainer in explainers:
        for language in ("vi", "lo"):
            body = getattr(explainer, f"body_{language}")
            assert any(block.block_type == "question" for block in body), explainer.title
            assert explainer.search_document(language) is not None


@pytest.mark.django_db
def test_demo_keeps_one_item_without_lao_to_show_the_policy(demo, client):
    (untranslated,) = NewsPage.objects.filter(title_lo__isnull=True) | NewsPage.objects.filter(
        title_lo=""
    )
    html = client.get(f"/lo/khao-san/{untranslated.slug_vi}/").content.decode()
    assert "ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປເປັນພາສາລາວ" in html


@pytest.mark.django_db
def test_demo_images_are_drawn_and_described_in_both_languages(demo):
    assert Image.objects.filter(title__startswith="Minh họa").count() == 8
    for page in (*NewsPage.objects.all(), *ExplainerPage.objects.all()):
        assert page.feature_image is not None
        for language in page.translated_languages:
            assert getattr(page, f"feature_image_alt_{language}")


@pytest.mark.django_db
def test_a_second_demo_run_adds_nothing(demo):
    counts = (Page.objects.count(), Image.objects.count(), NewsPage.objects.live().count())
    revisions = Revision.objects.count()
    load_demo()
    assert (Page.objects.count(), Image.objects.count(), NewsPage.objects.live().count()) == counts
    assert Revision.objects.count() > revisions  # pages are republished, not duplicated


@pytest.mark.django_db
def test_every_article_in_the_demo_files_becomes_a_page_with_their_title_and_body(demo):
    texts = read_demo_texts()
    for model, articles in ((NewsPage, texts.news), (ExplainerPage, texts.explainers)):
        for article in articles:
            page = model.objects.get(slug_vi=article["slug_vi"])
            for code in ("vi", "lo"):
                title = article.get(f"title_{code}", "")
                assert (getattr(page, f"title_{code}") or "") == title, (article["slug_vi"], code)
                stored = getattr(page, f"body_{code}")
                assert [block.block_type for block in stored] == [
                    kind for kind, _value in article[f"body_{code}"]
                ]
                for block, (kind, value) in zip(stored, article[f"body_{code}"], strict=True):
                    if kind == "paragraph":
                        assert block.value.source == f"<p>{escape(value)}</p>"
                    elif kind == "question":
                        assert block.value["question"] == value[0]
