"""Builds the demo site from `demo.content` with the test factories, creating only what is missing.

Every object is looked up by its natural key (a page by its parent and slug, a contact by name, a
user by username …) before a factory creates it, so a second run adds nothing and what an editor
has changed since stays as it is.
"""

import datetime
import functools
import zoneinfo
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    RevisionMixin,
    Site,
)

from core.models import Contact
from demo import content
from editorial import roles
from editorial import setup as editorial_setup
from forum_pages.models import (
    ForumMeetingBriefing,
    ForumMeetingDocument,
    ForumMeetingParticipant,
)
from home.models import FormField, HomePage, PortalSettings
from news.models import ArticleKind
from region_teams.models import (
    County,
    DialogueIssue,
    DialogueParticipant,
    DialoguePhase,
    FollowUpAction,
)
from regional_statistics.models import DatasetRow, StatisticsPageDataset
from tests.factories.documents import DocumentFactory
from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingPageFactory,
    ForumMemberFactory,
    ReportIndexPageFactory,
    ReportPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
)
from tests.factories.home import FormPageFactory, HomePageFactory, StandardPageFactory
from tests.factories.images import ImageFactory
from tests.factories.news import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.region_teams import (
    ContactFactory,
    CountyResponsibilityFactory,
    RegionDialoguePageFactory,
    RegionTeamIndexPageFactory,
    RegionTeamPageFactory,
    RoleDescriptionFactory,
    StaffAreaPageFactory,
)
from tests.factories.regional_statistics import DatasetFactory, StatisticsPageFactory
from tests.factories.search import SearchPromotionFactory
from tests.factories.subscriptions import SubscriptionPageFactory
from tests.factories.users import UserFactory

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
WELCOME_TITLE = "Welcome to your new Wagtail site!"


@functools.cache
def get_or_create(factory_class, *keys):
    """The factory, finding an existing object by `keys` instead of creating a second one."""
    meta = type("Meta", (), {"django_get_or_create": keys})
    return type(factory_class.__name__, (factory_class,), {"Meta": meta})


class DemoBuilder:
    """Creates the missing parts of the demo site; `warnings` says what was left out and why."""

    def __init__(self):
        self.permissions_added = 0
        self.warnings = []
        self.contacts = {}
        self.documents = {}
        self.images = {}
        self.counties = {}

    def build(self):
        self.counties = {county.name: county for county in County.objects.all()}
        self.build_contacts()
        self.build_documents()
        self.home, home_created = self.build_home()
        self.build_site()
        # Before the meetings and reports: their publication notices need the page for their
        # links, and sent to nobody now they do not wait for a later subscriber.
        self.body_page(self.home, SubscriptionPageFactory, content.SUBSCRIPTION_PAGE)
        self.forum = self.stream_page(self.home, ForumIndexPageFactory, content.FORUM)
        self.build_themes()
        self.build_meetings()
        self.build_region_work()
        self.build_reports()
        self.build_news()
        for spec in content.STANDARD_PAGES:
            self.stream_page(self.home, StandardPageFactory, spec)
        if home_created:
            self.publish_home()
        self.build_portal_settings()
        self.build_accounts()
        self.build_staff_area()
        self.build_accessibility_statement()
        self.build_search_promotions()
        self.build_statistics()

    # Snippets and documents -------------------------------------------------------------------

    def build_contacts(self):
        contact_factory = get_or_create(ContactFactory, "name")
        # The factory's example title, unit and addresses would show on the site: left empty.
        blank = {"title": "", "unit": "", "email": "", "phone": ""}
        for spec in [*content.CONTACTS, *content.EXAMPLE_CONTACTS]:
            contact = contact_factory(**{**blank, **spec})
            self.contacts[contact.name] = contact

    def build_documents(self):
        self.document(content.MEETING_DOCUMENT, "exempelunderlag-forummote.pdf")
        for report in content.REPORTS:
            if report["document"]:
                self.document(report["document"], f"{report['slug']}-exempel.pdf")

    def document(self, title, filename, **fields):
        document_factory = get_or_create(DocumentFactory, "title")
        self.documents[title] = document_factory(
            title=title, pdf_text=content.EXAMPLE_PDF_TEXT, filename=filename, **fields
        )

    def build_role_descriptions(self):
        role_factory = get_or_create(RoleDescriptionFactory, "role")
        for role, spec in content.ROLE_DESCRIPTIONS.items():
            role_factory(role=role, summary=spec["summary"], duties="\n".join(spec["duties"]))

    def build_responsibilities(self):
        for county, name, role, subject in content.COUNTY_RESPONSIBILITIES:
            fields = {
                "county": self.counties[county],
                "contact": self.contacts[name],
                "role": role,
                "subject": subject,
            }
            self.snippet(CountyResponsibilityFactory, fields, f"Länsansvaret för {name}")

    def build_forum_members(self):
        for county, name, (forum, side, title) in content.FORUM_MEMBERS:
            fields = {"county": self.counties[county], "name": name, "forum": forum}
            extra = {
                "title": title,
                "political_side": side,
                "term_start": content.MEMBER_TERM_START,
            }
            self.snippet(ForumMemberFactory, fields, f"Ledamoten {name} ({county})", extra)

    def snippet(self, factory_class, lookup, label, extra=None):
        """Create the snippet unless one matches `lookup`, and only if its own rules allow it:
        real data entered earlier (a region's two politicians) wins over demo data."""
        instance = factory_class.build(**lookup, **(extra or {}))
        if type(instance).objects.filter(**lookup).exists():
            return
        try:
            instance.full_clean()
        except ValidationError as error:
            self.warnings.append(f"{label} skapades inte: {' '.join(error.messages)}")
            return
        instance.save()
        if isinstance(instance, RevisionMixin):
            # Snippets under approval start with a published revision: history and compare
            # have a base, and the row stays live.
            instance.save_revision().publish()

    # Pages --------------------------------------------------------------------------------------

    def page(self, parent, factory_class, **fields):
        """The child of parent with this slug, created by the factory and published if missing."""
        try:
            page = get_or_create(factory_class, "parent", "slug")(parent=parent, **fields)
        except ValidationError as error:  # the slug is taken by a page of another type
            raise CommandError(
                f"Sidan {parent.url_path}{fields['slug']}/ kan inte skapas: "
                f"{' '.join(error.messages)}"
            ) from error
        if page.latest_revision_id is None:
            page.save_revision().publish()
        return page

    def common(self, spec, show_in_menus=True):
        return {
            "slug": spec["slug"],
            "title": spec["title"],
            "intro": spec["intro"],
            "content_owner": self.contacts[spec["owner"]],
            "show_in_menus": spec.get("show_in_menus", show_in_menus),
        }

    def stream_page(self, parent, factory_class, spec):
        """A page whose body is a StreamField written in demo.content's block vocabulary."""
        return self.page(parent, factory_class, **self.common(spec), body=self.stream(spec["body"]))

    def body_page(self, parent, factory_class, spec):
        """A page whose body is rich text."""
        return self.page(parent, factory_class, **self.common(spec), body=spec["body"])

    def build_home(self):
        existing = HomePage.objects.first()
        if existing is not None:
            return existing, False
        root = Page.get_first_root_node()
        self.remove_welcome_page(root)
        if root.get_children().filter(slug="home").exists():
            raise CommandError("Det finns redan en sida med adressen /home/ under roten.")
        spec = content.HOME
        # Published once at the end, when the pages its body links to exist.
        page = HomePageFactory(
            parent=root,
            slug="home",
            title=spec["title"],
            intro=spec["intro"],
            content_owner=self.contacts[spec["owner"]],
        )
        return page, True

    def remove_welcome_page(self, root):
        """Delete the page `wagtail start` creates, keeping the sites that pointed at it."""
        welcome = root.get_children().filter(title=WELCOME_TITLE).first()
        if welcome is None or welcome.specific_class is not Page or not welcome.is_leaf():
            return
        Site.objects.filter(root_page=welcome).update(root_page=root)
        welcome.delete()

    def publish_home(self):
        self.home.body = self.stream(content.HOME["body"])
        self.home.save_revision().publish()

    def build_site(self):
        """Point the default site at the home page, at the address the portal is served on.

        Canonical links and the sitemap use the site's host; Wagtail's own default (localhost:80)
        is replaced by WAGTAILADMIN_BASE_URL's, an administrator's own host is kept.
        """
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        wanted = {
            "root_page_id": self.home.pk,
            "site_name": site.site_name or settings.WAGTAIL_SITE_NAME,
        }
        if site.pk is None or (site.hostname, site.port) == ("localhost", 80):
            wanted.update(served_address())
        changes = {field: value for field, value in wanted.items() if getattr(site, field) != value}
        if changes:
            for field, value in changes.items():
                setattr(site, field, value)
            site.save()

    def build_themes(self):
        index = self.body_page(self.home, StrategyThemeIndexPageFactory, content.THEME_INDEX)
        owner = self.contacts[content.ANNA_EBENMARK]
        self.themes = {
            slug: self.page(
                index,
                StrategyThemePageFactory,
                slug=slug,
                title=title,
                intro=content.THEME_INTRO,
                content_owner=owner,
            )
            for slug, title in content.THEMES
        }

    def build_meetings(self):
        anchor = self.meeting_anchor()
        for meeting_round in content.MEETING_ROUNDS:
            for kind, forum in content.MEETING_FORUMS.items():
                slug = f"{forum['slug']}-{meeting_round['theme']}"
                fields = self.meeting_fields(anchor, meeting_round, kind)
                self.page(self.forum, ForumMeetingPageFactory, slug=slug, **fields)

    def meeting_anchor(self):
        """The day the demo was first loaded, so a meeting recreated later keeps its place."""
        published = self.forum.first_published_at
        return timezone.localdate(published) if published else timezone.localdate()

    def meeting_fields(self, anchor, meeting_round, kind):
        forum = content.MEETING_FORUMS[kind]
        theme = self.themes[meeting_round["theme"]]
        day = round_day(anchor + datetime.timedelta(days=meeting_round["days"]))
        day -= datetime.timedelta(days=forum["days_before_round"])
        starts_at, ends_at = (
            datetime.datetime.combine(day, time, tzinfo=STOCKHOLM) for time in forum["times"]
        )
        is_digital = meeting_round.get("digital") == kind
        fields = {
            "title": f"{forum['label']}: {theme.title}",
            "intro": content.meeting_intro(forum["label"], theme.title),
            "content_owner": self.contacts[content.ANNA_EBENMARK],
            "forum": kind,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "is_digital": is_digital,
            "location": "" if is_digital else forum["location"],
            "theme": theme,
            "agenda": content.meeting_agenda(theme.title),
            "participants": [
                ForumMeetingParticipant(group=group, name=name, role=role)
                for group, name, role in forum["participants"]
            ],
            "briefings": self.meeting_briefings(kind, ends_at),
        }
        if ends_at < timezone.now():
            fields["outcome"] = content.meeting_outcome(theme.title)
        if meeting_round.get("documents"):
            document = self.documents[content.MEETING_DOCUMENT]
            label = f"Underlag: {theme.title} (exempel)"
            fields["documents"] = [ForumMeetingDocument(document=document, title=label)]
        return fields

    def meeting_briefings(self, kind, ends_at):
        """The video briefing after a round's politicians' forum (example data)."""
        spec = content.MEETING_BRIEFING
        if kind != spec["forum"]:
            return []
        day = timezone.localtime(ends_at, STOCKHOLM).date() + datetime.timedelta(
            days=spec["days_after"]
        )
        starts_at = datetime.datetime.combine(day, spec["time"], tzinfo=STOCKHOLM)
        briefing = ForumMeetingBriefing(
            starts_at=starts_at,
            duration=spec["duration"],
            join_instructions=spec["join_instructions"],
        )
        return [briefing]

    def build_region_work(self):
        index = self.body_page(self.home, RegionTeamIndexPageFactory, content.REGION_INDEX)
        for team in content.TEAMS:
            self.page(index, RegionTeamPageFactory, **self.team_fields(team))
        self.build_role_descriptions()
        self.build_responsibilities()
        self.build_forum_members()

    def team_fields(self, team):
        return {
            "slug": team["slug"],
            "title": team["title"],
            "intro": team["intro"],
            "content_owner": self.contacts[content.INGRID_ARLTOFT_HENRIKSSON],
            "team": team["team"],
            "lead": self.contacts[team["lead"]],
            "lead_is_acting": team["lead_is_acting"],
            "body": content.TEAM_BODY,
        }

    def build_reports(self):
        index = self.body_page(self.home, ReportIndexPageFactory, content.REPORT_INDEX)
        for report in content.REPORTS:
            self.page(index, ReportPageFactory, **self.report_fields(report))

    def report_fields(self, report):
        return {
            "slug": report["slug"],
            "title": report["title"],
            "intro": report["intro"],
            "content_owner": self.contacts[content.ANNA_EBENMARK],
            "year": report["year"],
            "kind": report["kind"],
            "summary": report["summary"],
            "document": self.documents.get(report["document"]),
            "themes": [self.themes[slug] for slug in report["themes"]],
            "counties": [self.counties[name] for name in report["counties"]],
        }

    def build_news(self):
        index = self.page(self.home, NewsIndexPageFactory, **self.common(content.NEWS_INDEX))
        for article in content.ARTICLES:
            self.page(
                index,
                ArticlePageFactory,
                **self.common(article, show_in_menus=False),
                date=article["date"],
                kind=ArticleKind.INTERVIEW,
                body=self.stream(article["body"]),
            )

    # StreamField data -------------------------------------------------------------------------

    def stream(self, blocks):
        return [{"type": kind, "value": self.block_value(kind, value)} for kind, value in blocks]

    def block_value(self, kind, value):
        """Replace the natural keys demo.content uses with the ids the blocks store."""
        if kind == "contact_card":
            return {**value, "contact": self.contacts[value["contact"]].pk}
        if kind == "call_to_action":
            return {**value, "page": self.home_child(value["page"]).pk, "url": ""}
        if kind == "document_list":
            return {**value, "documents": [self.documents[t].pk for t in value["documents"]]}
        if kind == "image":
            return {**value, "image": self.images[value["image"]].pk}
        return value

    def home_child(self, slug):
        return self.home.get_children().get(slug=slug)

    # Settings, groups and accounts -----------------------------------------------------------

    def build_portal_settings(self):
        """Fill the fields that are still empty; an editor's own values are kept."""
        portal = PortalSettings.load()
        values = {
            **content.PORTAL_SETTINGS,
            "about_page": self.home_child("om-webbplatsen"),
            "privacy_page": self.home_child("personuppgifter"),
        }
        missing = {field: value for field, value in values.items() if not getattr(portal, field)}
        for field, value in missing.items():
            setattr(portal, field, value)
        if missing:
            portal.save()

    def build_accounts(self):
        groups, self.permissions_added = roles.ensure_groups()
        # Workflows on the sections that exist only now (the forum), see editorial.setup.
        self.permissions_added += editorial_setup.ensure_editorial_setup(apps)
        user_factory = get_or_create(UserFactory, "username")
        for username, first_name, last_name, group, superuser in content.DEMO_USERS:
            user_factory(
                username=username,
                first_name=first_name,
                last_name=last_name,
                is_superuser=superuser,
                is_staff=superuser,
                password=content.DEMO_PASSWORD,  # hashed by the factory
                groups=[groups[group]],
            )
        for username, name in content.DEMO_USER_CONTACTS.items():
            contact = self.contacts[name]
            user = get_user_model().objects.get(username=username)
            if contact.user_id is None and not Contact.objects.filter(user=user).exists():
                contact.user = user
                contact.save(update_fields=["user"])

    # Staff area ------------------------------------------------------------------------------

    def build_staff_area(self):
        """ "För medarbetare", restricted to the staff groups before it is first published."""
        spec = content.STAFF_AREA
        area = get_or_create(StaffAreaPageFactory, "parent", "slug")(
            parent=self.home, **self.common(spec), body=spec["body"], live=False
        )
        self.restrict_to_staff(area)
        if area.latest_revision_id is None:
            area.save_revision().publish()
        anchor = timezone.localdate(area.first_published_at)
        for dialogue in content.DIALOGUES:
            fields = self.dialogue_fields(anchor, dialogue)
            self.page(area, RegionDialoguePageFactory, **fields)
        self.build_staff_files()
        self.stream_page(area, StandardPageFactory, content.STAFF_FILES_PAGE)

    def build_staff_files(self):
        """The files of the staff pages, in the collection only the staff groups may see."""
        collection = self.staff_collection()
        self.document(content.STAFF_DOCUMENT, "mall-dialogprotokoll.pdf", collection=collection)
        image_factory = get_or_create(ImageFactory, "title")
        self.images[content.STAFF_IMAGE] = image_factory(
            title=content.STAFF_IMAGE, collection=collection
        )

    def staff_collection(self):
        """ "Personal", restricted like the staff area unless it has a restriction already."""
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=content.STAFF_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=content.STAFF_COLLECTION)
        if not CollectionViewRestriction.objects.filter(collection=collection).exists():
            restriction = CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=CollectionViewRestriction.GROUPS
            )
            restriction.groups.set(Group.objects.filter(name__in=roles.GROUPS))
        return collection

    def restrict_to_staff(self, area):
        """Add the group restriction unless the page has one (an administrator's is kept)."""
        if PageViewRestriction.objects.filter(page=area).exists():
            return
        restriction = PageViewRestriction.objects.create(
            page=area, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=roles.GROUPS))

    def dialogue_fields(self, anchor, spec):
        def day(offset):
            return anchor + datetime.timedelta(days=offset)

        return {
            "slug": spec["slug"],
            "title": spec["title"],
            "intro": content.EXAMPLE_DIALOGUE_NOTE,
            "content_owner": self.contacts[content.INGRID_ARLTOFT_HENRIKSSON],
            "county": self.counties[spec["county"]],
            "date": day(spec["days"]),
            "current_phase": DialoguePhase.objects.filter(number=spec["phase"]).first(),
            "feedback": spec["feedback"],
            "participants": [
                DialogueParticipant(name=name, organisation=organisation, kind=kind)
                for name, organisation, kind in spec["participants"]
            ],
            "subject_issues": [
                DialogueIssue(subject=subject, description=description)
                for subject, description in spec["issues"]
            ],
            "actions": [
                FollowUpAction(
                    description=description,
                    owner=self.contacts[owner],
                    due_date=day(due),
                    status=status,
                )
                for description, owner, due, status in spec["actions"]
            ],
        }

    # Accessibility statement, search promotions, statistics ----------------------------------

    def build_accessibility_statement(self):
        spec = content.ACCESSIBILITY_STATEMENT
        page = self.page(
            self.home,
            FormPageFactory,
            **self.common(spec),
            body=self.stream(spec["body"]),
            form_heading=spec["form_heading"],
            thank_you_text=spec["thank_you_text"],
            form_fields=[
                FormField(label=label, field_type=kind, required=required, help_text=help_text)
                for label, kind, required, help_text in spec["fields"]
            ],
        )
        portal = PortalSettings.load()
        if portal.accessibility_page_id is None:
            portal.accessibility_page = page
            portal.save(update_fields=["accessibility_page"])

    def build_search_promotions(self):
        """Editors' picks on the search page: the forum's start page for "forum" and "möten"."""
        promotion_factory = get_or_create(SearchPromotionFactory, "query", "page")
        for query_string, description in content.SEARCH_PROMOTIONS:
            promotion_factory(query_string=query_string, page=self.forum, description=description)

    def build_statistics(self):
        """The example dataset (published, with a first revision) and the statistics page."""
        dataset_factory = get_or_create(DatasetFactory, "name")
        dataset = dataset_factory(**content.DATASET, rows=example_rows())
        if dataset.latest_revision_id is None:
            dataset.save_revision().publish()
        spec = content.STATISTICS_PAGE
        self.page(
            self.home,
            StatisticsPageFactory,
            **self.common(spec),
            body=spec["body"],
            dataset_links=[StatisticsPageDataset(dataset=dataset)],
        )


def example_rows():
    counties = County.objects.order_by("number_code")
    places = [(None, None), *enumerate(counties)]
    return [
        DatasetRow(county=county, year=year, value=content.example_value(place, year))
        for place, county in places
        for year in content.STATISTICS_YEARS
    ]


def served_address():
    url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if url.scheme == "https" else 80
    return {"hostname": url.hostname or "localhost", "port": url.port or default_port}


def round_day(day):
    """The politicians' day of a round: a Thursday on or after day, and like the officials' day
    two weeks earlier, outside July and the Christmas holidays."""
    day += datetime.timedelta(days=(3 - day.weekday()) % 7)
    while is_holiday(day) or is_holiday(day - datetime.timedelta(days=14)):
        day += datetime.timedelta(days=7)
    return day


def is_holiday(day):
    return day.month == 7 or (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 6)
