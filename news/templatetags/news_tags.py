import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from news.structured_data import json_ld as page_json_ld

register = template.Library()

FALLBACK_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

# As django.utils.html.json_script does: text in JSON must not close the script element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context: template.Context, page) -> str:
    data = page_json_ld(page, context["request"])
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag
def fallback_lang(obj, field: str) -> str:
    """` lang="vi"` where a field has no text in the active language, so modeltranslation
    shows the Vietnamese text instead: it must not be read out as Lao."""
    language = get_language()
    if language == FALLBACK_LANGUAGE or getattr(
        obj, build_localized_fieldname(field, language), None
    ):
        return ""
    return format_html(' lang="{}"', FALLBACK_LANGUAGE)
