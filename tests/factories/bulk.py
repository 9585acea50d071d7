"""Thousands of live pages in a few queries, for tests that need a long listing.

Factories create a page through treebeard and Wagtail (revisions, signals, search index): fine
for ten pages, minutes for two thousand. This helper writes the rows directly: the `Page` rows
with bulk_create (their tree paths computed from the parent's), then the page type's own table.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

BATCH_SIZE = 500


def bulk_create_children(parent, model, rows):
    """Create live, published children of `parent`, one per dict of `model` field values.

    Each dict needs a `title`; the slug is made from it unless given. Returns the pages, in order.
    """
    parent = Page.objects.get(pk=parent.pk)  # the current numchild, not a stale instance's
    pages = [
        child_page(parent, model, step, dict(fields))
        for step, fields in enumerate(rows, start=parent.numchild + 1)
    ]
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    base_rows = [
        Page(**{field.attname: getattr(page, field.attname) for field in base_fields})
        for page in pages
    ]
    Page.objects.bulk_create(base_rows, batch_size=BATCH_SIZE)
    for page, row in zip(pages, base_rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    for start in range(0, len(pages), BATCH_SIZE):
        batch = pages[start : start + BATCH_SIZE]
        model._base_manager._insert(batch, fields=model._meta.local_concrete_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def child_page(parent, model, step, fields):
    now = timezone.now()
    slug = fields.pop("slug", None) or f"{slugify(fields['title'])}-{step}"
    depth = parent.depth + 1
    return model(
        **fields,
        slug=slug,
        draft_title=fields["title"],
        path=model._get_path(parent.path, depth, step),
        depth=depth,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        content_type=ContentType.objects.get_for_model(model),
        locale_id=parent.locale_id,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
    )
