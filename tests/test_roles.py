import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import rich_text

from portal import roles
from tests.users import user_in


@pytest.mark.django_db
def test_the_three_roles_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {roles.STAFF, roles.EDITORS, roles.ADMINISTRATORS} <= names
    assert "Moderators" not in names


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "can_edit", "can_publish"),
    [(roles.STAFF, True, False), (roles.EDITORS, True, True), (roles.ADMINISTRATORS, True, True)],
)
def test_page_permissions_per_role(home_page, role, can_edit, can_publish):
    tester = home_page.permissions_for_user(user_in(role))
    assert tester.can_edit() is can_edit
    assert tester.can_publish() is can_publish


@pytest.mark.django_db
def test_every_page_goes_through_editorial_review(home_page):
    workflow = home_page.get_workflow()
    assert workflow.name == roles.REVIEW_WORKFLOW
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.EDITORS]
    assert Workflow.objects.filter(workflow_pages__page=Page.get_first_root_node()).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "may_manage_users"),
    [(roles.STAFF, False), (roles.EDITORS, False), (roles.ADMINISTRATORS, True)],
)
def test_only_administrators_manage_users(client, role, may_manage_users):
    client.force_login(user_in(role))
    response = client.get("/admin/users/")
    assert (response.status_code == 200) is may_manage_users


@pytest.mark.django_db
def test_staff_can_submit_but_not_publish_through_the_admin(client, home_page):
    from home.models import StandardPage

    client.force_login(user_in(roles.STAFF))
    form = {
        "title_vi": "Bài mới",
        "slug_vi": "bai-moi",
        "title_lo": "ບົດໃໝ່",
        "slug_lo": "bot-mai",
        "body_vi": rich_text("<p>Nội dung</p>"),
        "body_lo": rich_text(""),
        "action-publish": "publish",
    }
    client.post(f"/admin/pages/add/home/standardpage/{home_page.pk}/", form)
    page = StandardPage.objects.get(slug_vi="bai-moi")
    assert not page.live

    form.pop("action-publish")
    form["action-submit"] = "submit"
    client.post(f"/admin/pages/{page.pk}/edit/", form)
    page.refresh_from_db()
    assert page.current_workflow_state is not None
    assert not page.live
