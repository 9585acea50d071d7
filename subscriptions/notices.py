"""From publishing to the subscribers' inboxes.

`page_published` (the admin, the workflow's `publish_approved`, scheduled publishing) creates
one `Notice` per meeting, report or briefing the first time it is published, and enqueues
`send_notice`. The task lists the recipients once (a `Delivery` per confirmed subscriber whose
topics match), then sends in batches: each delivery is claimed in the database before its mail
goes out and marked sent after. A run that stops half-way (a crash, a mail server error) is
resumed by running it again (`manage.py send_subscription_notices`, from cron): it sends the
deliveries still pending and never one that is sent or claimed.

A delivery left *claimed* by a process that died between claiming and marking may or may not
have been sent; it is never sent again (at most one mail each; the admin shows it as
"Påbörjad"). A delivery whose send raised an error was not accepted by the mail server, so it
goes back to pending and is tried again (three attempts), except a refused address, which fails
at once.
"""

import logging
from smtplib import SMTPRecipientsRefused

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import formats, timezone, translation
from django_tasks import task
from wagtail.signals import page_published

from forum_pages.models import ForumMeetingPage, ReportPage
from subscriptions.mail import notice_message
from subscriptions.models import (
    Delivery,
    DeliveryStatus,
    Notice,
    NoticeKind,
    NoticeState,
    Subscriber,
    audience_q,
    subscription_page,
)

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 3


def connect():
    page_published.connect(on_page_published, dispatch_uid="subscriptions_on_publish")


# Notices ---------------------------------------------------------------------------------------


def on_page_published(sender, instance, **kwargs):
    if not instance.live:
        # Wagtail sends page_published also when it only schedules a revision (go-live in the
        # future); the notice waits for publish_scheduled to make the page live.
        return
    if isinstance(instance, ForumMeetingPage):
        notices = meeting_notices(instance)
    elif isinstance(instance, ReportPage):
        notices = [new_notice(NoticeKind.REPORT, instance.pk, instance, not_public(instance))]
    else:
        return
    for notice in notices:
        if notice is not None and notice.state == NoticeState.QUEUED:
            send_notice.enqueue(notice.pk)


def new_notice(kind, object_id, page, skip_reason="", title=None):
    """The notice if this is the object's first publication, else None."""
    notice, created = Notice.objects.get_or_create(
        kind=kind,
        object_id=object_id,
        defaults={
            "page": page,
            "title": (title or page.title)[:255],
            "state": NoticeState.SKIPPED if skip_reason else NoticeState.QUEUED,
            "skip_reason": skip_reason,
        },
    )
    return notice if created else None


def not_public(page):
    return "Sidan är inte öppen för alla." if page.get_view_restrictions().exists() else ""


def meeting_notices(meeting):
    """The meeting's own notice on its first publication (its upcoming briefings are in it);
    later, one notice for each briefing added."""
    private = not_public(meeting)
    held = "Mötet har redan ägt rum." if not meeting.is_upcoming else ""
    notice = new_notice(NoticeKind.MEETING, meeting.pk, meeting, private or held)
    notices = [notice]
    for briefing in meeting.briefings.all():
        if notice is not None and notice.state == NoticeState.QUEUED:
            reason = "Ingår i utskicket om mötet."
        else:
            reason = private or ("" if briefing.is_upcoming else "Mötet har redan ägt rum.")
        title = f"Informationsmöte efter {meeting.title}"
        notices.append(new_notice(NoticeKind.BRIEFING, briefing.pk, meeting, reason, title))
    return notices


# What a notice says and who gets it --------------------------------------------------------


def when(start, end=None):
    start = timezone.localtime(start)
    text = f"{formats.date_format(start, 'l j F Y')} kl. {start:%H.%M}"
    if end is not None:
        text += f"–{timezone.localtime(end):%H.%M}"
    return text


def upcoming_briefings(meeting):
    return [briefing for briefing in meeting.get_briefings() if briefing.is_upcoming]


def notice_content(notice):
    """Subject, heading, intro, details and the page's URL; None if there is nothing to send
    (the page was unpublished or deleted, the briefing removed)."""
    page = notice.page.specific if notice.page_id else None
    if page is None or not page.live:
        return None
    with translation.override("sv"):
        if notice.kind == NoticeKind.MEETING:
            subject, intro, details = meeting_content(page)
        elif notice.kind == NoticeKind.REPORT:
            subject, intro, details = report_content(page)
        else:
            briefing = page.briefings.filter(pk=notice.object_id).first()
            if briefing is None:
                return None
            subject, intro, details = briefing_content(page, briefing)
    return {
        "subject": subject,
        "kind": notice.get_kind_display(),
        "heading": page.title,
        "intro": intro,
        "details": [(label, value) for label, value in details if value],
        "url": page.get_full_url(),
    }


def meeting_content(meeting):
    details = [
        ("Forum", meeting.get_forum_display()),
        ("När", when(meeting.starts_at, meeting.ends_at)),
        ("Var", meeting.place_label),
        ("Tema", meeting.theme.title if meeting.theme_id else ""),
        ("Berörda län", ", ".join(c.name for c in meeting.counties.all()) or "Alla 21 län"),
    ]
    details += [
        ("Informationsmöte", f"{when(b.starts_at)}, {b.duration} minuter")
        for b in upcoming_briefings(meeting)
    ]
    return f"Nytt forummöte: {meeting.title}", meeting.intro, details


def report_content(report):
    details = [
        ("År", str(report.year)),
        ("Typ", report.get_kind_display()),
        ("Teman", ", ".join(theme.title for theme in report.themes.all())),
        ("Län", ", ".join(county.name for county in report.counties.all())),
    ]
    return f"Ny rapport: {report.title}", report.intro, details


def briefing_content(meeting, briefing):
    intro = (
        "Efter forumet berättar kansliet om mötet i ett kort videomöte. Välkommen om du är "
        "chef, sakkunnig eller berörs av området."
    )
    details = [
        ("När", when(briefing.starts_at, briefing.local_end)),
        ("Längd", f"{briefing.duration} minuter"),
        ("Så ansluter du", briefing.join_instructions),
        ("Länk till videomötet", briefing.join_url),
    ]
    return f"Informationsmöte efter {meeting.title}", intro, details


def audience(notice):
    """Confirmed subscribers any of whose topics match the notice's page."""
    page = notice.page.specific
    if notice.kind == NoticeKind.MEETING:
        q = audience_q(
            meetings=True,
            briefings=bool(upcoming_briefings(page)),
            themes=[page.theme_id] if page.theme_id else [],
            counties=list(page.counties.values_list("pk", flat=True)),
        )
    elif notice.kind == NoticeKind.REPORT:
        q = audience_q(
            reports=True,
            themes=list(page.themes.values_list("pk", flat=True)),
            counties=list(page.counties.values_list("pk", flat=True)),
        )
    else:
        q = audience_q(briefings=True)
    return (
        Subscriber.objects.filter(confirmed_at__isnull=False)
        .filter(q)
        .values_list("pk", flat=True)
        .distinct()
    )


# Sending -----------------------------------------------------------------------------------


@task()
def send_notice(notice_id):
    """Runs in the task worker; the notice id is all it needs (any backend can queue it)."""
    return deliver(notice_id)


def deliver(notice_id, batch_size=None):
    """Send what is still pending for one notice; returns the number of mails sent. Safe to run
    again, and at the same time as another run: claims decide who sends each mail."""
    notice = Notice.objects.select_related("page").filter(pk=notice_id).first()
    if notice is None or notice.state != NoticeState.QUEUED:
        return 0
    content = notice_content(notice)
    if content is None:
        skip(notice, "Sidan är inte längre publicerad.")
        return 0
    page = subscription_page()
    if page is None:
        logger.warning("No live SubscriptionPage: notice %s waits (links need it).", notice.pk)
        return 0
    list_recipients(notice)
    batch_size = batch_size or settings.SUBSCRIPTIONS_BATCH_SIZE
    sent = 0
    while batch := pending_batch(notice, batch_size):
        sent += send_batch(batch, content, page)
    finish(notice)
    return sent


def skip(notice, reason):
    Notice.objects.filter(pk=notice.pk).update(
        state=NoticeState.SKIPPED, skip_reason=reason, finished_at=timezone.now()
    )


def list_recipients(notice):
    """Fix the audience once, when sending starts: one delivery per subscriber."""
    with transaction.atomic():
        listed = Notice.objects.filter(pk=notice.pk, recipients_listed_at=None).update(
            recipients_listed_at=timezone.now()
        )
        if listed:
            Delivery.objects.bulk_create(
                [Delivery(notice=notice, subscriber_id=pk) for pk in audience(notice)],
                batch_size=500,
                ignore_conflicts=True,
            )


def pending_batch(notice, size):
    return list(
        notice.deliveries.filter(status=DeliveryStatus.PENDING)
        .select_related("subscriber")
        .prefetch_related("subscriber__themes", "subscriber__counties")
        .order_by("pk")[:size]
    )


def send_batch(batch, content, page):
    sent = 0
    with get_connection() as connection:
        for delivery in batch:
            if not claim(delivery):
                continue  # another run has it
            message = notice_message(content, page, delivery.subscriber, connection)
            try:
                message.send()
            except SMTPRecipientsRefused:
                mark(delivery, DeliveryStatus.FAILED)
                continue
            except Exception:
                retry = delivery.attempts + 1 < MAX_ATTEMPTS
                mark(delivery, DeliveryStatus.PENDING if retry else DeliveryStatus.FAILED)
                raise
            mark(delivery, DeliveryStatus.SENT, sent_at=timezone.now())
            sent += 1
    return sent


def claim(delivery):
    return Delivery.objects.filter(pk=delivery.pk, status=DeliveryStatus.PENDING).update(
        status=DeliveryStatus.CLAIMED, claimed_at=timezone.now(), attempts=F("attempts") + 1
    )


def mark(delivery, status, **fields):
    Delivery.objects.filter(pk=delivery.pk).update(status=status, **fields)


def finish(notice):
    if not notice.deliveries.filter(status=DeliveryStatus.PENDING).exists():
        Notice.objects.filter(pk=notice.pk, state=NoticeState.QUEUED).update(
            state=NoticeState.DONE, finished_at=timezone.now()
        )


def resume_unfinished():
    """Every notice not yet done, e.g. after a crash (cron: send_subscription_notices)."""
    sent = 0
    for notice_id in Notice.objects.filter(state=NoticeState.QUEUED).values_list("pk", flat=True):
        sent += deliver(notice_id)
    return sent
