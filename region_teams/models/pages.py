"""The strategic regional work's public pages: the team index (with the county routes) and
the three team pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.search import index

from core.models import BasePage, Contact, body_text_field
from region_teams.models.dialogues import dialogues_visible_to
from region_teams.models.snippets import (
    County,
    CountyResponsibility,
    RoleDescription,
    Team,
    TeamRole,
)
from region_teams.serializers import CountyReferenceSerializer, PublicContactField


class RegionTeamIndexPage(BasePage):
    """The strategic regional work: the three teams, and a page per county as a route."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["region_teams.RegionTeamPage", "home.StandardPage"]
    max_count = 1
    page_description = "Startsida för det strategiska regionarbetet, med teamen och alla län."

    body = body_text_field()

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "startsida strategiskt regionarbete"
        verbose_name_plural = "översikter över regionarbetet"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["teams"] = self.get_teams()
        context["counties_by_team"] = counties_by_team(self.get_teams())
        return context

    def get_teams(self):
        return (
            RegionTeamPage.objects.child_of(self)
            .live()
            .public()
            .select_related("lead")
            .order_by("path")
        )

    def get_sitemap_urls(self, request=None):
        """This page, the county list and each county's page (routes, so Wagtail's sitemap
        does not know them); their content is this page's, so they share its lastmod."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not urls or base is None:
            return urls
        lastmod = urls[0].get("lastmod")
        paths = [self.reverse_subpage("county_list")] + [
            self.reverse_subpage("county", args=(slug,))
            for slug in County.objects.order_by("name").values_list("slug", flat=True)
        ]
        return urls + [{"location": base + route, "lastmod": lastmod} for route in paths]

    def get_cached_paths(self):
        slugs = County.objects.values_list("slug", flat=True)
        return [
            *super().get_cached_paths(),
            self.reverse_subpage("county_list"),
            *(self.reverse_subpage("county", args=[slug]) for slug in slugs),
        ]

    def county_url(self, county):
        return self.url + self.reverse_subpage("county", args=[county.slug])

    @path("lan/", name="county_list")
    def county_list(self, request):
        return self.render(
            request,
            context_overrides={"counties_by_team": counties_by_team(self.get_teams())},
            template="region_teams/county_index.html",
        )

    @path("lan/<slug:county_slug>/", name="county")
    def county(self, request, county_slug):
        county = County.objects.filter(slug=county_slug).first()
        if county is None:
            raise Http404("Länet finns inte.")
        context = {
            "county": county,
            **county_context(county, self.get_teams()),
            "dialogues": dialogues_visible_to(request, county),
        }
        return self.render(
            request, context_overrides=context, template="region_teams/county_page.html"
        )


def county_index_page():
    """The page under which county pages live as routes (`<index>/lan/<slug>/`), or None."""
    return RegionTeamIndexPage.objects.live().public().first()


def county_page_urls(counties):
    """Full URLs of the counties' pages, for a front cache to purge."""
    index = county_index_page()
    base = index.get_full_url() if index else None
    if base is None:
        return []
    return [base + index.reverse_subpage("county", args=[county.slug]) for county in counties]


class RegionTeamPage(BasePage):
    """One of the three cross-agency teams and the seven counties it answers for."""

    parent_page_types = ["region_teams.RegionTeamIndexPage"]
    subpage_types = []
    max_count = 3
    page_description = "Ett av de tre teamen (Norr, Mellan, Södra)."

    team = models.CharField(
        "team", max_length=10, choices=Team.choices, help_text="Vilket team sidan beskriver."
    )
    lead = models.ForeignKey(
        Contact,
        verbose_name="uppdragsansvarig",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Planerar, leder och koordinerar teamets strategiska regiondialoger.",
    )
    lead_is_acting = models.BooleanField(
        "tillförordnad (tf)", default=False, help_text="Markera om uppdragsansvarig är tf."
    )
    body = body_text_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("team"),
        MultiFieldPanel(
            [FieldPanel("lead"), FieldPanel("lead_is_acting")], heading="Uppdragsansvarig"
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("team")]
    api_fields = [
        *BasePage.api_fields,
        APIField("team"),
        APIField("lead", serializer=PublicContactField()),
        APIField("lead_is_acting"),
        APIField("counties", serializer=CountyReferenceSerializer(many=True)),
        APIField("body"),
    ]

    class Meta:
        verbose_name = "team"
        verbose_name_plural = "team"

    def clean(self):
        super().clean()
        twins = RegionTeamPage.objects.filter(team=self.team).exclude(pk=self.pk)
        if self.team and twins.exists():
            raise ValidationError({"team": "Det finns redan en sida för det här teamet."})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        counties = list(self.counties)
        responsibilities = (
            CountyResponsibility.objects.public()
            .filter(county__in=counties)
            .select_related("county", "contact")
        )
        context.update(
            counties=counties,
            county_leads=[r for r in responsibilities if r.role == TeamRole.COUNTY_LEAD],
            subject_leads=[r for r in responsibilities if r.role == TeamRole.SUBJECT_LEAD],
            roles={r.role: r for r in RoleDescription.objects.all()},
            county_index=self.get_parent().specific,
        )
        return context

    @cached_property
    def counties(self):
        return County.objects.filter(team=self.team)


def counties_by_team(teams):
    """[(team page or None, label, [counties])] in team order, one query for all counties."""
    pages = {page.team: page for page in teams}
    counties = list(County.objects.all())
    return [
        (pages.get(value), label, [c for c in counties if c.team == value])
        for value, label in Team.choices
    ]


def county_context(county, teams):
    """What a county page gathers; each list is one query, whatever its length."""
    responsibilities = county.responsibilities.public().select_related("contact")
    return {
        "team_page": next((t for t in teams if t.team == county.team), None),
        "county_leads": [r for r in responsibilities if r.role == TeamRole.COUNTY_LEAD],
        "subject_leads": [r for r in responsibilities if r.role == TeamRole.SUBJECT_LEAD],
        "forum_members": county.forum_members.live().current().select_related("county"),
        "reports": county.reports.live().public().order_by("-year", "title")[:20],
        "meetings": county.meetings_concerning().select_related("theme")[:10],
    }
