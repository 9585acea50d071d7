"""The site search follows every change at once: publish, unpublish, move, delete, and changes to
the themes and counties that pages are indexed with."""

import pytest
from wagtail.models import PageViewRestriction

from region_teams.models import County
from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
)
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def found(client, text):
    response = client.get("/sok/", {"q": text})
    assert response.status_code == 200
    return {page.title for page in response.context["search_results"]}


def test_publishing_a_new_page_makes_it_findable(client, search_backend, home_page):
    page = StandardPageFactory(parent=home_page, title="Landsbygdsutveckling", live=False)
    assert found(client, "landsbygdsutveckling") == set()
    page.save_revision().publish()
    assert found(client, "landsbygdsutveckling") == {"Landsbygdsutveckling"}


def test_publishing_an_edit_replaces_the_old_words(client, search_backend, home_page):
    page = StandardPageFactory(parent=home_page, title="Smart specialisering")
    page.title = "Innovationsstrategier"
    page.save_revision().publish()
    assert found(client, "specialisering") == set()
    assert found(client, "innovationsstrategier") == {"Innovationsstrategier"}


def test_a_saved_draft_is_not_searchable_until_published(client, search_backend, home_page):
    page = StandardPageFactory(parent=home_page, title="Turism i regionerna")
    page.title = "Besöksnäring i regionerna"
    page.save_revision()  # a draft: the live page still says "Turism"
    assert found(client, "turism") == {"Turism i regionerna"}
    assert found(client, "besöksnäring") == set()


def test_unpublishing_removes_a_page_from_results(client, search_backend, home_page):
    page = StandardPageFactory(parent=home_page, title="Kulturmiljöer")
    assert found(client, "kulturmiljöer") == {"Kulturmiljöer"}
    page.unpublish()
    assert found(client, "kulturmiljöer") == set()


def test_moving_a_page_into_a_restricted_section_hides_it(
    client, search_backend, home_page, django_user_model
):
    internal = StandardPageFactory(parent=home_page, title="Internt")
    PageViewRestriction.objects.create(page=internal, restriction_type="login")
    page = StandardPageFactory(parent=home_page, title="Budgetunderlag")
    assert found(client, "budgetunderlag") == {"Budgetunderlag"}
    page.move(internal, pos="last-child")
    assert found(client, "budgetunderlag") == set()
    client.force_login(django_user_model.objects.create_user("anstalld", password="x"))
    assert found(client, "budgetunderlag") == {"Budgetunderlag"}


def test_deleting_a_page_removes_it_from_results(client, search_backend, home_page):
    page = StandardPageFactory(parent=home_page, title="Havsplanering")
    assert found(client, "havsplanering") == {"Havsplanering"}
    page.delete()
    assert found(client, "havsplanering") == set()


@pytest.fixture
def meeting(search_backend, home_page):
    themes = StrategyThemeIndexPageFactory(parent=home_page)
    theme = StrategyThemePageFactory(parent=themes, title="Tillgänglighet")
    forum = ForumIndexPageFactory(parent=home_page)
    page = ForumMeetingPageFactory(parent=forum, title="Tjänstemannaforum i mars", theme=theme)
    page.counties.set([County.objects.get(slug="gotland")])
    page.save_revision().publish()
    return page


def test_meetings_are_found_by_their_theme_and_counties(client, meeting):
    assert "Tjänstemannaforum i mars" in found(client, "tillgänglighet")
    assert found(client, "gotland") == {"Tjänstemannaforum i mars"}


def test_renaming_a_theme_reindexes_its_meetings(client, meeting):
    theme = meeting.theme
    theme.title = "Digitalisering"
    theme.save_revision().publish()
    assert found(client, "digitalisering") == {"Digitalisering", "Tjänstemannaforum i mars"}


def test_renaming_a_county_snippet_reindexes_its_meetings(client, meeting):
    county = County.objects.get(slug="gotland")
    county.name = "Gutland"
    county.save()
    assert found(client, "gutland") == {"Tjänstemannaforum i mars"}
