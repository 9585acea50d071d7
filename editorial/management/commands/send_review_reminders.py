"""`manage.py send_review_reminders`: today's review digest to each content owner (run daily)."""

from django.core.management.base import BaseCommand

from editorial.reminders import send_review_reminders


class Command(BaseCommand):
    help = "Skickar dagens sammanställning av sidor att granska till varje innehållsansvarig."

    def handle(self, *args, **options):
        sent = send_review_reminders()
        self.stdout.write(f"Skickade {sent} påminnelser om granskning.")
