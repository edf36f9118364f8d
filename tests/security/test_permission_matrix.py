"""Every admin area and action, for every role: allowed or refused, asserted on the server.

GET rows open the page (list, add form, edit form, delete confirmation); POST rows perform the
deletion, single or bulk, and are judged by whether the object still exists afterwards.
"""

from dataclasses import dataclass

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from gazette.factories import PdfDocumentFactory
from gazette.models import DocumentType
from home.factories import StandardPageFactory
from news.factories import NewsCategoryFactory
from news.taxonomy import NewsCategory
from portal import roles
from tests.users import refused, user_in

User = get_user_model()
SUPERUSER, ADMINISTRATOR, EDITOR, STAFF, ANONYMOUS = (
    "superuser",
    "administrator",
    "editor",
    "staff",
    "anonymous",
)
ROLE_GROUPS = {ADMINISTRATOR: roles.ADMINISTRATORS, EDITOR: roles.EDITORS, STAFF: roles.STAFF}
EVERYONE = {SUPERUSER, ADMINISTRATOR, EDITOR, STAFF}
MANAGERS = {SUPERUSER, ADMINISTRATOR}
EDITORIAL = {SUPERUSER, ADMINISTRATOR, EDITOR}
ONLY_SUPERUSER = {SUPERUSER}


@dataclass(frozen=True)
class Row:
    area: str
    action: str
    url: str  # formatted with the ids of the objects built by `world`
    allowed: frozenset
    method: str = "get"
    deletes: str = ""  # for POST rows: the key of the object the request deletes

    def __str__(self) -> str:
        return f"{self.area}-{self.action}"


def row(area, action, url, allowed, **kwargs) -> Row:
    return Row(area, action, url, frozenset(allowed), **kwargs)


BULK = "/admin/bulk/{app}/delete/?next=/admin/&id={id}"

MATRIX = [
    row("dashboard", "open", "/admin/", EVERYONE),
    # Pages written by someone else. In Wagtail "change" includes deleting: editors and
    # administrators delete any page, staff only pages not yet published (drafts).
    row("pages", "list", "/admin/pages/{home}/", EVERYONE),
    row("pages", "add", "/admin/pages/add/home/standardpage/{home}/", EVERYONE),
    row("pages", "edit", "/admin/pages/{page}/edit/", EVERYONE),
    row("pages", "delete", "/admin/pages/{page}/delete/", EDITORIAL, method="post", deletes="page"),
    row(
        "pages",
        "bulk-delete",
        BULK.format(app="wagtailcore/page", id="{page}") + "&childOf={home}",
        EDITORIAL,
        method="post",
        deletes="page",
    ),
    row(
        "pages",
        "delete-draft",
        "/admin/pages/{draft}/delete/",
        EVERYONE,
        method="post",
        deletes="draft",
    ),
    # Images and documents: another user's upload, then the role's own upload.
    row("images", "list", "/admin/images/", EVERYONE),
    row("images", "add", "/admin/images/multiple/add/", EVERYONE),
    row("images", "edit", "/admin/images/{image}/", EDITORIAL),
    row(
        "images",
        "delete",
        "/admin/images/{image}/delete/",
        EDITORIAL,
        method="post",
        deletes="image",
    ),
    row(
        "images",
        "bulk-delete",
        BULK.format(app="wagtailimages/image", id="{image}"),
        EDITORIAL,
        method="post",
        deletes="image",
    ),
    row("images", "edit-own", "/admin/images/{own_image}/", EVERYONE),
    row(
        "images",
        "delete-own",
        "/admin/images/{own_image}/delete/",
        EVERYONE,
        method="post",
        deletes="own_image",
    ),
    row("documents", "list", "/admin/documents/", EVERYONE),
    row("documents", "add", "/admin/documents/multiple/add/", EVERYONE),
    row("documents", "edit", "/admin/documents/edit/{document}/", EDITORIAL),
    row(
        "documents",
        "delete",
        "/admin/documents/delete/{document}/",
        EDITORIAL,
        method="post",
        deletes="document",
    ),
    row(
        "documents",
        "bulk-delete",
        BULK.format(app="wagtaildocs/document", id="{document}"),
        EDITORIAL,
        method="post",
        deletes="document",
    ),
    row("documents", "edit-own", "/admin/documents/edit/{own_document}/", EVERYONE),
    row(
        "documents",
        "delete-own",
        "/admin/documents/delete/{own_document}/",
        EVERYONE,
        method="post",
        deletes="own_document",
    ),
    # Users: an ordinary user, then a superuser.
    row("users", "list", "/admin/users/", MANAGERS),
    row("users", "add", "/admin/users/new/", MANAGERS),
    row("users", "edit", "/admin/users/edit/{user}/", MANAGERS),
    row("users", "delete", "/admin/users/delete/{user}/", MANAGERS, method="post", deletes="user"),
    row(
        "users",
        "bulk-delete",
        BULK.format(app="auth/user", id="{user}"),
        MANAGERS,
        method="post",
        deletes="user",
    ),
    row("users", "edit-superuser", "/admin/users/edit/{superuser}/", ONLY_SUPERUSER),
    row(
        "users",
        "delete-superuser",
        "/admin/users/delete/{other_superuser}/",
        ONLY_SUPERUSER,
        method="post",
        deletes="other_superuser",
    ),
    row(
        "users",
        "bulk-delete-superuser",
        BULK.format(app="auth/user", id="{other_superuser}"),
        ONLY_SUPERUSER,
        method="post",
        deletes="other_superuser",
    ),
    # Groups define what a role may do: superusers only.
    row("groups", "list", "/admin/groups/", ONLY_SUPERUSER),
    row("groups", "add", "/admin/groups/new/", ONLY_SUPERUSER),
    row("groups", "edit", "/admin/groups/edit/{group}/", ONLY_SUPERUSER),
    row(
        "groups",
        "delete",
        "/admin/groups/delete/{group}/",
        ONLY_SUPERUSER,
        method="post",
        deletes="group",
    ),
    # Snippets: news vocabularies (editors and administrators), gazette taxonomies (superusers).
    row("snippets", "list", "/admin/snippets/news/newscategory/", EDITORIAL),
    row("snippets", "add", "/admin/snippets/news/newscategory/add/", EDITORIAL),
    row("snippets", "edit", "/admin/snippets/news/newscategory/edit/{category}/", EDITORIAL),
    row(
        "snippets",
        "delete",
        "/admin/snippets/news/newscategory/delete/{category}/",
        EDITORIAL,
        method="post",
        deletes="category",
    ),
    row(
        "snippets",
        "bulk-delete",
        BULK.format(app="news/newscategory", id="{category}"),
        EDITORIAL,
        method="post",
        deletes="category",
    ),
    row("snippets", "taxonomy-list", "/admin/snippets/gazette/documenttype/", ONLY_SUPERUSER),
    row(
        "snippets",
        "taxonomy-delete",
        "/admin/snippets/gazette/documenttype/delete/{document_type}/",
        ONLY_SUPERUSER,
        method="post",
        deletes="document_type",
    ),
    # Settings and site structure.
    row("settings", "site-settings", "/admin/settings/portal/sitesettings/{site}/", MANAGERS),
    row("settings", "sites", "/admin/sites/", MANAGERS),
    row("settings", "collections", "/admin/collections/", ONLY_SUPERUSER),
    row("settings", "redirects", "/admin/redirects/", MANAGERS),
    row("settings", "workflows", "/admin/workflows/list/", MANAGERS),
    # The Facebook outbox: everyone sees the queue; Page connections are for administrators.
    row("social", "queue", "/admin/social/", EVERYONE),
    row("social", "facebook-pages", "/admin/social/pages/", MANAGERS),
    row("social", "auto-share-rules", "/admin/social/rules/", MANAGERS),
]

MODELS = {
    "page": Page,
    "draft": Page,
    "image": get_image_model(),
    "own_image": get_image_model(),
    "document": get_document_model(),
    "own_document": get_document_model(),
    "user": User,
    "other_superuser": User,
    "group": Group,
    "category": NewsCategory,
    "document_type": DocumentType,
}


def make_actor(role: str):
    if role == ANONYMOUS:
        return None
    if role == SUPERUSER:
        return User.objects.create_superuser("root", "root@example.invalid", "x")
    return user_in(ROLE_GROUPS[role], username=role)


def build_world(home_page, actor) -> dict[str, int]:
    """One object of every kind, made by someone other than `actor` unless it is `own_`."""
    author = User.objects.create_superuser("author", "author@example.invalid", "x")
    root = Collection.get_first_root_node()
    return {
        "home": home_page.pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "page": StandardPageFactory(parent=home_page, owner=author).pk,
        "draft": StandardPageFactory(
            parent=home_page, owner=author, live=False, title="Nháp", slug="nhap"
        ).pk,
        "image": wagtail_factories.ImageFactory(uploaded_by_user=author, collection=root).pk,
        "own_image": wagtail_factories.ImageFactory(uploaded_by_user=actor, collection=root).pk,
        "document": PdfDocumentFactory(uploaded_by_user=author).pk,
        "own_document": PdfDocumentFactory(uploaded_by_user=actor).pk,
        "user": user_in(roles.STAFF, username="target").pk,
        "superuser": author.pk,
        "other_superuser": User.objects.create_superuser("other", "o@example.invalid", "x").pk,
        "group": Group.objects.create(name="Temporary").pk,
        "category": NewsCategoryFactory().pk,
        "document_type": DocumentType.objects.create(slug="nghi-dinh", name="Nghị định").pk,
    }


@pytest.mark.django_db
@pytest.mark.parametrize("role", [SUPERUSER, ADMINISTRATOR, EDITOR, STAFF, ANONYMOUS])
@pytest.mark.parametrize("entry", MATRIX, ids=str)
def test_permission_matrix(client, home_page, entry: Row, role: str):
    actor = make_actor(role)
    if actor is not None:
        client.force_login(actor)
    world = build_world(home_page, actor)
    url = entry.url.format(**world)
    allowed = role in entry.allowed

    response = getattr(client, entry.method)(url)

    if entry.method == "post":
        still_there = MODELS[entry.deletes].objects.filter(pk=world[entry.deletes]).exists()
        assert still_there is not allowed, f"{role} {entry}: {response.status_code}"
    elif allowed:
        assert response.status_code == 200, f"{role} {entry}: {response.status_code}"
    elif role == ANONYMOUS:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    else:
        assert refused(response), f"{role} {entry}: {response.status_code}"
