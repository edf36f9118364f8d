"""Creates the portal's three roles and puts every page under an editorial review workflow.

Wagtail's own first migrations create "Editors" (write) and "Moderators" (publish) groups and
a "Moderators approval" workflow; they are renamed and extended here rather than duplicated.
"""

from django.db import migrations

from portal import roles


def _group(Group, wagtail_name, name):
    group = Group.objects.filter(name=wagtail_name).first()
    if group is None:
        group, _ = Group.objects.get_or_create(name=name)
    group.name = name
    group.save()
    return group


def _permission(apps, app_label, codename):
    """Django creates most permissions after all migrations ran, so create them if needed."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    existing = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    if existing.exists():
        return existing.get()
    action, model = codename.split("_", 1)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {action} {model}"}
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    groups = {
        roles.STAFF: _group(Group, "Editors", roles.STAFF),
        roles.EDITORS: _group(Group, "Moderators", roles.EDITORS),
        roles.ADMINISTRATORS: _group(Group, roles.ADMINISTRATORS, roles.ADMINISTRATORS),
    }
    access_admin = _permission(apps, "wagtailadmin", "access_admin")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    for name, group in groups.items():
        group.permissions.add(access_admin)
        GroupPagePermission.objects.filter(group=group).delete()
        for codename in roles.PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.create(
                group=group,
                page=root_page,
                permission=_permission(apps, "wagtailcore", codename),
            )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for pattern in roles.COLLECTION_PERMISSIONS[name]:
            for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
                GroupCollectionPermission.objects.create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, pattern.format(model)),
                )

    for dotted in roles.ADMINISTRATOR_MODEL_PERMISSIONS:
        app_label, codename = dotted.split(".")
        groups[roles.ADMINISTRATORS].permissions.add(_permission(apps, app_label, codename))

    workflow = Workflow.objects.filter(workflow_pages__page=root_page).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=roles.REVIEW_WORKFLOW, active=True)
        WorkflowPage.objects.create(workflow=workflow, page=root_page)
    workflow.name = roles.REVIEW_WORKFLOW
    workflow.save()
    task = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=roles.REVIEW_WORKFLOW, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    task.name = roles.REVIEW_WORKFLOW
    task.save()
    task.groups.set([groups[roles.EDITORS]])


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "__latest__"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
