import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from subscriptions.models import (
    DEFAULT_CONSENT_TEXT,
    Subscriber,
    SubscriptionPage,
    consent_version,
)


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
