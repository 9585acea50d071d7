"""Wagtail's `purge_revisions`, for archivists only, after exporting what it may delete.

Earlier published versions are public records (BasePage's versioner/ route reads them), so
this command replaces Wagtail's: `--archivist <username>` must name a member of the archive
group, and every revision old enough to be purged is first written to a JSON export
(editorial/archive.py). Without it the command refuses and deletes nothing.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.management.commands.purge_revisions import Command as WagtailPurgeRevisions
from wagtail.models import Revision

from editorial import archive


class Command(WagtailPurgeRevisions):
    help = f"{WagtailPurgeRevisions.help} (archivists only; exported to JSON first)"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--archivist", help="username of a member of the archive group")

    def handle(self, *args, **options):
        user = get_user_model().objects.filter(username=options.get("archivist") or "").first()
        if user is None or not archive.is_archivist(user):
            raise CommandError(
                "Revisions are public records: only an archivist may purge them. "
                "Run with --archivist <username> of a member of the archive group."
            )
        revisions = Revision.objects.all()
        if options.get("days"):
            cutoff = timezone.now() - datetime.timedelta(days=options["days"])
            revisions = revisions.filter(created_at__lt=cutoff)
        path = archive.export_revisions(revisions, "rensning-av-versioner")
        self.stdout.write(f"Exported {revisions.count()} revisions to {path}")
        super().handle(*args, **options)
