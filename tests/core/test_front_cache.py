"""Front-cache purges (core/front_cache.py, Wagtail's frontend_cache): what a publish, an
unpublish, a move and a snippet change send to the cache, seen by a fake cache on 127.0.0.1."""

import http.server
import threading
from urllib.parse import urlsplit

import pytest
from django.test import Client
from wagtail.models import Page, Site

from forum_pages.models import ForumIndexPage, ForumMeetingPage
from home.models import StandardPage
from region_teams.models import County, RegionTeamIndexPage
from tests.factories.admin import edit, login
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A front cache that answers every PURGE with 200 and remembers what it was asked."""

    received = None  # set per server

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache(settings):
    received = []
    handler = type("Recorder", (PurgeRecorder,), {"received": received})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield received
    server.shutdown()
    server.server_close()


def paths(received):
    """The paths purged, all of them on the site's own host name."""
    hosts = {Site.objects.get(is_default_site=True).hostname}
    assert {host for host, _ in received} <= hosts, received
    return {path for _, path in received}


def county_path(county):
    index = RegionTeamIndexPage.objects.live().first()
    return urlsplit(index.full_url).path + index.reverse_subpage("county", args=[county.slug])


@pytest.fixture
def meeting(demo):
    return ForumMeetingPage.objects.live().filter(theme__isnull=False).first()


def test_publishing_a_meeting_purges_it_and_every_page_that_shows_it(
    client, demo, meeting, front_cache
):
    counties = list(County.objects.order_by("name")[:2].values_list("pk", flat=True))
    login(client, "admin")
    response = edit(
        client, meeting, "publish", extra={"counties": counties}, title="Ny tid för mötet"
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.counties.count() == 2

    purged = paths(front_cache)
    forum = ForumIndexPage.objects.get()
    assert {
        meeting.url,
        meeting.url + "kalender.ics/",
        meeting.url + "versioner/",
        forum.url,
        forum.url + "moten.ics/",
        demo.url,
        meeting.theme.url,
        "/sitemap.xml",
    } <= purged
    assert {county_path(county) for county in meeting.counties.all()} <= purged
    untouched = County.objects.exclude(pk__in=meeting.counties.all())
    assert not {county_path(county) for county in untouched} & purged


def test_unpublishing_purges_the_page_and_its_listings(demo, meeting, front_cache):
    meeting.unpublish()
    purged = paths(front_cache)
    assert {meeting.url, ForumIndexPage.objects.get().url, "/sitemap.xml"} <= purged


def test_a_moved_page_is_purged_at_its_old_address_too(demo, front_cache):
    page = StandardPageFactory(parent=demo, title="Om forumet", slug="om-forumet")
    page.save_revision().publish()
    forum = ForumIndexPage.objects.get()
    front_cache.clear()

    Page.objects.get(pk=page.pk).move(forum, pos="last-child")

    purged = paths(front_cache)
    assert {"/om-forumet/", "/forum/om-forumet/", forum.url, demo.url} <= purged


def test_a_changed_responsibility_purges_every_live_page(demo, front_cache):
    county = County.objects.order_by("name").first()
    county.name = county.name  # any save of a snippet shown on pages
    county.save()

    purged = paths(front_cache)
    live_urls = {page.url for page in Page.objects.live().filter(depth__gt=1).specific()}
    assert live_urls <= purged
    assert county_path(county) in purged


def test_without_a_front_cache_nothing_is_sent(demo, meeting, settings, front_cache):
    del settings.WAGTAILFRONTENDCACHE
    meeting.save_revision().publish()
    assert front_cache == []


def test_cached_pages_may_be_kept_by_a_shared_cache_but_not_by_browsers(settings, demo):
    settings.PAGE_CACHE = True
    page = StandardPage.objects.live().first()
    for response in (Client().get(page.url), Client().get(page.url)):  # a miss, then a hit
        directives = response["Cache-Control"]
        assert "s-maxage=" in directives
        assert "max-age=" not in directives.replace("s-maxage=", "")
        assert 0 < int(directives.split("s-maxage=")[1].split(",")[0]) <= 600


def test_pages_for_logged_in_users_carry_no_shared_lifetime(settings, client, demo):
    settings.PAGE_CACHE = True
    login(client, "admin")
    response = client.get(StandardPage.objects.live().first().url)
    assert "s-maxage" not in response.get("Cache-Control", "")
