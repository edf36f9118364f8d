"""The document types of Vietnamese and Lao law, in both languages."""

from django.db import migrations

DOCUMENT_TYPES = [
    # slug, Vietnamese, Lao
    ("constitution", "Hiến pháp", "ລັດຖະທຳມະນູນ"),
    ("code", "Bộ luật", "ປະມວນກົດໝາຍ"),
    ("law", "Luật", "ກົດໝາຍ"),
    ("ordinance", "Pháp lệnh", "ລັດຖະບັນຍັດ"),
    ("presidential-decree", "Sắc lệnh", "ລັດຖະດຳລັດ"),
    ("resolution", "Nghị quyết", "ມະຕິ"),
    ("order", "Lệnh", "ຄຳສັ່ງ"),
    ("decree", "Nghị định", "ດຳລັດ"),
    ("decision", "Quyết định", "ຂໍ້ຕົກລົງ"),
    ("circular", "Thông tư", "ໜັງສືວຽນ"),
    ("directive", "Chỉ thị", "ຄຳແນະນຳ"),
    ("official-letter", "Công văn", "ໜັງສືທາງການ"),
]


def create_types(apps, schema_editor):
    DocumentType = apps.get_model("gazette", "DocumentType")
    for position, (slug, vi, lo) in enumerate(DOCUMENT_TYPES, start=1):
        DocumentType.objects.update_or_create(
            slug=slug,
            defaults={"name": vi, "name_vi": vi, "name_lo": lo, "sort_order": position * 10},
        )


class Migration(migrations.Migration):
    dependencies = [("gazette", "0001_initial")]

    operations = [migrations.RunPython(create_types, migrations.RunPython.noop)]
