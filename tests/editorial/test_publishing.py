"""The role × action matrix of docs/publishing.md, through the admin's own HTTP views.

Each test acts as a demo role on a real page and checks both the response and what changed: a
refused action must leave the page, its workflow and the public site as they were.
"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from core.models import Contact
from editorial.models import ContentOwnerTaskState
from editorial.roles import ARCHIVIST
from forum_pages.models import ForumMember
from tests.factories.admin import edit, login, refused, workflow_action
from tests.factories.region_teams import ContactFactory

pytestmark = pytest.mark.django_db


def public_html(client, page):
    client.logout()
    return client.get(page.url).content.decode()


def submitted(client, page, username="redaktor", title="Ny rubrik för granskning"):
    login(client, username)
    response = edit(client, page, "submit", title=title)
    assert response.status_code == 302, response.content[:2000]
    page.refresh_from_db()
    return page


# Submit and publish ---------------------------------------------------------------------------


def test_editor_submits_to_the_pages_owner(client, owned_page, users):
    page = submitted(client, owned_page)
    task_state = page.current_workflow_task_state.specific
    assert isinstance(task_state, ContentOwnerTaskState)
    assert task_state.approver == users["innehallsansvarig"]
    assert "Ny rubrik för granskning" not in public_html(client, page)
    assert [m.to for m in mail.outbox] == [["innehallsansvarig@example.se"]]
    assert "Att granska: Ny rubrik för granskning" in mail.outbox[0].subject
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in mail.outbox[0].body


def test_an_editors_publish_post_becomes_a_submission(client, owned_page):
    login(client, "redaktor")
    response = edit(client, owned_page, "publish", title="Försök att publicera")
    assert response.status_code == 302
    owned_page.refresh_from_db()
    assert owned_page.workflow_in_progress
    assert owned_page.title != "Försök att publicera"  # the live title is unchanged
    assert "Försök att publicera" not in public_html(client, owned_page)


@pytest.mark.parametrize(
    ("username", "publishes"),
    [("kansli", True), ("admin", True), ("redaktor", False), ("innehallsansvarig", False)],
)
def test_who_publishes_in_the_forum_directly(client, meeting, username, publishes):
    login(client, username)
    edit(client, meeting, "publish", title="Politikerforum, ny rubrik")
    assert ("Politikerforum, ny rubrik" in public_html(client, meeting)) is publishes


@pytest.mark.parametrize("username", ["kansli", "redaktor", "innehallsansvarig"])
def test_only_the_web_admin_publishes_outside_the_forum(client, owned_page, username):
    login(client, username)
    edit(client, owned_page, "publish", title="Publicerad utan granskning")
    assert "Publicerad utan granskning" not in public_html(client, owned_page)


def test_staff_members_have_no_admin(client, owned_page):
    login(client, "medarbetare")
    response = edit(client, owned_page, "submit", title="Obehörig")
    assert "/admin/login/" in response["Location"]
    assert not WorkflowState.objects.exists()


# Approve and reject ---------------------------------------------------------------------------


def test_owner_approves_and_the_change_goes_live(client, owned_page):
    page = submitted(client, owned_page)
    mail.outbox.clear()
    login(client, "innehallsansvarig")
    assert "Ny rubrik för granskning" in client.get(reverse("wagtailadmin_home")).content.decode()
    response = workflow_action(client, page, "approve")
    assert response.status_code == 302
    assert "Ny rubrik för granskning" in public_html(client, page)
    assert [m.to for m in mail.outbox] == [["redaktor@example.se"]]
    assert "Ändringen är nu publicerad" in mail.outbox[0].body


@pytest.mark.parametrize("username", ["kansli", "redaktor"])
def test_nobody_else_approves_an_owners_page(client, owned_page, username):
    page = submitted(client, owned_page)
    login(client, username)
    if username != "redaktor":  # the submitter sees it among their own pages in workflow
        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Ny rubrik för granskning" not in dashboard
    assert refused(workflow_action(client, page, "approve"))
    assert refused(workflow_action(client, page, "reject", "Nej"))
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_owner_cannot_approve_someone_elses_page(client, meeting, users):
    """innehallsansvarig owns the regional work's pages, not the forum's."""
    page = submitted(client, meeting)
    login(client, "innehallsansvarig")
    assert refused(workflow_action(client, page, "approve"))
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_rejection_needs_a_comment(client, owned_page):
    page = submitted(client, owned_page)
    login(client, "innehallsansvarig")
    workflow_action(client, page, "reject", comment="")
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    # The page editor's own route passes no form: refused there too.
    extra = {"action-workflow-action": "on", "workflow-action-name": "reject"}
    assert refused(edit(client, page, extra=extra))
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_rejection_tells_the_editor_why(client, owned_page):
    page = submitted(client, owned_page)
    mail.outbox.clear()
    login(client, "innehallsansvarig")
    workflow_action(client, page, "reject", comment="Ingressen behöver en källa.")
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [m.to for m in mail.outbox] == [["redaktor@example.se"]]
    assert "Ingressen behöver en källa." in mail.outbox[0].body
    assert "Ny rubrik för granskning" not in public_html(client, page)


# Four-eyes ------------------------------------------------------------------------------------


def test_an_owner_does_not_approve_their_own_edit(client, owned_page, users):
    page = submitted(client, owned_page, username="innehallsansvarig")
    task_state = page.current_workflow_task_state.specific
    assert task_state.approver is None  # goes to the Webbadministratörer
    assert [m.to for m in mail.outbox] == [["admin@example.se"]]
    assert refused(workflow_action(client, page, "approve"))
    login(client, "admin")
    assert workflow_action(client, page, "approve").status_code == 302
    assert "Ny rubrik för granskning" in public_html(client, page)


def test_a_web_admin_does_not_approve_their_own_edit(client, owned_page):
    page = submitted(client, owned_page, username="admin")
    assert refused(workflow_action(client, page, "approve"))
    login(client, "innehallsansvarig")
    assert workflow_action(client, page, "approve").status_code == 302


def test_editing_during_review_makes_the_editor_an_author(client, owned_page):
    """An owner who changes the page under review may no longer approve it alone."""
    page = submitted(client, owned_page)
    login(client, "innehallsansvarig")
    edit(client, page, title="Ägarens egen ändring")
    assert refused(workflow_action(client, page, "approve"))


# Forum: owner, then Kansli ---------------------------------------------------------------------


def test_forum_meetings_need_the_owner_and_then_the_secretariat(client, meeting):
    page = submitted(client, meeting, title="Forummöte, granskad rubrik")
    login(client, "admin")  # the demo links admin to Anna Ebenmark, the forum's owner
    workflow_action(client, page, "approve")
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Godkännande av kansliet"
    assert "Forummöte, granskad rubrik" not in public_html(client, page)
    login(client, "kansli")
    workflow_action(client, page, "approve")
    assert "Forummöte, granskad rubrik" in public_html(client, page)


def test_a_later_rejection_is_reported_to_the_earlier_approver(client, meeting):
    page = submitted(client, meeting)
    login(client, "admin")
    workflow_action(client, page, "approve")
    mail.outbox.clear()
    login(client, "kansli")
    workflow_action(client, page, "reject", comment="Fel datum för mötet.")
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["admin@example.se", "redaktor@example.se"]
    assert all("Fel datum för mötet." in message.body for message in mail.outbox)


# Owners ---------------------------------------------------------------------------------------


def test_submitting_without_an_owner_account_is_refused_with_a_reason(client, owned_page):
    owned_page.content_owner = ContactFactory(user=None)
    owned_page.save_revision().publish()
    login(client, "redaktor")
    response = edit(client, owned_page, "submit", title="Utan godkännare")
    assert response.status_code == 302
    assert not WorkflowState.objects.filter(object_id=str(owned_page.pk)).exists()
    page = client.get(response["Location"], follow=True).content.decode()
    assert "inget aktivt användarkonto" in page
    owned_page.refresh_from_db()
    assert owned_page.get_latest_revision_as_object().title == "Utan godkännare"  # draft kept


def test_a_new_page_takes_its_parents_owner(client, owned_page, owner_contact):
    login(client, "redaktor")
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", owned_page.pk])
    data = {
        "title": "Undersida",
        "slug": "undersida",
        "body-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
    }
    assert client.post(url, data).status_code == 302
    child = Page.objects.get(slug="undersida").specific
    assert child.content_owner == owner_contact


# Create, unpublish, delete, snippets, history -------------------------------------------------


@pytest.mark.parametrize(
    ("username", "allowed"),
    [("redaktor", True), ("kansli", True), ("innehallsansvarig", False), ("admin", True)],
)
def test_who_creates_pages(client, owned_page, username, allowed):
    login(client, username)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", owned_page.pk])
    assert (client.get(url).status_code == 200) is allowed


@pytest.mark.parametrize(
    ("username", "section", "allowed"),
    [
        ("redaktor", "forum", False),
        ("innehallsansvarig", "forum", False),
        ("kansli", "forum", True),
        ("kansli", "site", False),
        ("admin", "site", True),
    ],
)
def test_who_unpublishes(client, owned_page, meeting, username, section, allowed):
    page = meeting if section == "forum" else owned_page
    login(client, username)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    assert page.live is not allowed


@pytest.mark.parametrize(
    ("username", "archivist", "allowed"),
    [
        ("redaktor", False, False),
        ("kansli", False, False),
        ("innehallsansvarig", False, False),
        ("admin", False, False),  # a published page is a public record
        ("admin", True, True),
    ],
)
def test_who_deletes_a_published_page(client, owned_page, users, username, archivist, allowed):
    if archivist:
        users[username].groups.add(Group.objects.get(name=ARCHIVIST))
    login(client, username)
    client.post(reverse("wagtailadmin_pages:delete", args=[owned_page.pk]))
    assert Page.objects.filter(pk=owned_page.pk).exists() is not allowed


@pytest.mark.parametrize(
    ("username", "status"),
    [("redaktor", 200), ("kansli", 200), ("admin", 200), ("innehallsansvarig", 302)],
)
def test_who_edits_a_forum_member(client, demo, username, status):
    member = ForumMember.objects.first()
    login(client, username)
    url = reverse("wagtailsnippets_forum_pages_forummember:edit", args=[member.pk])
    response = client.get(url)
    assert response.status_code == status or (status == 302 and response.status_code == 403)


@pytest.mark.parametrize(("username", "allowed"), [("kansli", True), ("redaktor", False)])
def test_who_manages_contacts(client, demo, username, allowed):
    login(client, username)
    url = reverse("wagtailsnippets_region_teams_contact:edit", args=[Contact.objects.first().pk])
    assert (client.get(url).status_code == 200) is allowed


def test_every_step_shows_in_the_pages_workflow_history(client, owned_page):
    page = submitted(client, owned_page)
    login(client, "innehallsansvarig")
    workflow_action(client, page, "approve")
    login(client, "admin")
    response = client.get(reverse("wagtailadmin_pages:workflow_history", args=[page.pk]))
    assert "Granskning och publicering" in response.content.decode()
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Godkännande av innehållsansvarig" in history
