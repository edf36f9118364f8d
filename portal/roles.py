"""The portal's roles. Each name is bilingual because staff of both ministries read it."""

STAFF = "Cán bộ phổ biến · ພະນັກງານເຜີຍແຜ່"
EDITORS = "Biên tập viên · ບັນນາທິການ"
ADMINISTRATORS = "Quản trị viên · ຜູ້ບໍລິຫານລະບົບ"
REVIEW_WORKFLOW = "Duyệt biên tập · ກວດກາຂອງບັນນາທິການ"

# Page permissions each role holds on the whole tree (granted on the root page).
PAGE_PERMISSIONS = {
    STAFF: ["add_page", "change_page"],
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMINISTRATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}

# Image and document permissions on the root collection. In Wagtail's collection policy
# "change" lets a user edit and delete every item, while "add" alone lets them edit and delete
# only their own uploads: staff get "add", editors and administrators manage all media.
_MEDIA_FOR_WRITERS = ["add_{}", "choose_{}"]
_MEDIA_FOR_EDITORS = [*_MEDIA_FOR_WRITERS, "change_{}", "delete_{}"]
COLLECTION_PERMISSIONS = {
    STAFF: _MEDIA_FOR_WRITERS,
    EDITORS: _MEDIA_FOR_EDITORS,
    ADMINISTRATORS: _MEDIA_FOR_EDITORS,
}

# Model permissions (app_label.codename) that administrators hold beyond editing content.
# Not the group permissions: whoever edits a group's permissions can grant themselves any
# permission through their own group, so only superusers define what a role may do.
ADMINISTRATOR_MODEL_PERMISSIONS = [
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "wagtailcore.add_workflow",
    "wagtailcore.change_workflow",
    "wagtailcore.add_task",
    "wagtailcore.change_task",
    "wagtailcore.change_site",
    "wagtailcore.add_collection",
    "wagtailcore.change_collection",
    "portal.change_sitesettings",
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
]

# Held by administrators before migration 0006; revoked there.
REVOKED_ADMINISTRATOR_PERMISSIONS = ["auth.add_group", "auth.change_group", "auth.delete_group"]

# Groups whose members must sign in to the admin with a second step (superusers must too).
TWO_FACTOR_REQUIRED = [ADMINISTRATORS, EDITORS]
