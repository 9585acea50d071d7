"""The forum's pages: the forum and its meetings, the strategy themes, the report archive."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from forum_pages.choices import ForumKind, ParticipantGroup, ReportKind
from forum_pages.forms import ReportFilterForm
from home.blocks import BodyBlock
from home.models import BasePage
from region_teams.models import county_index_page

PAGE_SIZE = 20


# Forum --------------------------------------------------------------------------------------


class ForumIndexPage(BasePage):
    """The forum: purpose, composition, the secretariat's tasks and contact; parent of meetings."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum_pages.ForumMeetingPage", "home.StandardPage"]
    max_count = 1
    page_description = "Forumets startsida: syfte, sammansättning, kansliets uppgifter och möten."

    body = StreamField(
        BodyBlock(),
        verbose_name="innehåll",
        blank=True,
        help_text="Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "forumets startsida"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        meetings = self.get_meetings()
        now = timezone.now()
        upcoming = [m for m in meetings if m.ends_at >= now]
        held = [m for m in reversed(meetings) if m.ends_at < now]
        context.update(
            next_meeting=upcoming[0] if upcoming else None,
            upcoming_meetings=upcoming[1:],
            held_meetings_by_year=group_by_year(held),
        )
        return context

    def get_meetings(self):
        return list(
            ForumMeetingPage.objects.child_of(self)
            .live()
            .public()
            .select_related("theme")
            .order_by("starts_at")
        )


def group_by_year(meetings):
    years = {}
    for meeting in meetings:
        years.setdefault(meeting.local_start.year, []).append(meeting)
    return list(years.items())


class ForumMeetingPage(BasePage):
    """One meeting of the politicians' or the officials' forum."""

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
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("agenda"),
        index.SearchField("outcome"),
        index.SearchField("location"),
        index.FilterField("forum"),
        index.FilterField("starts_at"),
        index.RelatedFields("theme", [index.SearchField("title")]),
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
        return context


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


# Strategy themes -------------------------------------------------------------------------------


class StrategyThemeIndexPage(BasePage):
    """The national strategy 2015–2020 and its four priorities."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum_pages.StrategyThemePage"]
    max_count = 1
    page_description = "Den nationella strategins prioriteringar."

    body = RichTextField("brödtext", blank=True, help_text="Sidans löptext under ingressen.")

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "startsida för teman"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = StrategyThemePage.objects.child_of(self).live().public()
        return context


class StrategyThemePage(BasePage):
    """One priority of the national strategy; gathers its meetings and reports."""

    parent_page_types = ["forum_pages.StrategyThemeIndexPage"]
    subpage_types = []
    page_description = "En prioritering i den nationella strategin, t.ex. Kompetensförsörjning."

    body = StreamField(
        BodyBlock(),
        verbose_name="innehåll",
        blank=True,
        help_text="Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "tema"
        verbose_name_plural = "teman"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["meetings"] = self.meetings.live().public().order_by("-starts_at")[:PAGE_SIZE]
        context["reports"] = self.reports.live().public().order_by("-year", "title")[:PAGE_SIZE]
        return context


# Reports ---------------------------------------------------------------------------------------


class ReportIndexPage(BasePage):
    """All reports, filterable by year, kind and theme through GET parameters."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum_pages.ReportPage"]
    max_count = 1
    page_description = "Rapporter om regionalt tillväxtarbete, med filter för år, typ och tema."

    body = RichTextField("brödtext", blank=True, help_text="Sidans löptext under ingressen.")

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "rapportarkiv"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        reports = ReportPage.objects.child_of(self).live().public()
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
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("filter_form")
        if form is not None and form.is_bound and not form.is_valid():
            response.status_code = 400
        return response


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
    ]

    class Meta:
        verbose_name = "rapport"
        verbose_name_plural = "rapporter"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes.live().public()
        context["counties"] = self.counties.all()
        context["county_index"] = county_index_page()
        return context
