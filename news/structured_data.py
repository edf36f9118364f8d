"""JSON-LD (schema.org) for news items and explainers, as search engines read it."""

from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language

from news.models import ArticlePage, ExplainerPage, NewsPage
from portal.models import SiteSettings
from portal.sharing import share_image

HEADLINE_LENGTH = 110  # Google shows no more


def json_ld(page: ArticlePage, request: HttpRequest) -> list[dict]:
    items = [_article(page, request)]
    if isinstance(page, ExplainerPage):
        items[0].update(_explainer_details(page, request))
        faq = _faq(page)
        if faq:
            items.append(faq)
    return items


def _article(page: ArticlePage, request: HttpRequest) -> dict:
    url = page.get_full_url(request)
    ministry = SiteSettings.for_request(request).ministry_name
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if isinstance(page, NewsPage) else "Article",
        "headline": Truncator(page.title).chars(HEADLINE_LENGTH),
        "description": page.lead,
        "inLanguage": "vi" if page.shows_fallback else get_language(),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": page.date.isoformat(),
        "author": {"@type": "Organization", "name": getattr(page, "unit", "") or ministry},
        "publisher": {"@type": "GovernmentOrganization", "name": ministry},
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    image = share_image(page, request)
    if image:
        data["image"] = [image.url]
    if page.facet_term:
        data["articleSection"] = page.facet_term.name
    if isinstance(page, NewsPage):
        data["keywords"] = [tag.name for tag in page.tag_list]
    return data


def _explainer_details(page: ExplainerPage, request: HttpRequest) -> dict:
    return {
        "audience": {"@type": "Audience", "audienceType": str(page.get_audience_display())},
        "citation": [
            {
                "@type": "Legislation",
                "name": link.document.title,
                "url": link.document.get_full_url(request) + link.anchor_suffix,
            }
            for link in page.cited_documents
        ],
    }


def _faq(page: ExplainerPage) -> dict | None:
    questions = [
        {
            "@type": "Question",
            "name": block.value["question"],
            "acceptedAnswer": {"@type": "Answer", "text": strip_tags(block.value["answer"].source)},
        }
        for block in page.body
        if block.block_type == "question"
    ]
    if not questions:
        return None
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}
