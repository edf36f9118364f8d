import xml.etree.ElementTree as ET

import pytest

from home.factories import StandardPageFactory
from news.factories import NewsPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
def test_sitemap_lists_each_page_in_each_language_it_is_written_in(client, news_index):
    NewsPageFactory(parent=news_index, slug="hai-ngon-ngu", slug_lo="song-phasa")
    NewsPageFactory(parent=news_index, slug="chi-tieng-viet", title_lo="", slug_lo="")
    StandardPageFactory(parent=news_index.get_parent())
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    base = "http://localhost"
    assert set(entries) == {
        f"{base}/vi/",
        f"{base}/lo/",
        f"{base}/vi/gioi-thieu/",
        f"{base}/lo/kiaw-kap/",
        f"{base}/vi/tin-tuc/",
        f"{base}/lo/khao-san/",
        f"{base}/vi/tin-tuc/hai-ngon-ngu/",
        f"{base}/lo/khao-san/song-phasa/",
        f"{base}/vi/tin-tuc/chi-tieng-viet/",
    }
    assert entries[f"{base}/lo/khao-san/song-phasa/"] == {
        "vi": f"{base}/vi/tin-tuc/hai-ngon-ngu/",
        "lo": f"{base}/lo/khao-san/song-phasa/",
    }
    assert entries[f"{base}/vi/tin-tuc/chi-tieng-viet/"] == {
        "vi": f"{base}/vi/tin-tuc/chi-tieng-viet/"
    }
