"""Admin for the subscribers (personal data: the secretariat exports and erases) and for the
notices sent to them, under one menu item "Prenumerationer"."""

import django_filters
from django import forms
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from subscriptions.models import Notice, Subscriber


class SubscriberFilterSet(WagtailFilterSet):
    confirmed = django_filters.BooleanFilter(
        label="Bekräftad",
        field_name="confirmed_at",
        lookup_expr="isnull",
        exclude=True,
        widget=forms.NullBooleanSelect,
    )

    class Meta:
        model = Subscriber
        fields = ["meetings", "reports", "briefings", "themes", "counties"]


class SubscriberViewSet(SnippetViewSet):
    """No "add": a subscriber exists only by their own consent, through the public form."""

    model = Subscriber
    icon = "mail"
    menu_label = "Prenumeranter"
    list_display = ["email", "confirmed_at", "topics_text", "created_at"]
    filterset_class = SubscriberFilterSet
    search_backend_name = None  # plain ORM lookups, always current
    search_fields = ["email"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "consent_version",
        "consent_text",
        "topics_text",
    ]
    list_export = [
        "email",
        "created_at",
        "confirmed_at",
        "consent_version",
        "consent_text",
        "topics_text",
    ]
    export_headings = {
        "email": "E-postadress",
        "created_at": "Anmäld",
        "confirmed_at": "Bekräftad (samtycke)",
        "consent_version": "Samtyckestextens version",
        "consent_text": "Samtyckestext",
        "topics_text": "Ämnen",
    }
    export_filename = "prenumeranter"

    def get_queryset(self, request):
        # Themes and counties of every row in two queries (listing and CSV export alike).
        return Subscriber.objects.prefetch_related("themes", "counties")


class NoticeViewSet(SnippetViewSet):
    """Read-only history: what was mailed, when, and how many got it."""

    model = Notice
    icon = "mail"
    menu_label = "Utskick"
    list_display = ["title", "kind", "state", "created_at", "finished_at", "sent_count"]
    list_filter = ["kind", "state"]
    search_backend_name = None
    search_fields = ["title"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "kind",
        "state",
        "skip_reason",
        "created_at",
        "recipients_listed_at",
        "finished_at",
        "sent_count",
    ]


class SubscriptionsViewSetGroup(SnippetViewSetGroup):
    menu_label = "Prenumerationer"
    menu_icon = "mail"
    menu_order = 295
    items = (SubscriberViewSet, NoticeViewSet)
