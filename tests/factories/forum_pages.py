import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from forum_pages.models import (
    ForumIndexPage,
    ForumKind,
    ForumMeetingBriefing,
    ForumMeetingPage,
    ForumMember,
    PoliticalSide,
    ReportIndexPage,
    ReportKind,
    ReportPage,
    StrategyThemeIndexPage,
    StrategyThemePage,
)
from tests.factories.region_teams import county


def in_days(days, hour=10):
    return timezone.localtime().replace(hour=hour, minute=0, second=0, microsecond=0) + (
        datetime.timedelta(days=days)
    )


class ForumIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ForumIndexPage

    title = "Regeringens forum för regionerna"
    slug = "forum"
    intro = "Forumet är regeringens mötesplats med politiker och tjänstemän från alla 21 regioner."


class ForumMeetingPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ForumMeetingPage

    title = factory.Sequence(lambda n: f"Politikerforum {n}")
    forum = ForumKind.POLITICIANS
    starts_at = factory.LazyFunction(lambda: in_days(30))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=3))
    location = "Rosenbad, Stockholm"
    agenda = "<p>Dagordning: kompetensförsörjning i regionerna.</p>"


class StrategyThemeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StrategyThemeIndexPage

    title = "Nationell strategi 2015–2020"
    slug = "teman"


class StrategyThemePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StrategyThemePage

    title = factory.Iterator(
        [
            "Innovation och företagande",
            "Attraktiva miljöer och tillgänglighet",
            "Kompetensförsörjning",
            "Internationellt samarbete",
        ]
    )
    intro = "En prioritering i den nationella strategin."


class ReportIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ReportIndexPage

    title = "Rapporter"
    slug = "rapporter"


class ReportPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ReportPage

    title = factory.Sequence(lambda n: f"Tillstånd och trender för regional tillväxt {n}")
    year = 2018
    kind = ReportKind.TRENDS
    summary = "<p>En sammanställning av läget i regionerna.</p>"


class ForumMemberFactory(DjangoModelFactory):
    class Meta:
        model = ForumMember

    county = factory.LazyFunction(lambda: county("Norrbotten"))
    name = factory.Sequence(lambda n: f"Ledamot {n}")
    title = "Regionråd"
    forum = ForumKind.POLITICIANS
    political_side = PoliticalSide.MAJORITY
    term_start = datetime.date(2023, 1, 1)


class ForumMeetingBriefingFactory(DjangoModelFactory):
    """A video briefing; pass the meeting as `page`."""

    class Meta:
        model = ForumMeetingBriefing

    starts_at = factory.LazyAttribute(lambda o: o.page.starts_at + datetime.timedelta(days=14))
    duration = 45
    join_url = "https://video.example.se/forum"
    join_instructions = "Anmäl dig till kansliet så skickar vi länken."
