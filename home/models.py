"""What every page shares (BasePage), the home page, standard content pages and site settings."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import BodyBlock
from home.cache import restricted_paths


def body_blocks_field():
    """The block-built body most page types share (home.blocks.BodyBlock)."""
    return StreamField(
        BodyBlock(),
        verbose_name="innehåll",
        blank=True,
        help_text="Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.",
    )


def body_text_field():
    """The plain rich-text body of index pages, whose listings carry the page."""
    return RichTextField("brödtext", blank=True, help_text="Sidans löptext under ingressen.")


class PortalPageQuerySet(PageQuerySet):
    def private_q(self):
        """As Wagtail's, from a cached list of restricted sections instead of a query per call."""
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


class BasePage(Page):
    """Abstract parent of every page type: an introduction and the page's content owner."""

    intro = models.TextField(
        "ingress",
        blank=True,
        help_text="En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.",
    )
    content_owner = models.ForeignKey(
        "region_teams.Contact",
        verbose_name="innehållsansvarig",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.",
    )
    review_due = models.DateField(
        "granskas senast",
        null=True,
        blank=True,
        help_text=(
            "När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts "
            "datumet till tolv månader efter publiceringen."
        ),
    )
    last_reviewed = models.DateField(
        "senast granskad",
        null=True,
        blank=True,
        editable=False,
        help_text="Sätts när sidan publiceras; visas publikt som Senast granskad.",
    )

    objects = PageManager.from_queryset(PortalPageQuerySet)()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [
        MultiFieldPanel(
            [FieldPanel("content_owner"), FieldPanel("review_due")], heading="Ansvar och granskning"
        ),
        *Page.settings_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    @classmethod
    def get_indexed_objects(cls):
        """What `update_index` indexes, with the many-to-many search fields prefetched:
        modelsearch prefetches related search fields but not ParentalManyToManyFields (a
        meeting's counties, a report's themes), which cost a query per page."""
        related = [
            field.field_name
            for field in cls.get_search_fields()
            if isinstance(field, index.RelatedFields)
            and isinstance(field.get_field(cls), ParentalManyToManyField)
        ]
        return super().get_indexed_objects().prefetch_related(*related)

    @property
    def last_updated(self):
        return self.last_published_at or self.latest_revision_created_at

    @property
    def meta_description(self):
        return self.search_description or self.intro


class ReviewReminder(models.Model):
    """One review digest e-mailed to one user on one day, so a second run sends nothing new."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="mottagare",
        on_delete=models.CASCADE,
        related_name="review_reminders",
    )
    sent_on = models.DateField("skickad")
    page_count = models.PositiveIntegerField("antal sidor", default=0)

    class Meta:
        verbose_name = "granskningspåminnelse"
        verbose_name_plural = "granskningspåminnelser"
        constraints = [
            models.UniqueConstraint(fields=["user", "sent_on"], name="one_review_digest_a_day")
        ]

    def __str__(self):
        return f"{self.user} {self.sent_on:%Y-%m-%d}"


class HomePage(BasePage):
    """The portal's front page: the next forum meeting, the latest reports and news."""

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    page_description = "Portalens startsida."

    body = body_blocks_field()

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "startsida"
        verbose_name_plural = "startsidor"

    def get_context(self, request, *args, **kwargs):
        # Lazy querysets: the template caches the listings and runs these only on a cache miss.
        context = super().get_context(request, *args, **kwargs)
        context.update(
            next_meetings=self.get_upcoming_meetings()[:1],
            latest_reports=self.get_latest("forum_pages.ReportPage", "-first_published_at"),
            latest_articles=self.get_latest("news.ArticlePage", "-date"),
            sections=self.get_children().live().public().in_menu().specific(),
        )
        return context

    def get_upcoming_meetings(self):
        meeting_model = apps.get_model("forum_pages", "ForumMeetingPage")
        return (
            meeting_model.objects.live()
            .public()
            .filter(ends_at__gte=timezone.now())
            .select_related("theme")
            .order_by("starts_at")
        )

    def get_latest(self, model_label, ordering, count=3):
        model = apps.get_model(model_label)
        return model.objects.live().public().order_by(ordering)[:count]


class StandardPage(BasePage):
    """A content page built from blocks: the Baltic Sea strategy, follow-up, about, privacy."""

    parent_page_types = [
        "home.HomePage",
        "home.StandardPage",
        "forum_pages.ForumIndexPage",
        "region_teams.RegionTeamIndexPage",
    ]
    subpage_types = ["home.StandardPage"]
    page_description = "En vanlig innehållssida med text, rubriker, bilder, dokument och kontakter."

    body = body_blocks_field()

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "standardsida"
        verbose_name_plural = "standardsidor"


class FormPage(BasePage, AbstractEmailForm):
    """A page with a form built in the admin, e.g. reporting accessibility problems.

    Submissions are stored and listed under Formulär in the admin; they are also e-mailed when
    an address is given.
    """

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    page_description = "En sida med ett formulär, t.ex. tillgänglighetsredogörelsen."

    body = StreamField(
        BodyBlock(),
        verbose_name="innehåll",
        blank=True,
        help_text="Text före formuläret.",
    )
    form_heading = models.CharField(
        "rubrik för formuläret",
        max_length=120,
        blank=True,
        help_text="T.ex. Rapportera brister i tillgängligheten.",
    )
    thank_you_text = RichTextField(
        "tack-text",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Visas när formuläret har skickats.",
    )

    content_panels = [
        *BasePage.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("body"),
        FieldPanel("form_heading"),
        InlinePanel("form_fields", label="formulärfält"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="E-post (valfritt)",
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "formulärsida"
        verbose_name_plural = "formulärsidor"


class FormField(AbstractFormField):
    """One field of a FormPage's form, as the editor set it up."""

    page = ParentalKey(FormPage, on_delete=models.CASCADE, related_name="form_fields")

    class Meta(AbstractFormField.Meta):
        verbose_name = "formulärfält"
        verbose_name_plural = "formulärfält"


def footer_page_field(verbose_name, help_text):
    """A page the footer links to; the link disappears if the page is deleted."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


@register_setting(icon="site")
class PortalSettings(BaseGenericSetting):
    """Contact details shown in every page's footer."""

    organisation = models.CharField(
        "organisation", max_length=160, default="Tillväxtverket", help_text="Visas i sidfoten."
    )
    unit = models.CharField(
        "funktion",
        max_length=160,
        blank=True,
        help_text="T.ex. Forum för hållbar regional tillväxt och attraktionskraft.",
    )
    postal_address = models.TextField(
        "postadress", blank=True, help_text="En rad per adressrad, t.ex. Box 3034."
    )
    email = models.EmailField("e-post", blank=True, help_text="Funktionsadress i sidfoten.")
    phone = models.CharField("telefon", max_length=40, blank=True, help_text="T.ex. 08-681 77 39.")
    footer_text = RichTextField(
        "text i sidfoten",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Kort text om webbplatsen som visas i sidfoten.",
    )
    about_page = footer_page_field(
        "om webbplatsen", "Sidan om webbplatsen som sidfoten länkar till."
    )
    privacy_page = footer_page_field(
        "behandling av personuppgifter", "Sidan om personuppgifter som sidfoten länkar till."
    )
    accessibility_page = footer_page_field(
        "tillgänglighetsredogörelse",
        "Sidan med tillgänglighetsredogörelsen som sidfoten länkar till.",
    )

    select_related = ["about_page", "privacy_page", "accessibility_page"]

    panels = [
        FieldPanel("organisation"),
        FieldPanel("unit"),
        FieldPanel("postal_address"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("footer_text"),
        FieldPanel("about_page"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = "portalinställningar"
