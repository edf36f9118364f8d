"""The admin's Vietnamese and Lao catalogues, built from the installed packages' English ones.

Wagtail (every app it ships, `django` and `djangojs` domains) and Django's core, admin, auth
and contenttypes catalogues are read from the installed packages; the portal's translations
live in two places, chosen for Django's precedence rules:

* `django` domain: `staff/locale/`. App catalogues are merged with the first app in
  INSTALLED_APPS winning, and `staff` comes after the portal's own apps and before Wagtail: it
  overrides Wagtail's and Django's wording, while the portal apps' domain wording (news,
  gazette, social) and `locale/` (a LOCALE_PATHS entry, which beats every app) win over it.
* `djangojs` domain: `locale/`. Wagtail's JavaScriptCatalog reads only wagtail.admin's
  catalogue plus LOCALE_PATHS, so a catalogue in an app would never reach the browser.

`manage.py admin_catalogues` rewrites both from the current translations (plus imported ones)
and `manage.py admin_catalogues --check` lists what the installed packages have and the
portal's catalogues lack.
"""

import gettext
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import django
import wagtail
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.utils.translation.trans_real import DjangoTranslation

from staff.catalogue_checks import markup_problem

ADMIN_LANGUAGES = ("vi", "lo")
DOMAINS = ("django", "djangojs")
DJANGO_ROOT = Path(django.__file__).parent
WAGTAIL_ROOT = Path(wagtail.__file__).parent
DJANGO_CATALOGUES = ("conf", "contrib/admin", "contrib/auth", "contrib/contenttypes")

Key = tuple[str, str | None, str]  # (domain, msgctxt, msgid)

# The bilingual review's choices (locale/GLOSSARY.md), applied over imported translations so a
# re-import cannot bring the rejected words back.
GLOSSARY_CORRECTIONS: dict[str, dict[Key, str]] = {
    "lo": {
        ("django", None, "Application"): "ແອັບ",
        ("django", None, "Section"): "ຕອນ",
        ("django", None, "Toggle section"): "ສະແດງ/ເຊື່ອງສ່ວນ",
        ("djangojs", None, "Toggle section"): "ສະແດງ/ເຊື່ອງສ່ວນ",
    },
}


@dataclass(frozen=True)
class Message:
    domain: str
    context: str | None
    msgid: str
    plural: str | None
    app: str  # where the English comes from, e.g. "wagtail/admin"

    @property
    def key(self) -> Key:
        return (self.domain, self.context, self.msgid)


def english_catalogues() -> list[tuple[str, Path]]:
    """(app, path) of every English catalogue the installed Wagtail and Django ship."""
    found = []
    for path in sorted(WAGTAIL_ROOT.glob("**/locale/en/LC_MESSAGES/*.po")):
        app = path.parents[3].relative_to(WAGTAIL_ROOT.parent).as_posix()
        found.append((app, path))
    for name in DJANGO_CATALOGUES:
        for path in sorted((DJANGO_ROOT / name / "locale/en/LC_MESSAGES").glob("*.po")):
            found.append((f"django/{name}", path))
    return found


def installed_messages() -> dict[Key, Message]:
    """Every msgid of the installed packages' English catalogues, the first source winning."""
    messages: dict[Key, Message] = {}
    for app, path in english_catalogues():
        for entry in _read(path):
            msgid, plural = (entry.id, None) if isinstance(entry.id, str) else entry.id[:2]
            message = Message(path.stem, entry.context, msgid, plural, app)
            messages.setdefault(message.key, message)
    return messages


def catalogue_path(language: str, domain: str) -> Path:
    root = Path(settings.BASE_DIR) / ("staff" if domain == "django" else "")
    return root / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


def current_translations(language: str) -> dict[Key, str]:
    """The translations the portal's admin catalogues hold now (one form: nplurals=1)."""
    translations = {}
    for domain in DOMAINS:
        path = catalogue_path(language, domain)
        if not path.exists():
            continue
        for entry in _read(path):
            text = entry.string if isinstance(entry.string, str) else entry.string[0]
            if text and not entry.fuzzy:
                msgid = entry.id if isinstance(entry.id, str) else entry.id[0]
                translations[(domain, entry.context, msgid)] = text
    return translations


def imported_translations(directory: Path, language: str) -> tuple[dict[Key, str], list[str]]:
    """Translations handed back as JSON: `all_msgids.json` (entries {n, domain, msgid,
    msgctxt?, msgid_plural?}) and `<language>_result_*.json` (lists of {n, msgstr}).

    Returns the usable translations and a line per rejected one.
    """
    sources = {
        entry["n"]: entry for entry in json.loads((directory / "all_msgids.json").read_text())
    }
    translations, problems = {}, []
    for path in sorted(directory.glob(f"{language}_result_*.json")):
        for item in json.loads(path.read_text()):
            entry = sources.get(item["n"])
            text = item.get("msgstr") or ""
            if entry is None or not text.strip():
                problems.append(f"{path.name}: n={item['n']}: unknown message or empty")
                continue
            problem = markup_problem(entry["msgid"], entry.get("msgid_plural"), text)
            if problem:
                problems.append(f"{path.name}: n={item['n']} {entry['msgid']!r}: {problem}")
                continue
            translations[(entry["domain"], entry.get("msgctxt"), entry["msgid"])] = text
    return translations | GLOSSARY_CORRECTIONS.get(language, {}), problems


def write_catalogues(
    language: str, messages: Iterable[Message], translations: dict[Key, str]
) -> dict[str, int]:
    """Rewrites the admin catalogues of one language; returns the entries written per domain."""
    catalogues = {domain: _new_catalogue(language, domain) for domain in DOMAINS}
    for message in messages:
        text = translations.get(message.key)
        if not text:
            continue
        catalogues[message.domain].add(
            (message.msgid, message.plural) if message.plural else message.msgid,
            (text,) if message.plural else text,
            context=message.context,
            auto_comments=[message.app],
        )
    for domain, catalogue in catalogues.items():
        path = catalogue_path(language, domain)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as po:
            write_po(po, catalogue, width=0, omit_header=False)
    return {domain: len(catalogue) for domain, catalogue in catalogues.items()}


def compile_catalogues() -> list[Path]:
    """Writes the .mo of every admin catalogue (not tracked in git, like the others')."""
    compiled = []
    for language in ADMIN_LANGUAGES:
        for domain in DOMAINS:
            path = catalogue_path(language, domain)
            with path.open("rb") as po:
                catalogue = read_po(po, locale=language, domain=domain)
            with path.with_suffix(".mo").open("wb") as mo:
                write_mo(mo, catalogue)
            compiled.append(path.with_suffix(".mo"))
    return compiled


@dataclass(frozen=True)
class Coverage:
    language: str
    total: int
    missing_from_portal: list[Message]  # no entry in the portal's admin catalogues
    untranslated: list[Message]  # gettext still answers in English

    @property
    def share(self) -> float:
        """Share of installed msgids that gettext translates, in percent."""
        return 100 * (self.total - len(self.untranslated)) / self.total


def coverage(language: str, messages: dict[Key, Message]) -> Coverage:
    """How much of the installed packages' admin text reads in `language` today.

    "Translated" means Django's merged catalogue for the language (every app plus
    LOCALE_PATHS, the lookup gettext does) has a non-empty entry for the msgid.
    """
    portal = current_translations(language)
    # gettext caches every .mo it parsed by path: forget them, the build has just rewritten some.
    gettext._translations.clear()
    merged = {domain: DjangoTranslation(language, domain=domain)._catalog for domain in DOMAINS}
    untranslated = [m for m in messages.values() if not _lookup(merged[m.domain], m)]
    missing = [m for m in messages.values() if m.key not in portal]
    return Coverage(language, len(messages), missing, untranslated)


def _lookup(catalogue, message: Message) -> str:
    key = message.msgid if message.context is None else f"{message.context}\x04{message.msgid}"
    return catalogue.get((key, 0) if message.plural else key) or ""


def _new_catalogue(language: str, domain: str) -> Catalog:
    catalogue = Catalog(
        locale=language,
        domain=domain,
        project="legal-portal admin",
        fuzzy=False,
        header_comment=(
            "# The admin's text from the installed Wagtail and Django, in the portal's words.\n"
            "# Generated by `manage.py admin_catalogues`: edit a msgstr here, then re-run it."
        ),
    )
    # One form for every count in both languages; Babel knows it, this makes it certain.
    catalogue._num_plurals, catalogue._plural_expr = 1, "0"
    return catalogue


def _read(path: Path) -> list:
    with path.open("rb") as po:
        return [entry for entry in read_po(po) if entry.id]
