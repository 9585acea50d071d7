"""The forum page's meeting list: filters, pages, briefings and a query count that never grows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forum_pages.models import ForumKind, ForumMeetingPage
from tests.factories.bulk import bulk_create_children
from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingBriefingFactory,
    ForumMeetingPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
    in_days,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home_page):
    return ForumIndexPageFactory(parent=home_page)


@pytest.fixture
def themes(home_page):
    index = StrategyThemeIndexPageFactory(parent=home_page)
    return {
        "skills": StrategyThemePageFactory(parent=index, title="Kompetensförsörjning"),
        "innovation": StrategyThemePageFactory(parent=index, title="Innovation och företagande"),
    }


@pytest.fixture
def meetings(forum, themes):
    return {
        "next": ForumMeetingPageFactory(
            parent=forum, title="Politikerforum om kompetens", starts_at=in_days(10),
            theme=themes["skills"],
        ),
        "later": ForumMeetingPageFactory(
            parent=forum, title="Tjänstemannaforum om innovation", starts_at=in_days(50),
            forum=ForumKind.OFFICIALS, theme=themes["innovation"],
        ),
        "held": ForumMeetingPageFactory(
            parent=forum, title="Hållet tjänstemannaforum", starts_at=in_days(-400),
            forum=ForumKind.OFFICIALS, theme=themes["skills"],
        ),
    }  # fmt: skip


def listed(response):
    return [meeting.title for meeting in response.context["meetings"]]


def test_filter_form_works_without_javascript(client, meetings):
    html = client.get("/forum/").content.decode()
    assert '<form class="filter-form" method="get" action="/forum/"' in html
    for label in ('for="id_forum">Forum', 'for="id_theme">Tema', 'for="id_year">År'):
        assert label in html
    assert '<button class="button" type="submit">Filtrera</button>' in html


def test_filter_by_forum(client, meetings):
    response = client.get("/forum/", {"forum": "officials"})
    assert response.status_code == 200
    assert listed(response) == ["Tjänstemannaforum om innovation", "Hållet tjänstemannaforum"]
    assert response.context["next_meeting"].title == "Tjänstemannaforum om innovation"


def test_filter_by_theme(client, meetings, themes):
    response = client.get("/forum/", {"theme": themes["skills"].pk})
    assert listed(response) == ["Politikerforum om kompetens", "Hållet tjänstemannaforum"]


def test_filter_by_year_uses_stockholm_time(client, forum):
    # 23.30 UTC on New Year's Eve is already the new year in Stockholm.
    ForumMeetingPageFactory(
        parent=forum,
        title="Nyårsmöte",
        starts_at=datetime.datetime(2030, 12, 31, 23, 30, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2031, 1, 1, 1, 0, tzinfo=datetime.UTC),
    )
    assert listed(client.get("/forum/", {"year": "2031"})) == ["Nyårsmöte"]
    assert client.get("/forum/", {"year": "2030"}).status_code == 400  # no meeting that year


def test_year_choices_are_the_years_with_meetings(client, meetings):
    form = client.get("/forum/").context["filter_form"]
    years = [value for value, _ in form.fields["year"].choices if value]
    assert years == sorted({m.local_start.year for m in meetings.values()}, reverse=True)


@pytest.mark.parametrize(
    "query", [{"forum": "alla"}, {"theme": "999999"}, {"theme": "x"}, {"year": "1066"}]
)
def test_bad_filter_gives_400_with_a_swedish_message(client, meetings, query):
    response = client.get("/forum/", query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Filtret kunde inte användas" in html
    assert "Välj ett giltigt alternativ" in html
    assert "Politikerforum om kompetens" in html  # the unfiltered list is still shown


def test_no_match_says_so(client, meetings):
    response = client.get("/forum/", {"forum": "politicians", "year": str(in_days(-400).year)})
    assert response.status_code == 200
    assert "Inget kommande möte matchar filtret" in response.content.decode()


def meeting_rows(count, first_day, step_days=1, theme=None):
    return [
        {
            "title": f"Forummöte {n}",
            "forum": ForumKind.POLITICIANS,
            "starts_at": in_days(first_day + n * step_days),
            "ends_at": in_days(first_day + n * step_days, hour=13),
            "location": "Stockholm",
            "theme": theme,
        }
        for n in range(count)
    ]


def test_pages_run_upcoming_soonest_first_then_held_latest_first(client, forum):
    # Every other day from 29 days ago: none today, so none is both held and upcoming.
    bulk_create_children(forum, ForumMeetingPage, meeting_rows(30, first_day=-29, step_days=2))
    first = client.get("/forum/")
    second = client.get("/forum/", {"sida": "2"})
    upcoming = [f"Forummöte {n}" for n in range(15, 30)]
    held = [f"Forummöte {n}" for n in range(14, -1, -1)]
    assert first.context["next_meeting"].title == "Forummöte 15"
    assert listed(first) + listed(second) == upcoming + held
    assert 'href="?sida=2"' in first.content.decode()
    assert second.context["next_meeting"] is None
    assert "Nästa möte" not in second.content.decode()
    assert client.get("/forum/", {"sida": "99"}).status_code == 200


def test_forum_page_lists_upcoming_briefings_with_calendar_links(client, meetings):
    held = meetings["held"]
    past = ForumMeetingBriefingFactory(page=held, starts_at=in_days(-380))
    coming = ForumMeetingBriefingFactory(page=meetings["next"], starts_at=in_days(24, hour=9))
    html = client.get("/forum/").content.decode()
    assert "Informationsmöten efter forumen" in html
    assert "kl. 09.00" in html
    assert f'href="{meetings["next"].url}informationsmote-{coming.pk}.ics"' in html
    assert f"informationsmote-{past.pk}.ics" not in html


def queries_for(client, url):
    client.get(url)  # warm the menu, site and restriction caches, as a visitor's first request
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_forum_page_queries_are_the_same_for_20_and_2000_meetings(client, forum, themes):
    theme = themes["skills"]
    bulk_create_children(forum, ForumMeetingPage, meeting_rows(20, -10, theme=theme))
    few = queries_for(client, "/forum/")
    few_filtered = queries_for(client, f"/forum/?theme={theme.pk}&sida=2")
    bulk_create_children(forum, ForumMeetingPage, meeting_rows(1980, -1000, theme=theme))
    assert ForumMeetingPage.objects.live().count() == 2000
    assert queries_for(client, "/forum/") == few
    assert queries_for(client, f"/forum/?theme={theme.pk}&sida=2") == few_filtered
