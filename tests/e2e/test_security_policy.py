"""The Content-Security-Policy in a real browser: it blocks inline code on public pages, and the
admin with its preview panel works under its own policy (the `page` fixture fails a test on
anything blocked)."""

import re

import pytest
from django.core.management import call_command

from region_teams.models import RegionTeamPage
from tests.factories.admin import DEMO_PASSWORD
from tests.factories.e2e import restore_migrated_rows

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

INJECT_INLINE_CODE = """() => {
    const script = document.createElement("script");
    script.textContent = "document.body.dataset.injected = 'ran'";
    document.body.appendChild(script);
    document.body.insertAdjacentHTML("beforeend", "<p style='color: red'>injicerad</p>");
    return document.body.dataset.injected || "blocked";
}"""


@pytest.fixture
def demo_site(live_server):
    restore_migrated_rows()
    call_command("load_demo_content", verbosity=0)
    return live_server.url


def test_a_public_page_refuses_inline_script_and_style(browser, demo_site, watch_csp_violations):
    context = browser.new_context(locale="sv-SE")
    tab = context.new_page()
    violations = watch_csp_violations(tab)
    tab.goto(demo_site + "/")
    assert violations == []  # the page itself needs nothing the policy blocks

    assert tab.evaluate(INJECT_INLINE_CODE) == "blocked"
    tab.wait_for_timeout(200)  # console messages arrive asynchronously
    context.close()
    assert any("script-src" in message for message in violations), violations
    assert any("style-src" in message for message in violations), violations


def test_editor_works_in_the_admin_and_its_preview_panel(demo_site, page):
    team = RegionTeamPage.objects.get(slug="norr")
    page.goto(demo_site + "/admin/login/")
    page.fill("input[name=username]", "redaktor")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.get_by_role("button", name=re.compile("Logga in")).click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{demo_site}/admin/pages/{team.pk}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", level=1).wait_for()
    assert team.title in preview.get_by_role("heading", level=1).inner_text()

    page.goto(demo_site + team.url)  # the live page, with the editor's user bar
    page.locator("wagtail-userbar").wait_for(state="attached")
    page.wait_for_load_state("networkidle")
