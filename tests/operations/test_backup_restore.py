"""bin/backup and bin/restore: what a backup holds comes back as it was, on PostgreSQL and SQLite.

The scripts run as an operator would run them, against the test database: the test writes the
content, backs it up, changes it, restores, and compares what Django reads before and after.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

from tests.factories.documents import DocumentFactory
from tests.factories.e2e import restore_migrated_rows
from tests.factories.home import StandardPageFactory
from tests.factories.region_teams import ContactFactory
from tests.factories.subscriptions import SubscriberFactory

pytestmark = pytest.mark.django_db(transaction=True)

BIN = Path(settings.BASE_DIR) / "bin"
TOOLS = {"postgresql": ["pg_dump", "pg_restore"], "sqlite": []}

# What the site holds, as Django reads it in a process of its own.
SNAPSHOT = """
import hashlib, json
from pathlib import Path
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from core.models import Contact
from subscriptions.subscribers import Subscriber

def digest(field):
    with field.open("rb") as stored:
        return hashlib.sha256(stored.read()).hexdigest()

media = Path(settings.MEDIA_ROOT)
print(json.dumps({
    "pages": [[p.pk, p.title, p.url_path, p.live, p.latest_revision_id]
              for p in Page.objects.order_by("pk")],
    "revisions": [[r.pk, r.object_id, json.dumps(r.content, sort_keys=True)]
                  for r in Revision.objects.order_by("pk")],
    "contacts": [[c.pk, c.name, c.email] for c in Contact.objects.order_by("pk")],
    "subscribers": [[s.pk, s.email, str(s.key)] for s in Subscriber.objects.order_by("pk")],
    "documents": [[d.pk, d.title, d.file.name, digest(d.file)]
                  for d in get_document_model().objects.order_by("pk")],
    "media": sorted(str(p.relative_to(media)) for p in media.rglob("*") if p.is_file()),
}))
"""

# An operator's bad day after the backup: files and rows gone, a snippet changed, a stray file.
DAMAGE = """
from pathlib import Path
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.models import Page
from core.models import Contact
from subscriptions.subscribers import Subscriber

for document in get_document_model().objects.all():
    document.file.delete(save=False)
    document.delete()
Subscriber.objects.all().delete()
Contact.objects.update(name="Fel namn")
Page.objects.filter(title="Tillfällig sida").delete()
(Path(settings.MEDIA_ROOT) / "efter-kopian.txt").write_text("ny fil")
"""
STRAY_FILE = "efter-kopian.txt"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def database_url(content, tmp_path):
    """An address of the test database, with the content, that a process of its own opens."""
    for tool in TOOLS[connection.vendor]:
        if shutil.which(tool) is None:
            assert connection.vendor != "postgresql", f"{tool} is needed on PostgreSQL"
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        credentials = quote(db["USER"] or "") + (
            f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
        )
        host = db["HOST"] or "127.0.0.1"
        return f"postgres://{credentials}@{host}:{db['PORT'] or 5432}/{db['NAME']}"
    # SQLite's test database lives in this process's memory: the scripts get a file copy.
    copy = tmp_path / "portal.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(copy)
    with target:
        connection.connection.backup(target)
    target.close()
    return f"sqlite:///{copy}"


@pytest.fixture
def migrated_rows():
    restore_migrated_rows()  # the root page and collection an earlier test's flush removed


@pytest.fixture
def content(migrated_rows, home_page, media_root):
    page = StandardPageFactory(parent=home_page, title="Samverkan i regionerna")
    page.save_revision().publish()
    page.title = "Samverkan i regionerna, reviderad"
    page.save_revision().publish()
    page.title = "Utkast till nästa version"
    page.save_revision()
    StandardPageFactory(parent=home_page, title="Tillfällig sida").save_revision().publish()
    ContactFactory(name="Anna Andersson", email="anna@example.se")
    SubscriberFactory(email="prenumerant@example.se")
    DocumentFactory(title="Årsrapport", pdf_text="Rapportens innehåll")


def run(database_url, tmp_path, *command):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "VAR_DIR": str(tmp_path / "var"),
        "SEARCH_INDEX_DIR": str(tmp_path / "index"),
        "PYTHON": sys.executable,
    }
    environment.pop("REDIS_URL", None)  # the shared cache of a real site is no test's to clear
    return subprocess.run(
        command,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def django(database_url, tmp_path, code):
    manage = Path(settings.BASE_DIR) / "manage.py"
    result = run(
        database_url, tmp_path, sys.executable, manage, "shell", "--no-imports", "-c", code
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def snapshot(database_url, tmp_path):
    return json.loads(django(database_url, tmp_path, SNAPSHOT))


def test_a_restore_brings_back_pages_revisions_snippets_subscribers_and_documents(
    database_url, tmp_path
):
    before = snapshot(database_url, tmp_path)
    assert len(before["revisions"]) >= 4 and before["documents"] and before["subscribers"]
    backup = tmp_path / "kopia"

    result = run(database_url, tmp_path, BIN / "backup", backup)
    assert result.returncode == 0, result.stderr
    manifest = (backup / "manifest.txt").read_text()
    assert f"database={connection.vendor}" in manifest
    assert f"media_files={len(before['media'])}" in manifest

    damaged = json.loads(django(database_url, tmp_path, DAMAGE + SNAPSHOT))
    assert damaged["documents"] == [] and damaged["subscribers"] == []
    assert STRAY_FILE in damaged["media"]

    result = run(database_url, tmp_path, BIN / "restore", "--yes", backup)
    assert result.returncode == 0, result.stderr
    assert snapshot(database_url, tmp_path) == before


def test_backup_refuses_a_directory_that_is_not_empty(tmp_path):
    backup = tmp_path / "kopia"
    backup.mkdir()
    (backup / "gammal.txt").write_text("en äldre kopia")
    result = run("sqlite:///ingen-databas-behovs.sqlite3", tmp_path, BIN / "backup", backup)
    assert result.returncode == 1
    assert "inte tom" in result.stderr
    assert sorted(p.name for p in backup.iterdir()) == ["gammal.txt"]


def test_restore_changes_nothing_without_confirmation(database_url, tmp_path, media_root):
    backup = tmp_path / "kopia"
    assert run(database_url, tmp_path, BIN / "backup", backup).returncode == 0
    (media_root / STRAY_FILE).write_text("ny fil")
    result = run(database_url, tmp_path, BIN / "restore", backup)
    assert result.returncode == 1
    assert "--yes" in result.stderr
    assert (media_root / STRAY_FILE).exists()
