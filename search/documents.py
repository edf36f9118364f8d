"""What a page gives the portal's search: its text in one language, and its facets.

Each searchable page type defines `search_document(language) -> SearchDocument | None`; it
returns None when the page has no text of its own in that language (an untranslated page is
not indexed as Lao).
"""

from collections.abc import Callable
from dataclasses import dataclass

from modeltranslation.utils import build_localized_fieldname
from wagtail.rich_text import get_text_for_indexing


@dataclass(frozen=True)
class SearchDocument:
    language: str  # "vi" or "lo": the language the text is written in
    section: str  # "news", "explainer", "legal_document", "gazette_issue", "page"
    title: str
    body: str = ""  # plain text, no markup
    summary: str = ""  # lead paragraph or abstract, plain text
    document_number: str = ""  # as written, e.g. "168/2024/NĐ-CP"
    document_type: str = ""  # a stable slug, e.g. "decree"
    status: str = ""  # a stable slug, e.g. "in_force"
    year: int | None = None
    from_ocr: bool = False  # the body was recognised from a scan: it may hold misread words


def plain_text(html: str) -> str:
    """Rich text as the plain text a SearchDocument holds: no tags, entities decoded."""
    return " ".join(get_text_for_indexing(html or "").split())


class IntroSearchMixin:
    """Found by title and introduction: the home page and the section index pages."""

    has_translation: Callable[[str], bool]  # from portal.models.TranslationStateMixin

    def search_document(self, language: str) -> SearchDocument | None:
        if not self.has_translation(language):
            return None
        return SearchDocument(
            language=language,
            section="page",
            title=getattr(self, build_localized_fieldname("title", language)),
            summary=getattr(self, build_localized_fieldname("intro", language)) or "",
        )
