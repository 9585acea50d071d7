"""The subscription records: who subscribes to what, and each notice and its deliveries.

Personal data (GDPR) and the sending log, kept in their own module apart from the subscription
page (subscriptions.models), so the page's routes and the mails can use them while the page
imports its routes.
"""

import hashlib
import uuid

from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from subscriptions.addresses import normalise_email

DEFAULT_CONSENT_TEXT = (
    "Om du fyller i din e-postadress sparas den hos Tillväxtverket, och det är vi som ansvarar "
    "för denna uppgift. Vi sparar e-postadressen endast för att kunna skicka dig de utskick du "
    "har valt, tills du avslutar prenumerationen. Varje utskick har en länk där du avslutar den, "
    "och då raderas adressen. Läs mer om hur vi behandlar personuppgifter på "
    "tillvaxtverket.se/personuppgifter."
)


def consent_version(text):
    """A short fingerprint of a consent text: the same text always has the same version."""
    return hashlib.sha256(text.strip().encode()).hexdigest()[:12]


class Subscriber(models.Model):
    """One e-mail address and the topics it wants mail about; personal data (GDPR).

    Holds nothing but the address, the topics, what the person agreed to and when. No IP
    address, no name. Unsubscribing deletes the row (and its deliveries)."""

    email = models.EmailField(
        "e-postadress",
        max_length=254,
        unique=True,
        help_text="Sparas med små bokstäver; samma adress kan bara finnas en gång.",
    )
    # The secret that signed links carry instead of the address, so links reveal nothing.
    key = models.UUIDField("nyckel", default=uuid.uuid4, unique=True, editable=False)
    meetings = models.BooleanField(
        "forummöten", default=False, help_text="Mejl när ett nytt forummöte publiceras."
    )
    reports = models.BooleanField(
        "rapporter", default=False, help_text="Mejl när en ny rapport publiceras."
    )
    briefings = models.BooleanField(
        "informationsmöten",
        default=False,
        help_text="Mejl när ett nytt informationsmöte (videomöte) efter ett forum läggs till.",
    )
    themes = models.ManyToManyField(
        "forum_pages.StrategyThemePage",
        verbose_name="teman",
        blank=True,
        related_name="+",
        help_text="Möten och rapporter inom de valda prioriteringarna.",
    )
    counties = models.ManyToManyField(
        "region_teams.County",
        verbose_name="län",
        blank=True,
        related_name="+",
        help_text="Möten och rapporter som särskilt gäller de valda länen.",
    )
    created_at = models.DateTimeField("anmäld", auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(
        "bekräftelselänk skickad",
        default=timezone.now,
        help_text="Obekräftade adresser raderas sju dagar efter den senaste bekräftelselänken.",
    )
    confirmed_at = models.DateTimeField(
        "bekräftad (samtycke lämnat)",
        null=True,
        blank=True,
        editable=False,
        help_text="När personen bekräftade prenumerationen och därmed samtyckte.",
    )
    consent_text = models.TextField(
        "samtyckestext", editable=False, help_text="Texten som personen godkände, ordagrant."
    )
    consent_version = models.CharField(
        "version av samtyckestexten",
        max_length=16,
        editable=False,
        help_text="Kort fingeravtryck av samtyckestexten; samma text har samma version.",
    )
    updated_at = models.DateTimeField("senast ändrad", auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("meetings"),
                FieldPanel("reports"),
                FieldPanel("briefings"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("counties", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Ämnen",
        ),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "prenumerant"
        verbose_name_plural = "prenumeranter"

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def set_consent(self, text):
        self.consent_text = text
        self.consent_version = consent_version(text)

    def topic_labels(self):
        """The chosen topics in words (uses prefetched themes and counties when present)."""
        labels = [
            label
            for chosen, label in (
                (self.meetings, "Forummöten"),
                (self.reports, "Rapporter"),
                (self.briefings, "Informationsmöten"),
            )
            if chosen
        ]
        labels += [f"Tema: {theme.title}" for theme in self.themes.all()]
        labels += [f"Län: {county.name}" for county in self.counties.all()]
        return labels

    topic_labels.short_description = "ämnen"

    def topics_text(self):
        return ", ".join(self.topic_labels())

    topics_text.short_description = "ämnen"


class NoticeKind(models.TextChoices):
    MEETING = "meeting", "Forummöte publicerat"
    REPORT = "report", "Rapport publicerad"
    BRIEFING = "briefing", "Informationsmöte tillagt"


class NoticeState(models.TextChoices):
    QUEUED = "queued", "Skickas"
    DONE = "done", "Skickat"
    SKIPPED = "skipped", "Skickas inte"


class Notice(models.Model):
    """One thing that was published and is mailed once: a meeting, a report or a briefing.

    Unique per kind and object, so publishing a page again (an edit, the workflow, scheduled
    publishing) never mails anyone a second time."""

    kind = models.CharField("typ", max_length=20, choices=NoticeKind.choices)
    object_id = models.PositiveBigIntegerField(
        "objektets id", help_text="Sidans id, eller informationsmötets."
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="sida",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Sidan som utskicket byggs av (för informationsmöten: mötets sida).",
    )
    title = models.CharField("rubrik", max_length=255, help_text="Sidans rubrik vid publicering.")
    state = models.CharField(
        "status", max_length=20, choices=NoticeState.choices, default=NoticeState.QUEUED
    )
    skip_reason = models.CharField("varför det inte skickas", max_length=200, blank=True)
    created_at = models.DateTimeField("skapat", auto_now_add=True)
    recipients_listed_at = models.DateTimeField(
        "mottagare bestämda", null=True, editable=False, help_text="När utskicket påbörjades."
    )
    finished_at = models.DateTimeField("klart", null=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "utskick"
        verbose_name_plural = "utskick"
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_notice_per_object")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    def sent_count(self):
        return self.deliveries.filter(status=DeliveryStatus.SENT).count()

    sent_count.short_description = "skickade"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Väntar"
    # Claimed by a sender that never reported back (a crash): possibly sent, never sent again.
    CLAIMED = "claimed", "Påbörjad (okänt om skickad)"
    SENT = "sent", "Skickad"
    FAILED = "failed", "Misslyckad"


class Delivery(models.Model):
    """One notice to one subscriber: claimed before sending, marked sent after."""

    notice = models.ForeignKey(
        Notice, verbose_name="utskick", on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        Subscriber, verbose_name="prenumerant", on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(
        "status", max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField("försök", default=0)
    claimed_at = models.DateTimeField("påbörjad", null=True)
    sent_at = models.DateTimeField("skickad", null=True)

    class Meta:
        verbose_name = "leverans"
        verbose_name_plural = "leveranser"
        constraints = [
            models.UniqueConstraint(
                fields=["notice", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["notice", "status"])]

    def __str__(self):
        return f"{self.notice} → {self.subscriber_id} ({self.get_status_display()})"


def audience_q(meetings=False, reports=False, briefings=False, themes=(), counties=()):
    """Subscribers any of whose topics match: one mail each, however many topics match."""
    q = Q(pk__in=[])
    for field, wanted in (("meetings", meetings), ("reports", reports), ("briefings", briefings)):
        if wanted:
            q |= Q(**{field: True})
    if themes:
        q |= Q(themes__in=themes)
    if counties:
        q |= Q(counties__in=counties)
    return q
