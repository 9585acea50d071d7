"""Pages, users and admin form posts shared by the editorial workflow tests."""

import pytest
from django.contrib.auth import get_user_model

from core.models import Contact
from demo import content as demo_content
from forum_pages.models import ForumMeetingPage
from home.models import StandardPage
from tests.factories.home import StandardPageFactory


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
