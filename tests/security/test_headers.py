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
