from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def user_in(role: str, username: str | None = None):
    """A user whose only role is `role` (a group name from portal.roles)."""
    user = get_user_model().objects.create_user(
        username=username or f"user-{Group.objects.get(name=role).pk}",
        password="x",
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def refused(response) -> bool:
    """Whether the admin refused a request: 403, or Wagtail's redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )
