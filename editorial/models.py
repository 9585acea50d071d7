"""The editorial workflow's models: the content owner's approval step (with four-eyes) and the
record of review digests sent."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from wagtail.models import Task, TaskState
from wagtail.signals import task_submitted

from editorial.roles import WEB_ADMIN


class ContentOwnerTaskState(TaskState):
    """A task state that remembers who was asked to approve, so listings need no page lookups."""

    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="godkännare",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Innehållsansvarig som ska godkänna. Tomt: en webbadministratör godkänner.",
    )

    class Meta:
        verbose_name = "granskning av innehållsansvarig"
        verbose_name_plural = "granskningar av innehållsansvarig"


class ContentOwnerApprovalTask(Task):
    """Routes each submission to the page's own content owner (its Contact's user account).

    Four-eyes: nobody approves a revision they wrote or submitted. When the owner is that author,
    or the owner has no active account, the step goes to the Webbadministratör group instead;
    Webbadministratörer (and superusers) may always approve or reject anyone else's revision.
    """

    task_state_class = ContentOwnerTaskState

    class Meta:
        verbose_name = "Godkännande av innehållsansvarig"
        verbose_name_plural = "Godkännanden av innehållsansvarig"

    @classmethod
    def get_description(cls):
        return "Sidans innehållsansvarig godkänner eller begär ändringar (fyraögonsprincipen)."

    def start(self, workflow_state, user=None):
        """As Task.start, but the approver is chosen before anyone is notified."""
        obj = workflow_state.content_object
        state = ContentOwnerTaskState(
            workflow_state=workflow_state,
            task=self,
            status=TaskState.STATUS_IN_PROGRESS,
            revision=obj.get_latest_revision(),
        )
        authors = {state.revision.user_id, workflow_state.requested_by_id}
        state.approver = choose_approver(obj, authors)
        state.save()
        task_submitted.send(sender=ContentOwnerTaskState, instance=state, user=user)
        return state

    def user_can_approve(self, task_state, user):
        if not user.is_authenticated or user.pk in revision_authors(task_state):
            return False
        return is_web_admin(user) or task_state.specific.approver_id == user.pk

    def get_actions(self, obj, user):
        task_state = obj.current_workflow_task_state
        if task_state is None or not self.user_can_approve(task_state, user):
            return []
        return [
            ("reject", "Begär ändringar", True),
            ("approve", "Godkänn", False),
            ("approve", "Godkänn med kommentar", True),
        ]

    def get_form_for_action(self, action):
        from editorial.forms import RejectionForm  # admin forms need the app registry ready

        return RejectionForm if action == "reject" else super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        """Checked again here: the page edit view passes extra data without validating it."""
        if not self.user_can_approve(task_state, user):
            raise PermissionDenied("Du får inte godkänna den här versionen.")
        if action_name == "reject" and not kwargs.get("comment", "").strip():
            raise PermissionDenied("En kommentar krävs när du begär ändringar.")
        return super().on_action(task_state, user, action_name, **kwargs)

    def user_can_access_editor(self, obj, user):
        task_state = obj.current_workflow_task_state
        return task_state is not None and self.user_can_approve(task_state, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """One query for the dashboard's "awaiting your review", whatever the page types."""
        states = TaskState.objects.filter(task=self, status=TaskState.STATUS_IN_PROGRESS)
        if not is_web_admin(user):
            states = states.filter(contentownertaskstate__approver=user)
        return states.exclude(revision__user=user).exclude(workflow_state__requested_by=user)


def content_owner_user(obj):
    """The active account linked to the content owner of a page, or None."""
    obj = getattr(obj, "specific_deferred", obj)
    owner = getattr(obj, "content_owner", None)
    user = owner.user if owner is not None and owner.user_id else None
    return user if user is not None and user.is_active else None


def choose_approver(obj, authors):
    """The owner, unless the owner wrote or submitted the change (then: Webbadministratör)."""
    owner = content_owner_user(obj)
    return owner if owner is not None and owner.pk not in authors else None


def revision_authors(task_state):
    """Everyone whose work the approval would publish: submitter, submitted and latest revision."""
    workflow_state = task_state.workflow_state
    latest = workflow_state.content_object.get_latest_revision()
    return {
        task_state.revision.user_id,
        workflow_state.requested_by_id,
        latest.user_id if latest else None,
    } - {None}


def is_web_admin(user):
    """Superuser or Webbadministratör; cached on the user object for the request."""
    if not hasattr(user, "_editorial_is_web_admin"):
        user._editorial_is_web_admin = user.is_superuser or (
            user.is_authenticated and user.groups.filter(name=WEB_ADMIN).exists()
        )
    return user._editorial_is_web_admin


class ReviewReminder(models.Model):
    """One review digest e-mailed to one user on one day, so a second run sends nothing new."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="mottagare",
        on_delete=models.CASCADE,
        related_name="review_reminders",
    )
    sent_on = models.DateField("skickad")
    page_count = models.PositiveIntegerField("antal sidor", default=0)

    class Meta:
        verbose_name = "granskningspåminnelse"
        verbose_name_plural = "granskningspåminnelser"
        # Kept from when review dates were part of the home app, so sent digests stay recorded.
        db_table = "home_reviewreminder"
        constraints = [
            models.UniqueConstraint(fields=["user", "sent_on"], name="one_review_digest_a_day")
        ]

    def __str__(self):
        return f"{self.user} {self.sent_on:%Y-%m-%d}"
