"""The admin's own search runs on the configured backend; administrators edit the synonyms."""

import pytest
from django.contrib.auth.models import Group

from editorial import roles
from search.models import SearchSynonym
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

SYNONYMS_URL = "/admin/snippets/search/searchsynonym/"


def test_admin_page_search_uses_the_search_backend(admin_client, search_backend, home_page):
    StandardPageFactory(parent=home_page, title="Regional kompetensplattform")
    response = admin_client.get("/admin/pages/search/", {"q": "kompetensplattform"})
    assert response.status_code == 200
    assert "Regional kompetensplattform" in response.content.decode()


def test_default_synonyms_cover_county_names(home_page):
    assert SearchSynonym.objects.filter(terms__contains="sörmland, södermanland").exists()


@pytest.fixture
def user_in(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(group_name.lower(), password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def test_web_administrators_add_synonyms_through_the_admin(client, home_page, user_in):
    client.force_login(user_in(roles.WEB_ADMIN))
    response = client.post(
        SYNONYMS_URL + "add/", {"terms": "Halland , Region Halland", "note": "Länets namn"}
    )
    assert response.status_code == 302
    assert SearchSynonym.objects.filter(terms="halland, region halland").exists()
    assert "halland, region halland" in client.get(SYNONYMS_URL).content.decode()


def test_a_synonym_needs_two_terms(client, home_page, user_in):
    client.force_login(user_in(roles.WEB_ADMIN))
    response = client.post(SYNONYMS_URL + "add/", {"terms": "Halland", "note": ""})
    assert response.status_code == 200
    assert "Ange minst två ord" in response.content.decode()


@pytest.mark.parametrize("group_name", [roles.EDITOR, roles.SECRETARIAT, roles.CONTENT_OWNER])
def test_other_roles_may_not_edit_synonyms(client, home_page, user_in, group_name):
    client.force_login(user_in(group_name))
    response = client.post(SYNONYMS_URL + "add/", {"terms": "a, b", "note": ""})
    assert response.status_code in (302, 403)
    assert not SearchSynonym.objects.filter(terms="a, b").exists()
    listing = client.get(SYNONYMS_URL)
    assert listing.status_code in (302, 403)
