"""Pages, users and admin form posts shared by the editorial workflow tests."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from demo import content as demo_content
from forum_pages.models import ForumMeetingPage
from home.models import StandardPage
from region_teams.models import Contact
from tests.conftest import DEMO_PASSWORD
from tests.factories.home import StandardPageFactory
from tests.home.test_admin_editing import meeting_form


@pytest.fixture
def users(demo):
    """The demo accounts by username (each in its role's group)."""
    return {user.username: user for user in get_user_model().objects.all()}


@pytest.fixture
def owner_contact(demo):
    """Ingrid Arltoft Henriksson, linked to the demo account `innehallsansvarig`."""
    return Contact.objects.get(name=demo_content.INGRID_ARLTOFT_HENRIKSSON)


@pytest.fixture
def owned_page(demo, owner_contact):
    """A published page under the home page whose content owner is `innehallsansvarig`."""
    page = StandardPageFactory(parent=demo, title="Om samverkan", content_owner=owner_contact)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


@pytest.fixture
def meeting(demo):
    return ForumMeetingPage.objects.live().order_by("starts_at").first()


def login(client, username):
    client.logout()
    assert client.login(username=username, password=DEMO_PASSWORD)
    return client


def standard_form(page, **changes):
    fields = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "comments": inline_formset([]),
        "content_owner": page.content_owner_id or "",
        **changes,
    }
    return nested_form_data({k: v for k, v in fields.items() if v != ""})


def form_for(page, **changes):
    page = page.specific
    if isinstance(page, ForumMeetingPage):
        return meeting_form(page, content_owner=page.content_owner_id, **changes)
    return standard_form(page, **changes)


def edit(client, page, action=None, extra=None, **changes):
    """POST the page's edit form; action is "submit", "publish" or None (save a draft)."""
    data = {**form_for(page, **changes), **(extra or {})}
    if action:
        data[f"action-{action}"] = "on"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def workflow_action(client, page, action, comment=None):
    """POST a decision through the admin's workflow action view (the modal's form)."""
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    data = {} if comment is None else {"comment": comment}
    return client.post(url, data)
