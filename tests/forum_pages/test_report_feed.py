"""The report feed (/rapporter/flode/) and the archive's query count at 2,000 reports."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.feedgenerator import Atom1Feed
from wagtail.models import PageViewRestriction

from forum_pages.models import ReportKind, ReportPage
from tests.factories.bulk import bulk_create_children
from tests.factories.forum_pages import ReportIndexPageFactory, ReportPageFactory
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home_page):
    return ReportIndexPageFactory(parent=home_page)


def test_report_feed_is_atom_with_the_newest_reports(client, archive):
    report = ReportPageFactory(parent=archive, title="Uppföljning 2019", intro="Årets uppföljning.")
    response = client.get("/rapporter/flode/")
    assert response.status_code == 200
    assert response["Content-Type"] == Atom1Feed.content_type
    xml = response.content.decode()
    assert 'xml:lang="sv"' in xml[: xml.index("<title>")]
    assert "<title>Uppföljning 2019</title>" in xml
    assert f'href="http://localhost{report.url}"' in xml
    assert "Årets uppföljning." in xml


def test_archive_links_its_feed_in_head_and_on_the_page(client, archive):
    html = client.get("/rapporter/").content.decode()
    head = html[: html.index("</head>")]
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert 'href="/rapporter/flode/"' in head
    assert '<a href="/rapporter/flode/">' in html[html.index("<main") :]


def test_report_feed_leaves_out_drafts_and_restricted_reports(client, archive):
    ReportPageFactory(parent=archive, title="Publicerad rapport")
    ReportPageFactory(parent=archive, title="Utkast till rapport", live=False)
    private = ReportPageFactory(parent=archive, title="Intern rapport")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    xml = client.get("/rapporter/flode/").content.decode()
    assert "Publicerad rapport" in xml
    assert "Utkast till rapport" not in xml
    assert "Intern rapport" not in xml


def test_report_feed_is_not_served_when_the_archive_is_restricted(client, archive):
    PageViewRestriction.objects.create(page=archive, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/rapporter/flode/").status_code == 302


def test_other_pages_have_no_feed_route(client, home_page):
    StandardPageFactory(parent=home_page, slug="om")
    assert client.get("/om/flode/").status_code == 404


def report_rows(count, first_year):
    return [
        {"title": f"Rapport {n}", "year": first_year + n % 30, "kind": ReportKind.TRENDS}
        for n in range(count)
    ]


def queries_for(client, url):
    client.get(url)  # warm the menu, site and restriction caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_archive_queries_are_the_same_for_20_and_2000_reports(client, archive):
    bulk_create_children(archive, ReportPage, report_rows(20, 1990))
    few = queries_for(client, "/rapporter/")
    few_filtered = queries_for(client, "/rapporter/?kind=trends&sida=2")
    bulk_create_children(archive, ReportPage, report_rows(1980, 1990))
    assert ReportPage.objects.live().count() == 2000
    assert queries_for(client, "/rapporter/") == few
    assert queries_for(client, "/rapporter/?kind=trends&sida=2") == few_filtered
