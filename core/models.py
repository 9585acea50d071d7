"""What every section's pages share: the abstract BasePage, its querysets and body fields, and
the Contact snippet that names each page's content owner."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageLogEntry, PageManager, Revision
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import BodyBlock
from core.cache import restricted_paths


class Contact(index.Indexed, models.Model):
    """A person the portal names: secretariat staff, team leads, county and subject leads."""

    name = models.CharField("namn", max_length=120, help_text="För- och efternamn.")
    title = models.CharField("titel", max_length=120, blank=True, help_text="T.ex. avdelningschef.")
    unit = models.CharField(
        "enhet", max_length=160, blank=True, help_text="Avdelning eller enhet på Tillväxtverket."
    )
    email = models.EmailField("e-post", blank=True, help_text="Visas publikt om personen visas.")
    phone = models.CharField("telefon", max_length=40, blank=True, help_text="T.ex. 08-681 77 39.")
    is_public = models.BooleanField(
        "visas publikt",
        default=True,
        help_text="Avmarkera för att dölja personen på den publika webbplatsen.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="användarkonto",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact",
        help_text="Kopplar personen till ett konto i redigeringsgränssnittet (för godkännanden).",
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("title"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("is_public"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("title"),
        index.SearchField("unit"),
        index.FilterField("is_public"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "kontaktperson"
        verbose_name_plural = "kontaktpersoner"
        # The table predates the core app (contacts began as region_teams' snippet); keeping its
        # name kept every content owner's row and foreign key when the model moved here.
        db_table = "region_teams_contact"

    def __str__(self):
        return self.name


def body_blocks_field():
    """The block-built body most page types share (core.blocks.BodyBlock)."""
    return StreamField(
        BodyBlock(),
        verbose_name="innehåll",
        blank=True,
        help_text="Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.",
    )


def body_text_field():
    """The plain rich-text body of index pages, whose listings carry the page."""
    return RichTextField("brödtext", blank=True, help_text="Sidans löptext under ingressen.")


class PortalPageQuerySet(PageQuerySet):
    def private_q(self):
        """As Wagtail's, from a cached list of restricted sections instead of a query per call."""
        q = Q()
        for tree_path in restricted_paths():
            q |= Q(path__startswith=tree_path)
        return q if q else Q(pk__in=[])


class BasePage(RoutablePageMixin, Page):
    """Abstract parent of every page type: an introduction, the page's content owner, and its
    earlier published versions (the public record) at `versioner/`."""

    intro = models.TextField(
        "ingress",
        blank=True,
        help_text="En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.",
    )
    content_owner = models.ForeignKey(
        Contact,
        verbose_name="innehållsansvarig",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.",
    )
    review_due = models.DateField(
        "granskas senast",
        null=True,
        blank=True,
        help_text=(
            "När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts "
            "datumet till tolv månader efter publiceringen."
        ),
    )
    change_note = models.CharField(
        "ändringsnotis",
        max_length=200,
        blank=True,
        help_text=(
            "Visas publikt i sidans versionslista och i flödena, t.ex. 'Uppdaterad: ny tid för "
            "mötet'. Skriv en ny vid nästa publicering; en oförändrad notis visas bara en gång."
        ),
    )
    last_reviewed = models.DateField(
        "senast granskad",
        null=True,
        blank=True,
        editable=False,
        help_text="Sätts när sidan publiceras; visas publikt som Senast granskad.",
    )

    objects = PageManager.from_queryset(PortalPageQuerySet)()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [
        FieldPanel("change_note"),
        MultiFieldPanel(
            [FieldPanel("content_owner"), FieldPanel("review_due")], heading="Ansvar och granskning"
        ),
        *Page.settings_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]  # the read-only API (api/)

    class Meta:
        abstract = True

    @classmethod
    def get_indexed_objects(cls):
        """What `update_index` indexes, with the many-to-many search fields prefetched:
        modelsearch prefetches related search fields but not ParentalManyToManyFields (a
        meeting's counties, a report's themes), which cost a query per page."""
        related = [
            field.field_name
            for field in cls.get_search_fields()
            if isinstance(field, index.RelatedFields)
            and isinstance(field.get_field(cls), ParentalManyToManyField)
        ]
        return super().get_indexed_objects().prefetch_related(*related)

    @path("")
    def index_route(self, request, *args, **kwargs):
        """The page itself, served by the class after RoutablePageMixin (Page, or a form
        page's class, which handles the form's POST) instead of the mixin's plain render."""
        return super(RoutablePageMixin, self).serve(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        """A preview as the class after RoutablePageMixin makes it (it marks the request as a
        preview, which cached fragments and the page cache look for)."""
        return super(RoutablePageMixin, self).serve_preview(request, mode_name)

    def get_cached_paths(self):
        """What a front cache may hold for this page, purged when it is published or
        unpublished (wagtail.contrib.frontend_cache): the page and its list of versions. Pages
        with feeds, calendars or files add their routes."""
        return ["/", self.reverse_subpage("versions")]

    def get_listing_pages(self):
        """Pages that show this one, purged from a front cache with it (core.front_cache): its
        ancestors, as every index lists its children and the home page the latest of them.
        Pages also listed elsewhere (on a theme's page) add those."""
        return self.get_ancestors().filter(depth__gt=1).specific()

    def get_listing_urls(self):
        """Full URLs besides pages that show this one (routes such as a county's page)."""
        return []

    @path("versioner/", name="versions")
    def versions(self, request):
        """The page's published versions, newest first, with their dates and change notes."""
        return self.render(
            request,
            context_overrides={"versions": published_versions(self)},
            template="core/versions.html",
        )

    @path("versioner/<int:revision_id>/", name="version")
    def version(self, request, revision_id):
        """One earlier published version, as it was, marked as archived (and noindex)."""
        published = {version.revision_id: version for version in published_versions(self)}
        if revision_id not in published:
            raise Http404("Versionen finns inte.")
        old = published[revision_id].revision.as_object()
        context = old.get_context(request)
        context.update(archived_version=published[revision_id], current_page=self)
        return TemplateResponse(request, old.get_template(request), context)

    @property
    def last_updated(self):
        return self.last_published_at or self.latest_revision_created_at

    @property
    def meta_description(self):
        return self.search_description or self.intro


@dataclass
class PublishedVersion:
    revision: Revision
    published_at: datetime.datetime
    change_note: str  # "" when it repeats the previous version's

    @property
    def revision_id(self):
        return self.revision.pk


def published_versions(page):
    """[PublishedVersion] of every publish of `page` (Wagtail's publish log), newest first."""
    entries = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision__isnull=False)
        .select_related("revision")
        .order_by("timestamp", "pk")
    )
    versions, previous_note = [], ""
    for entry in entries:
        note = entry.revision.content.get("change_note") or ""
        shown = note if note != previous_note else ""
        versions.append(PublishedVersion(entry.revision, entry.timestamp, shown))
        previous_note = note
    return versions[::-1]
