"""`manage.py purge_unconfirmed_subscribers`: erase addresses never confirmed (run daily)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from subscriptions.models import Subscriber
from subscriptions.tokens import CONFIRM_MAX_AGE


class Command(BaseCommand):
    help = (
        "Raderar prenumeranter som inte har bekräftat sin adress inom sju dagar från den "
        "senaste bekräftelselänken."
    )

    def handle(self, *args, **options):
        cutoff = timezone.now() - CONFIRM_MAX_AGE
        stale = Subscriber.objects.filter(confirmed_at=None, confirmation_sent_at__lt=cutoff)
        count = stale.count()
        stale.delete()
        self.stdout.write(f"Raderade {count} obekräftade prenumeranter.")
