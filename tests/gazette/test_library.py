"""The documents library: combinable filters, counts per value, sort, bad input."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gazette.factories import IssuingBodyFactory, LegalFieldFactory, document_type
from tests.gazette.conftest import relate

D = datetime.date


@pytest.fixture
def documents(make_document):
    assembly = IssuingBodyFactory(slug="quoc-hoi", name="Quốc hội", name_lo="ສະພາແຫ່ງຊາດ")
    government = IssuingBodyFactory(slug="chinh-phu", name="Chính phủ", name_lo="ລັດຖະບານ")
    land = LegalFieldFactory(slug="dat-dai", name="Đất đai", name_lo="ທີ່ດິນ")
    old_law = make_document(
        title="Luật Đất đai 2013", issuing_body=assembly, signed_date=D(2013, 11, 29)
    )
    law = make_document(title="Luật Đất đai", issuing_body=assembly, signed_date=D(2024, 1, 18))
    decree = make_document(
        title="Nghị định hướng dẫn",
        document_type=document_type("decree"),
        issuing_body=government,
        signed_date=D(2024, 7, 30),
    )
    make_document(
        title="Ắc quy và pin",
        document_type=document_type("decree"),
        issuing_body=government,
        signed_date=D(2023, 2, 1),
    )
    for page in (old_law, law, decree):
        page.legal_fields.set([land])
        page.save()  # a ParentalManyToManyField is written when its page is saved
    relate(law, "replaces", old_law)
    return {"old_law": old_law, "law": law, "decree": decree}


def titles(html: str) -> list[str]:
    return re.findall(r'class="document-list__title" href="[^"]+">([^<]+)</a>', html)


def option(html: str, select: str, value: str) -> str:
    block = html.split(f'id="filter-{select}"')[1].split("</select>")[0]
    return re.search(rf'<option value="{value}"( selected)?>([^<]+)</option>', block).group(0)


@pytest.mark.django_db
def test_filters_combine(client, library, documents):
    html = client.get(library.url, {"type": "law", "status": "in_force"}).content.decode()
    assert titles(html) == ["Luật Đất đai"]
    html = client.get(library.url, {"body": "chinh-phu", "year": "2024"}).content.decode()
    assert titles(html) == ["Nghị định hướng dẫn"]
    html = client.get(library.url, {"field": "dat-dai", "status": "expired"}).content.decode()
    assert titles(html) == ["Luật Đất đai 2013"]


@pytest.mark.django_db
def test_each_facet_counts_what_choosing_it_would_give(client, library, documents):
    html = client.get(library.url, {"type": "law"}).content.decode()
    assert "2 văn bản" in html
    # Counts for other facets follow the chosen type; the type facet ignores its own choice.
    assert option(html, "type", "law") == '<option value="law" selected>Luật (2)</option>'
    assert option(html, "type", "decree") == '<option value="decree">Nghị định (2)</option>'
    assert option(html, "status", "expired").endswith("Hết hiệu lực toàn bộ (1)</option>")
    assert option(html, "year", "2024") == '<option value="2024">2024 (1)</option>'
    assert 'value="chinh-phu"' not in html.split('id="filter-body"')[1].split("</select>")[0]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", ["Nghị định hướng dẫn", "Luật Đất đai", "Ắc quy và pin", "Luật Đất đai 2013"]),
        ("oldest", ["Luật Đất đai 2013", "Ắc quy và pin", "Luật Đất đai", "Nghị định hướng dẫn"]),
    ],
)
def test_sort(client, library, documents, sort, expected):
    assert titles(client.get(library.url, {"sort": sort}).content.decode()) == expected


@pytest.mark.django_db
def test_sort_by_title_uses_the_readers_language(client, library, documents):
    html = client.get(library.url, {"sort": "title"}).content.decode()
    assert titles(html)[0] in {"Luật Đất đai", "Luật Đất đai 2013", "Ắc quy và pin"}
    assert sorted(titles(html)) == sorted(
        ["Nghị định hướng dẫn", "Luật Đất đai", "Ắc quy và pin", "Luật Đất đai 2013"]
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "type=%00&year=abc",
        "year=99999999999999999999&status=%27%3B--",
        "field=<script>&body=../../etc&sort=drop",
        "page=-1",
        "page=99999",
        "page=abc&type=law&type=decree",
        "status=in_force&status=expired&year=2024.5",
        "year=%C2%B2",  # a superscript two: a digit to str.isdigit(), not to int()
        "year=%00&sort=%00&page=%00&field=%00",
        "body=chinh-phu%00&status=in_force%00",
    ],
)
def test_garbage_filters_give_a_clean_page(client, library, documents, query):
    response = client.get(f"{library.url}?{query}")
    assert response.status_code == 200
    assert titles(response.content.decode())


@pytest.mark.django_db
def test_pages_of_twenty(client, library, make_document):
    for n in range(25):
        make_document(title=f"Quyết định {n:02}", signed_date=D(2020, 1, 1) + datetime.timedelta(n))
    first = client.get(library.url).content.decode()
    second = client.get(library.url, {"page": 2}).content.decode()
    assert len(titles(first)) == 20 and len(titles(second)) == 5
    assert 'href="?sort=newest&amp;page=2" rel="next"' in first


@pytest.mark.django_db
def test_the_listing_costs_the_same_queries_for_5_or_40_documents(
    client, library, make_document, django_assert_num_queries
):
    field = LegalFieldFactory()

    def add(count: int, kind: str) -> None:
        for _n in range(count):
            page = make_document(document_type=document_type(kind))
            page.legal_fields.add(field)
            page.save()

    add(5, "law")
    # Warm what is kept per content version, with URLs no earlier test left in the page cache;
    # twice, as the first visit may create rows (site settings) that start a new version.
    client.get(library.url, {"sort": "newest"})
    client.get(library.url, {"sort": "oldest"})
    with CaptureQueriesContext(connection) as few:
        client.get(library.url, {"field": field.slug, "sort": "title"})
    expected = len(few.captured_queries)  # read now: the next request empties the query log
    add(35, "decree")
    client.get(library.url, {"sort": "newest"})  # the new content version's kept values
    with django_assert_num_queries(expected):
        html = client.get(library.url, {"field": field.slug, "sort": "title"}).content.decode()
    assert "40 văn bản" in html
