"""The forum's pages: the forum and its meetings, the strategy themes, the report archive."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, When
from django.http import Http404
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.cache import register_content_change
from core.models import BasePage, body_blocks_field, body_text_field
from core.routes import BadFilterMixin, file_route_url
from core.serializers import PageReferenceSerializer
from forum_pages import calendar
from forum_pages.choices import ForumKind, ParticipantGroup, ReportKind
from forum_pages.feeds import ReportFeed
from forum_pages.forms import MeetingFilterForm, ReportFilterForm
from region_teams.models import county_index_page, county_page_urls
from region_teams.serializers import CountyReferenceSerializer

PAGE_SIZE = 20
UPCOMING_BRIEFINGS = 5


def with_calendar_urls(briefings, request):
    """Set each briefing's `calendar_url`; None for a briefing not saved yet (a preview)."""
    for briefing in briefings:
        saved = briefing.pk is not None
        briefing.calendar_url = (
            file_route_url(briefing.page, "briefing_calendar", request, args=(briefing.pk,))
            if saved
            else None
        )
    return briefings


# Forum --------------------------------------------------------------------------------------


class ForumIndexPage(BadFilterMixin, BasePage):
    """The forum: purpose, composition, the secretariat's tasks and contact; parent of meetings.

    Lists the meetings (next, upcoming, held by year) with filters and pages, the upcoming video
    briefings, and serves every meeting as one calendar at `moten.ics`."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum_pages.ForumMeetingPage", "home.StandardPage"]
    max_count = 1
    page_description = "Forumets startsida: syfte, sammansättning, kansliets uppgifter och möten."

    body = body_blocks_field()

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "forumets startsida"
        verbose_name_plural = "forumsidor"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        meetings = self.get_meetings()
        form = MeetingFilterForm(
            request.GET or None,
            years=[day.year for day in meetings.datetimes("starts_at", "year", order="DESC")],
            themes=StrategyThemePage.objects.live().public().order_by("path"),
        )
        if form.is_valid():
            meetings = filter_meetings(meetings, form.cleaned_data)
        page = Paginator(upcoming_then_held(meetings), PAGE_SIZE).get_page(request.GET.get("sida"))
        upcoming = [meeting for meeting in page if meeting.is_upcoming]
        is_first_page = page.number == 1
        next_meeting = upcoming.pop(0) if upcoming and is_first_page else None
        context.update(
            filter_form=form,
            is_filtered=form.is_valid() and any(form.cleaned_data.values()),
            meetings=page,
            is_first_page=is_first_page,
            next_meeting=next_meeting,
            upcoming_meetings=upcoming,
            held_meetings_by_year=group_by_year(m for m in page if not m.is_upcoming),
            briefings=with_calendar_urls(self.get_upcoming_briefings(), request),
            calendar_url=file_route_url(self, "calendar", request),
        )
        return context

    def get_cached_paths(self):
        return [*super().get_cached_paths(), self.reverse_subpage("calendar")]

    @path("moten.ics/", name="calendar")
    def calendar(self, request):
        meetings = self.get_meetings().order_by("starts_at").prefetch_related("briefings")
        ics = calendar.meetings_calendar(meetings, request, name=self.title)
        return calendar.calendar_response(ics, "forummoten.ics")

    def get_meetings(self):
        return ForumMeetingPage.objects.child_of(self).live().public().select_related("theme")

    def get_upcoming_briefings(self):
        return list(
            ForumMeetingBriefing.objects.filter(
                page__in=self.get_meetings(), ends_at__gte=timezone.now()
            )
            .select_related("page")
            .order_by("starts_at")[:UPCOMING_BRIEFINGS]
        )


def filter_meetings(meetings, criteria):
    if criteria.get("forum"):
        meetings = meetings.filter(forum=criteria["forum"])
    if criteria.get("theme"):
        meetings = meetings.filter(theme_id=criteria["theme"])
    if criteria.get("year"):
        meetings = meetings.filter(starts_at__year=criteria["year"])
    return meetings


def upcoming_then_held(meetings):
    """Upcoming meetings soonest first, then held ones latest first, in one ordered query.

    One query (plus a count) per page of a Paginator, however many meetings there are."""
    now = timezone.now()
    return meetings.annotate(
        upcoming_start=Case(When(ends_at__gte=now, then=F("starts_at"))),
        held_start=Case(When(ends_at__lt=now, then=F("starts_at"))),
    ).order_by(
        F("upcoming_start").asc(nulls_last=True), F("held_start").desc(nulls_last=True), "pk"
    )


def group_by_year(meetings):
    years = {}
    for meeting in meetings:
        years.setdefault(meeting.local_start.year, []).append(meeting)
    return list(years.items())


class ForumMeetingPage(BasePage):
    """One meeting of the politicians' or the officials' forum, with its video briefings.

    Serves itself as a calendar entry at `kalender.ics`, and each briefing at
    `informationsmote-<id>.ics`."""

    parent_page_types = ["forum_pages.ForumIndexPage"]
    subpage_types = []
    page_description = "Ett möte i politikerforum eller tjänstemannaforum."

    forum = models.CharField(
        "forum",
        max_length=20,
        choices=ForumKind.choices,
        help_text="Politikerforum för nominerade politiker, tjänstemannaforum för tjänstemän.",
    )
    starts_at = models.DateTimeField("börjar", help_text="Datum och tid (svensk tid).")
    ends_at = models.DateTimeField("slutar", help_text="Datum och tid (svensk tid).")
    location = models.CharField(
        "plats",
        max_length=200,
        blank=True,
        help_text="Adress eller lokal. Lämna tomt om mötet är digitalt.",
    )
    is_digital = models.BooleanField(
        "digitalt möte", default=False, help_text="Markera om mötet hålls digitalt."
    )
    theme = models.ForeignKey(
        "forum_pages.StrategyThemePage",
        verbose_name="tema",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
        help_text="Prioriteringen i den nationella strategin som mötet bygger på.",
    )
    counties = ParentalManyToManyField(
        "region_teams.County",
        verbose_name="berörda län",
        blank=True,
        related_name="meetings",
        help_text="Lämna tomt om mötet gäller alla 21 län.",
    )
    agenda = RichTextField(
        "dagordning", blank=True, help_text="Mötets punkter, gärna som punktlista."
    )
    outcome = RichTextField(
        "resultat och sammanfattning", blank=True, help_text="Fylls i efter mötet."
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("forum"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("location"), FieldPanel("is_digital")]),
                FieldPanel("theme"),
                FieldPanel("counties", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Mötet",
        ),
        FieldPanel("agenda"),
        InlinePanel("documents", heading="Underlag", label="dokument"),
        InlinePanel("participants", heading="Deltagare från regeringen och myndigheter"),
        FieldPanel("outcome"),
        InlinePanel(
            "briefings",
            heading="Informationsmöten (videomöten) efter forumet",
            label="informationsmöte",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("agenda"),
        index.SearchField("outcome"),
        index.SearchField("location"),
        index.FilterField("forum"),
        index.FilterField("starts_at"),
        index.RelatedFields("theme", [index.SearchField("title")]),
        index.RelatedFields("counties", [index.SearchField("name")]),
    ]
    # The search page's facets (search/facets.py): ORM lookups from this page to each value.
    search_facets = {"theme": "theme", "county": "counties", "year": "starts_at__year"}
    api_fields = [
        *BasePage.api_fields,
        APIField("forum"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("location"),
        APIField("is_digital"),
        APIField("theme", serializer=PageReferenceSerializer()),
        APIField("counties", serializer=CountyReferenceSerializer(many=True)),
        APIField("agenda"),
        APIField("outcome"),
        APIField("briefings"),
    ]

    class Meta:
        verbose_name = "forummöte"
        verbose_name_plural = "forummöten"

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "Mötet måste sluta efter att det har börjat."})
        if not self.is_digital and not self.location.strip():
            raise ValidationError({"location": "Ange plats, eller markera att mötet är digitalt."})

    @property
    def is_upcoming(self):
        return self.ends_at >= timezone.now()

    @property
    def status_label(self):
        return "Kommande" if self.is_upcoming else "Genomfört"

    @property
    def place_label(self):
        return "Digitalt" if self.is_digital else self.location

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.documents.select_related("document")
        context["participants"] = self.participants.all()
        context["counties"] = self.counties.all()
        context["county_index"] = county_index_page()
        context["briefings"] = with_calendar_urls(self.get_briefings(), request)
        context["calendar_url"] = file_route_url(self, "calendar", request)
        return context

    def get_cached_paths(self):
        briefings = self.briefings.values_list("pk", flat=True)
        return [
            *super().get_cached_paths(),
            self.reverse_subpage("calendar"),
            *(self.reverse_subpage("briefing_calendar", args=[pk]) for pk in briefings),
        ]

    def get_listing_pages(self):
        themes = StrategyThemePage.objects.filter(pk=self.theme_id)
        return [*super().get_listing_pages(), *themes]

    def get_listing_urls(self):
        return county_page_urls(self.counties.all())

    @path("kalender.ics/", name="calendar")
    def calendar(self, request):
        ics = calendar.single_event_calendar(calendar.meeting_event(self, request), self.title)
        return calendar.calendar_response(ics, f"{self.slug}.ics")

    @re_path(r"^informationsmote-(\d+)\.ics/$", name="briefing_calendar")
    def briefing_calendar(self, request, briefing_id):
        briefing = self.briefings.filter(pk=briefing_id).first()
        if briefing is None:
            raise Http404("Informationsmötet finns inte.")
        ics = calendar.single_event_calendar(
            calendar.briefing_event(briefing, request), f"Informationsmöte: {self.title}"
        )
        return calendar.calendar_response(ics, f"{self.slug}-informationsmote.ics")

    def get_briefings(self):
        """The briefings in time order (a preview shows the draft's, hence no query)."""
        briefings = sorted(self.briefings.all(), key=lambda briefing: briefing.starts_at)
        for briefing in briefings:
            briefing.page = self
        return briefings


class ForumMeetingDocument(Orderable):
    """A paper (underlag) for a meeting, from Wagtail's document library."""

    page = ParentalKey(ForumMeetingPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="dokument",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Välj eller ladda upp underlaget i dokumentbiblioteket.",
    )
    title = models.CharField(
        "rubrik", max_length=200, blank=True, help_text="Lämna tomt för dokumentets egen titel."
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def label(self):
        return self.title or self.document.title


class ForumMeetingParticipant(Orderable):
    """Someone taking part for the government or a national agency."""

    page = ParentalKey(ForumMeetingPage, on_delete=models.CASCADE, related_name="participants")
    group = models.CharField(
        "företräder",
        max_length=20,
        choices=ParticipantGroup.choices,
        default=ParticipantGroup.AGENCY,
        help_text="Regeringen (statsråd, statssekreterare) eller en statlig myndighet.",
    )
    name = models.CharField("namn", max_length=120, help_text="Personens namn, eller rollen.")
    role = models.CharField(
        "roll och organisation",
        max_length=200,
        help_text="T.ex. generaldirektör, Tillväxtverket, eller statssekreterare.",
    )

    panels = [FieldPanel("group"), FieldPanel("name"), FieldPanel("role")]


class ForumMeetingBriefing(Orderable):
    """A short video meeting after a forum, where the secretariat tells what came up."""

    page = ParentalKey(ForumMeetingPage, on_delete=models.CASCADE, related_name="briefings")
    starts_at = models.DateTimeField(
        "börjar", help_text="Datum och tid för informationsmötet (svensk tid)."
    )
    duration = models.PositiveSmallIntegerField(
        "längd i minuter",
        default=45,
        validators=[MinValueValidator(10), MaxValueValidator(240)],
        help_text="Informationsmötena är oftast 30–45 minuter.",
    )
    # Stored for the forum page's "upcoming" query; kept in step with duration by save().
    ends_at = models.DateTimeField("slutar", editable=False)
    join_url = models.URLField(
        "länk till videomötet",
        blank=True,
        help_text="Länken för att ansluta. Lämna tomt om den skickas ut senare.",
    )
    join_instructions = models.CharField(
        "så ansluter du",
        max_length=300,
        blank=True,
        help_text="T.ex. hur man anmäler sig eller får länken. Visas på mötets sida.",
    )

    api_fields = [APIField("starts_at"), APIField("duration"), APIField("ends_at")]

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("duration")]),
        FieldPanel("join_url"),
        FieldPanel("join_instructions"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "informationsmöte"
        verbose_name_plural = "informationsmöten"

    def __str__(self):
        return f"Informationsmöte {timezone.localtime(self.starts_at):%Y-%m-%d %H.%M}"

    def save(self, *args, **kwargs):
        self.ends_at = self.starts_at + datetime.timedelta(minutes=self.duration)
        super().save(*args, **kwargs)

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at)

    @property
    def local_end(self):
        return timezone.localtime(self.starts_at + datetime.timedelta(minutes=self.duration))

    @property
    def is_upcoming(self):
        return self.local_end >= timezone.now()


# Strategy themes -------------------------------------------------------------------------------


class StrategyThemeIndexPage(BasePage):
    """The national strategy 2015–2020 and its four priorities."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum_pages.StrategyThemePage"]
    max_count = 1
    page_description = "Den nationella strategins prioriteringar."

    body = body_text_field()

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "startsida för teman"
        verbose_name_plural = "temaöversikter"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = StrategyThemePage.objects.child_of(self).live().public()
        return context


class StrategyThemePage(BasePage):
    """One priority of the national strategy; gathers its meetings and reports."""

    parent_page_types = ["forum_pages.StrategyThemeIndexPage"]
    subpage_types = []
    page_description = "En prioritering i den nationella strategin, t.ex. Kompetensförsörjning."

    body = body_blocks_field()

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    search_facets = {"theme": "pk"}
    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = "tema"
        verbose_name_plural = "teman"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["meetings"] = self.meetings.live().public().order_by("-starts_at")[:PAGE_SIZE]
        context["reports"] = self.reports.live().public().order_by("-year", "title")[:PAGE_SIZE]
        return context


# Reports ---------------------------------------------------------------------------------------


class ReportIndexPage(BadFilterMixin, BasePage):
    """All reports, filterable by year, kind and theme through GET parameters; an Atom feed of
    the newest at `flode/`."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum_pages.ReportPage"]
    max_count = 1
    page_description = "Rapporter om regionalt tillväxtarbete, med filter för år, typ och tema."

    body = body_text_field()

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "rapportarkiv"
        verbose_name_plural = "rapportarkiv"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        reports = self.get_reports()
        form = ReportFilterForm(
            request.GET or None,
            years=reports.order_by("-year").values_list("year", flat=True).distinct(),
            themes=StrategyThemePage.objects.live().public().order_by("path"),
        )
        if form.is_valid():
            reports = filter_reports(reports, form.cleaned_data)
        paginator = Paginator(reports.order_by("-year", "title"), PAGE_SIZE)
        context.update(
            filter_form=form,
            reports=paginator.get_page(request.GET.get("sida")),
            feed_url=self.get_url(request) + self.reverse_subpage("feed"),
        )
        return context

    def get_cached_paths(self):
        return [*super().get_cached_paths(), self.reverse_subpage("feed")]

    @path("flode/", name="feed")
    def feed(self, request):
        return ReportFeed(self)(request)

    def get_reports(self):
        return ReportPage.objects.child_of(self).live().public()


def filter_reports(reports, criteria):
    if criteria.get("year"):
        reports = reports.filter(year=criteria["year"])
    if criteria.get("kind"):
        reports = reports.filter(kind=criteria["kind"])
    if criteria.get("theme"):
        reports = reports.filter(themes__pk=criteria["theme"])
    return reports


class ReportPage(BasePage):
    """A report on regional growth work, with its PDF, themes and the counties it covers."""

    parent_page_types = ["forum_pages.ReportIndexPage"]
    subpage_types = []
    page_description = (
        "En rapport, t.ex. den årliga uppföljningen av det regionala tillväxtarbetet."
    )

    year = models.PositiveSmallIntegerField("år", help_text="Året rapporten avser eller gavs ut.")
    kind = models.CharField(
        "typ",
        max_length=20,
        choices=ReportKind.choices,
        default=ReportKind.OTHER,
        help_text="Används i rapportarkivets filter.",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="rapport (PDF)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Rapporten som PDF i dokumentbiblioteket.",
    )
    external_url = models.URLField(
        "extern länk", blank=True, help_text="Om rapporten finns på en annan webbplats."
    )
    summary = RichTextField(
        "sammanfattning", blank=True, help_text="Rapportens viktigaste slutsatser."
    )
    themes = ParentalManyToManyField(
        StrategyThemePage,
        verbose_name="teman",
        blank=True,
        related_name="reports",
        help_text="Prioriteringar i den nationella strategin som rapporten rör.",
    )
    counties = ParentalManyToManyField(
        "region_teams.County",
        verbose_name="län",
        blank=True,
        related_name="reports",
        help_text="Län som rapporten handlar om särskilt.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("year"), FieldPanel("kind")]),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("external_url")], heading="Rapporten"),
        FieldPanel("summary"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("counties", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.FilterField("year"),
        index.FilterField("kind"),
        index.RelatedFields("themes", [index.SearchField("title")]),
        index.RelatedFields("counties", [index.SearchField("name")]),
    ]
    search_facets = {"theme": "themes", "county": "counties", "year": "year"}
    api_fields = [
        *BasePage.api_fields,
        APIField("year"),
        APIField("kind"),
        APIField("summary"),
        APIField("document"),
        APIField("external_url"),
        APIField("themes", serializer=PageReferenceSerializer(many=True)),
        APIField("counties", serializer=CountyReferenceSerializer(many=True)),
    ]

    class Meta:
        verbose_name = "rapport"
        verbose_name_plural = "rapporter"

    def get_listing_pages(self):
        themes = StrategyThemePage.objects.filter(pk__in=[theme.pk for theme in self.themes.all()])
        return [*super().get_listing_pages(), *themes]

    def get_listing_urls(self):
        return county_page_urls(self.counties.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # As saved in this version (a preview or an archived version holds its own themes).
        theme_ids = [theme.pk for theme in self.themes.all()]
        context["themes"] = StrategyThemePage.objects.filter(pk__in=theme_ids).live().public()
        context["counties"] = self.counties.all()
        context["county_index"] = county_index_page()
        return context


@register_content_change
def next_meeting_change():
    """When the next live meeting or briefing starts or ends: listings ("Nästa möte", upcoming
    and held) change then without anyone publishing."""
    now = timezone.now()
    meetings = ForumMeetingPage.objects.live()
    briefings = ForumMeetingBriefing.objects.filter(page__live=True)
    times = [
        rows.filter(**{f"{field}__gt": now}).order_by(field).values_list(field, flat=True).first()
        for rows in (meetings, briefings)
        for field in ("starts_at", "ends_at")
    ]
    return min((when for when in times if when is not None), default=None)
