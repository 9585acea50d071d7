"""The forum's snippets: the members the regions nominate."""

import datetime

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from forum_pages.choices import ForumKind, PoliticalSide
from region_teams.serializers import CountyReferenceSerializer


class ForumMemberQuerySet(models.QuerySet):
    def live(self):
        """Published members only: a new member saved as a draft has live=False; a draft change
        to a published member stays in its revisions until approved and published."""
        return self.filter(live=True)

    def current(self, on=None):
        return self.overlapping(on or datetime.date.today(), on or datetime.date.today())

    def overlapping(self, start, end):
        """Members whose term shares at least one day with [start, end]; end None means open."""
        members = self.filter(Q(term_end__isnull=True) | Q(term_end__gte=start))
        if end is not None:
            members = members.filter(term_start__lte=end)
        return members


class ForumMember(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model
):
    """A person a region has nominated to the politicians' or the officials' forum.

    Changes go through drafts and approval: the row holds the published version,
    drafts are revisions, and the public site lists live members only.
    """

    county = models.ForeignKey(
        "region_teams.County",
        verbose_name="region (län)",
        on_delete=models.PROTECT,
        related_name="forum_members",
        help_text="Regionen (länet) som har utsett ledamoten.",
    )
    name = models.CharField("namn", max_length=120, help_text="Ledamotens för- och efternamn.")
    title = models.CharField(
        "titel",
        max_length=160,
        blank=True,
        help_text="T.ex. regionråd eller regionutvecklingsdirektör.",
    )
    party = models.CharField(
        "parti", max_length=80, blank=True, help_text="Endast för politiker, t.ex. (S) eller (M)."
    )
    forum = models.CharField(
        "forum",
        max_length=20,
        choices=ForumKind.choices,
        help_text="Politikerforum eller tjänstemannaforum.",
    )
    political_side = models.CharField(
        "politisk sida",
        max_length=20,
        choices=PoliticalSide.choices,
        blank=True,
        help_text="Krävs för politiker: majoritet eller opposition.",
    )
    term_start = models.DateField("ledamot från", help_text="Första dagen som ledamot.")
    term_end = models.DateField(
        "ledamot till", null=True, blank=True, help_text="Tomt = tills vidare."
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="forum_member")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="forum_member",
        for_concrete_model=False,
    )

    objects = ForumMemberQuerySet.as_manager()

    panels = [
        FieldPanel("county"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("forum"), FieldPanel("political_side"), FieldPanel("party")]),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
    ]
    api_fields = [
        APIField("name"),
        APIField("title"),
        APIField("party"),
        APIField("forum"),
        APIField("political_side"),
        APIField("county", serializer=CountyReferenceSerializer()),
        APIField("term_start"),
        APIField("term_end"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("title"),
        index.SearchField("party"),
        index.FilterField("forum"),
        index.FilterField("county_id"),
    ]

    class Meta:
        ordering = ["county__name", "forum", "political_side", "name"]
        verbose_name = "ledamot"
        verbose_name_plural = "ledamöter"

    def __str__(self):
        return f"{self.name} ({self.county}, {self.get_forum_display()})"

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        self.clean_side()
        if self.term_end and self.term_start and self.term_end < self.term_start:
            raise ValidationError({"term_end": "Mandatperioden kan inte sluta innan den börjar."})
        if self.county_id and self.term_start:
            self.clean_seats()

    def clean_side(self):
        if self.forum == ForumKind.POLITICIANS and not self.political_side:
            raise ValidationError(
                {"political_side": "Ange om politikern företräder majoriteten eller oppositionen."}
            )
        if self.forum == ForumKind.OFFICIALS and self.political_side:
            raise ValidationError(
                {"political_side": "Tjänstemän företräder ingen politisk sida; lämna fältet tomt."}
            )

    def clean_seats(self):
        """Each region names one majority and one opposition politician, one official.

        Only live (published) members hold a seat: a draft nomination nobody has approved, or a
        rejected one left behind, must not block the region's real nomination.
        """
        rivals = ForumMember.objects.live().filter(county_id=self.county_id, forum=self.forum)
        rivals = rivals.exclude(pk=self.pk).overlapping(self.term_start, self.term_end)
        if self.forum == ForumKind.POLITICIANS:
            rival = rivals.filter(political_side=self.political_side).first()
            if rival:
                side = self.get_political_side_display().lower()
                raise ValidationError(
                    f"{self.county} har redan en politiker för {side} i politikerforum under "
                    f"perioden: {rival.name}. Varje region utser högst två politiker, en från "
                    "majoriteten och en från oppositionen."
                )
        else:
            rival = rivals.first()
            if rival:
                raise ValidationError(
                    f"{self.county} har redan en ledamot i tjänstemannaforum under perioden: "
                    f"{rival.name}. Varje region utser en ledamot till tjänstemannaforum."
                )
