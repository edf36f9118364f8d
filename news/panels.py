"""An editing-form panel telling editors which languages a page is written in."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import Panel

from portal.languages import Language, site_languages

# The fields a reader needs in each language; the others are optional in both.
TRANSLATED_FIELDS = ("title", "lead", "body")


@dataclass(frozen=True)
class TranslationState:
    language: Language
    missing: list[str]  # verbose names of the empty fields
    is_demo: bool

    @property
    def status(self) -> str:
        if not self.missing:
            return "complete"
        return "missing" if len(self.missing) == len(TRANSLATED_FIELDS) else "partial"


def translation_states(page) -> list[TranslationState]:
    states = []
    for language in site_languages():
        missing = [
            str(page._meta.get_field(name).verbose_name)
            for name in TRANSLATED_FIELDS
            if not getattr(page, build_localized_fieldname(name, language.code), None)
        ]
        is_demo = language.code == "lo" and getattr(page, "lao_is_demo_translation", False)
        states.append(TranslationState(language, missing, is_demo))
    return states


class TranslationStatePanel(Panel):
    """Shown above the fields: complete, partly written or missing, per language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Translation state"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "news/admin/translation_state_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["states"] = translation_states(self.instance)
            return context
