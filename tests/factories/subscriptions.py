"""Subscription pages and subscribers, and helpers that publish pages and read the mails sent."""

import re

import factory
import wagtail_factories
from django.core import mail
from django.utils import timezone
from factory.django import DjangoModelFactory

from subscriptions.models import (
    DEFAULT_CONSENT_TEXT,
    Subscriber,
    SubscriptionPage,
    consent_version,
)
from tests.factories.forum_pages import ForumMeetingPageFactory, ReportPageFactory


class SubscriptionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SubscriptionPage

    title = "Prenumerera på utskick"
    slug = "prenumerera"
    intro = "Få ett mejl när forumet har ett nytt möte eller en rapport publiceras."


class SubscriberFactory(DjangoModelFactory):
    """A confirmed subscriber to forum meetings; `unconfirmed=True` for one who never clicked."""

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    class Params:
        unconfirmed = factory.Trait(confirmed_at=None)

    email = factory.Sequence(lambda n: f"prenumerant{n}@example.se")
    meetings = True
    confirmed_at = factory.LazyFunction(timezone.now)
    consent_text = DEFAULT_CONSENT_TEXT
    consent_version = factory.LazyAttribute(lambda o: consent_version(o.consent_text))

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def counties(self, create, extracted, **kwargs):
        if create and extracted:
            self.counties.set(extracted)


LINK = re.compile(r"https?://\S+/prenumerera/(?:bekrafta|andra|avsluta)/[\w-]+/")


def publish_new(factory, **fields):
    """A page created as a draft and then published, as an editor does (page_published)."""
    page = factory(live=False, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def publish_meeting(forum, **fields):
    return publish_new(ForumMeetingPageFactory, parent=forum, **fields)


def publish_report(report_index, **fields):
    return publish_new(ReportPageFactory, parent=report_index, **fields)


def links(message, route):
    """The links of one kind (bekrafta, andra, avsluta) in a mail's text, as paths."""
    found = [url for url in LINK.findall(message.body) if f"/{route}/" in url]
    return [re.sub(r"^https?://[^/]+", "", url) for url in found]


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def checked(response, name):
    """Whether the page's checkbox `name` is ticked."""
    pattern = rf'<input type="checkbox" name="{name}"[^>]*\bchecked\b'
    return re.search(pattern, response.content.decode()) is not None
