"""Notification mail waits in the database queue in production; a worker sends it."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from editorial.notifications import send_notification

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db(transaction=True)  # the worker closes its connection after each task
def test_mail_is_queued_and_sent_by_the_worker():
    with override_settings(TASKS=DATABASE_QUEUE):
        send_notification.enqueue("Ny granskning", "Sidan väntar.", ["agare@example.se"])
        assert mail.outbox == []

        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    assert [message.subject for message in mail.outbox] == ["Ny granskning"]
    assert mail.outbox[0].to == ["agare@example.se"]
