"""Build the demo site: `python manage.py load_demo_content [--if-empty]`.

Creates only what is missing and leaves everything that exists as it is, so a second run adds no
pages, revisions, snippets, documents, images or users.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from core.models import Contact
from demo import content
from demo.builder import DemoBuilder
from forum_pages.models import ForumMember
from home.models import HomePage
from region_teams.models import CountyResponsibility, RoleDescription
from regional_statistics.models import Dataset
from search.indexing import batched_indexing

# What the summary counts, by the name an editor knows it under.
SUMMARY = {
    "sidor": Page,
    "kontaktpersoner": Contact,
    "rollbeskrivningar": RoleDescription,
    "länsansvar": CountyResponsibility,
    "ledamöter": ForumMember,
    "dokument": get_document_model(),
    "bilder": get_image_model(),
    "dataserier": Dataset,
    "sökrekommendationer": SearchPromotion,
    "sidbegränsningar": PageViewRestriction,
    "grupper": Group,
    "användare": get_user_model(),
}


def counts():
    return {label: model.objects.count() for label, model in SUMMARY.items()}


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
        before = counts()
        builder = DemoBuilder()
        with batched_indexing(), transaction.atomic():
            builder.build()
        if verbosity:
            self.print_summary(before, counts(), builder)
            self.print_accounts()

    def print_summary(self, before, after, builder):
        self.stdout.write(self.style.SUCCESS("Demoinnehåll för Regionportalen:"))
        for label, total in after.items():
            self.stdout.write(f"  {label:<24} {total - before[label]:>3} nya, {total:>3} totalt")
        self.stdout.write(f"  {'behörigheter':<24} {builder.permissions_added:>3} nya")
        for warning in builder.warnings:
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
            f"Lösenord för alla: {content.DEMO_PASSWORD} (sätts bara när kontot skapas). "
            "Logga in på /admin/."
        )
        self.stdout.write(self.style.WARNING(rule))
