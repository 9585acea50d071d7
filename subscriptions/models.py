"""E-mail subscriptions by topic, with double opt-in.

Its own app rather than part of the forum: a subscriber is personal data with a lifecycle of its
own (consent, confirmation, erasure, purge of the unconfirmed) that spans the forum's meetings
and briefings, the reports and the counties. Keeping it apart keeps that data in one place the
secretariat can export and erase, and lets the content apps stay ignorant of who reads them.
"""

from django.db import models
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path

from core.models import BasePage, body_text_field
from subscriptions import routes
from subscriptions.subscribers import (
    DEFAULT_CONSENT_TEXT,
    Delivery,
    DeliveryStatus,
    Notice,
    NoticeKind,
    NoticeState,
    Subscriber,
    audience_q,
    consent_version,
)

__all__ = [
    "DEFAULT_CONSENT_TEXT",
    "Delivery",
    "DeliveryStatus",
    "Notice",
    "NoticeKind",
    "NoticeState",
    "Subscriber",
    "SubscriptionPage",
    "audience_q",
    "consent_version",
    "subscription_page",
]


class SubscriptionPage(BasePage):
    """The subscription form, and the pages its signed links lead to: confirm, change topics,
    unsubscribe. Everything works without an account and without JavaScript."""

    # Under the home page only: StandardPage's own subpage_types admit only standard pages.
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    page_description = "Formulär för att prenumerera på utskick per ämne, med bekräftelse."

    body = body_text_field()
    consent_text = models.TextField(
        "information om personuppgifter",
        default=DEFAULT_CONSENT_TEXT,
        help_text=(
            "Visas vid formuläret. Texten sparas ordagrant hos varje prenumerant som "
            "samtycker; en ändring gäller nya prenumeranter."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("consent_text")]

    class Meta:
        verbose_name = "prenumerationssida"
        verbose_name_plural = "prenumerationssidor"

    @path("")
    def subscribe(self, request):
        return routes.subscribe(self, request)

    @path("skickat/", name="sent")
    def sent(self, request):
        return self.render_step(request, "subscriptions/sent.html")

    @path("bekrafta/<str:token>/", name="confirm")
    def confirm(self, request, token):
        return routes.confirm(self, request, token)

    @path("andra/<str:token>/", name="manage")
    def manage(self, request, token):
        return routes.manage(self, request, token)

    @path("avsluta/<str:token>/", name="unsubscribe")
    def unsubscribe(self, request, token):
        """POST needs no CSRF token (RFC 8058 one-click; see subscriptions.views.serve_route)."""
        return routes.unsubscribe(self, request, token)

    def render_step(self, request, template, status=200, **context):
        return TemplateResponse(
            request,
            template,
            {**self.get_context(request), **context},
            status=status,
        )

    def route_url(self, name, *args):
        """Absolute URL of a route, for mails (the site's host, as canonical links)."""
        return self.get_full_url() + self.reverse_subpage(name, args=args)


def subscription_page():
    """The live subscription page (there is at most one), or None."""
    return SubscriptionPage.objects.live().order_by("path").first()
