from django.db import migrations


class Migration(migrations.Migration):
    # This once installed the full-text machinery; 0005 now installs it (and replaces what this
    # installed), since the machinery reads a column 0005 adds and migrations run current code.
    dependencies = [("portal", "0003_search_entry")]

    operations = []
