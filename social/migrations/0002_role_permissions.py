"""Who may do what with Facebook publishing.

Connections (Page tokens) and automatic sharing rules are for administrators only; scheduling, sending, retrying and
cancelling posts for editors and administrators; dissemination staff may see the queue
but not schedule or send.
"""

from django.db import migrations

from portal import roles

POST_VIEW = ["view_socialpost"]
POST_EDIT = ["view_socialpost", "add_socialpost", "change_socialpost"]
CONNECTIONS = [
    "view_facebookconnection",
    "add_facebookconnection",
    "change_facebookconnection",
    "delete_facebookconnection",
    "view_autosharerule",
    "add_autosharerule",
    "change_autosharerule",
    "delete_autosharerule",
]
GRANTS = {
    roles.STAFF: POST_VIEW,
    roles.EDITORS: POST_EDIT,
    roles.ADMINISTRATORS: POST_EDIT + CONNECTIONS,
}


def _permission(apps, codename):
    """Django creates permissions after all migrations ran, so create them if needed."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    action, model = codename.split("_", 1)
    content_type, _ = ContentType.objects.get_or_create(app_label="social", model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {action} {model}"}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for role, codenames in GRANTS.items():
        group = Group.objects.get(name=role)
        group.permissions.add(*(_permission(apps, codename) for codename in codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("social", "0001_initial"),
        ("portal", "0002_roles_and_review_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
