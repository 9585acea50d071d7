"""The regional work's reference data: counties, role descriptions and who answers
for which county."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from core.models import Contact
from region_teams.serializers import ResponsibilitySerializer


class Team(models.TextChoices):
    NORTH = "norr", "Norr"
    MIDDLE = "mellan", "Mellan"
    SOUTH = "sodra", "Södra"


class TeamRole(models.TextChoices):
    LEAD = "lead", "Uppdragsansvarig"
    COUNTY_LEAD = "county_lead", "Länsansvarig"
    SUBJECT_LEAD = "subject_lead", "Ansvarig för sakfrågor"


class County(index.Indexed, models.Model):
    """One of Sweden's 21 counties (län) and the team that answers for it."""

    name = models.CharField("namn", max_length=60, unique=True, help_text="T.ex. Norrbotten.")
    official_name = models.CharField(
        "officiellt namn", max_length=80, help_text="T.ex. Norrbottens län."
    )
    letter_code = models.CharField(
        "länsbokstav", max_length=2, unique=True, help_text="Länsbokstäver, t.ex. BD."
    )
    number_code = models.CharField(
        "länskod", max_length=2, unique=True, help_text="Tvåsiffrig länskod från SCB, t.ex. 25."
    )
    slug = models.SlugField(
        "webbadress",
        max_length=60,
        unique=True,
        blank=True,
        help_text="Del av länssidans adress; skapas av namnet om fältet lämnas tomt.",
    )
    development_organisation = models.CharField(
        "regionalt utvecklingsansvarig aktör",
        max_length=120,
        help_text="T.ex. Region Norrbotten.",
    )
    team = models.CharField(
        "team", max_length=10, choices=Team.choices, help_text="Teamet som ansvarar för länet."
    )

    api_fields = [
        APIField("name"),
        APIField("official_name"),
        APIField("slug"),
        APIField("letter_code"),
        APIField("number_code"),
        APIField("development_organisation"),
        APIField("team"),
        APIField(
            "responsibilities",
            serializer=ResponsibilitySerializer(source="public_responsibilities", many=True),
        ),
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("official_name")]),
        FieldRowPanel([FieldPanel("letter_code"), FieldPanel("number_code"), FieldPanel("slug")]),
        FieldPanel("development_organisation"),
        FieldPanel("team"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("official_name"),
        index.SearchField("development_organisation"),
        index.FilterField("team"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "län"
        verbose_name_plural = "län"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name.replace("å", "a").replace("ä", "a").replace("ö", "o"))
        super().save(*args, **kwargs)

    @property
    def public_responsibilities(self):
        """Published responsibilities of people shown publicly (the API's listing prefetches
        them as `prefetched_responsibilities`)."""
        if hasattr(self, "prefetched_responsibilities"):
            return self.prefetched_responsibilities
        return self.responsibilities.public().select_related("contact").order_by("role", "pk")

    def meetings_concerning(self):
        """Forum meetings naming this county, or naming none (then they concern all 21).

        The meeting model is the one whose `counties` relation points here (`self.meetings`):
        the forum depends on the counties, not the other way round."""
        meeting_model = self.meetings.model
        return (
            meeting_model.objects.live()
            .public()
            .filter(Q(counties=self) | Q(counties__isnull=True))
            .distinct()
            .order_by("-starts_at")
        )


class RoleDescription(models.Model):
    """What a role in a team does, as the agency describes it."""

    role = models.CharField(
        "roll",
        max_length=20,
        choices=TeamRole.choices,
        unique=True,
        help_text="Rollen som beskrivs; varje roll beskrivs en gång.",
    )
    summary = models.TextField(
        "sammanfattning", blank=True, help_text="Vem som har rollen och vad den ansvarar för."
    )
    duties = models.TextField(
        "i funktionen ingår att",
        help_text="En uppgift per rad; visas som punktlista på teamsidorna.",
    )

    panels = [FieldPanel("role"), FieldPanel("summary"), FieldPanel("duties")]

    class Meta:
        ordering = ["role"]
        verbose_name = "rollbeskrivning"
        verbose_name_plural = "rollbeskrivningar"

    def __str__(self):
        return self.get_role_display()

    @property
    def duty_list(self):
        return [line.strip(" •-\t") for line in self.duties.splitlines() if line.strip(" •-\t")]


class CountyResponsibilityQuerySet(models.QuerySet):
    def public(self):
        """What visitors may see: published responsibilities of people shown publicly. Drafts
        (new rows with live=False, or pending revisions of live rows) stay out."""
        return self.filter(live=True, contact__is_public=True)


class CountyResponsibility(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """Who answers for a county: its county lead, and subject leads with their subject area.

    Changes go through drafts and approval; the row holds the published version.
    """

    county = models.ForeignKey(
        County,
        verbose_name="län",
        on_delete=models.CASCADE,
        related_name="responsibilities",
        help_text="Länet som personen ansvarar för.",
    )
    contact = models.ForeignKey(
        Contact,
        verbose_name="person",
        on_delete=models.CASCADE,
        related_name="responsibilities",
        help_text="Personen på Tillväxtverket.",
    )
    role = models.CharField(
        "roll",
        max_length=20,
        choices=[c for c in TeamRole.choices if c[0] != TeamRole.LEAD],
        default=TeamRole.COUNTY_LEAD,
        help_text="Länsansvarig, eller ansvarig för sakfrågor (ange då sakområde).",
    )
    subject = models.CharField(
        "sakområde",
        max_length=120,
        blank=True,
        help_text="Krävs för ansvariga för sakfrågor, t.ex. Kompetensförsörjning.",
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="county_responsibility")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="county_responsibility",
        for_concrete_model=False,
    )

    objects = CountyResponsibilityQuerySet.as_manager()

    panels = [
        FieldPanel("county"),
        FieldPanel("contact"),
        FieldPanel("role"),
        FieldPanel("subject"),
    ]

    class Meta:
        ordering = ["county__name", "role", "contact__name"]
        verbose_name = "länsansvar"
        verbose_name_plural = "länsansvar"
        constraints = [
            models.UniqueConstraint(
                fields=["county", "contact", "role", "subject"], name="unique_county_responsibility"
            )
        ]

    def __str__(self):
        label = self.get_role_display()
        if self.subject:
            label = f"{label} ({self.subject})"
        return f"{self.contact} – {label}, {self.county}"

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        if self.role == TeamRole.SUBJECT_LEAD and not self.subject.strip():
            raise ValidationError({"subject": "Ange sakområde för en ansvarig för sakfrågor."})
        if self.role == TeamRole.COUNTY_LEAD:
            self.subject = ""
