"""What every page shares, as an anonymous visitor sees it: the layout, the menu, 404, robots.txt
and the sitemap, and cached fragments that follow publishing (core.cache)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories.forum_pages import (
    ForumIndexPageFactory,
)
from tests.factories.home import StandardPageFactory
from tests.factories.news import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def test_layout_has_language_skip_link_landmarks_and_menu(client, home_page):
    ForumIndexPageFactory(parent=home_page, show_in_menus=True)
    html = client.get("/").content.decode()
    assert '<html lang="sv"' in html
    assert 'href="#main"' in html
    assert 'id="main"' in html
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in html
    assert 'href="/forum/"' in html
    assert html.count("<h1") == 1


def test_unknown_url_gives_swedish_404(client, home_page):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    assert "Sidan kunde inte hittas" in response.content.decode()


def test_robots_txt_points_at_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Disallow: /admin/" in response.content.decode()
    assert "/sitemap.xml" in response.content.decode()


def test_sitemap_lists_live_pages(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="om-webbplatsen")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/om-webbplatsen/" in response.content.decode()
    page.unpublish()
    assert "/om-webbplatsen/" not in client.get("/sitemap.xml").content.decode()


def test_home_listings_are_cached_until_something_is_published(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    ArticlePageFactory(parent=news, title="Första nyheten")
    assert "Första nyheten" in client.get("/").content.decode()
    with CaptureQueriesContext(connection) as cached:
        client.get("/")

    draft = ArticlePageFactory(parent=news, title="Andra nyheten", live=False)
    assert "Andra nyheten" not in client.get("/").content.decode()
    draft.save_revision().publish()
    with CaptureQueriesContext(connection) as refilled:
        html = client.get("/").content.decode()

    assert "Andra nyheten" in html
    assert len(cached) < len(refilled)


def test_preview_of_the_home_page_shows_the_draft_not_the_cache(admin_client, home_page):
    home_page.save_revision().publish()
    admin_client.get("/")
    url = f"/admin/pages/{home_page.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title": "Regionportalen",
            "slug": "home",
            "intro": "Utkast till ny ingress",
            "body": streamfield([("rich_text", rich_text("<p>Helt ny brödtext i utkastet</p>"))]),
            "comments": inline_formset([]),
        }
    )
    assert admin_client.post(url, data).json()["is_valid"]
    html = admin_client.get(url).content.decode()
    assert "Helt ny brödtext i utkastet" in html
    assert "Helt ny brödtext i utkastet" not in admin_client.get("/").content.decode()


def test_restricted_sections_stay_out_of_the_menu(client, home_page):
    staff = StandardPageFactory(parent=home_page, title="För medarbetare", show_in_menus=True)
    assert "För medarbetare" in client.get("/").content.decode()
    PageViewRestriction.objects.create(page=staff, restriction_type="login")
    assert "För medarbetare" not in client.get("/").content.decode()
