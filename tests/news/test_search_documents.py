import datetime

import pytest
from wagtail.rich_text import RichText

from news.factories import ExplainerPageFactory, NewsPageFactory
from search.documents import SearchDocument


@pytest.mark.django_db
def test_news_item_describes_itself_to_search_in_each_language(news_index):
    item = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2025, 4, 5),
        body=[("heading", "Ký kết"), ("paragraph", RichText("<p>Hai bên <b>ký</b> biên bản.</p>"))],
    )
    assert item.search_document("vi") == SearchDocument(
        language="vi",
        section="news",
        title=item.title_vi,
        body="Ký kết\nHai bên ký biên bản.",
        summary=item.lead_vi,
        year=2025,
    )
    lao = item.search_document("lo")
    assert (lao.language, lao.title, lao.summary) == ("lo", item.title_lo, item.lead_lo)
    assert lao.body == "ຄະນະໄດ້ເຮັດວຽກກັບບັນດາພາກສ່ວນຂອງກະຊວງ."


@pytest.mark.django_db
def test_explainer_questions_and_answers_are_searchable(explainer_index):
    explainer = ExplainerPageFactory(parent=explainer_index)
    document = explainer.search_document("lo")
    assert document.section == "explainer"
    assert "ຈົດທະບຽນແຕ່ງງານຢູ່ໃສ?" in document.body
    assert "ຄະນະກຳມະການປະຊາຊົນຂັ້ນຕາແສງ" in document.body


@pytest.mark.django_db
def test_untranslated_page_gives_search_no_lao_document(news_index):
    item = NewsPageFactory(parent=news_index, title_lo="", slug_lo="", lead_lo="", body_lo=[])
    assert item.search_document("lo") is None
    assert item.search_document("vi").title == item.title_vi


@pytest.mark.django_db
def test_share_summary_and_image_follow_the_active_language(news_index):
    from django.utils import translation

    item = NewsPageFactory(parent=news_index, with_image=True)
    assert item.share_image == item.feature_image
    with translation.override("lo"):
        assert item.share_summary == item.lead_lo
    assert item.share_summary == item.lead_vi
