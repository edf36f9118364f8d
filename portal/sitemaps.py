"""sitemap.xml listing every live page in each language it is written in.

Wagtail's sitemap lists one URL per page, in whatever language is active. Here each page
appears under /vi/ and, when it has a Lao title, under /lo/, each entry naming the other
languages as hreflang alternates.
"""

from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap

from portal.languages import site_languages


def _languages_of(page) -> list[str]:
    codes = [language.code for language in site_languages()]
    has_translation = getattr(page, "has_translation", None)
    return [code for code in codes if has_translation is None or has_translation(code)]


class LanguageSitemap(Sitemap):
    def _urls(self, page, protocol, domain):
        urls, last_mods = [], set()
        for item in self.paginator.page(page).object_list.iterator():
            per_language = {}
            for code in _languages_of(item):
                with translation.override(code):
                    per_language[code] = item.get_sitemap_urls(self.request)
            alternates = [
                {"lang_code": code, "location": entries[0]["location"]}
                for code, entries in per_language.items()
                if entries
            ]
            for entries in per_language.values():
                for url_info in entries:
                    urls.append({**url_info, "alternates": alternates})
                    last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
