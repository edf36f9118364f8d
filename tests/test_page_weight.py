"""The home page must stay light for citizens on 2G/3G phones."""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

BUDGET_BYTES = 100 * 1024


def compressed_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def first_visit_weight(html: str) -> int:
    """HTML, stylesheets, scripts and (for Lao) fonts, as a first visit downloads them."""
    total = compressed_size(html.encode())
    assets = re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js|woff2))"', html)
    for asset in set(assets):
        data = Path(finders.find(asset)).read_bytes()
        # woff2 is already compressed; servers send it as is.
        total += len(data) if asset.endswith(".woff2") else compressed_size(data)
        if asset.endswith(".css"):
            for font in re.findall(r'url\("\.\./(fonts/[^"]+\.woff2)"\)', data.decode()):
                total += len(Path(finders.find(font)).read_bytes())
    return total


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "lo"])
def test_home_page_first_visit_is_under_100_kb_compressed(client, home_page, language):
    html = client.get(f"/{language}/").content.decode()
    assert first_visit_weight(html) < BUDGET_BYTES


@pytest.mark.django_db
def test_pages_need_no_javascript(client, home_page):
    html = client.get("/vi/").content.decode()
    assert "<script" not in html
