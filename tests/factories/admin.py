"""Logging in as a demo account and posting the admin's page forms, for tests of the admin."""

from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from forum_pages.models import ForumMeetingPage

DEMO_PASSWORD = "demo1234"


def meeting_form(meeting, **changes):
    local = timezone.localtime
    fields = {
        "title": meeting.title,
        "slug": meeting.slug,
        "intro": meeting.intro,
        "forum": meeting.forum,
        "starts_at": local(meeting.starts_at).strftime("%Y-%m-%d %H:%M"),
        "ends_at": local(meeting.ends_at).strftime("%Y-%m-%d %H:%M"),
        "location": meeting.location,
        "is_digital": "on" if meeting.is_digital else "",
        "theme": meeting.theme_id or "",
        "agenda": rich_text(meeting.agenda),
        "outcome": rich_text(meeting.outcome),
        "documents": inline_formset([]),
        "participants": inline_formset([]),
        "briefings": inline_formset([]),
        "comments": inline_formset([]),
        **changes,
    }
    return nested_form_data({k: v for k, v in fields.items() if v != ""})


def standard_page_form(page, **changes):
    fields = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "comments": inline_formset([]),
        **changes,
    }
    return nested_form_data({k: v for k, v in fields.items() if v not in ("", None)})


def login(client, username):
    client.logout()
    assert client.login(username=username, password=DEMO_PASSWORD)
    return client


def standard_form(page, **changes):
    fields = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "comments": inline_formset([]),
        "content_owner": page.content_owner_id or "",
        **changes,
    }
    return nested_form_data({k: v for k, v in fields.items() if v != ""})


def form_for(page, **changes):
    page = page.specific
    if isinstance(page, ForumMeetingPage):
        return meeting_form(page, content_owner=page.content_owner_id, **changes)
    return standard_form(page, **changes)


def edit(client, page, action=None, extra=None, **changes):
    """POST the page's edit form; action is "submit", "publish" or None (save a draft)."""
    data = {**form_for(page, **changes), **(extra or {})}
    if action:
        data[f"action-{action}"] = "on"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def workflow_action(client, page, action, comment=None):
    """POST a decision through the admin's workflow action view (the modal's form)."""
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    data = {} if comment is None else {"comment": comment}
    return client.post(url, data)
