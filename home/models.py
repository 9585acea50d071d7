"""The site's own pages: the home page, standard content pages, form pages, and site settings."""

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage, body_blocks_field
from forum_pages.models import ForumMeetingPage, ReportPage
from news.models import ArticlePage


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
            latest_reports=self.get_latest(ReportPage, "-first_published_at"),
            latest_articles=self.get_latest(ArticlePage, "-date"),
            sections=self.get_children().live().public().in_menu().specific(),
        )
        return context

    def get_upcoming_meetings(self):
        return (
            ForumMeetingPage.objects.live()
            .public()
            .filter(ends_at__gte=timezone.now())
            .select_related("theme")
            .order_by("starts_at")
        )

    def get_latest(self, model, ordering, count=3):
        return model.objects.live().public().order_by(ordering)[:count]


class StandardPage(BasePage):
    """A content page built from blocks: the Baltic Sea strategy, follow-up, about, privacy."""

    parent_page_types = [
        "home.HomePage",
        "home.StandardPage",
        "forum_pages.ForumIndexPage",
        "region_teams.RegionTeamIndexPage",
        "region_teams.StaffAreaPage",  # its internal pages, e.g. templates and images
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
