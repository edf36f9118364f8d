"""Demo users, one per role, for `make run`."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal import roles

DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "portal-demo-2026")

DEMO_USERS = [
    # username, role (None = superuser), first name, last name
    ("admin", None, "Quản trị", "Demo"),
    ("quantri", roles.ADMINISTRATORS, "Quản trị viên", "Demo"),
    ("bientap", roles.EDITORS, "Biên tập viên", "Demo"),
    ("phobien", roles.STAFF, "Cán bộ phổ biến", "Demo"),
]


def load(stdout) -> None:
    User = get_user_model()
    for username, role, first_name, last_name in DEMO_USERS:
        user, _ = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.invalid"},
        )
        user.first_name, user.last_name = first_name, last_name
        user.is_staff = role is None
        user.is_superuser = role is None
        user.set_password(DEMO_PASSWORD)
        user.save()
        if role:
            user.groups.set([Group.objects.get(name=role)])
    accounts = ", ".join(f"{name} ({role or 'superuser'})" for name, role, *_ in DEMO_USERS)
    stdout.write(f"Demo users (password {DEMO_PASSWORD!r}): {accounts}")
