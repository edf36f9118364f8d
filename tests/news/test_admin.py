import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.factories import LegalTopicFactory, NewsPageFactory
from news.models import ExplainerPage
from news.panels import translation_states
from portal import roles
from tests.users import user_in


@pytest.mark.django_db
def test_editors_see_the_translation_state_on_the_form(client, news_index):
    item = NewsPageFactory(parent=news_index, lead_lo="", lao_is_demo_translation=True)
    client.force_login(user_in(roles.EDITORS))
    html = client.get(f"/admin/pages/{item.pk}/edit/").content.decode()
    state = html.split('class="news-translation-state"', 1)[1].split("</ul>", 1)[0]
    vietnamese, lao = state.split("<li>")[1:]
    assert vietnamese.startswith('<strong lang="vi">')
    assert "đầy đủ</li>" in vietnamese
    assert lao.startswith('<strong lang="lo">ພາສາລາວ</strong>')
    assert "còn thiếu đoạn mở đầu (sapo)" in lao
    assert "bản dịch mẫu, chưa được biên dịch viên kiểm tra" in state


@pytest.mark.django_db
def test_translation_state_per_language(news_index):
    complete = NewsPageFactory(parent=news_index)
    missing = NewsPageFactory(parent=news_index, title_lo="", slug_lo="", lead_lo="", body_lo=[])
    assert [state.status for state in translation_states(complete)] == ["complete", "complete"]
    assert [state.status for state in translation_states(missing)] == ["complete", "missing"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "may_edit"),
    [(roles.STAFF, False), (roles.EDITORS, True), (roles.ADMINISTRATORS, True)],
)
def test_editors_manage_the_vocabularies(client, role, may_edit):
    client.force_login(user_in(role))
    response = client.get("/admin/snippets/news/newscategory/add/")
    assert (response.status_code == 200) is may_edit


@pytest.mark.django_db
def test_staff_cite_a_legal_document_article_from_the_explainer_form(client, explainer_index):

    law = explainer_index.get_parent().add_child(
        instance=Page(title="Luật Hộ tịch", slug="luat-ho-tich")
    )
    client.force_login(user_in(roles.STAFF))
    answer = rich_text("<p>Tại Ủy ban nhân dân cấp xã.</p>")
    form = nested_form_data(
        {
            "title_vi": "Đăng ký khai sinh",
            "slug_vi": "dang-ky-khai-sinh",
            "date": "2025-05-26",
            "topic": LegalTopicFactory().pk,
            "audience": "families",
            "lead_vi": "Trong 60 ngày kể từ ngày sinh con.",
            "body_vi": streamfield(
                [("question", {"question": "Đăng ký ở đâu?", "answer": answer})]
            ),
            "body_lo": streamfield([]),
            "document_links": inline_formset(
                [
                    {
                        "document": law.pk,
                        "article_anchor": "article-13",
                        "note_vi": "Thẩm quyền đăng ký khai sinh",
                        "note_lo": "ອຳນາດການແຈ້ງເກີດ",
                    }
                ]
            ),
            "action-submit": "submit",
        }
    )
    response = client.post(f"/admin/pages/add/news/explainerpage/{explainer_index.pk}/", form)
    assert response.status_code == 302, response.context["form"].errors
    explainer = ExplainerPage.objects.get(slug_vi="dang-ky-khai-sinh")
    link = explainer.latest_revision.as_object().document_links.get()
    assert (link.document_id, link.article_anchor) == (law.pk, "article-13")
    assert (link.note_vi, link.note_lo) == ("Thẩm quyền đăng ký khai sinh", "ອຳນາດການແຈ້ງເກີດ")
    assert explainer.current_workflow_state is not None  # submitted for review, not live
