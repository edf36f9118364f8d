"""Keeps the Wagtail admin working under a Content-Security-Policy without inline scripts.

Wagtail's panel and date-widget templates are overridden in portal/templates/wagtailadmin/, and
its chooser widgets' render() replaced, to leave markers that portal/static/portal/admin-csp.js
starts. wagtail-modeltranslation writes
its settings in an inline script from an `insert_editor_js` hook: that hook is replaced by a
JSON data block (never executed, so allowed) and a static script that reads it.
"""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from modeltranslation import settings as mt_settings
from wagtail import hooks
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser
from wagtail_modeltranslation import settings as wmt_settings
from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks


def modeltranslation_config() -> dict:
    """The values wagtail-modeltranslation's inline script would set, as data."""
    return {
        "languages": [code for code, _name in settings.LANGUAGES],
        "defaultLanguage": mt_settings.DEFAULT_LANGUAGE,
        # Its own catalogue's msgid, so its translation still applies.
        "viewEditString": gettext("View / edit fields for"),
        "translate_slugs": bool(wmt_settings.TRANSLATE_SLUGS),
        "locale_picker_default": list(
            wmt_settings.LOCALE_PICKER_DEFAULT or [mt_settings.DEFAULT_LANGUAGE]
        ),
        "locale_picker_restore": bool(wmt_settings.LOCALE_PICKER_RESTORE),
    }


def modeltranslation_config_html() -> SafeString:
    return json_script(modeltranslation_config(), "wagtail-modeltranslation-config") + format_html(
        '<script src="{}"></script>', static("portal/admin-modeltranslation-config.js")
    )


def admin_csp_script_html() -> SafeString:
    return format_html('<script src="{}"></script>', static("portal/admin-csp.js"))


def drop_inline_modeltranslation_settings() -> None:
    """Unregisters wagtail-modeltranslation's inline-script hook (replaced above)."""
    registered = hooks._hooks.get("insert_editor_js", [])
    registered[:] = [
        (fn, order)
        for fn, order in registered
        if fn is not modeltranslation_hooks.translation_settings
    ]


_wagtail_chooser_render = BaseChooser.render


def _render_chooser_with_marker(self, name, value, attrs=None, renderer=None) -> SafeString:
    """BaseChooser.render, with its `new XChooser(id, options)` script as a marker instead."""
    value_data = self.get_value_data(value)
    if isinstance(self, AdminTaskChooser):  # its script is `createTaskChooser(id)`
        initialiser, options = "createTaskChooser", {}
    elif type(self).render_js_init is BaseChooser.render_js_init:
        initialiser, options = "chooser", self.get_js_init_options(attrs["id"], name, value_data)
    else:  # initialisation code this module does not know: left as Wagtail renders it
        return _wagtail_chooser_render(self, name, value, attrs, renderer)
    return format_html(
        '{}<span hidden data-portal-init="{}" data-portal-constructor="{}" '
        'data-portal-id="{}" data-portal-config="{}"></span>',
        self.render_html(name, value_data, attrs),
        initialiser,
        self.js_constructor,
        attrs["id"],
        json.dumps(options),
    )


def start_choosers_from_markers() -> None:
    BaseChooser.render = _render_chooser_with_marker
