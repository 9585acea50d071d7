"""The report archive: filters by year, kind and theme through GET parameters; report pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from forum_pages.models import ReportKind
from tests.factories.forum_pages import (
    ReportIndexPageFactory,
    ReportPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
)
from tests.factories.region_teams import county

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home_page):
    return ReportIndexPageFactory(parent=home_page)


@pytest.fixture
def themes(home_page):
    index = StrategyThemeIndexPageFactory(parent=home_page)
    return {
        "innovation": StrategyThemePageFactory(parent=index, title="Innovation och företagande"),
        "skills": StrategyThemePageFactory(parent=index, title="Kompetensförsörjning"),
    }


@pytest.fixture
def reports(archive, themes):
    follow_up = ReportPageFactory(
        parent=archive, title="Regionalt tillväxtarbete 2017", year=2017, kind=ReportKind.FOLLOW_UP
    )
    follow_up.themes.add(themes["skills"])
    follow_up.save()
    trends = ReportPageFactory(
        parent=archive, title="Tillstånd och trender 2018", year=2018, kind=ReportKind.TRENDS
    )
    trends.themes.add(themes["innovation"])
    trends.save()
    return {"follow_up": follow_up, "trends": trends}


def titles(response):
    return [report.title for report in response.context["reports"]]


def test_archive_lists_every_report_newest_first(client, reports):
    response = client.get("/rapporter/")
    assert response.status_code == 200
    assert titles(response) == ["Tillstånd och trender 2018", "Regionalt tillväxtarbete 2017"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"year": "2017"}, ["Regionalt tillväxtarbete 2017"]),
        ({"kind": "trends"}, ["Tillstånd och trender 2018"]),
        ({"year": "2018", "kind": "follow_up"}, []),
    ],
)
def test_archive_filters_by_year_and_kind(client, reports, query, expected):
    response = client.get("/rapporter/", query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_archive_filters_by_theme(client, reports, themes):
    response = client.get("/rapporter/", {"theme": themes["skills"].pk})
    assert titles(response) == ["Regionalt tillväxtarbete 2017"]


@pytest.mark.parametrize(
    "query", [{"year": "tjugohundra"}, {"kind": "roman"}, {"theme": "999999"}, {"theme": "x"}]
)
def test_bad_filter_gives_400_with_a_message_and_no_crash(client, reports, query):
    response = client.get("/rapporter/", query)
    assert response.status_code == 400
    assert "Välj ett giltigt alternativ" in response.content.decode()


def test_page_number_out_of_range_still_answers(client, reports):
    assert client.get("/rapporter/", {"sida": "9999"}).status_code == 200
    assert client.get("/rapporter/", {"sida": "-1"}).status_code == 200


def test_report_page_shows_document_themes_and_counties(client, archive, themes):
    document = get_document_model().objects.create(title="Rapport-PDF", file="rapport.pdf")
    report = ReportPageFactory(parent=archive, title="Uppföljning 2019", document=document)
    report.themes.add(themes["skills"])
    report.counties.add(county("Kalmar"))
    report.save()

    response = client.get(report.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Uppföljning 2019" in html
    assert document.url in html
    assert "Kompetensförsörjning" in html
    assert "Kalmar" in html


def test_theme_page_shows_its_reports(client, reports, themes):
    html = client.get(themes["skills"].url).content.decode()
    assert "Regionalt tillväxtarbete 2017" in html
    assert "Tillstånd och trender 2018" not in html


def test_archive_query_count_does_not_grow_with_reports(client, archive, themes):
    def count_queries():
        client.get("/rapporter/")  # warm the menu and site caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/rapporter/").status_code == 200
        return len(queries)

    for year in range(2000, 2005):
        ReportPageFactory(parent=archive, year=year)
    few = count_queries()
    for year in range(2005, 2020):
        ReportPageFactory(parent=archive, year=year)
    assert count_queries() == few
