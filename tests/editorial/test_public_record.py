"""What was ever published is kept: deleting it, in the admin or in bulk, and purging revisions
are refused for everyone but an archivist, and what goes is exported first."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Page, Revision

from editorial.roles import ARCHIVIST
from tests.factories.admin import login
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(demo):
    page = StandardPageFactory(parent=demo, title="Beslut om forum", slug="beslut")
    for title in ("Beslut om forum", "Beslut om forum (ändrad)"):
        page.title = title
        page.save_revision().publish()
    return page


@pytest.fixture
def archivist(users):
    users["admin"].groups.add(Group.objects.get(name=ARCHIVIST))
    return users["admin"]


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


def exports(settings):
    return sorted(settings.ARCHIVE_EXPORT_DIR.glob("*.json"))


def test_a_web_admin_cannot_delete_a_published_page(client, published, users):
    login(client, "admin")
    for response in (client.get(delete_url(published)), client.post(delete_url(published))):
        assert response.status_code == 302
    messages = client.get(response["Location"]).content.decode()
    assert "bara en arkivarie kan radera den" in messages
    assert Page.objects.filter(pk=published.pk).exists()


def test_an_archivist_deletes_it_after_every_revision_is_exported(
    client, published, archivist, settings
):
    before = set(exports(settings))
    login(client, "admin")
    assert client.post(delete_url(published)).status_code == 302
    assert not Page.objects.filter(pk=published.pk).exists()
    (export,) = set(exports(settings)) - before
    rows = json.loads(export.read_text())["revisions"]
    assert [row["content"]["title"] for row in rows] == [
        "Beslut om forum",
        "Beslut om forum (ändrad)",
    ]


def test_a_page_never_published_is_deleted_as_before(client, demo, users):
    draft = StandardPageFactory(parent=demo, title="Utkast", slug="utkast", live=False)
    draft.first_published_at = None
    draft.save()
    login(client, "admin")
    assert client.post(delete_url(draft)).status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()


def test_bulk_deletion_of_a_published_page_is_refused(client, published, users):
    login(client, "admin")
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    client.post(f"{url}?id={published.pk}", {})
    assert Page.objects.filter(pk=published.pk).exists()


def test_purging_revisions_needs_an_archivist_and_exports_first(published, archivist, settings):
    count = Revision.objects.count()
    with pytest.raises(CommandError, match="only an archivist"):
        call_command("purge_revisions", verbosity=0)
    with pytest.raises(CommandError):
        call_command("purge_revisions", "--archivist", "redaktor", verbosity=0)
    assert Revision.objects.count() == count
    before = set(exports(settings))
    call_command("purge_revisions", "--archivist", "admin", verbosity=0)
    (export,) = set(exports(settings)) - before
    assert len(json.loads(export.read_text())["revisions"]) == count
