"""Security headers: a Content-Security-Policy and a Permissions-Policy on every HTML page."""

import pytest

from tests.test_production_settings import run_manage


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/vi/", "/lo/", "/vi/khong-co-trang-nay/", "/admin/login/"])
def test_every_html_page_has_a_content_security_policy(client, home_page, url):
    response = client.get(url)
    assert response["Content-Type"].startswith("text/html")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert (
        "script-src 'self'" in policy
        and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    )
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'self'" in policy


@pytest.mark.django_db
def test_public_pages_allow_no_inline_styles_the_admin_does(client, home_page):
    public = client.get("/vi/")["Content-Security-Policy"]
    admin = client.get("/admin/login/")["Content-Security-Policy"]
    assert "style-src 'self';" in public + ";"
    assert "style-src 'self' 'unsafe-inline'" in admin


@pytest.mark.django_db
def test_permissions_policy_turns_off_device_features(client, home_page):
    policy = client.get("/vi/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_hsts_preload_and_subdomains_are_opt_in():
    hsts = "print(settings.SECURE_HSTS_INCLUDE_SUBDOMAINS, settings.SECURE_HSTS_PRELOAD)"
    code = f"from django.conf import settings; {hsts}"
    default = run_manage("shell", "-c", code)
    assert default.stdout.strip().splitlines()[-1] == "False False", default.stderr
    opt_in = {"SECURE_HSTS_INCLUDE_SUBDOMAINS": "1", "SECURE_HSTS_PRELOAD": "1"}
    assert run_manage("shell", "-c", code, **opt_in).stdout.strip().endswith("True True")
    deploy = run_manage("check", "--deploy", "--fail-level", "WARNING", **opt_in)
    assert deploy.returncode == 0, deploy.stderr + deploy.stdout


# What SecurityMiddleware and the policy middleware add in production (portal.settings.production).
PRODUCTION_SECURITY = {
    "SECURE_HSTS_SECONDS": 31536000,
    "SECURE_CONTENT_TYPE_NOSNIFF": True,
    "SECURE_REFERRER_POLICY": "strict-origin-when-cross-origin",
    "X_FRAME_OPTIONS": "DENY",
}
SECURITY_HEADERS = (
    "Strict-Transport-Security",
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
)
# Set by the page cache itself: what it stored, how long others may keep it.
CACHE_HEADERS = {"cache-control", "etag", "vary"}


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/vi/", "/lo/", "/sitemap.xml"])
def test_a_cached_page_has_the_headers_of_a_rendered_one(client, settings, home_page, url):
    for name, value in PRODUCTION_SECURITY.items():
        setattr(settings, name, value)
    settings.PAGE_CACHE_SECONDS = 0
    rendered = client.get(url, secure=True)
    settings.PAGE_CACHE_SECONDS = 600
    client.get(url, secure=True)  # stored
    cached = client.get(url, secure=True)
    assert cached.status_code == rendered.status_code == 200
    assert cached.content == rendered.content
    assert "ETag" in cached and "ETag" not in rendered  # it did come from the cache
    for name in SECURITY_HEADERS:
        if name == "Strict-Transport-Security" or rendered["Content-Type"].startswith("text/html"):
            assert name in rendered, name
    kept = {k.lower(): v for k, v in cached.items() if k.lower() not in CACHE_HEADERS}
    made = {k.lower(): v for k, v in rendered.items() if k.lower() not in CACHE_HEADERS}
    assert kept == made
    assert cached["Vary"] == ", ".join(v for v in (rendered.get("Vary"), "Accept-Encoding") if v)
