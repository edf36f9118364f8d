"""Every string a visitor sees must exist in Vietnamese and Lao."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGUES = sorted(
    path
    for path in ROOT.glob("**/LC_MESSAGES/django.po")
    if not {".venv", "node_modules"} & set(path.relative_to(ROOT).parts)
)


def test_catalogues_exist_for_both_languages():
    languages = {path.parent.parent.name for path in CATALOGUES}
    assert {"vi", "lo"} <= languages


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_untranslated_or_fuzzy_messages(path):
    with path.open("rb") as po:
        catalogue = read_po(po)
    problems = [
        (message.id, "fuzzy" if message.fuzzy else "untranslated")
        for message in catalogue
        if message.id
        and (
            message.fuzzy
            or not all(message.string if isinstance(message.string, tuple) else [message.string])
        )
    ]
    assert not catalogue.fuzzy, f"{path} is marked fuzzy as a whole"
    assert problems == []


@pytest.mark.parametrize(
    "locale_dir",
    sorted({path.parent.parent.parent for path in CATALOGUES if path.parent.parent.name == "vi"}),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_vietnamese_and_lao_catalogues_hold_the_same_messages(locale_dir):
    def ids(language):
        with (locale_dir / language / "LC_MESSAGES" / "django.po").open("rb") as po:
            return {message.id for message in read_po(po) if message.id}

    assert ids("vi") == ids("lo")
