"""A document's text in one language as an outline: provisions with stable anchors and a TOC.

Built from the StreamField's raw JSON in one pass, without Wagtail's per-block rendering,
so a 200-article law renders in a single template loop. Anchors come from the numbers
editors type (#article-5, #chapter-2), not from positions, so links survive edits; Roman
numerals are read as numbers so /vi/ and /lo/ pages share anchors.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.text import slugify
from django.utils.translation import gettext

DIVISION_RANKS = {"part": 0, "chapter": 1, "section": 2}
ROMAN = re.compile(r"^[IVXLCDM]+$", re.IGNORECASE)
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# The text's heading levels start under the page's h2 "Text of the document".
FIRST_HEADING_LEVEL = 3


@dataclass(frozen=True)
class Clause:
    number: str
    text: str
    anchor: str


@dataclass
class Provision:
    kind: str  # "paragraph", "part", "chapter", "section" or "article"
    label: str  # "Điều 5", "ມາດຕາ 5", in the text's own language; "" for a paragraph
    heading: str
    anchor: str
    text: str
    heading_level: int
    clauses: list[Clause] = field(default_factory=list)
    marker: str = ""
    amended_by_id: int | None = None
    amended_by: object = None  # the amending LegalDocumentPage, attached in one query
    children: list["Provision"] = field(default_factory=list)  # for the TOC only

    @property
    def is_division(self) -> bool:
        return self.kind in DIVISION_RANKS

    @property
    def title(self) -> str:
        return f"{self.label}. {self.heading}" if self.heading else self.label


@dataclass
class LegalText:
    language: str
    provisions: list[Provision]
    toc: list[Provision]  # top-level divisions and articles, each with its children

    def __bool__(self) -> bool:
        return bool(self.provisions)

    @property
    def articles(self) -> list[Provision]:
        return [provision for provision in self.provisions if provision.kind == "article"]

    @property
    def amending_document_ids(self) -> set[int]:
        return {p.amended_by_id for p in self.provisions if p.amended_by_id}

    def attach_amending_documents(self, documents: Iterable) -> None:
        by_id = {document.pk: document for document in documents}
        for provision in self.provisions:
            provision.amended_by = by_id.get(provision.amended_by_id)

    def plain_text(self) -> str:
        lines = []
        for provision in self.provisions:
            lines.extend(line for line in (provision.title, provision.text) if line)
            lines.extend(f"{c.number}. {c.text}" if c.number else c.text for c in provision.clauses)
        return "\n".join(lines)

    def toc_html(self) -> SafeString:
        return _toc_list(self.toc)


def build_legal_text(raw_blocks: Iterable[dict], language: str) -> LegalText:
    """The outline of a StreamField's raw data (a list of {"type", "value"} dicts)."""
    builder = _OutlineBuilder()
    with translation.override(language):
        for block in raw_blocks or []:
            builder.add(block.get("type", ""), block.get("value") or {})
    return LegalText(language, builder.provisions, builder.toc)


class _OutlineBuilder:
    def __init__(self) -> None:
        self.provisions: list[Provision] = []
        self.toc: list[Provision] = []
        self.open_divisions: list[Provision] = []
        self.used_anchors: set[str] = set()

    def add(self, kind: str, value) -> None:
        if kind == "paragraph":
            self._add_paragraph(str(value))
        elif kind == "division" and value.get("level") in DIVISION_RANKS:
            self._add_division(value)
        elif kind == "article":
            self._add_article(value)

    def _add_paragraph(self, text: str) -> None:
        level = FIRST_HEADING_LEVEL + len(self.open_divisions)
        self.provisions.append(Provision("paragraph", "", "", "", text, level))

    def _add_division(self, value: dict) -> None:
        level_name, number = value["level"], str(value.get("number", "")).strip()
        rank = DIVISION_RANKS[level_name]
        while self.open_divisions and DIVISION_RANKS[self.open_divisions[-1].kind] >= rank:
            self.open_divisions.pop()
        # Sections restart their numbering in each chapter: "chapter-2-section-1".
        in_division = level_name == "section" and self.open_divisions
        prefix = f"{self.open_divisions[-1].anchor}-" if in_division else ""
        division = Provision(
            kind=level_name,
            label=_division_label(level_name, number),
            heading=str(value.get("heading") or ""),
            anchor=self._unique(f"{prefix}{level_name}-{_number_slug(number)}"),
            text="",
            heading_level=min(FIRST_HEADING_LEVEL + len(self.open_divisions), 6),
        )
        self._place(division)
        self.open_divisions.append(division)

    def _add_article(self, value: dict) -> None:
        number = str(value.get("number", "")).strip()
        anchor = self._unique(f"article-{_number_slug(number)}")
        article = Provision(
            kind="article",
            label=gettext("Article %(number)s") % {"number": number},
            heading=str(value.get("heading") or ""),
            anchor=anchor,
            text=str(value.get("text") or ""),
            heading_level=min(FIRST_HEADING_LEVEL + len(self.open_divisions), 6),
            clauses=list(_clauses(value.get("clauses") or [], anchor)),
            marker=str(value.get("marker") or ""),
            amended_by_id=value.get("amended_by") or None,
        )
        self._place(article)

    def _place(self, provision: Provision) -> None:
        self.provisions.append(provision)
        siblings = self.open_divisions[-1].children if self.open_divisions else self.toc
        siblings.append(provision)

    def _unique(self, anchor: str) -> str:
        candidate, counter = anchor, 1
        while candidate in self.used_anchors:
            counter += 1
            candidate = f"{anchor}-{counter}"
        self.used_anchors.add(candidate)
        return candidate


def _clauses(items: list, article_anchor: str) -> Iterable[Clause]:
    for position, item in enumerate(items, start=1):
        # ListBlock stores {"type": "item", "value": ..., "id": ...}; older data stores values.
        value = item.get("value", item) if item.get("type") == "item" else item
        number = str(value.get("number") or "").strip()
        slug = _number_slug(number) if number else str(position)
        yield Clause(number, str(value.get("text") or ""), f"{article_anchor}-clause-{slug}")


def _division_label(level_name: str, number: str) -> str:
    labels = {
        "part": gettext("Part %(number)s"),
        "chapter": gettext("Chapter %(number)s"),
        "section": gettext("Section %(number)s"),
    }
    return labels[level_name] % {"number": number}


def _number_slug(number: str) -> str:
    cleaned = number.strip().rstrip(".")
    if ROMAN.match(cleaned):
        return str(_roman_to_int(cleaned.upper()))
    return slugify(cleaned) or "x"


def _roman_to_int(numeral: str) -> int:
    total = 0
    for current, following in zip(numeral, [*numeral[1:], None], strict=True):
        value = ROMAN_VALUES[current]
        total += -value if following and ROMAN_VALUES[following] > value else value
    return total


def _toc_list(entries: list[Provision]) -> SafeString:
    if not entries:
        return SafeString("")
    items = format_html_join(
        "",
        '<li><a href="#{}">{}</a>{}</li>',
        ((entry.anchor, entry.title, _toc_list(entry.children)) for entry in entries),
    )
    return format_html("<ol>{}</ol>", items)
