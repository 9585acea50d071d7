"""The public record: every published version of a page is listed at versioner/ and readable
as it was; change notes show there and in the feeds."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.factories.admin import edit, login
from tests.factories.home import StandardPageFactory
from tests.factories.news import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def publish(page, title, note=""):
    page.title, page.change_note = title, note
    revision = page.save_revision()
    revision.publish()
    return revision


@pytest.fixture
def page(home_page):
    page = StandardPageFactory(parent=home_page, title="Mötestider", slug="motestider")
    return StandardPage.objects.get(pk=page.pk)


def test_the_version_list_shows_every_publish_newest_first_with_its_note(client, page):
    publish(page, "Mötestider 2025", "Första versionen")
    publish(page, "Mötestider 2026", "Uppdaterad: ny tid för mötet")
    publish(page, "Mötestider 2026 (rättad)", "Uppdaterad: ny tid för mötet")  # repeated note
    response = client.get("/motestider/versioner/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="version-list__item"') == 3
    assert html.index("Uppdaterad: ny tid för mötet") < html.index("Första versionen")
    assert html.count("Uppdaterad: ny tid för mötet") == 1
    assert 'name="robots" content="noindex"' in html


def test_an_earlier_version_reads_as_it_was_marked_archived(client, page):
    old = publish(page, "Mötestider 2025", "Första versionen")
    publish(page, "Mötestider 2026")
    response = client.get(f"/motestider/versioner/{old.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Mötestider 2025" in html
    assert "Arkiverad version" in html
    assert 'name="robots" content="noindex"' in html
    assert "Mötestider 2025" not in client.get("/motestider/").content.decode()


def test_drafts_and_other_pages_revisions_are_not_versions(client, page, home_page):
    publish(page, "Publicerad")
    page.title = "Utkast som inte publicerats"
    draft = page.save_revision()
    other = StandardPageFactory(parent=home_page, slug="annan")
    other_revision = publish(StandardPage.objects.get(pk=other.pk), "Annan sida")
    assert client.get(f"/motestider/versioner/{draft.pk}/").status_code == 404
    assert client.get(f"/motestider/versioner/{other_revision.pk}/").status_code == 404
    assert client.get("/motestider/versioner/inte-ett-id/").status_code == 404


def test_the_versions_of_a_restricted_page_are_restricted_too(page):
    old = publish(page, "Intern sida")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    for url in ("/motestider/versioner/", f"/motestider/versioner/{old.pk}/"):
        response = Client().get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_versions_stay_out_of_the_sitemap(client, page):
    publish(page, "Mötestider")
    xml = client.get("/sitemap.xml").content.decode()
    assert "/motestider/" in xml
    assert "versioner" not in xml


def test_an_editor_gives_the_note_when_publishing_in_the_admin(client, demo):
    page = StandardPage.objects.live().child_of(demo).first()
    login(client, "admin")
    response = edit(client, page, "publish", change_note="Uppdaterad: nya kontaktuppgifter")
    assert response.status_code == 302
    client.logout()
    html = client.get(page.url + "versioner/").content.decode()
    assert "Uppdaterad: nya kontaktuppgifter" in html


def test_the_feed_carries_the_change_note(client, home_page):
    news = NewsIndexPageFactory(parent=home_page, slug="aktuellt")
    article = ArticlePageFactory(parent=news, title="Nyhet", intro="Om mötet.")
    article.change_note = "Uppdaterad: ny tid"
    article.save_revision().publish()
    xml = client.get("/aktuellt/flode/").content.decode()
    assert "Uppdaterad: ny tid – Om mötet." in xml
