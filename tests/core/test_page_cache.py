"""Anonymous pages from the cache (core/page_cache.py): fresh after every kind of publish, and
never served to someone it was not made for."""

import datetime

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.page_cache import storable_for
from forum_pages.models import ForumMeetingPage
from home.models import StandardPage
from tests.factories.admin import edit, login, workflow_action
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE = True


@pytest.fixture
def visitor():
    return Client()


@pytest.fixture
def live_page(demo):
    page = StandardPageFactory(parent=demo, title="Om samverkan", slug="om-samverkan")
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, response.content.decode()


def test_a_second_visitor_gets_the_page_from_the_cache(visitor, live_page):
    first, html = get(visitor, live_page.url)
    second, cached_html = get(Client(), live_page.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert cached_html == html


def test_the_next_request_after_a_publish_in_the_admin_shows_it(client, visitor, live_page):
    get(visitor, live_page.url)
    login(client, "admin")
    assert (
        edit(client, live_page, "publish", title="Ny rubrik efter publicering").status_code == 302
    )
    response, html = get(visitor, live_page.url)
    assert "Ny rubrik efter publicering" in html
    assert response["X-Page-Cache"] == "miss"


def test_an_approved_change_shows_at_once(client, visitor, demo):
    page = StandardPage.objects.get(pk=demo.get_children().type(StandardPage).first().pk)
    get(visitor, page.url)
    login(client, "redaktor")
    edit(client, page, "submit", title="Godkänd ny rubrik")
    page.refresh_from_db()
    approver = page.current_workflow_task_state.specific.approver
    login(client, approver.username)
    assert workflow_action(client, page, "approve").status_code == 302
    assert "Godkänd ny rubrik" in get(visitor, page.url)[1]


def test_a_scheduled_publish_shows_once_it_has_gone_live(visitor, live_page):
    get(visitor, live_page.url)
    live_page.title = "Schemalagd rubrik"
    revision = live_page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(seconds=1)
    revision.save()
    assert "Schemalagd rubrik" not in get(visitor, live_page.url)[1]
    call_command("publish_scheduled", verbosity=0)
    assert "Schemalagd rubrik" in get(visitor, live_page.url)[1]


def test_a_page_made_staff_only_is_no_longer_served_to_visitors(visitor, live_page):
    get(visitor, live_page.url)
    PageViewRestriction.objects.create(page=live_page, restriction_type="login")
    response = visitor.get(live_page.url)
    assert response.status_code == 302
    assert "/login" in response["Location"]


def test_a_staff_only_page_is_never_stored(client, demo):
    restricted = PageViewRestriction.objects.select_related("page").first().page
    login(client, "medarbetare")
    for _ in range(2):
        response = client.get(restricted.url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert Client().get(restricted.url).status_code == 302


def test_a_logged_in_editor_never_gets_the_cached_page(client, visitor, live_page):
    get(visitor, live_page.url)
    login(client, "redaktor")
    response, html = get(client, live_page.url)
    assert "X-Page-Cache" not in response
    assert "userbar" in html.lower()


def test_pages_with_a_form_are_not_stored_and_their_forms_work(visitor, demo):
    subscription = Page.objects.get(slug="prenumerera")
    for _ in range(2):
        response = visitor.get(subscription.url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    csrf_visitor = Client(enforce_csrf_checks=True)
    html = csrf_visitor.get(subscription.url).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    data = {
        "csrfmiddlewaretoken": token,
        "email": "ny@example.se",
        "consent": "on",
        "meetings": "on",
    }
    assert csrf_visitor.post(subscription.url, data).status_code == 303


def test_errors_are_not_stored(visitor, demo):
    for _ in range(2):
        response = visitor.get("/finns-inte/")
        assert response.status_code == 404
        assert "X-Page-Cache" not in response


def test_the_forum_page_is_kept_no_longer_than_until_the_next_meeting_starts(visitor, demo):
    meeting = ForumMeetingPage.objects.live().first()
    meeting.starts_at = timezone.now() + datetime.timedelta(seconds=90)
    meeting.ends_at = meeting.starts_at + datetime.timedelta(hours=3)
    meeting.save_revision().publish()
    response = visitor.get("/forum/")
    assert 0 < storable_for(response) <= 90
