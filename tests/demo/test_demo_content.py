"""`load_demo_content` builds the whole demo site, idempotently, and no section depends on it."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Revision,
)

from core.models import Contact
from editorial import roles
from forum_pages.models import (
    ForumIndexPage,
    ForumMeetingBriefing,
    ForumMeetingPage,
    ForumMember,
    ReportIndexPage,
    ReportPage,
    StrategyThemeIndexPage,
    StrategyThemePage,
)
from home.models import FormField, FormPage, HomePage, PortalSettings, StandardPage
from news.models import ArticlePage, NewsIndexPage
from region_teams.models import (
    CountyResponsibility,
    FollowUpAction,
    RegionDialoguePage,
    RegionTeamIndexPage,
    RegionTeamPage,
    RoleDescription,
    StaffAreaPage,
)
from regional_statistics.models import Dataset, StatisticsPage
from subscriptions.models import SubscriptionPage
from tests.factories.admin import DEMO_PASSWORD
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    HomePage,
    StandardPage,
    FormPage,
    ForumIndexPage,
    ForumMeetingPage,
    StrategyThemeIndexPage,
    StrategyThemePage,
    ReportIndexPage,
    ReportPage,
    NewsIndexPage,
    ArticlePage,
    RegionTeamIndexPage,
    RegionTeamPage,
    StaffAreaPage,
    RegionDialoguePage,
    SubscriptionPage,
    StatisticsPage,
]
SNIPPETS_AND_MEDIA = [
    Contact,
    CountyResponsibility,
    RoleDescription,
    ForumMember,
    Dataset,
    get_document_model(),
    get_image_model(),
    SearchPromotion,
]
DEMO_ACCOUNTS = [
    ("admin", roles.WEB_ADMIN),
    ("redaktor", roles.EDITOR),
    ("kansli", roles.SECRETARIAT),
    ("innehallsansvarig", roles.CONTENT_OWNER),
    ("medarbetare", roles.STAFF),
]
SECTION_APPS = [app for app in settings.INSTALLED_APPS if Path(app).is_dir() and app != "demo"]


def counts():
    models = [
        *PAGE_TYPES,
        *SNIPPETS_AND_MEDIA,
        Page,
        Revision,
        get_user_model(),
        Group,
        PageViewRestriction,
        CollectionViewRestriction,
        FollowUpAction,
        FormField,
        ForumMeetingBriefing,
    ]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_demo_has_a_live_page_of_every_type(demo, model):
    assert model.objects.live().exists()


@pytest.mark.parametrize("model", SNIPPETS_AND_MEDIA, ids=lambda model: model.__name__)
def test_demo_has_every_kind_of_snippet_and_document(demo, model):
    assert model.objects.exists()


def test_demo_fills_the_portal_settings(demo):
    portal = PortalSettings.load()
    assert portal.organisation == "Tillväxtverket"
    assert portal.accessibility_page.slug == "tillganglighet"
    assert portal.about_page.slug == "om-webbplatsen"


def test_every_public_page_renders_for_a_visitor(demo, client):
    pages = Page.objects.live().public().exclude(depth=1).specific()
    assert pages.count() > 30
    failures = [(page.url, client.get(page.url).status_code) for page in pages]
    assert [failure for failure in failures if failure[1] != 200] == []


def test_demo_builds_the_expected_tree(demo, client):
    assert demo.__class__.__name__ == "HomePage"
    for url in (
        "/",
        "/forum/",
        "/teman/",
        "/strategiskt-regionarbete/",
        "/strategiskt-regionarbete/lan/",
        "/strategiskt-regionarbete/lan/gotland/",
        "/rapporter/",
        "/aktuellt/",
        "/ostersjostrategin/",
        "/uppfoljning/",
        "/om-webbplatsen/",
        "/personuppgifter/",
        "/tillganglighet/",
    ):
        assert client.get(url).status_code == 200, url
    assert ForumMeetingPage.objects.live().count() == 8
    assert StrategyThemePage.objects.live().count() == 4
    assert set(RegionTeamPage.objects.values_list("team", flat=True)) == {"norr", "mellan", "sodra"}
    assert ArticlePage.objects.live().count() == 2
    assert ReportPage.objects.filter(title__startswith="Tillstånd och trender").exists()
    assert not Page.objects.filter(depth__gt=1).exclude(pk__in=demo.get_descendants(inclusive=True))


def test_demo_site_answers_at_the_configured_address(demo, client):
    html = client.get("/forum/").content.decode()
    assert 'rel="canonical" href="http://testserver/forum/"' in html
    assert "<loc>http://testserver/forum/</loc>" in client.get("/sitemap.xml").content.decode()
    footer = html[html.index("<footer") :]
    assert 'href="/om-webbplatsen/"' in footer and 'href="/personuppgifter/"' in footer


def test_demo_uses_the_seed_texts(demo, client):
    forum = client.get("/forum/").content.decode()
    assert "Forumet möts åtta gånger per år" in forum
    assert "Underlag inför mötena och organisera detsamma" in forum
    team = client.get("/strategiskt-regionarbete/norr/").content.decode()
    assert "Monika Kväl" in team and "Norrbotten" in team
    interview = ArticlePage.objects.get(title__startswith="3 frågor")
    assert "Anna Ebenmark" in client.get(interview.url).content.decode()


def test_demo_meetings_are_marked_as_example_data(demo):
    for meeting in ForumMeetingPage.objects.all():
        assert "Exempeldata" in meeting.intro


def test_demo_has_a_restricted_staff_area_with_example_dialogues(demo, client):
    area = StaffAreaPage.objects.get()
    restriction = PageViewRestriction.objects.get(page=area)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert set(restriction.groups.values_list("name", flat=True)) == set(roles.GROUPS)
    dialogues = RegionDialoguePage.objects.child_of(area).live()
    assert dialogues.count() == 3
    for dialogue in dialogues:
        assert "Exempeldata" in dialogue.intro and "(exempel)" in dialogue.title
        assert dialogue.participants.filter(kind="invited_agency").exists()
        assert dialogue.actions.exclude(owner=None).exists()
    assert client.get(area.url).status_code == 302
    client.login(username="medarbetare", password=DEMO_PASSWORD)
    assert client.get(area.url).status_code == 200


def test_a_second_run_changes_nothing(demo):
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


def test_if_empty_leaves_an_existing_site_alone(demo):
    before = counts()
    call_command("load_demo_content", "--if-empty", verbosity=0)
    assert counts() == before


def test_if_empty_builds_the_demo_on_an_empty_database(home_page):
    HomePage.objects.all().delete()
    call_command("load_demo_content", "--if-empty", verbosity=0)
    assert ForumMeetingPage.objects.live().count() == 8


def test_a_page_of_another_type_at_a_demo_address_is_a_clear_error(home_page):
    StandardPageFactory(parent=home_page, slug="forum", title="Forum")
    with pytest.raises(CommandError, match="/forum/"):
        call_command("load_demo_content", verbosity=0)


@pytest.mark.parametrize(("username", "group"), DEMO_ACCOUNTS)
def test_each_demo_account_has_its_role(demo, username, group):
    user = get_user_model().objects.get(username=username)
    assert list(user.groups.values_list("name", flat=True)) == [group]
    assert user.is_superuser == (username == "admin")


@pytest.mark.parametrize("username", ["admin", "redaktor", "kansli", "innehallsansvarig"])
def test_demo_accounts_can_log_in_to_the_admin(demo, client, username):
    response = client.post(
        "/admin/login/", {"username": username, "password": DEMO_PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 200


def test_the_files_of_the_staff_pages_are_in_the_staff_collection(demo, client):
    personal = Collection.objects.get(name="Personal")
    restriction = CollectionViewRestriction.objects.get(collection=personal)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert set(restriction.groups.values_list("name", flat=True)) == set(roles.GROUPS)
    page = StandardPage.objects.child_of(StaffAreaPage.objects.get()).get()
    document = get_document_model().objects.get(collection=personal)
    image = get_image_model().objects.get(collection=personal)
    client.login(username="medarbetare", password=DEMO_PASSWORD)
    html = client.get(page.url).content.decode()
    assert document.url in html and f"/bilder/{image.pk}/width-1000/" in html
    assert client.get(document.url).status_code == 200
    client.logout()
    assert client.get(document.url).status_code == 302


def test_staff_account_reads_the_site_but_has_no_admin(demo, client):
    assert client.login(username="medarbetare", password=DEMO_PASSWORD)
    assert client.get("/").status_code == 200
    assert client.get("/admin/").status_code == 302


def test_an_editor_can_open_a_page_in_the_editor(demo, client):
    client.login(username="redaktor", password=DEMO_PASSWORD)
    forum = Page.objects.get(slug="forum")
    assert client.get(f"/admin/pages/{forum.pk}/edit/").status_code == 200


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.links.append(attrs["href"])


def internal_links(base, html):
    parser = LinkParser()
    parser.feed(html)
    for href in parser.links:
        url = urlsplit(urljoin(base, href))
        if url.scheme in ("http", "https", "") and url.netloc in ("", "localhost", "testserver"):
            yield url.path + (f"?{url.query}" if url.query else "")


def test_every_link_reachable_from_the_home_page_answers_200(demo, client):
    seen, queue, failures = set(), ["/"], []
    while queue:
        path = queue.pop()
        if path in seen or path.startswith("/admin"):
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200:
            failures.append((path, response.status_code))
        elif "text/html" in response.get("Content-Type", ""):
            queue.extend(internal_links(path, response.content.decode()))
    assert not failures
    assert len(seen) > 40


def test_demo_search_shows_facets_and_a_promotion(demo, client):
    response = client.get("/sok/", {"q": "forum"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Rekommenderat" in html and "Allt om forumet" in html
    assert "Filtrera träffarna" in html
    assert response.context["search_results"].paginator.count > 3


@pytest.mark.parametrize("app", SECTION_APPS)
def test_no_section_imports_the_demo(app):
    """The demo depends on every section; a section importing it would close a cycle."""
    imports_demo = re.compile(r"^\s*(from|import) demo\b", re.MULTILINE)
    offenders = [path for path in Path(app).rglob("*.py") if imports_demo.search(path.read_text())]
    assert offenders == []
