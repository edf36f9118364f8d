"""Administrators manage users, but never superusers, and give only the groups they hold."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal import roles
from tests.users import refused, user_in

User = get_user_model()


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("root", "root@example.invalid", "root-password")


@pytest.fixture
def administrator(client, db):
    user = user_in(roles.ADMINISTRATORS, username="quantri")
    client.force_login(user)
    return user


def user_form(username: str, **extra) -> dict:
    return {
        "username": username,
        "email": f"{username}@example.invalid",
        "first_name": "Tên",
        "last_name": "Họ",
        "password1": "a-new-long-password-2026",
        "password2": "a-new-long-password-2026",
        "is_active": "on",
        **extra,
    }


def test_administrator_cannot_set_a_superusers_password(client, administrator, superuser):
    response = client.post(f"/admin/users/edit/{superuser.pk}/", user_form("root"))
    assert refused(response)
    superuser.refresh_from_db()
    assert superuser.check_password("root-password")


def test_administrator_cannot_open_a_superuser_for_editing(client, administrator, superuser):
    assert refused(client.get(f"/admin/users/edit/{superuser.pk}/"))


def test_administrator_cannot_create_a_superuser(client, administrator):
    response = client.post("/admin/users/new/", user_form("sneaky", is_superuser="on"))
    assert response.status_code == 302
    assert not User.objects.get(username="sneaky").is_superuser


def test_administrator_cannot_promote_a_user(client, administrator):
    staff = user_in(roles.STAFF, username="phobien")
    client.post(f"/admin/users/edit/{staff.pk}/", user_form("phobien", is_superuser="on"))
    staff.refresh_from_db()
    assert not staff.is_superuser


def test_administrator_cannot_give_a_group_they_do_not_hold(client, administrator):
    outsider = Group.objects.create(name="Outsiders")
    response = client.post("/admin/users/new/", user_form("newbie", groups=[outsider.pk]))
    assert response.status_code == 200  # the form comes back with an error
    assert "groups" in response.context["form"].errors
    assert not User.objects.filter(username="newbie").exists()


def test_administrator_may_give_their_own_groups(client, administrator):
    own = Group.objects.get(name=roles.ADMINISTRATORS)
    editors = Group.objects.get(name=roles.EDITORS)
    response = client.post("/admin/users/new/", user_form("helper", groups=[own.pk]))
    assert response.status_code == 302
    assert list(User.objects.get(username="helper").groups.all()) == [own]
    # Editors is not the administrator's: a user holding it keeps it through an edit.
    editor = user_in(roles.EDITORS, username="bientap")
    client.post(f"/admin/users/edit/{editor.pk}/", user_form("bientap", groups=[own.pk]))
    assert set(editor.groups.all()) == {own, editors}


def test_bulk_actions_leave_superusers_alone(client, administrator, superuser):
    own = Group.objects.get(name=roles.ADMINISTRATORS)
    base = "/admin/bulk/auth/user"
    query = f"?next=/admin/users/&id={superuser.pk}"
    client.post(f"{base}/set_active_state/{query}", {"mark_as_active": "False"})
    client.post(f"{base}/assign_role/{query}", {"role": own.pk})
    client.post(f"{base}/delete/{query}")
    superuser.refresh_from_db()
    assert superuser.is_active
    assert not superuser.groups.exists()


def test_bulk_assign_role_refuses_a_group_the_administrator_does_not_hold(client, administrator):
    staff = user_in(roles.STAFF, username="phobien")
    editors = Group.objects.get(name=roles.EDITORS)
    url = f"/admin/bulk/auth/user/assign_role/?next=/admin/users/&id={staff.pk}"
    client.post(url, {"role": editors.pk})
    assert not staff.groups.filter(pk=editors.pk).exists()


def test_superuser_keeps_full_control(client, superuser):
    client.force_login(superuser)
    response = client.post("/admin/users/new/", user_form("second-root", is_superuser="on"))
    assert response.status_code == 302
    assert User.objects.get(username="second-root").is_superuser


def test_administrators_do_not_edit_groups(client, administrator):
    staff_group = Group.objects.get(name=roles.STAFF)
    assert refused(client.get("/admin/groups/"))
    assert refused(client.get(f"/admin/groups/edit/{staff_group.pk}/"))


def test_bulk_assign_role_gives_a_group_the_administrator_holds(client, administrator):
    staff = user_in(roles.STAFF, username="phobien")
    own = Group.objects.get(name=roles.ADMINISTRATORS)
    url = f"/admin/bulk/auth/user/assign_role/?next=/admin/users/&id={staff.pk}"
    client.post(url, {"role": own.pk})
    assert staff.groups.filter(pk=own.pk).exists()
