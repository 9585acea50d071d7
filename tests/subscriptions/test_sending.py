"""Who gets which notice, once: topics, briefings, every way a page gets published, and crashes
in the middle of sending."""

import datetime

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from editorial.workflows import publish_approved
from forum_pages.models import ForumMeetingPage
from subscriptions.models import Delivery, DeliveryStatus, Notice, NoticeState
from subscriptions.notices import deliver
from tests.factories.forum_pages import (
    ForumMeetingBriefingFactory,
    ForumMeetingPageFactory,
    ReportPageFactory,
)
from tests.factories.region_teams import county
from tests.factories.subscriptions import (
    SubscriberFactory,
    mails_to,
    publish_meeting,
    publish_report,
)

pytestmark = pytest.mark.django_db


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_a_meeting_reaches_every_matching_topic_once(subscription_page, forum, theme):
    gotland = county("Gotland")
    SubscriberFactory(email="moten@example.se")
    SubscriberFactory(email="tema@example.se", meetings=False, themes=[theme])
    SubscriberFactory(email="lan@example.se", meetings=False, counties=[gotland])
    SubscriberFactory(email="allt@example.se", themes=[theme], counties=[gotland])
    SubscriberFactory(email="rapporter@example.se", meetings=False, reports=True)
    SubscriberFactory(email="annat-lan@example.se", meetings=False, counties=[county("Skåne")])
    SubscriberFactory(email="obekraftad@example.se", unconfirmed=True)

    meeting = ForumMeetingPageFactory(parent=forum, live=False, theme=theme)
    meeting.counties.set([gotland])
    meeting.save_revision().publish()

    assert recipients() == [
        "allt@example.se",
        "lan@example.se",
        "moten@example.se",
        "tema@example.se",
    ]
    assert "Berörda län: Gotland" in mail.outbox[0].body


def test_reports_reach_report_theme_and_county_subscribers(subscription_page, report_index, theme):
    SubscriberFactory(email="rapporter@example.se", meetings=False, reports=True)
    SubscriberFactory(email="tema@example.se", meetings=False, themes=[theme])
    SubscriberFactory(email="moten@example.se")
    report = ReportPageFactory(parent=report_index, live=False)
    report.themes.set([theme])
    report.save_revision().publish()
    assert recipients() == ["rapporter@example.se", "tema@example.se"]
    assert mail.outbox[0].subject == f"Ny rapport: {report.title}"


def test_briefings_come_with_their_meeting_then_one_mail_per_new_briefing(subscription_page, forum):
    SubscriberFactory(email="moten@example.se")
    SubscriberFactory(email="video@example.se", meetings=False, briefings=True)
    meeting = ForumMeetingPageFactory.build(live=False)
    meeting.briefings = [ForumMeetingBriefingFactory.build(page=meeting)]
    forum.add_child(instance=meeting)
    meeting.save_revision().publish()
    # The first publication: one mail each, the briefing is in the meeting's mail.
    assert recipients() == ["moten@example.se", "video@example.se"]
    assert "Informationsmöte:" in mails_to("video@example.se")[0].body

    mail.outbox.clear()
    meeting = ForumMeetingPage.objects.get(pk=meeting.pk)
    ForumMeetingBriefingFactory(page=meeting, starts_at=meeting.starts_at + datetime.timedelta(30))
    meeting.save_revision().publish()
    [briefing_mail] = mail.outbox
    assert briefing_mail.to == ["video@example.se"]
    assert briefing_mail.subject == f"Informationsmöte efter {meeting.title}"
    assert "Anmäl dig till kansliet" in briefing_mail.body


def test_held_meetings_are_not_announced(subscription_page, forum):
    SubscriberFactory()
    start = timezone.now() - datetime.timedelta(days=10)
    publish_meeting(forum, starts_at=start, ends_at=start + datetime.timedelta(hours=2))
    assert mail.outbox == []
    assert Notice.objects.get().state == NoticeState.SKIPPED


def test_approval_in_the_workflow_sends_the_notice(subscription_page, forum):
    SubscriberFactory(email="moten@example.se")
    meeting = ForumMeetingPageFactory(parent=forum, live=False, title="Godkänt forummöte")
    meeting.save_revision()
    workflow_state = type("WorkflowState", (), {"content_object": meeting})()
    publish_approved(workflow_state)  # WAGTAIL_FINISH_WORKFLOW_ACTION
    assert [m.subject for m in mail.outbox] == ["Nytt forummöte: Godkänt forummöte"]


def test_scheduled_publishing_sends_the_notice(subscription_page, forum):
    SubscriberFactory(email="moten@example.se")
    meeting = ForumMeetingPageFactory(parent=forum, live=False, title="Schemalagt forummöte")
    meeting.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = meeting.save_revision()
    revision.publish()  # schedules (Wagtail sends page_published for that too)
    assert mail.outbox == [] and not Notice.objects.exists()
    # The hour has passed (as publish_scheduled will find it from cron).
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    assert [m.subject for m in mail.outbox] == ["Nytt forummöte: Schemalagt forummöte"]


class FlakyBackend(EmailBackend):
    """The mail server goes away after `fail_after` messages."""

    fail_after = None
    delivered = 0

    def send_messages(self, messages):
        if FlakyBackend.fail_after is not None and FlakyBackend.delivered >= self.fail_after:
            raise ConnectionResetError("Anslutningen till e-postservern bröts.")
        FlakyBackend.delivered += len(messages)
        return super().send_messages(messages)


@override_settings(
    EMAIL_BACKEND="tests.subscriptions.test_sending.FlakyBackend", SUBSCRIPTIONS_BATCH_SIZE=2
)
def test_a_crash_mid_batch_then_a_rerun_sends_everyone_exactly_one_mail(
    subscription_page, forum, capsys
):
    addresses = [SubscriberFactory().email for _ in range(7)]
    FlakyBackend.fail_after, FlakyBackend.delivered = 3, 0
    publish_meeting(forum, title="Forummöte med avbrott")
    assert len(mail.outbox) == 3  # the task failed after three mails
    notice = Notice.objects.get()
    assert notice.state == NoticeState.QUEUED
    statuses = list(Delivery.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [DeliveryStatus.SENT] * 3 + [DeliveryStatus.PENDING] * 4

    FlakyBackend.fail_after = None  # the mail server is back; cron resumes
    call_command("send_subscription_notices")
    assert "Skickade 4 mejl" in capsys.readouterr().out
    assert recipients() == sorted(addresses)
    notice.refresh_from_db()
    assert notice.state == NoticeState.DONE
    call_command("send_subscription_notices")
    assert len(mail.outbox) == 7


def test_a_delivery_claimed_when_the_process_died_is_never_sent_again(subscription_page, forum):
    """Claimed but not marked: it may have gone out, so a rerun leaves it alone."""
    subscribers = [SubscriberFactory() for _ in range(3)]
    meeting = ForumMeetingPageFactory(parent=forum, live=False)
    notice = Notice.objects.create(kind="meeting", object_id=meeting.pk, page=meeting, title="x")
    meeting.save_revision().publish()  # not the first publication: nothing is sent
    mail.outbox.clear()
    for subscriber in subscribers:
        Delivery.objects.create(notice=notice, subscriber=subscriber)
    Notice.objects.filter(pk=notice.pk).update(recipients_listed_at=timezone.now())
    Delivery.objects.filter(subscriber=subscribers[0]).update(
        status=DeliveryStatus.CLAIMED, claimed_at=timezone.now()
    )

    assert deliver(notice.pk) == 2
    assert recipients() == sorted(s.email for s in subscribers[1:])
    assert Delivery.objects.get(subscriber=subscribers[0]).status == DeliveryStatus.CLAIMED
    notice.refresh_from_db()
    assert notice.state == NoticeState.DONE


def test_nothing_is_sent_for_a_page_unpublished_before_sending(subscription_page, forum):
    SubscriberFactory()
    meeting = ForumMeetingPageFactory(parent=forum, live=False)
    notice = Notice.objects.create(kind="meeting", object_id=meeting.pk, page=meeting, title="x")
    assert deliver(notice.pk) == 0
    notice.refresh_from_db()
    assert notice.state == NoticeState.SKIPPED and mail.outbox == []


def test_sending_reads_subscribers_in_a_fixed_number_of_queries(
    subscription_page, report_index, theme, django_assert_max_num_queries
):
    for _ in range(20):
        SubscriberFactory(reports=True, themes=[theme], counties=[county("Gotland")])
    report = publish_report(report_index)
    Notice.objects.all().delete()
    mail.outbox.clear()
    notice = Notice.objects.create(kind="report", object_id=report.pk, page=report, title="x")
    # Per mail: claim and mark (two updates); the rest does not grow with the subscribers.
    with django_assert_max_num_queries(20 + 2 * 20):
        assert deliver(notice.pk) == 20
