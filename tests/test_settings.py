"""Settings read the environment; production refuses to run unsafely."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, "DJANGO_SETTINGS_MODULE": "portal.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="regionportalen.example.se",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_portal_speaks_swedish_in_stockholm_time():
    assert settings.LANGUAGE_CODE == "sv"
    assert settings.TIME_ZONE == "Europe/Stockholm"


@pytest.mark.django_db
def test_admin_login_page_is_in_swedish(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Logga in" in response.content.decode()


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_login_throttling_is_on_and_reads_the_proxy_header_only_when_told():
    code = (
        "from django.conf import settings; "
        "print(settings.AXES_ENABLED, settings.AXES_IPWARE_META_PRECEDENCE_ORDER)"
    )
    env = {"SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "regionportalen.example.se"}
    default = manage("shell", "--no-imports", "-c", code, LOGIN_CLIENT_IP_HEADER="", **env)
    proxied = manage(
        "shell", "--no-imports", "-c", code, LOGIN_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR", **env
    )
    assert default.stdout.splitlines()[-1] == "True ('REMOTE_ADDR',)", default.stderr
    assert proxied.stdout.splitlines()[-1] == "True ('HTTP_X_FORWARDED_FOR', 'REMOTE_ADDR')"


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="PostgreSQL only (DATABASE_URL=postgres://…)",
)
@pytest.mark.django_db
def test_postgresql_connections_plan_for_data_in_memory():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
    shell = "from django.conf import settings; print(settings.DATABASES['default'].get('OPTIONS'))"
    result = manage("shell", "-c", shell, SECRET_KEY="x" * 50, POSTGRES_OPTIONS="")
    assert result.returncode == 0, result.stderr
    assert "random_page_cost" not in result.stdout
