"""Every page advertises the site's feeds; the sitemap lists the county pages (routes)."""

import re

import pytest
from wagtail.models import PageViewRestriction

from region_teams.models import County
from tests.factories.forum_pages import ForumIndexPageFactory, ReportIndexPageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory
from tests.factories.region_teams import RegionTeamIndexPageFactory

pytestmark = pytest.mark.django_db


def alternates(response):
    assert response.status_code == 200
    head = response.content.decode().split("</head>")[0]
    return re.findall(r'<link rel="alternate" type="([^"]+)" title="[^"]+" href="([^"]+)">', head)


@pytest.fixture
def feeds(home_page):
    NewsIndexPageFactory(parent=home_page, slug="aktuellt")
    ReportIndexPageFactory(parent=home_page, slug="rapporter")
    ForumIndexPageFactory(parent=home_page, slug="forum")


def test_every_page_links_the_news_and_report_feeds_and_the_calendar(client, home_page, feeds):
    page = StandardPageFactory(parent=home_page, slug="om")
    expected = [
        ("application/atom+xml", "/aktuellt/flode/"),
        ("application/atom+xml", "/rapporter/flode/"),
        ("text/calendar", "/forum/moten.ics"),
    ]
    for url in ("/", page.url, "/aktuellt/", "/rapporter/", "/forum/"):
        assert alternates(client.get(url)) == expected, url


def test_a_feed_whose_index_is_restricted_is_not_advertised(client, home_page):
    news = NewsIndexPageFactory(parent=home_page, slug="aktuellt")
    PageViewRestriction.objects.create(page=news, restriction_type="login")
    assert alternates(client.get("/")) == []


def test_the_sitemap_lists_the_county_list_and_every_county_page(client, home_page):
    index = RegionTeamIndexPageFactory(parent=home_page, slug="strategiskt-regionarbete")
    index.save_revision().publish()  # a published page has a lastmod
    xml = client.get("/sitemap.xml").content.decode()
    base = f"http://localhost{index.url}lan/"
    assert f"<loc>{base}</loc>" in xml
    for slug in County.objects.values_list("slug", flat=True):
        assert f"<loc>{base}{slug}/</loc>" in xml
    county_entries = re.findall(rf"<loc>{base}[^<]*</loc><lastmod>([^<]+)</lastmod>", xml)
    assert len(county_entries) == 1 + County.objects.count()
