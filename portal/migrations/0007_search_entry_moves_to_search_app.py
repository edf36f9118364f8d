from django.db import migrations


class Migration(migrations.Migration):
    """SearchEntry now belongs to the search app (search/migrations/0001_initial.py).

    State only: the table, its indexes and the full-text machinery stay as 0003-0006 made
    them (the model keeps db_table = "portal_searchentry"), so no row is touched.
    """

    dependencies = [("portal", "0006_search_ocr")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SearchEntry")],
            database_operations=[],
        ),
    ]
