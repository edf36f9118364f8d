import os
import subprocess
import sys

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


def test_missing_secret_key_stops_start_up_with_a_clear_message():
    result = run_manage("check", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set for production" in result.stderr


def test_missing_allowed_hosts_stops_start_up_with_a_clear_message():
    result = run_manage("check", ALLOWED_HOSTS="")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list the portal's host names" in result.stderr


def test_missing_token_keys_stop_start_up_rather_than_falling_back_to_secret_key():
    result = run_manage("check", FACEBOOK_TOKEN_KEYS="")
    assert result.returncode != 0
    assert "FACEBOOK_TOKEN_KEYS must list the Fernet keys" in result.stderr


def test_missing_database_url_stops_start_up_instead_of_falling_back_to_sqlite():
    result = run_manage("check", DATABASE_URL="")
    assert result.returncode != 0
    assert "DATABASE_URL must be set for production" in result.stderr


def test_missing_portal_base_url_stops_start_up_with_a_clear_message():
    result = run_manage("check", PORTAL_BASE_URL="")
    assert result.returncode != 0
    assert "PORTAL_BASE_URL must be set for production" in result.stderr


def production_setting(name: str) -> str:
    """A setting's value as a fresh production process sees it."""
    result = run_manage("shell", "-c", f"from django.conf import settings; print(settings.{name})")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]
