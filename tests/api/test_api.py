"""The read-only API under /api/v2/: what it serves, what it never serves, filters and errors."""

import pytest
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from forum_pages.models import ForumMeetingPage, ReportPage
from region_teams.models import County
from tests.factories.documents import DocumentFactory
from tests.factories.forum_pages import ForumMemberFactory
from tests.factories.region_teams import ContactFactory, CountyResponsibilityFactory

pytestmark = pytest.mark.django_db


def api(client, path, **params):
    response = client.get(f"/api/v2/{path}", params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def titles(data):
    return {item["title"] for item in data["items"]}


def test_pages_are_the_live_public_ones(client, demo):
    restricted = PageViewRestriction.objects.first().page
    draft = Page.objects.filter(live=False).first()
    listed = {item["id"] for item in api(client, "pages/", limit=100)["items"]}
    assert demo.pk in listed
    assert restricted.pk not in listed
    assert not set(restricted.get_descendants().values_list("pk", flat=True)) & listed
    assert draft is None or draft.pk not in listed
    assert client.get(f"/api/v2/pages/{restricted.pk}/").status_code == 404


def test_meetings_carry_forum_dates_theme_counties_and_briefings(client, demo):
    meeting = ForumMeetingPage.objects.live().exclude(theme=None).first()
    data = api(client, f"pages/{meeting.pk}/")
    assert data["forum"] == meeting.forum
    assert data["starts_at"].startswith(meeting.starts_at.astimezone().date().isoformat()[:4])
    assert data["theme"]["id"] == meeting.theme_id
    assert [c["slug"] for c in data["counties"]] == [c.slug for c in meeting.counties.all()]
    assert isinstance(data["briefings"], list)


def test_reports_filter_by_year_theme_and_county(client, demo):
    report = ReportPage.objects.live().exclude(themes=None).first()
    theme = report.themes.first()
    by_year = api(client, "pages/", type="forum_pages.ReportPage", year=report.year)
    assert report.title in titles(by_year)
    assert {item["meta"]["type"] for item in by_year["items"]} == {"forum_pages.ReportPage"}
    by_theme = api(client, "pages/", type="forum_pages.ReportPage", theme=theme.pk)
    assert report.title in titles(by_theme)
    on_theme = ReportPage.objects.live().filter(themes=theme)
    assert titles(by_theme) == set(on_theme.values_list("title", flat=True))
    county = County.objects.get(slug="gotland")
    by_county = api(client, "pages/", type="forum_pages.ReportPage", county="gotland", limit=100)
    expected = set(
        ReportPage.objects.live().filter(counties=county).values_list("title", flat=True)
    )
    assert titles(by_county) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"type": "nope.Nothing"},
        {"type": "forum_pages.ReportPage", "year": "förra"},
        {"county": "gotland"},
        {"type": "forum_pages.ReportPage", "theme": "tema"},
        {"limit": "många"},
        {"okand": "1"},
        {"type": "forum_pages.ReportPage", "year": "2018\x00"},
        {"type": "forum_pages.ReportPage", "theme": "²"},
        {"type": "forum_pages.ReportPage", "theme": "9" * 30},
    ],
)
def test_bad_parameters_get_400_with_a_message(client, demo, params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 400
    assert response.json()["message"]


LISTINGS = ["pages/", "images/", "documents/", "lan/", "forumledamoter/"]


@pytest.mark.parametrize("endpoint", [*LISTINGS, "lan/1/"])
def test_an_unknown_search_operator_gets_400(client, demo, endpoint):
    response = client.get(f"/api/v2/{endpoint}", {"search": "forum", "search_operator": "xor"})
    assert response.status_code == 400
    assert response.json()["message"] == "search_operator must be 'and' or 'or'"


@pytest.mark.parametrize("endpoint", LISTINGS)
@pytest.mark.parametrize("offset", [str(2**63), "+" + "9" * 30, "1000001"])
def test_an_offset_beyond_a_million_gets_400(client, demo, endpoint, offset):
    response = client.get(f"/api/v2/{endpoint}", {"offset": offset})
    assert response.status_code == 400
    assert response.json()["message"] == "offset cannot be higher than 1000000"


def test_the_largest_offset_still_pages(client, demo):
    assert api(client, "pages/", offset="1000000")["items"] == []


def test_documents_and_images_of_restricted_collections_are_left_out(client, home_page):
    internal = Collection.get_first_root_node().add_child(name="Internt")
    restriction = CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Medarbetare i test"))
    DocumentFactory(title="Öppen rapport")
    DocumentFactory(title="Intern promemoria", collection=internal)
    image_model = get_image_model()
    image_model.objects.create(title="Öppen bild", file=get_test_image_file())
    image_model.objects.create(title="Intern bild", file=get_test_image_file(), collection=internal)
    assert titles(api(client, "documents/")) == {"Öppen rapport"}
    assert titles(api(client, "images/")) == {"Öppen bild"}


def test_counties_list_all_21_with_published_public_responsibilities(client, demo):
    data = api(client, "lan/", limit=50)
    assert data["meta"]["total_count"] == 21
    county = County.objects.get(slug="gotland")
    shown = ContactFactory(name="Synlig Person", is_public=True)
    hidden = ContactFactory(name="Dold Person", is_public=False)
    draft = ContactFactory(name="Utkast Person", is_public=True)
    CountyResponsibilityFactory(county=county, contact=shown)
    CountyResponsibilityFactory(county=county, contact=hidden)
    CountyResponsibilityFactory(county=county, contact=draft, live=False)
    detail = api(client, f"lan/{county.pk}/")
    names = {row["contact"]["name"] for row in detail["responsibilities"]}
    assert "Synlig Person" in names
    assert not names & {"Dold Person", "Utkast Person"}
    assert detail["team"] == county.team


def test_forum_members_are_the_published_ones(client, home_page):
    ForumMemberFactory(name="Publicerad Ledamot")
    ForumMemberFactory(name="Ny Ledamot i utkast", live=False)
    names = {item["name"] for item in api(client, "forumledamoter/")["items"]}
    assert names == {"Publicerad Ledamot"}


def test_the_api_is_read_only_and_readable_from_other_sites(client, home_page):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://region.example.se")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.post("/api/v2/pages/", {}).status_code == 405
    assert (
        client.get("/", HTTP_ORIGIN="https://region.example.se").get("Access-Control-Allow-Origin")
        is None
    )


def test_listing_queries_do_not_grow_with_the_counties(client, demo, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        api(client, "lan/", limit=50, fields="responsibilities")
