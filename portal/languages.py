"""Language support the frameworks lack: Django and Wagtail ship no `lo` locale.

Without a LANG_INFO entry (and a compiled `locale/lo` catalogue, and the formats module in
portal/formats/lo), Django treats `lo` as unknown and LocaleMiddleware quietly redirects
/lo/... to /vi/lo/....
"""

from dataclasses import dataclass

from django.conf import settings
from django.conf.locale import LANG_INFO

LAO_INFO = {
    "bidi": False,
    "code": "lo",
    "name": "Lao",
    "name_local": "ພາສາລາວ",
}

# Open Graph locale per language code.
OG_LOCALES = {"vi": "vi_VN", "lo": "lo_LA"}


def register_lao() -> None:
    LANG_INFO.setdefault("lo", LAO_INFO)


@dataclass(frozen=True)
class Language:
    code: str
    name_local: str


def site_languages() -> list[Language]:
    """The portal's languages in settings order, each named in its own language."""
    return [Language(code, LANG_INFO[code]["name_local"]) for code, _ in settings.LANGUAGES]
