"""The forum's meetings and video briefings as iCalendar (RFC 5545) files.

Times are written in Stockholm time (TZID=Europe/Stockholm with its VTIMEZONE), so calendar
programs show them right across daylight saving. UIDs are built from the row's primary key and
the site's host name, so a meeting keeps its UID when it is edited and re-downloaded.
"""

import zoneinfo

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event
from wagtail.models import Site

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
PRODUCT_ID = "-//Tillväxtverket//Regionportalen//SV"


def meetings_calendar(meetings, request, name):
    """A calendar with each meeting and its video briefings; briefings must be prefetched."""
    calendar = new_calendar(name)
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting, request))
        for briefing in meeting.briefings.all():
            calendar.add_component(briefing_event(briefing, request))
    calendar.add_missing_timezones()
    return calendar


def single_event_calendar(event, name):
    calendar = new_calendar(name)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    return calendar


def meeting_event(meeting, request):
    url = meeting.get_full_url(request)
    description = [meeting.intro, f"Tema: {meeting.theme.title}" if meeting.theme_id else "", url]
    return build_event(
        uid=f"forummote-{meeting.pk}@{site_host(request)}",
        summary=meeting.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.place_label,
        url=url,
        description="\n\n".join(part for part in description if part),
        stamp=meeting.last_published_at,
    )


def briefing_event(briefing, request):
    meeting = briefing.page
    url = meeting.get_full_url(request)
    description = [
        f"Informationsmöte (videomöte) efter {meeting.title}.",
        briefing.join_instructions,
        f"Anslut: {briefing.join_url}" if briefing.join_url else "",
        url,
    ]
    return build_event(
        uid=f"informationsmote-{briefing.pk}@{site_host(request)}",
        summary=f"Informationsmöte: {meeting.title}",
        starts_at=briefing.local_start,
        ends_at=briefing.local_end,
        location=briefing.join_url or "Videomöte",
        url=url,
        description="\n\n".join(part for part in description if part),
        stamp=meeting.last_published_at,
    )


def build_event(*, uid, summary, starts_at, ends_at, location, url, description, stamp):
    event = Event()
    event.add("uid", uid)
    # Without METHOD, DTSTAMP is when the entry was last revised (RFC 5545, 3.8.7.2).
    event.add("dtstamp", stamp or timezone.now())
    event.add("dtstart", timezone.localtime(starts_at, STOCKHOLM))
    event.add("dtend", timezone.localtime(ends_at, STOCKHOLM))
    event.add("summary", summary)
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("description", strip_tags(description))
    return event


def site_host(request):
    site = Site.find_for_request(request)
    return site.hostname if site else request.get_host()


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
