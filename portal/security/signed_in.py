"""The request of a signed-in admin user, for type checking.

Every admin view runs behind Wagtail's sign-in, so its `request.user` is an account, never
`AnonymousUser`; annotating such views with `SignedInRequest` says so to the type checker.
"""

from django.contrib.auth.models import User
from django.http import HttpRequest


class SignedInRequest(HttpRequest):
    user: User  # narrower than HttpRequest's `User | AnonymousUser`
