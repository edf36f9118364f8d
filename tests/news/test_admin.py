import pytest

from news.factories import NewsPageFactory
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
