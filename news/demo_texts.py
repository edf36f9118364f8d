"""The demo news items and explainers as files a translator edits: JSON under news/demo/.

- site.json: the vocabularies, the two index pages, the illustrations (key: [title, motif for
  news.demo_images, alt text vi, alt text lo]), the order of the articles and related links;
- news/<key>.json and explainers/<key>.json: what an article's languages share (date,
  category or topic, tags, image, citations);
- <key>.vi.json and <key>.lo.json: the article in that language (slug, title, lead, body...).

Body items are [block type, value]: "paragraph" and "heading" take text, "question" a
[question, answer] pair, "gallery" a list of image keys. Citations are [words in the legal
document's Vietnamese title, anchor, note vi, note lo]; they are linked only when the gazette
holds a live document whose title contains those words.

The two seed articles are given in Vietnamese exactly as the ministry sent them (typos
included: editors correct the source, not the demo loader). Their Lao text, and all Lao text
of the explainers, is a demo translation that no translator has checked yet: those pages are
flagged `lao_is_demo_translation`, which the admin and Lao readers both see.
"""

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

DEMO_DIR = Path(__file__).resolve().parent / "demo"


@dataclass(frozen=True)
class DemoTexts:
    categories: list[dict[str, str]]
    tags: list[dict[str, str]]
    topics: list[dict[str, str]]
    news_index: dict[str, Any]
    explainer_index: dict[str, Any]
    images: dict[str, list[str]]
    related: list[list[Any]]  # [news slug, [related slugs]]
    news: list[dict[str, Any]]
    explainers: list[dict[str, Any]]


def read_demo_texts(directory: Path = DEMO_DIR) -> DemoTexts:
    site = _read(directory / "site.json")
    return DemoTexts(
        categories=site["categories"],
        tags=site["tags"],
        topics=site["topics"],
        news_index=site["news_index"],
        explainer_index=site["explainer_index"],
        images=site["images"],
        related=site["related"],
        news=[read_article(directory / "news", key) for key in site["news"]],
        explainers=[read_article(directory / "explainers", key) for key in site["explainers"]],
    )


def read_article(folder: Path, key: str) -> dict[str, Any]:
    """One article's fields as the page has them: `title_vi`, `title_lo`, `date`..."""
    article = _read(folder / f"{key}.json")
    article["date"] = datetime.date.fromisoformat(article["date"])
    for code, _name in settings.LANGUAGES:
        path = folder / f"{key}.{code}.json"
        if path.exists():
            texts = _read(path)
            article.update({build_localized_fieldname(name, code): texts[name] for name in texts})
    return article


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
