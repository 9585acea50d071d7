"""WCAG 2.1 AA in a real browser: axe-core on every page type, keyboard focus, screenshots.

axe-core comes with axe-playwright-python (its axe.min.js is injected into the page; no network).
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from wagtail.models import Page

from forum_pages.models import ForumMeetingPage, ReportPage, StrategyThemePage
from news.models import ArticlePage
from region_teams.models import RegionDialoguePage
from tests.factories.admin import DEMO_PASSWORD
from tests.factories.e2e import WCAG_AA, restore_migrated_rows

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PUBLIC_URLS = [
    "/",
    "/forum/",
    "/teman/",
    "/strategiskt-regionarbete/",
    "/strategiskt-regionarbete/norr/",
    "/strategiskt-regionarbete/lan/",
    "/strategiskt-regionarbete/lan/gotland/",
    "/rapporter/",
    "/rapporter/?year=1700",  # the 400 page for a bad filter
    "/aktuellt/",
    "/om-webbplatsen/",
    "/tillganglighet/",
    "/prenumerera/",
    "/prenumerera/skickat/",
    "/prenumerera/bekrafta/ogiltig-lank/",  # the 400 page for a bad link
    "/statistik/",
    "/statistik/?lan=atlantis",  # the 400 page for a bad county
    "/sok/?q=regionerna",
    "/sok/?q=ingentingalls",
    "/sok/?q=forum&typ=forummeetingpage",  # facets with a filter chosen
    "/sok/?q=kompetensförsörjnig",  # "Menade du …?"
    "/sok/?q=forum&ar=tjugo",  # the 400 page for a bad facet value
    "/finns-inte/",  # 404
    "/_util/login/?next=/for-medarbetare/",
]


@pytest.fixture
def demo_site(live_server):
    restore_migrated_rows()
    call_command("load_demo_content", verbosity=0)
    return live_server.url


def first_url(model):
    return Page.objects.type(model).live().order_by("path").first().url


def violations(page, url):
    page.goto(url)
    results = Axe().run(page, options=WCAG_AA)
    return [] if results.violations_count == 0 else [f"{url}\n{results.generate_report()}"]


def log_in(page, base, username, next_url):
    page.goto(f"{base}/_util/login/?next={next_url}")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(re.compile(re.escape(next_url) + "$"))


def test_every_page_type_has_no_axe_violations(demo_site, page, screenshot):
    detail_urls = [
        first_url(model) for model in (ForumMeetingPage, StrategyThemePage, ReportPage, ArticlePage)
    ]
    found = []
    for path in [*PUBLIC_URLS, *detail_urls]:
        found += violations(page, demo_site + path)
    screenshot("tillganglighet", 375)
    screenshot("tillganglighet", 1280)

    page.goto(demo_site + "/tillganglighet/")
    page.get_by_label(re.compile("Beskriv problemet")).fill("Fokus syns inte.")
    page.get_by_role("button", name="Skicka").click()
    page.get_by_role("heading", name="Tack för ditt meddelande").wait_for()
    results = Axe().run(page, options=WCAG_AA)
    if results.violations_count:
        found.append(f"form landing page\n{results.generate_report()}")

    assert not found, "\n\n".join(found)


def test_staff_pages_have_no_axe_violations_and_show_the_dialogues(demo_site, page, screenshot):
    log_in(page, demo_site, "medarbetare", "/for-medarbetare/")
    assert page.get_by_role("heading", level=1).inner_text() == "För medarbetare"
    assert page.get_by_role("heading", name="Öppna insatser i alla län").is_visible()
    screenshot("for-medarbetare", 375)
    screenshot("for-medarbetare", 1280)
    dialogue = RegionDialoguePage.objects.live().get(slug="dialog-gotland")
    found = []
    for path in ("/for-medarbetare/", dialogue.url, "/strategiskt-regionarbete/lan/gotland/"):
        found += violations(page, demo_site + path)
    assert page.get_by_role("link", name=dialogue.title).is_visible()
    screenshot("lan-gotland-medarbetare", 1280)
    page.goto(demo_site + dialogue.url)
    screenshot("regiondialog", 375)
    screenshot("regiondialog", 1280)
    assert not found, "\n\n".join(found)


def test_anonymous_visitor_is_asked_to_log_in_for_the_staff_area(demo_site, page):
    page.goto(demo_site + "/for-medarbetare/")
    assert page.get_by_role("heading", level=1).inner_text() == "Logga in"
    page.goto(demo_site + "/strategiskt-regionarbete/lan/gotland/")
    assert page.get_by_text("Strategiska regiondialoger").count() == 0


FOCUS_STYLE = """el => {
    const style = getComputedStyle(el);
    return {outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            shadow: style.boxShadow !== 'none'};
}"""


def focused(page):
    return page.evaluate(
        "() => { const el = document.activeElement;"
        " return el.id || el.getAttribute('href') || el.tagName; }"
    )


def test_keyboard_reaches_skip_link_search_and_menu_with_visible_focus(demo_site, page):
    page.goto(demo_site + "/")
    menu_first = page.locator(".main-nav__link").first.get_attribute("href")
    expected = ["#main", "/", "site-search-q", "BUTTON", menu_first]
    seen = []
    for _ in expected:
        page.keyboard.press("Tab")
        seen.append(focused(page))
        style = page.evaluate(f"({FOCUS_STYLE})(document.activeElement)")
        assert style["outline"] or style["shadow"], f"no visible focus on {seen[-1]}"
    assert seen == expected

    # The skip link moves the keyboard to the main content.
    page.goto(demo_site + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/#main", timeout=5000)  # the jump is not synchronous with the key press
    assert page.url.endswith("#main")
