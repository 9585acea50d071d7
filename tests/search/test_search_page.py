"""The basic search page at /sok/?q= (the Whoosh backend and the full search page are issue #5)."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    public = StandardPageFactory(parent=home_page, title="Samarbeta i Östersjöregionen")
    staff_only = StandardPageFactory(parent=home_page, title="Östersjö internt för medarbetare")
    PageViewRestriction.objects.create(page=staff_only, restriction_type="login")
    draft = StandardPageFactory(parent=home_page, title="Östersjö utkast", live=False)
    return public, staff_only, draft


def result_titles(response):
    return [page.title for page in response.context["search_results"]]


def test_search_finds_live_public_pages(client, pages):
    response = client.get("/sok/", {"q": "Östersjöregionen"})
    assert response.status_code == 200
    assert "Samarbeta i Östersjöregionen" in result_titles(response)
    assert "Samarbeta i Östersjöregionen" in response.content.decode()


def test_anonymous_visitors_never_see_restricted_or_draft_pages(client, pages):
    titles = result_titles(client.get("/sok/", {"q": "Östersjö"}))
    assert "Östersjö internt för medarbetare" not in titles
    assert "Östersjö utkast" not in titles


def test_logged_in_staff_see_staff_only_pages(client, pages, django_user_model):
    client.force_login(django_user_model.objects.create_user("medarbetare", password="x"))
    titles = result_titles(client.get("/sok/", {"q": "Östersjö"}))
    assert "Östersjö internt för medarbetare" in titles
    assert "Östersjö utkast" not in titles


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
