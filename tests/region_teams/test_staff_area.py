"""The staff-only area: dialogues, open follow-up actions, and that visitors never see them."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailTestUtils

from editorial import roles
from region_teams.models import (
    ActionStatus,
    DialogueIssue,
    DialogueParticipant,
    DialoguePhase,
    ParticipantKind,
    RegionDialoguePage,
    StaffAreaPage,
)
from tests.factories.region_teams import (
    ContactFactory,
    FollowUpActionFactory,
    RegionDialoguePageFactory,
    RegionTeamIndexPageFactory,
    StaffAreaPageFactory,
    county,
)

pytestmark = pytest.mark.django_db

SECRET = "Hemlig regiondialog"


@pytest.fixture
def staff_groups():
    return [Group.objects.get_or_create(name=name)[0] for name in roles.GROUPS]


@pytest.fixture
def area(home_page, staff_groups):
    RegionTeamIndexPageFactory(parent=home_page)
    area = StaffAreaPageFactory(parent=home_page)
    restriction = PageViewRestriction.objects.create(
        page=area, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(staff_groups)
    return area


@pytest.fixture
def dialogue(area):
    page = RegionDialoguePageFactory(
        parent=area,
        title=SECRET,
        current_phase=DialoguePhase.objects.get(number=3),
        feedback="<p>Återkoppling skickad till regionen.</p>",
    )
    DialogueParticipant.objects.create(
        page=page, name="Handläggare", organisation="Trafikverket", kind="invited_agency"
    )
    DialogueIssue.objects.create(page=page, subject="Kompetensförsörjning", description="Vården")
    FollowUpActionFactory(
        page=page, description="Ta fram underlag", owner=ContactFactory(name="Ägare")
    )
    return page


@pytest.fixture
def staff_client(django_user_model, staff_groups):
    """A client of its own, so a test can compare it with the anonymous `client`."""
    user = django_user_model.objects.create_user("medarbetare", password="pw")
    user.groups.add(Group.objects.get(name=roles.STAFF))
    staff = Client()
    staff.force_login(user)
    return staff


def test_five_default_phases_exist_from_the_migration():
    titles = list(DialoguePhase.objects.values_list("number", "title"))
    assert titles[0] == (1, "Omvärldsbevakning och underlag")
    assert [number for number, _ in titles] == [1, 2, 3, 4, 5]


def test_page_types_go_only_where_they_belong():
    assert StaffAreaPage.max_count == 1
    assert RegionDialoguePage.parent_page_types == ["region_teams.StaffAreaPage"]
    assert not RegionDialoguePage.can_create_at(RegionTeamIndexPageFactory.build())


def test_dialogue_page_shows_phases_participants_issues_actions_and_feedback(
    staff_client, dialogue
):
    response = staff_client.get(dialogue.url)
    assert response.status_code == 200
    html = response.content.decode()
    for expected in (
        SECRET,
        "Gotland",
        "Omvärldsbevakning och underlag",
        'aria-current="step"',
        "Trafikverket",
        ParticipantKind.INVITED_AGENCY.label,
        "Kompetensförsörjning",
        "Ta fram underlag",
        "Ägare",
        "Återkoppling skickad till regionen.",
    ):
        assert expected in html, expected


def test_overview_lists_open_actions_by_due_date_across_counties(staff_client, area, dialogue):
    other = RegionDialoguePageFactory(parent=area, county=county("Skåne"))
    FollowUpActionFactory(
        page=other, description="Tidig insats", due_date=datetime.date(2026, 1, 1)
    )
    FollowUpActionFactory(page=other, description="Klar insats", status=ActionStatus.DONE)

    html = staff_client.get(area.url).content.decode()
    assert "Klar insats" not in html
    assert html.index("Tidig insats") < html.index("Ta fram underlag")
    assert f'href="{dialogue.url}"' in html and "Skåne" in html

    html = staff_client.get(area.url, {"sortera": "-forfallodatum"}).content.decode()
    assert html.index("Ta fram underlag") < html.index("Tidig insats")


def test_unknown_sort_order_is_a_400_not_a_500(staff_client, area):
    response = staff_client.get(area.url, {"sortera": "<script>"})
    assert response.status_code == 400
    assert "Okänd sortering" in response.content.decode()


def test_open_actions_take_one_query_however_many(area, dialogue):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            list(area.get_open_actions())
        return len(captured)

    few = queries()
    for number in range(30):
        page = RegionDialoguePageFactory(parent=area, county=county("Halland"), title=f"D{number}")
        FollowUpActionFactory(page=page)
    assert queries() == few == 1


def test_overview_page_query_count_does_not_grow_with_actions(staff_client, area, dialogue):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert staff_client.get(area.url).status_code == 200
        return len(captured)

    queries()  # warm the per-process caches (content version, restricted sections)
    few = queries()
    for number in range(20):
        page = RegionDialoguePageFactory(parent=area, county=county("Kalmar"), title=f"D{number}")
        FollowUpActionFactory(page=page)
    queries()  # the publishes above made those caches stale
    assert queries() == few


# Restricted pages never reach anonymous visitors: one test per channel -----------------------


def test_anonymous_visitor_is_sent_to_log_in(client, dialogue, area):
    for page in (area, dialogue):
        response = client.get(page.url)
        assert response.status_code == 302
        assert "/_util/login/" in response["Location"]


def test_logged_in_user_outside_the_staff_groups_is_refused(client, django_user_model, dialogue):
    client.force_login(django_user_model.objects.create_user("utomstaende", password="pw"))
    response = client.get(dialogue.url)
    assert response.status_code == 403
    assert "Du har inte behörighet" in response.content.decode()
    assert dialogue.title not in response.content.decode()


def test_channel_menu(client, staff_client, area):
    assert "För medarbetare" not in client.get("/").content.decode()
    # Staff reach it through a footer link of their own (the menu is shared and cached).
    footer = staff_client.get("/").content.decode().split("<footer")[1]
    assert f'href="{area.url}"' in footer


def test_channel_home_page_listings(client, area, dialogue):
    html = client.get("/").content.decode()
    assert SECRET not in html and area.url not in html


def test_channel_county_pages(client, staff_client, dialogue):
    url = "/strategiskt-regionarbete/lan/gotland/"
    anonymous = client.get(url).content.decode()
    assert SECRET not in anonymous and "regiondialoger" not in anonymous
    assert SECRET in staff_client.get(url).content.decode()


def test_channel_search(client, staff_client, dialogue):
    assert SECRET not in client.get("/sok/", {"q": "regiondialog"}).content.decode()
    found = staff_client.get("/sok/", {"q": "regiondialog"}).context["search_results"]
    assert SECRET in [page.title for page in found]


def test_channel_sitemap(client, staff_client, dialogue, area):
    for visitor in (client, staff_client):
        xml = visitor.get("/sitemap.xml").content.decode()
        assert "for-medarbetare" not in xml
    assert "<loc>" in xml


def test_dialogue_is_editable_in_the_admin(admin_client, dialogue):
    response = admin_client.get(f"/admin/pages/{dialogue.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Överenskomna insatser" in html and "Deltagare" in html


class TestPhasesAreAdminSnippets(WagtailTestUtils):
    def test_phases_are_listed_for_administrators(self, admin_client):
        response = admin_client.get("/admin/snippets/region_teams/dialoguephase/")
        assert response.status_code == 200
        assert "Återkoppling" in response.content.decode()
