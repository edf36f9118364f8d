"""Why a connection is in its state, stored as data and worded in the reader's language.

The periodic check runs in no particular language; administrators read the admin and the
alert emails in Vietnamese or Lao, so the words are chosen when the reason is shown.
"""

from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from social import graph_errors

TEMPLATES = {
    "invalid": _("Facebook says the token is not valid. %(message)s"),
    "scopes": _("Permissions missing: %(scopes)s"),
    "expires": _("The token expires on %(date)s."),
    "data_access": _("The token loses data access on %(date)s."),
    "unreadable": _("The stored token cannot be decrypted."),
    "unasked": _("Facebook could not be asked: %(error)s"),
}


def reason(key: str, **params) -> dict:
    return {"key": key, **params}


def at(moment: datetime) -> str:
    return moment.isoformat()


def describe(data: dict) -> str:
    """The reason in the active language ('' when there is none)."""
    key = (data or {}).get("key")
    if key == "graph_error":
        explanation = graph_errors.explain(data.get("kind", ""))
        return f"{explanation.what} {data.get('message', '')}".strip()
    if key not in TEMPLATES:
        return ""
    params = {name: value for name, value in data.items() if name != "key"}
    if "date" in params:
        moment = datetime.fromisoformat(params["date"])
        params["date"] = timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")
    return str(TEMPLATES[key]) % params
