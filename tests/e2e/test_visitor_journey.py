"""A visitor and an editor use the demo portal in a real browser."""

import re

import pytest
from django.core.management import call_command

from tests.factories.e2e import restore_migrated_rows

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(live_server):
    restore_migrated_rows()
    call_command("load_demo_content", verbosity=0)
    return live_server.url


def test_visitor_skips_to_content_and_reaches_a_meeting(demo_site, page, screenshot):
    page.goto(demo_site + "/")
    page.keyboard.press("Tab")
    skip_link = page.locator("a[href='#main']")
    assert skip_link.evaluate("el => el === document.activeElement")
    assert skip_link.is_visible()
    screenshot("home", 375)
    screenshot("home", 1280)

    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name=re.compile("forum")
    ).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Regeringens forum för regionerna"
    meeting_link = page.locator("main a[href^='/forum/']").first
    meeting_title = meeting_link.inner_text().strip()
    meeting_link.click()
    page.wait_for_url(re.compile(r"/forum/[^/]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == meeting_title
    assert page.get_by_text(re.compile("Kommande|Genomfört")).first.is_visible()
    screenshot("meeting")


def test_visitor_finds_a_county_through_the_overview(demo_site, page):
    page.goto(demo_site + "/strategiskt-regionarbete/lan/")
    page.get_by_role("link", name="Gotland").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Gotland"
    assert page.get_by_text("Region Gotland").first.is_visible()


def test_editor_logs_in_and_opens_the_forum_page_in_the_editor(demo_site, page):
    page.goto(demo_site + "/admin/login/")
    page.fill("input[name=username]", "redaktor")
    page.fill("input[name=password]", "demo1234")
    page.get_by_role("button", name=re.compile("Logga in")).click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(demo_site + "/admin/pages/")
    assert page.get_by_text("Regionportalen").first.is_visible()
