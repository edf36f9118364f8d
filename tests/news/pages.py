"""Helpers the news tests share: reading what a rendered page says, admin form data."""

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


@dataclass
class PageHead:
    meta: dict[str, list[str]] = field(default_factory=dict)
    links: list[dict[str, str]] = field(default_factory=list)
    json_ld: list = field(default_factory=list)

    def one(self, key: str) -> str:
        (value,) = self.meta[key]
        return value

    def feeds(self) -> list[dict[str, str]]:
        return [link for link in self.links if link.get("type") == "application/atom+xml"]


class _HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.head = PageHead()
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and "content" in attributes:
            key = attributes.get("property") or attributes.get("name")
            self.head.meta.setdefault(key, []).append(attributes["content"])
        elif tag == "link":
            self.head.links.append(attributes)
        elif tag == "script":
            self._in_json_ld = attributes.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.head.json_ld.extend(json.loads(data))


def read_head(html: str) -> PageHead:
    parser = _HeadParser()
    parser.feed(html)
    return parser.head


def news_form(**fields) -> dict:
    """POST data of the admin form creating a news item in both languages."""
    data = {
        "title_vi": "Hội nghị Tư pháp các tỉnh biên giới",
        "slug_vi": "hoi-nghi-tu-phap",
        "title_lo": "ກອງປະຊຸມຍຸຕິທຳບັນດາແຂວງຊາຍແດນ",
        "slug_lo": "kong-pasum-nyutitham",
        "date": "2025-04-05",
        "lead_vi": "Hội nghị lần thứ sáu bàn về hợp tác tư pháp.",
        "lead_lo": "ກອງປະຊຸມຄັ້ງທີ 6 ປຶກສາຫາລືກ່ຽວກັບການຮ່ວມມືດ້ານຍຸຕິທຳ.",
        "body_vi": streamfield([("paragraph", rich_text("<p>Nội dung hội nghị.</p>"))]),
        "body_lo": streamfield([("paragraph", rich_text("<p>ເນື້ອໃນກອງປະຊຸມ.</p>"))]),
        "related_links": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)
