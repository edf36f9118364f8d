"""Tokens sealed by the first, hand-written cipher are sealed again with Fernet."""

from django.db import migrations

from social.token_vault import reseal_all


def reseal(apps, schema_editor):
    reseal_all(apps.get_model("social", "FacebookConnection"))


class Migration(migrations.Migration):
    dependencies = [("social", "0003_reconciliation_alerts_leases")]

    operations = [migrations.RunPython(reseal, migrations.RunPython.noop)]
