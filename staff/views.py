"""Admin views for staff: the slug rule for the editor's auto-fill, and the guide."""

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from staff.slugs import LANGUAGES, MAX_LENGTH, slug_for

MAX_TEXT = 1000


def slug(request: HttpRequest) -> HttpResponse:
    """{"slug": ...} for ?language=vi|lo&text=..., by the rule pages are saved with."""
    language = request.GET.get("language", "")
    text = request.GET.get("text", "")
    if language not in LANGUAGES or len(text) > MAX_TEXT:
        return HttpResponseBadRequest(_("Unknown language or text too long."))
    return JsonResponse({"slug": slug_for(language, text), "max_length": MAX_LENGTH})


# Taken by tests/browser/test_admin_languages.py, one set per admin language.
GUIDE_SCREENSHOTS = ("write", "submit", "publish", "facebook")


def guide(request: HttpRequest) -> HttpResponse:
    """The editors' guide in the admin user's language, with screenshots of that language."""
    language = "lo" if get_language() == "lo" else "vi"
    return render(
        request,
        "staff/guide.html",
        {"screenshot_language": language},
    )
