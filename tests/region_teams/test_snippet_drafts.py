"""Forum members and county responsibilities under approval: a draft
reaches the public team and county pages only once published; history and compare answer."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Revision

from forum_pages.models import ForumKind, ForumMember, PoliticalSide
from region_teams.models import CountyResponsibility, Team, TeamRole
from tests.factories.forum_pages import ForumMemberFactory
from tests.factories.region_teams import (
    ContactFactory,
    CountyResponsibilityFactory,
    RegionTeamIndexPageFactory,
    RegionTeamPageFactory,
    county,
)

pytestmark = pytest.mark.django_db

COUNTY_PAGE = "/strategiskt-regionarbete/lan/norrbotten/"
TEAM_PAGE = "/strategiskt-regionarbete/norr/"


def admin_url(model, view, *args):
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{view}", args=args
    )


def member_form(member, **changes):
    fields = {
        "county": member.county_id,
        "name": member.name,
        "title": member.title,
        "party": member.party,
        "forum": member.forum,
        "political_side": member.political_side,
        "term_start": member.term_start.isoformat(),
        "term_end": "",
        **changes,
    }
    return fields


def responsibility_form(**fields):
    return {"role": TeamRole.COUNTY_LEAD, "subject": "", **fields}


@pytest.fixture
def region_pages(home_page):
    index = RegionTeamIndexPageFactory(parent=home_page)
    RegionTeamPageFactory(parent=index, team=Team.NORTH)
    return index


def test_existing_rows_and_factory_rows_are_live(db):
    assert ForumMemberFactory().live
    assert CountyResponsibilityFactory().live


def test_a_draft_change_to_a_member_waits_for_publishing(region_pages, admin_client):
    member = ForumMemberFactory(name="Greta Gammal")
    url = admin_url(ForumMember, "edit", member.pk)

    response = admin_client.post(url, member_form(member, name="Nils Ny"))
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.has_unpublished_changes and member.name == "Greta Gammal"
    page = admin_client.get(COUNTY_PAGE).content.decode()
    assert "Greta Gammal" in page and "Nils Ny" not in page

    admin_client.post(url, {**member_form(member, name="Nils Ny"), "action-publish": "on"})
    page = admin_client.get(COUNTY_PAGE).content.decode()
    assert "Nils Ny" in page and "Greta Gammal" not in page


def test_a_new_responsibility_saved_as_draft_is_not_public(region_pages, admin_client):
    contact = ContactFactory(name="Dora Utkast")
    form = responsibility_form(county=county("Norrbotten").pk, contact=contact.pk)
    response = admin_client.post(admin_url(CountyResponsibility, "add"), form)
    assert response.status_code == 302
    draft = CountyResponsibility.objects.get(contact=contact)
    assert not draft.live
    assert "Dora Utkast" not in admin_client.get(COUNTY_PAGE).content.decode()
    assert "Dora Utkast" not in admin_client.get(TEAM_PAGE).content.decode()

    admin_client.post(
        admin_url(CountyResponsibility, "edit", draft.pk), {**form, "action-publish": "on"}
    )
    assert "Dora Utkast" in admin_client.get(COUNTY_PAGE).content.decode()
    assert "Dora Utkast" in admin_client.get(TEAM_PAGE).content.decode()


@pytest.mark.parametrize("model_factory", [ForumMemberFactory, CountyResponsibilityFactory])
def test_history_and_compare_answer(admin_client, model_factory):
    instance = model_factory()
    first = instance.save_revision()
    first.publish()
    second = instance.save_revision()
    model = type(instance)
    assert admin_client.get(admin_url(model, "history", instance.pk)).status_code == 200
    compare = admin_url(model, "revisions_compare", instance.pk, first.pk, second.pk)
    assert admin_client.get(compare).status_code == 200
    assert Revision.objects.for_instance(instance).count() == 2


# The seat rule counts live members only ---------------------------------------------------------


def politician(**fields):
    return ForumMember(
        county=county("Norrbotten"),
        name="Ny Politiker",
        forum=ForumKind.POLITICIANS,
        political_side=PoliticalSide.MAJORITY,
        term_start=datetime.date(2023, 1, 1),  # as ForumMemberFactory
        **fields,
    )


def test_a_live_member_holds_the_seat(admin_client):
    rival = ForumMemberFactory(name="Sittande Ledamot")
    response = admin_client.post(admin_url(ForumMember, "add"), member_form(politician()))
    assert response.status_code == 200
    assert "Sittande Ledamot" in response.content.decode()
    assert not ForumMember.objects.filter(name="Ny Politiker").exists()
    assert rival.live


def test_a_draft_nomination_does_not_block_the_seat(admin_client):
    ForumMemberFactory(name="Utkast Ledamot", live=False)
    response = admin_client.post(admin_url(ForumMember, "add"), member_form(politician()))
    assert response.status_code == 302
    assert ForumMember.objects.filter(name="Ny Politiker").exists()


@pytest.mark.parametrize(
    ("model", "query"),
    [
        (ForumMember, {"q": "Greta", "forum": ForumKind.POLITICIANS, "live": "true"}),
        (CountyResponsibility, {"q": "Greta", "role": TeamRole.COUNTY_LEAD, "live": "true"}),
    ],
)
def test_snippet_listings_keep_their_filters_and_search(admin_client, model, query):
    ForumMemberFactory(name="Greta Gammal")
    CountyResponsibilityFactory(contact=ContactFactory(name="Greta Gammal"))
    ForumMemberFactory(name="Utkast Person", live=False, political_side=PoliticalSide.OPPOSITION)
    response = admin_client.get(admin_url(model, "list"), query)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Greta Gammal" in html and "Utkast Person" not in html
