"""A visitor searches the demo portal in a real browser: suggestions while typing, keyboard
choice, facet filters and highlighted results."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.factories.e2e import WCAG_AA, restore_migrated_rows

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(live_server):
    restore_migrated_rows()
    call_command("load_demo_content", verbosity=0)
    return live_server.url


def test_suggestions_appear_while_typing_and_work_with_the_keyboard(demo_site, page):
    page.goto(demo_site + "/")
    box = page.get_by_role("combobox", name="Sök")
    box.fill("Polit")
    listbox = page.get_by_role("listbox", name="Förslag")
    listbox.wait_for(state="visible")
    options = listbox.get_by_role("option")
    assert options.count() >= 1
    assert box.get_attribute("aria-expanded") == "true"
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
    box.press("ArrowDown")
    chosen_title = options.first.inner_text()
    assert options.first.get_attribute("aria-selected") == "true"
    box.press("Enter")
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == chosen_title


def test_visitor_narrows_results_with_a_facet(demo_site, page):
    page.goto(demo_site + "/sok/?q=forum")
    count_text = page.locator(".search-count").inner_text()
    total = int(re.match(r"\d+", count_text).group())
    assert page.locator("mark.search-hit").count() > 0
    facets = page.get_by_role("navigation", name="Typ av innehåll")
    option = facets.get_by_role("link").first
    expected = int(re.search(r"\((\d+)", option.inner_text()).group(1))
    option.click()
    page.wait_for_url(re.compile(r"typ="))
    narrowed = int(re.match(r"\d+", page.locator(".search-count").inner_text()).group())
    assert narrowed == expected <= total
    page.get_by_role("link", name=re.compile("ta bort filtret")).click()
    page.wait_for_url(re.compile(r"/sok/\?q=forum$"))
