from django.http import HttpRequest

from portal.languages import site_languages


def portal(request: HttpRequest) -> dict:
    return {"site_languages": site_languages()}
