"""What happens to an editor's POST before Wagtail's page views handle it.

- A "publish" from someone who may not publish becomes a submission to the workflow, so that it
  never silently ends as a forgotten draft.
- A submission to a workflow that starts with the content owner's approval needs an owner with
  an account; otherwise the change is saved as a draft and the editor is told why it was not
  submitted, instead of a task nobody can ever approve.
"""

from django.contrib import messages
from wagtail.models import Page

from core.models import Contact
from editorial.models import ContentOwnerApprovalTask


def check_submission(request, page, parent):
    if request.method != "POST":
        return
    perms = (page or parent).permissions_for_user(request.user)
    data = request.POST
    if data.get("action-publish") and not perms.can_publish() and page is not None:
        data = rewrite(request, remove="action-publish", add="action-submit")
    if data.get("action-submit") and needs_owner(page or parent):
        owner = posted_owner(data, page, parent)
        if owner is None or owner.user_id is None or not owner.user.is_active:
            rewrite(request, remove="action-submit")
            messages.error(request, missing_owner_message(owner))


def rewrite(request, remove, add=None):
    data = request.POST.copy()
    data.pop(remove, None)
    if add:
        data[add] = "on"
    request.POST = data
    return data


def needs_owner(page):
    """True when the workflow that applies here starts with the content owner's approval."""
    workflow = page.get_workflow() if isinstance(page, Page) else None
    if workflow is None or not workflow.active:
        return False
    first = workflow.tasks.filter(active=True).first()
    return first is not None and isinstance(first.specific, ContentOwnerApprovalTask)


def posted_owner(data, page, parent):
    """The owner the form is about to save: the posted one, else the page's, else the parent's."""
    if "content_owner" in data:
        owner_id = data.get("content_owner") or None
    else:
        owner_id = getattr((page or parent).specific_deferred, "content_owner_id", None)
    if owner_id is None and parent is not None:
        owner_id = getattr(parent.specific_deferred, "content_owner_id", None)
    return Contact.objects.select_related("user").filter(pk=owner_id).first() if owner_id else None


def missing_owner_message(owner):
    if owner is None:
        return (
            "Sidan skickades inte för granskning: den saknar innehållsansvarig. Utkastet är "
            "sparat. Välj innehållsansvarig under fliken Inställningar och skicka igen."
        )
    return (
        f"Sidan skickades inte för granskning: innehållsansvarig {owner} har inget aktivt "
        "användarkonto att godkänna med. Utkastet är sparat. Be en webbadministratör koppla ett "
        "konto till kontaktpersonen, eller välj en annan innehållsansvarig."
    )
