import copy

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from portal.content_memo import remembered


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The ministry's identity, shown in the header and footer of every page."""

    ministry_name = models.CharField(_("ministry name"), max_length=120, default="Bộ Tư pháp")
    portal_name = models.CharField(
        _("portal name"), max_length=120, default="Cổng thông tin phổ biến pháp luật"
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("ministry_name"), FieldPanel("portal_name")], heading=_("Identity")
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        # Read by every page, saved rarely: kept per content version (portal.content_memo);
        # a copy, as Wagtail sets the request on the instance it hands out.
        if site is None:
            return super().for_site(site)
        read = super().for_site
        return copy.copy(remembered(("site-settings", site.pk), lambda: read(site)))


class TranslationStateMixin:
    """What a page knows about its own translations.

    A page counts as translated into a language when its title exists in that language;
    modeltranslation falls back to Vietnamese for everything else, and templates mark that
    fallback text with lang="vi" under a visible notice rather than pass it off as Lao.
    """

    def has_translation(self, language_code: str) -> bool:
        return bool(getattr(self, build_localized_fieldname("title", language_code), ""))

    @property
    def shows_fallback(self) -> bool:
        return not self.has_translation(get_language())

    @property
    def translated_languages(self) -> list[str]:
        from django.conf import settings

        return [code for code, _ in settings.LANGUAGES if self.has_translation(code)]
