import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from region_teams.models import (
    Contact,
    County,
    CountyResponsibility,
    RegionTeamIndexPage,
    RegionTeamPage,
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
