from django.db import migrations

from search import fulltext


def reinstall_on_postgresql(apps, schema_editor) -> None:
    # SQLite's machinery is unchanged: its FTS table needs no rebuilding.
    if schema_editor.connection.vendor == "postgresql":
        fulltext.reinstall(apps, schema_editor)


class Migration(migrations.Migration):
    # PostgreSQL ranks by the title keys kept in the row rather than by a GIN index on them,
    # and drops the accents vector only that ranking read (search/fulltext.py).
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(reinstall_on_postgresql, migrations.RunPython.noop)]
