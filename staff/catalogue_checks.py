"""What must survive translation unchanged: placeholders and HTML tags."""

import re

# printf-style (%(name)s, %s, %d), str.format-style ({name}, {0}, {}), HTML tags and entities.
_PLACEHOLDER = re.compile(
    r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifrxXoeEgGc]"
    r"|%[-#0 +]*\d*(?:\.\d+)?[sdifrxXoeEgGcu]"
    r"|\{[^{}\s]*\}"
    r"|&[a-z]+;|&#\d+;"
)
# Attributes may hold translatable text (title="..."), so only tag names are compared.
_TAG = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)[^>]*>")


def markup(text: str) -> list[str]:
    """The placeholders and tag names of a message, sorted (a literal %% is not one)."""
    text = text.replace("%%", "")
    return sorted(_PLACEHOLDER.findall(text) + [f"<{name}>" for name in _TAG.findall(text)])


def markup_problem(msgid: str, msgid_plural: str | None, msgstr: str) -> str | None:
    """Why msgstr does not keep msgid's markup, or None when it does.

    Vietnamese and Lao have one plural form, used for every count: it must carry the plural
    msgid's placeholders (the singular msgid may spell "1" out); either msgid is accepted.
    """
    found = markup(msgstr)
    expected = [markup(msgid_plural)] if msgid_plural else []
    expected.append(markup(msgid))
    if found in expected:
        return None
    return f"has {found}, expected {expected[0]}"
