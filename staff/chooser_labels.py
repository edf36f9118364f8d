"""Snippet chooser labels in the language of the request, not of the process's start.

Wagtail's AdminSnippetChooser formats "Choose %(object)s" once, when the form class is built,
so every later request shows it in whatever language was active then (English, at startup).
"""

from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.snippets.widgets import AdminSnippetChooser

_LABELS = {
    "choose_one_text": "Choose %(object)s",
    "choose_another_text": "Choose another %(object)s",
    "link_to_chosen_text": "Edit this %(object)s",
}


def _label(msgid: str, name: str) -> str:
    return gettext(msgid) % {"object": name}


_lazy_label = lazy(_label, str)


def install() -> None:
    original = AdminSnippetChooser.__init__

    def __init__(self, model, **kwargs) -> None:
        original(self, model, **kwargs)
        for attribute, msgid in _LABELS.items():
            setattr(self, attribute, _lazy_label(msgid, model._meta.verbose_name))

    AdminSnippetChooser.__init__ = __init__
