"""The staff-only area: strategic region dialogues and their follow-up.

The area is a `StaffAreaPage` restricted by Wagtail's page privacy to the staff groups; each
dialogue with a county is a `RegionDialoguePage` below it. Nothing here is meant for visitors.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.models import BasePage, Contact
from core.visibility import pages_visible_to
from region_teams.models.snippets import County

PHASE_COUNT = 5
# ?sortera= on the staff overview: due date first (default) or last.
SORT_ORDERS = {"": "due_date", "forfallodatum": "due_date", "-forfallodatum": "-due_date"}


class ActionStatus(models.TextChoices):
    PLANNED = "planned", "Planerad"
    ONGOING = "ongoing", "Pågår"
    DONE = "done", "Klar"


class ParticipantKind(models.TextChoices):
    AGENCY_STAFF = "agency", "Tillväxtverket"
    REGION = "region", "Regionen"
    INVITED_AGENCY = "invited_agency", "Inbjuden nationell myndighet"


class DialoguePhase(index.Indexed, models.Model):
    """One of the five phases of a strategic region dialogue; the titles are editable."""

    number = models.PositiveSmallIntegerField(
        "fas",
        unique=True,
        validators=[MinValueValidator(1), MaxValueValidator(PHASE_COUNT)],
        help_text="Fasens nummer, 1–5, i den ordning faserna genomförs.",
    )
    title = models.CharField(
        "rubrik", max_length=120, help_text="T.ex. Omvärldsbevakning och underlag."
    )
    description = models.TextField(
        "beskrivning", blank=True, help_text="Vad som görs i fasen och vem som gör det."
    )

    panels = [FieldRowPanel([FieldPanel("number"), FieldPanel("title")]), FieldPanel("description")]
    search_fields = [index.SearchField("title"), index.SearchField("description")]

    class Meta:
        ordering = ["number"]
        verbose_name = "dialogfas"
        verbose_name_plural = "dialogfaser"

    def __str__(self):
        return f"Fas {self.number}: {self.title}"


class StaffAreaPage(BasePage):
    """ "För medarbetare": the dialogues and a list of open follow-up actions across counties.

    Restricted to the staff groups through page privacy; the demo loader sets the restriction.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = ["region_teams.RegionDialoguePage", "home.StandardPage"]
    max_count = 1
    page_description = "Internt område för medarbetare: regiondialoger och uppföljning av insatser."

    body = RichTextField("brödtext", blank=True, help_text="Text överst på sidan för medarbetare.")

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "område för medarbetare"
        verbose_name_plural = "områden för medarbetare"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sort = request.GET.get("sortera", "")
        context.update(
            sort=sort,
            sort_is_valid=sort in SORT_ORDERS,
            open_actions=self.get_open_actions(SORT_ORDERS.get(sort, "due_date")),
            dialogues=self.get_dialogues(),
            today=timezone.localdate(),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not getattr(response, "context_data", {}).get("sort_is_valid", True):
            response.status_code = 400
        return response

    def get_open_actions(self, ordering="due_date"):
        """Actions not yet done in the live dialogues below this page: one query."""
        dialogues = RegionDialoguePage.objects.descendant_of(self).live()
        return (
            FollowUpAction.objects.filter(page__in=dialogues)
            .exclude(status=ActionStatus.DONE)
            .select_related("page", "page__county", "owner")
            .order_by(ordering, "page__county__name", "sort_order")
        )

    def get_dialogues(self):
        return (
            RegionDialoguePage.objects.descendant_of(self)
            .live()
            .select_related("county", "current_phase")
            .order_by("-date", "title")
        )

    def get_sitemap_urls(self, request=None):
        return []  # never listed, even if the restriction were removed by mistake


class RegionDialoguePage(BasePage):
    """One strategic region dialogue with a county's regional development body."""

    parent_page_types = ["region_teams.StaffAreaPage"]
    subpage_types = []
    page_description = "En strategisk regiondialog med ett län (bara för medarbetare)."

    county = models.ForeignKey(
        County,
        verbose_name="län",
        on_delete=models.PROTECT,
        related_name="dialogues",
        help_text="Länet vars regionalt utvecklingsansvariga aktör dialogen förs med.",
    )
    date = models.DateField("datum", help_text="Dagen då dialogmötet hålls eller hölls.")
    current_phase = models.ForeignKey(
        DialoguePhase,
        verbose_name="aktuell fas",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Den fas av processen som dialogen befinner sig i nu.",
    )
    feedback = RichTextField(
        "återkoppling",
        blank=True,
        features=["h3", "bold", "italic", "ul", "ol", "link"],
        help_text="Vad som återkopplats till regionen, teamet och berörda avdelningar.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("county"), FieldPanel("date"), FieldPanel("current_phase")]),
        InlinePanel("participants", heading="Deltagare", label="deltagare"),
        MultiFieldPanel(
            [InlinePanel("subject_issues", label="sakfråga")], heading="Sakfrågor per sakområde"
        ),
        InlinePanel("actions", heading="Överenskomna insatser", label="insats"),
        FieldPanel("feedback"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("county"),
        index.FilterField("date"),
        index.RelatedFields("county", [index.SearchField("name")]),
        index.RelatedFields(
            "subject_issues", [index.SearchField("subject"), index.SearchField("description")]
        ),
        index.SearchField("feedback"),
    ]
    search_facets = {"county": "county", "year": "date__year"}

    class Meta:
        verbose_name = "strategisk regiondialog"
        verbose_name_plural = "strategiska regiondialoger"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            phases=DialoguePhase.objects.all(),
            participants=self.participants.all(),
            subject_issues=self.subject_issues.all(),
            actions=self.actions.select_related("owner"),
        )
        return context

    def get_sitemap_urls(self, request=None):
        return []  # never listed, even if the restriction were removed by mistake


class DialogueParticipant(Orderable):
    """Someone who took part: agency staff, the region, or an invited national agency."""

    page = ParentalKey(RegionDialoguePage, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField(
        "namn", max_length=160, help_text="Personens namn, eller myndighetens namn om okänt."
    )
    organisation = models.CharField(
        "organisation", max_length=160, help_text="T.ex. Region Gotland eller Trafikverket."
    )
    kind = models.CharField(
        "deltar som",
        max_length=20,
        choices=ParticipantKind.choices,
        default=ParticipantKind.AGENCY_STAFF,
        help_text="Välj Inbjuden nationell myndighet för myndigheter som bjudits in.",
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("organisation"), FieldPanel("kind")])]

    class Meta(Orderable.Meta):
        verbose_name = "deltagare"
        verbose_name_plural = "deltagare"

    def __str__(self):
        return f"{self.name}, {self.organisation}"


class DialogueIssue(Orderable):
    """What was raised in the dialogue in one subject area."""

    page = ParentalKey(RegionDialoguePage, on_delete=models.CASCADE, related_name="subject_issues")
    subject = models.CharField("sakområde", max_length=120, help_text="T.ex. Kompetensförsörjning.")
    description = models.TextField("frågor som togs upp", help_text="Kort sammanfattning.")

    panels = [FieldPanel("subject"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = "sakfråga"
        verbose_name_plural = "sakfrågor"

    def __str__(self):
        return self.subject


class FollowUpAction(Orderable):
    """An action agreed in a dialogue: who owns it, when it is due and how far it has come."""

    page = ParentalKey(RegionDialoguePage, on_delete=models.CASCADE, related_name="actions")
    description = models.TextField(
        "insats", help_text="Vad som ska göras, i en eller två meningar."
    )
    owner = models.ForeignKey(
        Contact,
        verbose_name="ansvarig",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_up_actions",
        help_text="Personen på Tillväxtverket som ansvarar för insatsen.",
    )
    due_date = models.DateField("klart senast", help_text="Datum då insatsen ska vara klar.")
    status = models.CharField(
        "status",
        max_length=10,
        choices=ActionStatus.choices,
        default=ActionStatus.PLANNED,
        help_text="Planerad, pågår eller klar. Klara insatser visas inte i översikten.",
    )

    panels = [
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("due_date"), FieldPanel("status")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "insats"
        verbose_name_plural = "insatser"

    def __str__(self):
        return self.description[:80]

    @property
    def is_overdue(self):
        return self.status != ActionStatus.DONE and self.due_date < timezone.localdate()


def dialogues_visible_to(request, county):
    """The county's live dialogues that this request may see; none for anonymous visitors."""
    dialogues = (
        RegionDialoguePage.objects.live()
        .filter(county=county)
        .select_related("current_phase")
        .order_by("-date")
    )
    if not request.user.is_authenticated:
        return dialogues.public()
    return dialogues.filter(pk__in=pages_visible_to(request).values("pk"))
