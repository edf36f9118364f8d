from modeltranslation.translator import TranslationOptions, register

from portal.models import SiteSettings


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("ministry_name", "portal_name", "address")
