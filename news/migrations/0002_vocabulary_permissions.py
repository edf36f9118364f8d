"""Editors and administrators manage the bilingual vocabularies (categories, tags, topics)."""

from django.db import migrations

from portal import roles

MODELS = ["newscategory", "newstag", "legaltopic"]
ACTIONS = ["add", "change", "delete"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    groups = Group.objects.filter(name__in=[roles.EDITORS, roles.ADMINISTRATORS])
    for model in MODELS:
        # Django creates permissions only after all migrations ran: create them if needed.
        content_type, _ = ContentType.objects.get_or_create(app_label="news", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            for group in groups:
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("portal", "0002_roles_and_review_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
