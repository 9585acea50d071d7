"""The demo's subscription page at /prenumerera/ (called from home.demo_loader)."""

from functools import partial

from home import demo_content as content
from subscriptions.models import SubscriptionPage

SUBSCRIPTION_PAGE = {
    "slug": "prenumerera",
    "title": "Prenumerera på utskick",
    "owner": content.ANNA_EBENMARK,
    "show_in_menus": False,
    "intro": (
        "Få ett mejl när forumet har ett nytt möte, när en rapport publiceras eller när kansliet "
        "bjuder in till ett informationsmöte. Du väljer själv vad du vill ha."
    ),
    "body": (
        "<p>Du får högst ett mejl per nytt möte, rapport eller informationsmöte, även om det "
        "passar flera av dina val. Varje mejl har en länk där du ändrar dina val och en där du "
        "avslutar prenumerationen. Du behöver inget konto.</p>"
    ),
}


def load(loader):
    """Create the page once (found by slug on later runs), as the loader's other pages."""
    spec = SUBSCRIPTION_PAGE
    return loader.page(loader.home, SubscriptionPage, spec["slug"], partial(fields, loader, spec))


def fields(loader, spec):
    return {**loader.common(spec), "body": spec["body"]}
