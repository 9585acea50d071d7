"""The public record: what was ever published is not destroyed without an archivist.

A page that was ever published (or has a descendant that was) is deleted, and revisions are
purged (`manage.py purge_revisions`), only by a member of the ARCHIVIST group — Webbadministratör
alone is not enough — and only after every revision concerned is written to a JSON export under
ARCHIVE_EXPORT_DIR. Everyone else is told to unpublish instead.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from editorial.roles import ARCHIVIST

REFUSED = (
    "Sidan har publicerats och är en allmän handling: bara en arkivarie kan radera den. "
    "Avpublicera den i stället, så finns alla versioner kvar."
)


def is_archivist(user):
    return user.is_authenticated and user.groups.filter(name=ARCHIVIST).exists()


def ever_published(pages):
    """True if any page of the queryset is or was live."""
    ids = pages.values("pk")
    return (
        pages.filter(first_published_at__isnull=False).exists()
        or PageLogEntry.objects.filter(page__in=ids, action="wagtail.publish").exists()
    )


def export_revisions(revisions, reason):
    """Writes the revisions (a Revision queryset) to a new JSON file; returns its path."""
    directory = Path(settings.ARCHIVE_EXPORT_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%dT%H%M%S%f")
    path = directory / f"{stamp}-{reason}.json"
    rows = [
        {
            "revision": revision.pk,
            "object": f"{revision.content_type.app_label}.{revision.content_type.model}",
            "object_id": revision.object_id,
            "object_str": revision.object_str,
            "created_at": revision.created_at,
            "user": revision.user.get_username() if revision.user else None,
            "content": revision.content,
        }
        for revision in revisions.select_related("content_type", "user").order_by("pk")
    ]
    payload = {"exported_at": timezone.now(), "reason": reason, "revisions": rows}
    path.write_text(json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1))
    return path


def page_revisions(pages):
    return Revision.objects.page_revisions().filter(
        object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)]
    )
