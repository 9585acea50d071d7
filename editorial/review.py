"""Periodic review of pages: review dates set on publish, and which pages are due.

Every page type extends `BasePage`, so `review_due` and `content_owner` live on each page type's
own table. `pages_for_review()` reads them for all types in one query: it annotates Wagtail's
`Page` with the value from whichever page-type table the row has (one LEFT JOIN per type).
"""

import datetime

from django.db.models import BigIntegerField, DateField, F
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page, get_page_models

from core.models import BasePage, Contact
from core.review_dates import REVIEW_INTERVAL_MONTHS, add_months

# A page is "due" from this many days before its review date; after the date it is overdue.
DUE_NOTICE_DAYS = 30


def review_page_models():
    """Every concrete page type that has review dates (all of them extend BasePage)."""
    return [model for model in get_page_models() if issubclass(model, BasePage)]


def set_review_dates(page, revision=None, today=None):
    """On publish: reviewed today; next review in twelve months unless the editor chose a later
    date. Also written into the published revision, so the editor shows the dates it stored."""
    today = today or timezone.localdate()
    page.last_reviewed = today
    if page.review_due is None or page.review_due <= today:
        page.review_due = add_months(today, REVIEW_INTERVAL_MONTHS)
    values = {"review_due": page.review_due, "last_reviewed": page.last_reviewed}
    type(page).objects.filter(pk=page.pk).update(**values)
    if revision is not None and isinstance(revision.content, dict):
        revision.content.update({key: value.isoformat() for key, value in values.items()})
        revision.save(update_fields=["content"])


def on_page_published(sender, instance, revision=None, **kwargs):
    """`page_published` receiver (connected in editorial.apps)."""
    if hasattr(instance, "review_due"):
        set_review_dates(instance, revision)


def pages_for_review():
    """Every page with its `review_due`, `last_reviewed` and `content_owner_id` annotated;
    one query however many page types and pages there are."""
    relations = [model._meta.model_name for model in review_page_models()]

    def first_of(field, output_field):
        columns = (F(f"{relation}__{field}") for relation in relations)
        return Coalesce(*columns, output_field=output_field)

    return Page.objects.annotate(
        review_due=first_of("review_due", DateField()),
        last_reviewed=first_of("last_reviewed", DateField()),
        content_owner_id=first_of("content_owner", BigIntegerField()),
    )


def due_pages(today=None):
    """Live pages whose review is due within DUE_NOTICE_DAYS or overdue, earliest first."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=DUE_NOTICE_DAYS)
    return (
        pages_for_review()
        .live()
        .filter(review_due__lte=horizon)
        .order_by("review_due", "title", "pk")
    )


def owned_by(pages, user):
    """Pages whose content owner (a Contact) is linked to this user account."""
    return pages.filter(content_owner_id__in=Contact.objects.filter(user=user).values("pk"))


def is_overdue(page, today=None):
    return page.review_due < (today or timezone.localdate())
