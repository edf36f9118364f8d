"""News items, legal-awareness explainers, and the two indexes that list them."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet

from news.blocks import ExplainerBodyBlock, NewsBodyBlock
from news.listing import FEED_PATH, LISTING_PATTERN, ListingFilter
from news.panels import TranslationStatePanel
from news.taxonomy import LegalTopic, NewsCategory, NewsTag
from portal import query_values
from portal.content_memo import remembered
from portal.models import TranslationStateMixin
from portal.pagination import pagination
from portal.taxonomy import Term
from search.documents import SearchDocument


class ArticleQuerySet(PageQuerySet):
    def newest_first(self) -> "ArticleQuerySet":
        return self.live().public().order_by("-date", "-first_published_at", "-pk")

    def for_listing(self) -> "ArticleQuerySet":
        """Live public articles, newest first, with what a card shows in a fixed number of
        queries whatever their number (image and its renditions fetched in bulk)."""
        return (
            self.newest_first()
            .defer_streamfields()
            .select_related("feature_image")
            .prefetch_related("feature_image__renditions")
        )

    def for_plain_cards(self) -> "ArticleQuerySet":
        """As for_listing, for cards without image or summary (includes/card_list.html):
        only their title, URL and date, in every language (modeltranslation's `only()`
        adds each language's column, so fallbacks to Vietnamese still work)."""
        return self.newest_first().only("title", "url_path", "date")

    def translated_into(self, language: str) -> "ArticleQuerySet":
        title = build_localized_fieldname("title", language)
        return self.exclude(**{f"{title}__isnull": True}).exclude(**{title: ""})


ArticleManager = PageManager.from_queryset(ArticleQuerySet)


def local_today() -> datetime.date:
    return timezone.localdate()


def stream_text(value) -> str:
    """The plain text of a StreamField value (headings, paragraphs, captions, Q&A)."""
    if not value:
        return ""
    return "\n".join(part for part in value.stream_block.get_searchable_content(value) if part)


class ArticlePage(TranslationStateMixin, Page):
    """What news items and explainers share: a date, a lead, a feature image, sharing."""

    date = models.DateField(
        _("date"),
        default=local_today,
        help_text=_("The day of the event or of writing; lists and feeds are ordered by it."),
    )
    lead = models.TextField(
        _("lead paragraph"),
        max_length=800,
        help_text=_(
            "Two or three plain sentences: shown under the title, in lists, feeds and link "
            "previews on Facebook."
        ),
    )
    feature_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("feature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    feature_image_alt = models.CharField(
        _("alt text of the feature image"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for readers who cannot see it. Required in each "
            "language the page is written in."
        ),
    )
    feature_image_caption = models.CharField(
        _("caption of the feature image"), max_length=250, blank=True
    )
    lao_is_demo_translation = models.BooleanField(
        _("the Lao text is a demo translation"),
        default=False,
        help_text=_(
            "Ticked while no translator has checked the Lao text; Lao readers see a "
            "notice saying so."
        ),
    )

    objects = ArticleManager()

    search_section = ""  # "news" or "explainer", for search
    og_type = "article"
    served_related: tuple[str, ...] = ("feature_image",)  # and the facet term, per type
    # Fetched once per content version with the served page (portal.routing remembers it).
    served_prefetched: tuple[str, ...] = ("feature_image__renditions",)

    image_panels = [
        MultiFieldPanel(
            [
                FieldPanel("feature_image"),
                FieldPanel("feature_image_alt"),
                FieldPanel("feature_image_caption"),
            ],
            heading=_("Feature image"),
        )
    ]
    translation_panels = [
        MultiFieldPanel([FieldPanel("lao_is_demo_translation")], heading=_("Translation"))
    ]

    class Meta:
        abstract = True

    @classmethod
    def served_pages(cls) -> ArticleQuerySet:
        """As the page's own URL serves it (portal.routing): with what its template reads."""
        return cls.objects.select_related(*cls.served_related).prefetch_related(
            *cls.served_prefetched
        )

    @property
    def display_date(self) -> datetime.date:
        """The date a card shows (includes/card_list.html): the day of the event."""
        return self.date

    def clean(self) -> None:
        super().clean()
        if not self.feature_image_id:
            return
        missing = {
            build_localized_fieldname("feature_image_alt", code): _(
                "Describe the image in this language too."
            )
            for code in self.translated_languages
            if not getattr(self, build_localized_fieldname("feature_image_alt", code), "")
        }
        if missing:
            raise ValidationError(missing)

    # --- Sharing (Open Graph, the Facebook outbox) and search ------------------------------
    @property
    def share_summary(self) -> str:
        return self.lead

    @property
    def share_image(self):
        return self.feature_image

    @property
    def share_image_alt(self) -> str:
        return self.feature_image_alt

    def search_document(self, language: str) -> SearchDocument | None:
        title = getattr(self, build_localized_fieldname("title", language), "")
        if not title:
            return None
        return SearchDocument(
            language=language,
            section=self.search_section,
            title=title,
            body=stream_text(getattr(self, build_localized_fieldname("body", language))),
            summary=getattr(self, build_localized_fieldname("lead", language)) or "",
            year=self.date.year,
        )

    @property
    def facet_term(self) -> Term | None:
        """The category or topic that the index filters by."""
        return None

    def related_articles(self) -> list["ArticlePage"]:
        return []

    def _related_cards(self, request: HttpRequest) -> list["ArticlePage"]:
        """related_articles(), once per content version for the published page; a preview
        shows its own (unsaved related links). The cards are shared: read only."""
        if getattr(request, "is_preview", False):
            return self.related_articles()
        return remembered(
            ("related-articles", self.pk), self.related_articles, follows_content=True
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # One query: the index's own fields are not needed, only its title and URL.
        index = self.get_parent().specific_deferred
        context["index"] = index
        context["related"] = self._related_cards(request)
        if self.facet_term:
            context["facet_url"] = index.listing_url(request, ListingFilter(term=self.facet_term))
        return context


class NewsPage(ArticlePage):
    """A news item: a delegation visit, a signed agreement, a conference..."""

    unit = models.CharField(
        _("unit"),
        max_length=150,
        blank=True,
        help_text=_("The unit that wrote it, e.g. the International Cooperation Department."),
    )
    place = models.CharField(_("place"), max_length=120, blank=True)
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pages",
    )
    # Tags are a bilingual vocabulary, not free text: a Vietnamese word typed as a tag would
    # otherwise be shown as-is on Lao pages.
    tags = ParentalManyToManyField(
        NewsTag, verbose_name=_("tags"), blank=True, related_name="pages"
    )
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"))

    content_panels = [
        TranslationStatePanel(),
        *Page.content_panels,
        FieldPanel("date"),
        MultiFieldPanel([FieldPanel("unit"), FieldPanel("place")], heading=_("Source")),
        FieldPanel("lead"),
        *ArticlePage.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("tags", widget=forms.CheckboxSelectMultiple)],
            heading=_("Categories and tags"),
        ),
        InlinePanel("related_links", heading=_("Related news"), label=_("related news item")),
        *ArticlePage.translation_panels,
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    search_section = "news"
    served_related = ("feature_image", "category")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def facet_term(self) -> NewsCategory | None:
        return self.category

    @cached_property
    def tag_list(self) -> list[NewsTag]:
        if "tags" in getattr(self, "_cluster_related_objects", {}):
            return list(self.tags.all())  # a preview's own tags, not saved yet
        # In the active language's order of names: once per language and content version.
        return remembered(
            ("news-tags", self.pk, get_language()),
            lambda: list(self.tags.all()),
            follows_content=True,
        )

    def related_articles(self, limit: int = 3) -> list["NewsPage"]:
        """The items editors chose, in their order; else the latest of the same category."""
        others = NewsPage.objects.for_plain_cards().exclude(pk=self.pk)
        chosen = [link.related_page_id for link in self.related_links.all()]
        if chosen:
            by_id = others.in_bulk(chosen)
            return [by_id[pk] for pk in chosen if pk in by_id][:limit]
        if self.category_id:
            return list(others.filter(category_id=self.category_id)[:limit])
        return []


class NewsRelatedLink(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        NewsPage, verbose_name=_("news item"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("related_page", page_type="news.NewsPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related news item")


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("everyone")
    FAMILIES = "families", _("families")
    WORKERS = "workers", _("workers and employers")
    BUSINESSES = "businesses", _("businesses")
    FARMERS = "farmers", _("farmers and land users")
    YOUNG_PEOPLE = "young_people", _("young people and students")
    FOREIGNERS = "foreigners", _("foreigners")
    OFFICIALS = "officials", _("local officials")


class ExplainerPage(ArticlePage):
    """A legal-awareness article: the law in plain words, often as questions and answers."""

    topic = models.ForeignKey(
        LegalTopic,
        verbose_name=_("topic"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="pages",
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    body = StreamField(ExplainerBodyBlock(), verbose_name=_("body"))

    content_panels = [
        TranslationStatePanel(),
        *Page.content_panels,
        FieldPanel("date"),
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("audience")], heading=_("For whom")),
        FieldPanel("lead"),
        *ArticlePage.image_panels,
        FieldPanel("body"),
        InlinePanel(
            "document_links",
            heading=_("Legal documents explained"),
            label=_("legal document"),
        ),
        *ArticlePage.translation_panels,
    ]

    parent_page_types = ["news.ExplainerIndexPage"]
    subpage_types = []
    search_section = "explainer"
    served_related = ("feature_image", "topic")

    class Meta:
        verbose_name = _("legal-awareness article")
        verbose_name_plural = _("legal-awareness articles")

    @property
    def facet_term(self) -> LegalTopic | None:
        return self.topic

    def related_articles(self, limit: int = 3) -> list["ExplainerPage"]:
        if not self.topic_id:
            return []
        others = ExplainerPage.objects.for_plain_cards().exclude(pk=self.pk)
        return list(others.filter(topic_id=self.topic_id)[:limit])

    @cached_property
    def cited_documents(self) -> list["ExplainerDocumentLink"]:
        """Links to the legal documents this article explains, readable ones only."""
        readable = Page.objects.live().public()
        return list(self.document_links.filter(document__in=readable).select_related("document"))


ARTICLE_ANCHOR = re.compile(r"^article-(?P<number>[0-9]+[a-z]?)$")


class ExplainerDocumentLink(Orderable):
    """An explainer cites a legal document, optionally one article of it.

    `document` is a plain page key so the news app needs no gazette migration; the chooser
    offers only the gazette's legal documents.
    """

    page = ParentalKey(ExplainerPage, on_delete=models.CASCADE, related_name="document_links")
    document = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    article_anchor = models.CharField(
        _("article"),
        max_length=40,
        blank=True,
        validators=[RegexValidator(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")],
        help_text=_(
            'The anchor of one article in the document, e.g. "article-5"; leave empty '
            "to cite the whole document."
        ),
    )
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("What the article or document says on this subject, in a few words."),
    )

    panels = [
        PageChooserPanel("document", page_type="gazette.LegalDocumentPage"),
        FieldPanel("article_anchor"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("cited legal document")
        verbose_name_plural = _("cited legal documents")

    @property
    def anchor_suffix(self) -> str:
        return f"#{self.article_anchor}" if self.article_anchor else ""

    @property
    def article_number(self) -> str:
        match = ARTICLE_ANCHOR.match(self.article_anchor)
        return match["number"] if match else ""


class ArticleIndexPage(RoutablePageMixin, TranslationStateMixin, Page):
    """Lists its articles by page of results, filterable by year and by category or topic.

    Every page of results has a clean URL of its own, e.g. /vi/tin-tuc/2025/category/hop-tac/
    page/2/; the filter form (GET, works without JavaScript) redirects to it.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    per_page = 12
    facet_label: StrOrPromise = ""
    article_model: type[ArticlePage]
    facet_field: str  # the article's ForeignKey to the vocabulary it is filtered by
    facet_keyword: str  # the word before the term's slug in filtered URLs

    class Meta:
        abstract = True

    @property
    def facet_model(self) -> type[Term]:
        return self.article_model._meta.get_field(self.facet_field).related_model

    def published_articles(self) -> ArticleQuerySet:
        return self.article_model.objects.child_of(self).live().public()

    def articles(self) -> ArticleQuerySet:
        return (
            self.article_model.objects.child_of(self).for_listing().select_related(self.facet_field)
        )

    @re_path(LISTING_PATTERN, name="listing")
    def listing(
        self,
        request: HttpRequest,
        year: str | None = None,
        facet: str | None = None,
        slug: str | None = None,
        number: str | None = None,
    ) -> HttpResponse:
        if {"year", self.facet_keyword} & set(request.GET):
            return redirect(self.listing_url(request, self._filter_from_query(request.GET)))
        chosen = self._filter_from_path(year, facet, slug)
        if number == "1":
            return redirect(self.listing_url(request, chosen), permanent=True)
        paginator = Paginator(chosen.apply(self.articles(), self.facet_field), self.per_page)
        try:
            results = paginator.page(int(number or 1))
        except EmptyPage as error:
            raise Http404 from error
        return self.render(
            request,
            context_overrides={
                "articles": results.object_list,
                "results": results,
                "chosen": chosen,
                "pagination": pagination(
                    results.number,
                    results.paginator.num_pages,
                    lambda n: self.listing_url(request, chosen, n),
                ),
                "years": [
                    day.year for day in self.published_articles().dates("date", "year", "DESC")
                ],
                "terms": self._terms_in_use(),
            },
        )

    def listing_url(self, request: HttpRequest, chosen: ListingFilter, number: int = 1) -> str:
        return self.get_url(request) + chosen.path(self.facet_keyword, number)

    def feed_url(self, request: HttpRequest | None = None) -> str:
        return self.get_url(request) + FEED_PATH

    def _terms_in_use(self) -> list[Term]:
        in_use = self.published_articles().values(f"{self.facet_field}_id")
        return list(self.facet_model._default_manager.filter(pk__in=in_use).order_by("name"))

    def _filter_from_path(self, year, facet, slug) -> ListingFilter:
        if facet is not None and facet != self.facet_keyword:
            raise Http404
        term = None
        if slug is not None:
            term = self.facet_model._default_manager.filter(slug=slug).first()
            if term is None:
                raise Http404
        return ListingFilter(year=int(year) if year else None, term=term)

    def _filter_from_query(self, query) -> ListingFilter:
        """Values from the filter form; anything unknown is dropped, never an error."""
        year = query.get("year", "")
        slug = query_values.vocabulary_slug(query.get(self.facet_keyword))
        term = self.facet_model._default_manager.filter(slug=slug).first() if slug else None
        return ListingFilter(year=query_values.year(year), term=term)


class NewsIndexPage(ArticleIndexPage):
    article_model = NewsPage
    facet_field = "category"
    facet_keyword = "category"
    facet_label = _("Category")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    template = "news/article_index_page.html"

    class Meta:
        verbose_name = _("news index")


class ExplainerIndexPage(ArticleIndexPage):
    article_model = ExplainerPage
    facet_field = "topic"
    facet_keyword = "topic"
    facet_label = _("Topic")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ExplainerPage"]
    max_count_per_parent = 1
    template = "news/article_index_page.html"

    class Meta:
        verbose_name = _("legal-awareness index")


def explainers_citing(document: Page) -> ArticleQuerySet:
    """Live explainers that cite `document`, newest first, ready for a card list without
    images or summaries."""
    return (
        ExplainerPage.objects.for_plain_cards().filter(document_links__document=document).distinct()
    )
