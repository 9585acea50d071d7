"""The forum page and meeting pages as a visitor meets them; the meeting's own rules."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from forum_pages.models import ForumKind, ForumMeetingDocument, ForumMeetingParticipant
from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
    in_days,
)
from tests.factories.region_teams import county

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home_page):
    return ForumIndexPageFactory(parent=home_page)


@pytest.fixture
def theme(home_page):
    themes = StrategyThemeIndexPageFactory(parent=home_page)
    return StrategyThemePageFactory(parent=themes, title="Kompetensförsörjning")


def test_forum_page_lists_next_upcoming_and_held_meetings_by_year(client, forum):
    ForumMeetingPageFactory(parent=forum, title="Nästa politikerforum", starts_at=in_days(7))
    ForumMeetingPageFactory(parent=forum, title="Senare tjänstemannaforum", starts_at=in_days(60))
    held = ForumMeetingPageFactory(parent=forum, title="Hållet forum", starts_at=in_days(-400))

    response = client.get("/forum/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Nästa politikerforum") < html.index("Senare tjänstemannaforum")
    assert html.index("Senare tjänstemannaforum") < html.index("Hållet forum")
    assert str(held.local_start.year) in html
    assert response.context["next_meeting"].title == "Nästa politikerforum"


def test_meeting_page_shows_its_details(client, forum, theme):
    meeting = ForumMeetingPageFactory(
        parent=forum,
        title="Tjänstemannaforum om kompetens",
        forum=ForumKind.OFFICIALS,
        theme=theme,
        location="Rosenbad, Stockholm",
        outcome="<p>Regionerna lyfte behovet av validering.</p>",
    )
    meeting.counties.add(county("Gotland"))
    meeting.save()
    ForumMeetingParticipant.objects.create(
        page=meeting, name="Lars Wikström", role="avdelningschef, Tillväxtverket"
    )
    document = get_document_model().objects.create(title="Underlag om kompetens", file="x.pdf")
    ForumMeetingDocument.objects.create(page=meeting, document=document)

    response = client.get(meeting.url)

    assert response.status_code == 200
    html = response.content.decode()
    for expected in (
        "Tjänstemannaforum om kompetens",
        "Tjänstemannaforum",
        "Kommande",
        "Rosenbad, Stockholm",
        "Kompetensförsörjning",
        "Lars Wikström",
        "Underlag om kompetens",
        "Regionerna lyfte behovet av validering.",
        "Gotland",
    ):
        assert expected in html, expected


def test_held_meeting_is_marked_as_held(client, forum):
    meeting = ForumMeetingPageFactory(parent=forum, starts_at=in_days(-3))
    assert "Genomfört" in client.get(meeting.url).content.decode()


def test_digital_meeting_needs_no_place_but_a_physical_one_does(forum):
    digital = ForumMeetingPageFactory.build(location="", is_digital=True, starts_at=in_days(3))
    digital.ends_at = digital.starts_at + datetime.timedelta(hours=1)
    digital.clean()
    assert digital.place_label == "Digitalt"
    with pytest.raises(ValidationError) as error:
        ForumMeetingPageFactory.build(location="", is_digital=False).clean()
    assert "location" in error.value.message_dict


def test_meeting_must_end_after_it_starts(forum):
    meeting = ForumMeetingPageFactory.build()
    meeting.ends_at = meeting.starts_at - datetime.timedelta(minutes=1)
    with pytest.raises(ValidationError) as error:
        meeting.clean()
    assert "ends_at" in error.value.message_dict


def test_theme_page_shows_its_meetings(client, forum, theme):
    ForumMeetingPageFactory(parent=forum, title="Politikerforum om kompetens", theme=theme)
    ForumMeetingPageFactory(parent=forum, title="Forum om något annat")
    html = client.get(theme.url).content.decode()
    assert "Politikerforum om kompetens" in html
    assert "Forum om något annat" not in html


def queries_for(client, url):
    client.get(url)  # warm the menu and site caches, which a visitor's first request fills
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_forum_page_query_count_does_not_grow_with_meetings(client, forum, theme):
    for days in range(-5, 5):
        ForumMeetingPageFactory(parent=forum, starts_at=in_days(days * 40), theme=theme)
    few = queries_for(client, "/forum/")
    for days in range(-20, 20):
        ForumMeetingPageFactory(parent=forum, starts_at=in_days(days * 9 + 1), theme=theme)
    assert queries_for(client, "/forum/") == few


def test_meeting_links_its_theme_only_while_the_theme_is_live(client, forum, theme):
    meeting = ForumMeetingPageFactory(parent=forum, theme=theme)
    assert f'href="{theme.url}"' in client.get(meeting.url).content.decode()
    theme.unpublish()
    html = client.get(meeting.url).content.decode()
    assert "Kompetensförsörjning" in html
    assert 'href="/teman/kompetensforsorjning/"' not in html


def test_meeting_times_are_shown_in_stockholm_time_across_daylight_saving(client, forum):
    winter = ForumMeetingPageFactory(
        parent=forum,
        title="Vintermöte",
        starts_at=datetime.datetime(2030, 1, 17, 9, 30, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2030, 1, 17, 14, 0, tzinfo=datetime.UTC),
    )
    summer = ForumMeetingPageFactory(
        parent=forum,
        title="Sommarmöte",
        starts_at=datetime.datetime(2030, 6, 13, 8, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2030, 6, 13, 13, 0, tzinfo=datetime.UTC),
    )
    assert "17 januari 2030, kl. 10.30" in client.get(winter.url).content.decode()
    assert "13 juni 2030, kl. 10.00" in client.get(summer.url).content.decode()
    assert ">15.00</time>" in client.get(summer.url).content.decode()
