from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from staff import views


@hooks.register("register_admin_urls")
def staff_urls() -> list:
    return [
        path("staff/slug/", views.slug, name="staff_slug"),
        path("staff/guide/", views.guide, name="staff_guide"),
    ]


@hooks.register("insert_editor_js")
def readable_slugs_script() -> str:
    return format_html(
        '<script src="{}" data-slug-url="{}"></script>',
        static("staff/readable-slugs.js"),
        reverse("staff_slug"),
    )


@hooks.register("insert_global_admin_css")
def small_screen_css() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("staff/admin.css"))


@hooks.register("register_admin_menu_item")
def guide_menu_item() -> MenuItem:
    return MenuItem(_("Guide for staff"), reverse("staff_guide"), icon_name="help", order=10000)


@hooks.register("construct_main_menu")
def without_wagtails_english_help(request, menu_items: list) -> None:
    # Wagtail's "Help" links to its English guide on the internet; ours is in the admin.
    menu_items[:] = [item for item in menu_items if item.name != "help"]
