"""`manage.py send_subscription_notices`: finish every notice a crash or a mail server error
left half-sent (run every few minutes; sends nothing twice, see subscriptions.notices)."""

from django.core.management.base import BaseCommand

from subscriptions.models import Notice, NoticeState
from subscriptions.notices import deliver


class Command(BaseCommand):
    help = "Skickar det som återstår av påbörjade utskick till prenumeranter."

    def handle(self, *args, **options):
        sent = failed = 0
        for notice in Notice.objects.filter(state=NoticeState.QUEUED).order_by("pk"):
            try:
                sent += deliver(notice.pk)
            except Exception as error:  # the mail server: try again on the next run
                failed += 1
                self.stderr.write(f"Utskicket ”{notice}” avbröts: {error}")
        self.stdout.write(f"Skickade {sent} mejl till prenumeranter.")
        if failed:
            self.stdout.write(f"{failed} utskick avbröts och försöks igen vid nästa körning.")
