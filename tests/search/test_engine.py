"""Matching, ranking, facets and index upkeep, on whichever database the suite runs."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from portal.text.normalise import index_terms
from search import fulltext, indexing
from search.documents import SearchDocument
from search.engine import PER_PAGE, Filters, search, suggest_titles
from search.models import SearchEntry
from search.snippets import Highlighter, highlight

pytestmark = pytest.mark.django_db


def page(parent, slug: str, title: str, body: str = "", **fields):
    """A live StandardPage, indexed the way publishing indexes it."""
    created = StandardPageFactory(
        parent=parent,
        slug=slug,
        title=title,
        body=f"<p>{body}</p>",
        title_lo=fields.pop("title_lo", ""),
        slug_lo=slug,
        body_lo=fields.pop("body_lo", ""),
        show_in_menus=False,
        **fields,
    )
    indexing.update_pages([created])
    return created


def document(parent, slug: str, title: str, body: str = "", **facets) -> SearchEntry:
    """A page indexed as a legal document (as the gazette's pages will be)."""
    carrier = StandardPageFactory(
        parent=parent, slug=slug, slug_lo=slug, title=title, show_in_menus=False
    )
    SearchEntry.objects.filter(page=carrier).delete()
    defaults = {"language": "vi", "section": "legal_document"}
    entry = indexing.entry_for(carrier, SearchDocument(title=title, body=body, **defaults | facets))
    entry.save()
    return entry


def slugs(query: str, filters: Filters | None = None) -> list[str]:
    return [entry.page.slug for entry in search(query, filters or Filters()).entries]


# --- Matching -----------------------------------------------------------------------------


def test_finds_vietnamese_without_accents_and_with_the_other_tone_placement(home_page):
    page(home_page, "hoa-giai", "Hòa giải ở cơ sở", "Thủy lợi nội đồng")
    assert slugs("hoa giai") == ["hoa-giai"]
    assert slugs("hoà giải") == ["hoa-giai"]
    assert slugs("thuỷ lợi") == ["hoa-giai"]


def test_all_words_must_be_found(home_page):
    page(home_page, "dat-dai", "Luật Đất đai")
    assert slugs("luat dat dai") == ["dat-dai"]
    assert slugs("luat dat bien") == []


def test_finds_a_lao_word_inside_a_run_without_spaces(home_page):
    page(home_page, "nguoi-nuoc-ngoai", "Người nước ngoài", title_lo="ການຄຸ້ມຄອງຄົນຕ່າງປະເທດ")
    assert slugs("ຕ່າງປະເທດ") == ["nguoi-nuoc-ngoai"]
    assert slugs("ຄຸ້ມຄອງ") == ["nguoi-nuoc-ngoai"]


def test_lao_words_matching_only_inside_longer_words_are_found_as_substrings(home_page):
    page(home_page, "kon-tum", "Kon Tum", title_lo="ແຂວງກອນຕູມ")
    lao_name = "ອນຕູ"  # not a word of its own anywhere
    results = search(lao_name, Filters())
    assert [entry.page.slug for entry in results.entries] == ["kon-tum"]
    assert results.matched_substrings


def test_lao_found_as_substrings_marks_the_substring_not_the_letters_of_its_words(home_page):
    page(home_page, "kon-tum", "Kon Tum", title_lo="ແຂວງກອນຕູມ ແລະ ແຂວງເຊກອງ")
    results = search("ອນຕູ", Filters())  # its words are ອ, ນ and ຕູ
    (entry,) = results.entries
    marked = highlight(entry.title, Highlighter.for_results(results))
    assert marked == "ແຂວງກ<mark>ອນຕູ</mark>ມ ແລະ ແຂວງເຊກອງ"


def test_lao_variant_spellings_find_each_other(home_page):
    page(home_page, "tro-giup", "Trợ giúp", title_lo="ການຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍ")
    assert slugs("ຊ່ວຍເຫລືອ ກົດຫມາຍ") == ["tro-giup"]


def test_an_untranslated_page_is_not_found_as_lao(home_page):
    page(home_page, "chi-tieng-viet", "Chỉ có tiếng Việt")
    entries = SearchEntry.objects.filter(page__slug="chi-tieng-viet")
    assert list(entries.values_list("language", flat=True)) == ["vi"]


# --- Ranking ------------------------------------------------------------------------------


def test_the_document_with_the_number_comes_first(home_page):
    document(home_page, "mentions", "Hướng dẫn", "Thực hiện Nghị định 168/2024/NĐ-CP về giao thông")
    document(home_page, "decree", "Nghị định xử phạt", document_number="168/2024/NĐ-CP")
    document(home_page, "other", "Nghị định khác", document_number="186/2024/NĐ-CP")
    assert slugs("168/2024/ND-CP")[:2] == ["decree", "mentions"]
    assert slugs("168/2024")[0] == "decree"  # a number that starts with the query


def test_title_matches_come_before_body_matches(home_page):
    page(home_page, "title", "Luật Hộ tịch", "Đăng ký khai sinh")
    page(home_page, "body", "Thủ tục hành chính", "Theo Luật Hộ tịch, đăng ký khai sinh")
    assert slugs("ho tich") == ["title", "body"]


def test_exact_accents_rank_above_folded_matches(home_page):
    page(home_page, "ban-an", "Bản án dân sự")
    page(home_page, "ban-an-com", "Bạn ăn cơm")
    assert slugs("bạn ăn") == ["ban-an-com", "ban-an"]
    assert slugs("bản án") == ["ban-an", "ban-an-com"]


def test_words_side_by_side_rank_above_scattered_words(home_page):
    page(home_page, "scattered", "Đất và nhà", "Luật về đai")
    page(home_page, "together", "Đất đai và nhà", "Luật")
    assert slugs("dat dai")[0] == "together"


def test_newer_pages_come_first_within_a_tier(home_page):
    old = page(home_page, "old", "Luật Cư trú")
    page(home_page, "new", "Luật Cư trú mới")
    SearchEntry.objects.filter(page=old).update(published_at=timezone.now() - timedelta(days=400))
    assert slugs("cu tru") == ["new", "old"]


# --- Facets and pages ---------------------------------------------------------------------


def test_facet_counts_follow_the_other_facets(home_page):
    document(home_page, "a", "Luật Đất đai", document_type="law", year=2024)
    document(home_page, "b", "Nghị định về đất đai", document_type="decree", year=2024)
    document(home_page, "c", "Luật Đất đai cũ", document_type="law", year=2013)
    results = search("dat dai", Filters(document_type="law"))
    assert results.total == 2
    types = {
        value.value: (value.count, value.selected) for value in results.facets["document_type"]
    }
    assert types == {"law": (2, True), "decree": (1, False)}  # counted without its own filter
    years = {value.value: value.count for value in results.facets["year"]}
    assert years == {2024: 1, 2013: 1}  # counted within "law"


def test_facets_alone_browse_without_a_query(home_page):
    document(home_page, "a", "Luật Đất đai", year=2024)
    document(home_page, "b", "Luật Cư trú", year=2020)
    assert slugs("", Filters(year=2020)) == ["b"]
    assert search("", Filters()).total == 0  # nothing typed, nothing chosen: no list at all


def test_results_come_in_pages(home_page):
    for number in range(PER_PAGE + 3):
        document(home_page, f"d{number}", f"Luật số {number}")
    second = search("luat", Filters(), page_number=2)
    assert (second.total, second.page_count, len(second.entries)) == (PER_PAGE + 3, 2, 3)
    assert second.first_position == PER_PAGE + 1
    assert search("luat", Filters(), page_number=99).page_number == 2


def test_suggestions_complete_the_last_word_in_both_languages(home_page):
    page(home_page, "dat-dai", "Luật Đất đai", title_lo="ກົດໝາຍວ່າດ້ວຍທີ່ດິນ")
    page(home_page, "dan-su", "Bộ luật Dân sự")
    assert [entry.title for entry in suggest_titles("luat da")] == [
        "Bộ luật Dân sự",
        "Luật Đất đai",
    ]
    assert [entry.title for entry in suggest_titles("ກົດໝາຍ")] == ["ກົດໝາຍວ່າດ້ວຍທີ່ດິນ"]


# --- Keeping the index in step ------------------------------------------------------------


def test_publishing_and_unpublishing_update_the_index(
    home_page, django_capture_on_commit_callbacks
):
    created = StandardPageFactory(parent=home_page, slug="moi", title="Trang mới", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        created.save_revision().publish()
    assert slugs("trang moi") == ["moi"]
    created.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        created.unpublish()
    assert slugs("trang moi") == []


def test_private_pages_are_not_found(home_page, django_capture_on_commit_callbacks):
    private = page(home_page, "rieng", "Trang riêng")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert slugs("trang rieng") == []


def test_deleting_a_page_removes_its_entries(home_page):
    deleted = page(home_page, "xoa", "Trang sẽ xoá", title_lo="ໜ້າທີ່ຈະລຶບ")
    deleted.delete()
    assert not SearchEntry.objects.exists()


def test_rebuild_indexes_every_live_page_again(home_page):
    page(home_page, "a", "Trang A", title_lo="ໜ້າ ກ")
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    # Two languages of the page, plus the home page in both.
    assert "4 entries" in out.getvalue()
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert SearchEntry.objects.count() == 4


# --- The databases agree ------------------------------------------------------------------


SAMPLES = [
    "Luật Đất đai số 31/2024/QH15 — hoà giải, THỦY LỢI",
    "ການຄຸ້ມຄອງຄົນຕ່າງປະເທດ ກະຊວງຍຸຕິທຳ ໜັງສືພິມ ເອເລັກໂຕຣນິກ ໒໐໒໔",
    "\u0eb8ກ ໌ຕ ກ໌ ມາດຕາ5 Ἀθῆναι Москва 北京",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_database_splits_keys_where_python_did(text):
    key = index_terms(text).folded
    assert database_tokens(key) == set(key.split())


@pytest.mark.parametrize("text", SAMPLES)
def test_the_database_keeps_pairs_of_words_whole(text):
    pairs = index_terms(text).pairs
    assert database_tokens(pairs) == set(pairs.split())


def test_existing_entries_get_the_pairs_new_entries_get(home_page):
    # Migration 0005 fills `phrase_key` of entries indexed before it with indexing.phrase_key.
    entry = document(
        home_page, "a", "Luật Đất đai", document_number="31/2024/QH15", summary="Hòa giải ở cơ sở"
    )
    assert {"luat0dat", "dat0dai", "hoa0giai"} <= set(entry.phrase_key.split())
    assert indexing.phrase_key(entry.document_number, entry.title, entry.summary) == (
        entry.phrase_key
    )


def database_tokens(key: str) -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT unnest(tsvector_to_array(to_tsvector('simple', %s)))", [key])
            return {row[0] for row in cursor.fetchall()}
        tokenizer = fulltext.SqliteFullText.TOKENIZER
        cursor.execute(f'CREATE VIRTUAL TABLE temp.probe USING fts5(k, tokenize="{tokenizer}")')
        cursor.execute("CREATE VIRTUAL TABLE temp.probe_vocab USING fts5vocab(temp, probe, 'row')")
        cursor.execute("INSERT INTO temp.probe(k) VALUES (%s)", [key])
        cursor.execute("SELECT term FROM temp.probe_vocab")
        tokens = {row[0] for row in cursor.fetchall()}
        cursor.execute("DROP TABLE temp.probe_vocab")
        cursor.execute("DROP TABLE temp.probe")
        return tokens
