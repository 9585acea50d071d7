"""Build the demo site from the seed texts: `python manage.py load_demo_content [--if-empty]`.

Creates only what is missing and leaves everything that exists as it is, so a second run adds no
pages, revisions, snippets, documents or users.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo_content as content
from home.demo_loader import DEMO_PASSWORD, DemoLoader
from home.models import HomePage
from search.indexing import batched_indexing


class Command(BaseCommand):
    help = "Bygger demowebbplatsen (sidor, kontakter, ledamöter, dokument, grupper och konton)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Gör ingenting om det redan finns en startsida.",
        )

    def handle(self, *args, if_empty=False, verbosity=1, **options):
        if if_empty and HomePage.objects.exists():
            if verbosity:
                self.stdout.write("Det finns redan en startsida; demoinnehållet laddas inte.")
            return
        loader = DemoLoader()
        with batched_indexing(), transaction.atomic():
            loader.load()
        if verbosity:
            self.print_summary(loader)
            self.print_accounts()

    def print_summary(self, loader):
        self.stdout.write(self.style.SUCCESS("Demoinnehåll för Regionportalen:"))
        for kind in dict.fromkeys([*loader.created, *loader.present]):
            self.stdout.write(
                f"  {kind:<24} {loader.created[kind]:>3} nya, {loader.present[kind]:>3} fanns redan"
            )
        self.stdout.write(f"  {'behörigheter':<24} {loader.permissions_added:>3} nya")
        for warning in loader.warnings:
            self.stdout.write(self.style.WARNING(f"  Obs: {warning}"))

    def print_accounts(self):
        rule = "=" * 78
        self.stdout.write(self.style.WARNING(rule))
        self.stdout.write(self.style.WARNING("DEMOKONTON – endast för demo och lokal utveckling."))
        self.stdout.write(
            self.style.WARNING("De får aldrig finnas i produktion: ta bort dem före driftsättning.")
        )
        for username, _, _, group, superuser in content.DEMO_USERS:
            label = f"{group} (superanvändare)" if superuser else group
            self.stdout.write(f"  {username:<20} {label}")
        self.stdout.write(
            f"Lösenord för alla: {DEMO_PASSWORD} (sätts bara när kontot skapas). "
            "Logga in på /admin/."
        )
        self.stdout.write(self.style.WARNING(rule))
