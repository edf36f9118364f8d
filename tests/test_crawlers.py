"""What /robots.txt tells search engines."""

import pytest


@pytest.mark.django_db
def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "max-age=86400" in response["Cache-Control"]
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert {"Disallow: /vi/tim-kiem/", "Disallow: /lo/khon-ha/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Allow" not in response.content.decode()  # every public page stays crawlable


@pytest.mark.django_db
def test_robots_txt_answers_only_reads(client):
    assert client.post("/robots.txt").status_code == 405
