"""Demo news and legal-awareness articles (texts in news/demo/, read by news/demo_texts.py).
Safe to run twice:
pages are found again by their Vietnamese slug, terms by slug, images by title."""

import datetime

from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text import RichText

from home.models import HomePage
from news.demo_images import demo_image
from news.demo_texts import read_demo_texts
from news.models import (
    ArticlePage,
    ExplainerDocumentLink,
    ExplainerIndexPage,
    ExplainerPage,
    NewsIndexPage,
    NewsPage,
    NewsRelatedLink,
)
from news.taxonomy import LegalTopic, NewsCategory, NewsTag
from portal.taxonomy import Term

PUBLISHED_AT = datetime.time(9, 0)  # local time, for first_published_at on the first run


def load(stdout) -> None:
    content = read_demo_texts()
    home = HomePage.objects.get()
    images = {
        key: (demo_image(title, motif), alt_vi, alt_lo)
        for key, (title, motif, alt_vi, alt_lo) in content.images.items()
    }
    categories = _terms(NewsCategory, content.categories)
    tags = _terms(NewsTag, content.tags)
    topics = _terms(LegalTopic, content.topics)

    news_index = _index(home, NewsIndexPage, content.news_index)
    explainer_index = _index(home, ExplainerIndexPage, content.explainer_index)
    news = {}
    for item in content.news:
        news[item["slug_vi"]] = _publish(
            news_index,
            NewsPage,
            item,
            images,
            {"category": categories[item["category"]]},
            tags=[tags[slug] for slug in item["tags"]],
        )
    for slug, related_slugs in content.related:
        page = news[slug]
        page.related_links = [NewsRelatedLink(related_page=news[s]) for s in related_slugs]
        page.save_revision().publish()
    for item in content.explainers:
        page = _publish(
            explainer_index,
            ExplainerPage,
            item,
            images,
            {"topic": topics[item["topic"]], "audience": item["audience"]},
        )
        page.document_links = _citations(item["citations"])
        page.save_revision().publish()
    stdout.write(
        f"News: {len(content.news)} items under {news_index.url_path}, "
        f"{len(content.explainers)} explainers under {explainer_index.url_path}"
    )


def _terms(model: type[Term], rows: list[dict]) -> dict[str, Term]:
    terms = {}
    for row in rows:
        values = {key: value for key, value in row.items() if key != "slug"}
        terms[row["slug"]], _ = model._default_manager.update_or_create(
            slug=row["slug"], defaults=values
        )
    return terms


def _find_or_add(parent: Page, model: type[Page], fields: dict) -> Page:
    """The child of `parent` with this Vietnamese slug, created from `fields` if missing."""
    page = model.objects.child_of(parent).filter(slug_vi=fields["slug_vi"]).first()
    if page is None:
        return parent.add_child(instance=model(**fields))
    for name, value in fields.items():
        setattr(page, name, value)
    return page


def _index(home: HomePage, model: type[Page], fields: dict) -> Page:
    page = _find_or_add(home, model, fields)
    page.save_revision().publish()
    return page


def _publish(
    parent: Page,
    model: type[ArticlePage],
    item: dict,
    images: dict,
    extra: dict,
    tags: list[Term] | None = None,
) -> Page:
    image, alt_vi, alt_lo = images[item["image"]]
    has_lao = bool(item.get("title_lo"))
    fields = {
        key: item[key]
        for key in (
            "slug_vi",
            "slug_lo",
            "title_vi",
            "title_lo",
            "date",
            "lead_vi",
            "lead_lo",
            "unit_vi",
            "unit_lo",
            "place_vi",
            "place_lo",
            "lao_is_demo_translation",
        )
        if key in item
    }
    fields.update(
        feature_image=image,
        feature_image_alt_vi=alt_vi,
        feature_image_alt_lo=alt_lo if has_lao else "",
        body_vi=_stream(item["body_vi"], images, "vi"),
        body_lo=_stream(item["body_lo"], images, "lo"),
        **extra,
    )
    page = _find_or_add(parent, model, fields)
    if tags is not None:
        page.tags.set(tags)
    if page.first_published_at is None:
        local = datetime.datetime.combine(item["date"], PUBLISHED_AT)
        page.first_published_at = timezone.make_aware(local)
    page.save_revision().publish()
    return page


def _stream(items: list, images: dict, language: str) -> list:
    """Stream blocks from the [type, value] pairs of the demo texts."""
    blocks = []
    for block_type, value in items:
        if block_type == "paragraph":
            blocks.append(("paragraph", RichText(f"<p>{escape(value)}</p>")))
        elif block_type == "question":
            question, answer = value
            blocks.append(
                ("question", {"question": question, "answer": RichText(f"<p>{escape(answer)}</p>")})
            )
        elif block_type == "gallery":
            figures = [_figure(images[key], language) for key in value]
            blocks.append(("gallery", {"heading": "", "images": figures}))
        else:
            blocks.append((block_type, value))
    return blocks


def _figure(image_entry: tuple, language: str) -> dict:
    image, alt_vi, alt_lo = image_entry
    return {
        "image": image,
        "alt": alt_lo if language == "lo" else alt_vi,
        "caption": "",
        "credit": "",
    }


def _citations(citations: list[tuple]) -> list[ExplainerDocumentLink]:
    """Links to the gazette's live documents whose Vietnamese title holds the given words.

    Looked up through the page tree only (no import of the gazette app): a citation whose
    document the gazette does not hold is left out.
    """
    links = []
    for words, anchor, note_vi, note_lo in citations:
        document = (
            Page.objects.live()
            .filter(content_type__app_label="gazette", title_vi__icontains=words)
            .order_by("-first_published_at")
            .first()
        )
        if document is not None:
            links.append(
                ExplainerDocumentLink(
                    document=document, article_anchor=anchor, note_vi=note_vi, note_lo=note_lo
                )
            )
    return links
