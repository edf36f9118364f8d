"""Roles that hold: staff manage only their own media; only superusers edit groups.

Sites migrated before this ran 0002 with staff holding "change" on the root collection, which
in Wagtail's collection policy lets them edit and delete every image and document, and with
administrators holding the group permissions. Wagtail's first migrations also left model-level
image and document permissions on the groups; the collection policy ignores them, so they go.
"""

from django.db import migrations

from portal import roles

MEDIA_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))


def apply_media_and_group_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()
    media_app_labels = [app_label for app_label, _ in MEDIA_MODELS]

    for name, patterns in roles.COLLECTION_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None or root_collection is None:
            continue
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label__in=media_app_labels)
        )
        GroupCollectionPermission.objects.filter(
            group=group, permission__content_type__app_label__in=media_app_labels
        ).delete()
        for pattern in patterns:
            for app_label, model in MEDIA_MODELS:
                permission = Permission.objects.filter(
                    content_type__app_label=app_label, codename=pattern.format(model)
                ).first()
                if permission is not None:
                    GroupCollectionPermission.objects.create(
                        group=group, collection=root_collection, permission=permission
                    )

    administrators = Group.objects.filter(name=roles.ADMINISTRATORS).first()
    if administrators is not None:
        for dotted in roles.REVOKED_ADMINISTRATOR_PERMISSIONS:
            app_label, codename = dotted.split(".")
            administrators.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0007_search_entry_moves_to_search_app"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(apply_media_and_group_permissions, migrations.RunPython.noop)]
