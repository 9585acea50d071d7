"""Calendar files: one meeting (`kalender.ics`), one briefing, all meetings (`/forum/moten.ics`).

Each is parsed back with icalendar, as a calendar program would read it.
"""

import datetime
import zoneinfo

import icalendar
import pytest
from wagtail.models import PageViewRestriction

from forum_pages.models import ForumMeetingBriefing
from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingBriefingFactory,
    ForumMeetingPageFactory,
    in_days,
)

pytestmark = pytest.mark.django_db

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


@pytest.fixture
def forum(home_page):
    return ForumIndexPageFactory(parent=home_page)


@pytest.fixture
def meeting(forum):
    return ForumMeetingPageFactory(
        parent=forum,
        title="Politikerforum om kompetens",
        intro="Ett möte om kompetensförsörjning.",
        location="Rosenbad, Stockholm",
        # 08.00 UTC in June is 10.00 in Stockholm (summer time).
        starts_at=datetime.datetime(2030, 6, 13, 8, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2030, 6, 13, 13, 0, tzinfo=datetime.UTC),
    )


def restricted(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def events(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_meeting_page_offers_its_calendar_file(client, meeting):
    html = client.get(meeting.url).content.decode()
    assert f'href="{meeting.url}kalender.ics" download>Lägg till i kalender' in html


def test_meeting_calendar_file_holds_the_meeting_in_stockholm_time(client, meeting):
    response = client.get(f"{meeting.url}kalender.ics")
    assert "attachment" in response["Content-Disposition"]
    event = events(response)["Politikerforum om kompetens"]
    start = event.decoded("DTSTART")
    assert start == datetime.datetime(2030, 6, 13, 10, 0, tzinfo=STOCKHOLM)
    assert str(start.tzinfo) == "Europe/Stockholm"
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event.decoded("DTEND") == datetime.datetime(2030, 6, 13, 15, 0, tzinfo=STOCKHOLM)
    assert str(event["LOCATION"]) == "Rosenbad, Stockholm"
    assert str(event["URL"]) == f"http://localhost{meeting.url}"
    assert "kompetensförsörjning" in str(event["DESCRIPTION"])
    assert str(event["UID"]) == f"forummote-{meeting.pk}@localhost"
    assert "DTSTAMP" in event
    assert b"BEGIN:VTIMEZONE" in response.content and b"TZID:Europe/Stockholm" in response.content


def test_the_uid_stays_when_the_meeting_changes(client, meeting):
    before = events(client.get(f"{meeting.url}kalender.ics"))
    meeting.title = "Politikerforum, ny rubrik"
    meeting.save_revision().publish()
    after = events(client.get(f"{meeting.url}kalender.ics"))
    assert before["Politikerforum om kompetens"]["UID"] == after["Politikerforum, ny rubrik"]["UID"]


def test_draft_and_restricted_meetings_have_no_calendar_file(client, forum):
    draft = ForumMeetingPageFactory(parent=forum, live=False)
    private = restricted(ForumMeetingPageFactory(parent=forum))
    assert client.get(f"{draft.url_path.removeprefix('/home')}kalender.ics").status_code == 404
    response = client.get(f"{private.url}kalender.ics")
    assert response.status_code == 302  # to the login page, as the page itself
    assert b"VCALENDAR" not in response.content


def test_briefings_are_shown_on_the_meeting_page_with_their_own_calendar_file(client, meeting):
    briefing = ForumMeetingBriefingFactory(
        page=meeting,
        # 07.00 UTC in June is 09.00 in Stockholm.
        starts_at=datetime.datetime(2030, 6, 27, 7, 0, tzinfo=datetime.UTC),
        duration=30,
    )
    html = client.get(meeting.url).content.decode()
    assert "Informationsmöten efter forumet" in html
    assert "27 juni 2030, kl. 09.00" in html and "09.30" in html
    assert "30 minuter" in html
    assert 'href="https://video.example.se/forum"' in html

    response = client.get(f"{meeting.url}informationsmote-{briefing.pk}.ics")
    event = events(response)["Informationsmöte: Politikerforum om kompetens"]
    assert event.decoded("DTSTART") == datetime.datetime(2030, 6, 27, 9, 0, tzinfo=STOCKHOLM)
    assert event.decoded("DTEND") == datetime.datetime(2030, 6, 27, 9, 30, tzinfo=STOCKHOLM)
    assert str(event["UID"]) == f"informationsmote-{briefing.pk}@localhost"


def test_unknown_briefing_or_file_is_not_found(client, meeting):
    assert client.get(f"{meeting.url}informationsmote-999999.ics").status_code == 404
    assert client.get(f"{meeting.url}okand.ics").status_code == 404
    assert client.get("/okand/moten.ics").status_code == 404


def test_forum_calendar_lists_every_live_public_meeting_and_briefing(client, forum, meeting):
    other = ForumMeetingPageFactory(parent=forum, title="Tjänstemannaforum", starts_at=in_days(-30))
    ForumMeetingBriefingFactory(page=other)
    response = client.get("/forum/moten.ics")
    found = events(response)
    assert set(found) == {
        "Politikerforum om kompetens",
        "Tjänstemannaforum",
        "Informationsmöte: Tjänstemannaforum",
    }
    assert found["Politikerforum om kompetens"].decoded("DTSTART") == datetime.datetime(
        2030, 6, 13, 10, 0, tzinfo=STOCKHOLM
    )
    assert len({str(event["UID"]) for event in found.values()}) == 3
    assert 'href="/forum/moten.ics"' in client.get("/forum/").content.decode()


def test_forum_calendar_leaves_out_drafts_and_restricted_meetings(client, forum, meeting):
    ForumMeetingBriefingFactory(
        page=ForumMeetingPageFactory(parent=forum, title="Utkast", live=False)
    )
    private = restricted(ForumMeetingPageFactory(parent=forum, title="Internt möte"))
    ForumMeetingBriefingFactory(page=private)
    assert set(events(client.get("/forum/moten.ics"))) == {"Politikerforum om kompetens"}


def test_forum_calendar_is_not_served_when_the_forum_is_restricted(client, forum, meeting):
    restricted(forum)
    assert client.get("/forum/moten.ics").status_code == 302


def test_demo_has_video_briefings_after_the_politicians_forums(demo, client):
    html = client.get("/forum/").content.decode()
    assert "Exempeldata: anmäl dig till forum@tillvaxtverket.se" in html
    found = events(client.get("/forum/moten.ics"))
    briefings = [title for title in found if title.startswith("Informationsmöte: Politikerforum")]
    assert len(briefings) == 4
    for title in briefings:
        start = found[title].decoded("DTSTART")
        assert (start.hour, start.minute) == (9, 0)
        assert found[title].decoded("DTEND") - start == datetime.timedelta(minutes=45)


def test_preview_shows_an_unsaved_briefing_without_a_calendar_link(meeting):
    meeting.briefings = [ForumMeetingBriefing(starts_at=in_days(40, hour=9), duration=30)]
    response = meeting.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    assert "Informationsmöten efter forumet" in html
    assert "informationsmote-" not in html
