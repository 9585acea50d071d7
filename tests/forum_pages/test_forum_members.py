"""Each region names at most two politicians (majority and opposition) and one official.

Tested on the model's clean() and through the snippet's admin form, where an editor meets it.
"""

import datetime

import pytest
from django.core.exceptions import ValidationError

from forum_pages.models import ForumKind, ForumMember, PoliticalSide
from tests.factories.forum_pages import ForumMemberFactory
from tests.factories.region_teams import county

pytestmark = pytest.mark.django_db


def new_member(**fields):
    defaults = {
        "county": county("Norrbotten"),
        "name": "Ny Ledamot",
        "forum": ForumKind.POLITICIANS,
        "political_side": PoliticalSide.MAJORITY,
        "term_start": datetime.date(2024, 1, 1),
    }
    return ForumMember(**{**defaults, **fields})


def test_one_majority_and_one_opposition_politician_per_region_are_accepted():
    ForumMemberFactory(political_side=PoliticalSide.MAJORITY)
    new_member(political_side=PoliticalSide.OPPOSITION).full_clean()


def test_a_second_majority_politician_at_the_same_time_is_refused():
    ForumMemberFactory(name="Första Ledamot", political_side=PoliticalSide.MAJORITY)
    with pytest.raises(ValidationError, match="Första Ledamot"):
        new_member(political_side=PoliticalSide.MAJORITY).full_clean()


def test_a_successor_after_the_term_ended_is_accepted():
    ForumMemberFactory(term_start=datetime.date(2019, 1, 1), term_end=datetime.date(2022, 12, 31))
    new_member(term_start=datetime.date(2023, 1, 1)).full_clean()


def test_an_open_ended_term_blocks_a_later_one():
    ForumMemberFactory(term_start=datetime.date(2019, 1, 1), term_end=None)
    with pytest.raises(ValidationError):
        new_member(term_start=datetime.date(2030, 1, 1)).full_clean()


def test_other_regions_are_not_affected():
    ForumMemberFactory(political_side=PoliticalSide.MAJORITY)
    new_member(county=county("Gotland")).full_clean()


def test_only_one_official_per_region():
    ForumMemberFactory(forum=ForumKind.OFFICIALS, political_side="", name="Direktören")
    with pytest.raises(ValidationError, match="Direktören"):
        new_member(forum=ForumKind.OFFICIALS, political_side="").full_clean()


def test_politician_needs_a_side_and_official_has_none():
    with pytest.raises(ValidationError) as error:
        new_member(political_side="").full_clean()
    assert "political_side" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        new_member(forum=ForumKind.OFFICIALS).full_clean()
    assert "political_side" in error.value.message_dict


def test_term_cannot_end_before_it_starts():
    with pytest.raises(ValidationError) as error:
        new_member(term_end=datetime.date(2023, 1, 1)).full_clean()
    assert "term_end" in error.value.message_dict


def test_admin_form_shows_the_rule_and_saves_nothing(admin_client):
    ForumMemberFactory(name="Sittande Ledamot", political_side=PoliticalSide.OPPOSITION)
    norrbotten = county("Norrbotten")
    response = admin_client.post(
        "/admin/snippets/forum_pages/forummember/add/",
        {
            "county": norrbotten.pk,
            "name": "Utmanare",
            "title": "",
            "party": "",
            "forum": ForumKind.POLITICIANS,
            "political_side": PoliticalSide.OPPOSITION,
            "term_start": "2024-06-01",
            "term_end": "",
        },
    )
    assert response.status_code == 200
    assert "Sittande Ledamot" in response.content.decode()
    assert not ForumMember.objects.filter(name="Utmanare").exists()


def test_admin_form_accepts_a_valid_member(admin_client):
    response = admin_client.post(
        "/admin/snippets/forum_pages/forummember/add/",
        {
            "county": county("Skåne").pk,
            "name": "Godkänd Ledamot",
            "forum": ForumKind.OFFICIALS,
            "political_side": "",
            "term_start": "2024-06-01",
            "term_end": "",
        },
    )
    assert response.status_code == 302
    assert ForumMember.objects.filter(name="Godkänd Ledamot").exists()


def test_member_list_in_admin_filters_by_forum(admin_client):
    ForumMemberFactory(name="Politiker Norr")
    ForumMemberFactory(name="Tjänsteman Norr", forum=ForumKind.OFFICIALS, political_side="")
    response = admin_client.get(
        "/admin/snippets/forum_pages/forummember/", {"forum": ForumKind.OFFICIALS}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tjänsteman Norr" in html
    assert "Politiker Norr" not in html
