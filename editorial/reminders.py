"""The daily review digest: one e-mail per content owner listing their pages due for review."""

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from core.models import Contact
from editorial.models import ReviewReminder
from editorial.review import due_pages, is_overdue


def due_pages_by_owner(today):
    """{Contact with a user account: [pages due]}, in three queries whatever the numbers."""
    pages_by_owner_id = defaultdict(list)
    for page in due_pages(today).exclude(content_owner_id=None):
        pages_by_owner_id[page.content_owner_id].append(page)
    owners = Contact.objects.filter(pk__in=pages_by_owner_id, user__isnull=False)
    return {owner: pages_by_owner_id[owner.pk] for owner in owners.select_related("user")}


def send_review_reminders(today=None):
    """Send today's digests not sent yet; return how many were sent."""
    today = today or timezone.localdate()
    already = set(ReviewReminder.objects.filter(sent_on=today).values_list("user_id", flat=True))
    sent = 0
    for owner, pages in due_pages_by_owner(today).items():
        address = owner.user.email or owner.email
        if owner.user_id in already or not address:
            continue
        sent += send_digest(owner, address, pages, today)
    return sent


def send_digest(owner, address, pages, today):
    """Record the digest and send it in one transaction: a failed send records nothing, and a
    digest already recorded today (say by a parallel run) is not sent again."""
    try:
        with transaction.atomic():
            ReviewReminder.objects.create(user=owner.user, sent_on=today, page_count=len(pages))
            send_mail(
                subject=f"Regionportalen: {len(pages)} sidor att granska",
                message=digest_text(owner, pages, today),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[address],
            )
    except IntegrityError:
        return 0
    return 1


def digest_text(owner, pages, today):
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    rows = [
        {
            "title": page.title,
            "review_due": page.review_due,
            "overdue": is_overdue(page, today),
            "edit_url": base_url + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        }
        for page in pages
    ]
    context = {"owner": owner, "pages": rows, "report_url": base_url + reverse("review_report")}
    return render_to_string("editorial/email/review_digest.txt", context)
