"""An editor's change reaches the public site only after the page's owner approved it."""

import re

import pytest
from django.core import mail
from django.core.management import call_command

from region_teams.models import RegionTeamPage
from tests.factories.e2e import restore_migrated_rows

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
NEW_INTRO = "Team Norr stärker dialogen med länen i norr – granskad ingress."


@pytest.fixture
def demo_site(live_server):
    restore_migrated_rows()
    call_command("load_demo_content", verbosity=0)
    return live_server.url


def log_in(page, base_url, username):
    page.context.clear_cookies()
    page.goto(base_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "demo1234")
    page.get_by_role("button", name=re.compile("Logga in")).click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_editor_submits_owner_approves_public_page_changes(demo_site, page):
    team = RegionTeamPage.objects.get(slug="norr")  # owned by innehallsansvarig's contact
    log_in(page, demo_site, "redaktor")
    page.goto(f"{demo_site}/admin/pages/{team.pk}/edit/")
    page.fill("textarea[name=intro]", NEW_INTRO)
    with page.expect_navigation():
        page.locator("button[name=action-submit]").dispatch_event("click")
    page.goto(demo_site + team.url)
    assert page.get_by_text(NEW_INTRO).count() == 0

    # The live server runs in this process: the locmem outbox is shared.
    (message,) = mail.outbox
    assert message.to == ["innehallsansvarig@example.se"]
    admin_link = re.search(r"http\S+/admin/pages/\d+/edit/", message.body).group(0)
    assert admin_link.endswith(f"/admin/pages/{team.pk}/edit/")

    log_in(page, demo_site, "innehallsansvarig")
    # "Väntar på din granskning" on the dashboard: the approve button without a comment.
    with page.expect_navigation():
        page.locator("button[data-workflow-action-url*='/approve/']").first.dispatch_event("click")
    page.goto(demo_site + team.url)
    assert page.get_by_text(NEW_INTRO).first.is_visible()
