import os
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "phapluat.example.gov.vn",
    "DATABASE_URL": "sqlite:///:memory:",
    "FACEBOOK_TOKEN_KEYS": "pU1Fm0cG7kz2rCw6cXWm3a3r8Kx0E6wq8W2yYH1XbVc=",
    "PORTAL_BASE_URL": "https://phapluat.example.gov.vn",
}


def run_manage(*args: str, **env_overrides: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **PRODUCTION_ENV, **env_overrides}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests in this process
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.parametrize(
    ("variable", "message"),
    [
        ("SECRET_KEY", "SECRET_KEY must be set for production"),
        ("ALLOWED_HOSTS", "ALLOWED_HOSTS must list the portal's host names"),
        # No fallback to SECRET_KEY for the Facebook token keys, nor to SQLite for the database.
        ("FACEBOOK_TOKEN_KEYS", "FACEBOOK_TOKEN_KEYS must list the Fernet keys"),
        ("DATABASE_URL", "DATABASE_URL must be set for production"),
        ("PORTAL_BASE_URL", "PORTAL_BASE_URL must be set for production"),
    ],
)
def test_a_missing_required_setting_stops_start_up_with_a_clear_message(variable, message):
    result = run_manage("check", **{variable: ""})
    assert result.returncode != 0
    assert message in result.stderr


def production_setting(name: str) -> str:
    """A setting's value as a fresh production process sees it."""
    result = run_manage("shell", "-c", f"from django.conf import settings; print(settings.{name})")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]
