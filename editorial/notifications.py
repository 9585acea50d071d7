"""E-mail about submissions and decisions, sent from a background task.

The signal handlers only compose the message; `send_notification` is enqueued with django_tasks
so that a slow mail server never holds up the editor's request (the immediate backend sends at
once in development and tests; production configures a queue backend and runs its worker).
Wagtail's own moderation mails are switched off: these replace them, in Swedish, addressed to
the owner the step is routed to instead of every superuser.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django_tasks import task
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_approved, task_rejected, task_submitted

from editorial.models import ContentOwnerTaskState, revision_authors
from editorial.roles import WEB_ADMIN

WAGTAIL_MAIL_HANDLERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    ("workflow_submitted", WorkflowState, "workflow_state_submitted_email_notification"),
    ("workflow_rejected", WorkflowState, "workflow_state_rejected_email_notification"),
    ("workflow_approved", WorkflowState, "workflow_state_approved_email_notification"),
]


@task()
def send_notification(subject, body, recipients):
    """Runs in the task worker; arguments are plain strings so that any backend can queue them."""
    send_mail(subject, body, None, recipients)


def connect():
    """Called from EditorialConfig.ready(), which runs after wagtail.admin's (INSTALLED_APPS)."""
    from wagtail import signals

    for signal, sender, uid in WAGTAIL_MAIL_HANDLERS:
        signal = getattr(signals, signal) if isinstance(signal, str) else signal
        signal.disconnect(sender=sender, dispatch_uid=uid)
    task_submitted.connect(on_submitted, dispatch_uid="editorial_submitted")
    task_approved.connect(on_approved, dispatch_uid="editorial_approved")
    task_rejected.connect(on_rejected, dispatch_uid="editorial_rejected")


def on_submitted(sender, instance, user=None, **kwargs):
    recipients = addresses(approvers(instance), exclude=revision_authors(instance))
    title = object_title(instance)
    notify(
        recipients,
        f"Att granska: {title}",
        f"{display_name(user)} har skickat ”{title}” för granskning "
        f"(steget ”{instance.task.name}”).\n\n"
        f"Granska, godkänn eller begär ändringar här:\n{admin_link(instance)}\n",
    )


def on_approved(sender, instance, user=None, **kwargs):
    title = object_title(instance)
    next_task = instance.workflow_state.get_next_task()
    outcome = f"Nästa steg: ”{next_task.name}”." if next_task else "Ändringen är nu publicerad."
    notify(
        addresses([instance.workflow_state.requested_by]),
        f"Godkänd: {title}",
        f"{display_name(user)} har godkänt ”{title}” (steget ”{instance.task.name}”). "
        f"{outcome}\n{comment_text(instance)}\n{admin_link(instance)}\n",
    )


def on_rejected(sender, instance, user=None, **kwargs):
    """Tells the submitter, and the approvers of earlier steps that their approval is void."""
    title = object_title(instance)
    body = (
        f"{display_name(user)} har begärt ändringar i ”{title}” "
        f"(steget ”{instance.task.name}”).\n{comment_text(instance)}\n{admin_link(instance)}\n"
    )
    notify(addresses([instance.workflow_state.requested_by]), f"Ändringar begärs: {title}", body)
    earlier = earlier_approvers(instance)
    notify(addresses(earlier), f"Ändringar begärs i ett senare steg: {title}", body)


def notify(recipients, subject, body):
    if recipients:
        send_notification.enqueue(subject, body, sorted(recipients))


def approvers(task_state):
    """Who the step waits for: the routed owner, else the Webbadministratörer; group members."""
    specific = task_state.specific
    users = get_user_model().objects.filter(is_active=True)
    if isinstance(specific, ContentOwnerTaskState):
        if specific.approver_id:
            return users.filter(pk=specific.approver_id)
        return users.filter(groups__name=WEB_ADMIN).distinct()
    groups = getattr(task_state.task.specific, "groups", None)
    return users.filter(groups__in=groups.all()).distinct() if groups is not None else []


def earlier_approvers(task_state):
    return [
        state.finished_by
        for state in TaskState.objects.filter(
            workflow_state=task_state.workflow_state, status=TaskState.STATUS_APPROVED
        ).select_related("finished_by")
        if state.finished_by is not None
    ]


def addresses(users, exclude=()):
    return {user.email for user in users if user and user.email and user.pk not in exclude}


def object_title(task_state):
    """The title of the version under review, which may differ from the live one."""
    return task_state.revision.object_str or str(task_state.workflow_state.content_object)


def display_name(user):
    if user is None:
        return "Någon"
    return user.get_full_name() or user.get_username()


def comment_text(task_state):
    return f"\nKommentar:\n{task_state.comment}\n" if task_state.comment else ""


def admin_link(task_state):
    """Absolute link to the object's edit view in the admin (WAGTAILADMIN_BASE_URL)."""
    obj = task_state.workflow_state.content_object
    path = AdminURLFinder().get_edit_url(obj) or "/admin/"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
