from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from gazette.models import GazetteIssuePage
from news.feeds import section_feeds
from news.models import ExplainerPage, NewsPage
from portal.models import TranslationStateMixin
from search.documents import IntroSearchMixin, SearchDocument, plain_text

LATEST_COUNT = 5


class HomePage(IntroSearchMixin, TranslationStateMixin, Page):
    """The portal's front page: the latest news, gazette issues and explainers."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the portal's name on the home page."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsIndexPage",
        "news.ExplainerIndexPage",
        "gazette.LegalDocumentLibraryPage",
        "gazette.GazetteIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A fixed number of queries whatever the number of articles (see news.models).
        context["latest_news"] = NewsPage.objects.descendant_of(self).for_listing()[:LATEST_COUNT]
        context["latest_explainers"] = ExplainerPage.objects.descendant_of(self).for_listing()[
            :LATEST_COUNT
        ]
        context["latest_gazette_issues"] = (
            GazetteIssuePage.objects.live()
            .public()
            .order_by("-publication_date", "-pk")[:LATEST_COUNT]
        )
        context["feeds"] = section_feeds(self, request)
        return context


class StandardPage(TranslationStateMixin, Page):
    """A plain page of text: about the portal, accessibility, terms of use."""

    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def share_summary(self) -> str:
        """The meta description and link preview text: the page's opening words."""
        return plain_text(self.body)  # the reader's language, Vietnamese when untranslated

    def search_document(self, language: str) -> SearchDocument | None:
        if not self.has_translation(language):
            return None
        return SearchDocument(
            language=language,
            section="page",
            title=getattr(self, build_localized_fieldname("title", language)),
            body=plain_text(getattr(self, build_localized_fieldname("body", language))),
        )
