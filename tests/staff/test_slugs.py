"""Slugs that read, from the demo content's real titles."""

import pytest
from django.urls import reverse

from news.demo_texts import DEMO_DIR, read_article, read_demo_texts
from news.factories import NewsPageFactory
from portal.roles import STAFF
from staff.slugs import MAX_LENGTH, romanise_syllable, slug_for, unique_among
from tests.users import user_in

DEMO = read_demo_texts()
MARRIAGE = read_article(DEMO_DIR / "explainers", "marriage")
MOJ_DELEGATION = read_article(DEMO_DIR / "news", "moj-delegation")
KONTUM_SEKONG = read_article(DEMO_DIR / "news", "kontum-sekong")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (DEMO.news_index["title_lo"], DEMO.news_index["slug_lo"]),  # khao-san
        (DEMO.explainer_index["title_lo"], DEMO.explainer_index["slug_lo"]),
        (
            MARRIAGE["title_lo"],
            "nguean-khai-lae-khan-ton-kan-chot-tha-bian-taeng-ngan",
        ),
        ("ແຂວງເຊກອງ", "khuaeng-se-kong"),
        ("ເມືອງ ເຂົ້າໃຈ ຄວາມ ໃຫ້", "mueang-khao-chai-khuam-hai"),
        ("ສປປ ລາວ ປີ ໒໐໒໕", "s-p-p-lao-pi-2025"),
    ],
)
def test_lao_titles_are_romanised_syllable_by_syllable(title, slug):
    assert slug_for("lo", title) == slug


def test_vietnamese_titles_are_folded_to_ascii():
    title = MOJ_DELEGATION["title_vi"]
    assert slug_for("vi", title) == MOJ_DELEGATION["slug_vi"]
    assert slug_for("vi", "Đất đai: 168/2024/NĐ-CP") == "dat-dai-168-2024-nd-cp"


@pytest.mark.parametrize("article", DEMO.news + DEMO.explainers)
def test_every_demo_title_gives_a_short_ascii_slug(article):
    for language in ("vi", "lo"):
        slug = slug_for(language, article.get(f"title_{language}") or article["title_vi"])
        assert slug and slug.isascii() and len(slug) <= MAX_LENGTH
        assert not slug.startswith("-") and "--" not in slug and not slug.endswith("-")


def test_tone_marks_do_not_change_the_romanisation():
    assert romanise_syllable("ຂ່າວ") == romanise_syllable("ຂາວ") == "khao"


def test_a_long_title_is_cut_at_a_hyphen():
    slug = slug_for("lo", MOJ_DELEGATION["title_lo"])
    assert len(slug) <= MAX_LENGTH
    assert slug.startswith("kha-na-phu-thaen-ka-suang-nyu-ti-tham-viat-nam")


def test_unique_among_siblings_appends_a_number_within_the_cap():
    assert unique_among("khao-san", {"khao-san", "khao-san-2"}) == "khao-san-3"
    long = "a" * 40 + "-" + "b" * 39
    assert len(unique_among(long, {long})) <= MAX_LENGTH


@pytest.mark.django_db
def test_saving_a_page_rewrites_unreadable_slugs_from_the_titles(news_index):
    kontum = KONTUM_SEKONG
    first = NewsPageFactory(
        parent=news_index,
        title=kontum["title_vi"],
        title_lo=kontum["title_lo"],
        slug="x",
        slug_lo="ກອງປະຊມ",
    )
    first.refresh_from_db()
    assert first.slug_lo == slug_for("lo", kontum["title_lo"])
    # Wagtail's own slugify would have given Lao without its vowels; a sibling with the same
    # title gets a numbered slug in both languages.
    second = NewsPageFactory(
        parent=news_index,
        title=kontum["title_vi"],
        title_lo=kontum["title_lo"],
        slug="sở-tư-pháp",
        slug_lo="ກອງປະຊມ",
    )
    second.refresh_from_db()
    assert second.slug_lo == unique_among(first.slug_lo, {first.slug_lo})
    assert second.slug_lo.endswith("-2") and len(second.slug_lo) <= MAX_LENGTH
    assert second.slug_vi == slug_for("vi", kontum["title_vi"])
    assert second.url_path_lo.endswith(f"/{second.slug_lo}/")


@pytest.mark.django_db
def test_an_empty_vietnamese_slug_is_filled_and_an_empty_lao_one_left_to_fall_back(news_index):
    page = NewsPageFactory.build(title="Tin ngắn về Lào", slug="", slug_lo="")
    news_index.add_child(instance=page)
    page.refresh_from_db()
    assert (page.slug_vi, page.slug_lo or "") == ("tin-ngan-ve-lao", "")


@pytest.mark.django_db
def test_an_editor_typed_ascii_slug_is_kept(news_index):
    page = NewsPageFactory(parent=news_index, slug="tin-ngan", slug_lo="khao-san-san")
    page.refresh_from_db()
    assert (page.slug_vi, page.slug_lo) == ("tin-ngan", "khao-san-san")


@pytest.mark.django_db
def test_the_editor_asks_the_server_for_the_slug_rule(client):
    client.force_login(user_in(STAFF, "khamla"))
    url = reverse("staff_slug")
    answer = client.get(url, {"language": "lo", "text": DEMO.news_index["title_lo"]})
    assert answer.json()["slug"] == "khao-san"
    assert client.get(url, {"language": "fr", "text": "x"}).status_code == 400
    assert client.get(url, {"language": "lo", "text": "x" * 5000}).status_code == 400


@pytest.mark.django_db
def test_the_slug_rule_is_for_signed_in_staff_only(client):
    assert client.get(reverse("staff_slug"), {"language": "lo", "text": "ລາວ"}).status_code == 302
