import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from core.models import Contact
from region_teams.models import (
    ActionStatus,
    County,
    CountyResponsibility,
    FollowUpAction,
    RegionDialoguePage,
    RegionTeamIndexPage,
    RegionTeamPage,
    RoleDescription,
    StaffAreaPage,
    Team,
    TeamRole,
)


class ContactFactory(DjangoModelFactory):
    class Meta:
        model = Contact

    name = factory.Sequence(lambda n: f"Kontakt Person {n}")
    title = "Handläggare"
    unit = "Enheten för regionalt tillväxtarbete"
    email = factory.Sequence(lambda n: f"kontakt{n}@example.se")
    phone = "08-000 00 00"


def county(name):
    """The migrated reference row: counties are data every installation has, not test data."""
    return County.objects.get(name=name)


class CountyResponsibilityFactory(DjangoModelFactory):
    class Meta:
        model = CountyResponsibility

    county = factory.LazyFunction(lambda: county("Norrbotten"))
    contact = factory.SubFactory(ContactFactory)
    role = TeamRole.COUNTY_LEAD


class RoleDescriptionFactory(DjangoModelFactory):
    class Meta:
        model = RoleDescription

    role = TeamRole.COUNTY_LEAD
    summary = ""
    duties = "Ansvara för den regionala omvärldsbevakningen\nDelta i regionala nätverk"


class RegionTeamIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RegionTeamIndexPage

    title = "Strategiskt regionarbete"
    slug = "strategiskt-regionarbete"
    body = "<p>Tre team ansvarar för sju län vardera.</p>"


class RegionTeamPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RegionTeamPage

    title = factory.LazyAttribute(lambda o: f"Team {Team(o.team).label}")
    slug = factory.LazyAttribute(lambda o: o.team)
    team = Team.NORTH
    lead = factory.SubFactory(ContactFactory)


class StaffAreaPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StaffAreaPage

    title = "För medarbetare"
    slug = "for-medarbetare"
    show_in_menus = True  # even then, visitors must never see it in the menu


class RegionDialoguePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RegionDialoguePage

    title = factory.Sequence(lambda n: f"Regiondialog {n}")
    county = factory.LazyFunction(lambda: county("Gotland"))
    date = datetime.date(2026, 3, 12)
    intro = "Dialog om kompetensförsörjning."


class FollowUpActionFactory(DjangoModelFactory):
    class Meta:
        model = FollowUpAction

    # page: pass the RegionDialoguePage the action belongs to
    description = factory.Sequence(lambda n: f"Insats {n}")
    owner = factory.SubFactory(ContactFactory)
    due_date = datetime.date(2026, 6, 1)
    status = ActionStatus.PLANNED
