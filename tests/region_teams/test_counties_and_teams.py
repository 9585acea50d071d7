"""The 21 counties, the three teams, county pages and the county responsibilities."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from forum_pages.models import ForumKind
from region_teams.models import (
    County,
    CountyResponsibility,
    RegionTeamPage,
    RoleDescription,
    Team,
    TeamRole,
)
from tests.factories.forum_pages import ForumMemberFactory
from tests.factories.region_teams import (
    ContactFactory,
    CountyResponsibilityFactory,
    RegionTeamIndexPageFactory,
    RegionTeamPageFactory,
    county,
)

pytestmark = pytest.mark.django_db

SEED_003_TEAMS = {
    Team.NORTH: {
        "Norrbotten",
        "Västerbotten",
        "Jämtland",
        "Västernorrland",
        "Dalarna",
        "Gävleborg",
        "Värmland",
    },
    Team.MIDDLE: {
        "Västmanland",
        "Uppsala",
        "Stockholm",
        "Örebro",
        "Sörmland",
        "Östergötland",
        "Gotland",
    },
    Team.SOUTH: {
        "Västra Götaland",
        "Jönköping",
        "Halland",
        "Kronoberg",
        "Skåne",
        "Blekinge",
        "Kalmar",
    },
}


def test_there_are_21_counties_each_in_exactly_one_team():
    counties = list(County.objects.all())
    assert len(counties) == 21
    for team, names in SEED_003_TEAMS.items():
        assert {c.name for c in counties if c.team == team} == names
    assert len({c.letter_code for c in counties}) == 21
    assert len({c.number_code for c in counties}) == 21


def test_counties_carry_official_names_codes_and_development_body():
    norrbotten = county("Norrbotten")
    assert (norrbotten.official_name, norrbotten.letter_code, norrbotten.number_code) == (
        "Norrbottens län",
        "BD",
        "25",
    )
    assert county("Jämtland").development_organisation == "Region Jämtland Härjedalen"


def test_subject_lead_needs_a_subject():
    responsibility = CountyResponsibility(
        county=county("Halland"), contact=ContactFactory(), role=TeamRole.SUBJECT_LEAD
    )
    with pytest.raises(ValidationError) as error:
        responsibility.full_clean()
    assert "subject" in error.value.message_dict


@pytest.fixture
def team_index(home_page):
    return RegionTeamIndexPageFactory(parent=home_page)


@pytest.fixture
def north(team_index):
    lead = ContactFactory(name="Monika Kväl")
    return RegionTeamPageFactory(parent=team_index, team=Team.NORTH, lead=lead, lead_is_acting=True)


def test_team_page_shows_counties_people_and_role_duties(client, north):
    CountyResponsibilityFactory(contact=ContactFactory(name="Länsansvarig Norrbotten"))
    CountyResponsibilityFactory(
        county=county("Dalarna"),
        contact=ContactFactory(name="Sakansvarig Dalarna"),
        role=TeamRole.SUBJECT_LEAD,
        subject="Kompetensförsörjning",
    )
    CountyResponsibilityFactory(
        county=county("Skåne"), contact=ContactFactory(name="Länsansvarig Skåne")
    )
    RoleDescription.objects.create(
        role=TeamRole.COUNTY_LEAD, duties="Ansvara för den regionala omvärldsbevakningen"
    )

    response = client.get(north.url)

    assert response.status_code == 200
    html = response.content.decode()
    for expected in SEED_003_TEAMS[Team.NORTH]:
        assert expected in html
    assert "Monika Kväl" in html and "tf" in html
    assert "Länsansvarig Norrbotten" in html
    assert "Sakansvarig Dalarna" in html and "Kompetensförsörjning" in html
    assert "Länsansvarig Skåne" not in html
    assert "Ansvara för den regionala omvärldsbevakningen" in html


def test_hidden_contacts_are_not_shown_publicly(client, north):
    CountyResponsibilityFactory(contact=ContactFactory(name="Hemlig Person", is_public=False))
    assert "Hemlig Person" not in client.get(north.url).content.decode()


def test_a_second_page_for_the_same_team_is_refused_in_the_admin(admin_client, north, team_index):
    url = f"/admin/pages/add/region_teams/regionteampage/{team_index.pk}/"
    data = nested_form_data(
        {
            "title": "Norr igen",
            "slug": "norr-igen",
            "team": Team.NORTH,
            "body": rich_text("<p>Dubblett</p>"),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Det finns redan en sida för det här teamet." in response.content.decode()
    assert RegionTeamPage.objects.filter(team=Team.NORTH).count() == 1
    data["team"] = Team.SOUTH
    assert admin_client.post(url, data).status_code == 302
    assert RegionTeamPage.objects.filter(team=Team.SOUTH).count() == 1


def test_county_overview_lists_all_21_counties_by_team(client, north):
    response = client.get("/strategiskt-regionarbete/lan/")
    assert response.status_code == 200
    html = response.content.decode()
    for names in SEED_003_TEAMS.values():
        for name in names:
            assert name in html
    assert 'href="/strategiskt-regionarbete/lan/norrbotten/"' in html


def test_county_page_gathers_team_people_members_and_meetings(client, north):
    CountyResponsibilityFactory(contact=ContactFactory(name="Länsansvarig Norrbotten"))
    ForumMemberFactory(name="Politiker Majoritet")
    ForumMemberFactory(name="Tjänsteman BD", forum=ForumKind.OFFICIALS, political_side="")
    ForumMemberFactory(name="Annan Regions Politiker", county=county("Gotland"))

    response = client.get("/strategiskt-regionarbete/lan/norrbotten/")

    assert response.status_code == 200
    html = response.content.decode()
    for expected in (
        "Norrbottens län",
        "Region Norrbotten",
        "Länsansvarig Norrbotten",
        "Politiker Majoritet",
        "Tjänsteman BD",
        north.title,
    ):
        assert expected in html, expected
    assert "Annan Regions Politiker" not in html


def test_unknown_county_is_404(client, north):
    assert client.get("/strategiskt-regionarbete/lan/atlantis/").status_code == 404


def test_county_snippets_are_searchable_and_filterable_in_admin(admin_client):
    response = admin_client.get("/admin/snippets/region_teams/county/", {"team": Team.SOUTH})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Skåne" in html and "Norrbotten" not in html
    response = admin_client.get("/admin/snippets/region_teams/county/", {"q": "Gotland"})
    assert "Gotland" in response.content.decode()
