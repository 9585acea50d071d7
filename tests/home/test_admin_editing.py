"""Editors change pages through the admin's own edit view; who may publish is the group's call.

The owner-routed approval workflow is tested in tests/editorial; here the foundation's groups
must already keep an editor's change away from the public site and let the secretariat publish
in the forum.
"""

import pytest

from forum_pages.models import ForumMeetingPage
from tests.factories.admin import DEMO_PASSWORD, meeting_form

pytestmark = pytest.mark.django_db


def edit_and_publish(client, username, meeting, new_title):
    assert client.login(username=username, password=DEMO_PASSWORD)
    url = f"/admin/pages/{meeting.pk}/edit/"
    return client.post(url, {**meeting_form(meeting, title=new_title), "action-publish": "on"})


@pytest.fixture
def meeting(demo):
    return ForumMeetingPage.objects.live().order_by("starts_at").first()


def test_secretariat_publishes_a_meeting_change(demo, client, meeting):
    client.login(username="kansli", password=DEMO_PASSWORD)
    assert client.get(f"/admin/pages/{meeting.pk}/edit/").status_code == 200
    response = edit_and_publish(client, "kansli", meeting, "Politikerforum med ny rubrik")
    assert response.status_code == 302
    client.logout()
    assert "Politikerforum med ny rubrik" in client.get(meeting.url).content.decode()


def test_an_editors_publish_only_saves_a_draft(demo, client, meeting):
    revisions_before = meeting.revisions.count()
    response = edit_and_publish(client, "redaktor", meeting, "Redaktörens utkast")
    assert response.status_code == 302
    client.logout()
    assert "Redaktörens utkast" not in client.get(meeting.url).content.decode()
    meeting.refresh_from_db()
    assert meeting.has_unpublished_changes
    assert meeting.revisions.count() == revisions_before + 1


def test_a_staff_member_cannot_edit_pages(demo, client, meeting):
    response = edit_and_publish(client, "medarbetare", meeting, "Obehörig ändring")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    meeting.refresh_from_db()
    assert meeting.title != "Obehörig ändring"
