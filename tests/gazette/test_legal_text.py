"""Structured text: stable anchors, a nested table of contents, markers, one-pass rendering."""

import pytest
from django.utils import translation

from gazette.demo_texts import article, division, paragraph
from gazette.legal_text import build_legal_text


def anchors(blocks, language="vi") -> list[str]:
    return [p.anchor for p in build_legal_text(blocks, language).provisions if p.anchor]


def test_anchors_come_from_numbers_not_positions():
    blocks = [
        division("part", "I", "Quy định chung"),
        division("chapter", "II", "Đất đai"),
        division("section", "1", "Quy hoạch"),
        article("5", "Nguyên tắc", ["Đúng mục đích.", "Tiết kiệm."]),
        article("5a", "Điều bổ sung"),
        division("chapter", "III", "Giá đất"),
        division("section", "1", "Định giá"),
        article("12", "Bảng giá đất"),
    ]
    assert anchors(blocks) == [
        "part-1",
        "chapter-2",
        "chapter-2-section-1",
        "article-5",
        "article-5a",
        "chapter-3",
        "chapter-3-section-1",  # sections restart in each chapter
        "article-12",
    ]
    clauses = build_legal_text(blocks, "vi").articles[0].clauses
    assert [c.anchor for c in clauses] == ["article-5-clause-1", "article-5-clause-2"]


def test_inserting_an_article_does_not_move_the_others_anchors():
    before = anchors([article("4", "A"), article("5", "B")])
    after = anchors([article("4", "A"), article("4a", "New"), article("5", "B")])
    assert "article-5" in before and "article-5" in after


def test_a_repeated_number_gets_a_distinct_anchor():
    assert anchors([article("3", "A"), article("3", "B")]) == ["article-3", "article-3-2"]


def test_the_same_anchors_in_both_languages():
    vi = [division("chapter", "II", "Quyền"), article("5", "Nguyên tắc")]
    lo = [division("chapter", "II", "ສິດ"), article("5", "ຫຼັກການ")]
    assert anchors(vi, "vi") == anchors(lo, "lo")


def test_labels_are_in_the_texts_own_language():
    with translation.override("vi"):  # the reader's language does not change the text's labels
        text = build_legal_text([division("chapter", "II", "ສິດ"), article("5", "ຫຼັກການ")], "lo")
    assert [p.title for p in text.provisions] == ["ໝວດທີ II. ສິດ", "ມາດຕາ 5. ຫຼັກການ"]
    vi = build_legal_text([article("5", "Nguyên tắc")], "vi")
    assert vi.provisions[0].title == "Điều 5. Nguyên tắc"


def test_toc_nests_articles_under_their_divisions():
    text = build_legal_text(
        [
            paragraph("Căn cứ Hiến pháp;"),
            division("chapter", "I", "Chung"),
            article("1", "Phạm vi"),
            division("chapter", "II", "Riêng"),
            division("section", "1", "Mục một"),
            article("2", "Đối tượng"),
        ],
        "vi",
    )
    html = str(text.toc_html())
    assert html == (
        '<ol><li><a href="#chapter-1">Chương I. Chung</a>'
        '<ol><li><a href="#article-1">Điều 1. Phạm vi</a></li></ol></li>'
        '<li><a href="#chapter-2">Chương II. Riêng</a>'
        '<ol><li><a href="#chapter-2-section-1">Mục 1. Mục một</a>'
        '<ol><li><a href="#article-2">Điều 2. Đối tượng</a></li></ol></li></ol></li></ol>'
    )


def test_toc_escapes_headings():
    text = build_legal_text([article("1", "<b>x</b>")], "vi")
    assert "&lt;b&gt;" in str(text.toc_html())


def test_plain_text_for_search():
    text = build_legal_text([article("5", "Nguyên tắc", ["Đúng mục đích."])], "vi")
    assert text.plain_text() == "Điều 5. Nguyên tắc\n1. Đúng mục đích."


@pytest.mark.django_db
def test_the_page_links_the_toc_to_article_anchors_and_marks_amendments(client, make_document):
    amending = make_document(title="Nghị định sửa đổi")
    blocks = [article(str(n), f"Điều khoản {n}") for n in range(1, 5)]
    blocks.append(
        article("5", "Thời hạn", ["Không quá 15 ngày."], marker="amended", amended_by=amending.pk)
    )
    decree = make_document(text_vi=blocks)
    html = client.get(decree.url).content.decode()
    assert '<a href="#article-5">Điều 5. Thời hạn</a>' in html
    assert '<section class="article" id="article-5"' in html
    assert 'id="article-5-clause-1"' in html
    assert "article-marker--amended" in html
    assert f'Được sửa đổi bởi <a href="{amending.url}">Nghị định sửa đổi</a>' in html


@pytest.mark.django_db
def test_a_200_article_law_renders_in_a_fixed_number_of_queries(
    client, make_document, django_assert_max_num_queries
):
    amending = make_document()
    blocks = []
    for chapter in range(1, 11):
        blocks.append(division("chapter", str(chapter), f"Chương {chapter}"))
        for n in range(20):
            number = (chapter - 1) * 20 + n + 1
            marker = {"marker": "amended", "amended_by": amending.pk} if number % 7 == 0 else {}
            blocks.append(
                article(str(number), f"Điều {number}", ["Khoản một.", "Khoản hai."], **marker)
            )
    law = make_document(text_vi=blocks)
    with django_assert_max_num_queries(30):
        html = client.get(law.url).content.decode()
    assert html.count('class="article"') == 200
    assert 'id="article-200-clause-2"' in html
