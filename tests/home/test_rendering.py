"""The home page and standard pages, as an anonymous visitor sees them."""

import pytest

from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingPageFactory,
    ReportIndexPageFactory,
    ReportPageFactory,
    in_days,
)
from tests.factories.home import StandardPageFactory
from tests.factories.news import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.region_teams import ContactFactory

pytestmark = pytest.mark.django_db


def test_home_page_shows_next_meeting_latest_reports_and_news(client, home_page):
    forum = ForumIndexPageFactory(parent=home_page, show_in_menus=True)
    ForumMeetingPageFactory(parent=forum, title="Höstens politikerforum", starts_at=in_days(10))
    ForumMeetingPageFactory(parent=forum, title="Ett möte längre fram", starts_at=in_days(90))
    ForumMeetingPageFactory(parent=forum, title="Ett hållet möte", starts_at=in_days(-30))
    reports = ReportIndexPageFactory(parent=home_page)
    ReportPageFactory(parent=reports, title="Tillstånd och trender för regional tillväxt 2018")
    news = NewsIndexPageFactory(parent=home_page)
    ArticlePageFactory(parent=news, title="Vi vässar det strategiska regionarbetet")

    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Höstens politikerforum" in html
    assert "Ett hållet möte" not in html
    assert "Tillstånd och trender för regional tillväxt 2018" in html
    assert "Vi vässar det strategiska regionarbetet" in html


def test_menu_follows_publishing(client, home_page):
    forum = ForumIndexPageFactory(parent=home_page, show_in_menus=True)
    assert 'href="/forum/"' in client.get("/").content.decode()
    forum.save_revision().publish()
    forum.unpublish()
    assert 'href="/forum/"' not in client.get("/").content.decode()


def test_standard_page_renders_its_blocks_and_content_owner(client, home_page):
    owner = ContactFactory(name="Ingrid Arltoft Henriksson")
    page = StandardPageFactory(
        parent=home_page, title="Samarbeta i Östersjöregionen", content_owner=owner
    )
    page.save_revision().publish()

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Samarbeta i Östersjöregionen" in html
    assert "Rädda havsmiljön" in html
    assert "Vi lyssnar på regionerna." in html
    assert "Innehållsansvarig" in html
    assert "Ingrid Arltoft Henriksson" in html
    assert "Senast uppdaterad" in html
