"""The basic search page at /sok/?q= (the Whoosh backend and the full search page are issue #5)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_group():
    return Group.objects.get_or_create(name="Medarbetare")[0]  # editorial 0002 creates it


@pytest.fixture
def pages(home_page, staff_group):
    StandardPageFactory(parent=home_page, title="Samarbeta i Östersjöregionen", intro="Östersjö")
    staff_only = StandardPageFactory(parent=home_page, title="Östersjö internt för inloggade")
    PageViewRestriction.objects.create(page=staff_only, restriction_type="login")
    group_only = StandardPageFactory(parent=home_page, title="Östersjö för medarbetargruppen")
    restriction = PageViewRestriction.objects.create(page=group_only, restriction_type="groups")
    restriction.groups.add(staff_group)
    secret = StandardPageFactory(parent=home_page, title="Östersjö bakom lösenord")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="hemligt")
    StandardPageFactory(parent=home_page, title="Östersjö utkast", live=False)


def result_titles(response):
    return {page.title for page in response.context["search_results"]}


def test_search_finds_live_public_pages(client, pages):
    response = client.get("/sok/", {"q": "Östersjöregionen"})
    assert response.status_code == 200
    assert "Samarbeta i Östersjöregionen" in result_titles(response)
    assert "Samarbeta i Östersjöregionen" in response.content.decode()


def test_anonymous_visitors_see_no_restricted_or_draft_pages(client, pages):
    assert result_titles(client.get("/sok/", {"q": "Östersjö"})) == {"Samarbeta i Östersjöregionen"}


def test_logged_in_users_see_what_their_login_and_groups_open(
    client, pages, staff_group, django_user_model
):
    user = django_user_model.objects.create_user("anvandare", password="x")
    client.force_login(user)
    assert result_titles(client.get("/sok/", {"q": "Östersjö"})) == {
        "Samarbeta i Östersjöregionen",
        "Östersjö internt för inloggade",
    }
    user.groups.add(staff_group)
    assert "Östersjö för medarbetargruppen" in result_titles(client.get("/sok/", {"q": "Östersjö"}))
    assert "Östersjö bakom lösenord" not in result_titles(client.get("/sok/", {"q": "Östersjö"}))


def test_empty_query_shows_the_form_without_results(client, home_page):
    response = client.get("/sok/")
    assert response.status_code == 200
    assert list(response.context["search_results"]) == []


@pytest.mark.parametrize(
    "query", ['"', "(((", "AND OR NOT", "*", "x" * 10_000, "\x00", "🙂", "Östersjö -"]
)
def test_odd_queries_never_crash(client, pages, query):
    assert client.get("/sok/", {"q": query}).status_code == 200


def test_odd_page_numbers_never_crash(client, pages):
    for page_number in ("-1", "0", "99999", "abc"):
        assert client.get("/sok/", {"q": "Östersjö", "sida": page_number}).status_code == 200
