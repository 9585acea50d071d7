"""The statistics page in a real browser: the reader picks counties and years, the
chart's tooltips answer mouse and keyboard, series toggle, and axe finds no WCAG violations."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.factories.e2e import restore_migrated_rows

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def demo_site(live_server):
    restore_migrated_rows()
    call_command("load_demo_content", verbosity=0)
    return live_server.url


def test_reader_compares_counties_in_chart_table_and_tooltips(demo_site, page, screenshot):
    page.goto(demo_site + "/statistik/")
    assert page.get_by_role("heading", level=1).inner_text() == "Statistik om regional utveckling"

    # Choose two counties and Riket, 2018–2020, without touching the rest of the form.
    form = page.get_by_role("form", name="Välj län och år")
    for box in form.locator("input[name=lan]").all():
        box.uncheck()
    for name in ("Riket (hela Sverige)", "Gotland", "Kalmar"):
        form.get_by_label(name, exact=True).check()
    form.get_by_label("Från år").select_option("2018")
    form.get_by_label("Till år").select_option("2020")
    form.get_by_role("button", name="Visa statistiken").click()
    page.wait_for_url(re.compile(r"fran=2018"))

    table = page.locator("table.statistics-table").first
    assert table.locator("tbody tr").count() == 3
    assert table.locator("thead th").all_inner_texts() == ["Region", "2018", "2019", "2020"]
    chart = page.locator("figure[data-chart]").first
    assert chart.locator(".chart__series").count() == 3

    # Tooltip on hover ...
    point = chart.locator(".chart__point").first
    point.hover()
    tooltip = chart.locator(".chart__tooltip")
    assert tooltip.is_visible()
    assert tooltip.inner_text() == point.get_attribute("aria-label")

    # ... and on keyboard focus, moving with the arrow keys.
    page.mouse.move(0, 0)
    point.focus()
    page.keyboard.press("ArrowRight")
    focused = page.evaluate("() => document.activeElement.getAttribute('aria-label')")
    assert re.fullmatch(r"Riket 2019: 220 indexpoäng", focused)
    assert tooltip.inner_text() == focused
    page.keyboard.press("Escape")
    assert not tooltip.is_visible()
    screenshot("statistik", 1280)

    # Series toggles: hiding Gotland hides its line and points.
    toggles = chart.get_by_role("group", name="Visa i diagrammet")
    toggles.get_by_label("Gotland").uncheck()
    assert chart.locator(".chart__series.is-hidden").count() == 1
    assert not chart.locator(".chart__point[aria-label^='Gotland']").first.is_visible()
    toggles.get_by_label("Gotland").check()
    assert chart.locator(".chart__series.is-hidden").count() == 0

    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
    screenshot("statistik", 375)

    # The county page's small chart, against Riket.
    page.goto(demo_site + "/strategiskt-regionarbete/lan/gotland/")
    assert page.get_by_role("heading", name="Statistik för Gotland").is_visible()
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()


def test_without_javascript_the_chart_and_table_still_show(browser, demo_site):
    context = browser.new_context(java_script_enabled=False, locale="sv-SE")
    page = context.new_page()
    page.goto(demo_site + "/statistik/?lan=gotland&fran=2020&till=2021")
    assert page.locator("svg.chart__svg[role=img]").count() == 1
    assert page.locator(".chart__tooltip").count() == 0
    assert page.locator("table.statistics-table tbody tr").count() == 1
    assert page.get_by_role("link", name=re.compile("Ladda ned tabellen som CSV")).is_visible()
    context.close()
