"""Builds the demo site from the seed texts in `home/demo_content.py`, creating what is missing."""

import datetime
import zoneinfo
from collections import Counter
from functools import partial
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, RevisionMixin, Site
from wagtail.utils.file import hash_filelike

from core.models import Contact
from editorial import roles
from editorial import setup as editorial_setup
from forum_pages.models import (
    ForumIndexPage,
    ForumMeetingBriefing,
    ForumMeetingDocument,
    ForumMeetingPage,
    ForumMeetingParticipant,
    ForumMember,
    ReportIndexPage,
    ReportPage,
    StrategyThemeIndexPage,
    StrategyThemePage,
)
from home import demo_content as content
from home.models import FormField, FormPage, HomePage, PortalSettings, StandardPage
from news.models import ArticleKind, ArticlePage, NewsIndexPage
from region_teams.models import (
    County,
    CountyResponsibility,
    DialogueIssue,
    DialogueParticipant,
    DialoguePhase,
    FollowUpAction,
    RegionDialoguePage,
    RegionTeamIndexPage,
    RegionTeamPage,
    RoleDescription,
    StaffAreaPage,
)
from regional_statistics.demo import load_statistics
from subscriptions import demo as subscriptions_demo

DEMO_PASSWORD = "demo1234"  # noqa: S105 - demo accounts only, printed as such
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
WAGTAIL_SITE_NAME = settings.WAGTAIL_SITE_NAME
WELCOME_TITLE = "Welcome to your new Wagtail site!"
# Every page owner needs an account for the approval workflow (issue #3): the forum's, themes'
# and reports' owner approves as `admin`; `innehallsansvarig` owns the regional work's pages.
DEMO_OWNER_ACCOUNTS = {"admin": content.ANNA_EBENMARK}


class DemoLoader:
    """Creates the missing parts of the demo site and counts what was created or already there."""

    def __init__(self):
        self.created = Counter()
        self.present = Counter()
        self.permissions_added = 0
        self.warnings = []
        self.contacts = {}
        self.documents = {}
        self.counties = {}

    def note(self, kind, created):
        (self.created if created else self.present)[kind] += 1

    def load(self):
        self.counties = {county.name: county for county in County.objects.all()}
        self.load_contacts()
        self.load_documents()
        self.home, home_created = self.load_home()
        self.load_site()
        # Before the meetings and reports: their publication notices need the page for their
        # links, and sent to nobody now they do not wait for a later subscriber.
        subscriptions_demo.load(self)
        self.forum = self.load_body_page(self.home, ForumIndexPage, content.FORUM)
        self.load_themes()
        self.load_meetings()
        self.load_region_work()
        self.load_reports()
        self.load_news()
        for spec in content.STANDARD_PAGES:
            self.load_body_page(self.home, StandardPage, spec)
        if home_created:
            self.publish_home()
        self.load_portal_settings()
        self.load_accounts()
        self.load_staff_area()
        self.load_accessibility_statement()
        self.load_search_promotions()
        load_statistics(self)

    # Snippets and documents -------------------------------------------------------------------

    def load_contacts(self):
        for spec in [*content.CONTACTS, *content.EXAMPLE_CONTACTS]:
            fields = {key: value for key, value in spec.items() if key != "name"}
            contact, created = Contact.objects.get_or_create(name=spec["name"], defaults=fields)
            self.contacts[contact.name] = contact
            self.note("kontaktpersoner", created)

    def load_documents(self):
        self.document(content.MEETING_DOCUMENT, "exempelunderlag-forummote.pdf")
        for report in content.REPORTS:
            if report["document"]:
                self.document(report["document"], f"{report['slug']}-exempel.pdf")

    def document(self, title, filename):
        model = get_document_model()
        document = model.objects.filter(title=title).first()
        self.note("dokument", document is None)
        if document is None:
            data = ContentFile(example_pdf(), name=filename)
            document = model(title=title, file=data, file_size=data.size)
            document.file_hash = hash_filelike(data)
            document.save()
        self.documents[title] = document

    def load_role_descriptions(self):
        for role, spec in content.ROLE_DESCRIPTIONS.items():
            _, created = RoleDescription.objects.get_or_create(
                role=role,
                defaults={"summary": spec["summary"], "duties": "\n".join(spec["duties"])},
            )
            self.note("rollbeskrivningar", created)

    def load_responsibilities(self):
        for county, name, role, subject in content.COUNTY_RESPONSIBILITIES:
            fields = {
                "county": self.counties[county],
                "contact": self.contacts[name],
                "role": role,
                "subject": subject,
            }
            exists = CountyResponsibility.objects.filter(**fields).exists()
            if not exists:
                self.save_valid(CountyResponsibility(**fields), f"Länsansvaret för {name}")
            self.note("länsansvar", not exists)

    def load_forum_members(self):
        for county, name, (forum, side, title) in content.FORUM_MEMBERS:
            fields = {"county": self.counties[county], "name": name, "forum": forum}
            exists = ForumMember.objects.filter(**fields).exists()
            if not exists:
                member = ForumMember(
                    **fields,
                    title=title,
                    political_side=side,
                    term_start=content.MEMBER_TERM_START,
                )
                self.save_valid(member, f"Ledamoten {name} ({county})")
            self.note("ledamöter", not exists)

    def save_valid(self, instance, label):
        """Save if the model's own rules allow it; real data entered earlier wins over demo data."""
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

    def page(self, parent, model, slug, build):
        """The page with this slug under parent; if missing, created from build() and published."""
        existing = parent.get_children().filter(slug=slug).first()
        self.note("sidor", existing is None)
        if existing is not None:
            if not isinstance(existing.specific, model):
                raise CommandError(
                    f"Sidan {existing.url_path} finns redan men är inte av typen "
                    f"{model._meta.verbose_name}."
                )
            return existing.specific
        page = model(slug=slug, **build())
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def common(self, spec, show_in_menus=True):
        return {
            "title": spec["title"],
            "intro": spec["intro"],
            "content_owner": self.contacts[spec["owner"]],
            "show_in_menus": spec.get("show_in_menus", show_in_menus),
        }

    def load_body_page(self, parent, model, spec):
        """A page whose body is a StreamField written in demo_content's block vocabulary."""
        return self.page(parent, model, spec["slug"], partial(self.body_page_fields, spec))

    def body_page_fields(self, spec):
        return {**self.common(spec), "body": self.stream(spec["body"])}

    def load_rich_text_page(self, parent, model, spec):
        return self.page(parent, model, spec["slug"], partial(self.rich_text_page_fields, spec))

    def rich_text_page_fields(self, spec):
        return {**self.common(spec), "body": spec["body"]}

    def load_home(self):
        home = HomePage.objects.first()
        self.note("sidor", home is None)
        if home is not None:
            return home, False
        root = Page.get_first_root_node()
        self.remove_welcome_page(root)
        if root.get_children().filter(slug="home").exists():
            raise CommandError("Det finns redan en sida med adressen /home/ under roten.")
        spec = content.HOME
        home = HomePage(slug="home", title=spec["title"], intro=spec["intro"])
        home.content_owner = self.contacts[spec["owner"]]
        # Published once at the end, when the pages its body links to exist.
        root.add_child(instance=home)
        return home, True

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

    def load_site(self):
        """Point the default site at the home page, at the address the portal is served on.

        Canonical links and the sitemap use the site's host; Wagtail's own default (localhost:80)
        is replaced by WAGTAILADMIN_BASE_URL's, an administrator's own host is kept.
        """
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        wanted = {"root_page_id": self.home.pk, "site_name": site.site_name or WAGTAIL_SITE_NAME}
        if site.pk is None or (site.hostname, site.port) == ("localhost", 80):
            wanted.update(served_address())
        changes = {field: value for field, value in wanted.items() if getattr(site, field) != value}
        self.note("webbplatser", bool(changes))
        if changes:
            for field, value in changes.items():
                setattr(site, field, value)
            site.save()

    def load_themes(self):
        index = self.load_rich_text_page(self.home, StrategyThemeIndexPage, content.THEME_INDEX)
        self.themes = {
            slug: self.page(index, StrategyThemePage, slug, partial(self.theme_fields, title))
            for slug, title in content.THEMES
        }

    def theme_fields(self, title):
        return {
            "title": title,
            "intro": content.THEME_INTRO,
            "content_owner": self.contacts[content.ANNA_EBENMARK],
        }

    def load_meetings(self):
        anchor = self.meeting_anchor()
        for meeting_round in content.MEETING_ROUNDS:
            for kind, forum in content.MEETING_FORUMS.items():
                slug = f"{forum['slug']}-{meeting_round['theme']}"
                build = partial(self.meeting_fields, anchor, meeting_round, kind)
                self.page(self.forum, ForumMeetingPage, slug, build)

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
        }
        if ends_at < timezone.now():
            fields["outcome"] = content.meeting_outcome(theme.title)
        if meeting_round.get("documents"):
            document = self.documents[content.MEETING_DOCUMENT]
            label = f"Underlag: {theme.title} (exempel)"
            fields["documents"] = [ForumMeetingDocument(document=document, title=label)]
        fields["briefings"] = self.meeting_briefings(kind, ends_at)
        return fields

    def meeting_briefings(self, kind, ends_at):
        """The video briefing after a round's politicians' forum (example data, seed 001)."""
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

    def load_region_work(self):
        index = self.load_rich_text_page(self.home, RegionTeamIndexPage, content.REGION_INDEX)
        for team in content.TEAMS:
            self.page(index, RegionTeamPage, team["slug"], partial(self.team_fields, team))
        self.load_role_descriptions()
        self.load_responsibilities()
        self.load_forum_members()

    def team_fields(self, team):
        return {
            "title": team["title"],
            "intro": team["intro"],
            "content_owner": self.contacts[content.INGRID_ARLTOFT_HENRIKSSON],
            "team": team["team"],
            "lead": self.contacts[team["lead"]],
            "lead_is_acting": team["lead_is_acting"],
            "body": content.TEAM_BODY,
        }

    def load_reports(self):
        index = self.load_rich_text_page(self.home, ReportIndexPage, content.REPORT_INDEX)
        for report in content.REPORTS:
            self.page(index, ReportPage, report["slug"], partial(self.report_fields, report))

    def report_fields(self, report):
        return {
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

    def load_news(self):
        spec = content.NEWS_INDEX
        index = self.page(self.home, NewsIndexPage, spec["slug"], partial(self.common, spec))
        for article in content.ARTICLES:
            self.page(index, ArticlePage, article["slug"], partial(self.article_fields, article))

    def article_fields(self, article):
        return {
            **self.common(article, show_in_menus=False),
            "date": article["date"],
            "kind": ArticleKind.INTERVIEW,
            "body": self.stream(article["body"]),
        }

    # StreamField data -------------------------------------------------------------------------

    def stream(self, blocks):
        return [{"type": kind, "value": self.block_value(kind, value)} for kind, value in blocks]

    def block_value(self, kind, value):
        """Replace the natural keys demo_content uses with the ids the blocks store."""
        if kind == "contact_card":
            return {**value, "contact": self.contacts[value["contact"]].pk}
        if kind == "call_to_action":
            return {**value, "page": self.home_child(value["page"]).pk, "url": ""}
        if kind == "document_list":
            return {**value, "documents": [self.documents[t].pk for t in value["documents"]]}
        return value

    def home_child(self, slug):
        return self.home.get_children().get(slug=slug)

    # Settings, groups and accounts -----------------------------------------------------------

    def load_portal_settings(self):
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
        self.note("portalinställningar", bool(missing))

    def load_accounts(self):
        existing = set(Group.objects.filter(name__in=roles.GROUPS).values_list("name", flat=True))
        for name in roles.GROUPS:
            self.note("grupper", name not in existing)
        groups, self.permissions_added = roles.ensure_groups()
        # Workflows on the sections that exist only now (the forum), see editorial.setup.
        self.permissions_added += editorial_setup.ensure_editorial_setup(apps)
        for username, first_name, last_name, group, superuser in content.DEMO_USERS:
            user = self.demo_user(username, first_name, last_name, superuser)
            if not user.groups.filter(pk=groups[group].pk).exists():
                user.groups.add(groups[group])
        for username, name in {**content.DEMO_USER_CONTACTS, **DEMO_OWNER_ACCOUNTS}.items():
            contact = self.contacts[name]
            user = get_user_model().objects.get(username=username)
            if contact.user_id is None and not Contact.objects.filter(user=user).exists():
                contact.user = user
                contact.save(update_fields=["user"])

    # Staff area (issue #4) ---------------------------------------------------------------------

    def load_staff_area(self):
        """ "För medarbetare", restricted to the staff groups before it is first published."""
        spec = content.STAFF_AREA
        area = self.home.get_children().filter(slug=spec["slug"]).first()
        self.note("sidor", area is None)
        if area is None:
            area = StaffAreaPage(
                slug=spec["slug"], body=spec["body"], live=False, **self.common(spec)
            )
            self.home.add_child(instance=area)
            self.restrict_to_staff(area)
            area.save_revision().publish()
        else:
            area = area.specific
            self.restrict_to_staff(area)
        anchor = timezone.localdate(area.first_published_at)
        for dialogue in content.DIALOGUES:
            build = partial(self.dialogue_fields, anchor, dialogue)
            self.page(area, RegionDialoguePage, dialogue["slug"], build)

    def restrict_to_staff(self, area):
        """Add the group restriction unless the page has one (an administrator's is kept)."""
        exists = PageViewRestriction.objects.filter(page=area).exists()
        self.note("sidbegränsningar", not exists)
        if not exists:
            restriction = PageViewRestriction.objects.create(
                page=area, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set(Group.objects.filter(name__in=roles.GROUPS))

    def dialogue_fields(self, anchor, spec):
        def day(offset):
            return anchor + datetime.timedelta(days=offset)

        return {
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

    # Accessibility statement (issue #4) ------------------------------------------------------

    def load_search_promotions(self):
        """Editors' picks on the search page: the forum's start page for "forum" and "möten"."""
        for query_string, description in content.SEARCH_PROMOTIONS:
            query = Query.get(query_string)
            _, created = SearchPromotion.objects.get_or_create(
                query=query,
                page=self.forum,
                defaults={"description": description, "sort_order": 0},
            )
            self.note("sökrekommendationer", created)

    def load_accessibility_statement(self):
        spec = content.ACCESSIBILITY_STATEMENT
        page = self.page(
            self.home, FormPage, spec["slug"], partial(self.accessibility_fields, spec)
        )
        portal = PortalSettings.load()
        self.note("portalinställningar", portal.accessibility_page_id is None)
        if portal.accessibility_page_id is None:
            portal.accessibility_page = page
            portal.save(update_fields=["accessibility_page"])

    def accessibility_fields(self, spec):
        return {
            **self.body_page_fields(spec),
            "form_heading": spec["form_heading"],
            "thank_you_text": spec["thank_you_text"],
            "form_fields": [
                FormField(label=label, field_type=kind, required=required, help_text=help_text)
                for label, kind, required, help_text in spec["fields"]
            ],
        }

    def demo_user(self, username, first_name, last_name, superuser):
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.se",
                "is_superuser": superuser,
                "is_staff": superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        self.note("användare", created)
        return user


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


def example_pdf(text=content.EXAMPLE_PDF_TEXT):
    """A valid one-page PDF showing one line of text, written by hand (no PDF library needed)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    # WinAnsiEncoding is Windows-1252, which has the en dash and the Swedish letters.
    stream = b"BT /F1 16 Tf 72 770 Td (" + escaped.encode("cp1252") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_offset = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    pdf += b"startxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(pdf)
