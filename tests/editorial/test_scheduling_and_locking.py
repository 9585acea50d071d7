"""Scheduling and locking: go-live and expiry dates take effect when `publish_scheduled` runs
(cron, see docs/operations.md), and a locked page refuses other editors' saves."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission

from home.models import StandardPage
from tests.factories.admin import standard_page_form
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def publish_scheduled():
    call_command("publish_scheduled", stdout=io.StringIO())


def travel_past_go_live(revision):
    """As if the clock had passed the scheduled time: in the revision and its approval."""
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])


def test_a_page_whose_go_live_time_has_passed_goes_live(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Schemalagd", live=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    page.save_revision().publish()  # scheduled, not live yet
    page.refresh_from_db()
    assert not page.live
    assert client.get("/" + page.slug + "/").status_code == 404

    travel_past_go_live(page.get_latest_revision())
    publish_scheduled()
    page.refresh_from_db()
    assert page.live and page.last_reviewed == timezone.localdate()
    assert "Schemalagd" in client.get(page.url).content.decode()


def test_a_page_whose_expiry_time_has_passed_is_unpublished(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Utgår")
    page.save_revision().publish()
    StandardPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    publish_scheduled()
    page.refresh_from_db()
    assert not page.live and page.expired
    assert client.get("/" + page.slug + "/").status_code == 404


@pytest.fixture
def editors(home_page, django_user_model):
    group = Group.objects.create(name="Testredaktörer")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("change_page", "lock_page"):
        GroupPagePermission.objects.create(
            group=group, page=home_page, permission=Permission.objects.get(codename=codename)
        )
    users = []
    for name in ("lisa", "olle"):
        user = django_user_model.objects.create_user(name, f"{name}@example.se", "pw")
        user.groups.add(group)
        users.append(user)
    return users


def test_a_locked_page_cannot_be_saved_by_another_editor(home_page, client, editors):
    lisa, olle = editors
    page = StandardPageFactory(parent=home_page, title="Låst sida")
    page.save_revision().publish()

    client.force_login(lisa)
    assert client.post(f"/admin/pages/{page.pk}/lock/").status_code == 302
    page.refresh_from_db()
    assert page.locked and page.locked_by == lisa

    client.force_login(olle)
    edit_url = f"/admin/pages/{page.pk}/edit/"
    assert "låst" in client.get(edit_url).content.decode().lower()
    response = client.post(edit_url, standard_page_form(page, title="Olles ändring"))
    assert response.status_code == 200
    page.refresh_from_db()
    assert page.title == "Låst sida"
    assert page.get_latest_revision().as_object().title == "Låst sida"
    assert client.post(f"/admin/pages/{page.pk}/unlock/").status_code in (302, 403)
    page.refresh_from_db()
    assert page.locked
